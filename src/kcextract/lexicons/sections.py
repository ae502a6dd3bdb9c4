"""Words that mark what a scraper dragged in around a Vietnamese news article.

All entries are lower case and written with the modern tone placement ("khóa", "hòa");
`sections.py` adds the old placement ("khoá", "hoà") and matches case-insensitively.
Phrases are matched against whole lines (or line starts), never inside a paragraph.
"""

from __future__ import annotations

from .dates import WEEKDAYS as DATE_WEEKDAYS

# Headings of teaser lists. Once one of these stands alone on a line after the article has
# begun, what follows is a list of other articles.
TEASER_HEADINGS: tuple[str, ...] = (
    # related
    "tin liên quan",
    "các tin liên quan",
    "tin tức liên quan",
    "tin bài liên quan",
    "bài liên quan",
    "bài viết liên quan",
    "các bài liên quan",
    "các bài viết liên quan",
    "nội dung liên quan",
    "tin cùng chủ đề",
    "bài cùng chủ đề",
    "bài viết cùng chủ đề",
    "cùng chủ đề",
    "tin cùng chuyên mục",
    "bài cùng chuyên mục",
    "bài viết cùng chuyên mục",
    "cùng chuyên mục",
    "tin cùng loại",
    "tin cùng sự kiện",
    "cùng sự kiện",
    # newest / older / other
    "tin mới nhất",
    "tin mới",
    "mới nhất",
    "tin mới hơn",
    "tin cũ hơn",
    "tin đã đưa",
    "các tin đã đưa",
    "các tin đã đăng",
    "tin khác",
    "các tin khác",
    "tin tức khác",
    "bài khác",
    "các bài khác",
    "bài viết khác",
    "các bài viết khác",
    "tin trong ngày",
    # popular / suggested
    "có thể bạn quan tâm",
    "bạn có thể quan tâm",
    "có thể bạn muốn xem",
    "có thể bạn muốn đọc",
    "bạn nên đọc",
    "đừng bỏ lỡ",
    "tin nổi bật",
    "bài nổi bật",
    "tin tiêu điểm",
    "tin nóng",
    "tin hot",
    "đọc nhiều",
    "đọc nhiều nhất",
    "tin đọc nhiều",
    "tin đọc nhiều nhất",
    "bài đọc nhiều",
    "xem nhiều",
    "xem nhiều nhất",
    "tin xem nhiều",
    "được quan tâm",
    "được quan tâm nhiều",
    "quan tâm nhiều",
    # "more" links
    "xem thêm",
    "đọc thêm",
    "xem tiếp",
    "xem tất cả",
    "tải thêm",
)

# Headings that can also open a one-line link inside an article ("Xem thêm: <headline>"):
# with a headline after the colon the line is boilerplate, but the article goes on.
MORE_LINK_HEADINGS: tuple[str, ...] = (
    "xem thêm",
    "đọc thêm",
    "xem tiếp",
    "mời xem",
    "mời đọc",
    "mời xem thêm",
    "mời quý độc giả xem",
    "mời độc giả xem",
    "xem chi tiết",
    "xem video",
    "link bài",
    "đọc tiếp",
    "đọc bài gốc",
    "xem bài gốc",
)

# Attached files under an article ("Tải về: Quyết định 1540/QĐ-BCT.pdf", "Tệp đính kèm"):
# boilerplate lines that do not end the article.
ATTACHMENT_KEYS: tuple[str, ...] = (
    "tải về",
    "tải xuống",
    "tải file",
    "tệp đính kèm",
    "file đính kèm",
    "tài liệu đính kèm",
    "văn bản đính kèm",
    "đính kèm",
    "download",
)
ATTACHMENT_EXTENSIONS: tuple[str, ...] = ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar")

# Comment sections: after the article they end it; near the title they are only a counter.
COMMENT_HEADINGS: tuple[str, ...] = (
    "bình luận",
    "gửi bình luận",
    "viết bình luận",
    "các bình luận",
    "ý kiến bạn đọc",
    "gửi ý kiến",
    "ý kiến của bạn",
)
# Words that are a comment section only with their counter: "Ý kiến (0)", "Phản hồi (3)".
COMMENT_COUNTED: tuple[str, ...] = (
    "ý kiến",
    "phản hồi",
    "thảo luận",
    "góp ý",
)

# Rating widgets: the question, and the answer labels shown with stars.
RATING_PROMPTS: tuple[str, ...] = (
    "bạn thấy bài viết này thế nào",
    "bạn thấy bài viết thế nào",
    "bạn thấy bài viết này như thế nào",
    "bạn đánh giá bài viết này thế nào",
    "bạn thấy nội dung này thế nào",
    "đánh giá bài viết",
    "bài viết có hữu ích không",
    "bài viết này có hữu ích",
    "bài viết có hữu ích với bạn không",
)
RATING_LABELS: tuple[str, ...] = (
    "rất kém",
    "kém",
    "tệ",
    "bình thường",
    "hứa hẹn",
    "khá",
    "tốt",
    "rất tốt",
    "hay",
    "rất hay",
    "tuyệt vời",
    "hữu ích",
    "không hữu ích",
)

