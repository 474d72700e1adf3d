"""Text that users write (names, notes, commentary) as the door stores it: no control characters.

Word inserts a vertical tab (\x0b) for a line break and a form feed for a page break; neither is valid in the XML
of an .xlsx or .docx, so one stray character would break every export of a resolution. The door cleans what it
stores with the same rule every file writer applies on the way out (`core.cells.printable`)."""

from chitieu.core.cells import printable as clean_text

__all__ = ["clean_text"]
