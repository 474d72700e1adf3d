"""The new Cần Thơ city (Cần Thơ + Sóc Trăng + Hậu Giang from 1/7/2025; Phụng Hiệp lies in it): the congress
"lần thứ I" (26-28/9/2025), which set 28 targets; 18 are found, all from a machine translation into English, so
every name is a translation back and marked to be checked against the Vietnamese text. The declared 28 is kept:
the summaries show 18 of 28. The predecessors' end-of-term counts (Hậu Giang 18/18, Cần Thơ 15/20, Sóc Trăng
17/20) are in the resolution's source note for the end-of-term review of the abolished units."""

from datetime import date

from chitieu.demo.seeds.current.rows import TERM, Direction, Form, Kind, row
from chitieu.demo.spec import Article, GroupSpec, ResolutionSpec, UnitSpec, reported, year

TARGETS = "https://news.laodong.vn/thoi-su/can-tho-dat-muc-tieu-xuat-khau-dich-vu-va-thu-ngoai-te-dat-82-ti-usd-vao-nam-2030-1582164.ldo"
COUNTS = "https://thanhnien.vn/chu-tich-quoc-hoi-tran-thanh-man-can-tho-hoi-tu-nhieu-loi-the-tiem-nang-185250927141106838.htm"
YEAR_2025 = "https://vneconomy.vn/can-tho-quyet-dat-muc-tieu-tang-truong-tren-10-nam-2026.htm"
TRANSLATED = (
    "tên chỉ tiêu dịch ngược từ bản tiếng Anh (dịch máy) của Lao Động; đối chiếu bản tiếng Việt cùng bài"
)

ARTICLE = Article(
    title="Cần Thơ đặt mục tiêu xuất khẩu dịch vụ và thu ngoại tệ đạt 8,2 tỉ USD vào năm 2030 (tên theo đường dẫn)",
    published=None,
    byline="Lao Động, bản tiếng Anh",
    assumed_date=date(2025, 9, 28),
    assumed_date_reason="tệp nguồn không ghi ngày đăng; lấy ngày bế mạc đại hội",
)
# The 2025 report of the city (vneconomy) has no date in the saved copy: taken as known at the end of December.
YEAR_END = date(2025, 12, 31)
STRUCTURE_2025 = (
    "Ước cả năm 2025: cơ cấu nông, lâm nghiệp, thủy sản 20,97%, công nghiệp - xây dựng 28,05%, dịch vụ 45,67%, "
    "thuế sản phẩm 5,31% GRDP; GRDP tăng 7,23%; ngày công bố ước định: cuối tháng 12/2025."
)


def _row(label, name, value, unit, *, check=TRANSLATED, **options):
    return row(label, name, value, unit, url=TARGETS, check=check, **options)


def _2025(indicator: str, value: str, note: str = STRUCTURE_2025):
    return (reported(indicator, year(2025), value, YEAR_2025, note, YEAR_END),)


