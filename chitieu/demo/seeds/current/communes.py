"""One new commune on each seed district's territory, formed on 1/7/2025 from the old communes the official merge
links name, with an illustrative 2025-2030 resolution: no congress report of these communes was found (xã Dào
San's congress is known, not its figures), so every target and every 2026 figure is marked illustrative.

xã Phong Thổ shares its name with the old district: `chitieu evaluate "Phong Thổ"` takes the unit that exists
today and lists the other; "huyện Phong Thổ" names the district. Its congress kept one target (from the article's
title), stated with its address; the others are illustrative like every other commune's.

Each district's 2020-2025 congress resolution is carried on by the resolution of one commune on its territory
(`continues`), and a few targets with the same indicator continue the district's (`carried`): their baseline is
the figure the district's end-of-term review reads."""

from dataclasses import dataclass, replace
from datetime import date

from chitieu.demo.seeds.current.rows import TERM, Direction, Form, Kind, estimate_2026
from chitieu.demo.spec import Article, Figure, GroupSpec, ResolutionSpec, TargetSpec, UnitSpec, year

WHY = "chưa tìm thấy nghị quyết đại hội của xã; chỉ tiêu và mức do bản demo đặt ra"
WHY_2026 = "chưa có số liệu năm 2026 của xã"
WHY_2024 = (
    "chưa có số liệu năm 2024 của xã cũ; số do bản demo đặt ra để minh họa giá trị gốc tổng hợp từ đơn vị cũ"
)


def before_merger(indicator: str, values: dict[str, str]) -> tuple[Figure, ...]:
    """Illustrative 2024 figures of the old communes a new one was formed from: its baseline is their roll-up."""
    return tuple(
        Figure(indicator, year(2024), value, illustrative=WHY_2024, at=old) for old, value in values.items()
    )


ECONOMY, SOCIETY, PARTY = "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Văn phòng Đảng ủy xã"


@dataclass(frozen=True)
class CommuneFigures:
    """The illustrative levels one commune aims at by 2030, and where it stands in 2026."""

    income_2030: str
    income_2026: str
    revenue_2030: str
    revenue_2026: str
    poverty_2030: str
    poverty_2026: str
    jobs: int
    jobs_2026: int
    trained_2030: int
    trained_2026: str


def _targets(f: CommuneFigures) -> tuple[GroupSpec, ...]:
    return (
        GroupSpec(
            name="Kinh tế",
            targets=(
                TargetSpec(
                    label="1.",
                    name="Thu nhập bình quân đầu người",
                    indicator="thu-nhap-binh-quan-dau-nguoi",
                    unit="triệu đồng/người/năm",
                    value=f.income_2030,
                    lead=ECONOMY,
                    illustrative=WHY,
                    figures=(estimate_2026("thu-nhap-binh-quan-dau-nguoi", f.income_2026, WHY_2026),),
                ),
                TargetSpec(
                    label="2.",
                    name="Thu ngân sách nhà nước trên địa bàn",
                    indicator="thu-ngan-sach-nha-nuoc-tren-dia-ban",
                    unit="tỷ đồng",
                    value=f.revenue_2030,
                    lead=ECONOMY,
                    illustrative=WHY,
                    figures=(estimate_2026("thu-ngan-sach-nha-nuoc-tren-dia-ban", f.revenue_2026, WHY_2026),),
                ),
                TargetSpec(
                    label="3.",
                    name="Xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026-2030",
                    unit="",
                    form=Form.YES_NO,
                    kind=Kind.YES_NO,
                    lead=ECONOMY,
                    illustrative=WHY,
                ),
            ),
        ),
        GroupSpec(
            name="Văn hóa - xã hội",
            targets=(
                TargetSpec(
                    label="4.",
                    name="Tỷ lệ hộ nghèo đa chiều",
                    indicator="ty-le-ho-ngheo-da-chieu",
                    unit="%",
                    direction=Direction.LOWER,
                    form=Form.MAX_BOUND,
                    strict=True,
                    value=f.poverty_2030,
                    lead=SOCIETY,
                    illustrative=WHY,
                    figures=(estimate_2026("ty-le-ho-ngheo-da-chieu", f.poverty_2026, WHY_2026),),
                ),
                TargetSpec(
                    label="5.",
                    name="Giải quyết việc làm mới hằng năm",
                    indicator="so-lao-dong-duoc-giai-quyet-viec-lam",
                    unit="lao động/năm",
                    form=Form.MIN_BOUND,
                    kind=Kind.ANNUAL,
                    value=f.jobs,
                    lead=SOCIETY,
                    illustrative=WHY,
                    figures=(estimate_2026("so-lao-dong-duoc-giai-quyet-viec-lam", f.jobs_2026, WHY_2026),),
                ),
                TargetSpec(
                    label="6.",
                    name="Tỷ lệ lao động qua đào tạo",
                    indicator="ty-le-lao-dong-qua-dao-tao",
                    unit="%",
                    form=Form.MIN_BOUND,
                    value=f.trained_2030,
                    lead=SOCIETY,
                    illustrative=WHY,
                    figures=(estimate_2026("ty-le-lao-dong-qua-dao-tao", f.trained_2026, WHY_2026),),
                ),
            ),
        ),
        GroupSpec(
            name="Xây dựng Đảng",
            targets=(
                TargetSpec(
                    label="7.",
                    name="Tổ chức đảng trực thuộc được xếp loại hoàn thành tốt nhiệm vụ trở lên",
                    indicator="ty-le-to-chuc-co-so-dang-htt-nv",
                    unit="%",
                    form=Form.MIN_BOUND,
                    strict=True,
                    kind=Kind.ANNUAL,
                    value=90,
                    lead=PARTY,
                    illustrative=WHY,
                ),
            ),
        ),
    )


