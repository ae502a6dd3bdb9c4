"""Word lists for money mentions: currencies, qualifiers and the cues of a bare amount.

All word entries are lower case; the rules match them case-insensitively. Multi-word entries
use single spaces (the rules allow any run of whitespace, or a hyphen inside "đô-la").
"""

from __future__ import annotations

# Currency names written after the amount -> ISO 4217 code. Longest names win ("đô la Úc"
# before "đô la", "yên Nhật" before "yên").
CURRENCY_WORDS: dict[str, str] = {
    # Vietnamese đồng
    "đồng": "VND",
    "đồng việt nam": "VND",
    "đ": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "vnð": "VND",  # with Ð (U+00D0), a common look-alike of Đ
    # US dollar
    "usd": "USD",
    "đô la mỹ": "USD",
    "đô-la mỹ": "USD",
    "đôla mỹ": "USD",
    "đô la": "USD",
    "đô mỹ": "USD",
    "đô-la": "USD",
    "đôla": "USD",
    "đô": "USD",
    "mỹ kim": "USD",
    "dollar": "USD",
    "dollar mỹ": "USD",
    "dollars": "USD",
    # other dollars
    "đô la úc": "AUD",
    "aud": "AUD",
    "đô la singapore": "SGD",
    "sgd": "SGD",
    "đô la canada": "CAD",
    "cad": "CAD",
    "đô la hồng kông": "HKD",
    "đô la hong kong": "HKD",
    "hkd": "HKD",
    "đô la đài loan": "TWD",
    "đài tệ": "TWD",
    "twd": "TWD",
    "đô la new zealand": "NZD",
    "nzd": "NZD",
    # euro, pound, franc
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "ơ-rô": "EUR",
    "ơrô": "EUR",
    "bảng anh": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "gbp": "GBP",
    "franc thụy sĩ": "CHF",
    "franc thuỵ sĩ": "CHF",
    "chf": "CHF",
    # Asia
    "yên": "JPY",
    "yên nhật": "JPY",
    "jpy": "JPY",
    "nhân dân tệ": "CNY",
    "ndt": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "tệ": "CNY",
    "won": "KRW",
    "won hàn quốc": "KRW",
    "krw": "KRW",
    "baht": "THB",
    "bạt thái": "THB",
    "baht thái": "THB",
    "thb": "THB",
    "kíp": "LAK",
    "kíp lào": "LAK",
    "lak": "LAK",
    "riel": "KHR",
    "khr": "KHR",
    "ringgit": "MYR",
    "myr": "MYR",
    "rupiah": "IDR",
    "idr": "IDR",
    "rupee": "INR",
    "rupees": "INR",
    "rupi": "INR",
    "rupee ấn độ": "INR",
    "inr": "INR",
    "rúp": "RUB",
    "rúp nga": "RUB",
    "rub": "RUB",
    # Middle East
    "dirham": "AED",
    "dirhams": "AED",
    "aed": "AED",
    "riyal": "SAR",
    "sar": "SAR",
}