RESOLUTION = ResolutionSpec(
    title="Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025-2030",
    issuing_body="Đảng bộ thành phố Cần Thơ",
    term=TERM,
    congress_ordinal="I",
    declared_count=28,
    source_note=(
        "Đại hội 26-28/9/2025; 28 chỉ tiêu (8 kinh tế, 7 xã hội, 4 môi trường, 3 kết cấu hạ tầng, 3 + 3 chưa rõ "
        f"nhóm) theo {COUNTS}. Tìm thấy 18/28, từ bản dịch tiếng Anh (bản dịch gộp nhiều ý, cách đánh số có thể "
        "không khớp 28 chỉ tiêu chính thức); môi trường, hạ tầng, quốc phòng - an ninh, xây dựng Đảng không tìm "
        "thấy. Kết quả nhiệm kỳ 2020-2025 của các đơn vị hợp thành: Hậu Giang (cũ) đạt và vượt 18/18 chỉ tiêu, "
        "Cần Thơ (cũ) 15/20, Sóc Trăng (cũ) 17/20 (cùng nguồn)."
    ),
    groups=(
        GroupSpec(
            name="Kinh tế",
            targets=(
                _row(
                    "1.",
                    "GRDP theo giá hiện hành",
                    717,
                    "nghìn tỷ đồng",
                    indicator="grdp-gia-hien-hanh",
                    form=Form.MIN_BOUND,
                    says="GRDP theo giá hiện hành tối thiểu 717 nghìn tỷ đồng đến năm 2030",
                ),
                _row(
                    "2.",
                    "GRDP bình quân đầu người",
                    215,
                    "triệu đồng/người/năm",
                    indicator="grdp-binh-quan-dau-nguoi",
                    form=Form.APPROXIMATE,
                    says="GRDP bình quân đầu người khoảng 215 triệu đồng năm 2030",
                    figures=_2025(
                        "grdp-binh-quan-dau-nguoi",
                        "94,94",
                        "Ước cả năm 2025: GRDP bình quân đầu người 94,94 triệu đồng (số ước 99,56 triệu tháng "
                        "12/2025 đã được thay). Ngày công bố ước định: cuối tháng 12/2025.",
                    ),
                ),
                _row(
                    "3.",
                    "Tốc độ tăng trưởng GRDP bình quân",
                    10,
                    "%/năm",
                    indicator="grdp-gia-so-sanh",
                    form=Form.RANGE,
                    value_high="10,5",
                    kind=Kind.GROWTH_RATE,
                    baseline_year=2025,
                    says="Tăng trưởng GRDP bình quân 10-10,5%/năm (nguồn khác: “10-10,5%/năm trở lên”)",
                    check=f"{TRANSLATED}; mốc “2025/2026-2030” không rõ",
                ),
                _row(
                    "4.",
                    "Kim ngạch xuất khẩu hàng hóa, dịch vụ và thu ngoại tệ",
                    "8,2",
                    "tỷ USD",
                    indicator="kim-ngach-xuat-khau-va-thu-ngoai-te",
                    says="Xuất khẩu hàng hóa, dịch vụ và thu ngoại tệ đạt 8,2 tỷ USD năm 2030",
                ),
                _row(
                    "5.",
                    "Thu nhập bình quân đầu người",
                    "8,5",
                    "triệu đồng/tháng",
                    indicator=None,
                    says="Thu nhập bình quân đầu người 8,5 triệu đồng/tháng năm 2030 (đơn vị tháng: không gắn chỉ số năm)",
                ),
                _row(
                    "6.",
                    "Thu ngân sách nhà nước",
                    57,
                    "nghìn tỷ đồng",
                    indicator=None,
                    says="Thu ngân sách nhà nước 57 nghìn tỷ đồng năm 2030",
                ),
                _row(
                    "7.",
                    "Tổng vốn đầu tư toàn xã hội",
                    286,
                    "nghìn tỷ đồng",
                    indicator=None,
                    says="Tổng vốn đầu tư toàn xã hội 286 nghìn tỷ đồng (khoảng 40% GRDP) năm 2030",
                    check=f"{TRANSLATED}; có thể là lũy kế hoặc một năm — bản dịch không rõ",
                ),
                _row(
                    "8.",
                    "Tỷ trọng nông, lâm nghiệp, thủy sản trong GRDP",
                    16,
                    "% GRDP",
                    indicator="ty-trong-nong-lam-thuy-san-grdp",
                    direction=Direction.LOWER,
                    form=Form.MAX_BOUND,
                    strict=True,
                    says="Nông, lâm nghiệp, thủy sản dưới 16% GRDP năm 2030",
                    figures=_2025("ty-trong-nong-lam-thuy-san-grdp", "20,97"),
                ),
                _row(
                    "9.",
                    "Tỷ trọng công nghiệp - xây dựng trong GRDP",
                    35,
                    "% GRDP",
                    indicator="ty-trong-cong-nghiep-xay-dung-grdp",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Công nghiệp - xây dựng trên 35% GRDP năm 2030",
                    figures=_2025("ty-trong-cong-nghiep-xay-dung-grdp", "28,05"),
                ),
                _row(
                    "10.",
                    "Tỷ trọng dịch vụ trong GRDP",
                    45,
                    "% GRDP",
                    indicator="ty-trong-dich-vu-grdp",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Dịch vụ trên 45% GRDP năm 2030",
                    figures=_2025("ty-trong-dich-vu-grdp", "45,67"),
                ),
                _row(
                    "11.",
                    "Xếp hạng chỉ số điều hành, quản trị của thành phố",
                    15,
                    "thứ hạng",
                    indicator="xep-hang-chi-so-dieu-hanh",
                    direction=Direction.LOWER,
                    form=Form.MAX_BOUND,
                    says="Thuộc nhóm 15 địa phương điều hành tốt nhất đến năm 2030",
                    check=f"{TRANSLATED}; tên chỉ số chưa rõ",
                ),
                _row(
                    "12.",
                    "Tỷ trọng kinh tế số trong GRDP",
                    30,
                    "%",
                    indicator="ty-trong-kinh-te-so-grdp",
                    says="Kinh tế số đạt 30% GRDP năm 2030",
                ),
                _row(
                    "13.",
                    "Tỷ lệ dịch vụ công trực tuyến được sử dụng",
                    80,
                    "%",
                    indicator="ty-le-dich-vu-cong-truc-tuyen",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Trên 80% dịch vụ công trực tuyến được sử dụng năm 2030",
                ),
                _row(
                    "14.",
                    "Tốc độ tăng trưởng khu vực kinh tế tư nhân bình quân",
                    10,
                    "%/năm",
                    indicator="gia-tri-tang-them-kinh-te-tu-nhan",
                    kind=Kind.GROWTH_RATE,
                    baseline_year=2025,
                    says="Khu vực kinh tế tư nhân tăng trưởng bình quân 10%/năm giai đoạn 2026-2030",
                ),
                _row(
                    "15.",
                    "Tỷ lệ giải ngân vốn đầu tư công",
                    100,
                    "%",
                    indicator="ty-le-giai-ngan-von-dau-tu-cong",
                    kind=Kind.ANNUAL,
                    says="Hằng năm giải ngân 100% vốn đầu tư công",
                ),
            ),
        ),
        GroupSpec(
            name="Văn hóa - xã hội",
            targets=(
                _row(
                    "16.",
                    "Dân số trung bình",
                    "3,3",
                    "triệu người",
                    indicator=None,
                    says="Dân số trung bình 3,3 triệu người năm 2030",
                ),
                _row(
                    "17.",
                    "Chỉ số phát triển con người (HDI)",
                    "0,78",
                    "chỉ số",
                    indicator="chi-so-hdi",
                    says="HDI đạt 0,78 năm 2030",
                ),
                _row(
                    "18.",
                    "Năng suất lao động",
                    358,
                    "triệu đồng/lao động",
                    indicator="nang-suat-lao-dong",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Năng suất lao động trên 358 triệu đồng/lao động năm 2030",
                    figures=_2025(
                        "nang-suat-lao-dong",
                        "182,93",
                        "Ước cả năm 2025: năng suất lao động 182,93 triệu đồng/lao động. Ngày công bố ước định: "
                        "cuối tháng 12/2025.",
                    ),
                ),
            ),
        ),
    ),
)

UNIT = UnitSpec(
    name="Cần Thơ",
    level="province",
    article=ARTICLE,
    resolutions=(RESOLUTION,),
    formed_from=("Hậu Giang",),  # the demo loads only this one of its three predecessors
)
