"""Forms of the resolution setup page: its target groups, targets and plan values, numbers typed the Vietnamese way."""

from dataclasses import dataclass
from decimal import Decimal

from django import forms

from chitieu.core.collation import by_name
from chitieu.core.number_input import read_number
from chitieu.core.numbers import TARGET_DIGITS
from chitieu.core.renderers import QUICK
from chitieu.core.widgets import VietnameseDate
from chitieu.localities.models import Agency
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
    default_renderer = QUICK

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


BLANK = ("", "---------")


def _short(target: Target) -> str:
    name = target.name if len(target.name) <= 50 else f"{target.name[:48]}…"
    return f"{target.label} {name}".strip()


@dataclass(frozen=True)
class TargetChoices:
    """The choices of one section's target rows, read once: groups, the parents a target of the section may sit
    under (the top-level targets of its group), the unit's agencies by their short names."""

    groups: list[tuple[int, str]]
    parents: list[tuple[int, str]]
    agencies: list[tuple[int, str]]

    @classmethod
    def of(cls, resolution: Resolution, group: TargetGroup | None) -> "TargetChoices":
        tops = resolution.targets.filter(group=group, parent__isnull=True).order_by("order", "pk")
        agencies = resolution.locality.agencies.order_by(by_name())
        return cls(
            [(g.pk, str(g)) for g in resolution.groups.order_by("order", "pk")],
            [(t.pk, _short(t)) for t in tops.select_related(None)],
            [(a.pk, a.short_name or a.name) for a in agencies],
        )


