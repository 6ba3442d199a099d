from django.contrib import admin

from .models import ChecklistAnswer, PhaseChange, Project, TeamMember


class TeamMemberInline(admin.TabularInline):
    model = TeamMember
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "phase", "status", "next_review_date",
                    "archived_at"]
    list_filter = ["organisation", "phase", "status"]
    search_fields = ["title", "approach"]
    readonly_fields = ["version", "created_at", "updated_at", "created_by"]
    inlines = [TeamMemberInline]


@admin.register(PhaseChange)
class PhaseChangeAdmin(admin.ModelAdmin):
    list_display = ["project", "from_phase", "to_phase", "changed_by", "changed_at"]
    list_filter = ["to_phase"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ChecklistAnswer)
class ChecklistAnswerAdmin(admin.ModelAdmin):
    list_display = ["project", "phase", "item", "answer", "answered_by", "answered_at"]
    list_filter = ["phase", "answer"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False
