"""Forms of the page of reporting rounds: open a round, lock a period for a subtree, grant a lock exception, set a
unit's approval levels. The units offered are those the access layer lets the user keep."""

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from chitieu.core.widgets import VietnameseDateField
from chitieu.localities.models import Locality
from chitieu.results.models import PeriodKind, ReportingPeriod
from chitieu.results.rounds import ROUND_KINDS

KIND_NAMES = {
    PeriodKind.MONTH: "Tháng",
    PeriodKind.QUARTER: "Quý",
    PeriodKind.HALF_YEAR: "6 tháng",
    PeriodKind.NINE_MONTHS: "9 tháng",
    PeriodKind.YEAR: "Năm",
}
# A whole country's units make too long a list: an administrator picks among the provinces and the level below,
# and reaches a single commune through the back office.
ADMIN_UNIT_RANK = 2


class UnitChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Locality) -> str:
        return obj.autocomplete_label


class PeriodChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: ReportingPeriod) -> str:
        return f"{obj.name} (hạn {obj.deadline:%d/%m/%Y})"


def unit_choices(units: QuerySet[Locality], everyone: bool) -> QuerySet[Locality]:
    units = units.select_related("parent__parent")
    return units.filter(level__rank__lte=ADMIN_UNIT_RANK) if everyone else units


class OpenRoundForm(forms.Form):
    kind = forms.ChoiceField(label="Kỳ", choices=[(kind.value, KIND_NAMES[kind]) for kind in ROUND_KINDS])
    number = forms.IntegerField(
        label="Tháng hoặc quý", required=False, min_value=1, max_value=12, help_text="Chỉ với kỳ tháng, quý."
    )
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    deadline = VietnameseDateField(label="Hạn nộp")
    grace_days = forms.IntegerField(label="Số ngày gia hạn", min_value=0, max_value=60, initial=0)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year


class PeriodUnitForm(forms.Form):
    """A period and one of the user's units."""

    period = PeriodChoice(label="Kỳ báo cáo", queryset=ReportingPeriod.objects.order_by("-end", "kind"))
    locality = UnitChoice(label="Đơn vị (và các đơn vị trực thuộc)", queryset=Locality.objects.none())

    def __init__(self, *args, units: QuerySet[Locality], everyone: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["locality"].queryset = unit_choices(units, everyone)


class LockForm(PeriodUnitForm):
    reason = forms.CharField(label="Lý do khóa", max_length=500)


class ExceptionForm(PeriodUnitForm):
    until = VietnameseDateField(label="Cho nhập đến hết ngày")
    reason = forms.CharField(label="Lý do", max_length=500)


class UnlockForm(forms.Form):
    reason = forms.CharField(label="Lý do mở khóa", max_length=500)


class ApprovalLevelsForm(forms.Form):
    locality = UnitChoice(label="Đơn vị", queryset=Locality.objects.none())
    levels = forms.TypedChoiceField(
        label="Số cấp phê duyệt",
        coerce=int,
        choices=[(1, "1 cấp (đơn vị ngay trên)"), (2, "2 cấp"), (3, "3 cấp")],
    )

    def __init__(self, *args, units: QuerySet[Locality], everyone: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["locality"].queryset = unit_choices(units, everyone)
