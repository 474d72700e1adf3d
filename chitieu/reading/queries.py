"""What the report page reads from the database: a locality's candidates for matching and its stored values."""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from chitieu.core.numbers import whole_number
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator, Target
from chitieu.reading.clauses import sentence_around
from chitieu.reading.extract import extract
from chitieu.reading.linking import NEW_INDICATOR, Entry, link, named_in_context
from chitieu.reading.matching import Candidate, Match, best_match, disagrees
from chitieu.results.models import Observation

_YEAR = re.compile(r"(?<!\d)(?:năm|Năm)\s+((?:19|20)\d{2})(?!\d)")
_DATED = re.compile(r"ngày\s+\d{1,2}\s*(?:/|tháng)\s*\d{1,2}\s*(?:/|năm)\s*((?:19|20)\d{2})", re.IGNORECASE)


def candidates_for(locality: Locality) -> list[Candidate]:
    """The indicators of the locality's targets (named as the target is), then every indicator of the catalogue."""
    found: list[Candidate] = []
    targets = Target.objects.filter(resolution__locality=locality, indicator__isnull=False).select_related(
        "indicator"
    )
    for target in targets:
        unit = target.unit if target.kind not in ("growth_rate", "point_change") else target.indicator.unit
        found.append(Candidate(target.indicator_id, target.name, unit or target.indicator.unit, target.pk))
    found += [Candidate(i.pk, i.name, i.unit) for i in Indicator.objects.all()]
    return found


