"""The domains a resolution groups its targets by (kinh tế; văn hóa - xã hội; môi trường; quốc phòng - an ninh; xây
dựng Đảng …), as target lists head their groups and reports break their counts down."""

DOMAIN = (
    r"(?:kinh\s+tế|văn\s+hóa|văn\s+hoá|xã\s+hội|môi\s+trường|quốc\s+phòng|an\s+ninh|quân\s+sự|trật\s+tự"
    r"|xây\s+dựng\s+đảng|đảng|chính\s+quyền|hệ\s+thống\s+chính\s+trị|chính\s+trị|mặt\s+trận|đoàn\s+thể"
    r"|tài\s+nguyên|đô\s+thị|nông\s+thôn|quy\s+hoạch|giáo\s+dục|y\s+tế|lao\s+động|việc\s+làm|nông\s+nghiệp"
    r"|hạ\s+tầng|kết\s+cấu\s+hạ\s+tầng|khoa\s+học|công\s+nghệ|chuyển\s+đổi\s+số|ngân\s+sách|tài\s+chính"
    r"|du\s+lịch|thương\s+mại|dịch\s+vụ|công\s+nghiệp|nội\s+chính|dân\s+vận|thi\s+đua|an\s+sinh)(?!\w)"
)
# "văn hóa - xã hội", "quốc phòng, an ninh", "xây dựng Đảng và hệ thống chính trị": domains joined.
DOMAINS = rf"{DOMAIN}(?:\s*(?:,|-|–|và)\s*{DOMAIN}|\s+{DOMAIN})*"
