"""What a percentage is measured against: a plan ("đạt 84,3% dự toán huyện giao") or an earlier period
("tăng 47% so với cùng kỳ", "bằng 131% so với cùng kỳ", "tăng gấp 3 lần")."""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from chitieu.reading.lexicon import EARLIER_PERIOD, KY, PLAN, QUALIFIER

_ADVERBIAL = (
    r"(?:bình\s+quân|trung\s+bình|hàng\s+năm|hằng\s+năm|mỗi\s+năm|thêm|được|đạt|ở\s+mức|đều|gấp"
    rf"|{QUALIFIER})"
)
_CHANGE_VERB = re.compile(
    rf"(?<!\w)(?P<verb>tăng|giảm|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn)(?:\s+{_ADVERBIAL})*\s*$",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"(?<!\w)(?P<verb>tăng\s+gấp|giảm\s+gấp|gấp|vượt|đạt\s+được|ước\s+đạt|đạt|bằng|là|còn|chiếm|lên|xuống|gồm"
    r"|có|duy\s+trì|ở\s+mức|được|tới|với)"
    r"(?:\s+(?:bình\s+quân|trung\s+bình|hàng\s+năm|hằng\s+năm|mỗi\s+năm|đều|tỷ\s+lệ))*\s*$",
    re.IGNORECASE,
)
_PLAN_AFTER = re.compile(rf"\s*(?:(?:so\s+với|so|của)\s+)?(?P<plan>{PLAN})(?!\w)", re.IGNORECASE)
_PERIOD_AFTER = re.compile(
    rf"\s*(?:(?:so\s+với|so|với)\s+(?:mức\s+)?(?P<period>{EARLIER_PERIOD})"
    rf"|(?P<same>cùng\s+{KY}(?:\s+năm\s+(?:trước|ngoái))?))(?!\w)",
    re.IGNORECASE,
)
_PLAN_BEFORE = re.compile(
    rf"(?:so\s+với|vượt)\s+(?P<plan>{PLAN})\s*,?\s*(?:đạt|bằng|tăng|giảm|vượt)?\s*$", re.IGNORECASE
)
_PERIOD_BEFORE = re.compile(
    rf"so\s+với\s+(?:{EARLIER_PERIOD})\s*,?\s*(?:đạt|bằng|tăng|giảm)?\s*$", re.IGNORECASE
)

UP, DOWN = 1, -1
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Verb:
    """The verb a number depends on, where it starts, and the direction of a change verb found with it."""

    word: str | None
    start: int
    direction: int = 0


@dataclass
class Comparison:
    """Achievements against plans and the change against an earlier period, with where their words end."""

    achievements: list[tuple[Decimal, str | None]] = field(default_factory=list)
    change: Decimal | None = None
    end: int = 0

    def __post_init__(self) -> None:
        self.achievements = [(tidy(pct), plan) for pct, plan in self.achievements]
        self.change = tidy(self.change) if self.change is not None else None

    def __bool__(self) -> bool:
        return bool(self.achievements) or self.change is not None


def verb_before(text: str, pos: int, floor: int) -> Verb:
    """The verb just before `pos` ("đạt", "tăng", "giảm bình quân hàng năm đạt"), not looking before `floor`.

    "đạt và vượt 50% kế hoạch" reaches the 50% mark: it is read as "đạt", not as 150%.
    """
    verb = _verb_before(text, pos, floor)
    if verb.word == "vượt" and re.search(r"đạt\s+và\s+$", text[max(floor, verb.start - 10) : verb.start]):
        return Verb("đạt", verb.start)
    return verb


def _verb_before(text: str, pos: int, floor: int) -> Verb:
    left = text[max(floor, pos - 80) : pos]
    offset = pos - len(left)
    change = _CHANGE_VERB.search(left)
    verb = _VERB.search(left)
    if change and (verb is None or change.start() <= verb.start()):
        word = re.sub(r"\s+", " ", change.group("verb").lower())
        direction = UP if word in ("tăng", "cao hơn", "nhiều hơn") else DOWN
        return Verb(word, offset + change.start(), direction)
    if verb:
        word = re.sub(r"\s+", " ", verb.group("verb").lower())
        direction = DOWN if word.startswith("giảm") else UP if word.startswith("tăng") else 0
        return Verb(word, offset + verb.start(), direction)
    return Verb(None, pos)


def compare(text: str, value: Decimal, unit: str | None, pos: int, verb: Verb, clause: str) -> Comparison:
    """Read what follows a number at `pos` (just after its unit) and the verb before it into a Comparison.

    `clause` is the text of the clause before the number: "tốc độ tăng đàn gia súc bình quân 5%/năm" is a change
    because of the "tăng" written before it.
    """
    if unit == "lần":
        return _times(text, value, verb, pos)
    percent = unit is None or unit.startswith("%")
    plan = _PLAN_AFTER.match(text, pos)
    period = _PERIOD_AFTER.match(text, pos)
    plan_before = _PLAN_BEFORE.search(clause)
    if plan and percent:
        return Comparison([(_against_plan(value, verb), _words(plan.group("plan")))], end=plan.end())
    if unit is None or not percent:
        return Comparison(end=pos)
    if period or _PERIOD_BEFORE.search(clause):
        end = period.end() if period else pos
        if verb.direction:
            return Comparison(change=verb.direction * value, end=end)
        return Comparison(change=value - HUNDRED, end=end)
    if plan_before:
        return Comparison([(_against_plan(value, verb), _words(plan_before.group("plan")))], end=pos)
    if verb.direction:
        return Comparison(change=verb.direction * value, end=pos)
    if verb.word == "vượt":
        return Comparison([(HUNDRED + value, None)], end=pos)
    own_part = clause.rsplit(",", 1)[-1]
    if re.search(r"(?<!\w)(?:tăng\s+trưởng|tốc\s+độ\s+tăng)(?!\w)", own_part, re.IGNORECASE):
        return Comparison(change=value, end=pos)  # "tăng trưởng kinh tế đạt 6,5%": growth on the year before
    if unit.endswith("/năm") or re.search(r"bình\s+quân\s*$", own_part):
        trend = re.findall(r"(?<!\w)(tăng|giảm)(?!\w)", own_part, re.IGNORECASE)
        if trend:
            return Comparison(change=(DOWN if trend[-1].lower() == "giảm" else UP) * value, end=pos)
    return Comparison(end=pos)


def _against_plan(value: Decimal, verb: Verb) -> Decimal:
    """'vượt 7% kế hoạch' is 107%; 'tăng 29,6% so với mục tiêu' is 129,6%; 'đạt 84,3% dự toán' is 84,3%."""
    if verb.word == "vượt" or verb.direction == UP:
        return HUNDRED + value
    if verb.direction == DOWN:
        return HUNDRED - value
    return value


def _times(text: str, value: Decimal, verb: Verb, pos: int) -> Comparison:
    """'tăng gấp 3 lần' is a change of +200%; 'giảm 2 lần' halves, a change of -50%."""
    if verb.word is None or value <= 0:
        return Comparison(end=pos)
    period = _PERIOD_AFTER.match(text, pos)
    end = period.end() if period else pos
    if verb.direction == DOWN:
        return Comparison(change=-(HUNDRED - HUNDRED / value).quantize(Decimal("0.01")), end=end)
    if "gấp" in verb.word or verb.direction == UP:
        return Comparison(change=(value - 1) * HUNDRED, end=end)
    return Comparison(end=pos)


def tidy(number: Decimal) -> Decimal:
    """200 rather than 2.0E+2 or 200.0; 12.5 rather than 12.50."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def _words(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase).strip()