# A year a goal is set for, or a year compared with, is not the year a report speaks of: the word just before
# it ("đến năm 2030", "so với năm 2020"), or a goal word anywhere earlier in its clause ("phấn đấu … năm 2030").
_NOT_THE_FRAME = re.compile(
    r"(?:đến|tới|vào|giai đoạn|nhiệm kỳ|so với(?: cùng kỳ)?)\s*$|phấn đấu|mục tiêu|tầm nhìn|định hướng|kế hoạch|dự kiến",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[;\n]|\.\s+")
_PART_OF_YEAR = [
    (re.compile(r"\b(?:9|chín)\s+tháng", re.IGNORECASE), "9m", 9),
    (re.compile(r"\b(?:6|sáu)\s+tháng", re.IGNORECASE), "6m", 6),
]
_QUARTER = re.compile(r"\bquý\s+(IV|III|II|I|[1-4])\b", re.IGNORECASE)
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Frame:
    """The period a report speaks of: its kind and dates, as its title, date line and results say."""

    kind: str
    start: date
    end: date

    @property
    def year(self) -> int:
        return self.end.year


def report_year(text: str) -> int | None:
    """The year a report speaks of: the latest year its results name, no later than its date line; a year a goal
    is set for ("phấn đấu đến năm 2030") or compared with ("so với năm 2020") does not count."""
    dated = _DATED.search(text)
    limit = int(dated.group(1)) if dated else 9999
    years = [
        int(found.group(1))
        for found in _YEAR.finditer(text)
        if int(found.group(1)) <= limit
        and not _NOT_THE_FRAME.search(text[max(0, found.start() - 60) : found.start()])
    ]
    if years:
        return max(years)
    return limit if dated else None


def _clause_before(text: str, position: int) -> str:
    """The words of the clause a position lies in, up to it."""
    window = text[max(0, position - 300) : position]
    starts = [m.end() for m in _CLAUSE_START.finditer(window)]
    return window[starts[-1] :] if starts else window


def report_frame(text: str) -> Frame | None:
    """The report's period: the part of the year its opening names ("9 tháng", "6 tháng", "quý III"), else the
    whole year."""
    year = report_year(text)
    if year is None:
        return None
    opening = text[:400]
    for pattern, kind, months in _PART_OF_YEAR:
        if pattern.search(opening):
            end = date(year, months, 30 if months in (6, 9) else 31)
            return Frame(kind, date(year, 1, 1), end)
    quarter = _QUARTER.search(opening)
    if quarter:
        number = _QUARTERS[quarter.group(1).upper()]
        start = date(year, 3 * number - 2, 1)
        end = (date(year, 3 * number + 1, 1) if number < 4 else date(year + 1, 1, 1)) - timedelta(days=1)
        return Frame("quarter", start, end)
    return Frame("year", date(year, 1, 1), date(year, 12, 31))


def stored_values(
    locality: Locality, indicator_ids: set[int], start: date, end: date
) -> dict[int, list[Observation]]:
    """The observations of those indicators for exactly that period, by indicator id."""
    found: dict[int, list[Observation]] = {}
    rows = Observation.objects.filter(
        locality=locality,
        indicator_id__in=indicator_ids,
        period_start=start,
        period_end=end,
        value__isnull=False,
    ).order_by("-kind")
    for observation in rows:
        found.setdefault(observation.indicator_id, []).append(observation)
    return found


def conflicting(value: Decimal, observations: list[Observation]) -> list[Observation]:
    return [o for o in observations if o.value is not None and disagrees(value, o.value)]


@dataclass
class ClaimRow:
    """A claim on the report page: what it says, the indicator it seems to be, and stored values it contradicts."""

    index: int
    claim: dict
    sentence: str
    match: Match | None
    value: Decimal | None  # in the matched indicator's unit
    conflicts: list[Observation] = field(default_factory=list)

    @property
    def goal(self) -> bool:
        """A goal set for the future ("phấn đấu đến năm 2030 đạt…"): shown, never offered as a result."""
        return self.claim["kind"] == "target"


@dataclass
class ReportReading:
    segments: list[tuple[str, int | None, bool]]  # (text, claim index or None, disagrees with chitieu)
    rows: list[ClaimRow]
    frame: Frame | None
    indicators: list[tuple[int, str]]

    @property
    def year(self) -> int | None:
        return self.frame.year if self.frame else None

    @property
    def discrepancies(self) -> list[ClaimRow]:
        return [row for row in self.rows if row.conflicts]


def read_report(locality: Locality, text: str, handled: set[int]) -> ReportReading:
    """The claims of a report matched to the locality's indicators; `handled` claims (accepted or rejected) left out."""
    candidates = candidates_for(locality)
    frame = report_frame(text)
    start, end = (frame.start, frame.end) if frame else (None, None)
    rows: list[ClaimRow] = []
    for index, claim in enumerate(extract(text)["claims"]):
        if index in handled or claim["value"] is None or claim["kind"] == "other":
            continue
        match = best_match(claim["indicator"] or "", claim["unit"] or "", candidates)
        value = claim["value"] * match.factor if match else claim["value"]
        rows.append(ClaimRow(index, claim, sentence_around(text, *claim["span"]), match, value))
    if start and end:
        ids = {row.match.candidate.indicator_id for row in rows if row.match}
        stored = stored_values(locality, ids, start, end)
        for row in rows:
            if row.match and row.claim["kind"] == "actual":
                row.conflicts = conflicting(row.value, stored.get(row.match.candidate.indicator_id, []))
    names = {c.indicator_id: c.name for c in reversed(candidates)}
    return ReportReading(_segments(text, rows), rows, frame, sorted(names.items(), key=lambda item: item[1]))


def _segments(text: str, rows: list[ClaimRow]) -> list[tuple[str, int | None, bool]]:
    segments: list[tuple[str, int | None, bool]] = []
    position = 0
    for row in sorted(rows, key=lambda r: r.claim["span"][0]):
        start, end = row.claim["span"]
        if start < position:
            continue
        segments.append((text[position:start], None, False))
        segments.append((text[start:end], row.index, bool(row.conflicts)))
        position = end
    segments.append((text[position:], None, False))
    return segments


def indicator_catalogue() -> tuple[list[Entry], dict[int, str]]:
    """The shared indicators as the linker sees them, and how the page names each ("name (unit)")."""
    rows = list(Indicator.objects.order_by("name").values_list("pk", "name", "unit", "is_percent"))
    entries = [Entry(pk, name, unit, is_percent) for pk, name, unit, is_percent in rows]
    labels = {pk: f"{name} ({unit})" if unit else name for pk, name, unit, _percent in rows}
    return entries, labels


def link_rows(rows: list[dict]) -> list[list[tuple[str, str]]]:
    """Offer an indicator for each reviewed row (it is set as the row's `indicator` unless the office chose one),
    and return each row's options, best first, with the confidence in words."""
    entries, labels = indicator_catalogue()
    offered: list[list[tuple[str, str]]] = []
    for row in rows:
        parent = row.get("parent")
        parent_name = (
            rows[parent - 1].get("name") if isinstance(parent, int) and 0 < parent <= len(rows) else None
        )
        found = link(
            named_in_context(row.get("name") or "", parent_name),
            row.get("unit") or "",
            row.get("kind") or "",
            entries,
        )
        if not row.get("indicator"):
            row["indicator"] = str(found.indicator) if found.indicator is not None else NEW_INDICATOR
        row["link_sure"] = found.sure
        options = []
        if found.indicator is not None:
            options.append((str(found.indicator), f"{labels[found.indicator]} · khớp {found.confidence:.0%}"))
        options += [(str(pk), f"{labels[pk]} · khớp {score:.0%}") for pk, score in found.alternatives]
        options.append((NEW_INDICATOR, f"Tạo chỉ số mới: {row.get('name') or ''}"))
        options.append(("", "Chưa gắn chỉ số (gắn sau trên trang thiết lập)"))
        chosen = row["indicator"]
        pk = whole_number(chosen)
        if chosen not in {value for value, _label in options} and pk in labels:
            options.insert(0, (chosen, labels[pk]))
        offered.append(options)
    return offered
