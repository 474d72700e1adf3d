"""Phú Lương (Thái Nguyên): the XXIV congress resolution at mid-term, from the PLVN article of 2023.

Stated by the article: 12/13 communes new-rural (92,3%), 3 advanced, 1 model, 1 smart-village pilot; 16 OCOP
products of 3 stars or more; 5 protected farm products; 8 programmes and 9 schemes issued; 97,73% hamlets and
96,13% families "văn hóa"; 92,5% standard schools; 100% communes meeting the health standard; 214 digital
teams with 1567 members; 100% offices signing digitally; SIPAS first or second in the province 2020-2022; the
poverty rate (poor and near-poor) down 1,19 points a year on average; security cameras in 100% of residential
areas; the goal "huyện đạt chuẩn nông thôn mới năm 2024"; the count "9/9 chỉ tiêu (21/25 chỉ tiêu thành phần)
theo tiến độ đã đạt và vượt"; the key tasks to the end of the term.

Illustrative: the article does not publish the resolution's list, so the 9 targets, their 25 child targets and
their figures are the demo's, chosen so that the engine reproduces the published count at mid-term: 21 child
targets met or exceeded and 4 not yet (growth of budget revenue, health-insurance coverage, solid-waste
collection, and the district standard still to come in 2024), with the resolution's share of child targets set
to 60% so that each parent with one child behind still counts. Every such number says so.

The saved copy of the article has no date; its figures are taken as known on 30/6/2023 (it cites SIPAS for
2020-2022 and reports at mid-term), and stocks "đến nay" are read on that day.
"""

from datetime import date

from chitieu.demo.seeds import agencies as a
from chitieu.demo.spec import (
    Article,
    DistrictSpec,
    GroupSpec,
    KeyTaskSpec,
    ResolutionSpec,
    TargetSpec,
    as_of,
    derived,
    stated,
    term_to_date,
    year,
    yearly,
)
from chitieu.plans.models import Target

Form, Kind = Target.Form, Target.Kind

ARTICLE = Article(
    title="Huyện Phú Lương phát huy thành tích, nỗ lực hoàn thành mục tiêu nhiệm kỳ 2020-2025",
    published=None,
    byline="Báo Pháp luật Việt Nam",
    assumed_date=date(2023, 6, 30),
    assumed_date_reason="bản lưu không ghi ngày đăng; bài sơ kết giữa nhiệm kỳ, dẫn SIPAS 2020-2022",
)
NOW = as_of(ARTICLE.known_on)

