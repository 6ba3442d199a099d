"""Checklist progress on plain data, without a database."""

from datetime import datetime, timedelta

from trellis.projects.checklists import AnswerRecord, latest_answers, phase_progress

T0 = datetime(2026, 3, 1, 9, 0)
QUESTIONS = [("q1", "First?"), ("q2", "Second?"), ("q3", "Third?")]


def record(item, answer, minutes=0):
    return AnswerRecord(item, answer, "", "Ada", T0 + timedelta(minutes=minutes))


def test_latest_answer_wins_whatever_the_order():
    latest = latest_answers(
        [record("q1", "no", 5), record("q1", "yes", 10), record("q1", "partly", 1)]
    )
    assert latest["q1"].answer == "yes"


def test_progress_counts_and_open_items():
    latest = latest_answers([record("q1", "yes"), record("q2", "partly")])
    progress = phase_progress("explore", QUESTIONS, latest)
    assert (progress.total, progress.answered, progress.done) == (3, 2, 1)
    assert [item.slug for item in progress.open_items] == ["q2", "q3"]
    assert progress.summary == "1 of 3 answered yes"


def test_unstarted_phase_says_so():
    progress = phase_progress("deliver", QUESTIONS, {})
    assert progress.summary == "Not started: 3 questions"
    assert len(progress.open_items) == 3


def test_answers_to_questions_no_longer_asked_are_ignored():
    latest = latest_answers([record("retired", "yes")])
    progress = phase_progress("explore", QUESTIONS, latest)
    assert progress.answered == 0
