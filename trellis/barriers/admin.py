from django.contrib import admin

from .models import BarrierEnabler


@admin.register(BarrierEnabler)
class BarrierEnablerAdmin(admin.ModelAdmin):
    list_display = ["description", "kind", "cfir_domain", "strength", "status", "project"]
    list_filter = ["kind", "cfir_domain", "status"]
    search_fields = ["description", "project__title"]
    readonly_fields = ["version", "created_at", "updated_at", "created_by"]
    raw_id_fields = ["evidence", "engagement"]
