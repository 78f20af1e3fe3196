from django.contrib import admin

from motebok.registry.models import Body, Mandate, Membership, Organisation, Person


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "number", "county", "valid_from", "valid_to"]
    list_filter = ["kind", "county"]
    search_fields = ["name", "number"]
    filter_horizontal = ["successors"]
    raw_id_fields = ["county"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "title", "organisation"]
    search_fields = ["name", "email"]
    raw_id_fields = ["organisation", "user"]


class MandateInline(admin.StackedInline):
    model = Mandate
    extra = 0


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["person", "organisation"]


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "parent", "is_public"]
    list_filter = ["kind", "is_public"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MandateInline, MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "body", "role", "organisation", "start", "end"]
    list_filter = ["role", "body"]
    search_fields = ["person__name", "body__name"]
    raw_id_fields = ["person", "organisation"]