# The article's sentences, verbatim (non-breaking spaces included).
S_MID_TERM = (
    "Vì thế, sau nửa nhiệm kỳ thực hiện Nghị quyết\xa0Đại hội đại biểu Đảng bộ\xa0huyện khóa\xa0XXIV, "
    "nhiệm kỳ\xa02020-2025, huyện đã\xa0đạt loạt\xa0kết quả đáng ghi nhận trên các lĩnh vực."
)
S_NEW_RURAL = (
    "Cụ thể, huyện đã có 12/13 xã đạt chuẩn nông thôn mới, đạt 92,3%; 3 xã đạt chuẩn nông thôn mới nâng cao, "
    "1 xã đạt chuẩn nông thôn mới kiểu mẫu; 1 xã được Trung ương chỉ đạo thực hiện mô hình thí điểm “xã nông "
    "thôn mới thông minh” thuộc chương trình chuyển đổi số trong xây dựng nông thôn mới."
)
S_OCOP = (
    "Huyện phát triển 16 sản phẩm OCOP từ 3 sao trở lên, có 5 sản phẩm nông nghiệp được Cục Sở hữu trí tuệ "
    "cấp văn bằng bảo hộ."
)
S_PROGRAMMES = (
    "Huyện đã ban hành 8 chương trình, kế hoạch; 9 đề án trên các lĩnh vực để triển khai thực hiện nhiệm vụ "
    "phát triển kinh tế - xã hội."
)
S_COUNT = (
    "Đến nay 9/9 chỉ tiêu (21/25 chỉ tiêu thành phần) phát triển kinh tế - xã hội theo tiến độ đã đạt và vượt "
    "mục tiêu của nghị quyết."
)
S_CULTURE = (
    "Phong trào toàn dân đoàn kết xây dựng đời sống văn hóa được nâng cao về chất lượng với tỷ lệ 97,73% xóm, "
    "tổ dân phố, 96,13% gia đình đạt tiêu chuẩn văn hóa, bản sắc văn hóa dân tộc được gìn giữ, phát huy; "
    "Công tác thông tin, tuyên truyền, hoạt động của trang thông tin điện tử, bản tin nội bộ của huyện có nhiều "
    "tiến bộ, nội dung tin bài chất lượng tốt, tuyên truyền, phản ánh kịp thời nhiệm vụ chính trị của địa phương."
)
S_SCHOOLS_HEALTH = (
    "Lĩnh vực giáo dục giành nhiều kết quả ấn tượng, chất lượng giáo dục mũi nhọn tiếp tục giữ vững, 92,5% "
    "trường học đạt chuẩn Quốc gia; Công tác bảo vệ, chăm sóc sức khỏe nhân dân được quan tâm, 100% xã, thị "
    "trấn của huyện đạt chuẩn quốc gia về y tế."
)
S_DIGITAL = (
    "Cải cách hành chính, chuyển đổi số, xây dựng chính quyền điện tử của huyện từng bước được nâng cao, thành "
    "lập 214 tổ công nghệ số cộng đồng 1567 thành viên; 100% cơ quan nhà nước sử dụng chữ ký số; chỉ số hài "
    "lòng của người dân, tổ chức đối với sự phục vụ của chính quyền (SIPAS) trong 03 năm 2020, 2021, 2022 liên "
    "tục xếp thứ nhất, thứ hai toàn tỉnh."
)
S_POVERTY = (
    "Cùng với đó, công tác an sinh xã hội được huyện triển khai thiết thực, kịp thời, hiệu quả, tỷ lệ hộ "
    "nghèo, hộ cận nghèo giảm bình quân hàng năm đạt 1,19%; hỗ trợ kịp thời cho người dân và doanh nghiệp gặp "
    "khó khăn do đại dịch COVID - 19; thực hiện chế độ, chính sách ưu đãi người có công với cách mạng, trợ giúp "
    "xã hội, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đảm bảo công khai, minh bạch, đúng đối tượng."
)
S_SECURITY = (
    "Quốc phòng, an ninh chính trị, trật tự an toàn xã hội được giữ vững, tổ chức thành công cuộc diễn tập khu "
    "vực phòng thủ cấp huyện, thực hiện mô hình “Camera giám sát an ninh trật tự” tại 100% khu dân cư."
)
S_GOAL_2024 = (
    "Với phương châm “chủ trương đúng, quyết tâm thống nhất cao, hành động quyết liệt”, huyện Phú Lương phấn "
    "đấu đến năm 2024 sẽ trở thành huyện nông thôn mới, có hệ thống chính trị trong sạch, vững mạnh, tinh gọn, "
    "hoạt động hiệu lực, hiệu quả, nâng cao mức sống của nhân dân."
)
S_TASK_INVESTMENT = (
    "Phát huy tốt tiềm năng, thế mạnh và thu hút các nguồn lực đầu tư trong mọi lĩnh vực, đẩy mạnh ứng dụng "
    "tiến bộ kỹ thuật, công nghệ vào sản xuất; thực hiện tốt các chương trình, đề án, tạo sự chuyển dịch rõ rệt "
    "về cơ cấu trong nội ngành Nông nghiệp; thực hiện tốt công tác cải cách hành chính để thu hút đầu tư vào "
    "địa bàn;"
)
S_TASK_INFRASTRUCTURE = (
    "Ưu tiên phát triển kết cấu hạ tầng kinh tế - xã hội đồng bộ, hiện đại, có tính chất liên kết vùng cao, "
    "đáp ứng đầy đủ các điều kiện, tiêu chí của huyện nông thôn mới; phấn đấu năm 2024 huyện đạt chuẩn Nông "
    "thôn mới;"
)
S_TASK_INDUSTRY = (
    "Phát triển sản xuất công nghiệp - tiểu thủ công nghiệp, thương mại - dịch vụ, trong đó phát huy tốt nhất "
    "lợi thế so sánh, nhất là đối với các ngành, lĩnh vực, sản phẩm có thế mạnh của huyện, như: Vùng chè Khe "
    "Cốc, vùng lúa nếp Vải xã Ôn Lương, Làng nghề bánh chưng xóm Bờ Đậu, Khu di tích lịch sử đền Đuổm và các "
    "giá trị văn hóa phi vật thể quốc gia... để thu hút đầu tư, phát triển các loại hình du lịch sinh thái, "
    "giáo dục truyền thống;"
)
S_TASK_CULTURE = (
    "Phát huy sức mạnh, giá trị văn hóa, xây dựng con người văn minh, thân thiện; ưu tiên đầu tư nhiều hơn cho "
    "phát triển giáo dục, đào tạo nghề, giải quyết việc làm, y tế, nâng cao mức sống, thu nhập và hưởng thụ văn "
    "hóa của nhân dân."
)
S_TASK_PARTY = (
    "Huyện đặc biệt coi trọng công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch vững mạnh; "
    "nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức đảng từ huyện đến cơ sở."
)

