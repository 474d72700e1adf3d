"""Lai Châu (not merged; Phong Thổ lies in it): the XV congress (18-19/9/2025) is real, its list of targets was
not found, so the list here is illustrative, every target marked so. Where a figure is needed it is taken from
the province's master plan 2021-2030 (QĐ 1585/QĐ-TTg), which is not the congress's resolution, and said so.
The 2025 figures are the province's own estimates of November 2025."""

from datetime import date

from chitieu.demo.seeds.current.rows import TERM, Form, Kind, estimate_2026, row
from chitieu.demo.spec import Article, GroupSpec, ResolutionSpec, UnitSpec, reported, year

CONGRESS = "https://www.vietnamplus.vn/khai-mac-dai-hoi-dai-bieu-dang-bo-tinh-lai-chau-nhiem-ky-2025-2030-post1062656.vnp"
PLAN = (
    "https://cafef.vn/tinh-lai-chau-dinh-huong-phat-trien-chuoi-do-thi-theo-truc-doc-188240123164758182.chn"
)
YEAR_2025 = (
    "https://trangtraiviet.danviet.vn/lai-chau-gia-tri-tang-them-nganh-nong-nghiep-dat-493-d1380251.html"
)
FROM_PLAN = (
    "danh sách chỉ tiêu Đại hội XV chưa tìm thấy; mức lấy theo Quy hoạch tỉnh 2021-2030 (QĐ 1585/QĐ-TTg), "
    "không phải chỉ tiêu của nghị quyết"
)
INVENTED = "danh sách chỉ tiêu Đại hội XV chưa tìm thấy; chỉ tiêu và mức do bản demo đặt ra"
NO_2026 = "chưa có số liệu năm 2026 của tỉnh"

ARTICLE = Article(
    title="Khai mạc Đại hội đại biểu Đảng bộ tỉnh Lai Châu nhiệm kỳ 2025-2030",
    published=None,
    byline="VietnamPlus",
    assumed_date=date(2025, 9, 18),
    assumed_date_reason="tệp nguồn không ghi ngày đăng; lấy ngày khai mạc đại hội",
)

RESOLUTION = ResolutionSpec(
    title="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025-2030",
    issuing_body="Đảng bộ tỉnh Lai Châu",
    term=TERM,
    congress_ordinal="XV",
    source_note=(
        "Đại hội 18-19/9/2025 (có thật). Số liệu minh họa: bảng chỉ tiêu của nghị quyết không tìm thấy trong các "
        "nguồn đã đọc; các chỉ tiêu dưới đây là danh sách minh họa. Nơi có thể tra: toàn văn dự thảo Báo cáo chính "
        "trị (baolaichau.vn, 8/2025), NQ 96/2025/NQ-HĐND và QĐ 3068/QĐ-UBND (kế hoạch 5 năm 2026-2030)."
    ),
    groups=(
        GroupSpec(
            name="Kinh tế",
            targets=(
                row(
                    "1.",
                    "Tốc độ tăng trưởng GRDP bình quân",
                    9,
                    "%/năm",
                    indicator="grdp-gia-so-sanh",
                    url=PLAN,
                    form=Form.RANGE,
                    value_high=11,
                    kind=Kind.GROWTH_RATE,
                    baseline_year=2025,
                    says="Quy hoạch tỉnh: GRDP 2021-2030 tăng khoảng 9-11%/năm",
                    illustrative=FROM_PLAN,
                ),
                row(
                    "2.",
                    "GRDP bình quân đầu người",
                    "116,6",
                    "triệu đồng",
                    indicator="grdp-binh-quan-dau-nguoi",
                    url=PLAN,
                    says="Quy hoạch tỉnh: GRDP bình quân đầu người năm 2030 116,6 triệu đồng",
                    illustrative=FROM_PLAN,
                    figures=(
                        reported(
                            "grdp-binh-quan-dau-nguoi",
                            year(2025),
                            "65,5",
                            YEAR_2025,
                            "Ước năm 2025 (họp UBND tỉnh tháng 11/2025): GRDP bình quân đầu người 65,5 triệu đồng; "
                            "ngày công bố ước định: 30/11/2025.",
                            date(2025, 11, 30),
                        ),
                        estimate_2026("grdp-binh-quan-dau-nguoi", "72,4", NO_2026),
                    ),
                ),
                row(
                    "3.",
                    "Thu ngân sách nhà nước trên địa bàn",
                    "4.500",
                    "tỷ đồng",
                    indicator="thu-ngan-sach-nha-nuoc-tren-dia-ban",
                    url=PLAN,
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Quy hoạch tỉnh: thu ngân sách trên 4.500 tỷ đồng năm 2030",
                    illustrative=FROM_PLAN,
                    figures=(estimate_2026("thu-ngan-sach-nha-nuoc-tren-dia-ban", "3.350", NO_2026),),
                ),
                row(
                    "4.",
                    "Số lượt khách du lịch",
                    2,
                    "triệu lượt",
                    indicator="so-khach-du-lich",
                    url=PLAN,
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Quy hoạch tỉnh: khách du lịch năm 2030 trên 2 triệu lượt",
                    illustrative=FROM_PLAN,
                ),
            ),
        ),
        GroupSpec(
            name="Văn hóa - xã hội",
            targets=(
                row(
                    "5.",
                    "Tỷ lệ lao động qua đào tạo",
                    65,
                    "%",
                    indicator="ty-le-lao-dong-qua-dao-tao",
                    url=CONGRESS,
                    form=Form.MIN_BOUND,
                    says="Tỷ lệ lao động qua đào tạo từ 65% trở lên đến năm 2030",
                    illustrative=INVENTED,
                ),
            ),
        ),
        GroupSpec(
            name="Xây dựng Đảng",
            targets=(
                row(
                    "6.",
                    "Tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên",
                    85,
                    "%",
                    indicator="ty-le-to-chuc-co-so-dang-htt-nv",
                    url=CONGRESS,
                    form=Form.MIN_BOUND,
                    kind=Kind.ANNUAL,
                    says="Hằng năm từ 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                    illustrative=INVENTED,
                ),
            ),
        ),
    ),
)

UNIT = UnitSpec(name="Lai Châu", level="province", article=ARTICLE, resolutions=(RESOLUTION,))
