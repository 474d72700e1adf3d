"""Phụng Hiệp (Hậu Giang): 2023, the year of acceleration, from the article of 09/01/2024.

Stated by the article: the 2023 annual resolution met or exceeded all 17 of its targets, among them new Party
members at 107% of target, 100% of household voters at the hamlet-head election, 45,2 billion đồng raised for
the poor (152%), gross output of nearly 8.100 billion đồng (+9,17%) with the three sectors above 101%, 102% and
111% of target, domestic revenue up more than 11% and at 125,4% of target, investment of 2.722 billion đồng
(+15,7%, 114,3%), public investment disbursed as planned, 165 high-tech models, 10 VietGAP models, 3 OCOP
products proposed for five stars, 10 tourist sites earning more than 12 billion đồng (three times 2022), 172
solidarity houses worth 8,1 billion đồng, 6 roads and 42 bridges worth more than 17 billion đồng, 175.300
insured people (93,72%, 100% of the province's plan), the poverty rate down 2,5 points, poor and near-poor
10,5%; 20 projects (8 new, 12 continuing) taking land from more than 2.400 households over 374 ha, 2.200
households compensated for more than 325 billion đồng, more than 42 km of two expressways handed over; of the
16 targets of the XII congress resolution 9 met or exceeded and 4 at 90% at the end of 2023; for 2024, 6 key
tasks, 17 main targets and 4 groups of solutions, and two breakthrough areas.

Illustrative: every target level (neither resolution's list is published) and the values the article gives
only as a percentage of target; for the congress resolution, the results other than the article's, chosen so
that at the end of 2023 the engine finds 9 met or exceeded, 4 in the 90% band (the resolution's near band) and
3 below 90% — the "các chỉ tiêu còn lại" that "sẽ đạt vào cuối nhiệm kỳ". The 2024 resolution is a shell: its
17 targets and 6 key tasks are declared but not published, so none are invented.
"""

from datetime import date

from chitieu.demo.seeds import agencies as a
from chitieu.demo.spec import (
    Article,
    DistrictSpec,
    GroupSpec,
    KeyTaskSpec,
    Plan,
    ResolutionSpec,
    TargetSpec,
    as_of,
    derived,
    invented,
    stated,
    year,
    yearly,
)
from chitieu.plans.models import KeyTask, Resolution, Target

Form, Kind = Target.Form, Target.Kind

ARTICLE = Article(
    title="Huyện Phụng Hiệp: Tăng tốc cho nhiệm kỳ 2020-2025",
    published=date(2024, 1, 9),
    byline="T.T",
)
NOW = as_of(ARTICLE.known_on)
Y2023 = year(2023)

