"""Text as every file we hand out (.xlsx, .docx, .csv) writes it: no control characters, no formulas.

Word inserts a vertical tab (\\x0b) for a line break; it and the other control characters are not allowed in the
XML of an .xlsx or .docx, so one of them in a target's name broke every export of its resolution. A note such as
`=HYPERLINK("http://…?x="&A1,"Bấm vào đây")` must reach the office as text, not as a live formula: following
the OWASP guidance on CSV injection, text starting with =, +, -, @, tab or CR gets a leading single quote.
Numbers stay numbers: only text is touched, and text that is a number written the Vietnamese way ("-5", "-1.234,5",
"+3,2%") is left as it is.
"""

import re
from typing import Any

_LINE_BREAKS = re.compile(r"[\x0b\x0c\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d[\d.]*(,\d+)?%?")


def printable(text: str) -> str:
    """Line and page breaks become newlines; other control characters are removed (tab, LF and CR stay)."""
    if not text:
        return text
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def inert(text: str) -> str:
    """`printable` text that a spreadsheet will not run: a leading =, +, -, @, tab or CR gets a single quote."""
    text = printable(text)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe(value: Any) -> Any:
    """A spreadsheet cell's value: text made `inert`, anything else (numbers, dates, None) as it is."""
    return inert(value) if isinstance(value, str) else value


def safe_row(values: list[Any]) -> list[Any]:
    return [safe(value) for value in values]


def read_back(text: str) -> str:
    """Text from a workbook we wrote, without the quote `inert` put in front of it (the entry round trip)."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
