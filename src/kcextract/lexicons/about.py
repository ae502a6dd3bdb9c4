"""Word lists for linking a figure to what it is about (metric, province, period, base).

All entries are lower case and matched case-insensitively on whole syllables.
"""

from __future__ import annotations

# Words that open the name of an indicator. A metric is the noun phrase that starts at the first
# of these (so `ngành Công Thương phấn đấu giá trị sản xuất …` gives `giá trị sản xuất …`).
METRIC_HEADS: tuple[str, ...] = (
    "tổng giá trị", "giá trị", "tổng kim ngạch", "kim ngạch", "chỉ số", "tổng mức", "mức bán lẻ",
    "tổng doanh thu", "doanh thu", "doanh số", "lợi nhuận", "tổng kinh phí", "kinh phí", "nguồn kinh phí",
    "tổng nguồn vốn", "nguồn vốn", "tổng vốn", "vốn", "ngân sách", "thu ngân sách", "tổng thu", "thu nội địa",
    "nộp ngân sách", "tổng chi", "chi phí", "tổng chi phí", "số tiền", "tổng số tiền", "thu nhập",
    "tiền lương", "mức lương", "tăng trưởng", "tốc độ tăng trưởng", "tốc độ tăng", "grdp", "gdp", "iip",
    "cpi", "fdi", "oda", "sản lượng", "tổng sản lượng", "xuất khẩu", "nhập khẩu", "xuất nhập khẩu",
    "xuất, nhập khẩu", "xuất siêu", "nhập siêu", "cán cân thương mại", "tổng mức đầu tư", "đầu tư",
    "giải ngân", "dư nợ", "sức mua", "tỷ trọng", "tỷ lệ", "năng suất", "công suất", "quy mô",
    "lượng tiêu thụ", "tiêu thụ", "tồn kho", "bán lẻ", "lưu chuyển", "công nghiệp chế biến",
    "công nghiệp khai khoáng", "khai khoáng", "sản xuất và phân phối điện", "cung cấp nước", "ngành",
    "mức hỗ trợ", "kinh phí hỗ trợ", "vốn đầu tư", "vốn fdi", "doanh nghiệp mới", "lượng khách",
    "lượt khách", "tổng lượt khách", "tiền điện", "điện thương phẩm",
    # prices, rates and shares
    "giá", "giá bán", "giá bán lẻ", "mức giá", "lãi suất", "thị phần", "khối lượng", "tổng cầu",
    "tiền thuế", "số thu", "tổng số vốn", "số vốn", "vốn điều lệ", "tổng sản phẩm",
)

# Words after which a metric phrase starts afresh (the subject, a purpose, a preposition).
METRIC_LEFT_CUTS: tuple[str, ...] = (
    "phấn đấu", "với", "khi", "trong đó", "trong số đó", "cho biết", "nhằm", "để", "thì", "mà", "là",
    "có", "gồm", "bao gồm", "như", "nên", "trong khi", "riêng", "tuy nhiên", "đồng thời", "theo đó",
    "cụ thể", "ngoài ra", "bên cạnh đó", "đặc biệt", "đưa", "giúp", "nâng", "dự kiến", "ước tính",
    "tính chung", "lũy kế", "luỹ kế", "về",
)