S_ACCELERATION = (
    "Trong nhiệm kỳ 5 năm (2020-2025) thì năm 2023 được Đảng bộ huyện Phụng Hiệp xác định là năm tăng tốc thực "
    "hiện các chỉ tiêu nghị quyết của cả nhiệm kỳ."
)
S_ALL_MET = (
    "Vì thế năm qua, Ban Chấp hành Đảng bộ huyện đã phát huy tinh thần “Đổi mới, đột phá, quyết tâm, khát vọng”, "
    "tập trung lãnh đạo, chỉ đạo và thực hiện đạt và vượt 17/17 chỉ tiêu nghị quyết năm, từng bước đưa các chỉ "
    "tiêu nhiệm kỳ 2020-2025 về đích."
)
S_NEW_MEMBERS = (
    "Trong đó, nổi bật là công tác kết nạp đảng viên đạt 107% chỉ tiêu; chỉ đạo tổ chức Hội nghị sơ kết giữa "
    "nhiệm kỳ Đại hội đại biểu Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020-2025; chỉ đạo tổ chức thành công Đại "
    "hội Hội Nông dân, Công đoàn, nhiệm kỳ 2023-2028."
)
S_HAMLET_ELECTION = (
    "Chỉ đạo tổ chức thành công bầu cử Trưởng ấp, nhiệm kỳ 2023-2025 với tỷ lệ cử tri đại diện hộ gia đình tham "
    "gia bầu cử đạt 100%."
)
S_SOCIAL_FUNDS = (
    "Năm qua, vận động Quỹ “Vì người nghèo” và Chương trình “An sinh phúc lợi xã hội” được 45,2 tỉ đồng, đạt "
    "152% chỉ tiêu; xây dựng 172 nhà đại đoàn kết, trị giá 8,1 tỉ đồng; xây dựng 6 tuyến lộ và 42 cầu giao "
    "thông nông thôn, trị giá trên 17 tỉ đồng."
)
S_OUTPUT = "Tổng giá trị sản xuất đạt gần 8.100 tỉ đồng, tăng 9,17% so năm 2022."
S_SECTORS = (
    "Trong đó, lĩnh vực nông - lâm - thủy sản đạt hơn 101%; công nghiệp - xây dựng đạt hơn 102%; thương mại - "
    "dịch vụ đạt hơn 111% chỉ tiêu; cơ cấu giá trị sản xuất chuyển dịch đúng hướng, giảm tỷ trọng khu vực I, "
    "tăng tỷ trọng khu vực II và III."
)
S_BUDGET_INVESTMENT = (
    "Tổng thu ngân sách (thu nội địa) tăng hơn 11% so năm 2022, đạt 125,4% chỉ tiêu; tổng vốn đầu tư phát "
    "triển toàn xã hội 2.722 tỉ đồng, tăng 15,7%, đạt 114,3% chỉ tiêu; giải ngân vốn đầu tư công đảm bảo đúng "
    "tiến độ, đạt kế hoạch tỉnh giao."
)
S_MODELS = (
    "Toàn huyện có 165 mô hình ứng dụng công nghệ cao, 10 mô hình theo tiêu chuẩn VietGAP gắn với chuỗi giá "
    "trị, 3 sản phẩm OCOP đề xuất công nhận 5 sao cấp Quốc gia."
)
S_TOURISM = "Xây dựng được 10 điểm tham quan, du lịch với doanh thu đạt hơn 12 tỉ đồng, tăng gấp 3 lần so với năm 2022."
S_PROJECTS = (
    "Năm qua, trên địa bàn huyện triển khai thực hiện 20 dự án, trong đó có 8 dự án mới và 12 dự án chuyển "
    "tiếp, có hơn 2.400 hộ bị thu hồi đất với tổng diện tích 374ha."
)
S_HANDOVER = (
    "Đến nay, huyện hoàn tất kiểm đếm và bàn giao mặt bằng với 2.200 hộ cho đơn vị thi công, tổng kinh phí phê "
    "duyệt hơn 325 tỉ đồng."
)
S_EXPRESSWAYS = (
    "Trong đó, 2 tuyến đường Cao tốc Cần Thơ - Cà Mau; Châu Đốc - Cần Thơ - Hậu Giang - Sóc Trăng đi qua địa "
    "bàn huyện tổng chiều dài hơn 42km đã bàn giao mặt bằng cho đơn vị thi công đúng thời gian quy định."
)
S_INSURANCE = (
    "Các hoạt động văn hóa - xã hội đi vào thực chất, có hiệu quả, từng bước đáp ứng yêu cầu phát triển, vận "
    "động 175.300 người dân tham gia bảo hiểm y tế, tỷ lệ bao phủ bảo hiểm y tế chiếm 93,72% dân số, đạt 100% "
    "kế hoạch tỉnh giao."
)
S_POVERTY = (
    "Cuối năm, qua bình xét tỷ lệ hộ nghèo của huyện giảm 2,5%, cao hơn mức trung bình toàn tỉnh; tỷ lệ hộ "
    "nghèo, cận nghèo của huyện nay còn 10,5%."
)
S_CONGRESS_COUNT = (
    "Đến nay, trong 16 chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện Phụng Hiệp, có 9 chỉ tiêu thực hiện đạt và "
    "vượt, 4 chỉ tiêu đạt 90%, các chỉ tiêu còn lại sẽ đạt vào cuối nhiệm kỳ."
)
S_PLAN_2024 = (
    "Năm 2024, Ban Chấp hành Đảng bộ huyện đề ra 6 nhiệm vụ trọng tâm, 17 chỉ tiêu chủ yếu và 4 nhóm giải pháp "
    "trên các lĩnh vực."
)
S_SPEARHEADS = (
    "Năm mới, huyện cũng sẽ tập trung vào hai mũi nhọn đột phá là công tác giải phóng mặt bằng các công trình "
    "trọng điểm trên địa bàn để đẩy nhanh tiến độ các dự án; song song đó là tổ chức xây dựng và nhân rộng các "
    "mô hình sản xuất nông nghiệp gắn với du lịch."
)

ANNUAL_NOT_PUBLISHED = "bài viết không nêu mức chỉ tiêu của nghị quyết năm 2023"
CONGRESS_NOT_PUBLISHED = "bài viết không công bố danh mục và mức 16 chỉ tiêu của Nghị quyết Đại hội XII"
CONGRESS_MET = "chọn để chỉ tiêu này nằm trong “9 chỉ tiêu thực hiện đạt và vượt” theo bài"
CONGRESS_NEAR = "chọn để chỉ tiêu này nằm trong “4 chỉ tiêu đạt 90%” theo bài"
CONGRESS_BELOW = "chọn để chỉ tiêu này nằm trong “các chỉ tiêu còn lại” (dưới 90%) theo bài"
EARLIER_YEARS = "bài viết chỉ nêu kết quả năm 2023"


