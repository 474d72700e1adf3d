"""The new Thái Nguyên (Thái Nguyên + Bắc Kạn from 1/7/2025; Phú Lương and Bạch Thông lie in it): the congress
"lần thứ I" (22-23/9/2025), its 11 targets found (7 economic, 2 Party building, 2 social).

The source lists the economy, Party building and trained labour, then breaks off: the resolution's number of
targets is not known (no declared count), environment and defence are missing. Figures of 2025 as the
province reported them at the end of the year (the later figure wins: 114,1 not 119 million a head)."""

from datetime import date

from chitieu.demo.seeds.current.rows import INFERRED_DEADLINE, TERM, Direction, Form, Kind, row
from chitieu.demo.spec import Article, GroupSpec, ResolutionSpec, UnitSpec, reported, year

TARGETS = "https://www.vietnamplus.vn/thai-nguyen-dat-muc-tieu-tro-thanh-trung-tam-cong-nghiep-hien-dai-truoc-nam-2030-post1064259.vnp"
LABOUR = "https://www.vietnamplus.vn/xay-dung-thai-nguyen-thanh-trung-tam-cong-nghiep-hien-dai-thu-nhap-cao-post1063530.vnp"
YEAR_2025 = "https://www.vietnamplus.vn/kinh-te-thai-nguyen-tang-truong-on-dinh-tap-trung-nang-cap-ha-tang-ky-thuat-post1085743.vnp"

ARTICLE = Article(
    title="Thái Nguyên đặt mục tiêu trở thành trung tâm công nghiệp hiện đại trước năm 2030 (tên theo đường dẫn)",
    published=date(2025, 9, 26),
    byline="VietnamPlus",
)
# The end-of-year report carries no date in the saved copy: taken as known at the end of December 2025.
YEAR_END = date(2025, 12, 31)

