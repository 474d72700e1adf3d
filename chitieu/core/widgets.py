"""Dates typed and shown dd/mm/yyyy in a plain text box, whatever the browser's language."""

from typing import Any

from django import forms

# Day first, as a Vietnamese office writes it; ISO still read so links and API-style queries keep working.
DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]


class VietnameseDate(forms.DateInput):
    """A text box that shows a date dd/mm/yyyy (a browser's date input shows its own locale's order)."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        shown = {"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "size": 10, "autocomplete": "off"}
        super().__init__(format="%d/%m/%Y", attrs={**shown, **(attrs or {})})


class VietnameseDateField(forms.DateField):
    """A date field read dd/mm/yyyy (or ISO) and shown with VietnameseDate."""

    widget = VietnameseDate

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("input_formats", DATE_FORMATS)
        super().__init__(**kwargs)