def _count(indicator: str, value: str | int, how: str, earlier: dict[int, str | int]):
    """The 2023 value of a congress target picked to match the article's count, and invented earlier years."""
    return (
        *yearly(indicator, earlier, EARLIER_YEARS),
        derived(indicator, Y2023, value, S_CONGRESS_COUNT, how),
    )


FIGURES = (
    # Gross output and its three sectors.
    invented("gia-tri-san-xuat", year(2020), "6.300", EARLIER_YEARS),
    invented("gia-tri-san-xuat", year(2021), "6.850", EARLIER_YEARS),
    derived(
        "gia-tri-san-xuat",
        year(2022),
        "7.419,6",
        S_OUTPUT,
        "suy ra từ “gần 8.100 tỉ đồng, tăng 9,17% so năm 2022”: 8.100 / 1,0917 ≈ 7.419,6 tỷ đồng",
    ),
    stated("gia-tri-san-xuat", Y2023, "8.100", S_OUTPUT, note="Gần 8.100 tỉ đồng, tăng 9,17% so năm 2022."),
    derived(
        "gia-tri-san-xuat-nong-lam-thuy-san",
        Y2023,
        "3.390",
        S_SECTORS,
        "suy ra từ “đạt hơn 101%” chỉ tiêu 3.353 tỷ đồng (minh họa); ba khu vực cộng 8.090 ≈ “gần 8.100”",
    ),
    derived(
        "gia-tri-san-xuat-cong-nghiep-xay-dung",
        Y2023,
        "2.300",
        S_SECTORS,
        "suy ra từ “đạt hơn 102%” chỉ tiêu 2.253 tỷ đồng (minh họa)",
    ),
    derived(
        "gia-tri-san-xuat-thuong-mai-dich-vu",
        Y2023,
        "2.400",
        S_SECTORS,
        "suy ra từ “đạt hơn 111% chỉ tiêu” 2.160 tỷ đồng (minh họa)",
    ),
    # Budget and investment.
    invented("thu-noi-dia", year(2020), 150, EARLIER_YEARS),
    invented("thu-noi-dia", year(2021), 165, EARLIER_YEARS),
    derived(
        "thu-noi-dia",
        year(2022),
        "180,5",
        S_BUDGET_INVESTMENT,
        "suy ra từ “tăng hơn 11% so năm 2022”: 200,64 / 180,5 = 111,2%",
    ),
    derived(
        "thu-noi-dia",
        Y2023,
        "200,64",
        S_BUDGET_INVESTMENT,
        "suy ra từ tỷ lệ “đạt 125,4% chỉ tiêu” trong bài: 160 tỷ đồng (chỉ tiêu minh họa) × 125,4%",
    ),
    derived(
        "von-dau-tu-phat-trien-toan-xa-hoi",
        year(2022),
        "2.352,6",
        S_BUDGET_INVESTMENT,
        "suy ra từ “2.722 tỉ đồng, tăng 15,7%”: 2.722 / 1,157 ≈ 2.352,6 tỷ đồng",
    ),
    stated(
        "von-dau-tu-phat-trien-toan-xa-hoi",
        Y2023,
        "2.722",
        S_BUDGET_INVESTMENT,
        note="Tăng 15,7%, đạt 114,3% chỉ tiêu.",
    ),
    derived(
        "ty-le-giai-ngan-von-dau-tu-cong",
        Y2023,
        100,
        S_BUDGET_INVESTMENT,
        "suy ra từ “đạt kế hoạch tỉnh giao”: ghi 100% kế hoạch",
    ),
    # Farming, tourism, rural roads.
    invented("so-mo-hinh-ung-dung-cong-nghe-cao", year(2021), 120, EARLIER_YEARS),
    invented("so-mo-hinh-ung-dung-cong-nghe-cao", year(2022), 140, EARLIER_YEARS),
    stated("so-mo-hinh-ung-dung-cong-nghe-cao", Y2023, 165, S_MODELS),
    stated("so-mo-hinh-vietgap", Y2023, 10, S_MODELS),
    stated("so-san-pham-ocop-de-xuat-5-sao", Y2023, 3, S_MODELS),
    stated("so-diem-tham-quan-du-lich", Y2023, 10, S_TOURISM),
    stated("doanh-thu-du-lich", Y2023, 12, S_TOURISM, note="Hơn 12 tỉ đồng, gấp 3 lần năm 2022."),
    derived(
        "doanh-thu-du-lich", year(2022), 4, S_TOURISM, "suy ra từ “tăng gấp 3 lần so với năm 2022”: 12 / 3"
    ),
    stated("so-tuyen-lo-giao-thong-nong-thon", Y2023, 6, S_SOCIAL_FUNDS),
    stated("so-cau-giao-thong-nong-thon", Y2023, 42, S_SOCIAL_FUNDS),
    stated("gia-tri-cong-trinh-giao-thong-nong-thon", Y2023, 17, S_SOCIAL_FUNDS, note="Trên 17 tỉ đồng."),
    # Land clearance for the key projects.
    stated("so-du-an-giai-phong-mat-bang", Y2023, 20, S_PROJECTS),
    stated("so-du-an-moi", Y2023, 8, S_PROJECTS),
    stated("so-du-an-chuyen-tiep", Y2023, 12, S_PROJECTS),
    stated("so-ho-bi-thu-hoi-dat", Y2023, "2.400", S_PROJECTS, note="Hơn 2.400 hộ."),
    stated("dien-tich-dat-thu-hoi", Y2023, 374, S_PROJECTS),
    stated("so-ho-da-ban-giao-mat-bang", NOW, "2.200", S_HANDOVER),
    stated("kinh-phi-boi-thuong-duoc-phe-duyet", NOW, 325, S_HANDOVER, note="Hơn 325 tỉ đồng."),
    stated("so-tuyen-cao-toc-qua-dia-ban", NOW, 2, S_EXPRESSWAYS),
    stated("chieu-dai-cao-toc-da-ban-giao-mat-bang", NOW, 42, S_EXPRESSWAYS, note="Hơn 42 km."),
    # Social security.
    stated("quy-vi-nguoi-ngheo", Y2023, "45,2", S_SOCIAL_FUNDS, note="Đạt 152% chỉ tiêu."),
    stated("so-nha-dai-doan-ket", Y2023, 172, S_SOCIAL_FUNDS),
    stated("gia-tri-nha-dai-doan-ket", Y2023, "8,1", S_SOCIAL_FUNDS),
    invented("ty-le-bao-phu-bhyt", year(2021), "91,5", EARLIER_YEARS),
    invented("ty-le-bao-phu-bhyt", year(2022), "92,8", EARLIER_YEARS),
    stated("ty-le-bao-phu-bhyt", Y2023, "93,72", S_INSURANCE, note="Đạt 100% kế hoạch tỉnh giao."),
    stated("so-nguoi-tham-gia-bhyt", Y2023, "175.300", S_INSURANCE),
    invented("ty-le-ho-ngheo-da-chieu", year(2021), "7,0", EARLIER_YEARS),
    invented("ty-le-ho-ngheo-da-chieu", year(2022), "5,1", EARLIER_YEARS),
    derived(
        "ty-le-ho-ngheo-da-chieu",
        Y2023,
        "2,6",
        S_POVERTY,
        "suy ra từ “tỷ lệ hộ nghèo của huyện giảm 2,5%”: 5,1 (năm 2022, minh họa) − 2,5",
    ),
    stated("muc-giam-ty-le-ho-ngheo", Y2023, "2,5", S_POVERTY, note="Cao hơn mức trung bình toàn tỉnh."),
    stated("ty-le-ho-ngheo-can-ngheo", Y2023, "10,5", S_POVERTY),
    # Party building.
    invented("so-dang-vien-moi-ket-nap", year(2021), 305, EARLIER_YEARS),
    invented("so-dang-vien-moi-ket-nap", year(2022), 310, EARLIER_YEARS),
    derived(
        "so-dang-vien-moi-ket-nap",
        Y2023,
        321,
        S_NEW_MEMBERS,
        "suy ra từ tỷ lệ “đạt 107% chỉ tiêu” trong bài: 300 đảng viên (chỉ tiêu minh họa) × 107%",
    ),
    stated("ty-le-cu-tri-tham-gia-bau-cu-truong-ap", Y2023, 100, S_HAMLET_ELECTION),
    invented("ty-le-to-chuc-co-so-dang-htt-nv", year(2021), "90,5", EARLIER_YEARS),
    invented("ty-le-to-chuc-co-so-dang-htt-nv", year(2022), 91, EARLIER_YEARS),
    derived(
        "ty-le-to-chuc-co-so-dang-htt-nv",
        Y2023,
        92,
        S_ALL_MET,
        "chọn để khớp với “đạt và vượt 17/17 chỉ tiêu nghị quyết năm” và “9 chỉ tiêu thực hiện đạt và vượt”",
    ),
    # Congress targets the annual resolution does not measure.
    *_count("thu-nhap-binh-quan-dau-nguoi", "66,5", CONGRESS_NEAR, {2021: 58, 2022: 62}),
    *_count("so-san-pham-ocop-3-sao-tro-len", 37, CONGRESS_NEAR, {2021: 30, 2022: 34}),
    *_count("ty-le-lao-dong-qua-dao-tao", 66, CONGRESS_NEAR, {2021: 62, 2022: 64}),
    *_count("ty-le-do-thi-hoa", 24, CONGRESS_BELOW, {2021: 22, 2022: 23}),
    *_count("ty-le-truong-dat-chuan-quoc-gia", 62, CONGRESS_BELOW, {2021: 55, 2022: 58}),
    *_count("so-bac-si-tren-van-dan", "10,5", CONGRESS_MET, {2021: "9,6", 2022: 10}),
    *_count("ty-le-ap-khu-vuc-an-toan-an-ninh-trat-tu", 93, CONGRESS_MET, {2021: 91, 2022: 92}),
    derived("so-xa-dat-chuan-ntm-nang-cao", Y2023, 3, S_CONGRESS_COUNT, CONGRESS_BELOW),
    invented(
        "so-xa",
        Y2023,
        11,
        "11 xã theo danh mục đơn vị hành chính chính thức (trước 1/7/2025); bài viết không nêu số xã",
        reported_on=ARTICLE.known_on,
    ),
)


