"""The Vietnamese words the reader knows: qualifiers, verbs, units, plans and earlier periods, as regex parts."""

# "kỳ"/"kì", "tỷ"/"tỉ", "quý"/"quí", "khóa"/"khoá" are both written; every pattern accepts both.
KY = "k[ỳì]"
TY = "t[ỷỉ]"

# Bounds written before a number, longest first so "không quá" wins over nothing and "trên dưới" over "trên".
QUALIFIERS = (
    "không vượt quá",
    "không thấp hơn",
    "không dưới",
    "không quá",
    "tối thiểu",
    "tối đa",
    "ít nhất",
    "chưa đến",
    "chưa tới",
    "xấp xỉ",
    "trên dưới",
    "khoảng",
    "gần",
    "hơn",
    "trên",
    "dưới",
    "ngót",
)
QUALIFIER = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)

# The plans a result is measured against, with the words that name who set them; a legal minimum too ("đạt 140%
# so với quy định", "bằng 135% mức lương tối thiểu vùng").
PLAN = (
    r"(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết|NQ|mục\s+tiêu|quy\s+định|định\s+mức"
    r"|mức\s+(?:lương\s+)?tối\s+thiểu(?:\s+vùng)?)"
    r"(?:\s+(?:năm\s+\d{4}|năm|\d{4}|cả\s+năm|của\s+(?:tỉnh|huyện|xã|thành\s+phố|Trung\s+ương|HĐND|UBND)"
    r"|tỉnh|huyện|thành\s+phố|thị\s+xã|xã|phường|Trung\s+ương|cấp\s+trên|HĐND|UBND|[Đđ]ại\s+hội"
    r"|[Nn]ghị\s+quyết|NQ|đề\s+ra|được\s+giao|giao|điều\s+chỉnh|pháp\s+lệnh|[Đđ]ảng\s+bộ|[IVXL]+(?!\w)))*"
)
# Earlier periods a figure is compared with: a change, not an achievement.
EARLIER_PERIOD = (
    rf"(?:cùng\s+{KY}(?:\s+năm\s+(?:trước|ngoái)|\s+năm\s+\d{{4}})?|năm\s+(?:trước|ngoái)|{KY}\s+trước"
    rf"|năm\s+\d{{4}}|tháng\s+trước|quý\s+trước|đầu\s+nhiệm\s+{KY}|đầu\s+năm|cuối\s+năm\s+\d{{4}}"
    rf"|nhiệm\s+{KY}\s+trước|giai\s+đoạn\s+trước|mức\s+\w+\s+năm\s+\d{{4}})"
)

# Units of measure; a count noun ("12 xã", "16 sản phẩm") is any other noun after the number.
SCALE_WORDS = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
SCALE = r"(?:nghìn|ngàn|triệu|t[ỷỉ])(?!\w)(?!\s+lệ)"
CURRENCY = r"(?:đồng|USD|VNĐ|VND|đô\s+la(?:\s+Mỹ)?|Euro|EUR|đ)(?![\w])"
MEASURES = (
    r"(?:điểm\s+phần\s+trăm|điểm\s*%|ha|héc-?ta|hécta|km2|km²|km|m2|m²|m3|m³|mét|m|kg|tấn|tạ|yến|lít"
    r"|kWh|MW|GWh|MWh|lần|con|cây|điểm)(?![\w])"
)

