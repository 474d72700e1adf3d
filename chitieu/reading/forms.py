"""Forms of the reading pages: a text pasted or uploaded, the target list to review, a claim to accept."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator

from chitieu.core.numbers import (
    OBSERVATION_DIGITS,
    TARGET_DIGITS,
    NumberFormatError,
    format_number,
    read_value,
    whole_number,
)
from chitieu.core.widgets import VietnameseDateField
from chitieu.core.zips import ArchiveRefused
from chitieu.plans.models import Indicator, Target
from chitieu.reading.extract import read_docx
from chitieu.reading.linking import NEW_INDICATOR
from chitieu.results.models import PeriodKind, ValueKind


class NumberField(forms.CharField):
    """A number typed the Vietnamese way ("1.234,5"), shown the same way; refused when it does not fit `digits`."""

    def __init__(self, *args, digits: tuple[int, int] = OBSERVATION_DIGITS, **kwargs) -> None:
        kwargs.setdefault("max_length", 60)
        super().__init__(*args, **kwargs)
        self.digits = digits
        self.validators = [v for v in self.validators if not isinstance(v, MaxLengthValidator)]

    def prepare_value(self, value: object) -> object:
        return format_number(value) if isinstance(value, Decimal | int) else value

    def to_python(self, value: object) -> Decimal | None:  # type: ignore[override]
        text = super().to_python(value)
        if not text:
            return None
        # The length is checked on the text here: CharField's own validator would run on the Decimal.
        if self.max_length is not None and len(text) > self.max_length:
            raise ValidationError(f"Số quá dài (tối đa {self.max_length} ký tự).", code="max_length")
        try:
            return read_value(text, self.digits)
        except NumberFormatError as exc:
            raise ValidationError(str(exc), code="number") from exc


class SourceForm(forms.Form):
    """The text to read: pasted, or a .txt (UTF-8) or .docx file."""

    text = forms.CharField(
        label="Dán nội dung văn bản", widget=forms.Textarea(attrs={"rows": 12}), required=False
    )
    file = forms.FileField(label="hoặc tải tệp (.txt, .docx)", required=False)

    def clean(self) -> dict:
        data = super().clean()
        upload = data.get("file")
        if upload:
            data["text"] = read_upload(upload)
        if not (data.get("text") or "").strip():
            raise ValidationError("Hãy dán nội dung hoặc chọn một tệp .txt hay .docx.")
        check_length(data["text"])
        return data


def check_length(text: str) -> str:
    """The text itself, or a ValidationError saying how to split it: reading costs time with every character."""
    limit = settings.CHITIEU_PASTE_MAX_CHARS
    if len(text) > limit:
        raise ValidationError(
            f"Văn bản dài {format_number(len(text))} ký tự, quá giới hạn {format_number(limit)} ký tự mỗi lần "
            "đọc. Hãy chia văn bản thành nhiều phần (ví dụ theo từng mục lớn, mỗi phần dưới "
            f"{format_number(limit)} ký tự) rồi dán và đọc lần lượt từng phần.",
            code="too_long",
        )
    return text


def read_upload(upload) -> str:
    """The text of an uploaded .txt (UTF-8) or .docx; ValidationError in Vietnamese otherwise."""
    name = upload.name.lower()
    limit = settings.CHITIEU_UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(f"Tệp lớn hơn {format_number(limit // (1024 * 1024))} MB.")
    if name.endswith(".docx"):
        try:
            return read_docx(upload, upload.name)
        except ArchiveRefused as exc:
            raise ValidationError(str(exc)) from exc
    if name.endswith(".txt"):
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError("Tệp .txt phải được lưu với mã UTF-8.") from exc
    raise ValidationError("Chỉ đọc được tệp .txt hoặc .docx.")


class TargetListForm(forms.Form):
    declared_count = forms.IntegerField(
        label="Số chỉ tiêu nghị quyết nêu",
        min_value=0,
        max_value=999,
        required=False,
        help_text="Để trống nếu văn bản không nêu; kết quả tổng hợp trên số chỉ tiêu khác sẽ được cảnh báo.",
    )


class GroupRowForm(forms.Form):
    label = forms.CharField(label="Số", max_length=20, required=False)
    name = forms.CharField(label="Nhóm", max_length=200)
    declared_count = forms.IntegerField(
        label="Số chỉ tiêu khai báo", min_value=0, max_value=999, required=False
    )


class TargetRowForm(forms.Form):
    """One target of the list under review; `parent` and `group` are row numbers on the same page."""

    label = forms.CharField(label="Số", max_length=20, required=False)
    name = forms.CharField(label="Chỉ tiêu", max_length=300)
    value = NumberField(digits=TARGET_DIGITS, label="Giá trị", required=False)
    value_high = NumberField(digits=TARGET_DIGITS, label="Cận trên", required=False)
    total = NumberField(digits=TARGET_DIGITS, label="Tổng số", required=False)
    unit = forms.CharField(label="Đơn vị", max_length=60, required=False)
    form = forms.ChoiceField(label="Dạng", choices=Target.Form.choices)
    strict = forms.BooleanField(label="Không tính mốc", required=False)
    kind = forms.ChoiceField(label="Loại", choices=Target.Kind.choices)
    direction = forms.ChoiceField(label="Chiều", choices=Target.Direction.choices)
    deadline_year = forms.IntegerField(label="Năm", min_value=1945, max_value=2100, required=False)
    group = forms.IntegerField(label="Nhóm số", min_value=1, max_value=9999, required=False)
    parent = forms.IntegerField(label="Thuộc dòng", min_value=1, max_value=9999, required=False)
    text = forms.CharField(widget=forms.HiddenInput, required=False)
    doubtful = forms.CharField(widget=forms.HiddenInput, required=False)
    # "": not linked yet; "new": an indicator made from the target; a number: an indicator of the catalogue.
    indicator = forms.CharField(label="Chỉ số", required=False, max_length=12)
    options: list[tuple[str, str]] = []  # what the page offers for `indicator`, set by the view

    def doubtful_fields(self) -> set[str]:
        return set(filter(None, (self["doubtful"].value() or "").split(",")))

    def clean_indicator(self) -> str:
        chosen = (self.cleaned_data.get("indicator") or "").strip()
        pk = whole_number(chosen)
        if chosen in ("", NEW_INDICATOR) or (pk is not None and Indicator.objects.filter(pk=pk).exists()):
            return chosen
        raise ValidationError("Chỉ số đã chọn không còn trong danh mục: hãy chọn lại.")


GroupFormSet = forms.formset_factory(GroupRowForm, extra=0)
TargetFormSet = forms.formset_factory(TargetRowForm, extra=0)


class AcceptClaimForm(forms.Form):
    """A claim to write as an observation: which indicator, which period, estimate or official."""

    use_required_attribute = False  # one page holds a form per claim; only the one submitted is checked
    indicator = forms.TypedChoiceField(label="Chỉ số", coerce=int)
    value = NumberField(label="Giá trị")
    kind = forms.TypedChoiceField(
        label="Loại số liệu",
        coerce=int,
        choices=[(ValueKind.ESTIMATE, "Ước thực hiện"), (ValueKind.OFFICIAL, "Chính thức")],
        initial=ValueKind.ESTIMATE,
    )
    period_kind = forms.ChoiceField(label="Kỳ", choices=PeriodKind.choices, initial=PeriodKind.YEAR)
    period_start = VietnameseDateField(label="Từ ngày")
    period_end = VietnameseDateField(label="Đến ngày")

    def __init__(self, *args, indicators: list[tuple[int, str]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["indicator"].choices = indicators

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            raise ValidationError("Ngày kết thúc kỳ phải sau ngày bắt đầu.")
        return data


def claim_initial(row, frame) -> dict:
    """The accept form of a claim as read: its matched indicator, its value, the period the report speaks of."""
    initial: dict = {"value": row.value, "kind": ValueKind.ESTIMATE, "period_kind": PeriodKind.YEAR}
    if row.match:
        initial["indicator"] = row.match.candidate.indicator_id
    if frame:
        initial |= {"period_kind": frame.kind, "period_start": frame.start, "period_end": frame.end}
    return initial