def _annual(
    name: str, indicator: str, value: str | int, unit: str, text: str, lead: str, **more
) -> TargetSpec:
    more.setdefault("illustrative", ANNUAL_NOT_PUBLISHED)
    return TargetSpec(name=name, text=text, indicator=indicator, value=value, unit=unit, lead=lead, **more)


ANNUAL_2023 = ResolutionSpec(
    declared_count=17,
    title="Nghị quyết về nhiệm vụ năm 2023 của Ban Chấp hành Đảng bộ huyện Phụng Hiệp",
    issuing_body="Ban Chấp hành Đảng bộ huyện Phụng Hiệp",
    kind=Resolution.Kind.ANNUAL,
    year=2023,
    source_note=(
        f"{S_ACCELERATION} {S_ALL_MET} Bài viết không công bố danh mục 17 chỉ tiêu; dữ liệu mẫu ghi 15 chỉ tiêu "
        "có kết quả trong bài và 2 chỉ tiêu minh họa. Mức chỉ tiêu là số liệu minh họa, suy ra từ tỷ lệ hoàn "
        "thành khi bài viết nêu tỷ lệ."
    ),
    groups=(
        GroupSpec(
            label="I.",
            name="Xây dựng Đảng và hệ thống chính trị",
            targets=(
                _annual(
                    "Kết nạp đảng viên mới",
                    "so-dang-vien-moi-ket-nap",
                    300,
                    "đảng viên",
                    "Kết nạp 300 đảng viên mới",
                    a.TO_CHUC,
                    label="1.",
                ),
                _annual(
                    "Tỷ lệ cử tri đại diện hộ gia đình tham gia bầu cử trưởng ấp",
                    "ty-le-cu-tri-tham-gia-bau-cu-truong-ap",
                    95,
                    "%",
                    "Tỷ lệ cử tri đại diện hộ gia đình tham gia bầu cử trưởng ấp từ 95% trở lên",
                    a.NOI_VU,
                    label="2.",
                    form=Form.MIN_BOUND,
                ),
                _annual(
                    "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                    "ty-le-to-chuc-co-so-dang-htt-nv",
                    90,
                    "%",
                    "Từ 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                    a.TO_CHUC,
                    label="3.",
                    form=Form.MIN_BOUND,
                    illustrative="bài viết không nêu chỉ tiêu này; thêm để đủ 17 chỉ tiêu",
                ),
            ),
        ),
        GroupSpec(
            label="II.",
            name="Kinh tế",
            targets=(
                _annual(
                    "Tốc độ tăng tổng giá trị sản xuất",
                    "gia-tri-san-xuat",
                    9,
                    "%",
                    "Tổng giá trị sản xuất tăng 9% so với năm 2022",
                    a.TAI_CHINH,
                    label="4.",
                    kind=Kind.GROWTH_RATE,
                    baseline=("7.419,6", 2022),
                ),
                _annual(
                    "Giá trị sản xuất nông - lâm - thủy sản",
                    "gia-tri-san-xuat-nong-lam-thuy-san",
                    "3.353",
                    "tỷ đồng",
                    "Giá trị sản xuất nông - lâm - thủy sản 3.353 tỷ đồng",
                    a.NONG_NGHIEP,
                    label="5.",
                ),
                _annual(
                    "Giá trị sản xuất công nghiệp - xây dựng",
                    "gia-tri-san-xuat-cong-nghiep-xay-dung",
                    "2.253",
                    "tỷ đồng",
                    "Giá trị sản xuất công nghiệp - xây dựng 2.253 tỷ đồng",
                    a.KINH_TE_HA_TANG,
                    label="6.",
                ),
                _annual(
                    "Giá trị sản xuất thương mại - dịch vụ",
                    "gia-tri-san-xuat-thuong-mai-dich-vu",
                    "2.160",
                    "tỷ đồng",
                    "Giá trị sản xuất thương mại - dịch vụ 2.160 tỷ đồng",
                    a.KINH_TE_HA_TANG,
                    label="7.",
                ),
                _annual(
                    "Tổng thu ngân sách (thu nội địa)",
                    "thu-noi-dia",
                    160,
                    "tỷ đồng",
                    "Tổng thu ngân sách (thu nội địa) 160 tỷ đồng",
                    a.THUE,
                    label="8.",
                    cooperating=(a.TAI_CHINH,),
                ),
                _annual(
                    "Tổng vốn đầu tư phát triển toàn xã hội",
                    "von-dau-tu-phat-trien-toan-xa-hoi",
                    "2.381,453",
                    "tỷ đồng",
                    "Tổng vốn đầu tư phát triển toàn xã hội 2.381,453 tỷ đồng",
                    a.TAI_CHINH,
                    label="9.",
                    illustrative=(
                        f"{ANNUAL_NOT_PUBLISHED}; suy ra từ “2.722 tỉ đồng, … đạt 114,3% chỉ tiêu”: "
                        "2.722 / 114,3% ≈ 2.381,453 tỷ đồng"
                    ),
                ),
                _annual(
                    "Tỷ lệ giải ngân vốn đầu tư công",
                    "ty-le-giai-ngan-von-dau-tu-cong",
                    100,
                    "%",
                    "Giải ngân 100% kế hoạch vốn đầu tư công tỉnh giao",
                    a.TAI_CHINH,
                    label="10.",
                    form=Form.MIN_BOUND,
                ),
                _annual(
                    "Số mô hình sản xuất ứng dụng công nghệ cao",
                    "so-mo-hinh-ung-dung-cong-nghe-cao",
                    150,
                    "mô hình",
                    "Có từ 150 mô hình sản xuất ứng dụng công nghệ cao",
                    a.NONG_NGHIEP,
                    label="11.",
                    form=Form.MIN_BOUND,
                ),
                _annual(
                    "Số điểm tham quan, du lịch",
                    "so-diem-tham-quan-du-lich",
                    8,
                    "điểm",
                    "Xây dựng từ 8 điểm tham quan, du lịch",
                    a.VAN_HOA,
                    label="12.",
                    form=Form.MIN_BOUND,
                ),
                _annual(
                    "Số cầu giao thông nông thôn xây dựng",
                    "so-cau-giao-thong-nong-thon",
                    30,
                    "cầu",
                    "Xây dựng từ 30 cầu giao thông nông thôn",
                    a.KINH_TE_HA_TANG,
                    label="13.",
                    form=Form.MIN_BOUND,
                    cooperating=(a.MAT_TRAN,),
                ),
            ),
        ),
        GroupSpec(
            label="III.",
            name="Văn hóa - xã hội",
            targets=(
                _annual(
                    "Tỷ lệ bao phủ bảo hiểm y tế",
                    "ty-le-bao-phu-bhyt",
                    "93,72",
                    "%",
                    "Tỷ lệ bao phủ bảo hiểm y tế 93,72% (kế hoạch tỉnh giao)",
                    a.BAO_HIEM,
                    label="14.",
                    cooperating=(a.Y_TE,),
                    illustrative=(
                        f"{ANNUAL_NOT_PUBLISHED}; suy ra từ “93,72% dân số, đạt 100% kế hoạch tỉnh giao”"
                    ),
                    plans=(
                        Plan(
                            2023,
                            "93,72",
                            sentence=S_INSURANCE,
                            illustrative="suy ra từ “đạt 100% kế hoạch tỉnh giao”: kế hoạch = 93,72%",
                        ),
                    ),
                ),
                _annual(
                    "Mức giảm tỷ lệ hộ nghèo",
                    "ty-le-ho-ngheo-da-chieu",
                    2,
                    "%/năm",
                    "Giảm tỷ lệ hộ nghèo 2% so với năm 2022",
                    a.LAO_DONG,
                    label="15.",
                    kind=Kind.POINT_CHANGE,
                    baseline=("5,1", 2022),
                ),
                _annual(
                    "Vận động Quỹ “Vì người nghèo” và Chương trình “An sinh phúc lợi xã hội”",
                    "quy-vi-nguoi-ngheo",
                    "29,737",
                    "tỷ đồng",
                    "Vận động Quỹ “Vì người nghèo” và Chương trình “An sinh phúc lợi xã hội” 29,737 tỷ đồng",
                    a.MAT_TRAN,
                    label="16.",
                    illustrative=(
                        f"{ANNUAL_NOT_PUBLISHED}; suy ra từ “45,2 tỉ đồng, đạt 152% chỉ tiêu”: "
                        "45,2 / 152% ≈ 29,737 tỷ đồng"
                    ),
                ),
                _annual(
                    "Số nhà đại đoàn kết xây dựng",
                    "so-nha-dai-doan-ket",
                    150,
                    "nhà",
                    "Xây dựng từ 150 nhà đại đoàn kết",
                    a.MAT_TRAN,
                    label="17.",
                    form=Form.MIN_BOUND,
                ),
            ),
        ),
    ),
)


