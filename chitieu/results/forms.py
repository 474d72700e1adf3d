"""Forms of the entry page (one row per indicator), of approval decisions, reopening and workbook uploads."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from chitieu.core.number_input import read_number
from chitieu.core.numbers import format_number, whole_number
from chitieu.core.widgets import VietnameseDateField
from chitieu.localities.models import Locality
from chitieu.results.door import Entry, Notes
from chitieu.results.files import check_evidence
from chitieu.results.models import ReportingPeriod, ValueKind
from chitieu.results.queries import Item, value_flags

KIND_CHOICES = [(ValueKind.ESTIMATE, _("estimate")), (ValueKind.OFFICIAL, _("official"))]
NOTE_FIELDS = ("result", "difficulties", "causes", "solutions")
NOTE_LABELS = {
    "result": _("Result"),
    "difficulties": _("Difficulties and obstacles"),
    "causes": _("Causes"),
    "solutions": _("Solutions"),
}


def read_versions(text: str) -> dict[int | str, str]:
    """The versions an entry row's hidden field carries: of each value kind, and of the commentary ("n")."""
    versions: dict[int | str, str] = {}
    for part in (text or "").split(";"):
        kind, _sep, version = part.partition("=")
        if whole_number(kind) is not None:
            versions[int(kind)] = version
        elif kind == "n":
            versions["n"] = version
    return versions


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [(f, check_evidence(f)) for f in files]