RESOLUTION = ResolutionSpec(
    title="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ I, nhiệm kỳ 2025-2030",
    issuing_body="Đảng bộ tỉnh Thái Nguyên",
    term=TERM,
    congress_ordinal="I",
    source_note=(
        "Đại hội 22-23/9/2025 (“lần thứ I”: tỉnh mới hợp nhất Thái Nguyên và Bắc Kạn; không gọi “lần thứ XXI”). "
        "Chưa đủ: nguồn liệt kê chỉ tiêu kinh tế, xây dựng Đảng, lao động qua đào tạo rồi bị cắt; tổng số chỉ tiêu "
        "của nghị quyết không rõ; chỉ tiêu môi trường, quốc phòng - an ninh không tìm thấy. Một bài khác (Dân trí "
        "17/10/2025) ghi GRDP bình quân đầu người 180 triệu đồng, mâu thuẫn với 220 triệu đồng: không dùng."
    ),
    groups=(
        GroupSpec(
            name="Kinh tế",
            targets=(
                row(
                    "1.",
                    "Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành",
                    "361,6",
                    "nghìn tỷ đồng",
                    indicator="grdp-gia-hien-hanh",
                    url=TARGETS,
                    says="GRDP theo giá hiện hành đạt 361,6 nghìn tỷ đồng đến năm 2030",
                    figures=(
                        reported(
                            "grdp-gia-hien-hanh",
                            year(2025),
                            "202,925",
                            "https://thanhnien.vn/thai-nguyen-chon-3-khau-dot-pha-de-tang-truong-kinh-te-2-con-so-185250916193025443.htm",
                            "Báo cáo chính trị tại đại hội: GRDP năm 2025 ước 202.925 tỷ đồng (202,925 nghìn tỷ đồng), gấp 1,6 lần năm 2020.",
                            ARTICLE.known_on,
                        ),
                    ),
                ),
                row(
                    "2.",
                    "Tỷ trọng công nghiệp - xây dựng trong GRDP",
                    "54,6",
                    "% GRDP",
                    indicator="ty-trong-cong-nghiep-xay-dung-grdp",
                    url=TARGETS,
                    says="Cơ cấu kinh tế: công nghiệp - xây dựng 54,6% GRDP (nguồn không ghi “khoảng”)",
                    check=INFERRED_DEADLINE,
                ),
                row(
                    "3.",
                    "Tỷ trọng dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm trong GRDP",
                    "36,5",
                    "% GRDP",
                    indicator="ty-trong-dich-vu-grdp",
                    url=TARGETS,
                    says="Cơ cấu kinh tế: dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm 36,5% GRDP",
                    check=INFERRED_DEADLINE,
                ),
                row(
                    "4.",
                    "Tỷ trọng nông, lâm nghiệp, thủy sản trong GRDP",
                    "8,9",
                    "% GRDP",
                    indicator="ty-trong-nong-lam-thuy-san-grdp",
                    url=TARGETS,
                    direction=Direction.LOWER,
                    says=(
                        "Cơ cấu kinh tế: nông, lâm nghiệp, thủy sản 8,9% GRDP (chiều “càng thấp càng đạt” là lựa "
                        "chọn của bản demo theo hướng chuyển dịch cơ cấu)"
                    ),
                    check=INFERRED_DEADLINE,
                ),
                row(
                    "5.",
                    "Tốc độ tăng trưởng kinh tế (GRDP) theo giá so sánh bình quân",
                    "10,5",
                    "%/năm",
                    indicator="grdp-gia-so-sanh",
                    url=TARGETS,
                    form=Form.MIN_BOUND,
                    kind=Kind.GROWTH_RATE,
                    baseline_year=2025,
                    says="Tăng trưởng GRDP theo giá so sánh bình quân từ 10,5%/năm trở lên, giai đoạn 2026-2030",
                ),
                row(
                    "6.",
                    "GRDP bình quân đầu người",
                    220,
                    "triệu đồng",
                    indicator="grdp-binh-quan-dau-nguoi",
                    url=TARGETS,
                    says="GRDP bình quân đầu người đạt 220 triệu đồng đến năm 2030",
                    figures=(
                        reported(
                            "grdp-binh-quan-dau-nguoi",
                            year(2025),
                            "114,1",
                            YEAR_2025,
                            "Ước cả năm 2025: GRDP bình quân đầu người 114,1 triệu đồng (báo cáo chính trị tháng "
                            "9/2025 nêu 119 triệu đồng; lấy số báo cáo muộn hơn). Ngày công bố ước định: cuối tháng "
                            "12/2025.",
                            YEAR_END,
                        ),
                    ),
                ),
                row(
                    "7.",
                    "Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP",
                    35,
                    "%",
                    indicator="ty-trong-kinh-te-so-grdp",
                    url=TARGETS,
                    form=Form.APPROXIMATE,
                    says="Kinh tế số khoảng 35% GRDP; nguồn ghi mốc “giai đoạn 2026-2030”",
                    check="nguồn ghi “giai đoạn 2026-2030” cho một tỷ trọng; bản demo đánh giá như mức năm 2030",
                ),
            ),
        ),
        GroupSpec(
            name="Xây dựng Đảng",
            targets=(
                row(
                    "8.",
                    "Tổ chức cơ sở đảng và đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên",
                    90,
                    "%",
                    indicator="ty-le-to-chuc-co-so-dang-htt-nv",
                    url=TARGETS,
                    form=Form.MIN_BOUND,
                    strict=True,
                    kind=Kind.ANNUAL,
                    says="Hằng năm trên 90% tổ chức cơ sở đảng và đảng viên hoàn thành tốt nhiệm vụ trở lên",
                ),
                row(
                    "9.",
                    "Tỷ lệ kết nạp đảng viên mới so với tổng số đảng viên của Đảng bộ tỉnh",
                    3,
                    "%/năm",
                    indicator="ty-le-ket-nap-dang-vien-moi",
                    url=TARGETS,
                    form=Form.MIN_BOUND,
                    kind=Kind.ANNUAL,
                    says="Hằng năm kết nạp đảng viên mới từ 3% trở lên so với tổng số đảng viên của Đảng bộ tỉnh",
                    check="câu nguồn bị cắt sau “so với tổng số đảng viên của Đảng bộ tỉnh đ…” (có thể là “đầu năm”)",
                ),
            ),
        ),
        GroupSpec(
            name="Văn hóa - xã hội",
            targets=(
                row(
                    "10.",
                    "Tỷ lệ lao động qua đào tạo",
                    75,
                    "%",
                    indicator="ty-le-lao-dong-qua-dao-tao",
                    url=LABOUR,
                    form=Form.MIN_BOUND,
                    strict=True,
                    says="Tỷ lệ lao động qua đào tạo trên 75% đến năm 2030",
                ),
                row(
                    "11.",
                    "Trong đó: tỷ lệ lao động có bằng cấp, chứng chỉ",
                    38,
                    "%",
                    indicator="ty-le-lao-dong-co-bang-cap-chung-chi",
                    url=LABOUR,
                    form=Form.MIN_BOUND,
                    says="Trong đó lao động có bằng cấp, chứng chỉ từ 38% trở lên đến năm 2030",
                ),
            ),
        ),
    ),
)

UNIT = UnitSpec(
    name="Thái Nguyên",
    level="province",
    article=ARTICLE,
    resolutions=(RESOLUTION,),
    formed_from=("Thái Nguyên", "Bắc Kạn"),
)
