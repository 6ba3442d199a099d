from django import forms
from django.db.models import Q, QuerySet

from trellis.barriers.models import BarrierEnabler, Kind
from trellis.core.forms import GovUKDateField
from trellis.organisations.models import User
from trellis.projects.models import Phase, Project

from .kinds import CATEGORIES, LEVELS
from .library import get_library
from .models import Strategy


def _date_messages(label: str) -> dict[str, str]:
    return {"invalid": f"{label} must be a real date",
            "incomplete": f"{label} must include a %(missing)s",
            "year": "Year must include 4 numbers"}


def _linked_messages(what: str) -> dict[str, str]:
    return {"invalid_choice": f"Choose {what}. Item %(value)s is not one of them",
            "invalid_pk_value": f"Choose {what} from the list",
            "invalid_list": f"Choose {what} from the list"}


def barrier_choices(project: Project, strategy: Strategy | None = None) -> QuerySet:
    """This project's barriers (not enablers), and any the strategy already
    addresses so an edit never drops a link silently."""
    linked = Q(pk__in=strategy.barriers.values("pk")) if strategy and strategy.pk else Q()
    return project.barriers_enablers.filter(Q(kind=Kind.BARRIER) | linked)


def component_choices(project: Project, strategy: Strategy | None = None) -> QuerySet:
    """This project's core components in use, and any retired one the strategy
    is already linked to."""
    linked = (Q(pk__in=strategy.core_components.values("pk")) if strategy and strategy.pk
              else Q())
    return project.core_components.filter(Q(retired_at__isnull=True) | linked)


def barrier_label(entry: BarrierEnabler) -> str:
    return (f"{entry.description} ({entry.get_cfir_domain_display()}, "
            f"{entry.get_status_display().lower()})")


class StrategyForm(forms.ModelForm):
    start_date = GovUKDateField(label="Start date", required=False,
                                help_text="For example, 1 4 2026",
                                error_messages=_date_messages("Start date"))
    end_date = GovUKDateField(label="End date", required=False,
                              help_text="Leave empty if it carries on. For example, 30 9 2026",
                              error_messages=_date_messages("End date"))
    library_slug = forms.CharField(widget=forms.HiddenInput, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Strategy
        fields = ["name", "description", "category", "level", "owner", "phase", "start_date",
                  "end_date", "barriers", "core_components"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "category": forms.RadioSelect,
            "level": forms.RadioSelect,
            "phase": forms.RadioSelect(attrs={"class": "govuk-radios--inline"}),
            "barriers": forms.CheckboxSelectMultiple,
            "core_components": forms.CheckboxSelectMultiple,
        }
        labels = {"name": "Name", "description": "What will happen",
                  "category": "Category", "level": "Who is it aimed at?",
                  "owner": "Owner", "phase": "Phase when it is used",
                  "barriers": "Barriers it addresses",
                  "core_components": "Core components it supports"}
        help_texts = {
            "name": "A short name the team will recognise, for example 'Practice champions "
                    "in each team'",
            "description": "What the team will do, who is involved and how often",
            "level": "Strategies work best in combination, aimed at individual practitioners "
                     "as well as teams, the whole service and partners",
            "owner": "The person who makes sure it happens",
            "barriers": "Choose the barriers this strategy is meant to address",
            "core_components": "Choose the core components it helps people deliver well",
        }
        error_messages = {
            "name": {"required": "Enter a name for the strategy",
                     "max_length": "Name must be 200 characters or fewer"},
            "description": {"max_length": "What will happen must be 3000 characters or "
                                          "fewer"},
            "category": {"required": "Select a category",
                         "invalid_choice": "Select a category from the list"},
            "level": {"required": "Select who the strategy is aimed at",
                      "invalid_choice": "Select who the strategy is aimed at from the list"},
            "owner": {"invalid_choice": "Choose an owner from the people in your "
                                        "organisation"},
            "phase": {"required": "Select the phase when the strategy is used",
                      "invalid_choice": "Select a phase from the list"},
            "barriers": _linked_messages("barriers recorded for this project"),
            "core_components": _linked_messages("core components of this project's plan "
                                                "that are in use"),
        }

    def __init__(self, *args, project: Project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        fields = self.fields
        strategy = self.instance if self.instance.pk else None
        # Set explicitly so radios have no empty "---------" choice.
        fields["category"].choices = CATEGORIES
        fields["level"].choices = LEVELS
        fields["phase"].choices = Phase.choices
        members = Q(memberships__organisation_id=project.organisation_id)
        if strategy and strategy.owner_id:
            members |= Q(pk=strategy.owner_id)
        fields["owner"].queryset = User.objects.filter(members).distinct().order_by("name")
        fields["owner"].empty_label = "No owner yet"
        fields["barriers"].queryset = barrier_choices(project, strategy)
        fields["barriers"].label_from_instance = barrier_label
        fields["core_components"].queryset = component_choices(project, strategy)
        fields["core_components"].label_from_instance = (
            lambda component: f"{component.position}. {component.name}")
        if not fields["barriers"].queryset.exists():
            fields["barriers"].help_text = "No barriers have been recorded for this project yet"
        if not fields["core_components"].queryset.exists():
            fields["core_components"].help_text = ("No core components have been written into "
                                                   "the plan yet")
        if strategy:
            fields["version"].initial = strategy.version
            del fields["library_slug"]
        else:
            fields["phase"].initial = (Phase.PREPARE if project.phase == Phase.EXPLORE
                                       else project.phase)

    def clean_library_slug(self) -> str:
        """Only a slug the library knows is kept; anything else is dropped."""
        slug = self.cleaned_data.get("library_slug") or ""
        return slug if get_library().get(slug) else ""

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "End date must be the same as or after the start date")
        return data


def _barriers_for_pick(project: Project) -> QuerySet:
    return project.barriers_enablers.filter(kind=Kind.BARRIER)


def initial_from_pick(project: Project, params) -> tuple[dict, object, BarrierEnabler | None]:
    """Starting values for a new strategy from ?library=<slug>&barrier=<id>, as
    linked from the suggestions page. An unknown slug, or a barrier that is not
    one of this project's, is ignored, so a stale link opens a plainer form."""
    initial: dict[str, object] = {}
    entry = get_library().get(str(params.get("library", "")))
    if entry is not None:
        initial.update(name=entry.name, description=entry.description,
                       category=entry.category, level=entry.levels[0],
                       library_slug=entry.slug)
    barrier = None
    raw = str(params.get("barrier", ""))
    if raw.isdigit() and len(raw) < 12:
        barrier = _barriers_for_pick(project).filter(pk=int(raw)).first()
    if barrier is not None:
        initial["barriers"] = [barrier.pk]
    return initial, entry, barrier