# Verbs of work done, after which a count names what was done: "kết nạp 868 đảng viên", "xây dựng 6 tuyến lộ".
ACTION_VERBS = (
    "kết nạp",
    "đào tạo",
    "giải quyết",
    "xây dựng",
    "sửa chữa",
    "hỗ trợ",
    "bổ sung",
    "huy động",
    "phân bổ",
    "bố trí",
    "tổ chức",
    "thành lập",
    "ban hành",
    "tuyển",
    "tiếp nhận",
    "vận động",
    "trồng",
    "thu hút",
    "cho vay",
    "khám",
    "tiêm",
    "phát triển",
    "bàn giao",
    "triển khai",
    "thực hiện",
    "đầu tư",
    "mở",
    "tập huấn",
    "tuyên truyền",
    "kiểm tra",
    "giám sát",
    "xử lý",
    "phát hiện",
    "công nhận",
    "cấp đổi",
    "khởi công",
    "hoàn thành",
    "hoàn tất",
    "sáp nhập",
    "nâng cấp",
    "cải tạo",
    "kiên cố hóa",
    "bê tông hóa",
    "cứng hóa",
    "giới thiệu",
    "bồi dưỡng",
    "tiếp",
    "giải ngân",
    "thăm",
    "tặng",
    "trao",
    "chi trả",
    "di dời",
    "bố trí",
    "đưa",
    "tạo việc làm cho",
    "xuất khẩu",
)
# Classifiers too general to name a count alone: "xuất khẩu lao động 1.250 người" is named by its verb phrase.
GENERIC_CLASSIFIERS = ("người", "hộ", "lượt", "lượt người", "con", "cái", "chiếc", "trường hợp")
# Counting the parts of a resolution is neither a result nor a goal.
STRUCTURE_NOUNS = (
    "chỉ tiêu",
    "nhiệm vụ",
    "giải pháp",
    "nhóm giải pháp",
    "lĩnh vực",
    "khâu đột phá",
    "đột phá",
)
# A number with one of these after it is a span of time ("9 tháng đầu năm"), not a quantity.
DURATIONS = (
    "năm",
    "tháng",
    "ngày",
    "tuần",
    "quý",
    "giờ",
    "phút",
    "giây",
    "tiếng",
    "thế kỷ",
    "thập kỷ",
    "tuổi",
)
# "3 sao" rates a product; it qualifies the noun before it.
RATINGS = ("sao",)

# Words that cannot begin a unit: function words, verbs and time words.
NOT_A_UNIT = frozenset(
    """
    trong của và với là được đã đang sẽ các những có cho tại ở từ đến tới trên dưới theo về để thì mà nhưng
    hoặc hay vào ra lên xuống như nhất thứ so bằng đạt tăng giảm vượt còn chiếm gồm này đó kia nào khi nếu vì
    do bởi nhằm qua sau trước cùng đều cũng rất hơn trở kể gần khoảng nay tính lúc ngày đồng_thời vừa mới
    chỉ riêng tổng trị hết người_ta
    """.split()
)
# Ordinal and naming words: the number after them names something ("lần thứ 3", "Quy định 11").
NAMING_WORDS = (
    r"thứ|lần|khóa|khoá|đợt|vòng|điều|khoản|mục|chương|phần|hạng|loại|số"
    r"|giai\s+đoạn|nghị\s+quyết|quyết\s+định|chỉ\s+thị|kết\s+luận|quy\s+định|chương\s+trình|đề\s+án"
    r"|công\s+văn|thông\s+tư|nghị\s+định|hướng\s+dẫn|thông\s+báo|tờ\s+trình|báo\s+cáo|luật"
    r"|ban\s+chỉ\s+đạo|trung\s+ương|covid|khu\s+vực|tổ|ấp|thôn|xóm|bản|khu|phường|quận|quốc\s+lộ|tỉnh\s+lộ"
    r"|lớp|phòng|tầng|top|phiên|tập|trang|kênh|khóm|buôn|sóc|tiểu\s+khu|cụm\s+dân\s+cư|đội|ngõ|ngách|hẻm|kiệt"
    r"|cự\s+ly|giải\s+chạy|marathon|nội\s+dung|hạng\s+cân"
)
# Calendar words name a year, month, quarter or day when the number after them fits one.
CALENDAR_LIMITS = {
    "năm": (1900, 2100),
    "tháng": (1, 12),
    "quý": (1, 4),
    "ngày": (1, 31),
    "kỳ": (1, 9),
    "kì": (1, 9),
}

# Goals set for the future.
TARGET_MARKERS = (
    r"phấn\s+đấu|mục\s+tiêu|định\s+hướng|hướng\s+tới|dự\s+kiến"
    r"|kế\s+hoạch\s+năm\s+\d{4}|sẽ|cần\s+đạt|phải\s+đạt"
)