# Words where a metric phrase ends: places, times, agents, passives, estimates, verbs.
METRIC_STOPS: tuple[str, ...] = (
    "của", "trên địa bàn", "trên toàn", "tại", "ở", "được", "bị", "do", "dự kiến", "ước", "ước tính",
    "ước đạt", "đạt", "là", "chiếm", "cả nước", "toàn quốc", "toàn tỉnh", "toàn thành phố", "toàn ngành",
    "so với", "so cùng kỳ", "cùng kỳ", "các tỉnh", "một số tỉnh", "nhiều tỉnh", "tỉnh", "thành phố",
    "một số địa phương", "các địa phương", "trong năm", "trong tháng", "trong quý", "trong giai đoạn",
    "trong kỳ", "năm", "tháng", "quý", "giai đoạn", "lần lượt", "đều", "cùng", "vẫn", "sẽ", "tăng",
    "giảm", "gồm", "bao gồm", "như", "vượt", "bằng", "đến", "vào", "sang", "cho", "từ", "bố trí",
    "phân bổ", "phê duyệt", "đề ra", "lên", "xuống", "dao động", "tiếp tục", "cũng", "còn", "cả năm",
)
# Phrases that hold a stop word but are part of a metric (`giá trị tăng thêm`).
METRIC_KEEPS: tuple[str, ...] = (
    "tăng thêm", "gia tăng", "tăng trưởng", "tăng thu", "giảm nghèo", "toàn ngành công nghiệp",
)

# The verbs, modals and qualifiers between a metric and its figure (`… ước đạt trên 52.711 tỷ`).
VERB_CHAIN: tuple[str, ...] = (
    "đạt", "ước đạt", "dự kiến đạt", "ước", "ước tính", "dự kiến", "tăng", "giảm", "sụt giảm",
    "cắt giảm", "tăng trưởng", "tăng thêm", "cao hơn", "thấp hơn", "là", "ở mức", "mức", "bằng",
    "chiếm", "lên", "tới", "đến", "xuống", "còn", "bị", "được", "đã", "sẽ", "vẫn", "cũng", "đều",
    "chỉ", "lần lượt", "tiếp tục", "từ", "vượt", "hơn", "trên", "dưới", "gần", "xấp xỉ", "chừng",
    "khoảng", "ít nhất", "tối thiểu", "tối đa", "không quá", "chưa đến", "có", "với", "mạnh", "nhẹ",
    "đột biến", "khá", "bình quân", "trung bình", "thêm", "cùng", "dao động", "dao động ở mức",
    "dao động trong khoảng", "xuống còn", "lên mức", "nhẹ", "sâu", "ở",
)

# Words that open a figure's clause and say nothing about it.
LEADING_FILLERS: tuple[str, ...] = (
    "và", "còn", "cũng", "trong đó", "riêng", "cụ thể", "theo đó", "đặc biệt", "bên cạnh đó", "ngoài ra",
    "tính chung", "lũy kế", "luỹ kế", "nhưng", "song", "tuy nhiên", "đồng thời", "trong khi", "với",
    "về", "đối với", "đơn cử", "như",
)

# Multi-word names that hold a comma; the comma does not end a clause there.
COMMA_COMPOUNDS: tuple[str, ...] = (
    "chế biến, chế tạo", "xuất, nhập khẩu", "điện, nước", "sản xuất, kinh doanh", "công nghiệp, thương mại",
    "lưu trú, ăn uống", "dệt, may", "dệt may, da giày", "da, giày", "điện, điện tử", "điện thoại, linh kiện",
    "máy vi tính, sản phẩm điện tử", "máy móc, thiết bị", "nông, lâm, thủy sản", "nông, lâm, thuỷ sản",
    "nông, lâm nghiệp", "điện, khí đốt",
)
# Verbs whose object, when it names an indicator, is what the figure after it measures.
OBJECT_VERBS: tuple[str, ...] = (
    "đạt", "đạt được", "có", "ghi nhận", "thu hút", "thu về", "mang về", "mang lại", "đem lại",
)
# Predicates after which the bare subject of a clause names the figure (`gạo đạt 590 triệu USD`).
SUBJECT_PREDICATES: tuple[str, ...] = (
    "đạt", "ước đạt", "tăng", "giảm", "sụt giảm", "tăng trưởng", "ước tăng", "ước giảm", "lên", "xuống",
    "dao động", "xuống còn", "lên mức",
)

# Openers of a sub-clause that details its parent (`…tăng 4,82%, trong đó … tăng 6,37%`).
SUBCLAUSE_CUES: tuple[str, ...] = ("trong đó", "trong số đó", "riêng", "bao gồm", "gồm", "cụ thể")

