"""Quảng Ninh (not merged; Ba Chẽ lies in it): the XVI congress (25-27/9/2025) and its 21 targets found
(3 Party building, 10 economic, 6 social, 2 environmental).

Rows 1-13 come from the main source, 14-21 from the two further ones the file names for society and environment
(it does not say which row from which: both are given in the note). Rows 5-21 carry no deadline in the sources:
"đến năm 2030" is inferred, and marked so. The total number of targets and the defence targets are not known."""

from datetime import date

from chitieu.demo.seeds.current.rows import INFERRED_DEADLINE, TERM, Direction, Form, Kind, row
from chitieu.demo.spec import Article, GroupSpec, ResolutionSpec, UnitSpec, reported, year

MAIN = "https://thegioitiepthi.danviet.vn/dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xvi-quang-ninh-dat-loat-muc-tieu-dot-pha-d1365942.html"
SOCIAL = "https://dantri.com.vn/thoi-su/quang-ninh-phan-dau-thanh-thanh-pho-truc-thuoc-trung-uong-truoc-2030-20250927102745361.htm"
SOCIAL_TOO = (
    "https://www.vietnamplus.vn/quang-ninh-phan-dau-grdp-tren-dau-nguoi-dat-20000-usd-post1064405.vnp"
)
RESULTS = (
    "https://vietnamnet.vn/xay-dung-quang-ninh-som-tro-thanh-thanh-pho-truc-thuoc-trung-uong-2446352.html"
)
FROM_SOCIAL = (
    f"nguồn bổ sung cho xã hội, môi trường (tệp không ghi dòng nào từ bài nào; bài thứ hai: {SOCIAL_TOO})"
)

ARTICLE = Article(
    title="Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI: Quảng Ninh đặt loạt mục tiêu đột phá (tên theo đường dẫn)",
    published=date(2025, 9, 27),
    byline="Thế giới Tiếp thị",
)


def _later(label, name, value, unit, *, says, url=MAIN, **options):
    """A row whose deadline the sources do not state (rows 5-21)."""
    if url == SOCIAL:
        says = f"{says}; {FROM_SOCIAL}"
    return row(label, name, value, unit, url=url, says=says, check=INFERRED_DEADLINE, **options)


