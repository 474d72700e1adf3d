"""A streaming reader of a few columns of one .xlsx sheet, straight from its XML: fast where openpyxl is not.

openpyxl's read-only mode builds a cell object for every cell and, for files written without a `<dimension>`,
reads the whole sheet once more to size it: 50 s for a 100.000-row upload. This reads the sheet once with
`iterparse`, converts only the asked columns, and reports formulas (as text starting with "=", as openpyxl does
with `data_only=False`) and merged cells, which the import refuses.
"""

import functools
import posixpath
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import IO
from xml.etree.ElementTree import ParseError, iterparse

from django.conf import settings

from chitieu.core import zips
from chitieu.core.numbers import format_number

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
ROW, CELL, VALUE, FORMULA, INLINE, TEXT, PHONETIC = (
    f"{MAIN}{name}" for name in ("row", "c", "v", "f", "is", "t", "rPh")
)
MERGE = f"{MAIN}mergeCell"
INTEGER = re.compile(r"-?\d{1,18}")  # longer runs of digits are read as Decimal, checked by the caller
EXCEL_COLUMNS = 16_384  # a row with more cells than Excel allows is not a spreadsheet
MAX_PENDING = 4 * EXCEL_COLUMNS  # elements read since the last row: a full row's cells, values and formulas
Cell = str | int | Decimal | bool | None


class NotXlsx(Exception):
    """Not a zip holding a spreadsheet, or its XML cannot be read."""


class Unreadable(NotXlsx):
    """A zip with a workbook in it whose sheet XML or values cannot be read."""


class TooLarge(NotXlsx):
    """The workbook is over a limit (unpacked size, rows, cells, shared strings); the message says which."""


class MissingSheet(Exception):
    """The workbook has no sheet of that name."""


class MergedCells(Exception):
    """The sheet has merged cells (found after its rows: the caller drops what it read)."""


def column_index(reference: str) -> int:
    """0 for "A12", 25 for "Z3", 26 for "AA1"."""
    return _letters_index(reference.rstrip("0123456789"))


@functools.lru_cache(maxsize=256)
def _letters_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char.upper()) - 64
    return index - 1


def read_sheet(
    source: IO[bytes] | bytes, sheet: str, columns: str, width: int
) -> Iterator[tuple[int, list[Cell]]]:
    """Each row of `sheet` as (Excel's row number, `width` cells): the cells of `columns` (letters) read, the
    others None unless they hold a formula. Raises NotXlsx (Unreadable, TooLarge), MissingSheet, or MergedCells
    after the last row."""
    archive = _open(source)
    with archive:
        if "xl/workbook.xml" not in archive.namelist():
            raise NotXlsx("xl/workbook.xml")
        path = _sheet_path(archive, sheet)
        strings = _shared_strings(archive)
        wanted = [column_index(letter) for letter in columns]
        try:
            with zips.open_xml(archive, path) as xml:
                yield from _rows(xml, strings, set(wanted), width)
        except zips.TextTooLong as exc:
            raise TooLarge(str(exc)) from exc
        except (ParseError, KeyError, IndexError, ValueError, *zips.DAMAGED) as exc:
            raise Unreadable from exc


def count_rows(source: bytes, sheet: str) -> int:
    """How many rows the sheet has, told cheaply (the XML is counted, not parsed); 0 for a file not readable."""
    try:
        with _open(source) as archive, archive.open(_sheet_path(archive, sheet)) as xml:
            count, tail = 0, b""
            while chunk := xml.read(1 << 20):
                text = tail + chunk
                count += text.count(b"<row ") + text.count(b"<row>") + text.count(b":row ")
                tail = text[-5:]
                count -= tail.count(b"<row ") + tail.count(b"<row>") + tail.count(b":row ")
            return count
    except (KeyError, NotXlsx, MissingSheet, *zips.DAMAGED):
        return 0


def _open(source: IO[bytes] | bytes) -> zipfile.ZipFile:
    try:
        return zips.open_checked(source, "bảng tính")
    except zips.ArchiveRefused as exc:
        if isinstance(exc.__cause__, zips.DAMAGED):
            raise NotXlsx from exc
        raise TooLarge(str(exc)) from exc


