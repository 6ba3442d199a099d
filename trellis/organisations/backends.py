"""Sign-in backend: Django's own, except that the signed-in person and their
memberships are read in one query on every request (the middleware then uses
them instead of asking again)."""

from django.contrib.auth.backends import ModelBackend

from .models import Membership


class MembershipBackend(ModelBackend):
    def get_user(self, user_id):
        memberships = list(
            Membership.objects.select_related("user", "organisation")
            .filter(user_id=user_id).order_by("organisation__name")
        )
        if not memberships:
            return super().get_user(user_id)
        user = memberships[0].user
        if not self.user_can_authenticate(user):
            return None
        for membership in memberships:
            membership.user = user
        user.loaded_memberships = memberships
        return user
