"""Phong Thổ (Lai Châu): the XX congress resolution as adopted, from the article of 25/10/2020.

Stated by the article: the resolution's 11 key targets with their values and its two breakthrough programmes;
the district at the start of the term: more than 3.200 Party members in 53 grassroots organisations, 868 new
members in the past five years, each year more than 75% of organisations and 90% of members rated "hoàn thành
tốt nhiệm vụ trở lên", income 28 million đồng a head, 4 new-rural communes, the poverty rate down 4 points a
year to 20,49% in 2020.

How the 11 are counted. The article lists 14 figures under "11 chỉ tiêu chủ yếu". Two of its sentences hold
multi-part items, kept as a parent with children so that the top level counts 11:
  5. Xây dựng nông thôn mới = tỷ lệ xã đạt chuẩn trên 43% + không còn xã dưới 15 tiêu chí (one sentence,
     both about the new-rural standard);
  10. Lao động, việc làm = đào tạo trên 1.000 lao động/năm + tỷ lệ lao động qua đào tạo 50% + hằng năm giải
     quyết việc làm cho hơn 1.000 lao động (the labour items the resolution writes together).
Every other item is a target of its own, in the article's order.

"Tổng giá trị sản xuất 8.848 tỷ đồng" is read as the level of the year 2025, not a five-year sum: the phrase
names the yearly gross-output indicator (Phụng Hiệp reports "Tổng giá trị sản xuất đạt gần 8.100 tỉ đồng" for
one year) and the sentence has none of the words of a cumulative target ("giai đoạn 2021-2025", "5 năm",
"lũy kế").

Illustrative: every result of 2021-2023 (the article was written as the term began), the 2020 herd and the
number of communes (16, the count in the official unit list) used as bases.
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
    invented,
    stated,
    term_to_date,
    year,
    yearly,
)
from chitieu.plans.models import KeyTask, Target
from chitieu.results.models import ValueKind

Form, Kind, Direction = Target.Form, Target.Kind, Target.Direction

ARTICLE = Article(
    title="Huyện Phong Thổ: Đoàn kết, thực hiện thắng lợi các mục tiêu KT-XH nhiệm kỳ 2020 – 2025",
    published=date(2020, 10, 25),
    byline="Xuân Trường",
)
NOW = as_of(ARTICLE.known_on)
PAST_TERM = term_to_date(2016, ARTICLE.known_on)  # "trong 5 năm", "hàng năm" of the 2015-2020 term

S_PARTY = "Đảng bộ huyện Phong Thổ hiện có hơn 3.200 đảng viên, sinh hoạt tại 53 chi, đảng bộ cơ sở."
S_NEW_MEMBERS = (
    "Công tác phát triển đảng viên được quan tâm cả về số lượng và chất lượng, trong 5 năm Đảng bộ huyện đã "
    "kết nạp 868 đảng viên mới (vượt chỉ tiêu nghị quyết đề ra)."
)
S_RATINGS = (
    "Hàng năm, qua đánh giá phân loại tổ chức cơ sở đảng và đảng viên, Đảng bộ huyện có trên 75% tổ chức cơ sở "
    "đảng, 90% đảng viên hoàn thành tốt nhiệm vụ trở lên."
)
S_INCOME_NOW = "Hiện nay, thu nhập bình quân của huyện đạt 28 triệu đồng/người/năm, có 4 xã đạt chuẩn xây dựng nông thôn mới."
S_POVERTY_NOW = (
    "Thực hiện tốt chính sách an sinh xã hội, tỷ lệ hộ nghèo giảm bình quân 4%/năm, đến năm 2020 còn 20,49%."
)
S_OUTPUT_INCOME = (
    "Với mục tiêu xây dựng huyện Phong Thổ từng bước phát triển bền vững, nhiệm kỳ 2020-2025, Đảng bộ huyện đề "
    "ra 11 chỉ tiêu chủ yếu, như: Tổng giá trị sản xuất 8.848 tỷ đồng; thu nhập bình quân đầu người đạt 45 "
    "triệu đồng/người/năm."
)
S_FOOD_HERD = "Tổng sản lượng lương thực có hạt trên 35.000 tấn; tốc độ tăng đàn gia súc bình quân 5%/năm."
S_NEW_RURAL = "Tỷ lệ xã đạt chuẩn về xây dựng nông thôn mới đạt trên 43%; không còn xã dưới 15 tiêu chí."
S_ROADS = "Tỷ lệ bản có đường ô tô đến bản được cứng hóa trên 85%."
S_BUDGET_EXPORT = "Thu ngân sách nhà nước trên địa bàn huyện 55 tỷ đồng; giá trị xuất khẩu hàng địa phương đạt trên 30 triệu USD."
S_SOCIAL_PARTY = (
    "Tỷ lệ hộ nghèo giảm bình quân 3%/năm; đào tạo trên 1.000 lao động/năm, tỷ lệ lao động qua đào tạo 50%; "
    "hàng năm giải quyết việc làm cho hơn 1.000 lao động và kết nạp trên 120 đảng viên; hoàn thành hai chương "
    "trình trọng điểm: Phát triển nông nghiệp hàng hóa gắn với kinh tế cửa khẩu; xây dựng đội ngũ cán bộ, công "
    "chức cấp xã có phẩm chất, năng lực và uy tín ngang tầm nhiệm vụ."
)

COMMUNES = "16 xã theo danh mục đơn vị hành chính chính thức (trước 1/7/2025); bài viết không nêu số xã"


def _results(indicator: str, values: dict[int, int | str]):
    return yearly(indicator, values, "bài viết viết khi bắt đầu nhiệm kỳ, chưa có kết quả các năm 2021-2023")


ECONOMY = GroupSpec(
    label="I.",
    name="Kinh tế",
    targets=(
        TargetSpec(
            label="1.",
            name="Tổng giá trị sản xuất",
            text="Tổng giá trị sản xuất 8.848 tỷ đồng (giá trị của năm 2025)",
            indicator="gia-tri-san-xuat",
            unit="tỷ đồng",
            value="8.848",
            lead=a.TAI_CHINH,
            sentence=S_OUTPUT_INCOME,
            figures=_results("gia-tri-san-xuat", {2021: "5.900", 2022: "6.550", 2023: "7.300"}),
        ),
        TargetSpec(
            label="2.",
            name="Thu nhập bình quân đầu người",
            text="Thu nhập bình quân đầu người đạt 45 triệu đồng/người/năm",
            indicator="thu-nhap-binh-quan-dau-nguoi",
            unit="triệu đồng/người/năm",
            value=45,
            baseline=(28, 2020),
            lead=a.TAI_CHINH,
            sentence=S_OUTPUT_INCOME,
            figures=(
                stated(
                    "thu-nhap-binh-quan-dau-nguoi",
                    year(2020),
                    28,
                    S_INCOME_NOW,
                    kind=ValueKind.ESTIMATE,
                    note="Bài viết (25/10/2020): “hiện nay”; ghi là số ước năm 2020.",
                ),
                *_results("thu-nhap-binh-quan-dau-nguoi", {2021: 31, 2022: "34,5", 2023: 38}),
            ),
        ),
        TargetSpec(
            label="3.",
            name="Tổng sản lượng lương thực có hạt",
            text="Tổng sản lượng lương thực có hạt trên 35.000 tấn",
            indicator="san-luong-luong-thuc-co-hat",
            unit="tấn",
            form=Form.MIN_BOUND,
            strict=True,
            value="35.000",
            lead=a.NONG_NGHIEP,
            sentence=S_FOOD_HERD,
            figures=_results("san-luong-luong-thuc-co-hat", {2021: "33.800", 2022: "34.600", 2023: "35.200"}),
        ),
        TargetSpec(
            label="4.",
            name="Tốc độ tăng đàn gia súc bình quân",
            text="Tốc độ tăng đàn gia súc bình quân 5%/năm",
            indicator="tong-dan-gia-suc",
            unit="%/năm",
            kind=Kind.GROWTH_RATE,
            value=5,
            baseline=(None, 2020),
            lead=a.NONG_NGHIEP,
            sentence=S_FOOD_HERD,
            figures=(
                invented(
                    "tong-dan-gia-suc",
                    year(2020),
                    "52.000",
                    "bài viết không nêu tổng đàn gia súc năm gốc 2020",
                ),
                *_results("tong-dan-gia-suc", {2021: "54.500", 2022: "57.000", 2023: "59.800"}),
            ),
        ),
        TargetSpec(
            label="5.",
            name="Xây dựng nông thôn mới",
            lead=a.NONG_THON_MOI,
            sentence=S_NEW_RURAL,
            children=(
                TargetSpec(
                    label="a)",
                    name="Tỷ lệ xã đạt chuẩn nông thôn mới",
                    text="Tỷ lệ xã đạt chuẩn về xây dựng nông thôn mới đạt trên 43%",
                    indicator="ty-le-xa-dat-chuan-ntm",
                    unit="%",
                    form=Form.MIN_BOUND,
                    strict=True,
                    kind=Kind.RATIO,
                    value=43,
                    lead=a.NONG_THON_MOI,
                    sentence=S_NEW_RURAL,
                    figures=(
                        stated("so-xa-dat-chuan-ntm", NOW, 4, S_INCOME_NOW),
                        invented("so-xa", NOW, 16, COMMUNES, reported_on=ARTICLE.known_on),
                        *_results("so-xa-dat-chuan-ntm", {2021: 5, 2022: 6, 2023: 7}),
                        *yearly("so-xa", {2021: 16, 2022: 16, 2023: 16}, COMMUNES),
                    ),
                ),
                TargetSpec(
                    label="b)",
                    name="Số xã đạt dưới 15 tiêu chí nông thôn mới",
                    text="Không còn xã dưới 15 tiêu chí",
                    indicator="so-xa-duoi-15-tieu-chi-ntm",
                    unit="xã",
                    direction=Direction.LOWER,
                    form=Form.MAX_BOUND,
                    value=0,
                    lead=a.NONG_THON_MOI,
                    sentence=S_NEW_RURAL,
                    figures=_results("so-xa-duoi-15-tieu-chi-ntm", {2021: 6, 2022: 4, 2023: 2}),
                ),
            ),
        ),
        TargetSpec(
            label="6.",
            name="Tỷ lệ bản có đường ô tô đến bản được cứng hóa",
            text="Tỷ lệ bản có đường ô tô đến bản được cứng hóa trên 85%",
            indicator="ty-le-thon-ban-co-duong-o-to-cung-hoa",
            unit="%",
            form=Form.MIN_BOUND,
            strict=True,
            value=85,
            lead=a.KINH_TE_HA_TANG,
            sentence=S_ROADS,
            figures=_results("ty-le-thon-ban-co-duong-o-to-cung-hoa", {2021: 72, 2022: 78, 2023: 83}),
        ),
        TargetSpec(
            label="7.",
            name="Thu ngân sách nhà nước trên địa bàn",
            text="Thu ngân sách nhà nước trên địa bàn huyện 55 tỷ đồng",
            indicator="thu-ngan-sach-nha-nuoc-tren-dia-ban",
            unit="tỷ đồng",
            value=55,
            lead=a.THUE,
            cooperating=(a.TAI_CHINH,),
            sentence=S_BUDGET_EXPORT,
            figures=_results("thu-ngan-sach-nha-nuoc-tren-dia-ban", {2021: 41, 2022: 47, 2023: 52}),
        ),
        TargetSpec(
            label="8.",
            name="Giá trị xuất khẩu hàng địa phương",
            text="Giá trị xuất khẩu hàng địa phương đạt trên 30 triệu USD",
            indicator="gia-tri-xuat-khau-hang-dia-phuong",
            unit="triệu USD",
            form=Form.MIN_BOUND,
            strict=True,
            value=30,
            lead=a.KINH_TE_HA_TANG,
            sentence=S_BUDGET_EXPORT,
            figures=_results("gia-tri-xuat-khau-hang-dia-phuong", {2021: 18, 2022: 22, 2023: 26}),
        ),
    ),
)

SOCIETY = GroupSpec(
    label="II.",
    name="Văn hóa - xã hội",
    targets=(
        TargetSpec(
            label="9.",
            name="Tỷ lệ hộ nghèo giảm bình quân hằng năm",
            text="Tỷ lệ hộ nghèo giảm bình quân 3%/năm",
            indicator="ty-le-ho-ngheo",
            unit="%/năm",
            kind=Kind.POINT_CHANGE,
            value=3,
            baseline=("20,49", 2020),
            lead=a.LAO_DONG,
            sentence=S_SOCIAL_PARTY,
            figures=(
                stated(
                    "ty-le-ho-ngheo",
                    year(2020),
                    "20,49",
                    S_POVERTY_NOW,
                    kind=ValueKind.ESTIMATE,
                    note="Bài viết (25/10/2020): “đến năm 2020 còn 20,49%”; ghi là số ước năm 2020.",
                ),
                *_results("ty-le-ho-ngheo", {2021: "17,9", 2022: "15,2", 2023: "12,6"}),
            ),
        ),
        TargetSpec(
            label="10.",
            name="Lao động, việc làm",
            lead=a.LAO_DONG,
            sentence=S_SOCIAL_PARTY,
            children=(
                TargetSpec(
                    label="a)",
                    name="Số lao động được đào tạo hằng năm",
                    text="Đào tạo trên 1.000 lao động/năm",
                    indicator="so-lao-dong-duoc-dao-tao",
                    unit="lao động/năm",
                    form=Form.MIN_BOUND,
                    strict=True,
                    kind=Kind.ANNUAL,
                    value="1.000",
                    lead=a.LAO_DONG,
                    sentence=S_SOCIAL_PARTY,
                    figures=_results(
                        "so-lao-dong-duoc-dao-tao", {2021: "1.050", 2022: "1.120", 2023: "1.080"}
                    ),
                ),
                TargetSpec(
                    label="b)",
                    name="Tỷ lệ lao động qua đào tạo",
                    text="Tỷ lệ lao động qua đào tạo 50%",
                    indicator="ty-le-lao-dong-qua-dao-tao",
                    unit="%",
                    value=50,
                    lead=a.LAO_DONG,
                    sentence=S_SOCIAL_PARTY,
                    figures=_results("ty-le-lao-dong-qua-dao-tao", {2021: 41, 2022: 44, 2023: 47}),
                ),
                TargetSpec(
                    label="c)",
                    name="Số lao động được giải quyết việc làm hằng năm",
                    text="Hàng năm giải quyết việc làm cho hơn 1.000 lao động",
                    indicator="so-lao-dong-duoc-giai-quyet-viec-lam",
                    unit="lao động/năm",
                    form=Form.MIN_BOUND,
                    strict=True,
                    kind=Kind.ANNUAL,
                    value="1.000",
                    lead=a.LAO_DONG,
                    sentence=S_SOCIAL_PARTY,
                    figures=_results(
                        "so-lao-dong-duoc-giai-quyet-viec-lam", {2021: "1.060", 2022: "1.150", 2023: "1.210"}
                    ),
                ),
            ),
        ),
    ),
)

PARTY = GroupSpec(
    label="III.",
    name="Xây dựng Đảng và hệ thống chính trị",
    targets=(
        TargetSpec(
            label="11.",
            name="Số đảng viên mới được kết nạp hằng năm",
            text="Hàng năm kết nạp trên 120 đảng viên",
            indicator="so-dang-vien-moi-ket-nap",
            unit="đảng viên/năm",
            form=Form.MIN_BOUND,
            strict=True,
            kind=Kind.ANNUAL,
            value=120,
            lead=a.TO_CHUC,
            sentence=S_SOCIAL_PARTY,
            figures=_results("so-dang-vien-moi-ket-nap", {2021: 135, 2022: 128, 2023: 131}),
        ),
    ),
)

CONGRESS = ResolutionSpec(
    declared_count=11,
    title="Nghị quyết Đại hội đại biểu Đảng bộ huyện Phong Thổ lần thứ XX, nhiệm kỳ 2020-2025",
    issuing_body="Đảng bộ huyện Phong Thổ",
    congress_ordinal="XX",
    source_note=(
        f"{S_OUTPUT_INCOME} Bài viết liệt kê 14 số liệu dưới “11 chỉ tiêu chủ yếu”; dữ liệu mẫu gộp các chỉ tiêu "
        "nông thôn mới (5.) và lao động, việc làm (10.) thành chỉ tiêu có chỉ tiêu thành phần để đủ 11 chỉ tiêu."
    ),
    groups=(ECONOMY, SOCIETY, PARTY),
    key_tasks=(
        KeyTaskSpec(
            label="1.",
            kind=KeyTask.Kind.BREAKTHROUGH,
            text="Phát triển nông nghiệp hàng hóa gắn với kinh tế cửa khẩu",
            sentence=S_SOCIAL_PARTY,
        ),
        KeyTaskSpec(
            label="2.",
            kind=KeyTask.Kind.BREAKTHROUGH,
            text="Xây dựng đội ngũ cán bộ, công chức cấp xã có phẩm chất, năng lực và uy tín ngang tầm nhiệm vụ",
            sentence=S_SOCIAL_PARTY,
        ),
    ),
)

DISTRICT = DistrictSpec(
    name="Phong Thổ",
    province="Lai Châu",
    article=ARTICLE,
    resolutions=(CONGRESS,),
    figures=(
        stated("so-dang-vien", NOW, "3.200", S_PARTY, note="Hơn 3.200 đảng viên."),
        stated("so-to-chuc-co-so-dang", NOW, 53, S_PARTY),
        stated(
            "so-dang-vien-moi-ket-nap",
            PAST_TERM,
            868,
            S_NEW_MEMBERS,
            kind=ValueKind.ESTIMATE,
            note="Tổng 5 năm của nhiệm kỳ 2015-2020, vượt chỉ tiêu nghị quyết.",
        ),
        stated(
            "ty-le-to-chuc-co-so-dang-htt-nv",
            PAST_TERM,
            75,
            S_RATINGS,
            kind=ValueKind.ESTIMATE,
            note="Hằng năm trên 75% (nhiệm kỳ 2015-2020).",
        ),
        stated(
            "ty-le-dang-vien-htt-nv",
            PAST_TERM,
            90,
            S_RATINGS,
            kind=ValueKind.ESTIMATE,
            note="Hằng năm 90% (nhiệm kỳ 2015-2020).",
        ),
        stated(
            "muc-giam-ty-le-ho-ngheo",
            PAST_TERM,
            4,
            S_POVERTY_NOW,
            kind=ValueKind.ESTIMATE,
            note="Bình quân mỗi năm của nhiệm kỳ 2015-2020.",
        ),
    ),
)
