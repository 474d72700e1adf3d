"""Text that users write (names, notes, commentary) as the door stores it: no control characters.

Word inserts a vertical tab (\x0b) for a line break and a form feed for a page break; neither is valid in the XML
of an .xlsx or .docx, so one stray character would break every export of a resolution."""

import re

_LINE_BREAKS = re.compile(r"[\x0b\x0c\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Line and page breaks become newlines; other control characters (tab, CR and LF kept) are removed."""
    if not text:
        return text
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))
