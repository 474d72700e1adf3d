"""Indicators a resolution wants to fall (poverty, population growth, the farm-labour share, infant mortality, …):
lower is better for them even where the target's wording says only "là 50%" or "dưới 1%"."""

import re

_I = re.IGNORECASE

# What is measured, by its nature. Kept as one list so the target-list reader and the review screen agree.
FALLING = re.compile(
    r"hộ\s+nghèo|hộ\s+cận\s+nghèo|tái\s+nghèo|phát\s+sinh\s+nghèo|nghèo\s+đa\s+chiều"
    r"|(?:gia\s+)?tăng\s+dân\s+số|tăng\s+tự\s+nhiên|dân\s+số\s+tự\s+nhiên|tỷ\s+(?:lệ|suất)\s+sinh|sinh\s+thô"
    r"|sinh\s+con\s+thứ\s+(?:3|ba)|mất\s+cân\s+bằng\s+giới\s+tính|tỷ\s+số\s+giới\s+tính\s+khi\s+sinh"
    r"|lao\s+động\s+(?:làm\s+việc\s+)?(?:trong\s+)?(?:ngành\s+|lĩnh\s+vực\s+|khu\s+vực\s+)?nông(?:,|\s+)"
    r"(?:\s*lâm|\s*nghiệp)|lao\s+động\s+nông\s+nghiệp|lao\s+động\s+nông,\s+lâm"
    r"|tử\s+vong|(?:tỷ\s+suất\s+)?chết|suy\s+dinh\s+dưỡng|thấp\s+còi|nhẹ\s+cân|thất\s+nghiệp|thiếu\s+việc\s+làm"
    r"|tai\s+nạn|tội\s+phạm|tệ\s+nạn|ma\s+túy|ma\s+tuý|cháy\s+rừng|cháy\s+nổ|ô\s+nhiễm|khiếu\s+(?:nại|kiện)"
    r"|đơn\s+thư|bỏ\s+học|tảo\s+hôn|hôn\s+nhân\s+cận\s+huyết|nợ\s+(?:đọng|xấu|công)|bội\s+chi"
    r"|tiêu\s+hao\s+năng\s+lượng|phát\s+thải|chất\s+thải\s+(?:chưa|không)|nhà\s+tạm|nhà\s+dột\s+nát"
    r"|yếu\s+kém|kỷ\s+luật|vi\s+phạm|tham\s+nhũng|lãng\s+phí|thời\s+gian\s+(?:giải\s+quyết|xử\s+lý)"
    r"|chi\s+phí\s+không\s+chính\s+thức",
    _I,
)
# Words that turn such a subject into something to raise: "hộ nghèo được hỗ trợ", "xã không có tội phạm".
_RAISED = re.compile(
    r"được|qua\s+đào\s+tạo|không\s+(?:có|còn|để|xảy\s+ra)|thoát\s+nghèo|xóa|xoá|cai\s+nghiện|xử\s+lý"
    r"|khắc\s+phục|phòng\s*,?\s*chống|phòng\s+ngừa|giải\s+quyết|thu\s+gom|kiềm\s+chế|kéo\s+giảm|an\s+toàn"
    r"|chuyển\s+đổi|chuyển\s+dịch|tham\s+gia|hỗ\s+trợ|khám|tiêm|phát\s+hiện|điều\s+tra|xét\s+xử|hòa\s+giải"
    r"|hoà\s+giải|thụ\s+lý|tiếp\s+nhận",
    _I,
)


def falls(subject: str) -> bool:
    """Whether the indicator named by `subject` is one to bring down."""
    found = FALLING.search(subject)
    if found is None:
        return False
    return not _RAISED.search(f"{subject[: found.start()]} {subject[found.end() :]}")
