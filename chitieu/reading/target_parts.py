"""One item of a target list cut into its own statement and its parts: "A: x 75%; y 20%" (parts named after a
heading), "a 30 giường; b 15 bác sĩ; c 100%" (parts side by side), "… 16%; trong đó: x 6%; y 18%" (parts of it)."""

import re
from collections.abc import Iterator

from chitieu.reading.numbers import find_numerals
from chitieu.reading.target_values import readable

_I = re.IGNORECASE
_WHEREOF = re.compile(r"[,;:.]?\s*\b(?:trong\s+đó|bao\s+gồm|gồm\s*:|cụ\s+thể\s*:)\s*[:,]?\s*", _I)
# A part without a figure is still a target when it sets a standard or a rating ("Đảng bộ xã hoàn thành tốt nhiệm vụ").
_STANDARD = re.compile(
    r"đạt\s+chuẩn|không\s+có|không\s+để|không\s+còn|duy\s+trì|giữ\s+vững|hoàn\s+thành|được\s+công\s+nhận"
    r"|đạt\s+(?:danh\s+hiệu|tiêu\s+chí|tiêu\s+chuẩn)",
    _I,
)


def split_parts(text: str) -> tuple[str, list[str], list[str]]:
    """(own statement, parts that replace it, parts of it after "trong đó"). The own statement is "" or a heading
    without a figure when the item is made of parts."""
    whereof = _top_level(text, _WHEREOF)
    tail: list[str] = []
    if whereof is not None and _has_figure(text[whereof.end() :]):
        tail = pieces(text[whereof.end() :])
        text = text[: whereof.start()]
    head, parts = _side_by_side(text)
    if not parts:
        second = _RATE_AFTER.search(head) or _AMOUNT_AFTER.search(head)
        if (
            second
            and _has_figure(head[: second.start()])
            and not _top_level_index(head[second.start() :], ";")
        ):
            head, tail = head[: second.start()], [second.group("rate"), *tail]
    return head, parts, tail


# "… đạt 2.500 tỷ đồng, tăng bình quân 12%/năm": a second target, the growth of the first.
_RATE_AFTER = re.compile(
    r",\s*(?P<rate>(?:tăng|giảm)\s+(?:bình\s+quân\s+|trung\s+bình\s+)?(?:(?:hằng|hàng|mỗi)\s+năm\s+)?"
    r"(?:từ\s+|trên\s+|khoảng\s+)?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*|\s+đến\s+\d[\d.,]*)?\s*%(?:\s*/\s*năm)?"
    r"(?:\s+trở\s+lên)?)\s*$",
    _I,
)

# "Tốc độ tăng thu ngân sách bình quân 10%/năm, đến năm 2030 đạt 2.000 tỷ đồng": the level the growth leads to.
_AMOUNT_AFTER = re.compile(
    r",\s*(?P<rate>(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}\s*,?\s*(?:đạt|là)\s+[^,;()]*?\d[^,;()]*)$", _I
)


def _side_by_side(text: str) -> tuple[str, list[str]]:
    items = _split_top(text, ";")
    if len(items) > 1 and sum(bool(_has_figure(p) or _STANDARD.search(p)) for p in items) >= 2:
        heading, _, first = _heading(items[0])
        if heading:
            return heading, [first, *items[1:]]
        return "", items
    heading, _, rest = _heading(text)
    if heading:
        parts = pieces(rest)
        if len(parts) > 1:
            return heading, parts
    return text, []


def _heading(text: str) -> tuple[str, str, str]:
    """ "Cơ cấu kinh tế đến năm 2025: nông nghiệp 75%" → heading, ":", the rest; no heading when the words before
    the colon hold a figure or nothing follows with one."""
    at = _top_level_index(text, ":")
    if at is None:
        return "", "", text
    heading, rest = text[:at].strip(), text[at + 1 :].strip()
    if not heading or _has_figure(heading) or not _has_figure(rest):
        return "", "", text
    return heading, ":", rest


def pieces(text: str) -> list[str]:
    """Parts listed after a heading or "trong đó": split at ";", else at commas where every piece keeps a
    figure ("nông, lâm, thủy sản tăng 6%, công nghiệp tăng 18%": the first comma names, it does not split)."""
    items = [p for p in _split_top(text, ";") if p.strip()]
    if len(items) > 1:
        return items
    parts: list[str] = []
    pending = ""
    for piece in _split_top(text, ","):
        pending = f"{pending}, {piece}" if pending else piece
        if _has_figure(pending):
            parts.append(pending)
            pending = ""
    if pending and parts:
        parts[-1] = f"{parts[-1]}, {pending}"
    return parts if len(parts) > 1 else [text.strip()]


def _split_top(text: str, separator: str) -> list[str]:
    """`text` cut at `separator` outside brackets; a comma between two digits is a decimal comma."""
    found, start = [], 0
    for i in _outside_brackets(text, separator):
        if separator == "," and text[i + 1 : i + 2].isdigit() and text[i - 1 : i].isdigit():
            continue
        found.append(text[start:i].strip())
        start = i + 1
    found.append(text[start:].strip())
    return [p for p in found if p]


def _top_level_index(text: str, char: str) -> int | None:
    return next(_outside_brackets(text, char), None)


def _outside_brackets(text: str, char: str) -> Iterator[int]:
    """Where `char` stands outside round and square brackets."""
    depth = 0
    for i, c in enumerate(text):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == char and depth == 0:
            yield i


def _top_level(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    for match in pattern.finditer(text):
        if text[: match.start()].count("(") <= text[: match.start()].count(")"):
            return match
    return None


def _has_figure(text: str) -> bool:
    return bool(find_numerals(readable(re.sub(r"\([^()]*\)", " ", text))))
