"""Bạch Thông (Bắc Kạn): the XV congress resolution after two years, from the article of 25/10/2022.

Stated by the article: 37 targets in 4 areas and 2 key tasks (their wording is not published), the goal of a
new-rural district in 2025; 5 thematic resolutions; inspections of 8 Party organisations and 79 members; for
2021: income 32,29 million đồng a head, 100% communes with hard-surfaced roads, health insurance 95%, 100% of
pupils passing upper-secondary exams, 18/32 standard schools; the poverty rate 20,66% (Decree 07/2021
standard); "đến nay": 100% access to radio and television, 98% households with electricity, 95% rural
population with clean water, 100% poor households reached by support, new jobs at 103% of plan; 3/13 communes
new-rural, 1 advanced, 9 with 11-14 criteria, 7/133 hamlets; 23 three-star OCOP products; 44 cooperatives
with nearly 110 billion đồng of registered capital, 24 working well.

Illustrative: the level of every target (the article names the indicators, never the resolution's figures)
and the job plan behind "103% kế hoạch giao". The targets stored are those the article lets us name (16 of
37); the four areas are the published groups, without per-group counts.
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
    stated,
    term_to_date,
    year,
)
from chitieu.plans.models import KeyTask, Target

Form, Kind = Target.Form, Target.Kind

ARTICLE = Article(
    title="Bạch Thông sau 2 năm thực hiện Nghị quyết đại hội Đảng bộ huyện lần thứ XV",
    published=date(2022, 10, 25),
    byline="Thu Trang",
)
NOW = as_of(ARTICLE.known_on)
TERM_SO_FAR = term_to_date(2020, ARTICLE.known_on)

S_STRUCTURE = (
    "Nghị quyết đại hội Đảng bộ huyện đã đề ra 37 chỉ tiêu trên 4 lĩnh vực: Kinh tế; văn hóa, xã hội; quốc "
    "phòng, an ninh, nội chính; xây dựng đảng, chính quyền, Mặt trận Tổ quốc, đoàn thể và 2 nhiệm vụ trọng "
    "tâm, với mục tiêu phấn đấu xây dựng huyện Bạch Thông trở thành huyện nông thôn mới vào năm 2025."
)
S_THEMATIC = (
    "Đến nay, Huyện ủy đã ban hành 5 nghị quyết chuyên đề, chương trình hành động, kế hoạch, đề án và nhiều "
    "văn bản lãnh đạo, chỉ đạo trên tất cả các lĩnh vực."
)
S_INSPECTIONS = (
    "Đến nay, Ban Thường vụ Huyện ủy đã ban hành quyết định thành lập đoàn kiểm tra 8 tổ chức đảng và 79 đảng "
    "viên; duy trì việc giám sát thường xuyên đối với các tổ chức đảng và đảng viên; chỉ đạo Ủy ban kiểm tra "
    "các cấp tổ chức kiểm tra, giám sát theo kế hoạch và khi có dấu hiệu vi phạm."
)
S_2021 = (
    "Đến hết năm 2021, các chỉ tiêu phát triển kinh tế - xã hội đều đạt và vượt kế hoạch, nhiều chỉ tiêu tăng "
    "trưởng cao so với năm 2020, thu nhập bình quân đầu người đạt 32,29 triệu đồng; 100% xã có đường ô tô từ "
    "huyện đến trung tâm xã được cứng hóa; tỷ lệ bao phủ bảo hiểm y tế đạt 95%; học sinh tốt nghiệp trung học "
    "phổ thông hằng\xa0năm đạt 100%; toàn huyện có 18/32 trường học đạt chuẩn quốc gia."
)
S_POVERTY = "Công tác giảm nghèo có nhiều chuyển biến tích cực, tỷ lệ hộ nghèo theo Nghị định số 07/2021/NĐ-CP là 20,66%."
S_SO_FAR = (
    "Đến nay, 100% người dân được tiếp cận các phương tiện nghe, nhìn; 98% hộ dân được sử dụng điện, 95% dân "
    "cư nông thôn sử dụng nước hợp vệ sinh; 100% hộ nghèo, cận nghèo được thụ hưởng các chính sách giảm nghèo; "
    "giải quyết việc làm mới cho lao động đạt 103% kế hoạch giao."
)
S_NEW_RURAL = (
    "Sau khi thực hiện sáp nhập các đơn vị hành chính theo Nghị quyết số 855/NQ-UBTVQH14 ngày 10/1/2020 của Ủy "
    "ban Thường vụ Quốc hội, huyện có 3/13 xã được công nhận đạt chuẩn nông thôn mới (Cẩm Giàng, Dương Phong, "
    "Quân Hà); 1 xã được công nhận đạt chuẩn nông thôn mới nâng cao (Quang Thuận); 9 xã đạt từ 11 - 14 tiêu "
    "chí và 7/133 thôn đạt chuẩn nông thôn mới."
)
S_OCOP = (
    "Toàn huyện có 23 sản phẩm OCOP xếp hạng 3 sao cấp tỉnh và 44 hợp tác xã với tổng số vốn đăng ký\xa0gần 110 "
    "tỷ\xa0đồng, trong đó có 24 hợp tác xã hoạt động hiệu quả theo Luật Hợp tác xã năm 2012…"
)

NOT_PUBLISHED = "bài viết chỉ nêu tên chỉ tiêu, không nêu mức chỉ tiêu của nghị quyết"
JOBS_PLAN = "bài viết chỉ nêu tỷ lệ 103% kế hoạch giao; kế hoạch 700 lao động là số minh họa"


def _target(name: str, indicator: str, value: int | str, unit: str = "%", **more) -> TargetSpec:
    """A target named by the article whose level the article does not give."""
    more.setdefault("form", Form.MIN_BOUND)
    return TargetSpec(
        name=name, indicator=indicator, value=value, unit=unit, illustrative=NOT_PUBLISHED, **more
    )


ECONOMY = GroupSpec(
    label="I.",
    name="Kinh tế",
    targets=(
        _target(
            "Thu nhập bình quân đầu người",
            "thu-nhap-binh-quan-dau-nguoi",
            45,
            "triệu đồng/người/năm",
            form=Form.EXACT,
            text="Thu nhập bình quân đầu người năm 2025 đạt 45 triệu đồng",
            lead=a.TAI_CHINH,
            figures=(stated("thu-nhap-binh-quan-dau-nguoi", year(2021), "32,29", S_2021),),
        ),
        TargetSpec(
            name="Huyện đạt chuẩn nông thôn mới năm 2025",
            text="Phấn đấu xây dựng huyện Bạch Thông trở thành huyện nông thôn mới vào năm 2025",
            indicator="huyen-dat-chuan-ntm",
            form=Form.YES_NO,
            kind=Kind.YES_NO,
            lead=a.NONG_THON_MOI,
            sentence=S_STRUCTURE,
        ),
        _target(
            "Tỷ lệ xã đạt chuẩn nông thôn mới",
            "ty-le-xa-dat-chuan-ntm",
            100,
            form=Form.EXACT,
            kind=Kind.RATIO,
            text="100% số xã đạt chuẩn nông thôn mới (để huyện đạt chuẩn năm 2025)",
            lead=a.NONG_THON_MOI,
            figures=(
                stated("so-xa-dat-chuan-ntm", NOW, 3, S_NEW_RURAL, note="Cẩm Giàng, Dương Phong, Quân Hà."),
                stated("so-xa", NOW, 13, S_NEW_RURAL),
            ),
        ),
        _target(
            "Số xã đạt chuẩn nông thôn mới nâng cao",
            "so-xa-dat-chuan-ntm-nang-cao",
            2,
            "xã",
            text="Có ít nhất 2 xã đạt chuẩn nông thôn mới nâng cao",
            lead=a.NONG_THON_MOI,
            figures=(stated("so-xa-dat-chuan-ntm-nang-cao", NOW, 1, S_NEW_RURAL, note="Quang Thuận."),),
        ),
        _target(
            "Tỷ lệ thôn đạt chuẩn nông thôn mới",
            "ty-le-thon-dat-chuan-ntm",
            30,
            kind=Kind.RATIO,
            text="Tỷ lệ thôn đạt chuẩn nông thôn mới từ 30% trở lên",
            lead=a.NONG_THON_MOI,
            figures=(
                stated("so-thon-dat-chuan-ntm", NOW, 7, S_NEW_RURAL),
                stated("so-thon", NOW, 133, S_NEW_RURAL),
            ),
        ),
        _target(
            "Số sản phẩm OCOP đạt từ 3 sao trở lên",
            "so-san-pham-ocop-3-sao-tro-len",
            30,
            "sản phẩm",
            text="Có từ 30 sản phẩm OCOP đạt 3 sao trở lên",
            lead=a.NONG_NGHIEP,
            figures=(
                stated("so-san-pham-ocop-3-sao-tro-len", NOW, 23, S_OCOP, note="Xếp hạng 3 sao cấp tỉnh."),
            ),
        ),
        _target(
            "Số hợp tác xã hoạt động hiệu quả",
            "so-htx-hoat-dong-hieu-qua",
            30,
            "hợp tác xã",
            text="Có từ 30 hợp tác xã hoạt động hiệu quả",
            lead=a.NONG_NGHIEP,
            figures=(
                stated("so-htx-hoat-dong-hieu-qua", NOW, 24, S_OCOP, note="Theo Luật Hợp tác xã năm 2012."),
            ),
        ),
        _target(
            "Tỷ lệ xã có đường ô tô đến trung tâm xã được cứng hóa",
            "ty-le-xa-co-duong-o-to-cung-hoa",
            100,
            form=Form.EXACT,
            text="100% xã có đường ô tô từ huyện đến trung tâm xã được cứng hóa",
            lead=a.KINH_TE_HA_TANG,
            figures=(stated("ty-le-xa-co-duong-o-to-cung-hoa", year(2021), 100, S_2021),),
        ),
        _target(
            "Tỷ lệ hộ dân được sử dụng điện",
            "ty-le-ho-su-dung-dien",
            99,
            text="Tỷ lệ hộ dân được sử dụng điện từ 99% trở lên",
            lead=a.KINH_TE_HA_TANG,
            figures=(stated("ty-le-ho-su-dung-dien", NOW, 98, S_SO_FAR),),
        ),
    ),
)

SOCIETY = GroupSpec(
    label="II.",
    name="Văn hóa, xã hội",
    targets=(
        _target(
            "Tỷ lệ trường học đạt chuẩn quốc gia",
            "ty-le-truong-dat-chuan-quoc-gia",
            65,
            kind=Kind.RATIO,
            text="Tỷ lệ trường học đạt chuẩn quốc gia từ 65% trở lên",
            lead=a.GIAO_DUC,
            figures=(
                stated("so-truong-dat-chuan-quoc-gia", year(2021), 18, S_2021),
                stated("so-truong-hoc", year(2021), 32, S_2021),
            ),
        ),
        _target(
            "Tỷ lệ học sinh tốt nghiệp trung học phổ thông hằng năm",
            "ty-le-tot-nghiep-thpt",
            98,
            kind=Kind.ANNUAL,
            text="Hằng năm tỷ lệ học sinh tốt nghiệp trung học phổ thông từ 98% trở lên",
            lead=a.GIAO_DUC,
            figures=(
                stated(
                    "ty-le-tot-nghiep-thpt", year(2021), 100, S_2021, note="Bài viết: “hằng năm đạt 100%”."
                ),
            ),
        ),
        _target(
            "Tỷ lệ bao phủ bảo hiểm y tế",
            "ty-le-bao-phu-bhyt",
            95,
            text="Tỷ lệ bao phủ bảo hiểm y tế từ 95% trở lên",
            lead=a.BAO_HIEM,
            cooperating=(a.Y_TE,),
            figures=(stated("ty-le-bao-phu-bhyt", year(2021), 95, S_2021),),
        ),
        _target(
            "Tỷ lệ hộ nghèo giảm bình quân hằng năm",
            "ty-le-ho-ngheo-da-chieu",
            "2,5",
            "%/năm",
            form=Form.EXACT,
            kind=Kind.POINT_CHANGE,
            baseline=("20,66", 2021),
            text="Tỷ lệ hộ nghèo (chuẩn giai đoạn 2022-2025) giảm bình quân 2,5%/năm",
            lead=a.LAO_DONG,
            figures=(
                stated(
                    "ty-le-ho-ngheo-da-chieu",
                    year(2021),
                    "20,66",
                    S_POVERTY,
                    note="Kết quả rà soát cuối năm 2021 theo chuẩn nghèo của Nghị định 07/2021/NĐ-CP.",
                ),
            ),
        ),
        _target(
            "Số lao động được giải quyết việc làm mới hằng năm",
            "so-lao-dong-duoc-giai-quyet-viec-lam",
            700,
            "người/năm",
            kind=Kind.ANNUAL,
            text="Hằng năm giải quyết việc làm mới cho từ 700 lao động trở lên",
            lead=a.LAO_DONG,
            plans=(Plan(2022, 700, sentence=S_SO_FAR, illustrative=JOBS_PLAN),),
            figures=(
                derived(
                    "so-lao-dong-duoc-giai-quyet-viec-lam",
                    nine_months(2022),
                    721,
                    S_SO_FAR,
                    "suy ra từ tỷ lệ “đạt 103% kế hoạch giao” trong bài: 700 × 103% = 721",
                    note="Bài viết (25/10/2022) ghi “đến nay”; dữ liệu mẫu xếp vào 9 tháng năm 2022.",
                ),
            ),
        ),
        _target(
            "Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh",
            "ty-le-dan-cu-nong-thon-dung-nuoc-hop-ve-sinh",
            98,
            text="Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh từ 98% trở lên",
            lead=a.NONG_NGHIEP,
            figures=(stated("ty-le-dan-cu-nong-thon-dung-nuoc-hop-ve-sinh", NOW, 95, S_SO_FAR),),
        ),
        _target(
            "Tỷ lệ người dân được tiếp cận các phương tiện nghe, nhìn",
            "ty-le-nguoi-dan-tiep-can-phuong-tien-nghe-nhin",
            100,
            form=Form.EXACT,
            text="100% người dân được tiếp cận các phương tiện nghe, nhìn",
            lead=a.VAN_HOA,
            figures=(stated("ty-le-nguoi-dan-tiep-can-phuong-tien-nghe-nhin", NOW, 100, S_SO_FAR),),
        ),
    ),
)

CONGRESS = ResolutionSpec(
    declared_count=37,
    title="Nghị quyết Đại hội đại biểu Đảng bộ huyện Bạch Thông lần thứ XV, nhiệm kỳ 2020-2025",
    issuing_body="Đảng bộ huyện Bạch Thông",
    congress_ordinal="XV",
    source_note=(
        f"{S_STRUCTURE} Dữ liệu mẫu ghi 16 chỉ tiêu mà bài viết cho biết tên; mức của từng chỉ tiêu là số liệu "
        "minh họa. Bài viết không nêu số chỉ tiêu của từng lĩnh vực."
    ),
    groups=(
        ECONOMY,
        SOCIETY,
        GroupSpec(label="III.", name="Quốc phòng, an ninh, nội chính"),
        GroupSpec(label="IV.", name="Xây dựng đảng, chính quyền, Mặt trận Tổ quốc, đoàn thể"),
    ),
    key_tasks=tuple(
        KeyTaskSpec(
            label=f"{n}.",
            kind=KeyTask.Kind.KEY_TASK,
            text=f"Nhiệm vụ trọng tâm thứ {n} (bài viết không nêu nội dung; chưa nhập)",
            sentence=S_STRUCTURE,
        )
        for n in (1, 2)
    ),
)

DISTRICT = DistrictSpec(
    name="Bạch Thông",
    province="Bắc Kạn",
    article=ARTICLE,
    resolutions=(CONGRESS,),
    figures=(
        stated("so-nghi-quyet-chuyen-de-ban-hanh", TERM_SO_FAR, 5, S_THEMATIC),
        stated("so-to-chuc-dang-duoc-kiem-tra", TERM_SO_FAR, 8, S_INSPECTIONS),
        stated("so-dang-vien-duoc-kiem-tra", TERM_SO_FAR, 79, S_INSPECTIONS),
        stated("ty-le-ho-ngheo-can-ngheo-thu-huong-chinh-sach", NOW, 100, S_SO_FAR),
        stated("so-xa-dat-11-14-tieu-chi-ntm", NOW, 9, S_NEW_RURAL),
        stated("so-hop-tac-xa", NOW, 44, S_OCOP),
        stated("von-dang-ky-hop-tac-xa", NOW, 110, S_OCOP, note="Gần 110 tỷ đồng."),
    ),
)