def _commune(
    name: str,
    province: str,
    district: str,
    formed_from: tuple[str, ...],
    figures: CommuneFigures,
    congress: str = "",
    article: Article | None = None,
    before: tuple[Figure, ...] = (),
    continues: str = "",
    carried: tuple[str, ...] = (),
    stated: tuple[TargetSpec, ...] = (),
) -> UnitSpec:
    """`continues`: the district whose 2020-2025 resolution this one carries on; `carried`: the indicators of the
    targets that continue that resolution's; `stated`: targets the congress report states, in place of the
    illustrative ones of the same label."""
    olds = ", ".join(formed_from)
    note = (
        f"Xã {name} (từ 01/7/2025) trên địa bàn huyện {district} cũ, hình thành từ: {olds} (liên kết sáp nhập chính "
        "thức, nạp bằng `chitieu load-units`). "
        + (congress or "Chưa tìm thấy bài về Đại hội Đảng bộ xã lần thứ I trong các nguồn đã đọc. ")
        + "Số liệu minh họa: mọi chỉ tiêu dưới đây."
    )
    return UnitSpec(
        name=name,
        level="commune",
        province=province,
        territory_of=district,
        formed_from=formed_from,
        figures=before,
        article=article
        or Article(
            title=f"Dữ liệu mẫu: xã {name}",
            published=None,
            assumed_date=date(2025, 9, 30),
            assumed_date_reason="nghị quyết minh họa, đặt vào cuối tháng 9/2025 khi các xã đã đại hội",
        ),
        resolutions=(
            ResolutionSpec(
                title=f"Nghị quyết Đại hội đại biểu Đảng bộ xã {name} lần thứ I, nhiệm kỳ 2025-2030 (minh họa)",
                issuing_body=f"Đảng bộ xã {name}",
                term=TERM,
                congress_ordinal="I",
                source_note=note,
                groups=_carried(_targets(figures), carried, stated),
                continues=continues,
            ),
        ),
    )


def _carried(
    groups: tuple[GroupSpec, ...], carried: tuple[str, ...], stated: tuple[TargetSpec, ...]
) -> tuple[GroupSpec, ...]:
    by_label = {target.label: target for target in stated}
    return tuple(
        replace(
            group,
            targets=tuple(
                replace(by_label.get(t.label, t), continues=t.indicator in carried) for t in group.targets
            ),
        )
        for group in groups
    )


PHONG_THO_URL = "https://trangtraiviet.danviet.vn/phong-tho-phan-dau-giu-vung-va-nang-cao-19-tieu-chi-nong-thon-moi-d1356819.html"

