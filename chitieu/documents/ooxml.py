"""Small WordprocessingML edits python-docx has no API for, each child put where the schema orders it (Word
refuses a file whose property elements are out of order, even where LibreOffice reads it)."""

from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement

from chitieu.core.cells import printable


def element(tag: str, **attributes: str) -> BaseOxmlElement:
    """OxmlElement("w:sz", val="4") with its attributes in the w: namespace."""
    created = OxmlElement(tag)
    for name, value in attributes.items():
        created.set(qn(f"w:{name}"), value)
    return created


# The order of the property elements this module writes into, from the WordprocessingML schema (ECMA-376).
SEQUENCES: dict[str, tuple[str, ...]] = {
    "pPr": (
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
        "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
        "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
        "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ).split(),
    "tblPr": (
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
        "tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange"
    ).split(),
    "tcPr": (
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark "
        "headers cellIns cellDel cellMerge tcPrChange"
    ).split(),
    "trPr": (
        "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader tblCellSpacing jc "
        "hidden ins del trPrChange"
    ).split(),
}


def _local(tag: str) -> str:
    return tag.split("}")[1]


def place(parent: BaseOxmlElement, child: BaseOxmlElement) -> BaseOxmlElement:
    """Insert `child` into a properties element (pPr, tblPr, tcPr, trPr) at its place in the schema sequence,
    replacing one of the same tag."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    sequence = SEQUENCES[_local(parent.tag)]
    later = sequence[sequence.index(_local(child.tag)) + 1 :]
    parent.insert_element_before(child, *[f"w:{tag}" for tag in later])
    return child


def table_borders(table, value: str) -> None:
    """Borders on every edge: 'single' for a grid, 'nil' for a layout table."""
    place(table._tbl.tblPr, parse_xml(_borders_xml(value, namespaces=nsdecls("w"))))


def bottom_rule(paragraph) -> None:
    """A solid line under the paragraph, as long as the paragraph is wide."""
    rule = element("w:pBdr")
    rule.append(element("w:bottom", val="single", sz="6", space="1", color="000000"))
    place(paragraph._p.get_or_add_pPr(), rule)


def mark_size(paragraph, half_points: int) -> None:
    """The size of the paragraph mark, which sets the height of an empty paragraph."""
    properties = element("w:rPr")
    properties.append(element("w:sz", val=str(half_points)))
    properties.append(element("w:szCs", val=str(half_points)))
    place(paragraph._p.get_or_add_pPr(), properties)


@dataclass(frozen=True)
class Cell:
    """One cell of a table built as XML: text, run formatting, alignment ('left', 'center', 'right'), fill."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    align: str = "left"
    fill: str = ""
    span: int = 1


TWIPS_PER_MM = 1440 / 25.4


def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def table(
    widths_mm: list[float],
    rows: list[list[Cell]],
    *,
    size: float,
    grid: bool,
    header_rows: int = 0,
) -> BaseOxmlElement:
    """A whole table in one piece of XML: python-docx's cell-by-cell API takes a second for a 40-row annex.
    Rows never split across pages; the first `header_rows` repeat on each page."""
    widths = [twips(w) for w in widths_mm]
    half_points = str(round(size * 2))
    edges = "single" if grid else "nil"
    parts = [
        f"<w:tbl {nsdecls('w')}><w:tblPr>",
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>',
        _borders_xml(edges),
        '<w:tblLayout w:type="fixed"/>',
        '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>',
        "</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    for index, row in enumerate(rows):
        header = "<w:tblHeader/>" if index < header_rows else ""
        parts.append(f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>")
        column = 0
        for cell in row:
            width = sum(widths[column : column + cell.span])
            column += cell.span
            parts.append(_cell_xml(cell, width, half_points))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return parse_xml("".join(parts))


def _borders_xml(value: str, namespaces: str = "") -> str:
    detail = "" if value == "nil" else ' w:sz="4" w:space="0" w:color="000000"'
    edges = "".join(
        f'<w:{edge} w:val="{value}"{detail}/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return f"<w:tblBorders {namespaces}>{edges}</w:tblBorders>"


def _cell_xml(cell: Cell, width: int, half_points: str) -> str:
    properties = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if cell.span > 1:
        properties += f'<w:gridSpan w:val="{cell.span}"/>'
    if cell.fill:
        properties += f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill}"/>'
    paragraph = '<w:pPr><w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/>'
    paragraph += f'<w:jc w:val="{cell.align}"/></w:pPr>' if cell.align != "left" else "</w:pPr>"
    run = ""
    if cell.text:
        formatting = ("<w:b/>" if cell.bold else "") + ("<w:i/>" if cell.italic else "")
        formatting += f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        run = f'<w:r><w:rPr>{formatting}</w:rPr><w:t xml:space="preserve">{escape(printable(cell.text))}</w:t></w:r>'
    return f"<w:tc><w:tcPr>{properties}</w:tcPr><w:p>{paragraph}{run}</w:p></w:tc>"
