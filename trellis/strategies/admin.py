from django.contrib import admin

from .models import Strategy


@admin.register(Strategy)
class StrategyAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "level", "phase", "project"]
    list_filter = ["category", "level", "phase"]
    search_fields = ["name", "project__title"]
    readonly_fields = ["version", "created_at", "created_by", "updated_at", "updated_by"]
    raw_id_fields = ["owner", "barriers", "core_components"]
