"""Word lists for province mentions in Vietnamese news.

The canonical short names of the 63 old and 34 new units come from the reference data
(`kcextract.provinces`); this module holds what news writes besides them. Keys are
underthesea mapping.json keys. Entries are matched case-insensitively (the rule then
requires the capitals a proper name has), with either tone placement (`Hoà`/`Hòa`) and
any dash (`-`, `–`, `—`) with or without spaces around it.
"""

from __future__ import annotations

# Other spellings of old units, besides the canonical short name.
ALIASES: dict[str, tuple[str, ...]] = {
    "thanhphohochiminh": (
        "TP.HCM",
        "TP. HCM",
        "TP HCM",
        "TPHCM",
        "TP.Hồ Chí Minh",
        "Thành phố HCM",
        "HCMC",
    ),
    "thanhphohue": ("Thừa Thiên Huế", "Thừa Thiên - Huế", "TT-Huế", "TT. Huế", "TT.Huế", "Huế"),
    "tinhdaklak": (
        "Đắc Lắc",
        "Đắk Lăk",
        "Đăk Lăk",
        "Đắc Lắk",
        "Đăk Lắk",
        "Dak Lak",
        "Đắklắk",
        "Đaklak",
        "Daklak",
    ),
    "tinhdaknong": ("Đắc Nông", "Đăk Nông", "Dak Nong", "Đắknông", "Daknong"),
    "tinhbariavungtau": ("Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT", "BRVT"),
    "tinhkontum": ("Kontum",),
    "tinhbackan": ("Bắc Cạn",),
}

# Administrative heads kept inside the span: "tỉnh Lào Cai", "thành phố Hải Phòng", "TP. Đà Nẵng".
# "thành phố"/"TP" make a province only of a centrally-run city ("thành phố Nam Định" is not one).
PROVINCE_HEADS = ("tỉnh",)
CITY_HEADS = ("thành phố", "tp.", "tp")

# Nouns that make the following name a place inside a province, a street or a landmark:
# "xã Bình Thuận", "đường Hà Nội", "quận Hà Đông", "sông Đồng Nai", "phố Huế".
PLACE_HEADS = (
    "xã",
    "huyện",
    "phường",
    "quận",
    "thị xã",
    "thị trấn",
    "thị tứ",
    "đường",
    "phố",
    "khu phố",
    "ngõ",
    "ngách",
    "hẻm",
    "cầu",
    "sông",
    "suối",
    "chợ",
    "khu",
    "thôn",
    "xóm",
    "ấp",
    "bản",
    "làng",
    "bến",
    "đèo",
    "núi",
    "hồ",
    "đảo",
    "vịnh",
    "ga",
)
# Words that end in a place head but are not one ("nhu cầu Hà Nội": the demand of Hà Nội;
# "đường phố Hà Nội": the streets of Hà Nội).
NOT_PLACE_HEADS = (
    "nhu cầu",
    "yêu cầu",
    "toàn cầu",
    "nông thôn",
    "đường phố",
    "phố phường",
    "quận huyện",
    "xã phường",
    "phường xã",
    "cơ bản",
    "văn bản",
    "xuất bản",
    "phiên bản",
    "nhật bản",
    "đồng hồ",
    "hội chợ",
    "siêu chợ",
)

# Lower-case words that make a following name a person's: "chị Hà Giang", "ông Long An".
PERSON_TITLES = (
    "ông",
    "bà",
    "anh",
    "chị",
    "em",
    "cô",
    "chú",
    "bác",
    "cháu",
    "cụ",
    "bé",
    "thầy",
    "cậu",
    "mợ",
    "dì",
)

# Capitalised syllables that show a name belongs to a person when they stand right before it
# (middle names: "Nguyễn Văn Long An") or right after it (a surname: "Chủ tịch Bắc Giang Lê Ánh
# Dương" names the chairman of Bắc Giang).
MIDDLE_NAMES = ("văn", "thị")
SURNAMES = (
    "nguyễn",
    "trần",
    "lê",
    "phạm",
    "hoàng",
    "huỳnh",
    "phan",
    "vũ",
    "võ",
    "đặng",
    "bùi",
    "đỗ",
    "hồ",
    "ngô",
    "dương",
    "lý",
    "đinh",
    "đoàn",
    "trịnh",
    "lương",
    "mai",
    "cao",
    "tạ",
    "lưu",
    "vương",
    "chu",
    "hà",
    "tô",
    "thái",
    "la",
    "lã",
    "triệu",
    "quách",
    "khuất",
)

# Capitalised syllables that end an organisation's name right before the province it belongs to
# ("Sở Công Thương Hà Nội", "Cục Thuế Hà Nội", "UBND TP"): no word boundary to check there.
ORG_ENDINGS = (
    "thương",
    "sở",
    "bộ",
    "cục",
    "thuế",
    "báo",
    "đài",
    "viện",
    "hội",
    "ban",
    "phòng",
    "vụ",
    "khoa",
    "đoàn",
    "trường",
    "quỹ",
    "tỉnh",
    "thành",
    "công",
)

# Words capitalised only because they open a sentence or heading ("Với Hà Tĩnh, ...",
# "Tại Hà Nội, ..."): they never extend a name, so no word boundary needs checking.
FUNCTION_WORDS = (
    "với",
    "tại",
    "ở",
    "theo",
    "từ",
    "trong",
    "cùng",
    "của",
    "và",
    "đến",
    "tới",
    "về",
    "cho",
    "như",
    "riêng",
    "còn",
    "ngoài",
    "sau",
    "trước",
    "khi",
    "nhưng",
    "tuy",
    "đối",
    "cả",
    "các",
    "những",
    "hay",
    "hoặc",
    "vào",
    "ra",
    "qua",
    "giữa",
    "thuộc",
    "gồm",
    "là",
    "nay",
    "hiện",
    "đó",
    "này",
)

# Longer proper names that contain a province's name without naming it.
LONGER_NAMES = (
    "Thái Bình Dương",
    "Điện Biên Phủ",
    "Hà Nam Ninh",
    "Đồng Tháp Mười",
)

# Words before "Hồ Chí Minh" that make it the President's name, his ideology or a thing named
# after him ("Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh").
NOT_AFTER: dict[str, tuple[str, ...]] = {
    "thanhphohochiminh": (
        "chủ tịch",
        "bác",
        "người",
        "tư tưởng",
        "đạo đức",
        "phong cách",
        "tấm gương",
        "lăng",
        "bảo tàng",
        "di tích",
        "tncs",
        "cộng sản",
        "tiền phong",
        "quốc gia",
        "huân chương",
        "giải thưởng",
        "mang tên",
        "nhà",
        "chiến dịch",
        "đường mòn",
    ),
}

# After a name, these mark the unit created on 1 July 2025 ("tỉnh Phú Thọ (mới)").
NEW_UNIT_MARKERS = (
    "(mới)",
    "( mới )",
    "sau sáp nhập",
    "sau hợp nhất",
    "sau khi sáp nhập",
    "sau khi hợp nhất",
)