def _congress(
    label: str, name: str, indicator: str, value: str | int, unit: str, text: str, lead: str, **more
):
    return TargetSpec(
        label=label,
        name=name,
        text=text,
        indicator=indicator,
        value=value,
        unit=unit,
        lead=lead,
        illustrative=CONGRESS_NOT_PUBLISHED,
        **more,
    )


CONGRESS = ResolutionSpec(
    declared_count=16,
    title="Nghị quyết Đại hội đại biểu Đảng bộ huyện Phụng Hiệp lần thứ XII, nhiệm kỳ 2020-2025",
    issuing_body="Đảng bộ huyện Phụng Hiệp",
    congress_ordinal="XII",
    near_band_pct=90,
    source_note=(
        f"{S_CONGRESS_COUNT} Bài viết không công bố 16 chỉ tiêu: tên, mức và kết quả trong dữ liệu mẫu là minh "
        "họa, trừ các kết quả năm 2023 mà bài viết nêu. Cấp ủy xếp riêng loại “đạt 90%” (ngưỡng 90%)."
    ),
    groups=(
        GroupSpec(
            label="I.",
            name="Kinh tế",
            targets=(
                _congress(
                    "1.",
                    "Tốc độ tăng giá trị sản xuất bình quân",
                    "gia-tri-san-xuat",
                    8,
                    "%/năm",
                    "Tốc độ tăng giá trị sản xuất bình quân 8%/năm",
                    a.TAI_CHINH,
                    kind=Kind.GROWTH_RATE,
                    baseline=("6.300", 2020),
                ),
                _congress(
                    "2.",
                    "Thu nhập bình quân đầu người",
                    "thu-nhap-binh-quan-dau-nguoi",
                    70,
                    "triệu đồng/người/năm",
                    "Thu nhập bình quân đầu người năm 2025 đạt 70 triệu đồng",
                    a.TAI_CHINH,
                ),
                _congress(
                    "3.",
                    "Tốc độ tăng thu ngân sách (thu nội địa) bình quân",
                    "thu-noi-dia",
                    10,
                    "%/năm",
                    "Thu ngân sách (thu nội địa) tăng bình quân 10%/năm",
                    a.THUE,
                    kind=Kind.GROWTH_RATE,
                    baseline=(150, 2020),
                ),
                _congress(
                    "4.",
                    "Tổng vốn đầu tư phát triển toàn xã hội hằng năm",
                    "von-dau-tu-phat-trien-toan-xa-hoi",
                    "2.500",
                    "tỷ đồng",
                    "Tổng vốn đầu tư phát triển toàn xã hội đến năm 2025 đạt từ 2.500 tỷ đồng/năm trở lên",
                    a.TAI_CHINH,
                    form=Form.MIN_BOUND,
                ),
                _congress(
                    "5.",
                    "Số mô hình sản xuất ứng dụng công nghệ cao",
                    "so-mo-hinh-ung-dung-cong-nghe-cao",
                    150,
                    "mô hình",
                    "Có từ 150 mô hình sản xuất ứng dụng công nghệ cao",
                    a.NONG_NGHIEP,
                    form=Form.MIN_BOUND,
                ),
                _congress(
                    "6.",
                    "Số sản phẩm OCOP đạt từ 3 sao trở lên",
                    "so-san-pham-ocop-3-sao-tro-len",
                    40,
                    "sản phẩm",
                    "Có 40 sản phẩm OCOP đạt từ 3 sao trở lên",
                    a.NONG_NGHIEP,
                ),
                _congress(
                    "7.",
                    "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao",
                    "ty-le-xa-dat-chuan-ntm-nang-cao",
                    50,
                    "%",
                    "50% số xã đạt chuẩn nông thôn mới nâng cao",
                    a.NONG_THON_MOI,
                    kind=Kind.RATIO,
                ),
                _congress(
                    "8.",
                    "Tỷ lệ đô thị hóa",
                    "ty-le-do-thi-hoa",
                    30,
                    "%",
                    "Tỷ lệ đô thị hóa đạt 30%",
                    a.KINH_TE_HA_TANG,
                ),
            ),
        ),
        GroupSpec(
            label="II.",
            name="Văn hóa - xã hội",
            targets=(
                _congress(
                    "9.",
                    "Tỷ lệ bao phủ bảo hiểm y tế",
                    "ty-le-bao-phu-bhyt",
                    95,
                    "%",
                    "Tỷ lệ bao phủ bảo hiểm y tế đạt 95%",
                    a.BAO_HIEM,
                ),
                _congress(
                    "10.",
                    "Tỷ lệ hộ nghèo giảm bình quân hằng năm",
                    "ty-le-ho-ngheo-da-chieu",
                    "1,5",
                    "%/năm",
                    "Tỷ lệ hộ nghèo (chuẩn giai đoạn 2022-2025) giảm bình quân 1,5%/năm",
                    a.LAO_DONG,
                    kind=Kind.POINT_CHANGE,
                    baseline=("7,0", 2021),
                ),
                _congress(
                    "11.",
                    "Tỷ lệ lao động qua đào tạo",
                    "ty-le-lao-dong-qua-dao-tao",
                    70,
                    "%",
                    "Tỷ lệ lao động qua đào tạo đạt 70%",
                    a.LAO_DONG,
                ),
                _congress(
                    "12.",
                    "Tỷ lệ trường học đạt chuẩn quốc gia",
                    "ty-le-truong-dat-chuan-quoc-gia",
                    80,
                    "%",
                    "Tỷ lệ trường học đạt chuẩn quốc gia đạt 80%",
                    a.GIAO_DUC,
                ),
                _congress(
                    "13.",
                    "Số bác sĩ trên 1 vạn dân",
                    "so-bac-si-tren-van-dan",
                    10,
                    "bác sĩ/vạn dân",
                    "Đạt từ 10 bác sĩ trên 1 vạn dân trở lên",
                    a.Y_TE,
                    form=Form.MIN_BOUND,
                ),
            ),
        ),
        GroupSpec(
            label="III.",
            name="Quốc phòng - an ninh",
            targets=(
                _congress(
                    "14.",
                    "Tỷ lệ ấp, khu vực đạt chuẩn an toàn về an ninh, trật tự",
                    "ty-le-ap-khu-vuc-an-toan-an-ninh-trat-tu",
                    90,
                    "%",
                    "Từ 90% ấp, khu vực đạt chuẩn an toàn về an ninh, trật tự",
                    a.CONG_AN,
                    form=Form.MIN_BOUND,
                ),
            ),
        ),
        GroupSpec(
            label="IV.",
            name="Xây dựng Đảng và hệ thống chính trị",
            targets=(
                _congress(
                    "15.",
                    "Số đảng viên mới được kết nạp hằng năm",
                    "so-dang-vien-moi-ket-nap",
                    300,
                    "đảng viên/năm",
                    "Hằng năm kết nạp từ 300 đảng viên trở lên",
                    a.TO_CHUC,
                    form=Form.MIN_BOUND,
                    kind=Kind.ANNUAL,
                ),
                _congress(
                    "16.",
                    "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                    "ty-le-to-chuc-co-so-dang-htt-nv",
                    90,
                    "%",
                    "Hằng năm từ 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                    a.TO_CHUC,
                    form=Form.MIN_BOUND,
                ),
            ),
        ),
    ),
)

