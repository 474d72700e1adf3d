"""GET forms of the dashboards: the review's settings (as of, kind, near band) and the table's filters."""

from collections.abc import Iterable
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from chitieu.core.collation import by_name
from chitieu.core.widgets import DATE_FORMATS, VietnameseDate
from chitieu.evaluation.display import status_words
from chitieu.evaluation.engine.definitions import Review, Status
from chitieu.evaluation.engine.summary import REPORT_ORDER
from chitieu.localities.models import Agency
from chitieu.plans.models import Resolution
from chitieu.reports.queries import REVIEW_LABELS, Choice

REVIEW_CHOICES = [("", _("the one that fits the date"))] + [
    (review.value, label) for review, label in REVIEW_LABELS.items()
]


class ReviewForm(forms.Form):
    """The review's date, the date of knowledge, which review, and the committee's optional near band."""

    as_of = forms.DateField(
        label=_("Figures up to"),
        required=False,
        input_formats=DATE_FORMATS,
        widget=VietnameseDate(),
        help_text=_("Periods that end by that day count, with the latest figures known of them."),
    )
    known_on = forms.DateField(
        label=_("Figures known on"),
        required=False,
        input_formats=DATE_FORMATS,
        widget=VietnameseDate(),
        help_text=_("Only what was known on that day counts: to reproduce a past report."),
    )
    review = forms.ChoiceField(label=_("Review"), choices=REVIEW_CHOICES, required=False)
    near_band = forms.DecimalField(
        label=_("Near band (%)"),
        required=False,
        min_value=Decimal("0.01"),
        max_value=Decimal("99.99"),
        decimal_places=2,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 5}),
        help_text=_("Empty: the resolution's own setting."),
    )

    def __init__(self, data: object = None) -> None:
        super().__init__(data or None)

    def choice(self) -> Choice:
        """The settings read from the form; a field that does not validate keeps its default."""
        data = valid_data(self)
        review = data.get("review")
        return Choice(
            until=data.get("as_of"),
            known_on=data.get("known_on"),
            review=Review(review) if review else None,
            near_band=data.get("near_band"),
        )


class DashboardForm(ReviewForm):
    """The review's settings and the table's filters: group, status, lead agency."""

    group = forms.TypedChoiceField(label=_("Group"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Status"), required=False)
    agency = forms.TypedChoiceField(label=_("Lead agency"), required=False, coerce=int, empty_value=None)

    def __init__(self, resolution: Resolution, data: object = None) -> None:
        super().__init__(data or None)
        everything = [("", _("all"))]
        self.fields["group"].choices = everything + [(g.pk, str(g)) for g in resolution.groups.all()]
        band = resolution.near_band_pct
        self.fields["status"].choices = everything + [(s.value, status_words(s, band)) for s in REPORT_ORDER]
        agencies = Agency.objects.filter(led_targets__resolution=resolution).distinct().order_by(by_name())
        self.fields["agency"].choices = everything + [(a.pk, a.name) for a in agencies]

    def choice(self) -> Choice:
        base = super().choice()
        data = valid_data(self)
        status = data.get("status")
        return Choice(
            until=base.until,
            known_on=base.known_on,
            review=base.review,
            near_band=base.near_band,
            group=data.get("group"),
            status=Status(status) if status else None,
            agency=data.get("agency"),
        )


def valid_data(form: forms.Form) -> dict:
    """The fields that did validate, so one wrong field does not throw the reader's other choices away."""
    if not form.is_bound:
        return {}
    form.is_valid()
    return form.cleaned_data


class RankingForm(forms.Form):
    """The unit whose units below are ranked, and the year."""

    parent = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2200)

    def parent_id(self) -> int | None:
        return valid_data(self).get("parent")

    def chosen_year(self) -> int | None:
        return valid_data(self).get("year")


class CompareForm(ReviewForm):
    """The resolutions to put side by side, from those the reader may see."""

    r = forms.MultipleChoiceField(label=_("Resolutions"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, resolutions: Iterable[Resolution], data: object = None) -> None:
        super().__init__(data or None)
        self.fields["r"].choices = [
            (str(r.pk), f"{r.locality.full_name} · {r.title} ({r.term})") for r in resolutions
        ]
