"""The form of a new resolution: its unit (one the office manages), term, kind, title, number and date."""

from django import forms
from django.db.models import QuerySet

from chitieu.core.widgets import VietnameseDateField
from chitieu.localities.models import Locality
from chitieu.plans.models import Resolution, Term
from chitieu.setup.round_forms import UnitChoice, unit_choices

KIND_NAMES = [
    (Resolution.Kind.CONGRESS, "Nghị quyết Đại hội (cả nhiệm kỳ)"),
    (Resolution.Kind.ANNUAL, "Nghị quyết năm"),
    (Resolution.Kind.THEMATIC, "Nghị quyết chuyên đề"),
]
# Where the office goes once the resolution exists: each of the three ways to give it its targets.
NEXT_STEPS = ("setup", "workbook", "text")


class NewResolutionForm(forms.ModelForm):
    locality = UnitChoice(label="Đơn vị ban hành", queryset=Locality.objects.none())
    issued_on = VietnameseDateField(label="Ngày ban hành", required=False)

    class Meta:
        model = Resolution
        fields = ["locality", "term", "kind", "year", "title", "number", "issued_on", "issuing_body"]
        labels = {
            "term": "Nhiệm kỳ",
            "kind": "Loại nghị quyết",
            "year": "Năm (nghị quyết năm)",
            "title": "Tên nghị quyết",
            "number": "Số, ký hiệu",
            "issuing_body": "Cơ quan ban hành",
        }
        help_texts = {"number": "Ví dụ 01-NQ/ĐH", "year": "", "title": ""}

    def __init__(self, *args, units: QuerySet[Locality], everyone: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["locality"].queryset = unit_choices(units, everyone)
        self.fields["term"].queryset = Term.objects.order_by("-start_year")
        self.fields["term"].empty_label = None
        self.fields["kind"].choices = KIND_NAMES

    def clean(self):
        data = super().clean()
        if data.get("kind") == Resolution.Kind.ANNUAL and not data.get("year"):
            self.add_error("year", "Nghị quyết năm cần ghi năm.")
        term, year = data.get("term"), data.get("year")
        if term and year and not term.start_year <= year <= term.end_year:
            self.add_error("year", f"Năm phải trong nhiệm kỳ {term} ({term.start_year}-{term.end_year}).")
        return data
