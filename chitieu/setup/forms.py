"""Forms of the resolution setup page: its target groups, targets and plan values, numbers typed the Vietnamese way."""

from decimal import Decimal

from django import forms

from chitieu.core.collation import by_name
from chitieu.core.number_input import read_number
from chitieu.core.numbers import TARGET_DIGITS
from chitieu.core.widgets import VietnameseDate
from chitieu.plans.models import Indicator, PlanValue, Resolution, Target, TargetGroup
from chitieu.results.queries import target_has_records


class NumberField(forms.CharField):
    """A number typed the Vietnamese way ("1.234,5", "92,3%", "30 tỷ"); blank is None."""

    widget = forms.TextInput(attrs={"maxlength": 40, "inputmode": "decimal"})

    def to_python(self, value) -> Decimal | None:
        text = super().to_python(value)
        return read_number(text, TARGET_DIGITS) if text else None

    def prepare_value(self, value):
        from chitieu.core.numbers import format_number

        return format_number(value) if isinstance(value, Decimal | int) else value


class GroupForm(forms.ModelForm):
    class Meta:
        model = TargetGroup
        fields = ["label", "name", "order", "declared_count"]
        labels = {"label": "Số hiệu", "name": "Tên nhóm", "order": "Thứ tự", "declared_count": "Số chỉ tiêu"}

    def __init__(self, *args, resolution: Resolution, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.resolution = resolution


NUMBER_LABELS = {
    "value": "Giá trị chỉ tiêu",
    "value_high": "Cận trên",
    "total": "Tổng số (phân số)",
    "baseline_value": "Giá trị gốc",
}


class TargetForm(forms.ModelForm):
    value = NumberField(label=NUMBER_LABELS["value"], required=False)
    value_high = NumberField(label=NUMBER_LABELS["value_high"], required=False)
    total = NumberField(label=NUMBER_LABELS["total"], required=False)
    baseline_value = NumberField(label=NUMBER_LABELS["baseline_value"], required=False)

    class Meta:
        model = Target
        fields = [
            "label",
            "order",
            "group",
            "parent",
            "name",
            "unit",
            "indicator",
            "direction",
            "form",
            "strict",
            "kind",
            "value",
            "value_high",
            "total",
            "baseline_value",
            "baseline_year",
            "deadline_year",
            "retired_on",
            "lead_agency",
            "leader_name",
            "leader_title",
        ]
        labels = {
            "label": "Số hiệu",
            "order": "Thứ tự",
            "group": "Nhóm",
            "parent": "Chỉ tiêu cha",
            "name": "Tên chỉ tiêu",
            "unit": "Đơn vị tính",
            "indicator": "Chỉ số",
            "direction": "Chiều",
            "form": "Dạng giá trị",
            "strict": "Không tính mốc",
            "kind": "Loại chỉ tiêu",
            "baseline_year": "Năm gốc",
            "deadline_year": "Năm đích",
            "lead_agency": "Cơ quan chủ trì",
            "leader_name": "Lãnh đạo phụ trách",
            "leader_title": "Chức vụ",
        }
        widgets = {"retired_on": VietnameseDate()}

    def __init__(self, *args, resolution: Resolution, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.resolution = resolution
        self.fields["group"].queryset = resolution.groups.order_by("order")
        self.fields["parent"].queryset = resolution.targets.order_by("group__order", "order", "pk")
        self.fields["indicator"].queryset = Indicator.objects.order_by(by_name())
        self.fields["lead_agency"].queryset = resolution.locality.agencies.order_by(by_name())
        self.fields["direction"].choices = DIRECTIONS
        self.fields["form"].choices = FORMS
        self.fields["kind"].choices = KINDS

    def clean_parent(self):
        parent = self.cleaned_data.get("parent")
        if parent is not None and self.instance.pk is not None and parent.pk == self.instance.pk:
            raise forms.ValidationError("Chỉ tiêu không thể là chỉ tiêu cha của chính nó.")
        return parent


# Vietnamese names of the engine's choices, shown on the page and accepted in the workbook.
DIRECTIONS = [(Target.Direction.HIGHER, "càng cao càng tốt"), (Target.Direction.LOWER, "càng thấp càng tốt")]
FORMS = [
    (Target.Form.EXACT, "bằng"),
    (Target.Form.MIN_BOUND, "từ … trở lên"),
    (Target.Form.MAX_BOUND, "không quá"),
    (Target.Form.RANGE, "từ … đến"),
    (Target.Form.APPROXIMATE, "khoảng"),
    (Target.Form.COUNT_FRACTION, "phân số"),
    (Target.Form.YES_NO, "có/không"),
    (Target.Form.ORDINAL, "xếp loại"),
]
KINDS = [
    (Target.Kind.LEVEL, "mức đến năm đích"),
    (Target.Kind.CUMULATIVE, "cộng dồn cả nhiệm kỳ"),
    (Target.Kind.ANNUAL, "hằng năm"),
    (Target.Kind.GROWTH_RATE, "tăng bình quân năm"),
    (Target.Kind.POINT_CHANGE, "tăng điểm bình quân năm"),
    (Target.Kind.RATIO, "tỷ lệ"),
    (Target.Kind.YES_NO, "có/không"),
    (Target.Kind.ORDINAL, "xếp loại"),
]


class PlanForm(forms.ModelForm):
    value = NumberField(label="Giá trị kế hoạch")

    class Meta:
        model = PlanValue
        fields = ["target", "year", "source", "value"]
        labels = {"target": "Chỉ tiêu", "year": "Năm", "source": "Nguồn"}

    def __init__(self, *args, resolution: Resolution, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = resolution.targets.order_by("group__order", "order", "pk")
        self.fields["source"].choices = [(value, value) for value, _label in PlanValue.Source.choices]


GroupFormSet = forms.modelformset_factory(TargetGroup, form=GroupForm, extra=1, can_delete=True)
TargetFormSet = forms.modelformset_factory(Target, form=TargetForm, extra=2, can_delete=True)
PlanFormSet = forms.modelformset_factory(PlanValue, form=PlanForm, extra=2, can_delete=True)


class SetupForms:
    """The three formsets of one resolution's setup page, valid only together."""

    def __init__(self, resolution: Resolution, data=None) -> None:
        self.resolution = resolution
        kwargs = {"form_kwargs": {"resolution": resolution}}
        self.groups = GroupFormSet(
            data, prefix="groups", queryset=resolution.groups.order_by("order", "pk"), **kwargs
        )
        self.targets = TargetFormSet(
            data,
            prefix="targets",
            queryset=resolution.targets.order_by("group__order", "order", "pk"),
            **kwargs,
        )
        self.plans = PlanFormSet(
            data,
            prefix="plans",
            queryset=PlanValue.objects.filter(target__resolution=resolution).order_by(
                "target__order", "year", "source"
            ),
            **kwargs,
        )
        self.errors: list[str] = []

    def __iter__(self):
        return iter((self.groups, self.targets, self.plans))

    def is_valid(self) -> bool:
        valid = all([formset.is_valid() for formset in self])
        if valid:
            self._check_group_orders()
            self._check_parents()
            self._check_deletions()
        return valid and not self.errors

    def _check_deletions(self) -> None:
        """A target with figures, plans or commentary is kept for the history and the reports of its periods:
        it is retired (a date from which it is no longer tracked), not deleted."""
        for form in self.targets.deleted_forms:
            if form.instance.pk and target_has_records(form.instance):
                self.errors.append(
                    f"Chỉ tiêu “{form.instance}” đã có số liệu, kế hoạch hoặc thuyết minh: không xóa được; "
                    "hãy ghi ngày thôi theo dõi."
                )

    def _check_group_orders(self) -> None:
        """Each group's order is unique in the resolution; the model's constraint names the resolution, which the
        form does not hold, so the check is made here with a message the user can act on."""
        kept = [f for f in self.groups.forms if f.has_changed() or f.instance.pk]
        deleted = {f.instance.pk for f in self.groups.deleted_forms if f.instance.pk}
        orders = [
            f.cleaned_data.get("order") for f in kept if f.instance.pk not in deleted and f.cleaned_data
        ]
        duplicates = sorted({o for o in orders if o is not None and orders.count(o) > 1})
        if duplicates:
            self.errors.append(f"Nhóm chỉ tiêu: thứ tự {', '.join(map(str, duplicates))} bị trùng.")

    def _check_parents(self) -> None:
        """A target may not sit, through its parents, under itself: the engine would walk the loop for ever."""
        parents = dict(self.resolution.targets.values_list("pk", "parent_id"))
        for form in self.targets.forms:
            if form.instance.pk and form.cleaned_data:
                parent = form.cleaned_data.get("parent")
                parents[form.instance.pk] = parent.pk if parent else None
        for form in self.targets.forms:
            seen, current = {form.instance.pk}, parents.get(form.instance.pk)
            while current is not None and form.instance.pk is not None:
                if current in seen:
                    self.errors.append(f"Chỉ tiêu “{form.instance}”: chỉ tiêu cha tạo thành vòng lặp.")
                    return
                seen.add(current)
                current = parents.get(current)


class BaselineForm(forms.Form):
    """The office's own baseline for a target of a merged unit, in place of the roll-up, with its reason."""

    value = NumberField(label=NUMBER_LABELS["baseline_value"])
    year = forms.IntegerField(label="Năm gốc", min_value=1945, max_value=2100)
    reason = forms.CharField(label="Lý do điều chỉnh", widget=forms.Textarea(attrs={"rows": 2}))
