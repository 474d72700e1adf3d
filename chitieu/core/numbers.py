"""Vietnamese number writing: format a Decimal as "1.234,5" and read what office staff type."""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_SCALES = {
    "nghìn": Decimal(10) ** 3,
    "ngàn": Decimal(10) ** 3,
    "triệu": Decimal(10) ** 6,
    "tỷ": Decimal(10) ** 9,
    "tỉ": Decimal(10) ** 9,
}


def format_number(value: Decimal | int | float | None, places: int | None = None, empty: str = "") -> str:
    """'1.234,5': thousands dot, decimal comma; trailing zeros dropped unless `places` is given."""
    if value is None:
        return empty
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        text = f"{number:,.{places}f}"
    else:
        text = f"{number.normalize():,f}" if number == number.to_integral() else f"{number:,f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_percent(value: Decimal | None, places: int = 1, empty: str = "") -> str:
    """'92,3%'."""
    if value is None:
        return empty
    return f"{format_number(value, places)}%"


class NumberFormatError(ValueError):
    """The text is not a number written in a way we can read without guessing."""


_NUMBER = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$|^[+-]?\d+(,\d+)?$")


def parse_number(text: str) -> Decimal:
    """Read '1.234,5', '92,3%', '30 tỷ' (→ 30000000000), '16 tỷ 434 triệu'.

    A dot is always a thousands separator and a comma the decimal mark; '1.5' and '1,234.5' are refused
    because they can only be read by guessing which convention the typist meant.
    """
    raw = (text or "").strip().lower().replace("\u00a0", " ")
    if not raw:
        raise NumberFormatError("Chưa nhập số.")
    raw = raw.rstrip("%").strip()
    parts = raw.split()
    total = Decimal(0)
    pending: Decimal | None = None
    for part in parts:
        if part in _SCALES:
            if pending is None:
                raise NumberFormatError(f"Thiếu số trước “{part}”.")
            total += pending * _SCALES[part]
            pending = None
            continue
        if pending is not None:
            raise NumberFormatError(f"Không đọc được “{text}”: hai số liền nhau.")
        pending = _plain_number(part, text)
    if pending is not None:
        total += pending
    return total


# What the database keeps: an observation's value (24 digits, 6 after the comma) and a target's (20 and 4).
OBSERVATION_DIGITS = (24, 6)
TARGET_DIGITS = (20, 4)


def read_value(text: str, digits: tuple[int, int] = OBSERVATION_DIGITS) -> Decimal:
    """`parse_number`, refused when the number does not fit the column that keeps it (see `check_digits`)."""
    return check_digits(parse_number(text), digits)


def check_digits(value: Decimal, digits: tuple[int, int] = OBSERVATION_DIGITS) -> Decimal:
    """The value itself if it fits `digits` (all digits, digits after the comma); NumberFormatError otherwise.

    The message says the allowed form, so that a figure copied with too many decimals is corrected by the
    person who typed it instead of failing later in the database.
    """
    total, places = digits
    # One whole digit less than the column holds: SQLite keeps a decimal as a float, and 999…9,5 read back from
    # it rounds up to a number one digit too long, which Django then cannot read.
    whole_digits = total - places - 1
    if not value.is_finite():
        raise NumberFormatError("Không phải là một số.")
    sign, digits_of, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite, checked above
    figures = list(digits_of)
    while exponent < 0 and len(figures) > 1 and figures[-1] == 0:  # "1,50000000" fits: the zeros say nothing
        figures.pop()
        exponent += 1
    decimals = max(0, -exponent)
    whole = max(0, len(figures) + exponent) if any(figures) else 0
    if decimals > places:
        raise NumberFormatError(
            f"Số có {decimals} chữ số sau dấu phẩy; chỉ được tối đa {places}. Hãy làm tròn, ví dụ 1.234,5."
        )
    if whole > whole_digits:
        raise NumberFormatError(
            f"Số quá lớn: phần nguyên có {whole} chữ số, chỉ được tối đa {whole_digits} "
            f"(đến {format_number(Decimal(10) ** whole_digits - 1)})."
        )
    value = Decimal((sign, tuple(figures), exponent))
    return value.quantize(Decimal(1)) if exponent > 0 else value


def whole_number(text: object, digits: int = 18) -> int | None:
    """The whole number written in at most `digits` ASCII digits (an id, a row, a version), else None.

    str.isdigit() also says yes to "²" and "١٢", which int() refuses or reads as another number, and to 5.000
    digits, which int() refuses too: each was a 500 where a form or a file held one (found by Hypothesis).
    """
    written = str(text if text is not None else "").strip()
    return int(written) if written.isascii() and written.isdigit() and len(written) <= digits else None


def _plain_number(part: str, original: str) -> Decimal:
    if not _NUMBER.match(part):
        raise NumberFormatError(
            f"Không đọc được “{original}”. Hãy gõ số theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, "
            "dấu phẩy thập phân, ví dụ 1.234,5."
        )
    try:
        return Decimal(part.replace(".", "").replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the pattern already guards this
        raise NumberFormatError(f"Không đọc được “{original}”.") from exc
