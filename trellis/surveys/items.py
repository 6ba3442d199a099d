"""The questions of a round, in the order people answer them: each chosen
instrument's items (with the intervention's name in the wording), then the
questionnaire's questions."""

from . import answers
from .instruments import get_instruments
from .models import Question, SurveyRound


def question_item(question: Question) -> answers.Item:
    kind = question.kind
    if kind == answers.AGREEMENT:
        options = answers.AGREEMENT_LABELS
    elif kind == answers.FACES:
        options = answers.FACES_LABELS
    else:
        options = tuple(question.option_list)
    return answers.Item(
        key=f"q{question.pk}", kind=kind, text=question.text, help=question.help_text,
        required=question.required, options=options, minimum=question.minimum,
        maximum=question.maximum, question_pk=question.pk)


def instrument_items(slug: str, intervention: str) -> list[answers.Item]:
    instrument = get_instruments()[slug]
    labels = tuple(point.label for point in sorted(instrument.scale, key=lambda p: p.value))
    return [answers.Item(key=f"{slug}-{item.number}", kind=answers.AGREEMENT,
                         text=instrument.item_text(item, intervention), options=labels,
                         instrument=slug, number=item.number)
            for item in instrument.items]


def round_items(survey_round: SurveyRound) -> list[answers.Item]:
    """Expects the round's instruments and its questionnaire's questions to be
    prefetched when it matters (see access.get_public_round)."""
    items: list[answers.Item] = []
    known = get_instruments()
    for slug in survey_round.instrument_slugs:
        if slug in known:
            items += instrument_items(slug, survey_round.intervention_name)
    if survey_round.questionnaire_id:
        items += [question_item(q) for q in survey_round.questionnaire.questions.all()]
    return items
