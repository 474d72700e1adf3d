"""The district offices every demo district has, and which lead its targets (the articles name none: the demo's choice)."""

TAI_CHINH = "Phòng Tài chính - Kế hoạch"
NONG_NGHIEP = "Phòng Nông nghiệp và Phát triển nông thôn"
GIAO_DUC = "Phòng Giáo dục và Đào tạo"
LAO_DONG = "Phòng Lao động - Thương binh và Xã hội"
VAN_HOA = "Phòng Văn hóa và Thông tin"
Y_TE = "Phòng Y tế"
KINH_TE_HA_TANG = "Phòng Kinh tế và Hạ tầng"
TAI_NGUYEN = "Phòng Tài nguyên và Môi trường"
NOI_VU = "Phòng Nội vụ"
THUE = "Chi cục Thuế"
BAO_HIEM = "Bảo hiểm xã hội huyện"
CONG_AN = "Công an huyện"
NONG_THON_MOI = "Văn phòng điều phối nông thôn mới"
TO_CHUC = "Ban Tổ chức Huyện ủy"
KIEM_TRA = "Ủy ban Kiểm tra Huyện ủy"
MAT_TRAN = "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"
VAN_PHONG_UBND = "Văn phòng HĐND và UBND huyện"

# Name → short name, in the order the admin lists them.
AGENCIES: dict[str, str] = {
    TAI_CHINH: "Phòng TC-KH",
    NONG_NGHIEP: "Phòng NN&PTNT",
    GIAO_DUC: "Phòng GD&ĐT",
    LAO_DONG: "Phòng LĐ-TB&XH",
    VAN_HOA: "Phòng VH&TT",
    Y_TE: "Phòng Y tế",
    KINH_TE_HA_TANG: "Phòng KT&HT",
    TAI_NGUYEN: "Phòng TN&MT",
    NOI_VU: "Phòng Nội vụ",
    THUE: "Chi cục Thuế",
    BAO_HIEM: "BHXH huyện",
    CONG_AN: "Công an huyện",
    NONG_THON_MOI: "VP điều phối NTM",
    TO_CHUC: "Ban Tổ chức HU",
    KIEM_TRA: "UBKT Huyện ủy",
    MAT_TRAN: "UBMTTQ huyện",
    VAN_PHONG_UBND: "VP HĐND-UBND",
}

# The offices of a commune under the two-level local government from 1/7/2025.
COMMUNE_AGENCIES: dict[str, str] = {
    "Phòng Kinh tế": "Phòng Kinh tế",
    "Phòng Văn hóa - Xã hội": "Phòng VH-XH",
    "Văn phòng HĐND và UBND xã": "VP HĐND-UBND",
    "Văn phòng Đảng ủy xã": "VP Đảng ủy",
}