# Why the resolution's figures are the demo's.
NOT_PUBLISHED = "bài viết không công bố mức chỉ tiêu của nghị quyết"
ON_SCHEDULE = "chọn để khớp với kết quả “21/25 chỉ tiêu thành phần theo tiến độ đã đạt và vượt” trong bài"
BEHIND = "chọn để chỉ tiêu thành phần này nằm trong 4/25 chỉ tiêu chưa đạt theo bài"


def _met(indicator: str, values: dict[int, str | int]):
    """Yearly illustrative values of a child target counted among the 21 met at mid-term."""
    return yearly(indicator, values, ON_SCHEDULE)


def _behind(indicator: str, values: dict[int, str | int]):
    return yearly(indicator, values, BEHIND)


ECONOMY = GroupSpec(
    label="I.",
    name="Kinh tế",
    targets=(
        TargetSpec(
            label="1.",
            name="Tăng trưởng kinh tế",
            lead=a.TAI_CHINH,
            illustrative=NOT_PUBLISHED,
            children=(
                TargetSpec(
                    label="a)",
                    name="Tốc độ tăng giá trị sản xuất bình quân",
                    text="Tốc độ tăng giá trị sản xuất bình quân 10%/năm",
                    indicator="gia-tri-san-xuat",
                    unit="%/năm",
                    kind=Kind.GROWTH_RATE,
                    value=10,
                    baseline=("10.500", 2020),
                    lead=a.TAI_CHINH,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("gia-tri-san-xuat", {2020: "10.500", 2021: "11.660", 2022: "12.950"}),
                ),
                TargetSpec(
                    label="b)",
                    name="Tốc độ tăng thu nhập bình quân đầu người",
                    text="Thu nhập bình quân đầu người tăng bình quân 8%/năm",
                    indicator="thu-nhap-binh-quan-dau-nguoi",
                    unit="%/năm",
                    kind=Kind.GROWTH_RATE,
                    value=8,
                    baseline=(46, 2020),
                    lead=a.TAI_CHINH,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("thu-nhap-binh-quan-dau-nguoi", {2020: 46, 2021: "50,1", 2022: 55}),
                ),
                TargetSpec(
                    label="c)",
                    name="Tốc độ tăng thu ngân sách nhà nước trên địa bàn",
                    text="Thu ngân sách nhà nước trên địa bàn tăng bình quân 10%/năm",
                    indicator="thu-ngan-sach-nha-nuoc-tren-dia-ban",
                    unit="%/năm",
                    kind=Kind.GROWTH_RATE,
                    value=10,
                    baseline=(95, 2020),
                    lead=a.THUE,
                    cooperating=(a.TAI_CHINH,),
                    illustrative=NOT_PUBLISHED,
                    figures=_behind(
                        "thu-ngan-sach-nha-nuoc-tren-dia-ban", {2020: 95, 2021: "96,5", 2022: 98}
                    ),
                ),
            ),
        ),
        TargetSpec(
            label="2.",
            name="Phát triển nông nghiệp hàng hóa",
            lead=a.NONG_NGHIEP,
            illustrative=NOT_PUBLISHED,
            children=(
                TargetSpec(
                    label="a)",
                    name="Số sản phẩm OCOP đạt từ 3 sao trở lên",
                    text="Có từ 15 sản phẩm OCOP đạt 3 sao trở lên",
                    indicator="so-san-pham-ocop-3-sao-tro-len",
                    unit="sản phẩm",
                    form=Form.MIN_BOUND,
                    value=15,
                    lead=a.NONG_NGHIEP,
                    illustrative=NOT_PUBLISHED,
                    figures=(stated("so-san-pham-ocop-3-sao-tro-len", NOW, 16, S_OCOP),),
                ),
                TargetSpec(
                    label="b)",
                    name="Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt",
                    text="Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt từ 120 triệu đồng trở lên",
                    indicator="gia-tri-san-pham-tren-1-ha-dat-trong-trot",
                    unit="triệu đồng/ha",
                    form=Form.MIN_BOUND,
                    value=120,
                    lead=a.NONG_NGHIEP,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("gia-tri-san-pham-tren-1-ha-dat-trong-trot", {2021: 118, 2022: 126}),
                ),
            ),
        ),
        TargetSpec(
            label="3.",
            name="Xây dựng nông thôn mới",
            lead=a.NONG_THON_MOI,
            illustrative=NOT_PUBLISHED,
            children=(
                TargetSpec(
                    label="a)",
                    name="Tỷ lệ xã đạt chuẩn nông thôn mới",
                    text="Tỷ lệ xã đạt chuẩn nông thôn mới từ 90% trở lên",
                    indicator="ty-le-xa-dat-chuan-ntm",
                    unit="%",
                    form=Form.MIN_BOUND,
                    kind=Kind.RATIO,
                    value=90,
                    lead=a.NONG_THON_MOI,
                    cooperating=(a.NONG_NGHIEP,),
                    illustrative=NOT_PUBLISHED,
                    figures=(
                        stated("so-xa-dat-chuan-ntm", NOW, 12, S_NEW_RURAL),
                        stated("so-xa", NOW, 13, S_NEW_RURAL),
                        stated("ty-le-xa-dat-chuan-ntm", NOW, "92,3", S_NEW_RURAL),
                    ),
                ),
                TargetSpec(
                    label="b)",
                    name="Số xã đạt chuẩn nông thôn mới nâng cao",
                    text="Có từ 3 xã đạt chuẩn nông thôn mới nâng cao",
                    indicator="so-xa-dat-chuan-ntm-nang-cao",
                    unit="xã",
                    form=Form.MIN_BOUND,
                    value=3,
                    lead=a.NONG_THON_MOI,
                    illustrative=NOT_PUBLISHED,
                    figures=(stated("so-xa-dat-chuan-ntm-nang-cao", NOW, 3, S_NEW_RURAL),),
                ),
                TargetSpec(
                    label="c)",
                    name="Số xã đạt chuẩn nông thôn mới kiểu mẫu",
                    text="Có ít nhất 1 xã đạt chuẩn nông thôn mới kiểu mẫu",
                    indicator="so-xa-dat-chuan-ntm-kieu-mau",
                    unit="xã",
                    form=Form.MIN_BOUND,
                    value=1,
                    lead=a.NONG_THON_MOI,
                    illustrative=NOT_PUBLISHED,
                    figures=(stated("so-xa-dat-chuan-ntm-kieu-mau", NOW, 1, S_NEW_RURAL),),
                ),
                TargetSpec(
                    label="d)",
                    name="Huyện đạt chuẩn nông thôn mới năm 2024",
                    text="Phấn đấu năm 2024 huyện đạt chuẩn nông thôn mới",
                    indicator="huyen-dat-chuan-ntm",
                    form=Form.YES_NO,
                    kind=Kind.YES_NO,
                    deadline_year=2024,
                    lead=a.NONG_THON_MOI,
                    sentence=S_GOAL_2024,
                    figures=(
                        derived(
                            "huyen-dat-chuan-ntm",
                            NOW,
                            None,
                            S_GOAL_2024,
                            "bài viết cho biết huyện phấn đấu đạt chuẩn năm 2024, tức là khi sơ kết chưa đạt",
                            text="chưa",
                        ),
                    ),
                ),
            ),
        ),
    ),
)

