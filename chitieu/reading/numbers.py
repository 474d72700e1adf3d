"""Vietnamese numerals in running text ("8.848", "106,811", "03", "12/13", "11 - 14"), with dates and codes skipped."""

import re
from dataclasses import dataclass
from decimal import Decimal

from chitieu.reading.lexicon import CALENDAR_LIMITS, CURRENCY, NAMING_WORDS, SCALE
from chitieu.reading.text import matches_at

# A dot groups thousands and a comma marks decimals ("8.848" is 8848, "106,811" is 106.811). A dot followed by
# one or two digits cannot be grouping, so "1.5" is read as a typist's English-style decimal.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d|\.\d)|\d+\.\d{1,2}(?!\d|\.\d)|\d+(?:,\d+)?"
_NUMERAL = re.compile(
    rf"(?<![\w.,/:+\-–])(?P<a>{NUMBER})"
    rf"(?:/(?P<b>{NUMBER}))?"
    rf"(?:(?:\s*[-–]\s*|\s+(?:đến|tới)\s+)(?P<hi>{NUMBER})(?![/\w]))?"
)

# Written with digits but not quantities: dates, times of day, document codes. All start with a digit, so the
# pattern stays fast; links are looked for only in texts that have one.
_DATES_AND_CODES = re.compile(
    "|".join(
        (
            r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b",  # 15/10/2020, 25-10-2020
            r"\b(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}\b",  # 10/2020
            r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\b",  # 05:21:00, 7h30
            r"\b\d+(?:[/.]\d+)*[/\-][A-ZĐ][\w\-/.]*",  # 13-NQ/HU, 855/NQ-UBTVQH14, 07/2021/NĐ-CP
        )
    )
)
# Where those two patterns can begin: a digit that does not continue a word (or, for a numeral, a number).
_WORD_DIGIT = re.compile(r"\d(?<!\w\d)")
_NOT_BEFORE_NUMERAL = frozenset(".,/:+-–")
_LINKS = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_DAY_BEFORE = re.compile(r"(?<!\w)(?:ngày|hôm|sáng|chiều|tối|đêm|trưa|lúc)\s+$", re.IGNORECASE)  # ngày 14/10
_NAMED_BY = re.compile(rf"(?<!\w)(?:{NAMING_WORDS})\s*:?\s*$", re.IGNORECASE)
_TOTAL_OF = re.compile(r"(?<!\w)(?:tổng|trong)\s+số\s*$", re.IGNORECASE)
# A capitalised word just before a number, not the first of its sentence: the number ends a name ("xã Vĩnh
# Thạnh 3", "Tuyến QL 279", "lúa OM 5451", "Giải Marathon 21 km"). An abbreviation before a percentage or an
# amount measures it instead ("GRDP 7,5%", "FDI 120 triệu USD").
_NAME_BEFORE = re.compile(r"(?:^|[^\W\d_]\s+)(?P<name>[^\W\d_][\w\-]*)\s+$")
_SENTENCE_MARK = re.compile(r"(?:^|[.!?:;\n•\-–(“\"]\s*)$")
_PERCENT_AFTER = re.compile(r"\s*(?:%|‰|phần\s+trăm)")
_AMOUNT_AFTER = re.compile(rf"\s*(?:{SCALE}|{CURRENCY})", re.IGNORECASE)
_CALENDAR = re.compile(rf"(?<!\w)({'|'.join(CALENDAR_LIMITS)})\s+$", re.IGNORECASE)
_YEAR_CUE = re.compile(r"(?<!\w)(?:đến|tới|từ|trước|sau|vào|trong|cuối|đầu|giữa|hết|sang)\s+$", re.IGNORECASE)
_YEAR_LIST_GAP = re.compile(r"^\s*(?:,|và|-|–|đến)?\s*$")
_DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Numeral:
    """A number as written: `value`, and `over` for "12/13" or `upper` for a range "11 - 14"."""

    start: int
    end: int
    value: Decimal
    over: Decimal | None = None
    upper: Decimal | None = None


def read_number(written: str) -> Decimal:
    """'8.848' → 8848, '106,811' → 106.811, '03' → 3, '1.5' → 1.5 (a dot before one or two digits)."""
    if _DOT_DECIMAL.fullmatch(written):
        return Decimal(written)
    return Decimal(written.replace(".", "").replace(",", "."))


def is_year(written: str) -> bool:
    return bool(_YEAR.fullmatch(written))


def find_numerals(text: str) -> list[Numeral]:
    """Every number in the text that may state a quantity, in order: dates, times, codes and names left out."""
    word_digits = [m.start() for m in _WORD_DIGIT.finditer(text)]
    blocked = [(m.start(), m.end()) for m in matches_at(_DATES_AND_CODES, text, word_digits)]
    if "://" in text or "www." in text or "@" in text:
        blocked = sorted(blocked + [(m.start(), m.end()) for m in _LINKS.finditer(text)])
    found: list[Numeral] = []
    last_year_end = -1
    next_block = 0
    starts = [p for p in word_digits if p == 0 or text[p - 1] not in _NOT_BEFORE_NUMERAL]
    for match in matches_at(_NUMERAL, text, starts):
        start, end = match.span()
        while next_block < len(blocked) and blocked[next_block][1] <= start:
            next_block += 1
        if next_block < len(blocked) and blocked[next_block][0] <= start:
            continue
        a, b, hi = match.group("a", "b", "hi")
        before = text[max(0, start - 40) : start]
        if is_year(a) and (
            (hi and is_year(hi) and not b)
            or _calendar_fits(before, a)
            or _YEAR_CUE.search(before)
            or (last_year_end >= 0 and _YEAR_LIST_GAP.match(text[last_year_end:start]))
        ):
            last_year_end = end
            continue
        if (_NAMED_BY.search(before) and not _TOTAL_OF.search(before)) or _calendar_fits(before, a):
            continue
        if b and hi or b and _DAY_BEFORE.search(before):  # "1/2 - 3", "ngày 14/10"
            continue
        if _ends_a_name(text, before, end) or text[end : end + 1].isupper():  # "Quốc lộ 1A", "5G"
            continue
        value = read_number(a)
        over = read_number(b) if b else None
        upper = read_number(hi) if hi else None
        if upper is not None and upper <= value:
            # "2 - 1" is not a range: keep only the first number
            end = match.start() + len(a)
            upper = None
        found.append(Numeral(start, end, value, over, upper))
    return found


def _ends_a_name(text: str, before: str, end: int) -> bool:
    """'Vĩnh Thạnh 3', 'QL 279', 'OM 5451': the number is part of the name written before it."""
    match = _NAME_BEFORE.search(before)
    if match is None:
        return False
    name = match.group("name")
    if not name[0].isupper() or _SENTENCE_MARK.search(before[: match.start("name")]):
        return False
    if _PERCENT_AFTER.match(text, end):
        return False
    return not (name.isupper() and _AMOUNT_AFTER.match(text, end))


def _calendar_fits(before: str, written: str) -> bool:
    """'năm 2023', 'tháng 9', 'quý 3': the calendar word names a period when the number fits one."""
    match = _CALENDAR.search(before)
    if not match or not _DIGITS.fullmatch(written):
        return False
    low, high = CALENDAR_LIMITS[match.group(1).lower()]
    return low <= int(written) <= high