# Tag lists: "Từ khóa:", "Tags:", then the tags on the same line or as short items below.
TAG_KEYS: tuple[str, ...] = (
    "từ khóa",
    "tags",
    "tag",
    "thẻ",
    "keywords",
)

# Footers that close the page: after the article, nothing that follows is article text.
# Matched at the start of a short line.
FOOTER_STARTS: tuple[str, ...] = (
    "phiên bản di động",
    "giao diện di động",
    "xem phiên bản di động",
    "xem bản di động",
    "bản di động",
    "phiên bản máy tính",
    "cơ quan chủ quản",
    "chịu trách nhiệm nội dung",
    "chịu trách nhiệm xuất bản",
    "liên hệ quảng cáo",
    "liên hệ tòa soạn",
    "ghi rõ nguồn",
    "không được sao chép",
    "về đầu trang",
    "lên đầu trang",
    "trở lại đầu trang",
    "back to top",
    "all rights reserved",
    "thiết kế bởi",
    "thiết kế và phát triển bởi",
    "phát triển bởi",
    "thiết kế website",
    "design by",
    "designed by",
    "powered by",
)
# Footer keys that only count with a colon after them ("Trưởng Ban biên tập: …"): without
# one, a sentence of the article may begin the same way.
FOOTER_KEYS: tuple[str, ...] = (
    "chịu trách nhiệm chính",
    "trưởng ban biên tập",
    "phó trưởng ban biên tập",
    "cơ quan thường trực",
    "cơ quan chủ quản",
    "giấy phép xuất bản",
    "giấy phép hoạt động",
)
# The same, found anywhere in a short line (scrapers glue link texts: "Mobile VerionPhiên bản di động").
FOOTER_ANYWHERE: tuple[str, ...] = (
    "phiên bản di động",
    "giao diện di động",
    "all rights reserved",
    "khi phát hành lại thông tin",
    "phát hành lại thông tin từ",
    "thông tin từ website này",
    "thông tin từ trang web này",
    "mobile version",
    "mobile verion",
    "desktop version",
)

# Press licences in a footer: "Giấy phép số 123/GP-BTTTT" (issuers after "GP-"), or
# "Giấy phép … do Sở Thông tin và Truyền thông cấp". A trade licence ("GP-BCT") is article text.
LICENCE_ISSUERS: tuple[str, ...] = (
    "btttt",
    "bttt",
    "bvhtt",
    "bvhttt",
    "ttđt",
    "ttdt",
    "stttt",
    "sttt",
    "cbc",
    "bc",
    "ttđtvn",
)
LICENCE_WORDS: tuple[str, ...] = (
    "thông tin và truyền thông",
    "thông tin - truyền thông",
    "cục báo chí",
    "báo chí",
    "trang thông tin điện tử",
    "cổng thông tin điện tử",
    "thiết lập trang",
)

# Contact lines of the masthead or footer: boilerplate lines, but they do not end the article.
CONTACT_KEYS: tuple[str, ...] = (
    "hotline",
    "đường dây nóng",
    "email",
    "e-mail",
    "điện thoại",
    "đt",
    "tel",
    "fax",
    "tòa soạn",
    "trụ sở",
    "website",
)

# Counters of a page ("Lượt xem: 1.234"): boilerplate lines that do not end the article.
COUNTER_KEYS: tuple[str, ...] = (
    "lượt xem",
    "số lượt xem",
    "lượt đọc",
    "lượt truy cập",
    "lượt thích",
    "lượt chia sẻ",
    "lượt bình luận",
    "đã xem",
    "views",
    "view",
    "đang truy cập",
    "đang online",
    "tổng lượt truy cập",
    "lượt truy cập hôm nay",
    "tổng truy cập",
    "trực tuyến",
)

# Site names and mastheads at the top of a page ("Cổng thông tin điện tử tỉnh Bắc Ninh").
# Only read before the article starts: a title may begin the same way.
MASTHEAD_STARTS: tuple[str, ...] = (
    "cổng thông tin điện tử",
    "cổng thông tin",
    "cổng ttđt",
    "trang thông tin điện tử",
    "trang tin điện tử",
    "trang tin tức",
    "báo điện tử",
    "tạp chí điện tử",
    "cơ quan ngôn luận",
    "cơ quan của",
    "diễn đàn của",
)

