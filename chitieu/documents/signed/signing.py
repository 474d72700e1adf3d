"""A PDF signed in PAdES (baseline B-B, or B-T with a time-stamp authority) with a visible signature block."""

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.stamp import TextStampStyle

from chitieu.documents.signed.certificates import DEMO_MARK

FIELD = "ChuKySo"
FONTS = (
    Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
)
# The block in points: 8 cm by 3,2 cm, its right edge 15 mm from the page's, as the signature column sits.
WIDTH, HEIGHT, RIGHT_MARGIN, BOTTOM = 227, 92, 43, 60


@dataclass(frozen=True)
class Block:
    """What the visible block says, in the layout of the issuing body (Party: HD 36; State: NĐ 30)."""

    on_behalf: str  # "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"
    title: str  # "BÍ THƯ", "CHỦ TỊCH"
    name: str
    signed_at: datetime
    demo: bool

    def text(self) -> str:
        lines = [
            self.on_behalf,
            self.title,
            f"Đã ký số: {self.name}",
            f"Thời gian ký: {self.signed_at:%d/%m/%Y %H:%M:%S} (GMT+7)",
        ]
        if self.demo:
            lines.append(DEMO_MARK)
        return "\n".join(line.replace("%", "%%") for line in lines if line)


class _PerMille(GlyphAccumulator):
    """pyHanko 0.38 writes a TrueType font's glyph widths in its own units (2048 to the em for Liberation) where
    PDF wants 1000: every letter stood twice as wide. Shaped and measured here in thousandths of an em."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._font_units = self.units_per_em
        self.units_per_em = 1000
        self.hb_font.scale = (1000, 1000)

    def _get_cid_and_width(self, glyph_id: int) -> tuple[int, int]:
        if glyph_id in self._glyphs:
            return self._glyphs[glyph_id]
        cid, width = super()._get_cid_and_width(glyph_id)
        self._glyphs[glyph_id] = result = cid, round(width * 1000 / self._font_units)
        return result


class _PerMilleFactory(GlyphAccumulatorFactory):
    def create_font_engine(self, writer, obj_stream=None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return _PerMille(
            writer=writer,
            font_handle=open(self.font_file, "rb"),  # noqa: SIM115 (pyHanko reads it while writing, as its own)
            font_size=self.font_size,
            obj_stream=obj_stream,
        )


def font_path() -> Path | None:
    return next((path for path in FONTS if path.exists()), None)


def _placement(pdf: bytes, name: str) -> tuple[int, tuple[int, int, int, int]]:
    """The page and box of the signature block: over the signer's name when poppler finds it, else the foot
    of the last page."""
    reader = PdfFileReader(BytesIO(pdf), strict=False)
    last = int(reader.root["/Pages"]["/Count"]) - 1
    found = _name_position(pdf, name) if name else None
    if found is None:
        box = _foot(reader, last)
        return last, box
    page, centre, y_top, width = found
    left = int(max(10, min(centre - WIDTH / 2, width - WIDTH - 10)))
    return page, (left, int(y_top), left + WIDTH, int(y_top) + HEIGHT)


def _foot(reader: PdfFileReader, page_index: int) -> tuple[int, int, int, int]:
    page = reader.find_page_for_modification(page_index)[0].get_object()
    box = page.get("/MediaBox", [0, 0, 595, 842])
    width = int(float(box[2]))
    return (width - RIGHT_MARGIN - WIDTH, BOTTOM, width - RIGHT_MARGIN, BOTTOM + HEIGHT)


def _name_position(pdf: bytes, name: str) -> tuple[int, float, float, float] | None:
    """(page index, centre, PDF y of the top of the name, page width) of the signer's name where it is printed
    last, read with poppler's pdftotext; None when poppler is missing or the name is not printed."""
    program = shutil.which("pdftotext")
    if program is None:
        return None
    try:
        html = subprocess.run(
            [program, "-bbox", "-q", "-", "-"], input=pdf, capture_output=True, timeout=30, check=True
        ).stdout.decode("utf-8", "replace")
    except (subprocess.SubprocessError, OSError):
        return None
    return _find_words(html, name.split())


def _find_words(html: str, words: list[str]) -> tuple[int, float, float, float] | None:
    found = None
    pages = re.split(r"<page ", html)[1:]
    for index, page in enumerate(pages):
        size = re.match(r'width="([\d.]+)" height="([\d.]+)"', page)
        if size is None:
            continue
        width, height = float(size.group(1)), float(size.group(2))
        tokens = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page)
        texts = [t[4] for t in tokens]
        for start in range(len(texts) - len(words) + 1):
            if texts[start : start + len(words)] == words:
                first, last = tokens[start], tokens[start + len(words) - 1]
                centre = (float(first[0]) + float(last[2])) / 2
                # pdftotext counts y from the top; the block goes just above the name, in the space for the hand
                found = (index, centre, height - float(first[1]) + 2, width)
    return found


def sign_pdf(
    pdf: bytes,
    signer: signers.Signer,
    block: Block,
    *,
    reason: str,
    location: str = "",
    keywords: tuple[str, ...] = (),
    tsa_url: str = "",
) -> bytes:
    """The PDF with one more revision holding the signature: PAdES B-B, or B-T when `tsa_url` is given.

    `keywords` go in the document's information dictionary before signing, so the signature covers them: a
    verifier reads the report's key and fingerprint there."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    if keywords:
        writer.document_meta.keywords = list(keywords)
    page, box = _placement(pdf, block.name)
    font = font_path()
    text_style = TextBoxStyle(font=_PerMilleFactory(str(font)) if font else TextBoxStyle().font, font_size=8)
    style = TextStampStyle(
        stamp_text=block.text(), text_box_style=text_style, background=None, border_width=1
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
        name=block.name or None,
    )
    pdf_signer = signers.PdfSigner(
        metadata,
        signer=signer,
        stamp_style=style,
        timestamper=HTTPTimeStamper(tsa_url, timeout=20) if tsa_url else None,
        new_field_spec=fields.SigFieldSpec(FIELD, on_page=page, box=box),
    )
    out = BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()
