"""Back office for the roles users hold over a locality subtree or an agency."""

from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_noop

from chitieu.accounts.admin_scope import ScopedAdmin
from chitieu.accounts.models import Membership


@admin.register(Membership)
class MembershipAdmin(ScopedAdmin):
    """Roles held in the user's scope; only an administrator of a unit grants roles there (an office that could
    would make itself an approver of the figures it enters)."""

    write_roles = [Membership.Role.ADMIN]
    list_display = ["user", "role", "locality", "agency", "title"]
    list_select_related = ["user", "locality", "agency"]
    list_filter = ["role", "locality__level"]
    search_fields = [
        "user__username",
        "user__first_name",
        "user__last_name",
        "title",
        "locality__name",
        "agency__name",
    ]
    autocomplete_fields = ["user", "locality", "agency"]

    def placing_fields(self):
        return ("locality", "agency")

    def scope_rows(self, queryset, ids):
        if ids is None:
            return queryset
        return queryset.filter(Q(locality__in=ids) | Q(agency__locality__in=ids))

    def locality_id_of(self, obj):
        return obj.locality_id if obj.locality_id is not None else obj.agency.locality_id


# Strings of Django 6.1's admin, auth and forms that its own `vi` catalogue leaves in English (the action
# button, delete confirmations, constraint errors…) or translates awkwardly ("Thêm vào", "Bản ghi nhớ").
# Listed here so that makemessages keeps them in our catalogue, which LOCALE_PATHS puts before Django's.
# Drop an entry once Django ships a good translation.
DJANGO_STRINGS_TRANSLATED_HERE = (
    gettext_noop("Add"),
    gettext_noop("Add %(name)s"),
    gettext_noop("History"),
    gettext_noop("Action:"),
    gettext_noop(" By %(filter_title)s "),
    gettext_noop("Run"),
    gettext_noop("- Select an option -"),
    gettext_noop("Select this object for an action - {}"),
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("View selected %(model)s"),
    gettext_noop("Search %(name)s"),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop("Show counts"),
    gettext_noop("Hide counts"),
    gettext_noop("Pagination %(name)s"),
    gettext_noop("Pagination %(name)s entries"),
    gettext_noop("entry"),
    gettext_noop("Breadcrumbs"),
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("Skip to main content"),
    gettext_noop("Sidebar"),
    gettext_noop("Toggle navigation"),
    gettext_noop("Filter navigation items"),
    gettext_noop("Toggle theme (current theme: auto)"),
    gettext_noop("Toggle theme (current theme: light)"),
    gettext_noop("Toggle theme (current theme: dark)"),
    gettext_noop("Error:"),
    gettext_noop("Added:"),
    gettext_noop("Changed:"),
    gettext_noop("Deleted:"),
    gettext_noop("Logout"),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("In case you’ve forgotten, you are:"),
    gettext_noop('The app "%s" could not be found.'),
    gettext_noop(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? "
        "All of the following related items will be deleted:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the following "
        "protected related objects:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting related objects, "
        "but your account doesn't have permission to delete the following types of objects:"
    ),
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop("Set password"),
    gettext_noop("Set password: %s"),
    gettext_noop("Reset password"),
    gettext_noop("Password-based authentication"),
    gettext_noop("Enable password-based authentication"),
    gettext_noop("Disable password-based authentication"),
    gettext_noop("This action will <strong>enable</strong> password-based authentication for this user."),
    gettext_noop("Enable password-based authentication for this user by setting a password."),
    gettext_noop("Password-based authentication was disabled."),
    gettext_noop(
        "Whether the user will be able to authenticate using a password or not. If disabled, they may still "
        "be able to authenticate using other backends, such as Single Sign-On or LDAP."
    ),
    gettext_noop("Enabled"),
    gettext_noop("Disabled"),
    gettext_noop("Raw passwords are not stored, so there is no way to see the user’s password."),
    gettext_noop("Conflicting form data submitted. Please try again."),
    gettext_noop(
        "Enter a valid username. This value may contain only unaccented lowercase a-z and uppercase A-Z "
        "letters, numbers, and @/./+/-/_ characters."
    ),
    gettext_noop("Constraint “%(name)s” is violated."),
    gettext_noop("Enter a valid “slug” consisting of letters, numbers, underscores or hyphens."),
    gettext_noop("“%(value)s” value must be a decimal number."),
    gettext_noop("“%(value)s” value must be an integer."),
    gettext_noop("“%(pk)s” is not a valid value."),
    gettext_noop("Null characters are not allowed."),
    gettext_noop("Enter a complete value."),
    gettext_noop("The inline value did not match the parent instance."),
    gettext_noop(
        "%(datetime)s couldn’t be interpreted in time zone %(current_timezone)s; it may be ambiguous or it "
        "may not exist."
    ),
    gettext_noop("No %s matches the given query."),
    gettext_noop("That page contains no results"),
    gettext_noop("Messages"),
    gettext_noop("Forbidden"),
    gettext_noop("CSRF verification failed. Request aborted."),
    gettext_noop(
        "You are seeing this message because this site requires a CSRF cookie when submitting forms. This "
        "cookie is required for security reasons, to ensure that your browser is not being hijacked by "
        "third parties."
    ),
    gettext_noop(
        "If you have configured your browser to disable cookies, please re-enable them, at least for this "
        "site, or for “same-origin” requests."
    ),
    gettext_noop("More information is available with DEBUG=True."),
)
