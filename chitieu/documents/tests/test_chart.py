"""The status chart: a PNG drawn with Pillow, one bar per status present, in the Word report and the Excel annex."""

from io import BytesIO

from PIL import Image

from chitieu.documents import chart
from chitieu.evaluation.engine.definitions import Status

COUNTS = [
    (Status.EXCEEDED, "vượt", 3),
    (Status.MET, "đạt", 4),
    (Status.HARD, "khó đạt", 1),
    (Status.NO_DATA, "chưa có số liệu", 2),
]


def test_one_bar_per_status_present_as_long_as_its_count():
    size, bars = chart.layout(COUNTS)
    assert [bar.label for bar in bars] == ["Vượt", "Đạt", "Khó đạt", "Chưa có số liệu"]
    lengths = [bar.box[2] - bar.box[0] for bar in bars]
    assert lengths[1] == max(lengths) and lengths[0] == round(lengths[1] * 3 / 4)
    assert all(0 <= bar.box[0] < bar.box[2] <= size[0] and bar.box[3] <= size[1] for bar in bars)
    assert bars[0].colour == (0x14, 0x6C, 0x2E)  # --exceeded of site.css


def test_the_png_shows_each_bar_in_its_status_colour():
    image = Image.open(BytesIO(chart.png(COUNTS))).convert("RGB")
    size, bars = chart.layout(COUNTS)
    assert image.size == size
    for bar in bars:
        left, top, right, bottom = bar.box
        assert image.getpixel(((left + right) // 2, (top + bottom) // 2)) == bar.colour
    # Down the middle of the shortest bar, the coloured rows are the bars, nothing else.
    x = bars[2].box[0] + 2
    runs, previous = [], None
    for y in range(size[1]):
        pixel = image.getpixel((x, y))
        coloured = pixel in {bar.colour for bar in bars}
        if coloured and not previous:
            runs.append(pixel)
        previous = coloured
    assert runs == [bar.colour for bar in bars]


def test_the_chart_of_a_single_status_has_one_bar():
    assert len(chart.layout([(Status.NOT_MET, "không đạt", 9)])[1]) == 1
    assert chart.title_for([(Status.NOT_MET, "không đạt", 9)]) == "Kết quả thực hiện 9 chỉ tiêu thành phần"