class EntryForm(forms.Form):
    """One row per item: value, kind, note, and the versions seen; a commentary per target; evidence files."""

    evidence = EvidenceField(label=_("Evidence files"), required=False)
    reason = forms.CharField(label=_("Reason for the change"), required=False, max_length=2000)

    def __init__(
        self,
        items: list[Item],
        period: ReportingPeriod,
        locality: Locality,
        *args,
        closed: str = "",
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.items, self.period, self.locality = items, period, locality
        self.closed = closed  # why nothing can change now (sent, approved, locked): every field is disabled
        self.conflicts: dict[int, object] = {}
        keys = {item.key for item in items}
        # A row the page did not offer is someone trying another unit's target: it does not exist for them.
        if self.is_bound and any(name.split("-")[0] not in keys for name in self.data if name[:1] == "i"):
            raise Http404("Không tìm thấy chỉ tiêu.")
        for item in items:
            current = item.current
            self.fields[f"{item.key}-value"] = forms.CharField(
                label=item.indicator.name,
                required=False,
                max_length=60,
                initial=format_number(current.value) if current and current.value is not None else "",
            )
            self.fields[f"{item.key}-kind"] = forms.TypedChoiceField(
                label=_("Kind"),
                choices=KIND_CHOICES,
                coerce=int,
                required=False,
                empty_value=ValueKind.ESTIMATE,
                initial=current.kind if current else ValueKind.ESTIMATE,
            )
            self.fields[f"{item.key}-note"] = forms.CharField(
                label=_("Note"), required=False, max_length=2000, initial=current.note if current else ""
            )
            self.fields[f"{item.key}-versions"] = forms.CharField(
                required=False, widget=forms.HiddenInput, initial=item.versions
            )
            if item.target is not None:
                saved = item.commentary
                for name in NOTE_FIELDS:
                    self.fields[f"{item.key}-{name}"] = forms.CharField(
                        label=NOTE_LABELS[name],
                        required=False,
                        max_length=5000,
                        widget=forms.Textarea(attrs={"rows": 2}),
                        initial=getattr(saved, name, ""),
                    )

        if closed:
            for field in self.fields.values():
                field.disabled = True

    def rows(self):
        """(item, value field, kind field, note field, hidden versions, commentary fields) for the template."""
        for item in self.items:
            notes = [self[f"{item.key}-{n}"] for n in NOTE_FIELDS] if item.target is not None else []
            yield (
                item,
                self[f"{item.key}-value"],
                self[f"{item.key}-kind"],
                self[f"{item.key}-note"],
                self[f"{item.key}-versions"],
                notes,
            )

    def clean(self):
        data = super().clean()
        self.entries: list[Entry] = []
        self.notes: list[Notes] = []
        for item in self.items:
            self._clean_item(item, data)
        return data

    def _clean_item(self, item: Item, data: dict) -> None:
        text = (data.get(f"{item.key}-value") or "").strip()
        kind = data.get(f"{item.key}-kind") or ValueKind.ESTIMATE
        note = (data.get(f"{item.key}-note") or "").strip()
        versions = read_versions(data.get(f"{item.key}-versions", ""))
        if item.target is not None:
            self.notes.append(
                Notes(
                    item.target,
                    *(data.get(f"{item.key}-{n}", "").strip() for n in NOTE_FIELDS),
                    version=versions.get("n", ""),
                )
            )
        if not text:
            return
        try:
            value = read_number(text)
        except ValidationError as exc:
            self.add_error(f"{item.key}-value", exc)
            return
        same = item.by_kind.get(kind)
        if same is not None and same.value == value and same.note == note:
            return
        flags = value_flags(item.indicator, self.locality, self.period, value, item.targets)
        if flags and not note:
            self.add_error(
                f"{item.key}-note",
                "Giá trị này có cảnh báo (xem bên cạnh): hãy ghi chú giải thích trước khi lưu.",
            )
            return
        self.entries.append(Entry(item.indicator, value, kind, note, versions.get(kind, "")))

    def show_conflicts(self, current: dict, notes: dict | None = None) -> None:
        """Tell the second saver whose value or commentary won, and let a new save knowingly replace it."""
        self.data = self.data.copy()
        notes = notes or {}
        for item in self.items:
            if item.target is not None and item.target.pk in notes:
                self._show_note_conflict(item, notes[item.target.pk])
            if item.indicator.pk not in current:
                continue
            observation = current[item.indicator.pk]
            item.conflict = observation
            if observation is not None:
                item.by_kind[observation.kind] = observation
            self.data[f"{item.key}-versions"] = item.versions
            shown = format_number(observation.value) if observation is not None else "—"
            self.add_error(
                f"{item.key}-value",
                f"Người khác vừa lưu giá trị {shown} cho chỉ tiêu này trong lúc bạn nhập. "
                "Xem lại; nếu vẫn muốn thay bằng số của bạn, bấm lưu lần nữa.",
            )

    def _show_note_conflict(self, item: Item, commentary) -> None:
        item.commentary = commentary
        self.data[f"{item.key}-versions"] = item.versions
        theirs = " / ".join(t for t in (getattr(commentary, n, "") for n in NOTE_FIELDS) if t) or "(để trống)"
        self.add_error(
            f"{item.key}-result",
            f"Người khác vừa sửa phần thuyết minh của chỉ tiêu này trong lúc bạn nhập: “{theirs}”. "
            "Bài của bạn chưa được lưu; xem lại, nếu vẫn muốn thay, bấm lưu lần nữa.",
        )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("approve", _("Approve")), ("return", _("Return"))]
    )
    reason = forms.CharField(
        label=_("Reason"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    # The level the page showed: a second click, or a colleague's decision meanwhile, then changes nothing.
    level = forms.IntegerField(required=False, min_value=0, max_value=9, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if data.get("decision") == "return" and not (data.get("reason") or "").strip():
            self.add_error("reason", "Trả lại phải ghi lý do để người báo cáo biết cần sửa gì.")
        return data


def read_seen(values: list[str]) -> dict[int, int]:
    """The approve-all form's "submission id:level shown" pairs; anything else is ignored."""
    seen = {}
    for value in values:
        pk, _, level = value.partition(":")
        if pk.isdigit() and level.isdigit() and len(pk) < 12 and len(level) < 3:
            seen[int(pk)] = int(level)
    return seen


class ReopenForm(forms.Form):
    until = VietnameseDateField(label=_("Open until"))
    reason = forms.CharField(label=_("Reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class WorkbookForm(forms.Form):
    workbook = forms.FileField(label=_("Filled-in workbook (.xlsx)"))

    def clean_workbook(self):
        upload = self.cleaned_data["workbook"]
        limit = settings.CHITIEU_UPLOAD_MAX_BYTES
        if upload.size > limit:
            raise ValidationError(
                f"Tệp nặng {format_number(Decimal(upload.size) / 1024 / 1024, 1)} MB, quá giới hạn "
                f"{format_number(limit // (1024 * 1024))} MB: hãy chia thành nhiều tệp nhỏ hơn."
            )
        return upload
