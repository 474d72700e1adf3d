"""`extract(text)`: the claims and status counts of a Vietnamese report, and their JSON for `chitieu extract`."""

import json
from decimal import Decimal
from pathlib import Path
from typing import IO

from chitieu.core import zips
from chitieu.core.numbers import format_number
from chitieu.reading.claims import read_claims
from chitieu.reading.counts import find_counts
from chitieu.reading.numbers import find_numerals, with_digits
from chitieu.reading.text import chained, composed, original_span


def extract(text: str) -> dict:
    """{"claims": [...], "counts": [...]} as the contract describes; numbers are Decimal (see `to_json`)."""
    reading, offsets = composed(text)
    reading, in_composed = with_digits(reading)  # "hai mươi lăm" read as "25"
    offsets = chained(offsets, in_composed)
    counts = find_counts(reading)
    taken = [(c["span"][0], c["span"][1]) for c in counts]
    claims = read_claims(reading, find_numerals(reading), taken)
    for item in [*claims, *counts]:
        start, end = original_span(offsets, *item["span"])
        item["span"] = [start, end]
        item["text"] = text[start:end]
    return {"claims": claims, "counts": counts}


def to_json(result: dict, indent: int | None = 1) -> str:
    """The result as JSON, Decimals written as plain numbers ("84.3", "8848")."""
    return json.dumps(_plain(result), ensure_ascii=False, indent=indent)


class TextTooLong(ValueError):
    """A text longer than a command reads at once (reading costs about 85 MB a million characters)."""


def read_text(path: Path) -> str:
    """A UTF-8 .txt file, or the paragraphs and table rows of a .docx when python-docx is installed; TextTooLong
    beyond ten times the reading page's limit (2.000.000 characters), told before a .txt is read whole."""
    limit = 10 * zips.limit_setting("CHITIEU_PASTE_MAX_CHARS", 200_000)
    if path.suffix.lower() != ".docx":
        if path.stat().st_size > 4 * limit:  # UTF-8 spends at most 4 bytes a character
            raise TextTooLong(_too_long(path.stat().st_size // 4, limit, "ít nhất "))
        text = path.read_text(encoding="utf-8")
    else:
        text = read_docx(str(path), str(path))
    if len(text) > limit:
        raise TextTooLong(_too_long(len(text), limit))
    return text


def _too_long(length: int, limit: int, at_least: str = "") -> str:
    return (
        f"văn bản dài {at_least}{format_number(length)} ký tự, quá giới hạn {format_number(limit)} ký tự mỗi lần "
        "đọc; hãy chia tệp thành nhiều phần."
    )


def read_docx(stream: IO[bytes] | str, name: str = "") -> str:
    """The paragraphs of a Word document, then its tables row by row (cells joined by " | ").

    Raises zips.ArchiveRefused (a ValueError) with a Vietnamese message for a damaged or oversized file."""
    try:
        import docx  # type: ignore[import-not-found]
    except ImportError as exc:
        raise SystemExit(
            f"{name}: đọc tệp .docx cần gói python-docx, chưa được cài (pip install python-docx); "
            "hoặc lưu tệp thành .txt (UTF-8). / Reading .docx needs python-docx, which is not installed."
        ) from exc
    # python-docx holds the whole document.xml in memory: only a file whose text could fit the paste limit
    # (at most 100 bytes of Word markup a character) is unpacked.
    chars = zips.limit_setting("CHITIEU_PASTE_MAX_CHARS", 200_000)
    zips.open_checked(stream, "tệp Word", max_unpacked=chars * 100).close()
    if not isinstance(stream, str):
        stream.seek(0)
    try:
        document = docx.Document(stream)
    except Exception as exc:  # python-docx raises several kinds (KeyError, lxml errors) for a damaged file
        raise zips.ArchiveRefused("Không đọc được tệp Word này: tệp hỏng hoặc không phải .docx.") from exc
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(lines)


def _plain(item: object) -> object:
    if isinstance(item, Decimal):
        return int(item) if item == item.to_integral_value() else float(item)
    if isinstance(item, dict):
        return {key: _plain(value) for key, value in item.items()}
    if isinstance(item, list):
        return [_plain(value) for value in item]
    return item