# National scope: a figure next to these belongs to no province.
NATIONAL_STRONG: tuple[str, ...] = (
    "cả nước", "toàn quốc", "trên cả nước", "việt nam", "nước ta", "tổng cục thống kê",
    "tổng cục hải quan", "cục công thương địa phương", "cục ctđp", "chính phủ", "thủ tướng",
    "trung ương", "toàn ngành công thương",
)
# Weaker signs of a national figure: they count only where the sentence names no province.
NATIONAL_WEAK: tuple[str, ...] = (
    "quốc gia", "kcqg", "bộ công thương", "bộ tài chính", "bộ kế hoạch và đầu tư",
)
# (A capitalised `Bộ X` / `Cục X` counts as well: see about._CAP_AGENCY.)

# `tỉnh` / `thành phố` used on their own refer back to the province of the paragraph.
ANAPHOR_WORDS: tuple[str, ...] = ("tỉnh", "thành phố", "địa phương này")
# ... but not in these uses (several provinces, a level of government, another province).
ANAPHOR_NOT_AFTER: tuple[str, ...] = (
    "các", "những", "nhiều", "một số", "mỗi", "từng", "cấp", "liên", "ngoại", "cả", "tỉnh", "giữa",
    "hai", "ba", "bốn", "năm", "khu vực",
)
ANAPHOR_NOT_BEFORE: tuple[str, ...] = ("bạn", "thành", "lân cận", "khác", "và")

# Relative time phrases: (phrase, unit, offset from the document's date).
RELATIVE_TIMES: tuple[tuple[str, str, int], ...] = (
    ("năm nay", "year", 0),
    ("năm vừa qua", "year", -1),
    ("năm qua", "year", -1),
    ("năm ngoái", "year", -1),
    ("năm trước", "year", -1),
    ("năm rồi", "year", -1),
    ("tháng này", "month", 0),
    ("tháng nay", "month", 0),
    ("tháng vừa qua", "month", -1),
    ("tháng qua", "month", -1),
    ("tháng trước", "month", -1),
)
# Words before a relative phrase that make it something else (a duration, a count, a base).
RELATIVE_NOT_AFTER: tuple[str, ...] = (
    "những", "nhiều", "các", "mấy", "hàng", "mọi", "cùng kỳ", "so với", "so", "từ", "kể từ",
)

# Bases of a change (after `so với`): relative ones, as (phrase, unit, step back).
RELATIVE_BASES: tuple[tuple[str, str, int], ...] = (
    ("cùng kỳ năm trước", "year", 1),
    ("cùng kỳ năm ngoái", "year", 1),
    ("cùng kỳ năm qua", "year", 1),
    ("cùng kỳ năm rồi", "year", 1),
    ("cùng kỳ", "year", 1),
    ("cùng thời điểm", "year", 1),
    ("cùng thời kỳ", "year", 1),
    ("cùng thời điểm năm trước", "year", 1),
    ("năm trước", "year", 1),
    ("năm ngoái", "year", 1),
    ("năm qua", "year", 1),
    ("năm rồi", "year", 1),
    ("tháng trước", "month", 1),
    ("tháng liền trước", "month", 1),
    ("quý trước", "quarter", 1),
    ("quý liền trước", "quarter", 1),
)
# Same-period bases: followed by a year they move the period into it (`cùng kỳ năm 2021`).
SAME_PERIOD_BASES: tuple[str, ...] = ("cùng kỳ", "cùng thời điểm", "cùng thời kỳ")
# Words after which a date is the base of a comparison, not a period (`so với năm 2020`, `gấp`).
BASE_WORDS: tuple[str, ...] = ("so với", "so", "bằng", "gấp")
# Words between `so với` and a date phrase that do not change the base (`so với cuối năm 2020`).
BASE_FILLERS: tuple[str, ...] = ("cùng kỳ", "mức", "thời điểm", "cuối", "đầu", "hết", "kết quả")

