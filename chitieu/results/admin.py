"""Back office for observations, saved through the service that keeps their history, and that history."""

from django import forms
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from chitieu.accounts.admin_scope import HistoryAdmin, ScopedAdmin, lock_keeper_ids
from chitieu.core.admin_catalogue import CatalogueAdmin
from chitieu.core.numbers import format_number
from chitieu.plans.admin import LOCALIZED_DECIMALS, PlanValueAdmin, TargetAdmin
from chitieu.plans.models import PlanValue, Target
from chitieu.results.door import (
    PlanFigure,
    Refused,
    delete_observations,
    delete_plan_values,
    place_refusals,
    record_observation,
    set_plan_values,
)
from chitieu.results.models import (
    ApprovalRule,
    Commentary,
    Evidence,
    ImportJob,
    LockException,
    Observation,
    ObservationRevision,
    PeriodLock,
    ReminderLog,
    ReportingPeriod,
    Rollup,
    Submission,
    SubmissionEvent,
    UnitVersion,
)
from chitieu.results.queries import target_has_records

# The fields that say which value this is; changing one of them means recording another observation.
IDENTITY_FIELDS = ["indicator", "locality", "period_start", "period_end", "kind"]


class ObservationForm(forms.ModelForm):
    reason = forms.CharField(
        label=_("reason for the change"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=_("Kept in the history together with the value it replaces."),
    )

    class Meta:
        model = Observation
        fields = [
            *IDENTITY_FIELDS,
            "period_kind",
            "value",
            "text_value",
            "reported_on",
            "is_illustrative",
            "source",
            "source_sentence",
            "note",
        ]

    actor = None  # the signed-in user, set by ObservationAdmin.get_form

    def clean(self):
        """The door's refusal (scope, reporting period, lock, approval) shown on the form, before saving."""
        data = super().clean()
        instance = self.instance
        place = (
            getattr(data.get("locality"), "pk", instance.locality_id),
            data.get("period_start", instance.period_start),
            data.get("period_end", instance.period_end),
        )
        if self.actor is not None and all(place):
            refusal = place_refusals(self.actor, [place], lock_rows=False).get(place)
            if refusal is not None:
                raise forms.ValidationError(refusal.message, code=refusal.code)
        return data


class RevisionInline(admin.TabularInline):
    model = ObservationRevision
    fields = readonly_fields = ["old_value", "reported_on", "source", "replaced_at", "replaced_by", "reason"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("old value"))
    def old_value(self, obj: ObservationRevision) -> str:
        return _value_text(obj.value, obj.text_value)


def _value_text(value, text_value: str) -> str:
    return format_number(value) if value is not None else text_value


def _value_cell(value, text_value: str, is_illustrative: bool) -> str:
    shown = _value_text(value, text_value)
    if not is_illustrative:
        return shown
    return format_html(
        '{} <span title="{}" style="padding:0 4px;border:1px solid #b26b00;border-radius:3px;'
        'color:#b26b00;font-size:0.85em">{}</span>',
        shown,
        _("Not stated by a source; every page showing it says so."),
        _("illustrative"),
    )


@admin.register(Observation)
class ObservationAdmin(ScopedAdmin):
    form = ObservationForm
    list_display = [
        "indicator",
        "locality",
        "period_start",
        "period_end",
        "period_kind",
        "kind",
        "value_shown",
        "reported_on",
        "is_illustrative",
    ]
    list_select_related = ["indicator", "locality"]
    list_filter = ["kind", "period_kind", "is_illustrative", "locality__level"]
    # Indicators and localities are too many for a filter list: find them by search.
    search_fields = ["indicator__name", "indicator__code", "locality__name", "=locality__code"]
    autocomplete_fields = ["indicator", "locality"]
    date_hierarchy = "period_end"
    # A few million rows nationally: do not count the whole table on every page.
    show_full_result_count = False
    formfield_overrides = LOCALIZED_DECIMALS
    fieldsets = [
        (None, {"fields": ["indicator", "locality", ("period_start", "period_end", "period_kind"), "kind"]}),
        (_("Value"), {"fields": [("value", "text_value"), "reported_on", "is_illustrative"]}),
        (_("Source"), {"fields": ["source", "source_sentence", "note"]}),
        (
            _("Record of the change"),
            {"fields": ["reason", ("created_at", "updated_at", "updated_by", "updated_via"), "is_published"]},
        ),
    ]
    inlines = [RevisionInline]

    def get_fieldsets(self, request, obj=None):
        # A new value replaces nothing: the reason and the record of changes come with the first change.
        return self.fieldsets if obj is not None else self.fieldsets[:-1]

    def get_readonly_fields(self, request, obj=None):
        fixed = ["created_at", "updated_at", "updated_by", "updated_via", "is_published"]
        return [*IDENTITY_FIELDS, *fixed] if obj is not None else fixed

    @admin.display(description=_("value"), ordering="value")
    def value_shown(self, obj: Observation) -> str:
        return _value_cell(obj.value, obj.text_value, obj.is_illustrative)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.actor = request.user
        return form

    def delete_model(self, request, obj):
        self.delete_queryset(request, Observation.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        """Through the write door: a figure past a lock or an approval is not deleted either."""
        try:
            delete_observations(request.user, queryset.values_list("pk", flat=True))
        except Refused as refused:
            self.message_user(request, f"Không xóa: {refused}", level=messages.ERROR)

    def save_model(self, request, obj, form, change):
        """Go through the write door, so that the same rules hold and a replaced value is kept in the history."""
        saved = record_observation(
            actor=request.user,
            via="admin",
            indicator=obj.indicator,
            locality=obj.locality,
            period_start=obj.period_start,
            period_end=obj.period_end,
            kind=obj.kind,
            period_kind=obj.period_kind,
            value=obj.value,
            text_value=obj.text_value,
            reported_on=obj.reported_on,
            source=obj.source,
            source_sentence=obj.source_sentence,
            note=obj.note,
            is_illustrative=obj.is_illustrative,
            reason=form.cleaned_data.get("reason", ""),
        )
        obj.pk = saved.pk
        obj._state.adding = False
        obj.created_at, obj.updated_at, obj.updated_by = saved.created_at, saved.updated_at, saved.updated_by


@admin.register(ObservationRevision)
class ObservationRevisionAdmin(HistoryAdmin):
    scope_via = "observation__locality"
    list_display = ["observation", "old_value", "reported_on", "replaced_at", "replaced_by", "via", "reason"]
    list_select_related = ["observation__indicator", "observation__locality", "replaced_by"]
    search_fields = ["observation__indicator__name", "observation__locality__name", "reason"]
    date_hierarchy = "replaced_at"
    show_full_result_count = False

    @admin.display(description=_("old value"), ordering="value")
    def old_value(self, obj: ObservationRevision) -> str:
        return _value_text(obj.value, obj.text_value)


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(CatalogueAdmin):
    """Every province reports on the same periods: moving a deadline here would reopen it for the whole country."""

    list_display = ["name", "kind", "start", "end", "deadline", "grace_days", "is_locked"]
    list_filter = ["kind", "is_locked"]
    search_fields = ["name"]
    date_hierarchy = "end"


class LockKeeperAdmin(ScopedAdmin):
    """Locks and exceptions of a unit's subtree: kept by its office, and by the approvers above a unit."""

    def writable_ids(self, request):
        return lock_keeper_ids(request)


@admin.register(LockException)
class LockExceptionAdmin(LockKeeperAdmin):
    list_display = ["period", "locality", "until", "granted_by", "granted_at", "reason"]
    list_select_related = ["period", "locality", "granted_by"]
    autocomplete_fields = ["locality"]
    search_fields = ["locality__name", "reason"]
    readonly_fields = ["granted_by", "granted_at"]

    def save_model(self, request, obj, form, change):
        """Whoever saves the exception grants it, now: the grantor is never read from the form."""
        obj.granted_by, obj.granted_at = request.user, timezone.now()
        super().save_model(request, obj, form, change)


@admin.register(PeriodLock)
class PeriodLockAdmin(LockKeeperAdmin):
    list_display = ["period", "locality", "locked_by", "locked_at", "frozen_by", "reason"]
    list_select_related = ["period", "locality", "locked_by"]
    list_filter = ["period"]
    autocomplete_fields = ["locality"]
    search_fields = ["locality__name", "reason", "frozen_by"]
    readonly_fields = ["locked_by", "locked_at", "frozen_by"]

    def has_change_permission(self, request, obj=None):
        # A lock that freezes a signed report's figures is lifted by a reopen with a reason, not edited here.
        frozen = obj is not None and bool(obj.frozen_by) and not request.user.is_superuser
        return not frozen and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        frozen = obj is not None and bool(obj.frozen_by) and not request.user.is_superuser
        return not frozen and super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        """Whoever saves the lock closes the period: the name is never read from the form."""
        obj.locked_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(ApprovalRule)
class ApprovalRuleAdmin(ScopedAdmin):
    """A rule applies to its unit and those below: only who manages that unit sets it."""

    list_display = ["locality", "levels", "separate_duties"]
    list_select_related = ["locality"]
    autocomplete_fields = ["locality"]
    search_fields = ["locality__name"]

    def get_readonly_fields(self, request, obj=None):
        # Turning separation of duties off would let an office approve what it sent: an administrator decides it.
        fixed = list(super().get_readonly_fields(request, obj))
        return fixed if request.user.is_superuser else [*fixed, "separate_duties"]


class SubmissionEventInline(admin.TabularInline):
    model = SubmissionEvent
    fields = readonly_fields = ["at", "action", "level", "user", "reason"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Submission)
class SubmissionAdmin(ScopedAdmin):
    """Decisions are taken on the approval page, where they are checked and audited: here they are read."""

    list_display = [
        "period",
        "locality",
        "status",
        "level",
        "levels",
        "submitted_by",
        "submitted_at",
        "decided_by",
    ]
    list_filter = ["status", "period"]
    list_select_related = ["period", "locality", "submitted_by", "decided_by"]
    search_fields = ["locality__name"]
    readonly_fields = ["observations", "submitted_by", "submitted_at", "decided_by", "decided_at"]
    inlines = [SubmissionEventInline]
    show_full_result_count = False

    def has_add_permission(self, request):
        return request.user.is_superuser and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # Deleting a submission deletes its events: the record of who sent and who approved.
        return request.user.is_superuser and super().has_delete_permission(request, obj)


@admin.register(SubmissionEvent)
class SubmissionEventAdmin(HistoryAdmin):
    scope_via = "submission__locality"
    list_display = ["submission", "action", "level", "user", "at", "reason"]
    list_select_related = ["submission__period", "submission__locality", "user"]
    list_filter = ["action"]
    show_full_result_count = False


@admin.register(Commentary)
class CommentaryAdmin(ScopedAdmin):
    """Commentary is written on the entry page, through the write door that checks locks and conflicts: here it
    is read."""

    list_display = ["period", "locality", "target", "updated_by", "updated_at"]
    list_select_related = ["period", "locality", "target", "updated_by"]
    search_fields = ["locality__name", "target__name", "result"]
    autocomplete_fields = ["locality", "target"]
    readonly_fields = ["updated_by", "updated_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Evidence)
class EvidenceAdmin(ScopedAdmin):
    list_display = ["original_name", "period", "locality", "file_type", "size", "uploaded_by", "uploaded_at"]
    list_select_related = ["period", "locality", "uploaded_by"]
    search_fields = ["original_name", "locality__name"]
    readonly_fields = ["file", "original_name", "file_type", "size", "uploaded_by"]

    def has_add_permission(self, request):
        return False


@admin.register(ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ["user", "day", "items", "sent_at"]
    date_hierarchy = "day"

    def get_queryset(self, request):
        # A reminder lists one person's pending work: its row is theirs (and an administrator's) to read.
        reminders = super().get_queryset(request)
        return reminders if request.user.is_superuser else reminders.filter(user=request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ImportJob)
class ImportJobAdmin(ScopedAdmin):
    """Imports are asked for on the entry page, which checks the file and the unit: here they are followed."""

    list_display = [
        "file_name",
        "period",
        "locality",
        "rows",
        "status",
        "progress",
        "requested_by",
        "requested_at",
    ]
    list_filter = ["status"]
    raw_id_fields = ["period", "locality"]
    exclude = ["content"]
    readonly_fields = ["requested_by", "requested_at", "finished_at"]

    def has_add_permission(self, request):
        return False


# Plan values are written through the write door, which the plans app (left of results) may not call: their back
# office is completed here, as Django's own UserAdmin is extended elsewhere.


def _save_plan(request, plan: PlanValue) -> None:
    """One plan figure through the door; a figure moved to another target, year or source replaces the old one."""
    key = (plan.target_id, plan.year, plan.source)
    if plan.pk:
        old = PlanValue.objects.filter(pk=plan.pk).values_list("target_id", "year", "source").first()
        if old is not None and tuple(old) != key:
            delete_plan_values(request.user, [plan.pk], via="admin", reason="Chuyển trong trang quản trị")
    set_plan_values(
        request.user, {key: PlanFigure(plan.value, plan.source_sentence, plan.is_illustrative)}, via="admin"
    )


def _remove_plans(request, plan_ids) -> None:
    try:
        delete_plan_values(request.user, list(plan_ids), via="admin", reason="Xóa trong trang quản trị")
    except Refused as refused:
        messages.error(request, f"Không xóa: {refused}")


admin.site.unregister(PlanValue)


@admin.register(PlanValue)
class PlanValueThroughDoorAdmin(PlanValueAdmin):
    def save_model(self, request, obj, form, change):
        _save_plan(request, obj)

    def delete_model(self, request, obj):
        _remove_plans(request, [obj.pk])

    def delete_queryset(self, request, queryset):
        _remove_plans(request, queryset.values_list("pk", flat=True))


admin.site.unregister(Target)


@admin.register(Target)
class TargetThroughDoorAdmin(TargetAdmin):
    """A target's plan values go through the door; a target with figures, plans or commentary is retired (its
    'retired on' date), never deleted."""

    def save_formset(self, request, form, formset, change):
        if formset.model is not PlanValue:
            return super().save_formset(request, form, formset, change)
        for plan in formset.save(commit=False):
            plan.target = form.instance
            _save_plan(request, plan)
        _remove_plans(request, [plan.pk for plan in formset.deleted_objects if plan.pk])
        return None

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or not target_has_records(obj))

    def delete_queryset(self, request, queryset):
        kept = [target for target in queryset if target_has_records(target)]
        if kept:
            names = ", ".join(str(target) for target in kept)
            messages.error(request, f"Không xóa chỉ tiêu đã có số liệu, kế hoạch hoặc thuyết minh: {names}.")
        queryset.exclude(pk__in=[target.pk for target in kept]).delete()


class ReadModelAdmin(admin.ModelAdmin):
    """Kept by the write door in its transactions: shown to look into, never edited by hand (a damaged table is
    mended by `chitieu rebuild-rollups`)."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Rollup)
class RollupAdmin(ReadModelAdmin):
    list_display = ["locality", "indicator", "period_start", "period_end", "published", "parts", "expected"]
    list_filter = ["published", "from_predecessors"]
    list_select_related = ["locality", "indicator"]
    search_fields = ["locality__name", "indicator__code"]


@admin.register(UnitVersion)
class UnitVersionAdmin(ReadModelAdmin):
    list_display = ["locality", "version"]
    list_select_related = ["locality"]
    search_fields = ["locality__name"]
