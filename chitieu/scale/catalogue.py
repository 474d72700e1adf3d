"""The shared indicators a generated resolution picks its targets from, with how often each is reported."""

from dataclasses import dataclass
from decimal import Decimal

from chitieu.plans.models import Indicator, Target

MONTH, QUARTER, YEAR = "month", "quarter", "year"


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name: str
    unit: str
    group: int  # index into GROUPS
    cadence: str  # month: monthly, quarterly and yearly values; quarter: quarterly and yearly; year: yearly
    low: int  # the 2020 value of a commune lies between low and high
    high: int
    growth: Decimal  # yearly change, as a fraction (negative for lower-is-better)
    percent: bool = False
    rollup: str = Indicator.Rollup.SUM
    kind: str = Target.Kind.LEVEL

    @property
    def growth_float(self) -> float:
        return float(self.growth)

    @property
    def direction(self) -> str:
        return Target.Direction.LOWER if self.growth < 0 else Target.Direction.HIGHER


GROUPS = (
    ("I.", "Kinh tế"),
    ("II.", "Văn hóa - xã hội"),
    ("III.", "Môi trường"),
    ("IV.", "Quốc phòng - an ninh"),
    ("V.", "Xây dựng Đảng và hệ thống chính trị"),
)

_G = Decimal
_MEAN = Indicator.Rollup.MEAN
_CUMULATIVE = Target.Kind.CUMULATIVE
_ANNUAL = Target.Kind.ANNUAL

