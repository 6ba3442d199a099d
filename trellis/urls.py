from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("trellis.projects.urls")),
    path("projects/<int:project_pk>/evidence/", include("trellis.evidence.urls")),
    path("projects/<int:project_pk>/needs/", include("trellis.needs.urls")),
    path("projects/<int:project_pk>/decisions/", include("trellis.decisions.urls")),
    path("projects/<int:project_pk>/barriers/", include("trellis.barriers.urls")),
    path("projects/<int:project_pk>/engagement/", include("trellis.engagement.urls")),
    path("projects/<int:project_pk>/plan/", include("trellis.plans.urls")),
    path("projects/<int:project_pk>/strategies/", include("trellis.strategies.urls")),
    path("projects/<int:project_pk>/development/", include("trellis.development.urls")),
    path("projects/<int:project_pk>/readiness/", include("trellis.readiness.urls")),
    path("projects/<int:project_pk>/adaptations/", include("trellis.adaptations.urls")),
    path("projects/<int:project_pk>/monitoring/", include("trellis.monitoring.urls")),
    path("projects/<int:project_pk>/imports/", include("trellis.imports.urls")),
    path("projects/<int:project_pk>/fidelity/", include("trellis.fidelity.urls")),
    path("projects/<int:project_pk>/reflection/", include("trellis.reflection.urls")),
    path("projects/<int:project_pk>/surveys/", include("trellis.surveys.urls")),
    path("s/", include("trellis.surveys.public_urls")),
    path("accounts/", include("trellis.organisations.account_urls")),
    path("organisation/", include("trellis.organisations.urls")),
    path("guide/", include("trellis.framework.urls")),
    path("admin/", admin.site.urls),
]