def _rows(
    xml: IO[bytes], strings: list[str], wanted: set[int], width: int
) -> Iterator[tuple[int, list[Cell]]]:
    number = rows = cells_seen = pending = 0
    merged = False
    max_rows, max_cells = settings.CHITIEU_WORKBOOK_MAX_ROWS, settings.CHITIEU_WORKBOOK_MAX_CELLS
    for _event, element in iterparse(xml):
        if element.tag != ROW:
            # Elements are kept until their row is read and cleared: a row's worth of them is bounded.
            pending += 1
            cells_seen += element.tag == CELL
            if cells_seen > max_cells or pending > MAX_PENDING:
                raise TooLarge(
                    f"Bảng tính có hơn {format_number(max_cells)} ô hoặc một dòng quá "
                    f"{format_number(EXCEL_COLUMNS)} ô: hãy chia thành nhiều tệp nhỏ hơn."
                )
            merged = merged or element.tag == MERGE
            continue
        rows, pending = rows + 1, 0
        if rows > max_rows:
            raise TooLarge(
                f"Bảng tính có hơn {format_number(max_rows)} dòng: hãy chia thành nhiều tệp nhỏ hơn."
            )
        number = int(element.get("r") or number + 1)
        cells: list[Cell] = [None] * width
        position = -1
        for cell in element:
            reference = cell.get("r")
            position = column_index(reference) if reference else position + 1
            if position >= width:
                continue
            if len(cell) and cell[0].tag == FORMULA:
                cells[position] = "=" + (cell[0].text or "")
            elif position in wanted:
                cells[position] = _value(cell, strings)
        element.clear()
        yield number, cells
    if merged:
        raise MergedCells


def _value(cell, strings: list[str]) -> Cell:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(INLINE)
        return _text(inline) if inline is not None else None
    value = cell.find(VALUE)
    if value is None or value.text is None:
        return None
    text = value.text
    if kind == "s":
        return strings[int(text)]
    if kind == "n":
        if INTEGER.fullmatch(text):
            return int(text)
        try:
            return Decimal(text)
        except InvalidOperation as exc:
            raise ValueError(text) from exc
    if kind == "b":
        return text == "1"
    return text  # "str" (a formula's text result), "e" (an error such as #DIV/0!)


def _text(element) -> str:
    """The text of a shared or inline string: its own <t>, or its rich-text runs', leaving phonetic hints out."""
    parts = []
    for child in element:
        if child.tag == TEXT:
            parts.append(child.text or "")
        elif child.tag != PHONETIC:
            parts.extend(t.text or "" for t in child.iter(TEXT))
    return "".join(parts)


def _sheet_path(archive: zipfile.ZipFile, sheet: str) -> str:
    try:
        relation = None
        for _event, element in iterparse(zips.open_xml(archive, "xl/workbook.xml")):
            if element.tag == f"{MAIN}sheet" and element.get("name") == sheet:
                relation = element.get(f"{DOC_RELS}id")
            element.clear()
        if relation is None:
            raise MissingSheet(sheet)
        for _event, element in iterparse(zips.open_xml(archive, "xl/_rels/workbook.xml.rels")):
            if element.tag == f"{RELS}Relationship" and element.get("Id") == relation:
                target = element.get("Target", "")
                return target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
    except zips.TextTooLong as exc:
        raise TooLarge(str(exc)) from exc
    except (KeyError, ParseError, *zips.DAMAGED) as exc:
        raise Unreadable from exc
    raise Unreadable(sheet)


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    """The workbook's shared strings, streamed and refused (TooLarge) beyond the limit on their characters."""
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings: list[str] = []
    limit, total, pending = settings.CHITIEU_SHARED_STRINGS_MAX_CHARS, 0, 0
    try:
        for _event, element in iterparse(zips.open_xml(archive, "xl/sharedStrings.xml")):
            pending += 1
            if element.tag == TEXT:
                total += len(element.text or "")
            elif element.tag == f"{MAIN}si":
                strings.append(_text(element))
                element.clear()
                pending = 0
            if total > limit or pending > MAX_PENDING:
                raise TooLarge(
                    f"Bảng tính chứa hơn {format_number(limit)} ký tự chữ: hãy chia thành nhiều tệp nhỏ hơn."
                )
    except zips.TextTooLong as exc:
        raise TooLarge(str(exc)) from exc
    except (ParseError, *zips.DAMAGED) as exc:
        raise Unreadable from exc
    return strings
