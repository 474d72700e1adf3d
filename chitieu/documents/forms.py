"""The two forms of the report pages: start a report, and edit its draft."""

from django import forms
from django.utils.translation import gettext_lazy as _

from chitieu.core.widgets import VietnameseDate as DateInput
from chitieu.documents.models import Body, ReportDraft, ReportKind


class NewReportForm(forms.Form):
    kind = forms.ChoiceField(label=_("report kind"), choices=ReportKind.choices)
    as_of = forms.DateField(label=_("figures as of"), widget=DateInput())
    known_on = forms.DateField(
        label=_("figures known on"),
        required=False,
        widget=DateInput(),
        help_text=_(
            "Empty: the latest figures known when the report is generated. A date reproduces a report with "
            "only what was known that day."
        ),
    )
    body = forms.ChoiceField(label=_("issuing body"), choices=Body.choices, initial=Body.PARTY)
    place = forms.CharField(
        label=_("place name"), max_length=100, required=False, help_text=_("Empty: the locality's name.")
    )
    dated = forms.DateField(
        label=_("date of the document"),
        required=False,
        widget=DateInput(),
        help_text=_("Empty: the date of the figures."),
    )
    signer = forms.CharField(label=_("signer"), max_length=120, required=False)
    signer_title = forms.CharField(
        label=_("signer's title"), max_length=120, required=False, help_text=_("Empty: BÍ THƯ or CHỦ TỊCH.")
    )


class EditDraftForm(forms.ModelForm):
    text = forms.CharField(
        label=_("text of the report"),
        widget=forms.Textarea(attrs={"rows": 28, "style": "max-width: 100%; font-family: serif"}),
        help_text=_(
            "One paragraph per line. A line such as “I. …” or “1. Kinh tế” without a final full stop is a "
            "heading; a line starting with “- ” is an indented point."
        ),
    )

    class Meta:
        model = ReportDraft
        fields = ["subject", "place", "dated", "signer", "signer_title", "recipients"]
        widgets = {"dated": DateInput(), "recipients": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if not self.is_bound:
            self.fields["text"].initial = self.instance.text