UNITS = (
    _commune(
        "Yên Trạch",
        "Thái Nguyên",
        "Phú Lương",
        ("Yên Ninh", "Yên Trạch", "Yên Đổ"),
        CommuneFigures("75", "56,5", "18", "9,8", "1,5", "3,2", 300, 240, 75, "68,4"),
        continues="Phú Lương",
        carried=("ty-le-lao-dong-qua-dao-tao",),
        # Yên Đổ's jobs are left out, so the page shows a baseline from 2 of the 3 old communes.
        before=(
            *before_merger(
                "thu-ngan-sach-nha-nuoc-tren-dia-ban",
                {"Yên Ninh": "2,9", "Yên Trạch": "3,6", "Yên Đổ": "2,2"},
            ),
            *before_merger("so-lao-dong-duoc-giai-quyet-viec-lam", {"Yên Ninh": "85", "Yên Trạch": "70"}),
        ),
    ),
    _commune(
        "Cẩm Giàng",
        "Thái Nguyên",
        "Bạch Thông",
        ("Nguyên Phúc", "Quân Hà", "Cẩm Giàng", "Mỹ Thanh"),
        CommuneFigures("62", "44,8", "9,5", "5,1", "3", "7,6", 250, 205, 70, "61,2"),
        continues="Bạch Thông",
        carried=("thu-nhap-binh-quan-dau-nguoi",),
    ),
    _commune(
        "Dào San",
        "Lai Châu",
        "Phong Thổ",
        ("Tung Qua Lìn", "Mù Sang", "Dào San"),
        CommuneFigures("48", "31,6", "6", "2,9", "8", "21,5", 200, 170, 60, "48,3"),
        congress=(
            "Đại hội đại biểu Đảng bộ xã Dào San lần thứ I (trước 21/8/2025; 150 đại biểu, 452 đảng viên) đặt "
            "8 nhóm chỉ tiêu kinh tế, 6 văn hóa - xã hội, 5 môi trường…; bài nguồn bị cắt, không có giá trị "
            "chỉ tiêu nào: https://trangtraiviet.danviet.vn/nong-thon-tay-bac-dao-san-can-tap-trung-phat-trien-"
            "che-shan-tuyet-co-thu-xay-dung-thuong-hieu-huong-toi-xuat-khau-d1357032.html. "
        ),
        article=Article(
            title=(
                "Nông thôn Tây Bắc: Dào San cần tập trung phát triển chè Shan tuyết cổ thụ, xây dựng thương hiệu "
                "hướng tới xuất khẩu (tên theo đường dẫn)"
            ),
            published=date(2025, 8, 21),
            byline="Trang trại Việt",
        ),
    ),
    _commune(
        "Lương Minh",
        "Quảng Ninh",
        "Ba Chẽ",
        ("Lương Minh", "Đồng Sơn"),
        CommuneFigures("70", "52,3", "12", "6,4", "1", "2,6", 220, 190, 72, "63,5"),
        continues="Ba Chẽ",
        carried=("thu-nhap-binh-quan-dau-nguoi",),
        congress=(
            "Xã Lương Minh cũ đã hình thành từ 01/11/2024 (nhập Minh Cầm và Lương Mông); từ 01/7/2025 nhập thêm xã "
            "Đồng Sơn (thành phố Hạ Long cũ) theo liên kết chính thức. 15 thôn. Chưa tìm thấy bài về Đại hội Đảng "
            "bộ xã lần thứ I. "
        ),
    ),
    _commune(
        "Hiệp Hưng",
        "Cần Thơ",
        "Phụng Hiệp",
        ("Cây Dương", "Hiệp Hưng"),
        CommuneFigures("85", "63,1", "22", "12,7", "0,8", "1,9", 350, 310, 80, "72,6"),
        continues="Phụng Hiệp",
        carried=("thu-nhap-binh-quan-dau-nguoi", "ty-le-lao-dong-qua-dao-tao"),
    ),
    _commune(
        "Phong Thổ",
        "Lai Châu",
        "Phong Thổ",
        ("Mường So", "Ma Li Pho", "Huổi Luông", "Phong Thổ"),
        CommuneFigures("52", "36,4", "15", "8,2", "6", "12,1", 280, 230, 65, "52,4"),
        congress=(
            "Đại hội đại biểu Đảng bộ xã Phong Thổ lần thứ I, nhiệm kỳ 2025-2030 (trước 20/8/2025; chủ đề “Dân chủ, "
            "kỷ cương, đoàn kết, sáng tạo, phát triển”) phấn đấu giữ vững và nâng cao 19 tiêu chí nông thôn mới; "
            f"bài nguồn bị cắt trước đoạn chỉ tiêu, chỉ có mục tiêu ở tiêu đề: {PHONG_THO_URL}. "
        ),
        article=Article(
            title="Phong Thổ phấn đấu giữ vững và nâng cao 19 tiêu chí nông thôn mới (tên theo đường dẫn)",
            published=date(2025, 8, 20),
            byline="Trang trại Việt",
        ),
        continues="Phong Thổ",
        carried=("thu-nhap-binh-quan-dau-nguoi", "thu-ngan-sach-nha-nuoc-tren-dia-ban"),
        stated=(
            TargetSpec(
                label="3.",
                name="Giữ vững và nâng cao các tiêu chí nông thôn mới",
                unit="tiêu chí",
                form=Form.MIN_BOUND,
                value=19,
                lead=ECONOMY,
                url=PHONG_THO_URL,
                source_note=(
                    "Tiêu đề bài: xã Phong Thổ phấn đấu giữ vững và nâng cao 19 tiêu chí nông thôn mới, nhiệm kỳ "
                    "2025-2030. Tên chỉ tiêu viết lại gọn, không phải câu nguyên văn của nguồn."
                ),
                needs_checking=(
                    "Cần đối chiếu: bài bị cắt trước đoạn chỉ tiêu, mục tiêu lấy từ tiêu đề; 19 tiêu chí là bộ "
                    "2021-2025, bộ 2026-2030 có 10 tiêu chí"
                ),
            ),
        ),
    ),
)
