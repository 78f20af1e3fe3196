from django.contrib import admin

from motebok.meetings.models import ActionItem, AgendaItem, Attendance, Case, Deadline, Meeting


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    raw_id_fields = ["person", "substitute_for", "organisation"]


class AgendaItemInline(admin.StackedInline):
    model = AgendaItem
    extra = 0
    raw_id_fields = ["case"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["body", "display_number", "start", "format", "place", "status", "is_published"]
    list_filter = ["status", "format", "is_published", "body"]
    date_hierarchy = "start"
    raw_id_fields = ["host", "chair", "minute_taker"]
    inlines = [AttendanceInline, AgendaItemInline]


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "body", "kind", "status", "access"]
    list_filter = ["status", "kind", "access", "body"]
    search_fields = ["title", "public_title", "background"]
    raw_id_fields = ["proposed_by", "wished_meeting"]
    filter_horizontal = ["related_cases"]


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
    list_display = ["what", "owner", "due", "status", "body"]
    list_filter = ["status", "body"]
    search_fields = ["what", "owner_text", "owner_person__name"]
    raw_id_fields = ["owner_person", "owner_organisation", "case", "meeting"]


@admin.register(Deadline)
class DeadlineAdmin(admin.ModelAdmin):
    list_display = ["what", "date", "kind", "body"]
    list_filter = ["kind", "body"]
    raw_id_fields = ["case", "meeting"]
