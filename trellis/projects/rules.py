"""Critical-friend rules about a project's backbone: its review date, its
team and its phase checklists."""

from trellis.framework.loader import get_framework
from trellis.insights.engine import Severity, rule

from .snapshot import ProjectSnapshot

KEY_ROLES = {"lead": "implementation lead", "sponsor": "senior sponsor"}
PHASES = ("explore", "prepare", "deliver", "sustain")


@rule("review-overdue", guide="sustain-review-and-act")
def review_overdue(p: ProjectSnapshot):
    if p.status != "closed" and p.next_review_date and p.next_review_date < p.today:
        days = (p.today - p.next_review_date).days
        yield Severity.WARNING, (
            f"The review was due {days} day{'s' if days != 1 else ''} ago. Take stock of how "
            "implementation is going and decide the next steps."
        )


@rule("no-review-date", guide="reflect-implementation-progress")
def no_review_date(p: ProjectSnapshot):
    if p.status == "active" and p.next_review_date is None:
        yield Severity.NOTE, ("No review date is set. Agree when the team will next reflect "
                              "on progress.")


@rule("missing-key-role", guide="people-who-enable-change")
def missing_key_role(p: ProjectSnapshot):
    if p.status == "closed":
        return
    held = {member.role for member in p.team}
    if "lead" not in held:
        yield Severity.CONCERN, "No implementation lead is named on the project team."
    if "sponsor" not in held and p.phase != "explore":
        yield Severity.WARNING, ("No senior sponsor is named. Implementation falters without "
                                 "sustained leadership support.")


@rule("one-person-holds-key-roles", guide="sustain-maintain-effort")
def one_person_holds_key_roles(p: ProjectSnapshot):
    people = {member.person for member in p.team}
    key_holders = {member.person for member in p.team if member.role in KEY_ROLES}
    if len(people) == 1 and len(p.team) >= 1:
        yield Severity.WARNING, ("One person makes up the whole project team. Spread the work "
                                 "so implementation does not rely on a single individual.")
    elif len(key_holders) == 1 and {m.role for m in p.team if m.role in KEY_ROLES} == set(
            KEY_ROLES):
        yield Severity.WARNING, ("The same person is both implementation lead and senior "
                                 "sponsor. Distributing leadership builds resilience.")


@rule("no-lived-experience", guide="engage-influence-change")
def no_lived_experience(p: ProjectSnapshot):
    if p.status != "closed" and not any(m.role == "lived_experience" for m in p.team):
        yield Severity.NOTE, ("No lived-experience representative is on the team. Children and "
                              "families arguably have the greatest stake in the change.")


@rule("earlier-checklist-gaps", guide="process-four-phases")
def earlier_checklist_gaps(p: ProjectSnapshot):
    if p.phase not in PHASES:
        return
    framework = get_framework()
    for earlier in PHASES[: PHASES.index(p.phase)]:
        answers = p.checklist_answers.get(earlier, {})
        questions = framework.phase(earlier).checklist
        no = sum(1 for item in questions if answers.get(item.slug) == "no")
        unanswered = sum(1 for item in questions if item.slug not in answers)
        name = framework.phase(earlier).name
        if no:
            are = "questions are" if no != 1 else "question is"
            yield Severity.WARNING, (f"{no} {name} checklist {are} answered 'no'. Phases "
                                     "overlap: it may be worth revisiting.")
        elif unanswered == len(questions):
            yield Severity.NOTE, f"The {name} checklist has not been answered."


@rule("key-role-single-holder", guide="people-who-enable-change")
def key_role_single_holder(p: ProjectSnapshot):
    """Prepare onwards: a lead or champion role that rests on one person."""
    if p.status == "closed" or p.phase == "explore":
        return
    for role, name in (("lead", "implementation lead"), ("champion", "champion")):
        holders = {m.person for m in p.team if m.role == role}
        if len(holders) == 1:
            yield Severity.NOTE, (f"Only one person is {name}. If they leave, the work stalls: "
                                  "name a second person to share the role.")