# `từ năm 2024`, `kể từ ngày …`: a start point, not a period.
START_CUES: tuple[str, ...] = ("từ", "kể từ", "bắt đầu từ", "tính từ", "sau")
# A day is a period only as the end of a running total (`tính đến hết ngày 31/12/2019`).
RUNNING_TOTAL_CUES: tuple[str, ...] = (
    "tính đến", "tính tới", "đến hết", "tới hết", "đến", "tới", "lũy kế đến", "luỹ kế đến",
    "tại thời điểm", "đến thời điểm", "trong ngày", "riêng ngày", "tính đến hết", "tính tới hết",
)

# Words before a percent that make it a change (a so-với head applies to these).
CHANGE_WORDS: tuple[str, ...] = (
    "tăng", "giảm", "tăng trưởng", "sụt giảm", "cắt giảm", "cao hơn", "thấp hơn", "tăng thêm", "bằng",
)

# `so với kế hoạch / dự toán …`: the base of a ratio is a plan, not a time (compared_to stays null).
PLAN_BASES: tuple[str, ...] = (
    "kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "nghị quyết", "cam kết", "định mức",
)

# `Hà Nội, Hải Phòng và Quảng Ninh lần lượt tăng 5%, 6% và 7%`: figures map to the items in order.
RESPECTIVELY: tuple[str, ...] = ("lần lượt", "tương ứng", "theo thứ tự")

# Words in a detail clause that name a place, not an indicator (`khu vực tỉnh Vĩnh Phúc (cũ) tăng …`).
PLACE_FILLERS: tuple[str, ...] = ("khu vực", "địa bàn", "địa phương", "riêng", "tại", "ở")

# A count of months up to now (`9 tháng qua`, `10 tháng năm nay`): Jan..N of the document's year.
MONTH_COUNT_TAILS: tuple[str, ...] = (
    "qua", "vừa qua", "năm nay", "đầu năm nay", "đầu năm", "của năm nay", "đầu năm này", "năm này",
)
MONTH_COUNT_WORDS: dict[str, int] = {
    "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "mười một": 11, "mười hai": 12,
}
# `Lũy kế 10 tháng`, `Tính chung 11 tháng` with no year: a month count up to the document's month.
MONTH_COUNT_CUES: tuple[str, ...] = (
    "lũy kế", "luỹ kế", "tính chung", "tính lũy kế", "tính luỹ kế", "cộng dồn", "bình quân", "trong",
    "sau",
)
# `đến nay`: a running total up to an unnamed now; the paragraph's frame does not reach past it.
NOW_PHRASES: tuple[str, ...] = (
    "đến nay", "tới nay", "hiện nay", "hiện tại", "đến thời điểm này", "tới thời điểm này",
    "đến thời điểm hiện tại", "từ trước đến nay",
)
# Openers that make a sentence a detail of the one before (`Trong đó, doanh thu bán lẻ …`).
DETAIL_OPENERS: tuple[str, ...] = ("trong đó", "trong số đó", "cụ thể", "bao gồm")
# Subjects that are agents, not indicators: `Công ty đạt 5 tỷ đồng` names no metric.
SUBJECT_AGENTS: tuple[str, ...] = (
    "công ty", "tổng công ty", "tập đoàn", "doanh nghiệp", "hợp tác xã", "htx", "trung tâm", "đơn vị",
    "cơ sở", "sở", "ban", "ubnd", "hđnd", "nhà máy", "dự án", "chương trình", "đề án", "hội chợ",
    "hiệp hội", "người", "hộ", "ông", "bà", "anh", "chị", "chúng tôi", "họ", "nhiều", "các", "những",
    "một số", "mỗi", "địa phương", "huyện", "xã", "thị xã", "quận", "phường", "ngân hàng", "cửa hàng",
    "siêu thị", "chợ", "khu công nghiệp", "cụm công nghiệp", "nước", "quốc gia", "thị trường",
)
