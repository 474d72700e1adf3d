"""The shapes the demo seed modules declare: articles, periods, figures, targets, resolutions and districts.

A seed module writes each figure beside the sentence of the article it comes from. Numbers are written the
way the article writes them ("8.848", "92,3") and read with `chitieu.core.numbers.parse_number`. A figure the
article does not state carries `illustrative="why"`: the builder flags the row and writes
"Số liệu minh họa: why" where a reader sees it.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from chitieu.core.numbers import parse_number
from chitieu.plans.models import KeyTask, PlanValue, Resolution, Target
from chitieu.results.models import PeriodKind, ValueKind

ILLUSTRATIVE = "Số liệu minh họa"
# When an illustrative value for a period becomes "known": shortly after the period ends (15/1 for a year).
REPORTING_DELAY = timedelta(days=15)

Number = str | int


def number(value: Number | None) -> Decimal | None:
    """'8.848' → 8848, '92,3' → 92.3, 16 → 16; None stays None."""
    if value is None:
        return None
    if isinstance(value, int):
        return Decimal(value)
    return parse_number(value)


def illustrative_text(reason: str) -> str:
    return f"{ILLUSTRATIVE}: {reason}" if reason else ILLUSTRATIVE


@dataclass(frozen=True)
class Article:
    """A published article whose sentences are the demo's sources."""

    title: str
    published: date | None
    byline: str = ""
    # When the saved copy has no date: the day its figures are taken as known, and why.
    assumed_date: date | None = None
    assumed_date_reason: str = ""

    @property
    def known_on(self) -> date:
        day = self.published or self.assumed_date
        assert day is not None, f"{self.title}: give a published or an assumed date"
        return day

    @property
    def source(self) -> str:
        """'Title (byline, 25/10/2022)': what Observation.source holds for a figure of this article."""
        when = f"{self.published:%d/%m/%Y}" if self.published else f"năm {self.known_on.year}"
        return f"{self.title} ({self.byline}, {when})" if self.byline else f"{self.title} ({when})"


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    kind: str


def year(calendar_year: int) -> Period:
    return Period(date(calendar_year, 1, 1), date(calendar_year, 12, 31), PeriodKind.YEAR)


def six_months(calendar_year: int) -> Period:
    return Period(date(calendar_year, 1, 1), date(calendar_year, 6, 30), PeriodKind.HALF_YEAR)


def nine_months(calendar_year: int) -> Period:
    return Period(date(calendar_year, 1, 1), date(calendar_year, 9, 30), PeriodKind.NINE_MONTHS)


def as_of(day: date) -> Period:
    """A stock read on one day ("đến nay")."""
    return Period(day, day, PeriodKind.AS_OF)


def term_to_date(first_year: int, end: date) -> Period:
    """A total or average over several years, from 1 January of `first_year` ("trong 5 năm", "từ đầu nhiệm kỳ")."""
    return Period(date(first_year, 1, 1), end, PeriodKind.TERM_TO_DATE)


@dataclass(frozen=True)
class Figure:
    """One observation of an indicator at the district or unit (or at one of its predecessors, named by `at`)."""

    indicator: str
    period: Period
    value: Number | None = None
    text: str = ""
    sentence: str = ""  # the article's sentence: the figure itself, or the figures it is derived from
    illustrative: str = ""  # empty for a figure the article states; otherwise how it was made up or derived
    note: str = ""  # a qualifier or a reading of the sentence ("trên 30 tỷ đồng")
    kind: int = ValueKind.OFFICIAL
    reported_on: date | None = None
    url: str = (
        ""  # the address of a source that keeps no sentence (then `note` says how it states the figure)
    )
    at: str = (
        ""  # a unit the new unit was formed from, by name: the figure is that predecessor's, before 1/7/2025
    )


@dataclass(frozen=True)
class Plan:
    year: int
    value: Number
    source: str = PlanValue.Source.PLAN
    sentence: str = ""
    illustrative: str = ""


