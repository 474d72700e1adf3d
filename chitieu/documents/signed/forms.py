"""Forms of signed reports: a signed PDF uploaded (size capped before it is read), a reason typed by a person."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from chitieu.core.numbers import format_number

PDF_MAGIC = b"%PDF-"


def read_pdf(upload) -> bytes:
    """The bytes of an uploaded PDF, refused in Vietnamese above CHITIEU_UPLOAD_MAX_BYTES or when it is not a
    PDF; the size is checked before anything is read, and no more than the limit is ever read."""
    limit = settings.CHITIEU_UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(f"Tệp lớn hơn {format_number(limit // (1024 * 1024))} MB.")
    content = upload.read(limit + 1)
    if len(content) > limit:
        raise ValidationError(f"Tệp lớn hơn {format_number(limit // (1024 * 1024))} MB.")
    if not content.lstrip()[:5] == PDF_MAGIC:
        raise ValidationError("Tệp không phải PDF.")
    return content


class PdfForm(forms.Form):
    file = forms.FileField(label=_("Signed PDF file"))

    def clean_file(self) -> bytes:
        return read_pdf(self.cleaned_data["file"])


class UploadForm(PdfForm):
    unit = forms.ModelChoiceField(queryset=None, label=_("Sending unit"))

    def __init__(self, *args, units=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
