"""The chart of a review report: components by status as a PNG of horizontal bars, drawn with Pillow. The same
PNG goes into the Word report and the Excel annex."""

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from chitieu.evaluation.engine.definitions import Status

# The badge colours of chitieu/static/chitieu/site.css.
STATUS_COLOURS = {
    "exceeded": "146C2E",
    "met": "2B8A3E",
    "near": "A86800",
    "on_track": "1C6FB8",
    "likely": "5B6FD6",
    "hard": "C2410C",
    "not_met": "B42318",
    "no_data": "6B7280",
}
INK = (29, 35, 48)
MUTED = (92, 101, 119)
GRID = (217, 222, 231)
# TrueType fonts with Vietnamese letters, in order: Debian's fonts-liberation2, then fonts-dejavu-core.
FONTS = {
    False: (
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ),
    True: (
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
}
SCALE = 2  # drawn at twice the size it is shown at, for print
# At 1×, in pixels.
WIDTH = 900
MARGIN = 20
TITLE_SIZE = 20
TEXT_SIZE = 16
BAR_HEIGHT = 28
BAR_GAP = 12
COUNT_ROOM = 60  # right of the longest bar, for its count


@dataclass(frozen=True)
class Bar:
    status: Status
    label: str
    count: int
    colour: tuple[int, int, int]
    box: tuple[int, int, int, int]  # left, top, right, bottom in the PNG's pixels


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONTS[bold]:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def title_for(status_counts: Sequence[tuple[Status, str, int]]) -> str:
    return f"Kết quả thực hiện {sum(count for _, _, count in status_counts)} chỉ tiêu thành phần"


def _label(text: str) -> str:
    return text[:1].upper() + text[1:]


def layout(
    status_counts: Sequence[tuple[Status, str, int]], scale: int = SCALE
) -> tuple[tuple[int, int], list[Bar]]:
    """The PNG's size and one bar per status present, longest for the largest count."""
    text_font = font(TEXT_SIZE * scale)
    margin = MARGIN * scale
    label_width = max((text_font.getlength(_label(label)) for _, label, _ in status_counts), default=0)
    left = margin + int(label_width) + 12 * scale
    room = WIDTH * scale - margin - COUNT_ROOM * scale - left
    top = margin + TITLE_SIZE * scale * 2
    most = max((count for _, _, count in status_counts), default=0)
    bars = []
    for index, (status, label, count) in enumerate(status_counts):
        y = top + index * (BAR_HEIGHT + BAR_GAP) * scale
        length = max(scale, round(room * count / most)) if most else 0
        colour = rgb(STATUS_COLOURS.get(status.value, STATUS_COLOURS["no_data"]))
        bars.append(
            Bar(status, _label(label), count, colour, (left, y, left + length, y + BAR_HEIGHT * scale))
        )
    height = top + len(bars) * (BAR_HEIGHT + BAR_GAP) * scale - BAR_GAP * scale + margin
    return (WIDTH * scale, height), bars


def png(
    status_counts: Sequence[tuple[Status, str, int]], title: str | None = None, scale: int = SCALE
) -> bytes:
    size, bars = layout(status_counts, scale)
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    margin = MARGIN * scale
    draw.text(
        (size[0] // 2, margin),
        title or title_for(status_counts),
        font=font(TITLE_SIZE * scale, bold=True),
        fill=INK,
        anchor="ma",
    )
    text_font = font(TEXT_SIZE * scale)
    count_font = font(TEXT_SIZE * scale, bold=True)
    if bars:
        axis = bars[0].box[0]
        draw.line(
            (axis, bars[0].box[1] - 6 * scale, axis, bars[-1].box[3] + 6 * scale), fill=GRID, width=scale
        )
    for bar in bars:
        left, top, right, bottom = bar.box
        middle = (top + bottom) // 2
        draw.text((left - 10 * scale, middle), bar.label, font=text_font, fill=INK, anchor="rm")
        draw.rectangle(bar.box, fill=bar.colour)
        draw.text((right + 8 * scale, middle), str(bar.count), font=count_font, fill=INK, anchor="lm")
    out = BytesIO()
    image.save(out, format="PNG", dpi=(96 * scale, 96 * scale))
    return out.getvalue()
