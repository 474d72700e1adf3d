"""Numbers as users type them into forms and workbooks: the parser of `numbers`, with its refusal as the
ValidationError a form shows, whose message says how to type the number."""

from decimal import Decimal

from django.core.exceptions import ValidationError

from chitieu.core.numbers import OBSERVATION_DIGITS, NumberFormatError, check_digits, read_value


def read_number(text: str, digits: tuple[int, int] = OBSERVATION_DIGITS) -> Decimal:
    """A value typed the Vietnamese way that fits `digits`; ValidationError saying how to type it otherwise."""
    try:
        return read_value(text, digits)
    except NumberFormatError as exc:
        raise ValidationError(str(exc), code="number") from exc


def check_cell(value: Decimal, digits: tuple[int, int] = OBSERVATION_DIGITS) -> Decimal:
    """A number read from a spreadsheet cell, refused like a typed one when it does not fit `digits`."""
    try:
        return check_digits(value, digits)
    except NumberFormatError as exc:
        raise ValidationError(str(exc), code="number") from exc