CATALOGUE = (
    IndicatorSpec(
        "sinh-thu-ngan-sach",
        "Thu ngân sách nhà nước trên địa bàn",
        "triệu đồng",
        0,
        MONTH,
        5000,
        90000,
        _G("0.08"),
    ),
    IndicatorSpec(
        "sinh-chi-ngan-sach", "Chi ngân sách địa phương", "triệu đồng", 0, MONTH, 8000, 120000, _G("0.06")
    ),
    IndicatorSpec(
        "sinh-von-dau-tu",
        "Tổng vốn đầu tư toàn xã hội",
        "triệu đồng",
        0,
        MONTH,
        20000,
        400000,
        _G("0.10"),
        kind=_CUMULATIVE,
    ),
    IndicatorSpec(
        "sinh-ban-le",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
        "triệu đồng",
        0,
        MONTH,
        30000,
        600000,
        _G("0.09"),
    ),
    IndicatorSpec(
        "sinh-gia-tri-san-xuat", "Giá trị sản xuất", "triệu đồng", 0, QUARTER, 100000, 2000000, _G("0.07")
    ),
    IndicatorSpec(
        "sinh-nong-nghiep",
        "Giá trị sản xuất nông, lâm nghiệp và thủy sản",
        "triệu đồng",
        0,
        QUARTER,
        50000,
        800000,
        _G("0.04"),
    ),
    IndicatorSpec(
        "sinh-cong-nghiep",
        "Giá trị sản xuất công nghiệp - xây dựng",
        "triệu đồng",
        0,
        QUARTER,
        30000,
        1200000,
        _G("0.11"),
    ),
    IndicatorSpec(
        "sinh-san-luong-luong-thuc", "Sản lượng lương thực có hạt", "tấn", 0, QUARTER, 1500, 20000, _G("0.01")
    ),
    IndicatorSpec(
        "sinh-thu-nhap",
        "Thu nhập bình quân đầu người",
        "triệu đồng",
        0,
        YEAR,
        25,
        70,
        _G("0.08"),
        rollup=_MEAN,
    ),
    IndicatorSpec("sinh-dien-tich-cay-an-qua", "Diện tích cây ăn quả", "ha", 0, YEAR, 50, 900, _G("0.03")),
    IndicatorSpec(
        "sinh-doanh-nghiep-moi",
        "Số doanh nghiệp thành lập mới",
        "doanh nghiệp",
        0,
        YEAR,
        2,
        40,
        _G("0.05"),
        kind=_CUMULATIVE,
    ),
    IndicatorSpec(
        "sinh-san-pham-ocop",
        "Số sản phẩm OCOP đạt 3 sao trở lên",
        "sản phẩm",
        0,
        YEAR,
        0,
        8,
        _G("0.15"),
        kind=_CUMULATIVE,
    ),
    IndicatorSpec(
        "sinh-duong-be-tong",
        "Đường giao thông nông thôn được cứng hóa",
        "km",
        0,
        QUARTER,
        5,
        60,
        _G("0.06"),
        kind=_CUMULATIVE,
    ),
    IndicatorSpec(
        "sinh-ty-le-ho-ngheo", "Tỷ lệ hộ nghèo", "%", 1, YEAR, 2, 25, _G("-0.15"), percent=True, rollup=_MEAN
    ),
    IndicatorSpec(
        "sinh-lao-dong-viec-lam",
        "Số lao động được giải quyết việc làm mới",
        "người",
        1,
        QUARTER,
        50,
        900,
        _G("0.03"),
        kind=_ANNUAL,
    ),
    IndicatorSpec(
        "sinh-lao-dong-qua-dao-tao",
        "Tỷ lệ lao động qua đào tạo",
        "%",
        1,
        YEAR,
        40,
        70,
        _G("0.03"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-bao-hiem-y-te",
        "Tỷ lệ dân số tham gia bảo hiểm y tế",
        "%",
        1,
        YEAR,
        80,
        95,
        _G("0.01"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-truong-chuan", "Số trường học đạt chuẩn quốc gia", "trường", 1, YEAR, 1, 6, _G("0.10")
    ),
    IndicatorSpec(
        "sinh-gia-dinh-van-hoa",
        "Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa",
        "%",
        1,
        YEAR,
        80,
        93,
        _G("0.01"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-thon-van-hoa",
        "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa",
        "%",
        1,
        YEAR,
        70,
        92,
        _G("0.02"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-tram-y-te-chuan",
        "Tỷ lệ trạm y tế đạt chuẩn quốc gia về y tế",
        "%",
        1,
        YEAR,
        60,
        95,
        _G("0.03"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-suy-dinh-duong",
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
        "%",
        1,
        YEAR,
        10,
        25,
        _G("-0.05"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec("sinh-ty-suat-sinh", "Tỷ suất sinh thô", "‰", 1, YEAR, 12, 18, _G("-0.01"), rollup=_MEAN),
    IndicatorSpec(
        "sinh-tre-tiem-chung",
        "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
        "%",
        1,
        YEAR,
        90,
        98,
        _G("0.005"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-nuoc-sach",
        "Tỷ lệ hộ dân sử dụng nước hợp vệ sinh",
        "%",
        2,
        YEAR,
        85,
        97,
        _G("0.01"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-che-phu-rung",
        "Tỷ lệ che phủ rừng",
        "%",
        2,
        YEAR,
        30,
        65,
        _G("0.005"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-trong-rung", "Diện tích rừng trồng mới", "ha", 2, QUARTER, 20, 400, _G("0.02"), kind=_ANNUAL
    ),
    IndicatorSpec(
        "sinh-rac-thai",
        "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý",
        "%",
        2,
        YEAR,
        60,
        92,
        _G("0.03"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec("sinh-chay-rung", "Số vụ cháy rừng", "vụ", 2, YEAR, 0, 6, _G("-0.10")),
    IndicatorSpec(
        "sinh-tuyen-quan", "Số thanh niên nhập ngũ", "người", 3, YEAR, 8, 60, _G("0.00"), kind=_ANNUAL
    ),
    IndicatorSpec("sinh-pham-phap-hinh-su", "Số vụ phạm pháp hình sự", "vụ", 3, QUARTER, 2, 40, _G("-0.05")),
    IndicatorSpec("sinh-tai-nan-giao-thong", "Số vụ tai nạn giao thông", "vụ", 3, MONTH, 1, 20, _G("-0.06")),
    IndicatorSpec(
        "sinh-dan-quan",
        "Tỷ lệ dân quân tự vệ so với dân số",
        "%",
        3,
        YEAR,
        1,
        2,
        _G("0.00"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-ket-nap-dang-vien",
        "Số đảng viên mới được kết nạp",
        "đảng viên",
        4,
        QUARTER,
        5,
        60,
        _G("0.02"),
        kind=_CUMULATIVE,
    ),
    IndicatorSpec(
        "sinh-to-chuc-dang-htt",
        "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
        "%",
        4,
        YEAR,
        75,
        95,
        _G("0.01"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-dang-vien-htt",
        "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên",
        "%",
        4,
        YEAR,
        80,
        95,
        _G("0.01"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-chi-bo-thon",
        "Tỷ lệ thôn, tổ dân phố có chi bộ",
        "%",
        4,
        YEAR,
        90,
        100,
        _G("0.005"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-hoi-vien-doan-the",
        "Tỷ lệ tập hợp đoàn viên, hội viên các đoàn thể",
        "%",
        4,
        YEAR,
        65,
        90,
        _G("0.02"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-don-thu",
        "Tỷ lệ đơn thư khiếu nại, tố cáo được giải quyết",
        "%",
        4,
        YEAR,
        85,
        98,
        _G("0.01"),
        percent=True,
        rollup=_MEAN,
    ),
    IndicatorSpec(
        "sinh-cai-cach-hanh-chinh",
        "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
        "%",
        4,
        MONTH,
        85,
        99,
        _G("0.005"),
        percent=True,
        rollup=_MEAN,
    ),
)

# How many targets a congress resolution holds, by level (DOMAIN.md "Scale to plan for", within 15-40).
TARGETS_PER_LEVEL = {"province": (25, 40), "district": (20, 40), "commune": (15, 30)}