ANNUAL_2024 = ResolutionSpec(
    title="Nghị quyết về nhiệm vụ năm 2024 của Ban Chấp hành Đảng bộ huyện Phụng Hiệp",
    issuing_body="Ban Chấp hành Đảng bộ huyện Phụng Hiệp",
    kind=Resolution.Kind.ANNUAL,
    year=2024,
    source_note=(
        f"{S_PLAN_2024} Bài viết không công bố nội dung 6 nhiệm vụ trọng tâm, 17 chỉ tiêu chủ yếu và 4 nhóm giải "
        "pháp: dữ liệu mẫu chỉ ghi số lượng đã công bố, không thêm chỉ tiêu minh họa."
    ),
    groups=(GroupSpec(label="", name="Các chỉ tiêu chủ yếu năm 2024", declared_count=17),),
    key_tasks=(
        *(
            KeyTaskSpec(
                label=f"{n}.",
                text=f"Nhiệm vụ trọng tâm thứ {n} (bài viết không nêu nội dung; chưa nhập)",
                sentence=S_PLAN_2024,
            )
            for n in range(1, 7)
        ),
        KeyTaskSpec(
            label="1.",
            kind=KeyTask.Kind.BREAKTHROUGH,
            text="Giải phóng mặt bằng các công trình trọng điểm trên địa bàn để đẩy nhanh tiến độ các dự án",
            sentence=S_SPEARHEADS,
        ),
        KeyTaskSpec(
            label="2.",
            kind=KeyTask.Kind.BREAKTHROUGH,
            text="Xây dựng và nhân rộng các mô hình sản xuất nông nghiệp gắn với du lịch",
            sentence=S_SPEARHEADS,
        ),
    ),
)

DISTRICT = DistrictSpec(
    name="Phụng Hiệp",
    province="Hậu Giang",
    article=ARTICLE,
    resolutions=(CONGRESS, ANNUAL_2023, ANNUAL_2024),
    figures=FIGURES,
)