@dataclass(frozen=True)
class TargetSpec:
    name: str
    label: str = ""
    text: str = ""
    indicator: str | None = None
    unit: str = ""
    direction: str = Target.Direction.HIGHER
    form: str = Target.Form.EXACT
    strict: bool = False
    kind: str = Target.Kind.LEVEL
    value: Number | None = None
    value_high: Number | None = None
    total: Number | None = None
    baseline: tuple[Number | None, int] | None = None  # (value or None when only the year is known, year)
    deadline_year: int | None = None  # None: the resolution's last year
    lead: str = ""
    cooperating: tuple[str, ...] = ()
    sentence: str = ""  # the sentence that states the target
    illustrative: str = ""  # why the target's figures are not the article's
    # A source kept as an address and a reworded statement, not a sentence (the 2025-2030 files keep no sentences).
    url: str = ""
    source_note: str = ""
    needs_checking: str = ""  # why the source must be checked against the original (cut off, translated back)
    children: tuple["TargetSpec", ...] = ()
    plans: tuple[Plan, ...] = ()
    figures: tuple[Figure, ...] = ()
    # Continues the target with the same indicator of the resolution its own resolution continues.
    continues: bool = False


@dataclass(frozen=True)
class GroupSpec:
    name: str
    label: str = ""
    targets: tuple[TargetSpec, ...] = ()
    declared_count: int | None = None


@dataclass(frozen=True)
class KeyTaskSpec:
    text: str
    kind: str = KeyTask.Kind.KEY_TASK
    label: str = ""
    sentence: str = ""
    status: str = ""


@dataclass(frozen=True)
class ResolutionSpec:
    title: str
    issuing_body: str
    kind: str = Resolution.Kind.CONGRESS
    term: str = "2020-2025"
    year: int | None = None
    number: str = ""
    congress_ordinal: str = ""
    near_band_pct: Number | None = None
    children_min_share_pct: Number | None = None
    declared_count: int | None = None  # the number of targets the article says the resolution sets
    source_note: str = ""
    groups: tuple[GroupSpec, ...] = ()
    key_tasks: tuple[KeyTaskSpec, ...] = ()
    continues: str = ""  # the demo district whose 2020-2025 congress resolution this one carries on


@dataclass(frozen=True)
class DistrictSpec:
    """A district of the 2020-2025 era, found among the official legacy units, with everything the demo adds."""

    name: str
    province: str
    article: Article
    resolutions: tuple[ResolutionSpec, ...]
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class UnitSpec:
    """A unit of the official list from 1/7/2025 (a new province or commune) and its 2025-2030 resolutions.

    `formed_from` names the legacy units it was formed from, as the official merge links (LocalityLink) record
    them; the loader checks the two agree. `territory_of` names the demo's legacy district it lies in."""

    name: str
    level: str  # "province" or "commune"
    article: Article
    resolutions: tuple[ResolutionSpec, ...]
    province: str | None = None  # the parent, for a commune
    formed_from: tuple[str, ...] = ()
    territory_of: str = ""
    figures: tuple[Figure, ...] = ()


NOT_IN_ARTICLE = "bài viết không nêu số liệu này"


def stated(
    indicator: str,
    period: Period,
    value: Number | None,
    sentence: str,
    note: str = "",
    kind: int = ValueKind.OFFICIAL,
    text: str = "",
) -> Figure:
    """A figure the article states, in `sentence`."""
    return Figure(indicator, period, value, text=text, sentence=sentence, note=note, kind=kind)


def derived(
    indicator: str,
    period: Period,
    value: Number | None,
    sentence: str,
    how: str,
    note: str = "",
    text: str = "",
) -> Figure:
    """A figure worked out from the article's sentence (`how` says how): illustrative, known by the article's date."""
    return Figure(indicator, period, value, text=text, sentence=sentence, illustrative=how, note=note)


def reported(
    indicator: str,
    period: Period,
    value: Number,
    url: str,
    note: str,
    published: date,
    kind: int = ValueKind.ESTIMATE,
) -> Figure:
    """A figure a source at `url` states (reworded in `note`, no sentence kept), known on `published`."""
    return Figure(indicator, period, value, note=note, kind=kind, reported_on=published, url=url)


def invented(
    indicator: str,
    period: Period,
    value: Number | None,
    why: str = NOT_IN_ARTICLE,
    text: str = "",
    reported_on: date | None = None,
) -> Figure:
    """A figure the demo needs and no article gives: illustrative, known shortly after its period ends."""
    return Figure(indicator, period, value, text=text, illustrative=why, reported_on=reported_on)


def yearly(indicator: str, values: dict[int, Number], why: str = NOT_IN_ARTICLE) -> tuple[Figure, ...]:
    """Invented yearly values {2021: "31", 2022: "34,5"}."""
    return tuple(invented(indicator, year(y), value, why) for y, value in values.items())