class TargetForm(forms.ModelForm):
    default_renderer = QUICK  # a section draws some 200 fields and 2.000 options
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
            "cooperating_agencies",
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
            "cooperating_agencies": "Cơ quan phối hợp",
            "leader_name": "Lãnh đạo phụ trách",
            "leader_title": "Chức vụ",
        }
        help_texts = {"cooperating_agencies": "Giữ Ctrl (hoặc ⌘) để chọn nhiều cơ quan."}
        widgets = {
            "retired_on": VietnameseDate(),
            "cooperating_agencies": forms.SelectMultiple(attrs={"size": 4}),
            "leader_name": forms.TextInput(attrs={"list": "leader-names"}),
            "leader_title": forms.TextInput(attrs={"list": "leader-titles"}),
        }

    def __init__(self, *args, resolution: Resolution, shown: "TargetChoices | None" = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.resolution = resolution
        self.fields["group"].queryset = resolution.groups.order_by("order")
        self.fields["parent"].queryset = resolution.targets.order_by("group__order", "order", "pk")
        # Typed as its code from a list the page gives once: a drop-down of every indicator in every target's
        # row made the page of a 34-target resolution 727 KB.
        self.fields["indicator"] = IndicatorCodeField(label="Chỉ số (mã)", required=False)
        if self.instance.indicator_id:
            self.initial["indicator"] = self.instance.indicator.code
        agencies = resolution.locality.agencies.order_by(by_name())
        self.fields["lead_agency"].queryset = agencies
        self.fields["cooperating_agencies"].queryset = agencies
        self.fields["direction"].choices = DIRECTIONS
        self.fields["form"].choices = FORMS
        self.fields["kind"].choices = KINDS
        if shown is not None:
            self._show(shown)

    def _show(self, shown: "TargetChoices") -> None:
        """The drop-downs drawn from lists read once for the whole section (the fields still validate against
        the resolution's own groups, targets and agencies)."""
        self.fields["group"].choices = [BLANK, *shown.groups]
        parents = shown.parents
        current = self.instance.parent_id
        if current and current not in {pk for pk, _label in parents}:
            parents = [*parents, (current, _short(self.instance.parent))]
        self.fields["parent"].choices = [BLANK, *parents]
        self.fields["lead_agency"].choices = [BLANK, *shown.agencies]
        self.fields["cooperating_agencies"].choices = shown.agencies

    def clean_parent(self):
        parent = self.cleaned_data.get("parent")
        if parent is not None and self.instance.pk is not None and parent.pk == self.instance.pk:
            raise forms.ValidationError("Chỉ tiêu không thể là chỉ tiêu cha của chính nó.")
        return parent


class IndicatorCodeField(forms.ModelChoiceField):
    """An indicator of the shared catalogue named by its code (the page offers them in a datalist)."""

    default_error_messages = {
        "invalid_choice": "Không có chỉ số mã “%(value)s”: chọn một mã trong danh sách."
    }

    def __init__(self, **kwargs) -> None:
        widget = forms.TextInput(attrs={"list": "indicator-codes", "maxlength": 60, "autocomplete": "off"})
        super().__init__(queryset=Indicator.objects.all(), to_field_name="code", widget=widget, **kwargs)


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
    default_renderer = QUICK
    value = NumberField(label="Giá trị kế hoạch")

    class Meta:
        model = PlanValue
        fields = ["target", "year", "source", "value"]
        labels = {"target": "Chỉ tiêu", "year": "Năm", "source": "Nguồn"}

    def __init__(self, *args, resolution: Resolution, targets=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if targets is None:
            targets = resolution.targets.order_by("group__order", "order", "pk")
        self.fields["target"].queryset = targets
        self.fields["source"].choices = [(value, value) for value, _label in PlanValue.Source.choices]


GroupFormSet = forms.modelformset_factory(TargetGroup, form=GroupForm, extra=1, can_delete=True)
# Targets shown and saved together on the setup page: a group of 18 targets in one piece was 171 KB of HTML.
PART_SIZE = 8
TargetFormSet = forms.modelformset_factory(Target, form=TargetForm, extra=1, can_delete=True)
PlanFormSet = forms.modelformset_factory(PlanValue, form=PlanForm, extra=2, can_delete=True)


class SetupForms:
    """The formsets of one part of a resolution's setup page, valid only together: its list of groups
    (`of_groups`), or the targets of one group and their plans (`of_targets`; group None: the targets in no
    group). The page loads one group at a time, so that a long resolution stays a small page."""

    def __init__(self, resolution: Resolution, groups=None, targets=None, plans=None) -> None:
        self.resolution = resolution
        self.groups, self.targets, self.plans = groups, targets, plans
        self.errors: list[str] = []
        self.saved = False
        self.part = self.parts = 1

    @classmethod
    def of_groups(cls, resolution: Resolution, data=None) -> "SetupForms":
        groups = GroupFormSet(
            data,
            prefix="groups",
            queryset=resolution.groups.order_by("order", "pk"),
            form_kwargs={"resolution": resolution},
        )
        return cls(resolution, groups=groups)

    @classmethod
    def of_targets(
        cls, resolution: Resolution, group: TargetGroup | None, data=None, part: int = 1
    ) -> "SetupForms":
        """One part of a group's targets (at most PART_SIZE of them, in their order) and their plans; the last
        part has a row for a new target."""
        in_group = resolution.targets.filter(group=group).order_by("order", "pk")
        ids = list(in_group.values_list("pk", flat=True))
        parts = max(1, -(-len(ids) // PART_SIZE))
        part = min(max(part, 1), parts)
        shown = ids[(part - 1) * PART_SIZE : part * PART_SIZE]
        targets = in_group.filter(pk__in=shown)
        formset = TargetFormSet(
            data,
            prefix="targets",
            queryset=targets.select_related("indicator", "parent").prefetch_related("cooperating_agencies"),
            initial=[{"group": group}] if group else None,
            form_kwargs={"resolution": resolution, "shown": TargetChoices.of(resolution, group)},
        )
        if part < parts:
            formset.extra = 0
        plans = PlanValue.objects.filter(target__in=shown)
        forms = cls(
            resolution,
            targets=formset,
            plans=PlanFormSet(
                data,
                prefix="plans",
                queryset=plans.order_by("target__order", "target__pk", "year", "source"),
                form_kwargs={"resolution": resolution, "targets": targets},
            ),
        )
        forms.part, forms.parts = part, parts
        return forms

    @property
    def part_numbers(self) -> range:
        return range(1, self.parts + 1)

    def __iter__(self):
        return iter([formset for formset in (self.groups, self.targets, self.plans) if formset is not None])

    def is_valid(self) -> bool:
        valid = all([formset.is_valid() for formset in self])
        if valid and self.groups is not None:
            self._check_group_orders()
        if valid and self.targets is not None:
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


class GroupLeaderForm(forms.Form):
    """The leader responsible and the lead agency for every target of a group at once."""

    default_renderer = QUICK
    leader_name = forms.CharField(
        label="Lãnh đạo phụ trách", max_length=120, widget=forms.TextInput(attrs={"list": "leader-names"})
    )
    leader_title = forms.CharField(
        label="Chức vụ",
        max_length=160,
        required=False,
        widget=forms.TextInput(attrs={"list": "leader-titles"}),
    )
    lead_agency = forms.ModelChoiceField(
        label="Cơ quan chủ trì", queryset=Agency.objects.none(), required=False
    )
    everyone = forms.BooleanField(
        label="Cả những chỉ tiêu đã giao người khác",
        required=False,
        help_text="Bỏ trống: chỉ các chỉ tiêu chưa giao.",
    )

    def __init__(self, *args, resolution: Resolution, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lead_agency"].queryset = resolution.locality.agencies.order_by(by_name())


class BaselineForm(forms.Form):
    """The office's own baseline for a target of a merged unit, in place of the roll-up, with its reason."""

    value = NumberField(label=NUMBER_LABELS["baseline_value"])
    year = forms.IntegerField(label="Năm gốc", min_value=1945, max_value=2100)
    reason = forms.CharField(label="Lý do điều chỉnh", widget=forms.Textarea(attrs={"rows": 2}))


class ContinuityForm(forms.Form):
    """Which resolutions of the term before this one carries on, and which of their targets each target continues."""

    def __init__(self, resolution: Resolution, candidates: list[Resolution], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.candidates = candidates
        self.fields["previous"] = forms.ModelMultipleChoiceField(
            queryset=Resolution.objects.filter(pk__in=[c.pk for c in candidates]),
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label="Nghị quyết nhiệm kỳ trước được nghị quyết này tiếp nối",
            initial=[c.pk for c in candidates if c.continued_by_id == resolution.pk],
        )
        self.fields["previous"].label_from_instance = _resolution_choice
        olds = list(
            Target.objects.filter(resolution__in=candidates)
            .select_related("resolution__locality", "indicator")
            .order_by("resolution_id", "group__order", "order", "pk")
        )
        self.olds = {t.pk: t for t in olds}
        self.targets = list(
            resolution.targets.select_related("indicator").order_by("group__order", "order", "pk")
        )
        for target in self.targets:
            same = [t for t in olds if target.indicator_id and t.indicator_id == target.indicator_id]
            others = [t for t in olds if t not in same]
            self.fields[f"target_{target.pk}"] = forms.TypedChoiceField(
                label=f"{target.label} {target.name}".strip(),
                choices=[("", "— không tiếp nối —")]
                + [(t.pk, _target_choice(t, "cùng chỉ số")) for t in same]
                + [(t.pk, _target_choice(t)) for t in others],
                coerce=int,
                empty_value=None,
                required=False,
                initial=target.continues_id,
            )

    def target_fields(self) -> list[forms.BoundField]:
        return [self[f"target_{target.pk}"] for target in self.targets]

    def links(self) -> dict[int, Target | None]:
        """Target id → the previous term's target it continues, or None."""
        data = self.cleaned_data
        return {
            t.pk: self.olds.get(data[f"target_{t.pk}"]) if data[f"target_{t.pk}"] else None
            for t in self.targets
        }


def _resolution_choice(resolution: Resolution) -> str:
    return f"{resolution.locality.full_name} — {resolution.title} ({resolution.term.name})"


def _target_choice(target: Target, note: str = "") -> str:
    text = f"{target.resolution.locality.full_name}: {target.label} {target.name}".replace("  ", " ")
    return f"{text} ({note})" if note else text