SOCIETY = GroupSpec(
    label="II.",
    name="Văn hóa - xã hội",
    targets=(
        TargetSpec(
            label="4.",
            name="Giáo dục và đào tạo",
            lead=a.GIAO_DUC,
            illustrative=NOT_PUBLISHED,
            children=(
                TargetSpec(
                    label="a)",
                    name="Tỷ lệ trường học đạt chuẩn quốc gia",
                    text="Tỷ lệ trường học đạt chuẩn quốc gia từ 90% trở lên",
                    indicator="ty-le-truong-dat-chuan-quoc-gia",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=90,
                    lead=a.GIAO_DUC,
                    illustrative=NOT_PUBLISHED,
                    figures=(stated("ty-le-truong-dat-chuan-quoc-gia", NOW, "92,5", S_SCHOOLS_HEALTH),),
                ),
                TargetSpec(
                    label="b)",
                    name="Tỷ lệ huy động trẻ em 3-5 tuổi đi học mẫu giáo",
                    text="Tỷ lệ huy động trẻ em 3-5 tuổi đi học mẫu giáo từ 98% trở lên",
                    indicator="ty-le-tre-3-5-tuoi-di-hoc-mau-giao",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=98,
                    lead=a.GIAO_DUC,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("ty-le-tre-3-5-tuoi-di-hoc-mau-giao", {2021: "98,6", 2022: "99,2"}),
                ),
            ),
        ),
        TargetSpec(
            label="5.",
            name="Xây dựng đời sống văn hóa",
            lead=a.VAN_HOA,
            illustrative=NOT_PUBLISHED,
            children=(
                TargetSpec(
                    label="a)",
                    name="Tỷ lệ xóm, tổ dân phố đạt tiêu chuẩn văn hóa",
                    text="Tỷ lệ xóm, tổ dân phố đạt tiêu chuẩn văn hóa từ 95% trở lên",
                    indicator="ty-le-thon-to-dan-pho-van-hoa",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=95,
                    lead=a.VAN_HOA,
                    illustrative=NOT_PUBLISHED,
                    figures=(stated("ty-le-thon-to-dan-pho-van-hoa", NOW, "97,73", S_CULTURE),),
                ),
                TargetSpec(
                    label="b)",
                    name="Tỷ lệ gia đình đạt tiêu chuẩn văn hóa",
                    text="Tỷ lệ gia đình đạt tiêu chuẩn văn hóa từ 95% trở lên",
                    indicator="ty-le-gia-dinh-van-hoa",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=95,
                    lead=a.VAN_HOA,
                    illustrative=NOT_PUBLISHED,
                    figures=(stated("ty-le-gia-dinh-van-hoa", NOW, "96,13", S_CULTURE),),
                ),
                TargetSpec(
                    label="c)",
                    name="Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa",
                    text="Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa từ 95% trở lên",
                    indicator="ty-le-co-quan-dat-chuan-van-hoa",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=95,
                    lead=a.VAN_HOA,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("ty-le-co-quan-dat-chuan-van-hoa", {2021: 96, 2022: 97}),
                ),
            ),
        ),
        TargetSpec(
            label="6.",
            name="Y tế, chăm sóc sức khỏe nhân dân",
            lead=a.Y_TE,
            illustrative=NOT_PUBLISHED,
            children=(
                TargetSpec(
                    label="a)",
                    name="Tỷ lệ xã, thị trấn đạt chuẩn quốc gia về y tế",
                    text="100% xã, thị trấn đạt chuẩn quốc gia về y tế",
                    indicator="ty-le-xa-dat-chuan-quoc-gia-ve-y-te",
                    unit="%",
                    value=100,
                    lead=a.Y_TE,
                    illustrative=NOT_PUBLISHED,
                    figures=(stated("ty-le-xa-dat-chuan-quoc-gia-ve-y-te", NOW, 100, S_SCHOOLS_HEALTH),),
                ),
                TargetSpec(
                    label="b)",
                    name="Tỷ lệ dân số tham gia bảo hiểm y tế",
                    text="Tỷ lệ dân số tham gia bảo hiểm y tế từ 95% trở lên",
                    indicator="ty-le-bao-phu-bhyt",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=95,
                    lead=a.BAO_HIEM,
                    cooperating=(a.Y_TE, a.LAO_DONG),
                    illustrative=NOT_PUBLISHED,
                    figures=_behind("ty-le-bao-phu-bhyt", {2020: "92,8", 2021: "92,6", 2022: "92,9"}),
                ),
                TargetSpec(
                    label="c)",
                    name="Số bác sĩ trên 1 vạn dân",
                    text="Đạt từ 9 bác sĩ trên 1 vạn dân trở lên",
                    indicator="so-bac-si-tren-van-dan",
                    unit="bác sĩ/vạn dân",
                    form=Form.MIN_BOUND,
                    value=9,
                    lead=a.Y_TE,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("so-bac-si-tren-van-dan", {2021: "9,2", 2022: "9,6"}),
                ),
            ),
        ),
        TargetSpec(
            label="7.",
            name="Giảm nghèo, lao động - việc làm",
            lead=a.LAO_DONG,
            illustrative=NOT_PUBLISHED,
            children=(
                TargetSpec(
                    label="a)",
                    name="Tỷ lệ hộ nghèo, hộ cận nghèo giảm bình quân hằng năm",
                    text="Tỷ lệ hộ nghèo, hộ cận nghèo giảm bình quân 1%/năm",
                    indicator="ty-le-ho-ngheo-can-ngheo",
                    unit="%/năm",
                    kind=Kind.POINT_CHANGE,
                    value=1,
                    baseline=("10,52", 2020),
                    lead=a.LAO_DONG,
                    illustrative=NOT_PUBLISHED,
                    figures=(
                        *(
                            derived(
                                "ty-le-ho-ngheo-can-ngheo",
                                year(y),
                                value,
                                S_POVERTY,
                                "chọn để mức giảm bình quân 2021-2022 đúng 1,19 điểm %/năm như bài viết: "
                                "(10,52 − 8,14) / 2 = 1,19",
                            )
                            for y, value in ((2020, "10,52"), (2021, "9,30"), (2022, "8,14"))
                        ),
                        stated(
                            "muc-giam-ty-le-ho-ngheo-can-ngheo",
                            term_to_date(2021, date(2022, 12, 31)),
                            "1,19",
                            S_POVERTY,
                            note="Bình quân hằng năm từ đầu nhiệm kỳ đến khi sơ kết (dữ liệu mẫu tính cho 2021-2022).",
                        ),
                    ),
                ),
                TargetSpec(
                    label="b)",
                    name="Số lao động được giải quyết việc làm mới hằng năm",
                    text="Hằng năm giải quyết việc làm mới cho từ 1.300 lao động trở lên",
                    indicator="so-lao-dong-duoc-giai-quyet-viec-lam",
                    unit="người/năm",
                    form=Form.MIN_BOUND,
                    kind=Kind.ANNUAL,
                    value="1.300",
                    lead=a.LAO_DONG,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("so-lao-dong-duoc-giai-quyet-viec-lam", {2021: "1.350", 2022: "1.420"}),
                ),
                TargetSpec(
                    label="c)",
                    name="Tỷ lệ lao động qua đào tạo",
                    text="Tỷ lệ lao động qua đào tạo từ 70% trở lên",
                    indicator="ty-le-lao-dong-qua-dao-tao",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=70,
                    lead=a.LAO_DONG,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("ty-le-lao-dong-qua-dao-tao", {2021: "68,5", 2022: "71,5"}),
                ),
            ),
        ),
        TargetSpec(
            label="8.",
            name="Cải cách hành chính, chuyển đổi số",
            lead=a.VAN_PHONG_UBND,
            illustrative=NOT_PUBLISHED,
            children=(
                TargetSpec(
                    label="a)",
                    name="Tỷ lệ cơ quan nhà nước sử dụng chữ ký số",
                    text="100% cơ quan nhà nước sử dụng chữ ký số",
                    indicator="ty-le-co-quan-nha-nuoc-dung-chu-ky-so",
                    unit="%",
                    value=100,
                    lead=a.VAN_HOA,
                    illustrative=NOT_PUBLISHED,
                    figures=(stated("ty-le-co-quan-nha-nuoc-dung-chu-ky-so", NOW, 100, S_DIGITAL),),
                ),
                TargetSpec(
                    label="b)",
                    name="Số tổ công nghệ số cộng đồng",
                    text="Thành lập từ 200 tổ công nghệ số cộng đồng trở lên",
                    indicator="so-to-cong-nghe-so-cong-dong",
                    unit="tổ",
                    form=Form.MIN_BOUND,
                    value=200,
                    lead=a.VAN_HOA,
                    illustrative=NOT_PUBLISHED,
                    figures=(stated("so-to-cong-nghe-so-cong-dong", NOW, 214, S_DIGITAL),),
                ),
            ),
        ),
    ),
)

