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
        "HCM",
    ),
    "thanhphohue": ("Thừa Thiên Huế", "Thừa Thiên - Huế", "TT-Huế", "TT. Huế", "TT Huế", "Huế"),
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
    "mũi",
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
    "kiều",
    "lâm",
    "châu",
    "tăng",
    "diệp",
    "mạc",
    "doãn",
    "nghiêm",
    "phùng",
    "tôn",
    "thân",
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

# Longer proper names that contain a province's name without naming it: the Pacific, a city,
# a former province, a region, a ward of Hồ Chí Minh City. Matched in any case.
LONGER_NAMES = (
    "Thái Bình Dương",
    "Điện Biên Phủ",
    "Hà Nam Ninh",
    "Đồng Tháp Mười",
    "Phú Thọ Hòa",
)
# Longer names whose extra word is also a common word ("Hà Nội mới ban hành" = Hà Nội has just
# issued): they count only as written, capitals and all, in mixed-case text. The newspaper "Hà
# Nội Mới" is a title, like "Thái Bình Dương"; "Báo Hà Nội" or "Báo Bắc Giang" name the province.
TITLE_NAMES = ("Hà Nội Mới",)

# Heads of a route's name: after one, "X - Y" names the two ends of a road, railway or power
# line ("cao tốc Hà Nội - Hải Phòng", "tuyến đường Hà Nội - Lào Cai"). Both ends are provinces
# the text speaks of, even after "đường", which otherwise makes "đường Hà Nội" a street.
ROUTE_HEADS = (
    "đường",
    "tuyến",
    "cao tốc",
    "quốc lộ",
    "đường sắt",
    "đường dây",
    "đường ống",
    "đường bay",
    "chặng",
)

# Names that are also common words (hòa bình = peace, thái bình = peaceful, bình định = to
# pacify). In lower case they are rejected anyway; in an all-capitals headline ("VÌ HÒA BÌNH")
# these words right before them mark the common word.
COMMON_WORD_NAMES: dict[str, tuple[str, ...]] = {
    "tinhhoabinh": ("vì", "nền", "giữ", "yêu", "vệ", "thời", "vọng"),
    "tinhthaibinh": ("thời", "cảnh", "thiên", "hạ"),
    "tinhbinhdinh": ("cuộc",),
}

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

# After a name, these mark the unit created on 1 July 2025 ("tỉnh Phú Thọ (mới)", "tỉnh Gia
# Lai sau sáp nhập", "(sau sắp xếp)"); an opening parenthesis before them is allowed.
NEW_UNIT_MARKERS = (
    "mới)",
    "sau sáp nhập",
    "sau hợp nhất",
    "sau sắp xếp",
    "sau khi sáp nhập",
    "sau khi hợp nhất",
    "sau khi sắp xếp",
)
# A bare "mới" after a name is also an adverb ("Gia Lai mới ban hành" = has just issued): it marks
# the new unit only before punctuation, the sentence end or one of these words.
NEW_AFTER_BARE_MOI = (
    "gồm",
    "bao gồm",
    "hình thành",
    "được hình thành",
    "được thành lập",
    "có diện tích",
    "có dân số",
    "có quy mô",
    "trên cơ sở",
    "sau",
)
# After a name, these mark the unit as it was before the merger ("tỉnh Bình Định (cũ)").
OLD_UNIT_MARKERS = (
    "cũ)",
    "trước sáp nhập",
    "trước khi sáp nhập",
    "trước sắp xếp",
    "trước khi sắp xếp",
    "trước hợp nhất",
)

# Surnames that are no common word (unlike cao, mai, hà, hồ, thái, triệu …): in an all-capitals
# or Title Case headline, where capitals say nothing, one right before a name makes it a person's
# ("ÔNG NGUYỄN THÁI BÌNH").
CLEAR_SURNAMES = (
    "nguyễn",
    "trần",
    "lê",
    "phạm",
    "huỳnh",
    "phan",
    "vũ",
    "võ",
    "đặng",
    "bùi",
    "đỗ",
    "ngô",
    "đinh",
    "trịnh",
    "hoàng",
)
