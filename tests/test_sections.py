"""Body vs boilerplate: constructed pages for each kind of scraper debris, and the 5 samples."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kcextract.sections import BODY, BOILERPLATE, Block, split_sections

# Article paragraphs of our own (long, ending a sentence), reused to build pages.
P1 = (
    "Theo báo cáo của Sở Công Thương, trong 6 tháng đầu năm, giá trị sản xuất công nghiệp "
    "trên địa bàn tỉnh ước đạt 45.200 tỷ đồng, tăng 9,3% so với cùng kỳ năm trước, "
    "trong đó ngành chế biến chiếm tỷ trọng lớn."
)
P2 = (
    "Kim ngạch xuất khẩu của các doanh nghiệp trong tỉnh đạt hơn 1,2 tỷ USD, chủ yếu là "
    "hàng dệt may, da giày và đồ gỗ; nhiều đơn hàng mới đã được ký kết với các đối tác "
    "tại châu Âu và Nhật Bản trong quý II vừa qua."
)
P3 = (
    "Để hoàn thành kế hoạch cả năm, ngành Công Thương sẽ tiếp tục tháo gỡ khó khăn cho "
    "doanh nghiệp, đẩy mạnh xúc tiến thương mại, hỗ trợ các cơ sở công nghiệp nông thôn "
    "ứng dụng máy móc, thiết bị tiên tiến vào sản xuất."
)
TITLE = "Quảng Nam: Sản xuất công nghiệp phục hồi mạnh trong nửa đầu năm"

# Teasers: headline, its link text (the same), a lead with its own figures.
TEASERS = (
    "Giá lúa gạo xuất khẩu tăng cao nhất trong 10 năm\n\n"
    "Giá lúa gạo xuất khẩu tăng cao nhất trong 10 năm\n\n"
    "Giá gạo 5% tấm của Việt Nam đã lên mức 650 USD/tấn, cao nhất kể từ năm 2013...\n"
    "Hà Tĩnh khởi công cụm công nghiệp 300 tỷ đồng\n\n"
    "Hà Tĩnh khởi công cụm công nghiệp 300 tỷ đồng\n\n"
    "Sáng 12/6, UBND tỉnh Hà Tĩnh tổ chức lễ khởi công cụm công nghiệp Thạch Bằng.\n"
)


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def section_of(text: str, blocks: list[Block], needle: str) -> str:
    """The section of the block holding the first character of `needle`."""
    pos = text.index(needle)
    return next(b.section for b in blocks if b.start <= pos < b.end)


def sections(text: str, *needles: str) -> list[str]:
    blocks = split_sections(text)
    return [section_of(text, blocks, n) for n in needles]


def check_cover(text: str, blocks: list[Block]) -> None:
    if not text:
        assert blocks == []
        return
    assert blocks[0].start == 0 and blocks[-1].end == len(text)
    for a, b in zip(blocks, blocks[1:], strict=False):
        assert a.end == b.start
    assert all(b.start < b.end and b.section in (BODY, BOILERPLATE) for b in blocks)


# --- constructed pages ----------------------------------------------------------------------


def test_weather_widget_on_top_then_teaser_list() -> None:
    text = page(
        "Hải Phòng: 29°C Hải Phòng\nCần Thơ: 31°C Cần Thơ",
        TITLE,
        P1,
        P2,
        "Bài, ảnh: Minh Châu",
        "Tin liên quan",
        TEASERS,
    )
    got = sections(text, "Hải Phòng: 29", "Cần Thơ", TITLE, P1, "Bài, ảnh", "Tin liên quan", "Giá gạo 5%")
    assert got == [BOILERPLATE, BOILERPLATE, BODY, BODY, BODY, BOILERPLATE, BOILERPLATE]


def test_price_widget_on_top() -> None:
    text = page(
        "Giá vàng\nMua vào Bán ra\nSJC 74.500 76.800\nDOJI 74.300 76.500\nUSD 25.120 25.460",
        TITLE,
        P1,
        P3,
    )
    got = sections(text, "Giá vàng", "SJC", "USD", TITLE, P1, P3)
    assert got == [BOILERPLATE] * 3 + [BODY] * 3


def test_price_figures_inside_the_article_stay_body() -> None:
    row = "SJC 74.500 76.800"
    text = page(TITLE, P1, "Giá vàng miếng hôm nay niêm yết như sau:", row, P2)
    assert sections(text, row, P2) == [BODY, BODY]


def test_metadata_header_is_a_sub_line_block() -> None:
    text = " date 2023-05 " + TITLE + "\n\n" + P1 + "\n"
    blocks = split_sections(text)
    check_cover(text, blocks)
    assert blocks[0] == Block(0, len(" date 2023-05 "), BOILERPLATE)
    assert section_of(text, blocks, TITLE) == BODY
    assert section_of(text, blocks, P1) == BODY


def test_metadata_header_with_time_and_url() -> None:
    head = "date: 2024-03-18T08:15:00+07:00 url https://example.vn/bai-viet-1.html "
    text = head + TITLE + "\n" + P1 + "\n"
    blocks = split_sections(text)
    assert blocks[0] == Block(0, len(head), BOILERPLATE)
    assert section_of(text, blocks, TITLE) == BODY


def test_title_starting_with_a_key_like_word_is_not_a_header() -> None:
    text = "Date Palm Vietnam mở rộng nhà máy chế biến chà là\n" + P1 + "\n"
    assert split_sections(text) == [Block(0, len(text), BODY)]


def test_rating_widget_after_bare_name_byline() -> None:
    text = page(
        TITLE,
        P1,
        P2,
        "Thu Hằng",
        "Bạn thấy bài viết này thế nào?\nRất kém ★ Kém ★★ Bình thường ★★★ Tốt ★★★★ Rất tốt ★★★★★",
        TEASERS,
    )
    got = sections(text, P2, "Thu Hằng", "Bạn thấy", "Rất kém", "Giá lúa gạo")
    assert got == [BODY, BODY, BOILERPLATE, BOILERPLATE, BOILERPLATE]


def test_tag_list_ends_the_article() -> None:
    text = page(TITLE, P1, P2, "- Từ khoá :\n- xuất khẩu\n- công nghiệp nông thôn", P3)
    got = sections(text, P2, "Từ khoá", "- xuất khẩu", "- công nghiệp", P3)
    assert got == [BODY] + [BOILERPLATE] * 4


def test_tags_on_one_line() -> None:
    text = page(TITLE, P1, "Tags: giá xăng, xuất khẩu gạo, Bộ Công Thương", TEASERS)
    assert sections(text, P1, "Tags:", "Hà Tĩnh khởi") == [BODY, BOILERPLATE, BOILERPLATE]


def test_footer_ends_everything() -> None:
    text = page(
        TITLE,
        P1,
        P2,
        "© 2024 Báo Điện tử Công nghiệp. Giấy phép số 123/GP-BTTTT",
        "Tổng biên tập: Nguyễn Văn A",
        P3,
        "Phiên bản di động",
    )
    got = sections(text, P2, "© 2024", "Tổng biên tập", P3, "Phiên bản")
    assert got == [BODY] + [BOILERPLATE] * 4


def test_copyright_subheading_inside_the_article_is_body() -> None:
    sub = "Bản quyền sáng chế vẫn là điểm nghẽn"
    text = page(TITLE, P1, sub, P2, P3)
    assert sections(text, sub, P2, P3) == [BODY, BODY, BODY]


def test_url_and_share_lines_are_boilerplate_but_the_article_goes_on() -> None:
    url = "https://congthuong.vn/bai-viet-12345.html"
    text = page(TITLE, "Chia sẻ | Facebook | Zalo | In bài", P1, url, P2)
    got = sections(text, TITLE, "Chia sẻ", P1, "https://", P2)
    assert got == [BODY, BOILERPLATE, BODY, BOILERPLATE, BODY]


def test_hotline_and_menu_lines() -> None:
    text = page(
        "Trang chủ > Kinh tế > Công nghiệp",
        "Thời sự | Kinh tế | Xã hội | Thế giới",
        TITLE,
        P1,
        "Hotline: 0912 345 678",
        P2,
    )
    got = sections(text, "Trang chủ", "Thời sự", TITLE, "Hotline", P2)
    assert got == [BOILERPLATE, BOILERPLATE, BODY, BOILERPLATE, BODY]


def test_headline_printed_twice_starts_a_teaser_list_without_heading() -> None:
    text = page(TITLE, P1, P2, "Phạm Tuấn", TEASERS)
    got = sections(text, P2, "Phạm Tuấn", "Giá lúa gạo", "Giá gạo 5%", "Hà Tĩnh khởi")
    assert got == [BODY, BODY, BOILERPLATE, BOILERPLATE, BOILERPLATE]


def test_headline_printed_twice_at_the_top_does_not_cut_the_article() -> None:
    text = page(TITLE, TITLE, P1, P2)
    blocks = split_sections(text)
    assert section_of(text, blocks, P1) == BODY
    assert section_of(text, blocks, P2) == BODY
    assert blocks[0].section == BODY


def test_image_alt_repeated_as_caption_does_not_end_the_article() -> None:
    caption = "Toàn cảnh hội nghị tổng kết ngành Công Thương năm 2023"
    text = page(TITLE, P1, caption, caption, P2, P3)
    assert sections(text, P1, P2, P3) == [BODY, BODY, BODY]


def test_teasers_with_their_own_time_stamps() -> None:
    teasers = (
        "Doanh nghiệp da giày tìm đơn hàng mới tại thị trường Trung Đông\n"
        "09:40' - 21/03/2024\n"
        "Ngày 20/3, Hiệp hội Da giày cho biết nhiều doanh nghiệp đã ký được đơn hàng quý II.\n"
        "Xuất khẩu rau quả quý I đạt 1,6 tỷ USD\n"
        "21/03/2024 08:05\n"
        "Theo số liệu của Tổng cục Hải quan, xuất khẩu rau quả tăng 27%.\n"
    )
    text = page(TITLE, P1, P2, "Lan Anh", teasers)
    got = sections(text, P2, "Lan Anh", "Doanh nghiệp da giày", "Ngày 20/3", "Xuất khẩu rau", "Theo số liệu")
    assert got == [BODY, BODY] + [BOILERPLATE] * 4


def test_article_own_dateline_stays_body_other_stamps_do_not_end_it() -> None:
    # The stamp under the title is the article's own (the date rules read it as the document
    # date); a site-header date above the title and an update stamp mid-article are not text.
    text = page(
        "Thứ năm, 20/06/2024",
        TITLE,
        "Thứ hai, 17/06/2024 08:15 (GMT+7)",
        P1,
        "Cập nhật: 17/06/2024 10:02",
        P2,
    )
    got = sections(text, "Thứ năm", TITLE, "Thứ hai", P1, "Cập nhật", P2)
    assert got == [BOILERPLATE, BODY, BODY, BODY, BOILERPLATE, BODY]


def test_stamped_headlines_without_heading() -> None:
    teasers = (
        "Giá xăng dầu đồng loạt giảm từ chiều nay (20/06/2024)\n"
        "Nghệ An thu hút thêm 3 dự án FDI vào khu kinh tế (19/06/2024)\n"
    )
    text = page(TITLE, P1, P2, teasers)
    assert sections(text, P2, "Giá xăng dầu", "Nghệ An") == [BODY, BOILERPLATE, BOILERPLATE]


def test_xem_them_inside_a_paragraph_is_body() -> None:
    para = (
        "Doanh nghiệp có thể xem thêm hướng dẫn chi tiết trên cổng thông tin của Sở Công Thương, "
        "hoặc liên hệ trực tiếp phòng Quản lý công nghiệp để được hỗ trợ thủ tục trong thời gian sớm nhất."
    )
    text = page(TITLE, P1, para, P2)
    assert sections(text, para, P2) == [BODY, BODY]


def test_inline_more_link_does_not_end_the_article() -> None:
    more = "Xem thêm: Giá điện bán lẻ tăng 4,8% từ ngày 11/10"
    text = page(TITLE, P1, more, P2, P3)
    assert sections(text, P1, more, P2, P3) == [BODY, BOILERPLATE, BODY, BODY]


def test_inline_related_box_inside_the_article() -> None:
    text = page(
        TITLE,
        P1,
        "Tin liên quan",
        "Bắc Ninh thu hút 1,5 tỷ USD vốn FDI trong 5 tháng",
        "Thái Nguyên: Chỉ số sản xuất công nghiệp tăng 8%",
        P2,
        P3,
        "Hoàng Long",
    )
    got = sections(text, P1, "Tin liên quan", "Bắc Ninh", "Thái Nguyên", P2, P3, "Hoàng Long")
    assert got == [BODY] + [BOILERPLATE] * 3 + [BODY] * 3


def test_one_line_related_link_or_more_button_inside_the_article() -> None:
    for link in ("Tin liên quan: Xuất khẩu gạo 5 tháng đạt 2,1 tỷ USD", "Xem thêm", "Đọc thêm >>"):
        text = page(TITLE, P1, link, P2, P3)
        assert sections(text, P1, link, P2, P3) == [BODY, BOILERPLATE, BODY, BODY], link


def test_teaser_list_with_long_leads_does_not_resume() -> None:
    # A lead that ends the list followed by another long line: only teaser structure around it.
    text = page(TITLE, P1, P2, "Tin cùng chuyên mục", TEASERS, "Xem thêm", P3)
    assert sections(text, "Tin cùng chuyên mục", "Giá gạo 5%", P3) == [BOILERPLATE] * 3


def test_heading_glued_to_link_text() -> None:
    text = page(TITLE, P1, P2, "Tin mới nhấtNhiều dự báo khả quan cho ngành thép", P3)
    assert sections(text, P2, "Tin mới nhất", P3) == [BODY, BOILERPLATE, BOILERPLATE]


def test_tab_labels_and_comment_section() -> None:
    text = page(TITLE, P1, P2, "Bình luận (0)", "Mới nhất | Đọc nhiều", TEASERS)
    assert sections(text, P2, "Bình luận", "Mới nhất", "Giá lúa") == [BODY] + [BOILERPLATE] * 3


def test_comment_counter_near_the_title_does_not_end_the_article() -> None:
    text = page(TITLE, "Bình luận (3)", P1, P2)
    assert sections(text, TITLE, "Bình luận", P1, P2) == [BODY, BOILERPLATE, BODY, BODY]


def test_teaser_heading_before_the_article() -> None:
    text = page(
        "Tin mới nhất",
        "Giá cà phê hôm nay tăng mạnh\nLào Cai xuất khẩu chuối sang Trung Quốc",
        P1,
        P2,
        P3,
    )
    got = sections(text, "Tin mới nhất", "Giá cà phê", "Lào Cai", P1, P2, P3)
    assert got == [BOILERPLATE] * 3 + [BODY] * 3


def test_captions_and_credits_stay_body() -> None:
    text = page(TITLE, P1, "Ảnh minh họa", P2, "Theo TTXVN")
    assert sections(text, "Ảnh minh họa", P2, "Theo TTXVN") == [BODY, BODY, BODY]


def test_bare_headline_list_after_the_article() -> None:
    heads = (
        "Hội chợ hàng Việt Nam chất lượng cao khai mạc tại Cần Thơ\n"
        "Bình Dương đón thêm 4 dự án FDI vào khu công nghiệp\n"
        "Ngành thép dự báo phục hồi từ quý III\n"
        "Thông báo tuyển chọn đề án khuyến công quốc gia năm 2025\n"
    )
    text = page(TITLE, P1, P2, heads)
    got = sections(text, P2, "Hội chợ", "Bình Dương", "Thông báo")
    assert got == [BODY, BOILERPLATE, BOILERPLATE, BOILERPLATE]
    text = page(TITLE, P1, P2, "Ngọc Hà", heads)
    got = sections(text, P2, "Ngọc Hà", "Hội chợ", "Thông báo")
    assert got == [BODY, BODY, BOILERPLATE, BOILERPLATE]


def test_closing_list_of_names_stays_body() -> None:
    names = (
        "Công ty CP Sữa Việt Nam\nTổng công ty Dệt May Hà Nội\n"
        "Công ty TNHH Gốm Minh Long\nTập đoàn Hòa Phát Hải Dương\n"
    )
    text = page(TITLE, P1, "Danh sách doanh nghiệp đạt giải năm nay được công bố như sau.", names)
    assert sections(text, "Công ty CP Sữa", "Tập đoàn") == [BODY, BODY]


def test_list_announced_by_a_colon_stays_body() -> None:
    items = (
        "Gốm sứ Bát Tràng men lam cao cấp\n"
        "Mây tre đan Phú Vinh xuất khẩu\n"
        "Lụa tơ tằm Vạn Phúc truyền thống\n"
        "Nón lá làng Chuông Thanh Oai\n"
    )
    text = page(TITLE, P1, "Các sản phẩm được công nhận năm nay gồm:", items)
    assert sections(text, "Gốm sứ", "Nón lá") == [BODY, BODY]


def test_body_lists_figures_and_captions_stay_body() -> None:
    lines = [
        "Ảnh minh họa",
        "Cụ thể, các mặt hàng chủ lực gồm:",
        "- Sầu riêng: 520 triệu USD;",
        "- Gạo: 180 triệu USD.",
        "Tháng 1: 650 triệu USD",
        "Tháng 2: 720 triệu USD",
        "Bình luận của chuyên gia",
        "Điện thoại tư vấn cho doanh nghiệp xuất khẩu: 024.3825.1234.",
        "Minh Anh",
    ]
    text = page(TITLE, P1, lines[0], P2, *lines[1:6], P3, *lines[6:])
    assert sections(text, *lines) == [BODY] * len(lines)


def test_tag_items_and_separators_above_a_teaser_list() -> None:
    teasers = (
        "-\nThị trường\nGiá cao su xuất khẩu tăng mạnh trong tháng 5\n10:20' - 02/06/2024\n"
        "Giá cao su xuất khẩu bình quân đạt 1.650 USD/tấn.\n"
    )
    text = page(TITLE, P1, P2, "- cao su\n- xuất khẩu", teasers)
    got = sections(text, P2, "- cao su", "- xuất khẩu", "Thị trường", "Giá cao su xuất khẩu tăng")
    assert got == [BODY] + [BOILERPLATE] * 4


def test_empty_and_blank() -> None:
    assert split_sections("") == []
    assert split_sections("\n\n") == [Block(0, 2, BODY)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                TITLE,
                P1,
                P2,
                "Tin liên quan",
                "Xem thêm",
                "",
                "-",
                "17:15' - 17/09/2022",
                "Hà Nội: 21°C Hà Nội",
                "http://a.vn/",
                "© 2024 Báo X",
                "Giá lúa tăng cao",
                "Giá lúa tăng cao",
                " date 2022-01 Tiêu đề",
            ]
        )
        | st.text(max_size=40),
        max_size=30,
    )
)
def test_blocks_always_cover_the_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    check_cover(text, split_sections(text))


def test_fast() -> None:
    text = page(TITLE, P1, P2, P3, "Bài, ảnh: Thu Trang", "Tin liên quan", TEASERS) * 200
    check_cover(text, split_sections(text))
    elapsed = min(_timed(split_sections, text) for _ in range(3))
    # The whole pipeline must do 1M chars/s; sections alone do several times that on a quiet
    # machine, so this bound only catches a quadratic pattern, not a loaded CI box.
    assert len(text) / elapsed > 500_000


def _timed(f: Callable[[str], object], arg: str) -> float:
    t0 = time.perf_counter()
    f(arg)
    return time.perf_counter() - t0


# --- whole scraped pages ------------------------------------------------------------------
# Pages of our own in the shapes scrapers of Vietnamese news sites produce (trade-ministry
# and provincial portals, newspapers, news agencies): each line is "B|<text>" for body or
# "x|<text>" for boilerplate; "" is a blank line. The whole page is checked.

PAGES: dict[str, tuple[str, ...]] = {}

PAGES["congthuong"] = (
    "x|Thứ ba, 18/06/2024 | 09:12",
    "x|Trang chủ > Thị trường > Xuất nhập khẩu",
    "x|Giá vàng SJC 76.500 77.800",
    "x|USD 25.100 25.450",
    "B|Xuất khẩu rau quả 5 tháng đầu năm đạt gần 2,9 tỷ USD",
    "B|17/06/2024 08:15",
    (
        "B|Theo số liệu thống kê sơ bộ của Tổng cục Hải quan, kim ngạch xuất khẩu rau quả trong 5 "
        "tháng đầu năm 2024 đạt gần 2,9 tỷ USD, tăng 34,7% so với cùng kỳ năm 2023, trong đó riêng "
        "tháng 5 đạt 830 triệu USD."
    ),
    "",
    "B|Xuất khẩu sầu riêng sang Trung Quốc tăng mạnh. Ảnh: Tư liệu",
    (
        "B|Trong cơ cấu hàng rau quả xuất khẩu, sầu riêng tiếp tục là mặt hàng chủ lực với giá trị "
        "lớn nhất, chiếm hơn 40% tổng kim ngạch, tiếp theo là thanh long, chuối và mít."
    ),
    "B|Thị trường Trung Quốc dẫn đầu",
    "B|Cụ thể, các thị trường nhập khẩu lớn nhất gồm:",
    "B|- Trung Quốc: 1,8 tỷ USD, tăng 41,2%;",
    "B|- Hoa Kỳ: 205 triệu USD, tăng 22,5%;",
    "B|- Hàn Quốc: 98 triệu USD, giảm 3,1%.",
    (
        "B|Theo các chuyên gia, dư địa tăng trưởng của ngành rau quả trong những tháng cuối năm "
        "còn lớn khi Nghị định thư về xuất khẩu dừa tươi và sầu riêng đông lạnh sang Trung Quốc "
        "được triển khai."
    ),
    "B|Minh Anh",
    "x|Chia sẻ",
    "x|Tin liên quan",
    "x|Xuất khẩu sầu riêng tháng 5 lập kỷ lục mới (16/06/2024 10:20)",
    "x|Giá thanh long xuất khẩu tăng gấp đôi (15/06/2024 08:00)",
    "x|Từ khóa:",
    "x|xuất khẩu rau quả",
    "x|sầu riêng",
    "x|Đọc nhiều",
    "x|Giá xăng dầu hôm nay 18/6: Đồng loạt giảm",
    "x|Bộ Công Thương yêu cầu bảo đảm cung ứng điện mùa khô",
    "x|Cơ quan chủ quản: Bộ Công Thương",
    "x|Tổng biên tập: Nguyễn Văn Minh",
    "x|Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 15/3/2021",
    "x|Tòa soạn: Tầng 7, số 655 Phạm Văn Đồng, Bắc Từ Liêm, Hà Nội",
    "x|Điện thoại: 024.22218238 - Email: toasoan@congthuong.vn",
    'x|Ghi rõ nguồn "Báo Công Thương" khi phát hành lại thông tin từ website này.',
)

PAGES["moit"] = (
    "x|BỘ CÔNG THƯƠNG VIỆT NAM",
    "x|Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính",
    "x|Tin tức > Hoạt động của lãnh đạo Bộ",
    "B|Bộ trưởng Nguyễn Hồng Diên làm việc với tỉnh Nghệ An về phát triển công nghiệp",
    "B|Ngày đăng: 12/06/2024",
    (
        "B|Chiều ngày 11/6, tại thành phố Vinh, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã có "
        "buổi làm việc với Ban Thường vụ Tỉnh ủy Nghệ An về tình hình phát triển công nghiệp, "
        "thương mại trên địa bàn tỉnh."
    ),
    (
        "B|Báo cáo tại buổi làm việc, lãnh đạo tỉnh cho biết trong 5 tháng đầu năm, chỉ số sản "
        "xuất công nghiệp (IIP) của tỉnh tăng 12,5%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ "
        "tiêu dùng ước đạt 45.600 tỷ đồng."
    ),
    "B|Một số chỉ tiêu chủ yếu",
    "B|Chỉ tiêu | Kế hoạch 2024 | Ước 5 tháng | Tỷ lệ (%)",
    "B|Giá trị sản xuất công nghiệp (tỷ đồng) | 210.000 | 86.500 | 41,2",
    "B|Kim ngạch xuất khẩu (triệu USD) | 3.200 | 1.350 | 42,2",
    "B|Thu hút FDI (triệu USD) | 1.500 | 910 | 60,7",
    (
        "B|Phát biểu kết luận, Bộ trưởng đề nghị tỉnh tập trung tháo gỡ vướng mắc cho các dự án "
        "điện, đẩy nhanh tiến độ đầu tư hạ tầng các khu công nghiệp."
    ),
    "B|Nguồn: Văn phòng Bộ",
    "x|In bài viết Gửi email",
    "x|Các tin khác",
    "x|Thứ trưởng Phan Thị Thắng tiếp Đại sứ Ấn Độ (10/06/2024)",
    "x|Hội nghị xúc tiến thương mại với thị trường Trung Đông (07/06/2024)",
    "x|Bộ Công Thương triển khai kế hoạch tiết kiệm điện năm 2024 (05/06/2024)",
    "x|BẢN QUYỀN THUỘC BỘ CÔNG THƯƠNG",
    "x|Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội",
    "x|Điện thoại: 024.22202222",
    'x|Ghi rõ nguồn "Cổng Thông tin điện tử Bộ Công Thương" khi phát hành lại thông tin từ website này.',
)

PAGES["province_portal"] = (
    "x|Cổng thông tin điện tử tỉnh Bắc Ninh",
    "x|Thứ năm, 20/06/2024",
    "x|Trang chủ > Tin tức - Sự kiện > Kinh tế",
    "B|Bắc Ninh: Kim ngạch xuất khẩu 5 tháng đạt hơn 14 tỷ USD",
    "x|Lượt xem: 1.234",
    "B|Ngày đăng: 17/06/2024 | 10:30",
    (
        "B|Theo Cục Thống kê tỉnh, 5 tháng đầu năm 2024, hoạt động xuất nhập khẩu trên địa bàn "
        "tỉnh tiếp tục khởi sắc, nhiều doanh nghiệp FDI có thêm đơn hàng mới."
    ),
    "B|Kết quả cụ thể như sau:",
    "B|- Kim ngạch xuất khẩu đạt 14,2 tỷ USD, tăng 8,5% so với cùng kỳ;",
    "B|- Kim ngạch nhập khẩu đạt 11,6 tỷ USD, tăng 6,1%;",
    "B|- Xuất siêu ước đạt 2,6 tỷ USD.",
    (
        "B|Dự báo trong những tháng tới, tỉnh sẽ tiếp tục đẩy mạnh thu hút đầu tư vào các khu công "
        "nghiệp, ưu tiên các dự án công nghệ cao và thân thiện với môi trường."
    ),
    "B|Tác giả: Thu Hà",
    "B|Nguồn: Sở Công Thương",
    "x|In bài viết | Gửi email | Chia sẻ",
    "x|Tin mới hơn:",
    "x|Bắc Ninh tổ chức hội nghị xúc tiến đầu tư năm 2024 (18/06/2024)",
    "x|Khởi công dự án nhà máy điện rác 1.200 tỷ đồng (18/06/2024)",
    "x|Tin cũ hơn:",
    "x|Sản xuất công nghiệp tháng 5 tăng 10,2% (10/06/2024)",
    "x|Tổng mức bán lẻ hàng hóa tăng 9% (05/06/2024)",
    "x|Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bắc Ninh",
    "x|Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh",
    "x|Địa chỉ: Số 10 Phù Đổng Thiên Vương, TP Bắc Ninh",
    "x|Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông cấp",
)

PAGES["vnexpress"] = (
    "x|Kinh doanh",
    "x|Vĩ mô",
    "B|Thứ hai, 17/6/2024, 08:15 (GMT+7)",
    "B|Giá điện có thể tăng từ tháng 7",
    (
        "B|Bộ Công Thương đề xuất điều chỉnh giá bán lẻ điện bình quân thêm 4,5%, tương đương "
        "khoảng 2.006 đồng một kWh."
    ),
    (
        "B|Theo dự thảo được công bố hôm qua, mức giá mới áp dụng từ ngày 1/7 nếu được Thủ tướng "
        "thông qua. Tập đoàn Điện lực Việt Nam (EVN) cho biết năm 2023 tập đoàn lỗ hơn 21.800 tỷ "
        "đồng do giá bán thấp hơn giá thành."
    ),
    "",
    "B|Công nhân kiểm tra đường dây tại Hà Nội. Ảnh: Giang Huy",
    "B|Giá thành khâu phát điện",
    (
        "B|Theo EVN, giá thành sản xuất điện năm ngoái là 2.088 đồng một kWh, cao hơn giá bán bình "
        "quân khoảng 135 đồng. Chi phí mua điện chiếm khoảng 80% tổng chi phí, trong khi giá than "
        "nhập khẩu vẫn ở mức cao."
    ),
    "B|Anh Minh",
    "x|Chia sẻ",
    "x|Sao chép liên kết",
    "x|Xem nhiều",
    "x|Giá vàng nhẫn lập đỉnh mới",
    "x|Xuất khẩu gạo 5 tháng đạt 2,3 tỷ USD",
    "x|Chủ thẻ tín dụng phải làm gì khi bị trừ tiền oan",
    "x|Ý kiến (0)",
    "x|Gửi bình luận",
)

PAGES["tuoitre"] = (
    "x|Tuổi Trẻ Online",
    "x|Trang chủ Kinh doanh Tài chính",
    "B|Xuất khẩu gỗ tăng 22%, doanh nghiệp vẫn lo thiếu đơn hàng cuối năm",
    "B|17/06/2024 10:30 GMT+7",
    (
        "B|TTO - Kim ngạch xuất khẩu gỗ và sản phẩm gỗ 5 tháng đầu năm đạt 6,08 tỉ USD, tăng 22% "
        "so với cùng kỳ, song nhiều doanh nghiệp cho biết đơn hàng quý IV vẫn chưa rõ ràng."
    ),
    (
        "B|Theo Hiệp hội Gỗ và lâm sản Việt Nam, thị trường Mỹ chiếm khoảng 55% kim ngạch, tiếp "
        "theo là Nhật Bản, Trung Quốc và EU. Giá bán bình quân vẫn thấp hơn năm 2022 khoảng 10-15%."
    ),
    "x|Đọc tiếp: Doanh nghiệp gỗ chuyển hướng sang thị trường Trung Đông",
    (
        "B|Ông Nguyễn Quốc Khanh, chủ tịch Hội Mỹ nghệ và chế biến gỗ TP.HCM, nói doanh nghiệp "
        "đang phải chấp nhận lợi nhuận thấp để giữ khách hàng, trong khi chi phí vận chuyển "
        "container đã tăng gấp đôi kể từ tháng 4."
    ),
    "B|NGỌC AN",
    "x|Tags:",
    "x|Xuất khẩu gỗ",
    "x|Đơn hàng",
    "x|Tin cùng chuyên mục",
    "x|Giá xăng dầu hôm nay giảm mạnh",
    "x|2 giờ trước",
    "x|Ngân hàng đồng loạt giảm lãi suất tiết kiệm",
    "x|3 giờ trước",
    "x|Bình luận (0)",
    "x|Xem thêm bình luận",
)

PAGES["baochinhphu"] = (
    "x|Chính sách mới",
    "B|Ban hành Nghị định về cơ chế mua bán điện trực tiếp",
    (
        "B|(Chinhphu.vn) - Chính phủ vừa ban hành Nghị định số 80/2024/NĐ-CP quy định cơ chế mua "
        "bán điện trực tiếp giữa đơn vị phát điện năng lượng tái tạo với khách hàng sử dụng điện "
        "lớn."
    ),
    (
        "B|Theo Nghị định, khách hàng sử dụng điện lớn là tổ chức, cá nhân có sản lượng tiêu thụ "
        "bình quân từ 200.000 kWh/tháng trở lên. Giá điện được thỏa thuận giữa các bên, ngoài phần "
        "phí truyền tải và phí dịch vụ hệ thống trả cho EVN."
    ),
    "B|Nghị định có hiệu lực từ ngày 3/7/2024.",
    "B|Phương Nhi",
    "x|Bài liên quan",
    "x|Thủ tướng chỉ đạo bảo đảm cung ứng điện mùa khô 2024",
    "x|10:30 | 17/06/2024",
    "x|Sửa đổi cơ chế điều chỉnh giá bán lẻ điện bình quân",
    "x|08:15 | 16/06/2024",
    "x|Tin mới hơn",
    "x|Chính phủ giao chỉ tiêu giải ngân vốn đầu tư công",
    "x|Tin cũ hơn",
    "x|Hướng dẫn thủ tục hoàn thuế giá trị gia tăng",
)

PAGES["vietnamplus"] = (
    "x|Kinh tế",
    "B|Đà Nẵng thu hút 27 dự án FDI trong 6 tháng",
    "B|Thứ Hai, 17/6/2024 - 15:42",
    (
        "B|Tính đến giữa tháng 6, thành phố đã cấp mới giấy chứng nhận đăng ký đầu tư cho 27 dự án "
        "FDI với tổng vốn đăng ký 74,3 triệu USD, giảm 12% so với cùng kỳ năm trước."
    ),
    "B|(Ảnh minh họa)",
    (
        "B|Theo Sở Kế hoạch và Đầu tư Đà Nẵng (TTXVN/Vietnam+), các dự án tập trung vào lĩnh vực "
        "công nghệ thông tin, phần mềm và dịch vụ logistics; trong đó dự án lớn nhất có vốn 15 "
        "triệu USD."
    ),
    "B|Thành phố đặt mục tiêu thu hút 500 triệu USD vốn FDI trong năm 2024.",
    "B|Văn Dũng (TTXVN/Vietnam+)",
    "x|Tin cùng chuyên mục",
    "x|Giá cà phê hôm nay tăng mạnh, vượt 120.000 đồng/kg 17/06/2024 10:30",
    "x|Hải Phòng đón 1 tỷ USD vốn FDI vào khu kinh tế 17/06/2024 09:15",
    "x|Tin đọc nhiều",
    "x|Giá xăng dầu giảm lần thứ 5 liên tiếp",
    "x|Vietnam Airlines mở đường bay thẳng tới Milan",
)

PAGES["teasers_first"] = (
    "x|Tin nổi bật",
    "x|Giá lúa gạo hôm nay tăng nhẹ ở Đồng bằng sông Cửu Long",
    "x|2 giờ trước",
    "x|Bộ Công Thương kiểm tra nguồn cung xăng dầu tại các tỉnh phía Nam",
    "x|3 giờ trước",
    "x|Hội chợ OCOP Quảng Ninh thu hút 200 gian hàng",
    "x|5 giờ trước",
    "B|Quảng Ninh: Chỉ số sản xuất công nghiệp 6 tháng tăng 11,2%",
    (
        "B|Theo Sở Công Thương Quảng Ninh, trong 6 tháng đầu năm, chỉ số sản xuất công nghiệp toàn "
        "tỉnh ước tăng 11,2% so với cùng kỳ, trong đó ngành sản xuất và phân phối điện tăng 18,5%."
    ),
    (
        "B|Sản lượng than sạch ước đạt 19,5 triệu tấn, bằng 51% kế hoạch năm; điện sản xuất đạt "
        "14.200 triệu kWh."
    ),
    "B|Hoàng Nga",
)

PAGES["widgets_weather"] = (
    "x|Hà Nội 32°C",
    "x|TP.HCM 29 - 34°C",
    "x|Tỷ giá",
    "x|USD 25.100 25.450",
    "x|EUR 26.720 28.180",
    "x|Giá vàng",
    "x|SJC 76.500 77.800",
    "x|Nhẫn 9999 74.200 75.900",
    "B|Giá thép xây dựng tiếp tục giảm lần thứ 12 liên tiếp",
    (
        "B|Ngày 17/6, nhiều doanh nghiệp sản xuất thép đồng loạt giảm giá bán thép xây dựng từ "
        "100.000 đến 200.000 đồng/tấn, đưa giá thép cuộn CB240 về quanh mức 13,5 triệu đồng/tấn."
    ),
    "B|Bảng giá thép của một số thương hiệu (đồng/kg):",
    "B|Hòa Phát CB240 13.640",
    "B|Việt Ý D10 CB300 13.890",
    "B|Pomina CB240 14.120",
    (
        "B|Theo Hiệp hội Thép Việt Nam, tiêu thụ thép 5 tháng đầu năm đạt 11,2 triệu tấn, giảm "
        "2,3% so với cùng kỳ năm trước, trong khi tồn kho vẫn ở mức cao."
    ),
    "B|Theo Báo Công Thương",
)

PAGES["no_boilerplate"] = (
    "B|Thanh Hóa: Thu ngân sách từ Khu kinh tế Nghi Sơn đạt 18.000 tỷ đồng",
    (
        "B|Năm 2023, Khu kinh tế Nghi Sơn và các khu công nghiệp trên địa bàn tỉnh Thanh Hóa đóng "
        "góp khoảng 18.000 tỷ đồng vào ngân sách nhà nước, chiếm 38% tổng thu ngân sách của tỉnh."
    ),
    "B|Các dự án lớn đang triển khai",
    (
        "B|Hiện nay, khu kinh tế có 152 dự án còn hiệu lực với tổng vốn đăng ký hơn 13,8 tỷ USD và "
        "320.000 tỷ đồng, trong đó có 31 dự án FDI."
    ),
    "B|Nhà máy lọc hóa dầu Nghi Sơn: 9 tỷ USD",
    "B|Nhiệt điện Nghi Sơn 2: 2,8 tỷ USD",
    "B|Xi măng Long Sơn: 12.000 tỷ đồng",
    "B|Tỉnh phấn đấu đến năm 2025 thu hút thêm 5 tỷ USD vốn đầu tư vào khu kinh tế.",
    "B|PV",
)

PAGES["comments_and_footer"] = (
    "B|Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay",
    (
        "B|Theo thông báo của liên Bộ Công Thương - Tài chính, từ 15h ngày 17/6, giá xăng E5 RON92 "
        "giảm 310 đồng/lít, xuống còn 21.600 đồng/lít; xăng RON95-III giảm 350 đồng/lít, còn "
        "22.450 đồng/lít."
    ),
    "B|Giá dầu diesel giảm 480 đồng/lít, về mức 19.100 đồng/lít; dầu mazut giảm 250 đồng/kg.",
    "B|Kỳ điều hành này, liên Bộ tiếp tục không trích lập và không chi sử dụng Quỹ bình ổn giá xăng dầu.",
    "B|Theo TTXVN",
    "x|Ý kiến bạn đọc",
    "x|Gửi bình luận",
    "x|Họ và tên",
    "x|Email",
    "x|Gửi",
    "x|Bình luận (0)",
    "x|Cơ quan chủ quản: Bộ Công Thương",
    "x|Giấy phép số 45/GP-BTTTT ngày 10/02/2020",
    "x|© 2024 Bản quyền thuộc Báo Công Thương",
)

PAGES["bare_teasers_stamps"] = (
    "B|Lào Cai: Xuất khẩu qua cửa khẩu tăng 30%",
    "B|Lào Cai, ngày 17/6/2024",
    (
        "B|Theo Ban Quản lý khu kinh tế tỉnh Lào Cai, 5 tháng đầu năm tổng kim ngạch xuất nhập "
        "khẩu qua các cửa khẩu trên địa bàn đạt 1,2 tỷ USD, tăng 30% so với cùng kỳ năm trước."
    ),
    (
        "B|Các mặt hàng xuất khẩu chủ yếu là nông sản, trái cây tươi và hàng tiêu dùng; trong đó "
        "sầu riêng, thanh long, chuối chiếm tỷ trọng lớn nhất."
    ),
    "B|Đức Anh",
    "x|Giá chuối xuất khẩu sang Trung Quốc tăng cao - 17/06/2024 10:30",
    "x|Mở thêm luồng xanh cho xe nông sản tại cửa khẩu Kim Thành - 16/06/2024 15:20",
    "x|Hà Giang khởi công chợ biên giới Thanh Thủy - 15/06/2024 08:00",
)

PAGES["inline_related"] = (
    "x|Trang chủ » Công nghiệp » Năng lượng",
    "B|Điện mặt trời mái nhà tự sản tự tiêu: Doanh nghiệp chờ hướng dẫn",
    (
        "B|Dù chính sách khuyến khích đã được ban hành, nhiều doanh nghiệp trong các khu công "
        "nghiệp vẫn chưa thể lắp đặt điện mặt trời mái nhà vì vướng thủ tục phòng cháy và quy định "
        "đấu nối."
    ),
    "x|Bài liên quan",
    "x|Bộ Công Thương lấy ý kiến về điện mặt trời mái nhà",
    "x|Điện mặt trời mái nhà: Cơ hội cho doanh nghiệp sản xuất",
    (
        "B|Theo khảo sát của Hiệp hội Năng lượng sạch, khoảng 60% doanh nghiệp được hỏi muốn đầu "
        "tư hệ thống có công suất từ 500 kWp trở lên, với tổng vốn dự kiến hơn 3.000 tỷ đồng nếu "
        "thủ tục được làm rõ."
    ),
    (
        "B|Đại diện Cục Điện lực cho biết dự thảo thông tư hướng dẫn sẽ được trình trong tháng 7, "
        "trong đó làm rõ trình tự đăng ký và các tiêu chuẩn kỹ thuật về an toàn điện."
    ),
    "B|Thanh Hương",
    "x|Tin khác",
    "x|Giá điện tăng 4,8% từ hôm nay (11/10/2023)",
    "x|EVN báo lỗ 21.800 tỷ đồng (10/10/2023)",
)

PAGES["teasers_first_no_heading"] = (
    "x|Giá lúa gạo hôm nay tăng nhẹ ở Đồng bằng sông Cửu Long",
    "x|10:30 | 17/06/2024",
    "x|Bộ Công Thương kiểm tra nguồn cung xăng dầu tại phía Nam",
    "x|09:15 | 17/06/2024",
    "x|Hội chợ OCOP Quảng Ninh thu hút hơn 200 gian hàng",
    "x|08:00 | 17/06/2024",
    "B|Cần Thơ: Tổng mức bán lẻ hàng hóa 5 tháng tăng 12,5%",
    "B|07:45 | 17/06/2024",
    (
        "B|Theo Cục Thống kê thành phố Cần Thơ, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu "
        "dùng 5 tháng đầu năm ước đạt 67.300 tỷ đồng, tăng 12,5% so với cùng kỳ năm trước."
    ),
    (
        "B|Trong đó, doanh thu bán lẻ hàng hóa chiếm 72%, doanh thu dịch vụ lưu trú, ăn uống chiếm "
        "15%, còn lại là du lịch lữ hành và dịch vụ khác."
    ),
    "B|Hoàng Yến",
)

PAGES["inline_box_with_stamps"] = (
    "B|Nghệ An thu hút hơn 1,2 tỷ USD vốn FDI trong 5 tháng",
    "B|Cập nhật: 17/06/2024 08:15",
    (
        "B|Tính đến hết tháng 5, tỉnh Nghệ An đã cấp mới và điều chỉnh tăng vốn cho 25 dự án FDI "
        "với tổng vốn đăng ký hơn 1,2 tỷ USD, đứng thứ 5 cả nước về thu hút vốn đầu tư nước ngoài."
    ),
    "x|Tin liên quan",
    "x|Nghệ An khởi công nhà máy linh kiện điện tử 200 triệu USD (12/06/2024)",
    "x|Khu kinh tế Đông Nam Nghệ An đón làn sóng đầu tư mới (05/06/2024)",
    (
        "B|Phần lớn các dự án tập trung vào lĩnh vực sản xuất linh kiện điện tử, thiết bị điện và "
        "năng lượng, đến từ các nhà đầu tư Trung Quốc, Hồng Kông (Trung Quốc), Hàn Quốc và Đài "
        "Loan (Trung Quốc)."
    ),
    (
        "B|Để đón dòng vốn mới, tỉnh đang đẩy nhanh giải phóng mặt bằng các khu công nghiệp VSIP, "
        "WHA và Hoàng Mai II, đồng thời chuẩn bị nguồn nhân lực kỹ thuật cho các nhà máy."
    ),
    "B|Hải Yến",
    "x|Tin khác",
    "x|Nghệ An: Xuất khẩu 5 tháng đạt 1,5 tỷ USD - 16/06/2024",
    "x|Sản xuất công nghiệp Nghệ An tăng 12% - 14/06/2024",
)

PAGES["stamp_formats_tail"] = (
    "B|Giá cà phê hôm nay lập đỉnh mới, vượt 128.000 đồng/kg",
    "B|Thứ Hai, 17/06/2024, 08:15 (GMT+7)",
    (
        "B|Giá cà phê robusta tại Tây Nguyên sáng nay tăng thêm 1.500 đồng/kg, lên mức 128.000 - "
        "128.500 đồng/kg, cao nhất từ trước tới nay, theo khảo sát tại Đắk Lắk, Lâm Đồng và Gia "
        "Lai."
    ),
    (
        "B|Trên sàn London, giá robusta kỳ hạn tháng 9 tăng 2,1%, lên 4.350 USD/tấn, do lo ngại "
        "thời tiết khô hạn kéo dài tại các vùng trồng chính của Việt Nam và Brazil."
    ),
    "B|Thanh Bình",
    "x|Xuất khẩu cà phê 5 tháng đạt 2,9 tỷ USD",
    "x|17/09/2022 10:30",
    "x|Giá hồ tiêu tăng mạnh, vượt mốc 100.000 đồng/kg",
    "x|2 giờ trước",
    "x|Nông dân Tây Nguyên phấn khởi vì giá nông sản tăng",
    "x|17/06/2024 - 07:20",
    "x|Tăng cường kiểm tra chất lượng cà phê xuất khẩu",
    "x|[16/06/2024]",
)

PAGES["attachments_and_table"] = (
    "x|Trang chủ / Văn bản / Tin tức",
    "B|Bộ Công Thương công bố danh sách doanh nghiệp xuất khẩu uy tín năm 2023",
    (
        "B|Ngày 14/6/2024, Bộ trưởng Bộ Công Thương đã ký Quyết định số 1540/QĐ-BCT công bố danh "
        "sách 265 doanh nghiệp xuất khẩu uy tín năm 2023, tăng 15 doanh nghiệp so với năm trước."
    ),
    "B|STT | Ngành hàng | Số doanh nghiệp",
    "B|1 | Gạo | 18",
    "B|2 | Cà phê | 21",
    "B|3 | Điện tử, linh kiện | 34",
    (
        "B|Danh sách được xác định dựa trên các tiêu chí về kim ngạch xuất khẩu, tuân thủ pháp "
        "luật về thuế, hải quan và bảo vệ môi trường trong năm 2023."
    ),
    "x|Tải về: Quyết định 1540/QĐ-BCT.pdf",
    "x|Tệp đính kèm",
    "B|Nguồn: Cục Xuất nhập khẩu",
    "x|Các tin khác",
    "x|Công bố danh sách doanh nghiệp xuất khẩu uy tín năm 2022 (20/06/2023)",
    "x|Hội nghị xúc tiến xuất khẩu sang thị trường Halal (17/05/2024)",
)

PAGES["sidebar_widgets_after"] = (
    "B|Đồng Nai: Giá trị sản xuất công nghiệp 6 tháng tăng 6,8%",
    (
        "B|Sở Công Thương Đồng Nai cho biết, giá trị sản xuất công nghiệp 6 tháng đầu năm 2024 ước "
        "đạt 389.000 tỷ đồng, tăng 6,8% so với cùng kỳ, trong đó ngành chế biến, chế tạo tăng 7,1%."
    ),
    (
        "B|Tuy nhiên, ngành dệt may, da giày vẫn gặp khó khăn về đơn hàng; nhiều doanh nghiệp phải "
        "cắt giảm giờ làm, ảnh hưởng đến thu nhập của khoảng 20.000 lao động."
    ),
    "B|Thu Hiền",
    "x|Giá vàng",
    "x|SJC 76.500 77.800",
    "x|Nhẫn 9999 74.200 75.900",
    "x|Thời tiết",
    "x|Hà Nội 32°C",
    "x|TP.HCM 29 - 34°C",
    "x|Đà Nẵng 31°C",
)

PAGES["footer_no_owner"] = (
    "x|Kinh tế - Xã hội",
    "B|Hà Nam: Khởi công khu công nghiệp 2.000 tỷ đồng",
    (
        "B|Sáng 17/6, UBND tỉnh Hà Nam tổ chức lễ khởi công xây dựng hạ tầng kỹ thuật Khu công "
        "nghiệp Thanh Liêm 2 với tổng vốn đầu tư 2.000 tỷ đồng, diện tích 300 ha."
    ),
    (
        "B|Dự án dự kiến hoàn thành trong 36 tháng, khi đi vào hoạt động sẽ thu hút khoảng 30.000 "
        "lao động và đóng góp ngân sách 500 tỷ đồng mỗi năm."
    ),
    "B|Ngọc Mai",
    "x|Báo điện tử Đảng Cộng sản Việt Nam",
    "x|Giấy phép hoạt động báo chí điện tử số 371/GP-BTTTT ngày 26/7/2021",
    "x|Địa chỉ: 381 Đội Cấn, Ba Đình, Hà Nội",
    "x|Điện thoại: 080.48161",
    "x|Phát hành lại thông tin từ website này phải ghi rõ nguồn.",
)

PAGES["event_notice_body"] = (
    "B|Mời doanh nghiệp tham gia Hội chợ Thương mại quốc tế Việt Nam 2024",
    (
        "B|Nhằm hỗ trợ doanh nghiệp mở rộng thị trường tiêu thụ, Cục Xúc tiến thương mại phối hợp "
        "với các đơn vị tổ chức Hội chợ Thương mại quốc tế Việt Nam lần thứ 33 với quy mô 500 gian "
        "hàng."
    ),
    "B|Hội chợ Thương mại quốc tế Việt Nam 2024",
    "B|Thời gian: 17/06/2024 - 20/06/2024",
    "B|Địa điểm: Trung tâm Triển lãm Giảng Võ, số 148 Giảng Võ, Hà Nội",
    (
        "B|Chi phí tham gia: 15 triệu đồng/gian hàng tiêu chuẩn 9 m2, doanh nghiệp nhỏ và vừa được "
        "hỗ trợ 50% chi phí."
    ),
    (
        "B|Hồ sơ đăng ký gửi về Cục Xúc tiến thương mại trước ngày 10/6/2024; mọi chi tiết xin "
        "liên hệ phòng Hội chợ triển lãm để được hướng dẫn cụ thể."
    ),
    "B|Cục Xúc tiến thương mại",
)

PAGES["body_false_footers"] = (
    "B|Vi phạm bản quyền kiểu dáng công nghiệp: Doanh nghiệp cần chủ động",
    (
        "B|Thời gian qua, lực lượng quản lý thị trường đã phát hiện nhiều vụ sao chép kiểu dáng "
        "sản phẩm đồ gỗ xuất khẩu, gây thiệt hại hàng trăm tỷ đồng cho doanh nghiệp trong nước."
    ),
    (
        "B|Theo luật sư, trong trường hợp này bản quyền thuộc về doanh nghiệp đặt hàng thiết kế, "
        "nên việc sao chép mẫu mã để sản xuất hàng xuất khẩu là vi phạm."
    ),
    "B|Giấy phép số 38/GP-BCT cấp cho công ty được gia hạn đến năm 2026 với sản lượng 5.000 tấn mỗi năm.",
    (
        "B|Doanh nghiệp có thể tải mẫu đơn đăng ký từ website này để nộp trực tuyến, thời gian "
        "giải quyết là 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."
    ),
    "B|Hà Linh",
)

PAGES["interview_subheads"] = (
    'B|"Xuất khẩu năm 2024 có thể đạt 400 tỷ USD"',
    (
        "B|Đó là nhận định của ông Trần Thanh Hải, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công "
        "Thương), trong cuộc trao đổi với phóng viên về triển vọng thương mại nửa cuối năm."
    ),
    "B|- Thưa ông, ông đánh giá thế nào về kết quả xuất khẩu 5 tháng đầu năm?",
    (
        "B|- Kim ngạch xuất khẩu 5 tháng đạt 156,8 tỷ USD, tăng 15,2% so với cùng kỳ. Đây là mức "
        "tăng trưởng ấn tượng trong bối cảnh thương mại toàn cầu còn nhiều biến động."
    ),
    "B|Thị trường",
    "B|- Những thị trường nào đóng góp nhiều nhất, thưa ông?",
    (
        "B|- Hoa Kỳ vẫn là thị trường xuất khẩu lớn nhất với 45 tỷ USD, tiếp theo là Trung Quốc và "
        "EU; xuất khẩu sang ASEAN tăng trở lại 9%."
    ),
    "B|- Xin cảm ơn ông!",
    "B|Minh Phương (thực hiện)",
    "x|Bình luận",
    "x|Chưa có bình luận nào. Hãy là người đầu tiên bình luận!",
)

PAGES["double_title_and_sapo"] = (
    "x|Trang chủ > Kinh tế",
    "B|Hải Phòng dẫn đầu cả nước về thu hút FDI",
    "B|Hải Phòng dẫn đầu cả nước về thu hút FDI",
    "B|Lượng vốn FDI đổ vào Hải Phòng 5 tháng đạt 1,68 tỷ USD.",
    (
        "B|Theo Cục Đầu tư nước ngoài, trong 5 tháng đầu năm Hải Phòng thu hút 1,68 tỷ USD vốn "
        "FDI, chiếm 10% tổng vốn đăng ký của cả nước, vượt qua Bắc Ninh và Quảng Ninh."
    ),
    (
        "B|Dự án lớn nhất là nhà máy sản xuất linh kiện điện tử của LG Innotek với vốn đăng ký bổ "
        "sung 1 tỷ USD tại khu công nghiệp Tràng Duệ."
    ),
    "B|Ảnh: Báo Hải Phòng",
    "B|Thùy Dung",
    "x|In bài",
    "x|Tin cùng chuyên mục",
    "x|Quảng Ninh thu hút hơn 500 triệu USD vốn FDI",
    "x|Bắc Giang khởi công khu công nghiệp mới",
)

PAGES["headline_lead_after_byline"] = (
    "B|Bình Dương: Xuất khẩu đồ gỗ phục hồi mạnh",
    (
        "B|Kim ngạch xuất khẩu đồ gỗ của Bình Dương 5 tháng đầu năm đạt 2,1 tỷ USD, tăng 25% so "
        "với cùng kỳ năm trước, nhờ đơn hàng từ thị trường Mỹ và EU tăng trở lại sau thời gian dài "
        "trầm lắng."
    ),
    (
        "B|Hiệp hội Chế biến gỗ tỉnh cho biết nhiều doanh nghiệp đã có đơn hàng đến hết quý III, "
        "một số đơn vị phải tuyển thêm lao động để kịp tiến độ giao hàng."
    ),
    "B|Quốc Thái",
    "x|Giá gỗ nguyên liệu nhập khẩu tăng 10%",
    (
        "x|Giá gỗ tròn và gỗ xẻ nhập khẩu từ châu Phi và Nam Mỹ đã tăng khoảng 10% kể từ đầu năm "
        "do chi phí vận chuyển biển tăng cao..."
    ),
    "x|Doanh nghiệp gỗ lo thiếu container rỗng",
    (
        "x|Tình trạng thiếu container rỗng tại các cảng phía Nam khiến nhiều doanh nghiệp xuất "
        "khẩu đồ gỗ phải lùi lịch giao hàng từ một đến hai tuần..."
    ),
)

PAGES["three_bare_after_byline"] = (
    "B|Long An thu hút thêm 12 dự án FDI",
    (
        "B|Trong 5 tháng đầu năm, Long An cấp mới giấy chứng nhận đầu tư cho 12 dự án FDI với tổng "
        "vốn 356 triệu USD, tập trung vào các khu công nghiệp dọc tuyến Quốc lộ 1A và khu vực giáp "
        "TP.HCM."
    ),
    "B|PHAN ANH",
    "x|Tây Ninh khởi công nhà máy sợi 200 triệu USD",
    "x|Tiền Giang: Xuất khẩu trái cây tăng 40%",
    "x|Đồng Tháp mở rộng vùng nguyên liệu xoài xuất khẩu",
)

PAGES["bnews_like_no_tags"] = (
    "B|Giá xuất khẩu gạo tăng lên mức cao nhất trong 15 năm",
    (
        "B|Giá gạo 5% tấm xuất khẩu của Việt Nam tuần này được chào bán ở mức 660 USD/tấn, tăng 15 "
        "USD/tấn so với tuần trước và cao nhất kể từ năm 2008, theo Hiệp hội Lương thực Việt Nam."
    ),
    (
        "B|Nguyên nhân là nhu cầu nhập khẩu từ Philippines và Indonesia tăng mạnh, trong khi nguồn "
        "cung từ Ấn Độ bị hạn chế do lệnh cấm xuất khẩu gạo trắng."
    ),
    "x|TIN LIÊN QUAN",
    "x|-",
    "x|Hàng hoá",
    "x|Xuất khẩu gạo 7 tháng đạt 2,6 tỷ USD",
    "x|09:05' - 10/08/2023",
    (
        "x|Theo Tổng cục Hải quan, khối lượng gạo xuất khẩu 7 tháng đạt 4,9 triệu tấn, tăng 20,6% "
        "so với cùng kỳ năm trước."
    ),
    "x|-",
    "x|DN cần biết",
    "x|Philippines tăng nhập khẩu gạo từ Việt Nam",
    "x|15:40' - 09/08/2023",
    (
        "x|Philippines đã nhập khẩu 1,8 triệu tấn gạo từ Việt Nam trong 7 tháng, chiếm 85% tổng "
        "lượng nhập khẩu."
    ),
)

PAGES["comment_thread"] = (
    "B|Giá điện bán lẻ tăng 4,8% từ hôm nay",
    (
        "B|Từ ngày 11/10, giá bán lẻ điện bình quân tăng 4,8%, lên mức 2.103,11 đồng/kWh (chưa gồm "
        "thuế giá trị gia tăng), theo Quyết định số 2941/QĐ-BCT của Bộ Công Thương."
    ),
    (
        "B|Với mức tăng này, hộ gia đình sử dụng 200 kWh mỗi tháng sẽ trả thêm khoảng 21.000 đồng; "
        "các doanh nghiệp sản xuất trả thêm từ 3 đến 5% chi phí điện."
    ),
    "x|Bình luận (2)",
    "x|Nguyễn Văn Hùng",
    (
        "x|Giá điện tăng thì chi phí sản xuất của doanh nghiệp nhỏ lại tăng thêm, trong khi đơn "
        "hàng đang giảm, mong các cơ quan quản lý xem xét lộ trình hợp lý hơn cho doanh nghiệp."
    ),
    (
        "x|Nhiều hộ kinh doanh ở khu vực chúng tôi đã phải cắt giảm giờ hoạt động vì tiền điện "
        "chiếm tới 30% chi phí, việc tăng giá thêm 4,8% sẽ khiến nhiều cơ sở phải đóng cửa."
    ),
    "x|Trả lời",
    "x|Thích",
)

PAGES["portal_footer_counters"] = (
    "x|CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH",
    "x|Đăng nhập",
    "x|Tìm kiếm",
    "x|Hotline: 0239.3855.888",
    "B|Hà Tĩnh: Thu ngân sách 5 tháng đạt 6.800 tỷ đồng",
    "x|Lượt xem: 856",
    (
        "B|Theo Sở Tài chính, tổng thu ngân sách nhà nước trên địa bàn tỉnh Hà Tĩnh 5 tháng đầu "
        "năm ước đạt 6.800 tỷ đồng, bằng 48% dự toán, trong đó thu nội địa 4.100 tỷ đồng, thu xuất "
        "nhập khẩu 2.700 tỷ đồng."
    ),
    (
        "B|Thu từ Khu kinh tế Vũng Áng chiếm hơn 60% tổng thu, chủ yếu từ hoạt động của Công ty "
        "TNHH Gang thép Hưng Nghiệp Formosa."
    ),
    "B|Nguồn: Sở Tài chính",
    "x|- Hà Tĩnh tổ chức hội nghị xúc tiến thương mại năm 2024 (17/06/2024)",
    "x|- Khởi công nhà máy điện gió 1.800 tỷ đồng tại Kỳ Anh (15/06/2024)",
    "x|Đang truy cập: 125",
    "x|Tổng lượt truy cập: 12.345.678",
    "x|Trưởng Ban biên tập: Nguyễn Văn B, Chánh Văn phòng UBND tỉnh",
    "x|Cơ quan thường trực: Văn phòng UBND tỉnh Hà Tĩnh",
    "x|Thiết kế bởi VNPT Hà Tĩnh",
)

PAGES["share_bar_between_title_and_lead"] = (
    "B|Việt Nam - EU: Thương mại song phương đạt 30 tỷ USD trong 5 tháng",
    "x|Facebook",
    "x|Zalo",
    "x|Twitter",
    "x|Copy link",
    "x|A- A A+",
    (
        "B|Kim ngạch thương mại hai chiều giữa Việt Nam và Liên minh châu Âu (EU) 5 tháng đầu năm "
        "đạt hơn 30 tỷ USD, tăng 12% so với cùng kỳ, trong đó xuất khẩu đạt 21,3 tỷ USD."
    ),
    (
        "B|Hà Lan, Đức và Italy là ba thị trường xuất khẩu lớn nhất của Việt Nam trong khối, chiếm "
        "khoảng 60% tổng kim ngạch xuất khẩu sang EU."
    ),
    "B|Thu Trang",
)

PAGES["gold_table_widget_top"] = (
    "x|Loại vàng | Mua vào | Bán ra",
    "x|SJC | 76.500 | 77.800",
    "x|Nhẫn 9999 | 74.200 | 75.900",
    "x|VN-Index 1.280,5 +5,2 (+0,41%)",
    "x|Tỷ giá USD: 25.100 - 25.450",
    "x|Hà Nội",
    "x|28°C",
    "x|Mây rải rác",
    "B|Ngân hàng Nhà nước giảm lãi suất điều hành 0,5 điểm phần trăm",
    (
        "B|Từ ngày 19/6, Ngân hàng Nhà nước điều chỉnh giảm lãi suất tái cấp vốn từ 5% xuống "
        "4,5%/năm, lãi suất tái chiết khấu từ 3,5% xuống 3%/năm nhằm hỗ trợ doanh nghiệp tiếp cận "
        "vốn."
    ),
    "B|Đây là lần giảm lãi suất điều hành thứ 4 kể từ đầu năm.",
    "B|PV",
)

PAGES["series_title_and_numbered_items"] = (
    "B|Bài 2: Gỡ nút thắt cho công nghiệp hỗ trợ",
    (
        "B|Dù có nhiều chính sách ưu đãi, tỷ lệ nội địa hóa trong ngành ô tô và điện tử vẫn ở mức "
        "thấp, chỉ khoảng 10-15%, khiến doanh nghiệp công nghiệp hỗ trợ khó tham gia chuỗi cung "
        "ứng toàn cầu."
    ),
    "B|Bộ Công Thương đề xuất ba nhóm giải pháp trọng tâm sau.",
    "B|1. Hoàn thiện khung pháp lý về công nghiệp hỗ trợ",
    "B|2. Thành lập quỹ bảo lãnh tín dụng cho doanh nghiệp nhỏ",
    "B|3. Phát triển các trung tâm kỹ thuật tại Hà Nội và TP.HCM",
    (
        "B|Theo tính toán, nếu các giải pháp được thực hiện đồng bộ, tỷ lệ nội địa hóa có thể tăng "
        "lên 30% vào năm 2030, giúp tiết kiệm khoảng 5 tỷ USD chi phí nhập khẩu linh kiện mỗi năm."
    ),
    "B|Nhóm PV Kinh tế",
    "x|Bài 1: Công nghiệp hỗ trợ vẫn loay hoay tìm chỗ đứng (17/06/2024)",
    "x|Bài 3: Kết nối doanh nghiệp Việt với tập đoàn đa quốc gia (19/06/2024)",
)

PAGES["portal_footer_right_after"] = (
    "B|Quảng Trị: Giải ngân vốn đầu tư công đạt 35%",
    (
        "B|Đến hết tháng 5, tỉnh Quảng Trị đã giải ngân 1.450 tỷ đồng vốn đầu tư công, đạt 35% kế "
        "hoạch vốn năm 2024, cao hơn mức bình quân chung cả nước."
    ),
    (
        "B|UBND tỉnh yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải phóng mặt bằng, phấn đấu giải "
        "ngân trên 95% kế hoạch vốn trước ngày 31/1/2025."
    ),
    "B|Ngọc Trang",
    "x|Đang truy cập: 87",
    "x|Tổng lượt truy cập: 8.765.432",
    "x|Trưởng Ban biên tập: Lê Văn C",
    "x|Cơ quan thường trực: Văn phòng UBND tỉnh Quảng Trị",
    "x|Địa chỉ: 45 Hùng Vương, TP Đông Hà, Quảng Trị",
    "x|Thiết kế và phát triển bởi VNPT Quảng Trị",
)

PAGES["short_title_over_stamp"] = (
    "B|Giá vàng lao dốc",
    "B|17/06/2024 08:15",
    (
        "B|Sáng nay, giá vàng miếng SJC được các doanh nghiệp niêm yết ở mức 74,5 - 76,5 triệu "
        "đồng/lượng, giảm 1,2 triệu đồng/lượng so với chốt phiên hôm qua, mức giảm mạnh nhất trong "
        "hai tuần."
    ),
    "B|Giá vàng nhẫn cũng giảm 800.000 đồng/lượng, xuống còn 74,2 triệu đồng/lượng ở chiều bán ra.",
)

PAGES["teasers_with_leads_before_article"] = (
    "x|Tin nổi bật",
    "x|Giá tiêu hôm nay vượt 150.000 đồng/kg",
    (
        "x|Giá hồ tiêu tại Tây Nguyên và Đông Nam Bộ tiếp tục tăng mạnh, phổ biến ở mức 150.000 "
        "đồng/kg, cao nhất trong 8 năm qua."
    ),
    "x|Xuất khẩu thủy sản tháng 5 đạt 850 triệu USD",
    (
        "x|Theo VASEP, xuất khẩu thủy sản tháng 5 tăng 10% so với cùng kỳ, trong đó tôm đạt 340 "
        "triệu USD, cá tra đạt 180 triệu USD."
    ),
    "B|Kiên Giang: Sản lượng khai thác hải sản 5 tháng đạt 380.000 tấn",
    (
        "B|Theo Sở Nông nghiệp và Phát triển nông thôn Kiên Giang, sản lượng khai thác hải sản 5 "
        "tháng đầu năm ước đạt 380.000 tấn, tăng 3,5% so với cùng kỳ năm trước."
    ),
    (
        "B|Kim ngạch xuất khẩu thủy sản của tỉnh đạt 215 triệu USD, chủ yếu sang các thị trường "
        "Nhật Bản, Hàn Quốc và EU, chiếm 45% tổng kim ngạch xuất khẩu."
    ),
    "B|Hữu Thọ",
)

PAGES["related_box_under_title"] = (
    "B|Bắc Giang: Thu hút 1,5 tỷ USD vốn FDI trong 5 tháng",
    "x|Tin liên quan",
    "x|Bắc Giang khởi công khu công nghiệp Việt Hàn mở rộng",
    (
        "B|Trong 5 tháng đầu năm, tỉnh Bắc Giang thu hút 1,5 tỷ USD vốn đầu tư trực tiếp nước "
        "ngoài, đứng thứ hai cả nước, chỉ sau Hà Nội, với nhiều dự án sản xuất linh kiện điện tử "
        "quy mô lớn."
    ),
    (
        "B|Các nhà đầu tư đến chủ yếu từ Trung Quốc, Hàn Quốc và Singapore; nhiều dự án đã đi vào "
        "hoạt động, tạo việc làm cho khoảng 25.000 lao động địa phương."
    ),
    "B|Thanh Tùng",
)

PAGES["dated_title"] = (
    "x|Thị trường",
    "B|Giá xăng dầu hôm nay - 17/06/2024",
    (
        "B|Giá dầu thô thế giới tiếp tục tăng trong phiên giao dịch đầu tuần, dầu Brent lên 82,6 "
        "USD/thùng, tăng 0,8%; trong nước, giá xăng E5 RON92 đang ở mức 21.600 đồng/lít."
    ),
    (
        "B|Liên Bộ Công Thương - Tài chính sẽ điều chỉnh giá xăng dầu vào chiều thứ Năm tuần này, "
        "dự báo giá xăng có thể tăng nhẹ khoảng 200 - 300 đồng/lít."
    ),
    "x|Giá xăng dầu hôm qua - 16/06/2024",
    "x|Giá xăng dầu ngày 15/06/2024 - 15/06/2024",
)


def marked_page(spec: tuple[str, ...]) -> tuple[str, list[tuple[int, str, str]]]:
    """The page's text and (offset of the line's last character, want, line) for each non-blank line."""
    out: list[str] = []
    want: list[tuple[int, str, str]] = []
    pos = 0
    for raw in spec:
        line = raw[2:] if raw else ""
        if raw:
            assert raw[:2] in ("B|", "x|"), raw
            want.append((pos + len(line.rstrip()) - 1, BODY if raw[0] == "B" else BOILERPLATE, line))
        out.append(line)
        pos += len(line) + 1
    return "\n".join(out) + "\n", want


@pytest.mark.parametrize("name", sorted(PAGES))
def test_scraped_page(name: str) -> None:
    text, want = marked_page(PAGES[name])
    blocks = split_sections(text)
    check_cover(text, blocks)
    got = [(next(b.section for b in blocks if b.start <= at < b.end), line) for at, _, line in want]
    assert got == [(w, line) for _, w, line in want]


@pytest.mark.parametrize(
    "name,date",
    [
        ("congthuong", "2024-06-17"),  # the site header's clock (18/06) above the breadcrumb is not it
        ("province_portal", "2024-06-17"),  # nor the portal's date of today (20/06)
        ("vnexpress", "2024-06-17"),  # the stamp above the title is the article's
        ("teasers_first_no_heading", "2024-06-17"),
        ("stamp_formats_tail", "2024-06-17"),  # the teasers' stamps (17/09/2022) are not
        ("teasers_first", None),
    ],
)
def test_the_article_own_stamp_is_body_for_the_document_date(name: str, date: str | None) -> None:
    from kcextract.rules.date import document_date

    text, _ = marked_page(PAGES[name])
    assert document_date(text, split_sections(text)) == date


def test_scraped_pages_fast() -> None:
    text = "".join(marked_page(spec)[0] for spec in PAGES.values()) * 40
    elapsed = min(_timed(split_sections, text) for _ in range(3))
    assert len(text) / elapsed > 500_000


# --- the 5 samples: the boundary NOTES.md gives ---------------------------------------------

# (file, first body line, last body line), 1-based, as in /work/shared/gold/NOTES.md "Sections".
BOUNDS = [
    ("000_2027e9402666fd3e.txt", 6, 19),
    ("001_7bfe98cd2d888456.txt", 1, 41),
    ("002_bbf45f2fc4466c0e.txt", 1, 17),
    ("003_d79688fc218d4e63.txt", 1, 13),
    ("004_0cee7ab823149d85.txt", 1, 6),
]


@pytest.mark.parametrize("name,first,last", BOUNDS)
def test_sample_boundaries(samples: dict[str, str], name: str, first: int, last: int) -> None:
    from kcextract.text import Document

    text = Document.from_text(samples[name]).text
    blocks = split_sections(text)
    check_cover(text, blocks)
    pos = 0
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            # the section of the line's last character (002's header is a sub-line block before it)
            at = pos + len(line.rstrip()) - 1
            got = next(b.section for b in blocks if b.start <= at < b.end)
            want = BODY if first <= n <= last else BOILERPLATE
            assert got == want, f"{name} line {n}: {line[:60]!r}"
        pos += len(line) + 1


@pytest.mark.parametrize("name,first,last", BOUNDS)
def test_sample_boundaries_without_headings(
    samples: dict[str, str], name: str, first: int, last: int
) -> None:
    """Blank out every heading, widget and link line: the teaser structure alone ends the body."""
    import regex

    from kcextract.text import Document

    text = Document.from_text(samples[name]).text
    markers = regex.compile(
        r"^(?:Tin liên quan|Tin mới hơn|Tin khác|- Từ khóa :|Tin cùng chuyên mục|Tin mới nhất"
        r"|Bạn thấy bài viết này thế nào\?|Kém Bình thường.*|Bài viết cùng chủ đề.*"
        r"|Có thể bạn quan tâm|http://.*)$",
        regex.M,
    )
    text = markers.sub(lambda m: " " * len(m.group()), text)  # same offsets, same line numbers
    blocks = split_sections(text)
    pos = 0
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            at = pos + len(line.rstrip()) - 1
            got = next(b.section for b in blocks if b.start <= at < b.end)
            want = BODY if first <= n <= last else BOILERPLATE
            assert got == want, f"{name} line {n}: {line!r}"
        pos += len(line) + 1


def test_sample_002_header(samples: dict[str, str]) -> None:
    text = samples["002_bbf45f2fc4466c0e.txt"]
    blocks = split_sections(text)
    assert blocks[0].section == BOILERPLATE
    assert text[blocks[0].start : blocks[0].end].strip() == "date 2022-01"
    assert blocks[1].section == BODY and text[blocks[1].start :].startswith("Tiếp tục")