ENVIRONMENT = GroupSpec(
    label="III.",
    name="Môi trường",
    targets=(
        TargetSpec(
            label="9.",
            name="Bảo vệ môi trường",
            lead=a.TAI_NGUYEN,
            illustrative=NOT_PUBLISHED,
            children=(
                TargetSpec(
                    label="a)",
                    name="Tỷ lệ che phủ rừng",
                    text="Tỷ lệ che phủ rừng từ 58% trở lên",
                    indicator="ty-le-che-phu-rung",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=58,
                    lead=a.NONG_NGHIEP,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("ty-le-che-phu-rung", {2021: "58,2", 2022: "58,4"}),
                ),
                TargetSpec(
                    label="b)",
                    name="Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh",
                    text="Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh từ 98% trở lên",
                    indicator="ty-le-dan-cu-nong-thon-dung-nuoc-hop-ve-sinh",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=98,
                    lead=a.NONG_NGHIEP,
                    illustrative=NOT_PUBLISHED,
                    figures=_met("ty-le-dan-cu-nong-thon-dung-nuoc-hop-ve-sinh", {2021: "98,5", 2022: 99}),
                ),
                TargetSpec(
                    label="c)",
                    name="Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý",
                    text="Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý từ 90% trở lên",
                    indicator="ty-le-chat-thai-ran-sinh-hoat-duoc-thu-gom",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=90,
                    lead=a.TAI_NGUYEN,
                    illustrative=NOT_PUBLISHED,
                    figures=_behind(
                        "ty-le-chat-thai-ran-sinh-hoat-duoc-thu-gom", {2020: 78, 2021: "78,5", 2022: 79}
                    ),
                ),
            ),
        ),
    ),
)

