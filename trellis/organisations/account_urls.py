"""Sign in, sign out, password reset and joining by invitation: the only
pages that answer without a signed-in person."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import views
from .access import PUBLIC, access
from .demo_accounts import demo_sign_in_details
from .forms import SignInForm


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if settings.DEBUG:
            context["demo_accounts"] = demo_sign_in_details()
        return context


both = ("GET", "POST")
app_name = "accounts"
urlpatterns = [
    path("sign-in/", access(PUBLIC, methods=both)(SignInView.as_view()), name="login"),
    path("sign-out/", access(PUBLIC, methods=("POST",))(auth_views.LogoutView.as_view()),
         name="logout"),
    path("password-reset/", access(PUBLIC, methods=both)(auth_views.PasswordResetView.as_view(
        template_name="accounts/password_reset.html",
        email_template_name="accounts/email/password_reset.txt",
        subject_template_name="accounts/email/password_reset_subject.txt",
        success_url=reverse_lazy("accounts:password_reset_done"),
    )), name="password_reset"),
    path("password-reset/sent/", access(PUBLIC)(auth_views.PasswordResetDoneView.as_view(
        template_name="accounts/password_reset_done.html",
    )), name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", access(PUBLIC, methods=both)(
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:password_reset_complete"),
        )), name="password_reset_confirm"),
    path("password-reset/done/", access(PUBLIC)(auth_views.PasswordResetCompleteView.as_view(
        template_name="accounts/password_reset_complete.html",
    )), name="password_reset_complete"),
    path("join/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
