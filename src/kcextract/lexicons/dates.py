"""Word lists for date mentions in Vietnamese news.

All entries are lower case; the rules match them case-insensitively. Multi-word entries
use single spaces (the rules allow any run of whitespace between the words).
"""

from __future__ import annotations

# Head nouns kept inside the span: "ngày 17/9/2022", "Năm 2021", "tháng 9/2022", "quý I/2024".
# "mồng"/"mùng" mark the first ten days of a month ("mồng 3 tháng 2", "ngày mùng 1/5").
DAY_HEADS = ("ngày mồng", "ngày mùng", "ngày", "mồng", "mùng")
MONTH_HEAD = "tháng"
YEAR_HEAD = "năm"
QUARTER_HEAD = "quý"

# Head nouns of a multi-year period: "giai đoạn 2021-2025" is the range 2021/2025, head included.
RANGE_HEADS = (
    "giai đoạn",
    "nhiệm kỳ",
    "thời kỳ",
    "niên vụ",
    "mùa vụ",
    "mùa giải",
    "niên khóa",
    "niên khoá",
    "năm học",
    "năm tài chính",
    "chu kỳ",
)

# Quarter numbers as written after "quý".
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# ... and in words ("quý ba", "quý một").
QUARTER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4}
# A quarter in words must be followed by the end, punctuation or one of these ("quý ba năm 2024",
# "quý hai vừa qua", "trong quý một, …"): "quý" is also "precious" ("đá quý hai loại").
QUARTER_WORD_FOLLOWERS = ("năm", "này", "nay", "vừa", "tới", "sau", "của", "và", "hoặc", "đầu", "cuối")

# Month names in words ("tháng ba", "tháng Mười Hai"). "tháng Giêng" and "tháng Chạp" are lunar
# months and are left out, as is any date followed by LUNAR_MARKERS ("mùng 10/3 âm lịch"): a
# lunar date has no ISO value. "tháng năm" (May) is only taken capitalised ("tháng Năm"): in
# lower case it is mostly "tháng, năm" or "các tháng năm nay".
MONTH_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
LUNAR_MARKERS = ("âm lịch", "âl", "al")
# Words after a month word that make it part of another word or a count: "tháng tư vấn" is no
# April ("hàng tháng tư vấn cho…"), "tháng hai lần" is a frequency.
MONTH_WORD_STOPS = (
    "vấn",
    "nhân",
    "liệu",
    "duy",
    "cách",
    "số",
    "phần",
    "bên",
    "lần",
    "đợt",
    "kỳ",
    "buổi",
    "người",
    "tuần",
    "ngày",
    "tháng",
    "giờ",
    "tiếng",
    "triệu",
    "nghìn",
    "ngàn",
    "tỷ",
    "tỉ",
    "trăm",
    "mươi",
    "lăm",
    "chục",
)
# Words right before "tháng" that make the month word a count or a name: "mỗi tháng hai lần",
# "vài tháng", "Cách mạng tháng Tám" (an event's name, like the years in event names).
MONTH_WORD_BLOCKERS = (
    "mỗi",
    "hàng",
    "hằng",
    "một",
    "vài",
    "mấy",
    "nhiều",
    "các",
    "những",
    "từng",
    "bao nhiêu",
)
# A month inside an event's name is not a date: "Cách mạng tháng Tám", "Cách mạng tháng 8".
MONTH_NAME_WORDS = ("cách mạng",)

# "ngày đầu tiên của tháng 3" / "ngày cuối cùng của tháng 2/2024": the first or last day.
FIRST_DAY_WORDS = ("đầu tiên",)
LAST_DAY_WORDS = ("cuối cùng",)

# A yearless date followed by "năm ngoái" / "năm trước" belongs to another year than the
# document's: it is left out rather than given the wrong year. "năm nay" is the document's year.
OTHER_YEAR_WORDS = ("ngoái", "trước", "sau", "tới", "kia", "qua", "kế tiếp", "tiếp theo")
THIS_YEAR_WORDS = ("nay",)

# Heads of a single fiscal or crop year: "năm tài chính 2024" is the year 2024, head included.
YEAR_HEADS = ("năm tài chính", "năm tài khóa", "năm tài khoá", "tài khóa", "tài khoá", "niên độ")

# "9 tháng đầu năm 2022" counts from January, "6 tháng cuối năm 2022" counts back from December.
COUNT_FROM_START = ("đầu",)
COUNT_FROM_END = ("cuối",)
# "nửa đầu năm 2022" / "nửa cuối năm 2022": the halves of a year, as month intervals.
HALVES = {"đầu": (1, 6), "cuối": (7, 12)}
HALF_WORD = "nửa"

# Days of the week, as written in datelines and before a date ("Thứ Hai, 17/6/2024").
WEEKDAYS: tuple[str, ...] = (
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "chủ nhật",
    "thứ 2",
    "thứ 3",
    "thứ 4",
    "thứ 5",
    "thứ 6",
    "thứ 7",
    "cn",
)

