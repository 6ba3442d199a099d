from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("trellis.projects.urls")),
    path("accounts/", include("trellis.organisations.account_urls")),
    path("organisation/", include("trellis.organisations.urls")),
    path("guide/", include("trellis.framework.urls")),
    path("admin/", admin.site.urls),
]