# Share and print buttons: a line made only of these is boilerplate.
SHARE_WORDS: tuple[str, ...] = (
    "chia sẻ",
    "chia sẻ bài viết",
    "share",
    "facebook",
    "fb",
    "twitter",
    "zalo",
    "email",
    "gửi email",
    "gửi bài",
    "in",
    "in bài",
    "in bài viết",
    "print",
    "lưu",
    "lưu bài",
    "lưu bài viết",
    "copy link",
    "sao chép link",
    "sao chép liên kết",
    "thích",
    "like",
    "tweet",
    "linkedin",
    "pinterest",
    "telegram",
    "messenger",
    "bình luận",
    "theo dõi",
    "google news",
    "nghe",
    "nghe bài viết",
    "cỡ chữ",
    "a",
    "a-",
    "a+",
)

# Site navigation: lines that are only one of these.
MENU_LINES: tuple[str, ...] = (
    "trang chủ",
    "đăng nhập",
    "đăng ký",
    "đăng xuất",
    "tìm kiếm",
    "english",
    "tiếng việt",
    "rss",
    "menu",
    "danh mục",
    "chuyên mục",
    "quay lại",
    "trở về",
)
MENU_STARTS: tuple[str, ...] = ("trang chủ",)

# Widget headers at the top of a page (weather, markets).
WIDGET_HEADINGS: tuple[str, ...] = (
    "thời tiết",
    "dự báo thời tiết",
    "giá vàng",
    "giá vàng hôm nay",
    "giá vàng trong nước",
    "tỷ giá",
    "tỷ giá ngoại tệ",
    "tỷ giá hôm nay",
    "giá xăng dầu",
    "giá xăng",
    "giá nông sản",
    "giá cà phê",
    "chứng khoán",
    "thị trường",
    "mua vào",
    "bán ra",
    "mua vào bán ra",
    "mua bán",
    "loại vàng",
    "ngoại tệ",
    "đơn vị",
)

# Labels of price-table rows ("SJC 66.500 67.200", "USD 23.155 23.465", "Xăng RON 95 23.450").
PRICE_LABELS: tuple[str, ...] = (
    "usd",
    "eur",
    "jpy",
    "cny",
    "gbp",
    "aud",
    "cad",
    "chf",
    "sgd",
    "thb",
    "krw",
    "hkd",
    "twd",
    "rub",
    "sjc",
    "pnj",
    "doji",
    "btmc",
    "bảo tín minh châu",
    "phú quý",
    "vàng",
    "vàng miếng",
    "vàng nhẫn",
    "nhẫn",
    "9999",
    "24k",
    "18k",
    "xăng",
    "ron",
    "e5",
    "dầu",
    "do",
    "dầu hỏa",
    "dầu mazut",
    "cà phê",
    "hồ tiêu",
    "cao su",
    "vn-index",
    "vnindex",
    "hnx-index",
    "hnx",
    "upcom",
    "vn30",
    "mua",
    "bán",
)

# Words that may stand beside a time stamp on its own line: weekdays, also abbreviated ("T2").
WEEKDAYS: tuple[str, ...] = (*DATE_WEEKDAYS, "t2", "t3", "t4", "t5", "t6", "t7")
STAMP_LABELS: tuple[str, ...] = (
    "cập nhật lúc",
    "cập nhật ngày",
    "cập nhật",
    "đăng lúc",
    "đăng ngày",
    "ngày đăng",
    "đăng",
    "thời gian đăng",
    "thời gian",
    "xuất bản",
    "ngày",
    "lúc",
    "gmt",
    "published",
    "updated",
    "posted",
    "sa",
    "ch",
    "am",
    "pm",
)
RELATIVE_UNITS: tuple[str, ...] = ("giây", "phút", "giờ", "tiếng", "ngày", "tuần", "tháng")

# Bylines and credits: they end an article and stay body, even when short.
BYLINE_STARTS: tuple[str, ...] = (
    "bài và ảnh",
    "bài, ảnh",
    "bài - ảnh",
    "bài & ảnh",
    "tin và ảnh",
    "tin, ảnh",
    "tin - ảnh",
    "tin & ảnh",
    "bài",
    "tin",
    "ảnh",
    "video",
    "clip",
    "thực hiện",
    "nhóm phóng viên",
    "nhóm pv",
    "pv",
    "ctv",
    "theo",
    "nguồn",
    "tác giả",
    "phóng viên",
    "nhóm tác giả",
    "người viết",
    "biên tập",
)

# Keys of a scraper's metadata header at the very start of a file (" date 2022-01 <title>").
METADATA_DATE_KEYS: tuple[str, ...] = ("date", "datetime", "time", "published", "updated", "pubdate")
METADATA_TEXT_KEYS: tuple[str, ...] = ("url", "link", "source", "id", "lang")
METADATA_BARE_KEYS: tuple[str, ...] = ("title",)