# Currency symbols written right after the amount ("50.000₫", "20$", "15€").
SUFFIX_SYMBOLS: dict[str, str] = {"₫": "VND", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

# Currency codes written in capitals before the amount, glued or after one space: "USD1,23",
# "EUR 20", "GBP 3,01", "VND1000", "Rs. 20". Case matters: "Rs" is a currency, "rs" is not.
PREFIX_CODES: dict[str, str] = {
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "KRW": "KRW",
    "AUD": "AUD",
    "SGD": "SGD",
    "CAD": "CAD",
    "HKD": "HKD",
    "CHF": "CHF",
    "THB": "THB",
    "INR": "INR",
    "AED": "AED",
    "VND": "VND",
    "VNĐ": "VND",
    "Rs.": "INR",
    "Rs": "INR",
}

# Capitalised suffixes that are a currency only as written: "20Rs", "20 Rs".
CASED_SUFFIXES: dict[str, str] = {"Rs": "INR"}

# Currency symbols written before the amount ("US$2 tỷ", "$500", "€30 triệu").
PREFIX_SYMBOLS: dict[str, str] = {
    "vn$": "VND",
    "us$": "USD",
    "$": "USD",
    "s$": "SGD",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "nt$": "TWD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₫": "VND",
}

# Words after a currency name that make it another word: "đồng thời" (meanwhile), "đồng bào"
# (compatriots), "đô thị" (city), "yên tâm" (rest assured), "tệ nạn" (social evil)…
CURRENCY_BLOCKERS: dict[str, tuple[str, ...]] = {
    "đồng": (
        "thời",
        "bào",
        "chí",
        "nghiệp",
        "bằng",
        "ruộng",
        "lúa",
        "muối",
        "cỏ",
        "hồ",
        "minh",
        "đội",
        "môn",
        "hương",
        "hành",
        "loạt",
        "bộ",
        "đều",
        "nhất",
        "phục",
        "cảm",
        "tình",
        "ý",
        "thuận",
        "tâm",
        "lòng",
        "khởi",
        "sở hữu",
        "tác giả",
        "sáng lập",
        "chủ trì",
        "tổ chức",
        "chủ tịch",
        "dạng",
        "nát",
        "ca",
        "dao",
        "điệu",
        "âm",
        "thanh",
        "phạm",
        "nghĩa",
        "quê",
        "hóa",
        "hoá",
        "xu",
        "cấp",
        "trang",
        "tiến",
        "đẳng",
        "niên",
        "ngũ",
        "hạng",
        "sàng",
        # "đồng nội tệ", "đồng USD": the currency itself, not an amount of it
        "nội tệ",
        "ngoại tệ",
        "usd",
        "đô",
        "euro",
        "yên",
        "bảng",
        "won",
        "rúp",
        "nhân dân tệ",
    ),
    "đô": ("thị", "vật", "đốc", "hộ", "thành", "con"),
    "pound": ("thịt", "hàng"),
    "pounds": ("thịt", "hàng"),
    "yên": ("tâm", "ổn", "bình", "lặng", "ả", "ấm", "vui", "giấc", "nghỉ", "vị", "ngựa", "xe", "lòng"),
    "tệ": ("nạn", "hại", "hơn", "nhất", "quan liêu"),
    "won": (),
}

# After an amount in words only, these make "đồng" the noun "currency": "hai đồng tiền" (two
# currencies). After digits they are the money's purpose: "500 nghìn đồng tiền phạt".
WORDS_ONLY_BLOCKERS: tuple[str, ...] = ("tiền", "tiền tệ")

# A lone "năm" (five / year) or "một" (one / a) after these words is the year or the article:
# "trong năm đô la Mỹ tăng giá" is "during the year the dollar rose", not 5 USD.
AMBIGUOUS_WORD_NUMBERS: tuple[str, ...] = ("năm", "một")
YEAR_CONTEXT_BEFORE: tuple[str, ...] = (
    "trong",
    "cả",
    "mỗi",
    "hàng",
    "cuối",
    "đầu",
    "giữa",
    "của",
    "qua",
    "các",
    "những",
    "nhiều",
    "sau",
    "trước",
)

# Lower-case currency names that, written with a capital mid-sentence, are place names:
# "Đồng Nai", "Đồng Tháp", "Yên Bái", "Yên Lạc".
# ("Euro" is left out: after an amount, "20 Euro" is money; the football cup comes before its year.)
COMMON_WORD_CURRENCIES: tuple[str, ...] = ("đồng", "đô", "yên", "tệ", "won", "kíp", "riel")

# Qualifiers: the word(s) directly before the amount (contract v1). The longest phrase that
# ends right before the amount wins, so a negation is read with its word: "không hơn" is le,
# "ít hơn" lt, "không ít hơn" ge (never the bare "hơn" inside them).
QUALIFIERS: dict[str, str] = {
    "hơn": "gt",
    "trên": "gt",
    "vượt": "gt",
    "vượt quá": "gt",
    "vượt trên": "gt",
    "ngoài": "gt",
    "nhiều hơn": "gt",
    "cao hơn": "gt",
    "lớn hơn": "gt",
    "dưới": "lt",
    "gần": "lt",
    "ngót": "lt",
    "chưa đến": "lt",
    "chưa tới": "lt",
    "chưa đầy": "lt",
    "không tới": "lt",
    "không đến": "lt",
    "không đầy": "lt",
    "ít hơn": "lt",
    "kém hơn": "lt",
    "thấp hơn": "lt",
    "nhỏ hơn": "lt",
    "bé hơn": "lt",
    "khoảng": "approx",
    "khoảng chừng": "approx",
    "chừng khoảng": "approx",
    "tầm khoảng": "approx",
    "vào khoảng": "approx",
    "chừng": "approx",
    "xấp xỉ": "approx",
    "ước": "approx",
    "ước tính": "approx",
    "ước khoảng": "approx",
    "ước chừng": "approx",
    "trên dưới": "approx",
    "độ": "approx",
    "tầm": "approx",
    "cỡ": "approx",
    "ít nhất": "ge",
    "tối thiểu": "ge",
    "không dưới": "ge",
    "không ít hơn": "ge",
    "không thấp hơn": "ge",
    "không kém hơn": "ge",
    "tối đa": "le",
    "không quá": "le",
    "không vượt quá": "le",
    "không hơn": "le",
    "không cao hơn": "le",
    "không nhiều hơn": "le",
    "không lớn hơn": "le",
    "nhiều nhất": "le",
}

# Comparatives that state a difference, not a bound, when "so với" follows the amount:
# "giá cao hơn 500 đồng/lít so với tuần trước" is 500 đồng more (qualifier null).
COMPARATIVES: tuple[str, ...] = (
    "nhiều hơn",
    "cao hơn",
    "lớn hơn",
    "ít hơn",
    "kém hơn",
    "thấp hơn",
    "nhỏ hơn",
    "bé hơn",
)
COMPARISON_BASE: tuple[str, ...] = ("so với", "so cùng kỳ", "so với cùng kỳ")

# Words that open a range ("từ 3 đến 5 tỷ", "giữa 1.000 và 2.000 đồng"); they stay outside the
# span, and a qualifier right before them qualifies the range ("khoảng từ 3 đến 5 tỷ đồng").
RANGE_OPENERS: tuple[str, ...] = ("từ", "giữa")
# "và" joins the ends of a range only after "giữa": "giữa 1.000 và 2.000 đồng".
BETWEEN_OPENER = "giữa"
BETWEEN_CONNECTOR = "và"

# Currencies whose amounts are never fractions of the unit in practice: "3,500 đồng" without
# a scale word is 3500 (English grouping), while "3,5 tỷ đồng" keeps its decimal comma.
WHOLE_UNIT_CURRENCIES: tuple[str, ...] = ("VND", "JPY", "KRW", "LAK", "KHR", "IDR")

# Minor units: "2 đô la và 23 xen" = 2.23 USD, "2 đô 23 xu". Only after a currency that has
# cents (not VND, JPY, KRW …); a lone "mười xu" names no currency and is not a fact.
CENT_WORDS: tuple[str, ...] = ("xen", "xu", "cent", "cents", "cắc", "penny", "pence")
NO_CENTS: tuple[str, ...] = ("VND", "JPY", "KRW", "LAK", "KHR", "IDR")

# A bare amount with a scale word but no currency ("kinh phí 140 tỷ.") is money only after
# one of these cues in the same sentence, shortly before it.
MONEY_CUES: tuple[str, ...] = (
    "kinh phí",
    "vốn",
    "doanh thu",
    "doanh số",
    "ngân sách",
    "đầu tư",
    "trị giá",
    "giá trị",
    "lợi nhuận",
    "lãi",
    "lỗ",
    "chi phí",
    "chi",
    "tiền",
    "nộp",
    "thu nhập",
    "thu ngân sách",
    "giải ngân",
    "vay",
    "nợ",
    "tài trợ",
    "hỗ trợ",
    "giá",
    "thuế",
    "phí",
    "quỹ",
    "tài sản",
    "bồi thường",
    "phạt",
    "lương",
    "thưởng",
    "tổng mức",
    "ủng hộ",
    "quyên góp",
    "bán",
)

# ...and only when nothing that could be its unit noun follows ("2 tỷ người", "5 triệu tấn" are
# counts): the amount ends the clause or one of these words comes next.
BARE_FOLLOWERS: tuple[str, ...] = (
    "và",
    "hoặc",
    "so",
    "tăng",
    "giảm",
    "đạt",
    "chiếm",
    "là",
    "thì",
    "nhưng",
    "trong",
    "để",
    "nhằm",
    "cho",
    "với",
    "từ",
    "đến",
    "tới",
    "trở lên",
    "trở xuống",
    "được",
    "đã",
    "sẽ",
    "bằng",
    "tương đương",
    "cao",
    "thấp",
    "vượt",
    "gồm",
    "bao gồm",
    "theo",
    "mỗi",
    "còn",
    "nên",
    "vì",
)
