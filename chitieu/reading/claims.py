"""Numeric statements as CLAIM dicts: the number, its unit and bound, what it measures, and the percentages
that qualify it ("30 tỷ đồng, đạt 84,3% dự toán huyện giao, tăng 47% so với cùng kỳ")."""

from bisect import bisect_right

from chitieu.reading import kinds
from chitieu.reading.indicators import name
from chitieu.reading.mentions import Mention, read_mention
from chitieu.reading.numbers import Numeral
from chitieu.reading.statements import join, share_plans
from chitieu.reading.units import COUNT


def read_claims(text: str, numerals: list[Numeral], taken: list[tuple[int, int]]) -> list[dict]:
    """The claims of a text, given its numerals and the spans already read as status counts."""
    mentions: list[Mention] = []
    floor = 0
    taken = sorted(taken)
    taken_starts = [start for start, _ in taken]
    for numeral in numerals:
        index = bisect_right(taken_starts, numeral.start) - 1  # spans of counts do not overlap
        if index >= 0 and numeral.start < taken[index][1] or numeral.start < floor:
            continue
        mention = read_mention(text, numeral, floor)
        if mention is not None:
            mentions.append(mention)
            floor = mention.extent
    statements = join(text, mentions)
    name(text, statements)
    share_plans(text, statements)
    setting = kinds.setting_of(text)
    return [
        _as_claim(text, m, m.kind or kinds.kind_of(text, m.numeral.start, m.unit_text, setting))
        for m in statements
    ]


def _as_claim(text: str, mention: Mention, kind: str) -> dict:
    numeral = mention.numeral
    over = numeral.over
    # "12/13 xã" is a part of a whole; "22/23 triệu đồng" and "166.469/35.000 lượt khách" are set against a plan
    is_count = (
        mention.unit is not None and mention.unit.kind == COUNT and (over is None or over >= numeral.value)
    )
    first = mention.achievements[0] if mention.achievements else (None, None)
    start, end = numeral.start, mention.span_end
    return {
        "span": [start, end],
        "text": text[start:end],
        "indicator": mention.indicator,
        "value": mention.value,
        "upper": numeral.upper,
        "unit": mention.unit_text,
        "qualifier": mention.qualifier,
        "target": over if over is not None and not is_count else mention.target,
        "total": over if over is not None and is_count else None,
        "achievement_pct": first[0],
        "plan_source": first[1],
        "achievements": [{"pct": pct, "plan_source": plan} for pct, plan in mention.achievements]
        if len(mention.achievements) > 1
        else None,
        "change_pct": mention.change,
        "kind": kind,
    }
