"""What surveys do when another app announces a change."""

from django.dispatch import receiver

from trellis.organisations.signals import settings_changed

from . import feed


@receiver(settings_changed, dispatch_uid="surveys.apply_new_minimum")
def apply_new_minimum(sender, *, organisation, changed_by, changed, **kwargs) -> None:
    """The small-number rule applies to monitoring as soon as the minimum changes:
    figures from rounds now too small go, those now large enough come back."""
    if "survey_minimum_responses" in changed:
        feed.refresh_organisation_measures(organisation, by=changed_by)
