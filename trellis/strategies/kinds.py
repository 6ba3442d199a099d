"""The categories and levels of implementation strategies. Pure: no Django.

The framework names kinds of strategy (professional development, champions,
prompts and reminders, monitoring, piloting...) and asks for strategies
"aimed at individual practitioners, as well as ... senior leadership teams or
service-wide change", but lists neither as data, so they are fixed here.
Values are stored in the database: add, never rename."""

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("professional-development", "Professional development"),
    ("leadership-communication", "Leadership communication"),
    ("implementation-team-and-champions", "Implementation team and champions"),
    ("prompts-and-reminders", "Prompts and reminders"),
    ("monitoring-and-feedback", "Monitoring and feedback"),
    ("adapting-materials", "Adapting materials"),
    ("piloting", "Piloting"),
    ("systems-and-structures", "Systems and structures"),
    ("engaging-children-and-families", "Engaging children and families"),
    ("other", "Other"),
)

LEVELS: tuple[tuple[str, str], ...] = (
    ("individual", "Individual practitioner"),
    ("team", "Team"),
    ("service", "Service"),
    ("partnership", "Partnership"),
)

CATEGORY_LABELS = dict(CATEGORIES)
LEVEL_LABELS = dict(LEVELS)
CATEGORY_ORDER = {slug: index for index, (slug, _) in enumerate(CATEGORIES)}
LEVEL_ORDER = {slug: index for index, (slug, _) in enumerate(LEVELS)}