CONGRESS = ResolutionSpec(
    declared_count=9,
    title="Nghị quyết Đại hội đại biểu Đảng bộ huyện Phú Lương lần thứ XXIV, nhiệm kỳ 2020-2025",
    issuing_body="Đảng bộ huyện Phú Lương",
    congress_ordinal="XXIV",
    children_min_share_pct=60,
    source_note=(
        f"{S_MID_TERM} {S_COUNT} Nghị quyết có 9 chỉ tiêu gồm 25 chỉ tiêu thành phần; bài viết không công bố "
        "danh mục nên tên và mức các chỉ tiêu trong dữ liệu mẫu là minh họa. Một chỉ tiêu được tính là đạt khi "
        "từ 60% chỉ tiêu thành phần trở lên đạt (cách tính của dữ liệu mẫu để khớp với “9/9 chỉ tiêu”)."
    ),
    groups=(ECONOMY, SOCIETY, ENVIRONMENT),
    key_tasks=(
        KeyTaskSpec(
            label="1.",
            text="Thu hút nguồn lực đầu tư, ứng dụng tiến bộ kỹ thuật, chuyển dịch cơ cấu nội ngành nông nghiệp",
            sentence=S_TASK_INVESTMENT,
            status="Nhiệm vụ trọng tâm đến hết nhiệm kỳ, nêu khi sơ kết giữa nhiệm kỳ.",
        ),
        KeyTaskSpec(
            label="2.",
            text="Phát triển kết cấu hạ tầng đồng bộ; phấn đấu năm 2024 huyện đạt chuẩn nông thôn mới",
            sentence=S_TASK_INFRASTRUCTURE,
            status="Nhiệm vụ trọng tâm đến hết nhiệm kỳ, nêu khi sơ kết giữa nhiệm kỳ.",
        ),
        KeyTaskSpec(
            label="3.",
            text="Phát triển công nghiệp - tiểu thủ công nghiệp, thương mại - dịch vụ, du lịch từ sản phẩm thế mạnh",
            sentence=S_TASK_INDUSTRY,
            status="Nhiệm vụ trọng tâm đến hết nhiệm kỳ, nêu khi sơ kết giữa nhiệm kỳ.",
        ),
        KeyTaskSpec(
            label="4.",
            text="Phát huy giá trị văn hóa; ưu tiên giáo dục, đào tạo nghề, việc làm, y tế; giữ vững quốc phòng - an ninh",
            sentence=S_TASK_CULTURE,
            status="Nhiệm vụ trọng tâm đến hết nhiệm kỳ, nêu khi sơ kết giữa nhiệm kỳ.",
        ),
        KeyTaskSpec(
            label="5.",
            text="Xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh",
            sentence=S_TASK_PARTY,
            status="Nhiệm vụ trọng tâm đến hết nhiệm kỳ, nêu khi sơ kết giữa nhiệm kỳ.",
        ),
    ),
)