RESOLUTION = ResolutionSpec(
    title="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XVI, nhiệm kỳ 2025-2030",
    issuing_body="Đảng bộ tỉnh Quảng Ninh",
    term=TERM,
    congress_ordinal="XVI",
    source_note=(
        "Đại hội 25-27/9/2025. Khá đủ cho xây dựng Đảng, kinh tế, xã hội; môi trường chỉ có 2 chỉ tiêu nước sạch "
        "(bài nguồn bị cắt); quốc phòng - an ninh không thấy chỉ tiêu số; tổng số chỉ tiêu không rõ."
    ),
    groups=(
        GroupSpec(
            name="Xây dựng Đảng",
            targets=(
                row(
                    "1.",
                    "Tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên",
                    90,
                    "%",
                    indicator="ty-le-to-chuc-co-so-dang-htt-nv",
                    url=MAIN,
                    form=Form.MIN_BOUND,
                    strict=True,
                    kind=Kind.ANNUAL,
                    says="Hằng năm trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                ),
                row(
                    "2.",
                    "Đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên",
                    90,
                    "%",
                    indicator="ty-le-dang-vien-htt-nv",
                    url=MAIN,
                    form=Form.MIN_BOUND,
                    strict=True,
                    kind=Kind.ANNUAL,
                    says="Hằng năm trên 90% đảng viên hoàn thành tốt nhiệm vụ trở lên",
                ),
                row(
                    "3.",
                    "Tỷ lệ kết nạp đảng viên mới so với tổng số đảng viên",
                    3,
                    "%/năm",
                    indicator="ty-le-ket-nap-dang-vien-moi",
                    url=MAIN,
                    form=Form.RANGE,
                    value_high="3,5",
                    kind=Kind.ANNUAL,
                    says="Hằng năm kết nạp đảng viên mới khoảng 3-3,5% tổng số đảng viên",
                ),
            ),
        ),
        GroupSpec(
            name="Kinh tế",
            targets=(
                row(
                    "4.",
                    "Tốc độ tăng trưởng GRDP bình quân",
                    12,
                    "%/năm",
                    indicator="grdp-gia-so-sanh",
                    url=MAIN,
                    kind=Kind.GROWTH_RATE,
                    baseline_year=2025,
                    says="Tăng trưởng GRDP bình quân 12%/năm giai đoạn 2026-2030",
                ),
                _later(
                    "5.",
                    "Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP",
                    18,
                    "%",
                    indicator="ty-trong-cong-nghiep-che-bien-grdp",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Công nghiệp chế biến, chế tạo trên 18% GRDP",
                ),
                _later(
                    "6.",
                    "GRDP bình quân đầu người",
                    "20.000",
                    "USD",
                    indicator="grdp-binh-quan-dau-nguoi-usd",
                    says="GRDP bình quân đầu người đạt 20.000 USD",
                    figures=(
                        reported(
                            "grdp-binh-quan-dau-nguoi-usd",
                            year(2025),
                            "11.000",
                            RESULTS,
                            "Báo cáo chính trị tại đại hội: GRDP bình quân đầu người năm 2025 trên 11.000 USD "
                            "(ghi 11.000: nguồn viết “trên”).",
                            ARTICLE.known_on,
                        ),
                    ),
                ),
                _later(
                    "7.",
                    "Tỷ trọng kinh tế số trong GRDP",
                    30,
                    "%",
                    indicator="ty-trong-kinh-te-so-grdp",
                    says="Kinh tế số đạt 30% GRDP",
                ),
                _later(
                    "8.",
                    "Đóng góp của TFP vào tăng trưởng kinh tế",
                    55,
                    "%",
                    indicator="dong-gop-tfp",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="TFP đóng góp trên 55% tăng trưởng",
                ),
                row(
                    "9.",
                    "Số doanh nghiệp thành lập mới",
                    "2.000",
                    "doanh nghiệp/năm",
                    indicator="so-doanh-nghiep-thanh-lap-moi",
                    url=MAIN,
                    kind=Kind.ANNUAL,
                    says="Hằng năm thành lập mới 2.000 doanh nghiệp",
                ),
                _later(
                    "10.",
                    "Đóng góp của kinh tế tư nhân trong GRDP",
                    40,
                    "%",
                    indicator="ty-trong-kinh-te-tu-nhan-grdp",
                    form=Form.RANGE,
                    value_high=45,
                    says="Kinh tế tư nhân đóng góp khoảng 40-45% GRDP",
                ),
                row(
                    "11.",
                    "Tốc độ tăng tổng vốn đầu tư toàn xã hội bình quân",
                    12,
                    "%/năm",
                    indicator="von-dau-tu-phat-trien-toan-xa-hoi",
                    url=MAIN,
                    form=Form.MIN_BOUND,
                    strict=True,
                    kind=Kind.GROWTH_RATE,
                    baseline_year=2025,
                    says="Tổng vốn đầu tư toàn xã hội tăng bình quân trên 12%/năm giai đoạn 2026-2030",
                ),
                row(
                    "12.",
                    "Tốc độ tăng năng suất lao động xã hội bình quân",
                    12,
                    "%/năm",
                    indicator="nang-suat-lao-dong",
                    url=MAIN,
                    kind=Kind.GROWTH_RATE,
                    baseline_year=2025,
                    says="Năng suất lao động xã hội tăng bình quân 12%/năm giai đoạn 2026-2030",
                ),
                _later(
                    "13.",
                    "Tỷ lệ đô thị hóa",
                    75,
                    "%",
                    indicator="ty-le-do-thi-hoa",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Tỷ lệ đô thị hóa trên 75%",
                ),
            ),
        ),
        GroupSpec(
            name="Văn hóa - xã hội",
            targets=(
                _later(
                    "14.",
                    "Tỷ lệ lao động qua đào tạo",
                    90,
                    "%",
                    url=SOCIAL,
                    indicator="ty-le-lao-dong-qua-dao-tao",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Lao động qua đào tạo trên 90%",
                ),
                _later(
                    "15.",
                    "Trong đó: tỷ lệ lao động có bằng cấp, chứng chỉ",
                    48,
                    "%",
                    url=SOCIAL,
                    indicator="ty-le-lao-dong-co-bang-cap-chung-chi",
                    says="Trong đó có bằng cấp, chứng chỉ 48%",
                ),
                _later(
                    "16.",
                    "Tỷ lệ thất nghiệp",
                    2,
                    "%",
                    url=SOCIAL,
                    indicator="ty-le-that-nghiep",
                    direction=Direction.LOWER,
                    form=Form.MAX_BOUND,
                    strict=True,
                    says="Tỷ lệ thất nghiệp dưới 2%",
                ),
                _later(
                    "17.",
                    "Tuổi thọ trung bình",
                    76,
                    "tuổi",
                    url=SOCIAL,
                    indicator="tuoi-tho-trung-binh",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Tuổi thọ trung bình trên 76 tuổi",
                ),
                _later(
                    "18.",
                    "Tỷ lệ dân số tham gia bảo hiểm y tế",
                    100,
                    "%",
                    url=SOCIAL,
                    indicator="ty-le-bao-phu-bhyt",
                    says="100% dân số tham gia bảo hiểm y tế",
                ),
                _later(
                    "19.",
                    "Hộ nghèo theo chuẩn nghèo đa chiều",
                    0,
                    "hộ",
                    url=SOCIAL,
                    indicator="so-ho-ngheo-da-chieu",
                    direction=Direction.LOWER,
                    form=Form.MAX_BOUND,
                    says="Không còn hộ nghèo theo chuẩn nghèo đa chiều",
                ),
            ),
        ),
        GroupSpec(
            name="Môi trường",
            targets=(
                _later(
                    "20.",
                    "Tỷ lệ dân số đô thị được cấp nước sạch",
                    99,
                    "%",
                    url=SOCIAL,
                    indicator="ty-le-dan-so-do-thi-dung-nuoc-sach",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Trên 99% dân số đô thị được cấp nước sạch",
                ),
                _later(
                    "21.",
                    "Tỷ lệ dân số nông thôn được cấp nước sạch",
                    85,
                    "%",
                    url=SOCIAL,
                    indicator="ty-le-dan-so-nong-thon-dung-nuoc-sach",
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Trên 85% dân số nông thôn được cấp nước sạch",
                ),
            ),
        ),
    ),
)

UNIT = UnitSpec(name="Quảng Ninh", level="province", article=ARTICLE, resolutions=(RESOLUTION,))
