"""One number read with its surroundings: its bound, unit and verb, the plan or earlier period it is compared
with, and the noun phrase after it."""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from chitieu.reading.clauses import clause_start
from chitieu.reading.comparisons import Comparison, Verb, compare, verb_before
from chitieu.reading.lexicon import PLAN, QUALIFIER, SCALE
from chitieu.reading.numbers import NUMBER, Numeral, read_number
from chitieu.reading.phrases import phrase_after, starts_noun
from chitieu.reading.units import COUNT, DURATION, MEASURE, PERCENT, RATING, Unit, normalise, read_unit

PLAN_WORD = re.compile(rf"\s*{PLAN}(?!\w)", re.IGNORECASE)
SCALES_AHEAD = re.compile(rf"(?:\s*{SCALE}(?!\w))*\s*", re.IGNORECASE)
# Verbs whose percentage qualifies the figure before it: "…, đạt 84,3% dự toán", "…, tăng 47% so với cùng kỳ".
ATTACHING_VERBS = ("đạt", "đạt được", "ước đạt", "bằng", "vượt", "tăng", "giảm", "cao hơn", "thấp hơn")

_QUALIFIER_BEFORE = re.compile(rf"(?<!\w)(?P<q>{QUALIFIER})\s*$", re.IGNORECASE)
_COMPARATIVE = re.compile(r"(?<!\w)(?:cao|thấp|nhiều|ít)\s+$", re.IGNORECASE)
_OR_MORE = re.compile(r"\s+trở\s+(?P<way>lên|xuống)(?!\w)", re.IGNORECASE)
_IS = re.compile(r"[ \t]+là(?!\w)", re.IGNORECASE)
_OVER = re.compile(rf"\s*/\s*(?P<n>{NUMBER})\s*")


@dataclass
class Mention:
    """One number read with its surroundings, before it is joined to the statement it belongs to."""

    numeral: Numeral
    lead: int
    qualifier: str | None
    unit: Unit | None
    unit_text: str
    value: Decimal
    verb: Verb
    comparison: Comparison
    phrase: str
    span_end: int
    extent: int
    achievements: list[tuple[Decimal, str | None]] = field(default_factory=list)
    change: Decimal | None = None
    indicator: str | None = None
    target: Decimal | None = None
    plan_name: str | None = None  # "kế hoạch 500 ha, thực hiện 520 ha": the plan this result is set against
    subject_at: int | None = None  # where its subject ends, when that is before the plan's figure
    same_subject_as: "Mention | None" = None  # a plan's figure and its result measure the same thing
    kind: str | None = None  # when the sentence decides it: a plan's figure is a goal
    bracketed: bool = False  # "(chỉ tiêu 98%)": a goal written in brackets after the result it is for


def read_mention(text: str, numeral: Numeral, floor: int) -> Mention | None:
    """The number with what is written around it, or None when it states no quantity ("9 tháng", "35 trong")."""
    qualifier, lead = _qualifier(text, numeral, floor)
    unit = read_unit(text, numeral.end)
    verb = verb_before(text, lead, floor)
    planned, unit = _over_same_unit(text, numeral, unit)
    if (
        verb.word in ATTACHING_VERBS
        and PLAN_WORD.match(text, numeral.end)
        and (unit is None or unit.kind == COUNT)
    ):
        unit = None  # "đạt 125,7 kế hoạch": the percent sign was left out
    elif unit is None or unit.kind in (DURATION, RATING):
        return None
    value = numeral.value + (unit.extra if unit else 0)
    unit_text = unit.text if unit else "%"
    after = unit.end if unit else numeral.end
    clause = text[clause_start(text, lead, floor, commas=False) : lead]
    comparison = compare(text, value, unit.text if unit else None, after, verb, clause)
    span_end = max(after, comparison.end)
    more = _OR_MORE.match(text, span_end)
    if more and qualifier is None:
        qualifier, span_end = f"trở {more.group('way').lower()}", more.end()
    phrase, extent = _phrase_after(text, numeral, unit, span_end) if not comparison else ("", span_end)
    return Mention(
        numeral=numeral,
        lead=lead,
        qualifier=qualifier,
        unit=unit,
        unit_text=unit_text,
        value=value,
        verb=verb,
        comparison=comparison,
        phrase=phrase,
        span_end=span_end,
        extent=max(extent, span_end),
        achievements=list(comparison.achievements),
        change=comparison.change,
        target=planned,
    )


def _over_same_unit(text: str, numeral: Numeral, unit: Unit | None) -> tuple[Decimal | None, Unit | None]:
    """'36 tỷ đồng/33 tỷ đồng': the result written over its plan, the unit repeated; the plan and the longer unit."""
    over = _OVER.match(text, unit.end) if unit is not None else None
    if unit is None or over is None:
        return None, unit
    written = text[numeral.end : unit.end].strip()
    end = over.end() + len(written)
    if normalise(text[over.end() : end]) != unit.text or text[end : end + 1].isalnum():
        return None, unit
    return read_number(over.group("n")), Unit(unit.text, end, unit.kind, unit.extra)


def _phrase_after(text: str, numeral: Numeral, unit: Unit | None, pos: int) -> tuple[str, int]:
    """The noun phrase after a count ("12/13 │xã đạt chuẩn …"), a share ("95% │dân cư nông thôn") or a measure
    ("34,5 ha │chè"), and where it ends."""
    if unit is not None and unit.kind == COUNT:
        return phrase_after(text, SCALES_AHEAD.match(text, numeral.end).end())
    if unit is not None and unit.kind in (PERCENT, MEASURE) and starts_noun(text, pos):
        return phrase_after(text, pos)
    copula = _IS.match(text, pos) if unit is not None and unit.kind == PERCENT else None
    if copula and starts_noun(text, copula.end()):
        return phrase_after(text, copula.end())  # "trong đó 30% │là xe container"
    return "", pos


def _qualifier(text: str, numeral: Numeral, floor: int) -> tuple[str | None, int]:
    """The bound written before the number ("trên", "gần", "tối thiểu"), and where it starts."""
    before = text[max(floor, numeral.start - 30) : numeral.start]
    match = _QUALIFIER_BEFORE.search(before)
    if not match:
        return None, numeral.start
    start = numeral.start - len(before) + match.start()
    word = re.sub(r"\s+", " ", match.group("q")).lower()
    if word == "hơn" and _COMPARATIVE.search(text[max(floor, start - 10) : start]):
        return None, numeral.start  # "cao hơn 2%" compares; the verb reads it
    if word in ("trên", "dưới") and floor and not text[floor:start].strip():
        return None, numeral.start  # "37 chỉ tiêu trên 4 lĩnh vực": a preposition
    return word, start
