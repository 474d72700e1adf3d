"""Ba Chẽ (Quảng Ninh): the 2020 annual resolution 13-NQ/HU at nine months, from the article of 15/10/2020.

Stated by the article: for the first nine months of 2020, output growth kept at 17%, investment disbursed
96,9%, budget revenue above 30 billion đồng (84,3% of the district's estimate, 88,6% of the province's, up 47%
on the same period), the winter-spring grain harvest up 8,9%, 3.772 ha of forest planted (125,7% of plan, up
22,7%) of which 813 ha of large timber (156% of plan), 2 more standard schools making 21/21, 147 houses
improved for more than 4,3 billion đồng, 45 households out of poverty (68,2% of plan), a poverty rate of
1,29%, 26 new Party members making 2033, 4 council sessions passing 24 resolutions, 33 houses worth 995 million
đồng built through the Front; the XXV congress electing 37 committee members, each with more than 90% of the
votes and the secretary with 100%; the goals for the last quarter: at least 36 billion đồng of revenue for the
year, a poverty rate below 1%, Thanh Sơn and Đồn Đạc recognised new-rural and Lương Mông advanced.

Illustrative: the two budget estimates (30 / 84,3% and 30 / 88,6%), the forest plans (3.772 / 125,7% and
813 / 156%), the plan of households leaving poverty (45 / 68,2%), last year's nine-month revenue and forest
area (from "tăng 47%", "tăng 22,7%"); the growth and disbursement targets of 13-NQ/HU; all of the XXV congress
resolution's targets and results, which the article does not give.

13-NQ/HU was adopted by the committee of the 2015-2020 term for the year 2020, so it belongs to that term.
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
    nine_months,
    six_months,
    stated,
    yearly,
)
from chitieu.plans.models import PlanValue, Resolution, Target
from chitieu.results.models import ValueKind

Form, Kind, Direction = Target.Form, Target.Kind, Target.Direction
ESTIMATE = ValueKind.ESTIMATE

ARTICLE = Article(
    title="Ban Chấp hành Đảng bộ huyện triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2020",
    published=date(2020, 10, 15),
    byline="Bình Minh/Trung tâm TT&VH Ba Chẽ",
)
NOW = as_of(ARTICLE.known_on)
NINE_MONTHS = nine_months(2020)
LAST_YEAR_NINE_MONTHS = nine_months(2019)

S_MEETING = (
    "Ngày 14/10, Ban Chấp hành Đảng bộ huyện khóa XXV, tổ chức Kỳ họp\xa0lần\xa0thứ 3 nhằm đánh giá kết quả công "
    "tác 9 tháng đầu năm; triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2020."
)
S_CONGRESS = (
    "Quyết tâm không thay đổi mục tiêu tăng trưởng kinh tế - xã hội; thực hiện tốt mục tiêu kép vừa chống "
    "dịch, vừa phát triển kinh tế, xã hội đảm bảo an sinh xã hội, ổn định, nâng cao đời sống nhân dân; chỉ đạo "
    "tổ chức thành công Đại hội cấp cơ sở và Đại hội đại biểu Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2020 - 2025 "
    "đảm bảo tiến độ, chất lượng, được tỉnh đánh giá cao; Đại hội đã bầu Ban chấp hành Đảng bộ huyện gồm 37 "
    "đồng chí; tỷ lệ\xa0 các đồng chí cấp ủy viên trúng cử đạt tỷ lệ đều trên 90%; bầu trực tiếp Bí thư tại Đại "
    "hội với tỷ lệ phiếu bầu đạt 100%; tiếp tục thực hiện hiệu quả nghị quyết của của Đảng về sắp xếp tổ "
    "chức, bộ máy, biên chế tinh gọn, hiệu lực, hiệu quả."
)
S_GOVERNMENT = (
    "Công tác xây dựng Chính quyền tiếp tục có nhiều đổi mới, tổ chức thành công 4 kỳ họp, biểu quyết thông qua "
    "24 nghị quyết quan trọng đáp ứng yêu cầu nhiệm vụ phát triển kinh tế - xã hội của địa phương; công tác tư "
    "tưởng, thông tin tuyên truyền chỉ thị, nghị quyết của Đảng; công tác tổ chức cán bộ, phát triển đảng được "
    "chú trọng, đã kết nạp 26 đảng viên mới lớp 90 năm Ngày thành lập Đảng cộng sản Việt Nam, nâng tổng số "
    "đảng viên toàn đảng bộ là 2033 đảng viên; công tác kiểm tra, giám sát, thanh tra; công tác dân vận của "
    "Đảng tiếp tục phát huy hiệu quả."
)
S_FRONT = (
    "Mặt trận Tổ quốc và các đoàn thể tích cực chủ động nắm chắc tình hình cơ sở; kết nối, tiếp nhận hỗ trợ xây "
    "dựng, sửa chữa 33 nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn, tổng trị giá 995 triệu đồng… tăng cường "
    "tuyên truyền, vận động nhân dân tích cực phát triển sản xuất, phát triển kinh tế, tham gia xây dựng nông "
    "thôn mới, giảm nghèo bền vững."
)
S_ECONOMY = (
    "Công tác lãnh đạo phát triển kinh tế - xã hội tiếp tục đạt nhiều kết quả tích cực, nổi bật là: giá trị sản "
    "xuất các ngành kinh tế duy trì 17% trong bối cảnh chịu tác động của đại dịch Covid-19, kinh tế - xã hội, "
    "giữ vững ổn định, đời sống nhân dân ổn định; giải ngân vốn đầu tư phát triển đạt cao so với bình quân chung "
    "toàn tỉnh, đạt 96,9%; thu ngân sách nhà nước trên địa bàn đạt trên 30 tỷ đồng, đạt 84,3% dự toán huyện "
    "giao, đạt 88,6% dự toán tỉnh giao, tăng 47% so với cùng kỳ; tổng sản lượng lương thực vụ Đông Xuân tăng "
    "8,9% so với cùng kỳ; trồng rừng tập trung đạt 3.772 ha, đạt 125,7 kế hoạch, tăng 22,7% so với cùng kỳ; "
    "trong đó diện tích trồng rừng gỗ lớn đạt 813 ha, đạt 156% kế hoạch."
)
S_NEW_RURAL = (
    "Chủ đề công tác năm 2020 “Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức và đảm bảo tăng trưởng "
    "kinh tế bền vững; phấn đấu huyện đạt Nông thôn mới” được triển khai hiệu quả; chương trình xây dựng nông "
    "thôn mới tiếp tục đạt nhiều kết quả, tập trung chỉ đạo 02 xã Thanh Sơn, Đồn Đạc đạt chuẩn NTM, xã Lương "
    "Mông đạt chuẩn NTM nâng cao; công tác cải cách hành chính; công tác quản lý đất đai, đô thị; công tác xúc "
    "tiến đầu tư; công tác tuyên truyền phổ biến giáo dục pháp luật; giải quyết đơn thư, khiếu nại được thực "
    "hiện hiệu quả và giải quyết kịp thời."
)
S_SOCIAL = (
    "Công tác thông tin, tuyên truyền, các hoạt động văn hoá, văn nghệ, thể dục thể thao được duy trì; công tác "
    "y tế, giáo dục đạt nhiều kết quả, được công nhận thêm 02 trường được công nhận đạt chuẩn quốc gia, nâng "
    "tổng số trường đạt chuẩn lên 21/21 trường; công tác giảm nghèo được đặc biệt quan tâm chú trọng, đã thực "
    "hiện hỗ trợ cải thiện 147 nhà ở cho các hộ khó khăn, với tổng kinh phí trên 4,3 tỷ đồng; trong 9 tháng đầu "
    "năm, huyện giảm 45 hộ nghèo, đạt 68,2% kế hoạch, đưa tỷ lệ hộ nghèo còn 1,29%; tình hình chính trị xã hội "
    "ổn định, quốc phòng - an ninh được giữ vững."
)
S_RESOLUTION = (
    "Để thực hiện thắng lợi các chỉ tiêu nhiệm vụ 3 tháng cuối năm 2020, Đồng chí Bí thư Huyện ủy yêu cầu các cơ "
    "sở Đảng tập trung cao độ thực hiện hoàn thành các chỉ tiêu, nhiệm vụ và giải pháp theo tinh thần Nghị quyết "
    "số 13-NQ/HU của Huyện ủy về phương hướng, nhiệm vụ năm 2020; tiếp tục tuyên truyền để người dân tuyệt đối "
    "không chủ qua, lơ là trước diễn biến phức tạp của dịch Covid-19; tổ chức tuyên truyền sâu rộng Nghị quyết "
    "Đại hội Đảng các cấp; tiếp tục phát huy hiệu quả hoạt động của Ban Chỉ đạo 35 trong đấu tranh, phản bác "
    "các quan điểm sai trái, thù địch nhất là trên không gian mạng; khẩn trương xây dựng và triển khai Đề án "
    "phát triển nguồn nhân lực huyện, giai đoạn 2020 - 2025 gắn với công tác đào tạo cán bộ; tiếp tục thực hiện "
    "sắp xếp, kiện toàn, luân chuyển, điều động một số cán bộ lãnh đạo, quản lý phòng, ban, đơn vị, đoàn thể, "
    "xã, thị trấn; ban hành kế hoạch đánh giá, xếp loại chất lượng tổ chức đảng, tập thể và cá nhân cán bộ lãnh "
    "đạo quản lý, đảng viên năm 2020."
)
S_LAST_QUARTER = (
    "Trọng tâm là, tuyên truyền vận động nhân dân tập trung phát triển sản xuất; đẩy nhanh tiến độ thi công "
    "các dự án khởi công mới, dự án chuyển tiếp, đảm bảo tiến độ giải ngân kế hoạch vốn đầu tư công năm 2020; "
    "tăng cường công tác thu ngân sách trên địa bàn, phấn đấu số thu cả năm đạt tối thiểu 36 tỷ đồng; chủ động "
    "phối hợp với trường Đại học Nông lâm Thái Nguyên phục vụ mục tiêu xây dựng huyện sớm trở thành trung tâm "
    "kinh tế lâm nghiệp và dược liệu của tỉnh; hoàn thiện hồ sơ, đề nghị cấp có thẩm quyền công nhận xã Đồn "
    "Đạc và Thanh Sơn đạt chuẩn nông thôn mới và xã Lương Mông đạt chuẩn nông thôn mới nâng cao; tăng cường "
    "công tác quản lý nhà nước về đất đai, quản lý bảo vệ rừng; công tác cấp đổi giấy quyền sử dụng đất, xử lý "
    "nghiêm các hành vi vi phạm xâm lấn đất rừng, đất lâm nghiệp trái phép; làm tốt công tác giải phóng mặt "
    "bằng; chuẩn bị các điều kiện để tổ chức Hội Trà hoa vàng lần 3 và Lễ hội Bàn vương năm 2020, đồng thời tổ "
    "chức tốt lễ công bố quyết định công nhận khu di tích lịch sử Miếu Ông - Miếu Bà là khu di tích cấp Quốc "
    "gia; tiếp tục chỉ đạo thường xuyên công tác đào tạo nghề, định hướng nghề và giải quyết việc làm, khuyến "
    "khích lao động đến làm việc tại các KCN, cụm công nghiệp, doanh nghiệp lớn, ngành than; làm tốt công tác "
    "giảm nghèo, đảm bảo mục tiêu giảm tỷ lệ hộ nghèo xuống dưới 1%; ổn định nề nếp công tác dạy và học, nâng "
    "cao chất lượng giáo dục mũi nhọn, giáo dục toàn diện; tiếp tục nỗ lực thực hiện các giải pháp nâng cao "
    "hiệu lực, hiệu quả của bộ máy chính quyền các cấp, kỷ luật, kỷ cương công chức; tập trung triển khai tốt "
    "nhiệm vụ về cải cách hành chính, quản trị hành chính công, tăng cường xây dựng chính quyền điện tử, đào "
    "tạo, bồi dưỡng CBCC,VC đảm bảo thực chất, có tính bền vững; chủ động phát hiện và giải quyết kịp thời các "
    "vụ việc ngay từ cơ sở; thực hiện hiệu quả các phương án phòng, chống thiên tai tìm kiếm cứu nạn và phòng "
    "chống cháy rừng; kiểm soát chặt chẽ tình hình ANTT, \xa0ATGT, giữ vững an ninh chính trị, trật tự an toàn "
    "xã hội của địa phương./."
)

DISTRICT_ESTIMATE = "suy ra từ “trên 30 tỷ đồng, đạt 84,3% dự toán huyện giao”: 30 / 84,3% ≈ 35,587 tỷ đồng"
PROVINCE_ESTIMATE = "suy ra từ “trên 30 tỷ đồng, đạt 88,6% dự toán tỉnh giao”: 30 / 88,6% ≈ 33,860 tỷ đồng"
FOREST_PLAN = "suy ra từ “3.772 ha, đạt 125,7 kế hoạch”: 3.772 / 125,7% ≈ 3.000,8, làm tròn 3.000 ha"
TIMBER_PLAN = "suy ra từ “813 ha, đạt 156% kế hoạch”: 813 / 156% ≈ 521,2, làm tròn 521 ha"
POVERTY_PLAN = "suy ra từ “giảm 45 hộ nghèo, đạt 68,2% kế hoạch”: 45 / 68,2% ≈ 66 hộ"
NOT_IN_13 = "bài viết không nêu mức chỉ tiêu của Nghị quyết 13-NQ/HU"


def _nine_months(indicator: str, value, sentence: str, note: str = "", kind: int = ESTIMATE):
    return stated(indicator, NINE_MONTHS, value, sentence, note=note, kind=kind)


ANNUAL_2020 = ResolutionSpec(
    title="Nghị quyết số 13-NQ/HU của Huyện ủy Ba Chẽ về phương hướng, nhiệm vụ năm 2020",
    issuing_body="Huyện ủy Ba Chẽ",
    kind=Resolution.Kind.ANNUAL,
    term="2015-2020",
    year=2020,
    number="13-NQ/HU",
    source_note=(
        f"{S_MEETING} {S_RESOLUTION} Bài viết không công bố danh mục chỉ tiêu của nghị quyết; dữ liệu mẫu ghi các chỉ tiêu "
        "có số liệu trong bài, mức chỉ tiêu không có trong bài là số liệu minh họa."
    ),
    groups=(
        GroupSpec(
            label="I.",
            name="Kinh tế",
            targets=(
                TargetSpec(
                    label="1.",
                    name="Thu ngân sách nhà nước trên địa bàn",
                    text="Phấn đấu số thu cả năm đạt tối thiểu 36 tỷ đồng (mức phấn đấu đề ra tại kỳ họp ngày 14/10/2020)",
                    indicator="thu-ngan-sach-nha-nuoc-tren-dia-ban",
                    unit="tỷ đồng",
                    form=Form.MIN_BOUND,
                    value=36,
                    lead=a.THUE,
                    cooperating=(a.TAI_CHINH,),
                    sentence=S_LAST_QUARTER,
                    plans=(
                        Plan(2020, "35,587", PlanValue.Source.DISTRICT_BUDGET, S_ECONOMY, DISTRICT_ESTIMATE),
                        Plan(2020, "33,86", PlanValue.Source.PROVINCE_BUDGET, S_ECONOMY, PROVINCE_ESTIMATE),
                    ),
                    figures=(
                        _nine_months(
                            "thu-ngan-sach-nha-nuoc-tren-dia-ban",
                            30,
                            S_ECONOMY,
                            note="Trên 30 tỷ đồng; đạt 84,3% dự toán huyện giao, 88,6% dự toán tỉnh giao.",
                        ),
                        derived(
                            "thu-ngan-sach-nha-nuoc-tren-dia-ban",
                            LAST_YEAR_NINE_MONTHS,
                            "20,408",
                            S_ECONOMY,
                            "suy ra từ “tăng 47% so với cùng kỳ”: 30 / 1,47 ≈ 20,408 tỷ đồng",
                        ),
                    ),
                ),
                TargetSpec(
                    label="2.",
                    name="Tốc độ tăng giá trị sản xuất các ngành kinh tế",
                    text="Tốc độ tăng giá trị sản xuất các ngành kinh tế 17%",
                    indicator="toc-do-tang-gia-tri-san-xuat",
                    unit="%",
                    value=17,
                    lead=a.TAI_CHINH,
                    illustrative=f"{NOT_IN_13}; 17% lấy theo “duy trì 17%” và “quyết tâm không thay đổi mục tiêu tăng trưởng”",
                    figures=(
                        _nine_months("toc-do-tang-gia-tri-san-xuat", 17, S_ECONOMY, note="“Duy trì 17%”."),
                    ),
                ),
                TargetSpec(
                    label="3.",
                    name="Tỷ lệ giải ngân kế hoạch vốn đầu tư công",
                    text="Giải ngân 100% kế hoạch vốn đầu tư công năm 2020",
                    indicator="ty-le-giai-ngan-von-dau-tu-cong",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=100,
                    lead=a.TAI_CHINH,
                    illustrative=NOT_IN_13,
                    figures=(_nine_months("ty-le-giai-ngan-von-dau-tu-cong", "96,9", S_ECONOMY),),
                ),
                TargetSpec(
                    label="4.",
                    name="Diện tích trồng rừng tập trung",
                    text="Trồng rừng tập trung 3.000 ha",
                    indicator="dien-tich-trong-rung-tap-trung",
                    unit="ha",
                    value="3.000",
                    lead=a.NONG_NGHIEP,
                    illustrative=FOREST_PLAN,
                    plans=(Plan(2020, "3.000", sentence=S_ECONOMY, illustrative=FOREST_PLAN),),
                    figures=(
                        _nine_months(
                            "dien-tich-trong-rung-tap-trung", "3.772", S_ECONOMY, note="Đạt 125,7% kế hoạch."
                        ),
                        derived(
                            "dien-tich-trong-rung-tap-trung",
                            LAST_YEAR_NINE_MONTHS,
                            "3.074,2",
                            S_ECONOMY,
                            "suy ra từ “tăng 22,7% so với cùng kỳ”: 3.772 / 1,227 ≈ 3.074,2 ha",
                        ),
                    ),
                ),
                TargetSpec(
                    label="5.",
                    name="Trong đó: diện tích trồng rừng gỗ lớn",
                    text="Trồng rừng gỗ lớn 521 ha",
                    indicator="dien-tich-trong-rung-go-lon",
                    unit="ha",
                    value=521,
                    lead=a.NONG_NGHIEP,
                    illustrative=TIMBER_PLAN,
                    plans=(Plan(2020, 521, sentence=S_ECONOMY, illustrative=TIMBER_PLAN),),
                    figures=(
                        _nine_months(
                            "dien-tich-trong-rung-go-lon", 813, S_ECONOMY, note="Đạt 156% kế hoạch."
                        ),
                    ),
                ),
                TargetSpec(
                    label="6.",
                    name="Số xã được công nhận đạt chuẩn nông thôn mới trong năm",
                    text="02 xã Thanh Sơn, Đồn Đạc đạt chuẩn nông thôn mới",
                    indicator="so-xa-duoc-cong-nhan-ntm-trong-nam",
                    unit="xã",
                    value=2,
                    lead=a.NONG_THON_MOI,
                    sentence=S_NEW_RURAL,
                ),
                TargetSpec(
                    label="7.",
                    name="Số xã được công nhận đạt chuẩn nông thôn mới nâng cao trong năm",
                    text="Xã Lương Mông đạt chuẩn nông thôn mới nâng cao",
                    indicator="so-xa-duoc-cong-nhan-ntm-nang-cao-trong-nam",
                    unit="xã",
                    value=1,
                    lead=a.NONG_THON_MOI,
                    sentence=S_NEW_RURAL,
                ),
                TargetSpec(
                    label="8.",
                    name="Huyện đạt chuẩn nông thôn mới",
                    text="Chủ đề công tác năm 2020: phấn đấu huyện đạt Nông thôn mới",
                    indicator="huyen-dat-chuan-ntm",
                    form=Form.YES_NO,
                    kind=Kind.YES_NO,
                    lead=a.NONG_THON_MOI,
                    sentence=S_NEW_RURAL,
                ),
            ),
        ),
        GroupSpec(
            label="II.",
            name="Văn hóa - xã hội",
            targets=(
                TargetSpec(
                    label="9.",
                    name="Tỷ lệ trường học đạt chuẩn quốc gia",
                    text="100% trường học đạt chuẩn quốc gia",
                    indicator="ty-le-truong-dat-chuan-quoc-gia",
                    unit="%",
                    kind=Kind.RATIO,
                    value=100,
                    lead=a.GIAO_DUC,
                    illustrative=NOT_IN_13,
                    figures=(
                        _nine_months("so-truong-dat-chuan-quoc-gia", 21, S_SOCIAL, kind=ValueKind.OFFICIAL),
                        _nine_months("so-truong-hoc", 21, S_SOCIAL, kind=ValueKind.OFFICIAL),
                    ),
                ),
                TargetSpec(
                    label="10.",
                    name="Tỷ lệ hộ nghèo",
                    text="Giảm tỷ lệ hộ nghèo xuống dưới 1%",
                    indicator="ty-le-ho-ngheo",
                    unit="%",
                    direction=Direction.LOWER,
                    form=Form.MAX_BOUND,
                    strict=True,
                    value=1,
                    lead=a.LAO_DONG,
                    sentence=S_LAST_QUARTER,
                    figures=(_nine_months("ty-le-ho-ngheo", "1,29", S_SOCIAL),),
                ),
                TargetSpec(
                    label="11.",
                    name="Số hộ thoát nghèo trong năm",
                    text="Giảm 66 hộ nghèo trong năm 2020",
                    indicator="so-ho-thoat-ngheo",
                    unit="hộ",
                    value=66,
                    lead=a.LAO_DONG,
                    illustrative=POVERTY_PLAN,
                    plans=(Plan(2020, 66, sentence=S_SOCIAL, illustrative=POVERTY_PLAN),),
                    figures=(_nine_months("so-ho-thoat-ngheo", 45, S_SOCIAL, note="Đạt 68,2% kế hoạch."),),
                ),
            ),
        ),
    ),
    key_tasks=(
        KeyTaskSpec(
            label="1.",
            text=(
                "Chủ đề công tác năm 2020: Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức và đảm bảo "
                "tăng trưởng kinh tế bền vững; phấn đấu huyện đạt Nông thôn mới"
            ),
            sentence=S_NEW_RURAL,
        ),
        KeyTaskSpec(
            label="2.",
            text="Xây dựng và triển khai Đề án phát triển nguồn nhân lực huyện, giai đoạn 2020 - 2025",
            sentence=S_RESOLUTION,
            status="Yêu cầu khẩn trương thực hiện trong 3 tháng cuối năm 2020.",
        ),
        KeyTaskSpec(
            label="3.",
            text=(
                "Phối hợp với Trường Đại học Nông lâm Thái Nguyên xây dựng huyện sớm trở thành trung tâm kinh tế "
                "lâm nghiệp và dược liệu của tỉnh"
            ),
            sentence=S_LAST_QUARTER,
            status="Nhiệm vụ trọng tâm 3 tháng cuối năm 2020.",
        ),
    ),
)

CONGRESS_ONLY = "bài viết không nêu chỉ tiêu và kết quả của Nghị quyết Đại hội XXV"

CONGRESS = ResolutionSpec(
    title="Nghị quyết Đại hội đại biểu Đảng bộ huyện Ba Chẽ lần thứ XXV, nhiệm kỳ 2020-2025",
    issuing_body="Đảng bộ huyện Ba Chẽ",
    congress_ordinal="XXV",
    source_note=(
        f"{S_CONGRESS} Bài viết không công bố các chỉ tiêu của nghị quyết: các chỉ tiêu và kết quả dưới đây là "
        "số liệu minh họa."
    ),
    groups=(
        GroupSpec(
            label="I.",
            name="Kinh tế",
            targets=(
                TargetSpec(
                    label="1.",
                    name="Thu nhập bình quân đầu người",
                    text="Thu nhập bình quân đầu người năm 2025 đạt 80 triệu đồng",
                    indicator="thu-nhap-binh-quan-dau-nguoi",
                    unit="triệu đồng/người/năm",
                    value=80,
                    lead=a.TAI_CHINH,
                    illustrative=CONGRESS_ONLY,
                    figures=yearly("thu-nhap-binh-quan-dau-nguoi", {2021: 58, 2022: 64}, CONGRESS_ONLY),
                ),
                TargetSpec(
                    label="2.",
                    name="Số xã đạt chuẩn nông thôn mới nâng cao",
                    text="Có từ 4 xã đạt chuẩn nông thôn mới nâng cao",
                    indicator="so-xa-dat-chuan-ntm-nang-cao",
                    unit="xã",
                    form=Form.MIN_BOUND,
                    value=4,
                    lead=a.NONG_THON_MOI,
                    illustrative=CONGRESS_ONLY,
                    figures=yearly("so-xa-dat-chuan-ntm-nang-cao", {2021: 2, 2022: 3}, CONGRESS_ONLY),
                ),
            ),
        ),
        GroupSpec(
            label="II.",
            name="Văn hóa - xã hội",
            targets=(
                TargetSpec(
                    label="3.",
                    name="Tỷ lệ bao phủ bảo hiểm y tế",
                    text="Tỷ lệ bao phủ bảo hiểm y tế từ 98% trở lên",
                    indicator="ty-le-bao-phu-bhyt",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=98,
                    lead=a.BAO_HIEM,
                    illustrative=CONGRESS_ONLY,
                    figures=yearly("ty-le-bao-phu-bhyt", {2021: "97,2", 2022: "97,8"}, CONGRESS_ONLY),
                ),
            ),
        ),
        GroupSpec(
            label="III.",
            name="Môi trường",
            targets=(
                TargetSpec(
                    label="4.",
                    name="Tỷ lệ che phủ rừng",
                    text="Tỷ lệ che phủ rừng từ 57% trở lên",
                    indicator="ty-le-che-phu-rung",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=57,
                    lead=a.NONG_NGHIEP,
                    illustrative=CONGRESS_ONLY,
                    figures=yearly("ty-le-che-phu-rung", {2021: "55,8", 2022: "56,4"}, CONGRESS_ONLY),
                ),
            ),
        ),
        GroupSpec(
            label="IV.",
            name="Xây dựng Đảng và hệ thống chính trị",
            targets=(
                TargetSpec(
                    label="5.",
                    name="Số đảng viên mới được kết nạp hằng năm",
                    text="Hằng năm kết nạp từ 50 đảng viên trở lên",
                    indicator="so-dang-vien-moi-ket-nap",
                    unit="đảng viên/năm",
                    form=Form.MIN_BOUND,
                    kind=Kind.ANNUAL,
                    value=50,
                    lead=a.TO_CHUC,
                    illustrative=CONGRESS_ONLY,
                    figures=yearly("so-dang-vien-moi-ket-nap", {2021: 58, 2022: 61}, CONGRESS_ONLY),
                ),
            ),
        ),
    ),
)

DISTRICT = DistrictSpec(
    name="Ba Chẽ",
    province="Quảng Ninh",
    article=ARTICLE,
    resolutions=(ANNUAL_2020, CONGRESS),
    figures=(
        stated(
            "toc-do-tang-san-luong-luong-thuc-dong-xuan",
            six_months(2020),
            "8,9",
            S_ECONOMY,
            kind=ESTIMATE,
            note="Vụ Đông Xuân, so với cùng kỳ; thu hoạch trong 6 tháng đầu năm.",
        ),
        _nine_months("so-truong-duoc-cong-nhan-dat-chuan-moi", 2, S_SOCIAL, kind=ValueKind.OFFICIAL),
        _nine_months("so-nha-o-duoc-ho-tro-cai-thien", 147, S_SOCIAL),
        _nine_months("kinh-phi-ho-tro-cai-thien-nha-o", "4,3", S_SOCIAL, note="Trên 4,3 tỷ đồng."),
        _nine_months("so-nha-dai-doan-ket", 33, S_FRONT),
        _nine_months(
            "gia-tri-nha-dai-doan-ket",
            "0,995",
            S_FRONT,
            note="995 triệu đồng, quy đổi ra tỷ đồng theo đơn vị của chỉ số.",
        ),
        _nine_months("so-ky-hop-hdnd", 4, S_GOVERNMENT, kind=ValueKind.OFFICIAL),
        _nine_months("so-nghi-quyet-hdnd", 24, S_GOVERNMENT, kind=ValueKind.OFFICIAL),
        _nine_months(
            "so-dang-vien-moi-ket-nap",
            26,
            S_GOVERNMENT,
            kind=ValueKind.OFFICIAL,
            note="Lớp đảng viên mới mang tên 90 năm Ngày thành lập Đảng.",
        ),
        stated("so-dang-vien", NOW, 2033, S_GOVERNMENT),
        stated("so-uy-vien-ban-chap-hanh", NOW, 37, S_CONGRESS, note="Ban Chấp hành khóa XXV."),
        stated(
            "ty-le-phieu-trung-cu-cap-uy-vien",
            NOW,
            90,
            S_CONGRESS,
            note="Các cấp ủy viên trúng cử đều trên 90% số phiếu.",
        ),
        stated("ty-le-phieu-bau-bi-thu", NOW, 100, S_CONGRESS, note="Bầu trực tiếp Bí thư tại Đại hội."),
    ),
)
