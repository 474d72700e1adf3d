"""Template filters that write numbers the Vietnamese way ("1.234,5", "92,3%") whatever the active language."""

from decimal import Decimal, InvalidOperation

from django import template

from chitieu.core.numbers import format_number, format_percent

register = template.Library()


def _decimal(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return None


@register.filter
def vn_number(value: object, places: object = None) -> str:
    """{{ x|vn_number }} → '8.848'; {{ x|vn_number:1 }} → '92,3'."""
    number = _decimal(value)
    if number is None:
        return "—" if value in (None, "") else str(value)
    text = format_number(number, int(places) if places not in (None, "") else 2)  # type: ignore[arg-type]
    if places in (None, "") and "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


@register.filter
def vn_percent(value: object, places: object = 1) -> str:
    """{{ x|vn_percent }} → '92,3%'."""
    number = _decimal(value)
    return "—" if number is None else format_percent(number, int(places))  # type: ignore[arg-type]


@register.filter
def vn_name(user: object) -> str:
    """A person as Vietnamese write them, family name first ("Trần Thị Hằng"); the user name if none is set."""
    if user is None or user == "":
        return "—"
    first = getattr(user, "first_name", "") or ""
    last = getattr(user, "last_name", "") or ""
    full = f"{last} {first}".strip()
    return full or str(getattr(user, "username", user))
