"""The indicators the five demo districts measure, shared by code across localities, with their roll-up rules.

Counts and money add up (sum); a rate whose parts are counted is a ratio of two indicators, so that it rolls
up as numerator over denominator and never as an average of percentages; a rate or a per-capita figure
reported without its parts is not rolled up (none).
"""

from dataclasses import dataclass

from chitieu.plans.models import Indicator

SUM = Indicator.Rollup.SUM
RATIO = Indicator.Rollup.RATIO
NONE = Indicator.Rollup.NONE


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name: str
    unit: str
    rollup: str = SUM
    is_percent: bool = False
    numerator: str | None = None
    denominator: str | None = None
    description: str = ""


def _rate(code: str, name: str, description: str = "") -> IndicatorSpec:
    return IndicatorSpec(code, name, "%", NONE, is_percent=True, description=description)


def _ratio(code: str, name: str, numerator: str, denominator: str) -> IndicatorSpec:
    return IndicatorSpec(
        code, name, "%", RATIO, is_percent=True, numerator=numerator, denominator=denominator
    )


INDICATORS: tuple[IndicatorSpec, ...] = (
    # Provinces, 2025-2030: the size and shape of the economy
    IndicatorSpec(
        "grdp-gia-hien-hanh", "Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành", "nghìn tỷ đồng"
    ),
    IndicatorSpec(
        "grdp-gia-so-sanh",
        "Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh",
        "nghìn tỷ đồng",
        description="Mức GRDP theo giá so sánh: tốc độ tăng trưởng bình quân tính từ chuỗi giá trị này.",
    ),
    IndicatorSpec(
        "grdp-binh-quan-dau-nguoi",
        "GRDP bình quân đầu người",
        "triệu đồng",
        NONE,
        description="Bình quân đầu người: tổng hợp lên cấp trên cần dân số làm trọng số, nên không cộng dồn.",
    ),
    IndicatorSpec("grdp-binh-quan-dau-nguoi-usd", "GRDP bình quân đầu người (USD)", "USD", NONE),
    _rate("ty-trong-cong-nghiep-xay-dung-grdp", "Tỷ trọng công nghiệp - xây dựng trong GRDP"),
    _rate("ty-trong-dich-vu-grdp", "Tỷ trọng dịch vụ (và thuế sản phẩm trừ trợ cấp) trong GRDP"),
    _rate("ty-trong-nong-lam-thuy-san-grdp", "Tỷ trọng nông, lâm nghiệp, thủy sản trong GRDP"),
    _rate("ty-trong-kinh-te-so-grdp", "Tỷ trọng kinh tế số trong GRDP"),
    _rate("ty-trong-cong-nghiep-che-bien-grdp", "Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP"),
    _rate("ty-trong-kinh-te-tu-nhan-grdp", "Tỷ trọng kinh tế tư nhân trong GRDP"),
    _rate("dong-gop-tfp", "Đóng góp của TFP vào tăng trưởng kinh tế"),
    IndicatorSpec(
        "gia-tri-tang-them-kinh-te-tu-nhan", "Giá trị tăng thêm khu vực kinh tế tư nhân", "nghìn tỷ đồng"
    ),
    IndicatorSpec("nang-suat-lao-dong", "Năng suất lao động xã hội", "triệu đồng/lao động", NONE),
    IndicatorSpec("so-doanh-nghiep-thanh-lap-moi", "Số doanh nghiệp thành lập mới", "doanh nghiệp"),
    IndicatorSpec(
        "kim-ngach-xuat-khau-va-thu-ngoai-te",
        "Kim ngạch xuất khẩu hàng hóa, dịch vụ và thu ngoại tệ",
        "tỷ USD",
    ),
    _rate("ty-le-dich-vu-cong-truc-tuyen", "Tỷ lệ dịch vụ công trực tuyến được sử dụng"),
    IndicatorSpec(
        "xep-hang-chi-so-dieu-hanh", "Thứ hạng chỉ số điều hành, quản trị của tỉnh", "thứ hạng", NONE
    ),
    IndicatorSpec("chi-so-hdi", "Chỉ số phát triển con người (HDI)", "chỉ số", NONE),
    IndicatorSpec("so-khach-du-lich", "Số lượt khách du lịch", "triệu lượt"),
    _rate("ty-le-ket-nap-dang-vien-moi", "Tỷ lệ đảng viên mới kết nạp so với tổng số đảng viên"),
    _rate("ty-le-lao-dong-co-bang-cap-chung-chi", "Tỷ lệ lao động có bằng cấp, chứng chỉ"),
    _rate("ty-le-that-nghiep", "Tỷ lệ thất nghiệp"),
    IndicatorSpec("tuoi-tho-trung-binh", "Tuổi thọ trung bình", "tuổi", NONE),
    IndicatorSpec("so-ho-ngheo-da-chieu", "Số hộ nghèo theo chuẩn nghèo đa chiều", "hộ"),
    _rate("ty-le-dan-so-do-thi-dung-nuoc-sach", "Tỷ lệ dân số đô thị được cấp nước sạch"),
    _rate("ty-le-dan-so-nong-thon-dung-nuoc-sach", "Tỷ lệ dân số nông thôn được cấp nước sạch"),
    # Economy
    IndicatorSpec("gia-tri-san-xuat", "Tổng giá trị sản xuất", "tỷ đồng"),
    IndicatorSpec("gia-tri-san-xuat-nong-lam-thuy-san", "Giá trị sản xuất nông - lâm - thủy sản", "tỷ đồng"),
    IndicatorSpec(
        "gia-tri-san-xuat-cong-nghiep-xay-dung", "Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng"
    ),
    IndicatorSpec("gia-tri-san-xuat-thuong-mai-dich-vu", "Giá trị sản xuất thương mại - dịch vụ", "tỷ đồng"),
    _rate("toc-do-tang-gia-tri-san-xuat", "Tốc độ tăng giá trị sản xuất so với cùng kỳ"),
    IndicatorSpec(
        "thu-nhap-binh-quan-dau-nguoi",
        "Thu nhập bình quân đầu người",
        "triệu đồng/người/năm",
        NONE,
        description="Bình quân đầu người: tổng hợp lên cấp trên cần dân số làm trọng số, nên không cộng dồn.",
    ),
    IndicatorSpec("thu-ngan-sach-nha-nuoc-tren-dia-ban", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng"),
    IndicatorSpec("thu-noi-dia", "Thu ngân sách (thu nội địa)", "tỷ đồng"),
    IndicatorSpec("von-dau-tu-phat-trien-toan-xa-hoi", "Tổng vốn đầu tư phát triển toàn xã hội", "tỷ đồng"),
    _rate("ty-le-giai-ngan-von-dau-tu-cong", "Tỷ lệ giải ngân kế hoạch vốn đầu tư công"),
    IndicatorSpec("gia-tri-xuat-khau-hang-dia-phuong", "Giá trị xuất khẩu hàng địa phương", "triệu USD"),
    IndicatorSpec("san-luong-luong-thuc-co-hat", "Tổng sản lượng lương thực có hạt", "tấn"),
    _rate(
        "toc-do-tang-san-luong-luong-thuc-dong-xuan",
        "Tốc độ tăng sản lượng lương thực vụ Đông Xuân so với cùng kỳ",
    ),
    IndicatorSpec("tong-dan-gia-suc", "Tổng đàn gia súc", "con"),
    IndicatorSpec(
        "gia-tri-san-pham-tren-1-ha-dat-trong-trot",
        "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt",
        "triệu đồng/ha",
        NONE,
    ),
    IndicatorSpec("dien-tich-trong-rung-tap-trung", "Diện tích trồng rừng tập trung", "ha"),
    IndicatorSpec("dien-tich-trong-rung-go-lon", "Diện tích trồng rừng gỗ lớn", "ha"),
    IndicatorSpec(
        "so-mo-hinh-ung-dung-cong-nghe-cao", "Số mô hình sản xuất ứng dụng công nghệ cao", "mô hình"
    ),
    IndicatorSpec(
        "so-mo-hinh-vietgap", "Số mô hình sản xuất theo tiêu chuẩn VietGAP gắn với chuỗi giá trị", "mô hình"
    ),
    IndicatorSpec("so-san-pham-ocop-3-sao-tro-len", "Số sản phẩm OCOP đạt từ 3 sao trở lên", "sản phẩm"),
    IndicatorSpec(
        "so-san-pham-ocop-de-xuat-5-sao", "Số sản phẩm OCOP đề xuất công nhận 5 sao cấp quốc gia", "sản phẩm"
    ),
    IndicatorSpec(
        "so-san-pham-duoc-cap-van-bang-bao-ho",
        "Số sản phẩm nông nghiệp được cấp văn bằng bảo hộ sở hữu trí tuệ",
        "sản phẩm",
    ),
    IndicatorSpec("so-hop-tac-xa", "Số hợp tác xã", "hợp tác xã"),
    IndicatorSpec("so-htx-hoat-dong-hieu-qua", "Số hợp tác xã hoạt động hiệu quả", "hợp tác xã"),
    IndicatorSpec("von-dang-ky-hop-tac-xa", "Tổng vốn đăng ký của hợp tác xã", "tỷ đồng"),
    IndicatorSpec("so-diem-tham-quan-du-lich", "Số điểm tham quan, du lịch", "điểm"),
    IndicatorSpec("doanh-thu-du-lich", "Doanh thu từ các điểm tham quan, du lịch", "tỷ đồng"),
    # New-rural programme and infrastructure
    IndicatorSpec("so-xa", "Số xã", "xã"),
    IndicatorSpec("so-xa-dat-chuan-ntm", "Số xã đạt chuẩn nông thôn mới", "xã"),
    IndicatorSpec("so-xa-dat-chuan-ntm-nang-cao", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã"),
    IndicatorSpec("so-xa-dat-chuan-ntm-kieu-mau", "Số xã đạt chuẩn nông thôn mới kiểu mẫu", "xã"),
    IndicatorSpec(
        "so-xa-ntm-thong-minh-thi-diem", "Số xã thí điểm mô hình “xã nông thôn mới thông minh”", "xã"
    ),
    IndicatorSpec("so-xa-dat-11-14-tieu-chi-ntm", "Số xã đạt từ 11 đến 14 tiêu chí nông thôn mới", "xã"),
    IndicatorSpec("so-xa-duoi-15-tieu-chi-ntm", "Số xã đạt dưới 15 tiêu chí nông thôn mới", "xã"),
    IndicatorSpec(
        "so-xa-duoc-cong-nhan-ntm-trong-nam", "Số xã được công nhận đạt chuẩn nông thôn mới trong năm", "xã"
    ),
    IndicatorSpec(
        "so-xa-duoc-cong-nhan-ntm-nang-cao-trong-nam",
        "Số xã được công nhận đạt chuẩn nông thôn mới nâng cao trong năm",
        "xã",
    ),
    _ratio("ty-le-xa-dat-chuan-ntm", "Tỷ lệ xã đạt chuẩn nông thôn mới", "so-xa-dat-chuan-ntm", "so-xa"),
    _ratio(
        "ty-le-xa-dat-chuan-ntm-nang-cao",
        "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao",
        "so-xa-dat-chuan-ntm-nang-cao",
        "so-xa",
    ),
    IndicatorSpec("so-thon", "Số thôn, bản, ấp", "thôn"),
    IndicatorSpec("so-thon-dat-chuan-ntm", "Số thôn đạt chuẩn nông thôn mới", "thôn"),
    _ratio(
        "ty-le-thon-dat-chuan-ntm", "Tỷ lệ thôn đạt chuẩn nông thôn mới", "so-thon-dat-chuan-ntm", "so-thon"
    ),
    IndicatorSpec(
        "huyen-dat-chuan-ntm",
        "Huyện đạt chuẩn nông thôn mới",
        "",
        NONE,
        description="Có / không: quyết định công nhận của Thủ tướng Chính phủ.",
    ),
    _rate("ty-le-xa-co-duong-o-to-cung-hoa", "Tỷ lệ xã có đường ô tô đến trung tâm xã được cứng hóa"),
    _rate(
        "ty-le-thon-ban-co-duong-o-to-cung-hoa", "Tỷ lệ thôn, bản có đường ô tô đến thôn, bản được cứng hóa"
    ),
    _rate("ty-le-ho-su-dung-dien", "Tỷ lệ hộ dân được sử dụng điện"),
    IndicatorSpec("so-tuyen-lo-giao-thong-nong-thon", "Số tuyến lộ giao thông nông thôn xây dựng", "tuyến"),
    IndicatorSpec("so-cau-giao-thong-nong-thon", "Số cầu giao thông nông thôn xây dựng", "cầu"),
    IndicatorSpec(
        "gia-tri-cong-trinh-giao-thong-nong-thon",
        "Giá trị công trình giao thông nông thôn xã hội hóa",
        "tỷ đồng",
    ),
    IndicatorSpec("so-du-an-giai-phong-mat-bang", "Số dự án triển khai giải phóng mặt bằng", "dự án"),
    IndicatorSpec("so-du-an-moi", "Số dự án khởi công mới", "dự án"),
    IndicatorSpec("so-du-an-chuyen-tiep", "Số dự án chuyển tiếp", "dự án"),
    IndicatorSpec("so-ho-bi-thu-hoi-dat", "Số hộ bị thu hồi đất", "hộ"),
    IndicatorSpec("dien-tich-dat-thu-hoi", "Diện tích đất thu hồi", "ha"),
    IndicatorSpec("so-ho-da-ban-giao-mat-bang", "Số hộ đã kiểm đếm và bàn giao mặt bằng", "hộ"),
    IndicatorSpec(
        "kinh-phi-boi-thuong-duoc-phe-duyet", "Kinh phí bồi thường, hỗ trợ được phê duyệt", "tỷ đồng"
    ),
    IndicatorSpec("so-tuyen-cao-toc-qua-dia-ban", "Số tuyến đường cao tốc qua địa bàn", "tuyến"),
    IndicatorSpec(
        "chieu-dai-cao-toc-da-ban-giao-mat-bang", "Chiều dài đường cao tốc đã bàn giao mặt bằng", "km"
    ),
    # Culture, society, environment
    IndicatorSpec("so-truong-hoc", "Số trường học", "trường"),
    IndicatorSpec("so-truong-dat-chuan-quoc-gia", "Số trường học đạt chuẩn quốc gia", "trường"),
    IndicatorSpec(
        "so-truong-duoc-cong-nhan-dat-chuan-moi",
        "Số trường được công nhận đạt chuẩn quốc gia trong kỳ",
        "trường",
    ),
    _ratio(
        "ty-le-truong-dat-chuan-quoc-gia",
        "Tỷ lệ trường học đạt chuẩn quốc gia",
        "so-truong-dat-chuan-quoc-gia",
        "so-truong-hoc",
    ),
    _rate("ty-le-tre-3-5-tuoi-di-hoc-mau-giao", "Tỷ lệ huy động trẻ em 3-5 tuổi đi học mẫu giáo"),
    _rate("ty-le-tot-nghiep-thpt", "Tỷ lệ học sinh tốt nghiệp trung học phổ thông"),
    _rate("ty-le-thon-to-dan-pho-van-hoa", "Tỷ lệ xóm, tổ dân phố đạt tiêu chuẩn văn hóa"),
    _rate("ty-le-gia-dinh-van-hoa", "Tỷ lệ gia đình đạt tiêu chuẩn văn hóa"),
    _rate("ty-le-co-quan-dat-chuan-van-hoa", "Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa"),
    _rate(
        "ty-le-nguoi-dan-tiep-can-phuong-tien-nghe-nhin",
        "Tỷ lệ người dân được tiếp cận các phương tiện nghe, nhìn",
    ),
    _rate("ty-le-xa-dat-chuan-quoc-gia-ve-y-te", "Tỷ lệ xã, thị trấn đạt chuẩn quốc gia về y tế"),
    IndicatorSpec("so-bac-si-tren-van-dan", "Số bác sĩ trên 1 vạn dân", "bác sĩ/vạn dân", NONE),
    IndicatorSpec("so-nguoi-tham-gia-bhyt", "Số người tham gia bảo hiểm y tế", "người"),
    IndicatorSpec("dan-so", "Dân số", "người"),
    _ratio("ty-le-bao-phu-bhyt", "Tỷ lệ bao phủ bảo hiểm y tế", "so-nguoi-tham-gia-bhyt", "dan-so"),
    IndicatorSpec(
        "so-lao-dong-duoc-giai-quyet-viec-lam", "Số lao động được giải quyết việc làm mới", "người"
    ),
    IndicatorSpec("so-lao-dong-duoc-dao-tao", "Số lao động được đào tạo", "người"),
    _rate("ty-le-lao-dong-qua-dao-tao", "Tỷ lệ lao động qua đào tạo"),
    _rate(
        "ty-le-ho-ngheo",
        "Tỷ lệ hộ nghèo",
        "Theo chuẩn nghèo áp dụng tại thời điểm báo cáo (đến 2021: chuẩn giai đoạn 2016-2020).",
    ),
    _rate(
        "ty-le-ho-ngheo-da-chieu",
        "Tỷ lệ hộ nghèo đa chiều (chuẩn nghèo giai đoạn 2022-2025)",
        "Chuẩn nghèo theo Nghị định số 07/2021/NĐ-CP; không nối chuỗi với tỷ lệ theo chuẩn cũ.",
    ),
    _rate("ty-le-ho-ngheo-can-ngheo", "Tỷ lệ hộ nghèo, hộ cận nghèo"),
    IndicatorSpec(
        "muc-giam-ty-le-ho-ngheo",
        "Mức giảm tỷ lệ hộ nghèo bình quân hằng năm",
        "điểm %/năm",
        NONE,
        description="Báo cáo địa phương thường viết “%” cho điểm phần trăm.",
    ),
    IndicatorSpec(
        "muc-giam-ty-le-ho-ngheo-can-ngheo",
        "Mức giảm tỷ lệ hộ nghèo, hộ cận nghèo bình quân hằng năm",
        "điểm %/năm",
        NONE,
    ),
    IndicatorSpec("so-ho-thoat-ngheo", "Số hộ thoát nghèo", "hộ"),
    _rate(
        "ty-le-ho-ngheo-can-ngheo-thu-huong-chinh-sach",
        "Tỷ lệ hộ nghèo, cận nghèo được thụ hưởng chính sách giảm nghèo",
    ),
    IndicatorSpec("so-nha-o-duoc-ho-tro-cai-thien", "Số nhà ở được hỗ trợ cải thiện cho hộ khó khăn", "nhà"),
    IndicatorSpec("kinh-phi-ho-tro-cai-thien-nha-o", "Kinh phí hỗ trợ cải thiện nhà ở", "tỷ đồng"),
    IndicatorSpec(
        "so-nha-dai-doan-ket", "Số nhà đại đoàn kết, nhà ở cho hộ nghèo do Mặt trận vận động", "nhà"
    ),
    IndicatorSpec("gia-tri-nha-dai-doan-ket", "Giá trị nhà đại đoàn kết, nhà ở cho hộ nghèo", "tỷ đồng"),
    IndicatorSpec(
        "quy-vi-nguoi-ngheo",
        "Vận động Quỹ “Vì người nghèo” và Chương trình “An sinh phúc lợi xã hội”",
        "tỷ đồng",
    ),
    _rate("ty-le-che-phu-rung", "Tỷ lệ che phủ rừng"),
    _rate("ty-le-dan-cu-nong-thon-dung-nuoc-hop-ve-sinh", "Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh"),
    _rate("ty-le-chat-thai-ran-sinh-hoat-duoc-thu-gom", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý"),
    _rate("ty-le-do-thi-hoa", "Tỷ lệ đô thị hóa"),
    # Administration, digital government, security
    _rate("ty-le-co-quan-nha-nuoc-dung-chu-ky-so", "Tỷ lệ cơ quan nhà nước sử dụng chữ ký số"),
    IndicatorSpec("so-to-cong-nghe-so-cong-dong", "Số tổ công nghệ số cộng đồng", "tổ"),
    IndicatorSpec("so-thanh-vien-to-cong-nghe-so", "Số thành viên tổ công nghệ số cộng đồng", "người"),
    IndicatorSpec(
        "xep-hang-sipas",
        "Xếp hạng chỉ số hài lòng về sự phục vụ hành chính (SIPAS) trong tỉnh",
        "",
        NONE,
    ),
    IndicatorSpec("so-chuong-trinh-ke-hoach-ban-hanh", "Số chương trình, kế hoạch được ban hành", "văn bản"),
    IndicatorSpec("so-de-an-ban-hanh", "Số đề án được ban hành", "đề án"),
    _rate(
        "ty-le-khu-dan-cu-co-camera-an-ninh", "Tỷ lệ khu dân cư có mô hình “Camera giám sát an ninh trật tự”"
    ),
    _rate(
        "ty-le-ap-khu-vuc-an-toan-an-ninh-trat-tu", "Tỷ lệ ấp, khu vực đạt chuẩn an toàn về an ninh, trật tự"
    ),
    IndicatorSpec("so-ky-hop-hdnd", "Số kỳ họp Hội đồng nhân dân", "kỳ họp", NONE),
    IndicatorSpec("so-nghi-quyet-hdnd", "Số nghị quyết Hội đồng nhân dân thông qua", "nghị quyết", NONE),
    _rate(
        "ty-le-cu-tri-tham-gia-bau-cu-truong-ap",
        "Tỷ lệ cử tri đại diện hộ gia đình tham gia bầu cử trưởng ấp",
    ),
    # Party building
    IndicatorSpec("so-dang-vien", "Số đảng viên", "đảng viên"),
    IndicatorSpec("so-dang-vien-moi-ket-nap", "Số đảng viên mới được kết nạp", "đảng viên"),
    IndicatorSpec("so-to-chuc-co-so-dang", "Số chi bộ, đảng bộ cơ sở", "tổ chức"),
    _rate("ty-le-to-chuc-co-so-dang-htt-nv", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên"),
    _rate("ty-le-dang-vien-htt-nv", "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"),
    IndicatorSpec("so-nghi-quyet-chuyen-de-ban-hanh", "Số nghị quyết chuyên đề được ban hành", "nghị quyết"),
    IndicatorSpec("so-to-chuc-dang-duoc-kiem-tra", "Số tổ chức đảng được kiểm tra", "tổ chức"),
    IndicatorSpec("so-dang-vien-duoc-kiem-tra", "Số đảng viên được kiểm tra", "đảng viên"),
    IndicatorSpec("so-uy-vien-ban-chap-hanh", "Số ủy viên Ban Chấp hành Đảng bộ", "người", NONE),
    _rate("ty-le-phieu-trung-cu-cap-uy-vien", "Tỷ lệ phiếu bầu của cấp ủy viên trúng cử"),
    _rate("ty-le-phieu-bau-bi-thu", "Tỷ lệ phiếu bầu trực tiếp Bí thư tại Đại hội"),
)
