from django.contrib import admin

from .models import EngagementActivity, EngagementAudience


class EngagementAudienceInline(admin.TabularInline):
    model = EngagementAudience
    extra = 0


@admin.register(EngagementActivity)
class EngagementActivityAdmin(admin.ModelAdmin):
    list_display = ["held_on", "method", "project", "people_count", "created_by"]
    list_filter = ["method"]
    search_fields = ["summary", "project__title"]
    readonly_fields = ["version", "created_at", "updated_at", "created_by"]
    inlines = [EngagementAudienceInline]