# Words that, directly before a yearless "27/12", say it is a day: times of day, relative days,
# weekdays. They are not part of the span ("Sáng 27/12" -> "27/12").
DAY_CONTEXT = (
    "sáng",
    "trưa",
    "chiều",
    "tối",
    "đêm",
    "khuya",
    "rạng sáng",
    "mai",
    "nay",
    "dịp",
    "lễ",
    "hôm qua",
    "sáng qua",
    "trưa qua",
    "chiều qua",
    "tối qua",
    "đêm qua",
    "hôm",
    "lúc",
    *WEEKDAYS,
)

# Prepositions of time before a yearless "15/9". Weaker evidence: "giảm tới 1/3 diện tích" is a
# fraction, so a small fraction after them is only a day when no word follows it.
DAY_PREPOSITIONS = ("từ", "kể từ", "đến", "tới", "vào", "trước", "sau", "hết", "đến hết", "tính đến", "hạn")

# Words that, directly before a bare year ("tầm nhìn 2050", "đến 2030") or a bare month/year
# ("từ 9/2022"), say it is a date. A bare year anywhere else ("VIMEXPO 2024", "Việt Nam 2024")
# is a name, not a date.
YEAR_CONTEXT = (
    "tầm nhìn",
    "đến",
    "tới",
    "từ",
    "kể từ",
    "vào",
    "trước",
    "sau",
    "trong",
    "hết",
    "đến hết",
    "cuối",
    "đầu",
    "giữa",
    "tính đến",
    "mùa",
    "niên vụ",
)

# A bare number after a context word is a count, not a year, when one of these follows it
# ("từ 2000 đến 3000 người", "tới 2050 tấn").
COUNT_NOUNS = (
    "người",
    "lao động",
    "tấn",
    "ha",
    "hecta",
    "héc-ta",
    "km",
    "m",
    "m2",
    "m3",
    "kg",
    "lít",
    "con",
    "cái",
    "chiếc",
    "sản phẩm",
    "doanh nghiệp",
    "hộ",
    "cơ sở",
    "đồng",
    "usd",
    "đô",
    "tỷ",
    "tỉ",
    "triệu",
    "nghìn",
    "ngàn",
    "trăm",
    "lượt",
    "lần",
    "điểm",
    "mw",
    "kwh",
    "đơn vị",
    "năm",
    "tháng",
    "ngày",
    "giờ",
    "phút",
    "tiếng",
)

# Time units among COUNT_NOUNS: "tháng 9 năm nay" is still a month, so these do not block one.
TIME_UNITS = ("năm", "tháng", "ngày")

# "mỗi ngày 2-3 lần", "hằng ngày 5-6 giờ": a rate, not a day.
PER_WORDS = ("mỗi", "hàng", "hằng", "một", "cả", "trung bình")

# Words joining two dates of a list: "tháng 9 và tháng 10/2022" (the first takes the second's year).
LIST_JOINERS = ("và", "hoặc", ",", "&")

# Before a yearless "30/4" that follows another day: "dịp 30/4 - 1/5", "ngày 15/9 và 16/9".
DAY_JOINERS = ("-", "–", "và", ",", "đến", "tới")

# "tháng 2 lần" / "3 tháng 1 kỳ" are frequencies, not months.
FREQUENCY_NOUNS = ("lần", "kỳ", "đợt", "buổi", "tuần")

# Words before a "12/2024" that make it a document number, not a month.
DOC_NUMBER_WORDS = (
    "số",
    "nghị định",
    "quyết định",
    "thông tư",
    "chỉ thị",
    "nghị quyết",
    "công văn",
    "kế hoạch",
    "luật",
    "văn bản",
    "thông báo",
    "tờ trình",
    "báo cáo",
    "chương trình",
    "công điện",
    "tỷ lệ",
    "tỉ lệ",
)

# Keys of a scraper's metadata header (" date 2022-01"): the ISO date after them is a date
# fact and the document's own date.
METADATA_KEYS = ("date", "published", "pubdate", "updated", "ngày đăng", "ngày cập nhật", "cập nhật")

# Words a time-stamp or dateline line may hold besides the date and the time of day
# ("Thứ Hai, 17/09/2022 17:15 (GMT+7)", "Cập nhật: 17/09/2022", "17:15' - 17/09/2022").
STAMP_WORDS = (
    "thứ",
    "hai",
    "ba",
    "tư",
    "năm",
    "sáu",
    "bảy",
    "chủ",
    "nhật",
    "cn",
    "ngày",
    "tháng",
    "cập",
    "nhật",
    "đăng",
    "lúc",
    "giờ",
    "gmt",
    "ict",
    "am",
    "pm",
    "sa",
    "ch",
    "date",
    "published",
    "updated",
)