DISTRICT = DistrictSpec(
    name="Phú Lương",
    province="Thái Nguyên",
    article=ARTICLE,
    resolutions=(CONGRESS,),
    # Figures the article states that no target of the demo measures.
    figures=(
        stated("so-xa-ntm-thong-minh-thi-diem", NOW, 1, S_NEW_RURAL),
        stated("so-san-pham-duoc-cap-van-bang-bao-ho", NOW, 5, S_OCOP),
        stated("so-chuong-trinh-ke-hoach-ban-hanh", term_to_date(2020, ARTICLE.known_on), 8, S_PROGRAMMES),
        stated("so-de-an-ban-hanh", term_to_date(2020, ARTICLE.known_on), 9, S_PROGRAMMES),
        stated("so-thanh-vien-to-cong-nghe-so", NOW, 1567, S_DIGITAL),
        stated(
            "xep-hang-sipas",
            term_to_date(2020, date(2022, 12, 31)),
            None,
            S_DIGITAL,
            text="thứ nhất, thứ hai toàn tỉnh",
            note="Ba năm 2020, 2021, 2022 liên tục xếp thứ nhất, thứ hai toàn tỉnh.",
        ),
        stated("ty-le-khu-dan-cu-co-camera-an-ninh", NOW, 100, S_SECURITY),
    ),
)
