"""The about stage: a Duckling-style table of sentences and what each figure in them is about.

Each row runs through the public `extract()` (with_about=True). `expected` lists the money and
percent facts of the text in order, each with the fields of its `about` to check (and `text`,
to say which figure is meant). A first line ending in a newline is the article's headline.
"""

from __future__ import annotations

import pytest

from kcextract import extract
from kcextract.about import _shift
from kcextract.rules import Example

N = None


def fig(text: str, metric: str | None, province: str | None, period: str | None, *base: str | None) -> dict:
    out = {"text": text, "metric": metric, "province": province, "period": period}
    if base:
        out["compared_to"] = base[0]
    return out


ABOUT: list[Example] = [
    # --- provincial industry and trade results --------------------------------------------------
    Example(
        "Năm 2023, giá trị sản xuất công nghiệp của tỉnh Bắc Ninh đạt 1.250.000 tỷ đồng,"
        " tăng 3,2% so với năm 2022.",
        [
            fig("1.250.000 tỷ đồng", "giá trị sản xuất công nghiệp", "Bắc Ninh", "2023"),
            fig("3,2%", "giá trị sản xuất công nghiệp", "Bắc Ninh", "2023", "2022"),
        ],
    ),
    Example(
        "Chỉ số sản xuất công nghiệp (IIP) tháng 9/2022 của Thanh Hóa tăng 12,5% so với tháng trước"
        " và tăng 25,3% so với cùng kỳ năm 2021.",
        [
            fig("12,5%", "Chỉ số sản xuất công nghiệp", "Thanh Hóa", "2022-09", "2022-08"),
            fig("25,3%", "Chỉ số sản xuất công nghiệp", "Thanh Hóa", "2022-09", "2021-09"),
        ],
    ),
    Example(
        "Chỉ số IIP quý II/2024 của Vĩnh Phúc tăng 10,5% so với quý trước.",
        [fig("10,5%", "Chỉ số IIP", "Vĩnh Phúc", "2024-04/2024-06", "2024-01/2024-03")],
    ),
    Example(
        "Theo Cục Thống kê tỉnh Đồng Nai, tháng 5/2024 chỉ số sản xuất công nghiệp trên địa bàn"
        " tăng 9,8% so với cùng kỳ.",
        [fig("9,8%", "chỉ số sản xuất công nghiệp", "Đồng Nai", "2024-05", "2023-05")],
    ),
    Example(
        "Giai đoạn 2021-2025, tỉnh Thái Nguyên phấn đấu giá trị sản xuất công nghiệp tăng bình quân 15%.",
        [fig("15%", "giá trị sản xuất công nghiệp", "Thái Nguyên", "2021/2025", N)],
    ),
    Example(
        "Năm 2024, Quảng Bình phấn đấu chỉ số sản xuất công nghiệp tăng 12-13%.",
        [fig("12-13%", "chỉ số sản xuất công nghiệp", "Quảng Bình", "2024", N)],
    ),
    Example(
        "Tốc độ tăng trưởng GRDP của Quảng Ninh năm 2023 đạt 11,03%, cao hơn mức bình quân cả nước.",
        [fig("11,03%", "Tốc độ tăng trưởng GRDP", "Quảng Ninh", "2023", N)],
    ),
    Example(
        "Sản lượng bia năm 2022 của Sóc Trăng tăng 5% so với năm 2019.",
        [fig("5%", "Sản lượng bia", "Sóc Trăng", "2022", "2019")],
    ),
    Example(
        "Giá trị sản xuất công nghiệp của tỉnh Hưng Yên năm 2023 đạt 102% so với kế hoạch.",
        [fig("102%", "Giá trị sản xuất công nghiệp", "Hưng Yên", "2023", N)],
    ),
    Example(
        "Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP của Bình Phước tăng 1,5 điểm phần trăm.",
        [fig("1,5 điểm phần trăm", "Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP", "Bình Phước", N, N)],
    ),
    Example(
        "Năm 2023, ngành Công Thương Tuyên Quang gặp nhiều khó khăn. Tuy vậy, các doanh nghiệp đã nỗ lực"
        " duy trì sản xuất. Giá trị sản xuất công nghiệp đạt 22.000 tỷ đồng, tăng 8%.",
        [
            fig("22.000 tỷ đồng", "Giá trị sản xuất công nghiệp", "Tuyên Quang", "2023"),
            fig("8%", "Giá trị sản xuất công nghiệp", "Tuyên Quang", "2023", N),
        ],
    ),
    Example(
        "Hội nghị do Sở Công Thương Hòa Bình tổ chức sáng 12/1. Năm 2023, giá trị sản xuất công nghiệp"
        " của tỉnh đạt 28.500 tỷ đồng, tăng 9,2% so với năm 2022.",
        [
            fig("28.500 tỷ đồng", "giá trị sản xuất công nghiệp", "Hòa Bình", "2023"),
            fig("9,2%", "giá trị sản xuất công nghiệp", "Hòa Bình", "2023", "2022"),
        ],
    ),
    Example(
        "Giá trị tăng thêm ngành công nghiệp của Nghệ An năm 2023 tăng 7,6%, trong đó công nghiệp"
        " chế biến, chế tạo tăng 9,1% so với năm 2022.",
        [
            fig("7,6%", "Giá trị tăng thêm ngành công nghiệp", "Nghệ An", "2023", N),
            fig("9,1%", "công nghiệp chế biến, chế tạo", "Nghệ An", "2023", "2022"),
        ],
    ),
    Example(
        "Giá trị tăng thêm ngành công nghiệp của Nghệ An năm 2023 tăng 7,6% so với năm 2022, trong đó"
        " công nghiệp chế biến, chế tạo tăng 9,1%.",
        [
            fig("7,6%", "Giá trị tăng thêm ngành công nghiệp", "Nghệ An", "2023", "2022"),
            fig("9,1%", "công nghiệp chế biến, chế tạo", "Nghệ An", "2023", "2022"),
        ],
    ),
    # --- export figures by province -----------------------------------------------------------
    Example(
        "Kim ngạch xuất khẩu của Hải Dương 6 tháng đầu năm 2024 ước đạt 5,2 tỷ USD, tăng 18,4%"
        " so với cùng kỳ năm trước.",
        [
            fig("5,2 tỷ USD", "Kim ngạch xuất khẩu", "Hải Dương", "2024-01/2024-06"),
            fig("18,4%", "Kim ngạch xuất khẩu", "Hải Dương", "2024-01/2024-06", "2023-01/2023-06"),
        ],
    ),
    Example(
        "Kim ngạch xuất khẩu của TP.HCM 9 tháng năm 2024 ước đạt 36,7 tỷ USD.",
        [fig("36,7 tỷ USD", "Kim ngạch xuất khẩu", "Hồ Chí Minh", "2024-01/2024-09")],
    ),
    Example(
        "Xuất khẩu của Quảng Nam tháng 6/2024 đạt 180 triệu USD; tính chung 6 tháng năm 2024 đạt"
        " 1,05 tỷ USD, tăng 12,4% so với cùng kỳ.",
        [
            fig("180 triệu USD", "Xuất khẩu", "Quảng Nam", "2024-06"),
            fig("1,05 tỷ USD", "Xuất khẩu", "Quảng Nam", "2024-01/2024-06"),
            fig("12,4%", "Xuất khẩu", "Quảng Nam", "2024-01/2024-06", "2023-01/2023-06"),
        ],
    ),
    Example(
        "Năm 2023, giá trị xuất khẩu của tỉnh Tây Ninh đạt 6,1 tỷ USD (tăng 4,5% so với năm 2022).",
        [
            fig("6,1 tỷ USD", "giá trị xuất khẩu", "Tây Ninh", "2023"),
            fig("4,5%", "giá trị xuất khẩu", "Tây Ninh", "2023", "2022"),
        ],
    ),
    Example(
        "Về xuất khẩu, năm 2023 tỉnh Tiền Giang đạt 4,1 tỷ USD, tăng 7%.",
        [
            fig("4,1 tỷ USD", "xuất khẩu", "Tiền Giang", "2023"),
            fig("7%", "xuất khẩu", "Tiền Giang", "2023", N),
        ],
    ),
    Example(
        "Kim ngạch nhập khẩu tháng 7 của Bắc Ninh đạt 4,5 tỷ USD.",
        [fig("4,5 tỷ USD", "Kim ngạch nhập khẩu", "Bắc Ninh", "2024-07")],
        "2024-08-02",
    ),
    Example(
        "Doanh thu thương mại điện tử của TP Hồ Chí Minh đạt 8 tỷ USD trong năm 2023.",
        [fig("8 tỷ USD", "Doanh thu thương mại điện tử", "Hồ Chí Minh", "2023")],
    ),
    Example(
        "Năm 2023, tỉnh Hà Nam đã thu hút 500 triệu USD vốn FDI.",
        [fig("500 triệu USD", "vốn FDI", "Hà Nam", "2023")],
    ),
    Example(
        "Xuất khẩu hàng dệt may của Nam Định tăng 15% so với cùng kỳ.",
        [fig("15%", "Xuất khẩu hàng dệt may", "Nam Định", N, N)],
    ),
    Example(
        "Tính đến ngày 30/6/2024, tổng vốn đầu tư đăng ký của các dự án trên địa bàn tỉnh Long An"
        " đạt 12,5 tỷ USD.",
        [fig("12,5 tỷ USD", "tổng vốn đầu tư đăng ký", "Long An", "2024-06-30")],
    ),
    # --- lists of provinces with their figures ------------------------------------------------
    Example(
        "Trong 9 tháng năm 2023, một số địa phương có kim ngạch xuất khẩu giảm mạnh: Bến Tre giảm 20,1%;"
        " Đồng Tháp giảm 19,5%; Long An giảm 12%.",
        [
            fig("20,1%", "kim ngạch xuất khẩu", "Bến Tre", "2023-01/2023-09", N),
            fig("19,5%", "kim ngạch xuất khẩu", "Đồng Tháp", "2023-01/2023-09", N),
            fig("12%", "kim ngạch xuất khẩu", "Long An", "2023-01/2023-09", N),
        ],
    ),
    Example(
        "Năm 2023, các địa phương dẫn đầu về kim ngạch xuất khẩu gồm: Bình Dương đạt 32,5 tỷ USD,"
        " Đồng Nai đạt 22,1 tỷ USD, Bắc Giang đạt 21,4 tỷ USD.",
        [
            fig("32,5 tỷ USD", "kim ngạch xuất khẩu", "Bình Dương", "2023"),
            fig("22,1 tỷ USD", "kim ngạch xuất khẩu", "Đồng Nai", "2023"),
            fig("21,4 tỷ USD", "kim ngạch xuất khẩu", "Bắc Giang", "2023"),
        ],
    ),
    Example(
        "Về vốn khuyến công năm 2024: Lào Cai được phân bổ 3,5 tỷ đồng; Yên Bái 2,8 tỷ đồng;"
        " Hà Giang 2,1 tỷ đồng.",
        [
            fig("3,5 tỷ đồng", "vốn khuyến công", "Lào Cai", "2024"),
            fig("2,8 tỷ đồng", "vốn khuyến công", "Yên Bái", "2024"),
            fig("2,1 tỷ đồng", "vốn khuyến công", "Hà Giang", "2024"),
        ],
    ),
    Example(
        "Về xuất khẩu gạo, An Giang và Kiên Giang cùng giảm 15,5% so với năm 2022.",
        [fig("15,5%", "xuất khẩu gạo", N, N, "2022")],
    ),
    Example(
        "Cả nước xuất khẩu 355 tỷ USD, trong đó Bắc Ninh đóng góp 45 tỷ USD.",
        [fig("355 tỷ USD", "xuất khẩu", N, N), fig("45 tỷ USD", "xuất khẩu", "Bắc Ninh", N)],
    ),
    Example(
        "Ngành bán lẻ phục hồi\nDoanh thu toàn ngành đạt 1.000 tỷ đồng, riêng Hà Nội đạt 300 tỷ đồng.",
        [fig("1.000 tỷ đồng", "Doanh thu", N, N), fig("300 tỷ đồng", "Doanh thu", "Hà Nội", N)],
    ),
    # --- khuyến công budgets and disbursement ---------------------------------------------------
    Example(
        "Năm 2024, tổng kinh phí khuyến công địa phương của tỉnh Nghệ An là 8,5 tỷ đồng, hỗ trợ 45 đề án.",
        [fig("8,5 tỷ đồng", "tổng kinh phí khuyến công địa phương", "Nghệ An", "2024")],
    ),
    Example(
        "Tính đến hết tháng 10/2023, Trung tâm Khuyến công tỉnh Quảng Nam đã giải ngân 3,2 tỷ đồng,"
        " đạt 80% kế hoạch.",
        [
            fig("3,2 tỷ đồng", "giải ngân", "Quảng Nam", "2023-10"),
            fig("80%", "giải ngân", "Quảng Nam", "2023-10", N),
        ],
    ),
    Example(
        "Từ năm 2021 đến nay, tỉnh Lào Cai đã hỗ trợ 120 đề án khuyến công với tổng kinh phí 35 tỷ đồng.",
        [fig("35 tỷ đồng", "tổng kinh phí", "Lào Cai", N)],
    ),
    Example(
        "Từ năm 2021 đến năm 2023, Hà Giang đã hỗ trợ 45 đề án với tổng kinh phí 14,6 tỷ đồng.",
        [fig("14,6 tỷ đồng", "tổng kinh phí", "Hà Giang", "2021/2023")],
    ),
    Example(
        "Trong năm 2022 và quý I/2023, tỉnh Bình Định đã triển khai 30 đề án với tổng kinh phí 12 tỷ đồng.",
        [fig("12 tỷ đồng", "tổng kinh phí", "Bình Định", N)],
    ),
    Example(
        "Tổng kinh phí khuyến công quốc gia năm 2023 là 120 tỷ đồng, đến nay đã giải ngân 110 tỷ đồng,"
        " đạt 91,7%.",
        [
            fig("120 tỷ đồng", "Tổng kinh phí khuyến công quốc gia", N, "2023"),
            fig("110 tỷ đồng", "giải ngân", N, "2023"),
            fig("91,7%", "giải ngân", N, "2023", N),
        ],
    ),
    Example(
        "Năm qua, Sở Công Thương Long An đã hỗ trợ doanh nghiệp với tổng kinh phí 2,1 tỷ đồng.",
        [fig("2,1 tỷ đồng", "tổng kinh phí", "Long An", N)],
    ),
    Example(
        "Năm qua, Sở Công Thương Long An đã hỗ trợ doanh nghiệp với tổng kinh phí 2,1 tỷ đồng.",
        [fig("2,1 tỷ đồng", "tổng kinh phí", "Long An", "2023")],
        "2024-01-15",
    ),
    Example(
        "Ngày 15/3, Sở Công Thương Hà Nam tổ chức hội nghị triển khai kế hoạch khuyến công năm 2024"
        " với tổng kinh phí 6 tỷ đồng.",
        [fig("6 tỷ đồng", "tổng kinh phí", "Hà Nam", "2024")],
    ),
    Example(
        "Phú Yên: Khuyến công góp phần phát triển công nghiệp nông thôn\n"
        "Năm 2023, kinh phí khuyến công địa phương được bố trí 2,5 tỷ đồng.",
        [fig("2,5 tỷ đồng", "kinh phí khuyến công địa phương", "Phú Yên", "2023")],
    ),
    Example(
        "Hà Nam đẩy mạnh khuyến công\nBộ Công Thương cho biết, năm 2023 ngân sách khuyến công quốc gia"
        " bố trí 110 tỷ đồng.",
        [fig("110 tỷ đồng", "ngân sách khuyến công quốc gia", N, "2023")],
    ),
    Example(
        "Năm 2019, kinh phí khuyến công của tỉnh Bắc Giang bị cắt giảm 30%. Tỉnh đã giải ngân 4,2 tỷ đồng"
        " cho 20 đề án.",
        [
            fig("30%", "kinh phí khuyến công", "Bắc Giang", "2019", N),
            fig("4,2 tỷ đồng", "giải ngân", "Bắc Giang", "2019"),
        ],
    ),
    Example(
        "Hoạt động khuyến công đã được triển khai tích cực trong năm 2023 tại Gia Lai. Tổng kinh phí"
        " thực hiện là 4 tỷ đồng.",
        [fig("4 tỷ đồng", "Tổng kinh phí thực hiện", "Gia Lai", N)],
    ),
    # --- retail sales -------------------------------------------------------------------------
    Example(
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 8/2024 của Hà Nội ước đạt"
        " 60.512 tỷ đồng, tăng 1,2% so với tháng trước và tăng 9,5% so với cùng kỳ năm trước.",
        [
            fig(
                "60.512 tỷ đồng",
                "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                "Hà Nội",
                "2024-08",
            ),
            fig(
                "1,2%",
                "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                "Hà Nội",
                "2024-08",
                "2024-07",
            ),
            fig(
                "9,5%",
                "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                "Hà Nội",
                "2024-08",
                "2023-08",
            ),
        ],
    ),
    Example(
        "Tính chung 8 tháng năm 2024, tổng mức bán lẻ hàng hóa của tỉnh Nam Định đạt 37.800 tỷ đồng,"
        " tăng 11,3%.",
        [
            fig("37.800 tỷ đồng", "tổng mức bán lẻ hàng hóa", "Nam Định", "2024-01/2024-08"),
            fig("11,3%", "tổng mức bán lẻ hàng hóa", "Nam Định", "2024-01/2024-08", N),
        ],
    ),
    Example(
        "Năm nay, doanh thu bán lẻ hàng hóa trên địa bàn thành phố Đà Nẵng ước đạt 45.000 tỷ đồng.",
        [fig("45.000 tỷ đồng", "doanh thu bán lẻ hàng hóa", "Đà Nẵng", "2023")],
        "2023-12-20",
    ),
    Example(
        "Quý I/2024, hoạt động thương mại trên địa bàn tỉnh Sóc Trăng có nhiều khởi sắc. Tổng mức bán lẻ"
        " hàng hóa ước đạt 18.200 tỷ đồng, tăng 10,2% so với cùng kỳ.",
        [
            fig("18.200 tỷ đồng", "Tổng mức bán lẻ hàng hóa", "Sóc Trăng", "2024-01/2024-03"),
            fig("10,2%", "Tổng mức bán lẻ hàng hóa", "Sóc Trăng", "2024-01/2024-03", "2023-01/2023-03"),
        ],
    ),
    Example(
        "Quý I/2024, ngành điện tỉnh Quảng Ninh đạt nhiều kết quả tích cực. So với cùng kỳ, sản lượng điện"
        " thương phẩm tăng 8,2%, doanh thu tiền điện tăng 11%.",
        [
            fig("8,2%", "sản lượng điện thương phẩm", "Quảng Ninh", "2024-01/2024-03", "2023-01/2023-03"),
            fig("11%", "doanh thu tiền điện", "Quảng Ninh", "2024-01/2024-03", "2023-01/2023-03"),
        ],
    ),
    Example(
        "Chỉ số giá tiêu dùng (CPI) tháng 10/2024 của tỉnh Kiên Giang giảm 0,15% so với tháng trước.",
        [fig("0,15%", "Chỉ số giá tiêu dùng", "Kiên Giang", "2024-10", "2024-09")],
    ),
    Example(
        "Tháng 3/2024, lượng khách quốc tế đến Khánh Hòa tăng 30% so với cùng kỳ năm 2019.",
        [fig("30%", "lượng khách quốc tế", "Khánh Hòa", "2024-03", "2019-03")],
    ),
    Example(
        "Doanh thu du lịch của Ninh Bình năm 2022 đạt 1.200 tỷ đồng, năm 2023 đạt 1.500 tỷ đồng.",
        [
            fig("1.200 tỷ đồng", "Doanh thu du lịch", "Ninh Bình", "2022"),
            fig("1.500 tỷ đồng", "Doanh thu du lịch", "Ninh Bình", "2023"),
        ],
    ),
    Example(
        "Thu ngân sách nhà nước trên địa bàn tỉnh Bắc Kạn năm 2023 đạt 850 tỷ đồng, bằng 105% dự toán.",
        [
            fig("850 tỷ đồng", "Thu ngân sách nhà nước", "Bắc Kạn", "2023"),
            fig("105%", "Thu ngân sách nhà nước", "Bắc Kạn", "2023", N),
        ],
    ),
    Example(
        "So với kế hoạch năm, doanh thu thương mại điện tử của Cần Thơ đạt 95%.",
        [fig("95%", "doanh thu thương mại điện tử", "Cần Thơ", N, N)],
    ),
    Example(
        "Tháng trước, sản lượng điện tiêu thụ của Đà Nẵng tăng 6%.",
        [fig("6%", "sản lượng điện tiêu thụ", "Đà Nẵng", "2024-04", N)],
        "2024-05-10",
    ),
    # --- national figures in a provincial article -------------------------------------------------
    Example(
        "Hà Tĩnh: Xuất khẩu tăng mạnh\nNăm 2022, kim ngạch xuất khẩu của tỉnh đạt 1,1 tỷ USD, tăng 9% so với"
        " năm 2021. Trong khi đó, kim ngạch xuất khẩu của cả nước đạt 371,3 tỷ USD, tăng 10,6%.",
        [
            fig("1,1 tỷ USD", "kim ngạch xuất khẩu", "Hà Tĩnh", "2022"),
            fig("9%", "kim ngạch xuất khẩu", "Hà Tĩnh", "2022", "2021"),
            fig("371,3 tỷ USD", "kim ngạch xuất khẩu", N, "2022"),
            fig("10,6%", "kim ngạch xuất khẩu", N, "2022", N),
        ],
    ),
    Example(
        "Theo Tổng cục Thống kê, 6 tháng đầu năm 2024, tổng mức bán lẻ hàng hóa và doanh thu"
        " dịch vụ tiêu dùng"
        " cả nước đạt 3.121.000 tỷ đồng, tăng 8,6% so với cùng kỳ năm trước.",
        [
            fig(
                "3.121.000 tỷ đồng",
                "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                N,
                "2024-01/2024-06",
            ),
            fig(
                "8,6%",
                "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                N,
                "2024-01/2024-06",
                "2023-01/2023-06",
            ),
        ],
    ),
    Example(
        "Lâm Đồng: Xuất khẩu cà phê tăng mạnh\nTheo Cục Xuất nhập khẩu, năm 2023 kim ngạch xuất khẩu cà phê"
        " của Việt Nam đạt 4,2 tỷ USD.",
        [fig("4,2 tỷ USD", "kim ngạch xuất khẩu cà phê", N, "2023")],
    ),
    Example(
        "Năm 2023, cả nước có 5 tỉnh đạt kim ngạch xuất khẩu trên 20 tỷ USD.",
        [fig("trên 20 tỷ USD", "kim ngạch xuất khẩu", N, "2023")],
    ),
    Example(
        "Vĩnh Long: Công nghiệp tăng trưởng khá\nNăm 2023, chỉ số sản xuất công nghiệp của tỉnh tăng 6,5%."
        " Cùng kỳ, Bộ Công Thương đã hỗ trợ các địa phương 50 tỷ đồng từ nguồn khuyến công quốc gia.",
        [fig("6,5%", "chỉ số sản xuất công nghiệp", "Vĩnh Long", "2023", N), fig("50 tỷ đồng", N, N, "2023")],
    ),
    # --- respectively, plans, bare subjects ---------------------------------------------------------
    Example(
        "Năm 2023, doanh thu bán lẻ của Hà Nội và Hải Phòng lần lượt tăng 9,1% và 11,4%, trong khi"
        " Quảng Ninh tăng 7%.",
        [
            fig("9,1%", "doanh thu bán lẻ", "Hà Nội", "2023", N),
            fig("11,4%", "doanh thu bán lẻ", "Hải Phòng", "2023", N),
            fig("7%", "doanh thu bán lẻ", "Quảng Ninh", "2023", N),
        ],
    ),
    Example(
        "Năm 2022 và năm 2023, doanh thu của Hợp tác xã lần lượt đạt 10 tỷ đồng và 12,5 tỷ đồng.",
        [fig("10 tỷ đồng", "doanh thu", N, "2022"), fig("12,5 tỷ đồng", "doanh thu", N, "2023")],
    ),
    Example(
        "Kim ngạch xuất khẩu của Hà Nam và Ninh Bình lần lượt đạt 6,2 tỷ USD.",
        [fig("6,2 tỷ USD", "Kim ngạch xuất khẩu", N, N)],
    ),
    Example(
        "Năm 2023, sản lượng điện thương phẩm tỉnh Bình Định tăng 6,1% so với cùng thời điểm năm 2022.",
        [fig("6,1%", "sản lượng điện thương phẩm", "Bình Định", "2023", "2022")],
    ),
    Example(
        "Năm 2024, thu nội địa của Quảng Ngãi đạt 16.400 tỷ đồng, bằng 112% so với dự toán Trung ương"
        " giao và tăng 4% so với năm 2023.",
        [
            fig("16.400 tỷ đồng", "thu nội địa", "Quảng Ngãi", "2024"),
            fig("112%", "thu nội địa", "Quảng Ngãi", "2024", N),
            fig("4%", "thu nội địa", "Quảng Ngãi", "2024", "2023"),
        ],
    ),
    Example(
        "Năm 2025, vốn khuyến công của Cao Bằng tăng 15% so với kế hoạch năm 2024.",
        [fig("15%", "vốn khuyến công", "Cao Bằng", "2025", N)],
    ),
    Example(
        "Quý I/2024, xuất khẩu của Bình Phước tăng 12%. Trong đó, hạt điều đạt 820 triệu USD, chiếm 70%"
        " tổng kim ngạch và tăng 15,3%.",
        [
            fig("12%", "xuất khẩu", "Bình Phước", "2024-01/2024-03", N),
            fig("820 triệu USD", "hạt điều", "Bình Phước", "2024-01/2024-03"),
            fig("70%", "hạt điều", "Bình Phước", "2024-01/2024-03", N),
            fig("15,3%", "hạt điều", "Bình Phước", "2024-01/2024-03", N),
        ],
    ),
    Example("Công ty đạt 5 tỷ đồng trong quý I/2024.", [fig("5 tỷ đồng", N, N, "2024-01/2024-03")]),
    Example(
        "Lũy kế 10 tháng, xuất khẩu của Kiên Giang đạt 780 triệu USD.",
        [fig("780 triệu USD", "xuất khẩu", "Kiên Giang", "2024-01/2024-10")],
        "2024-11-03",
    ),
    Example(
        "Lũy kế 10 tháng, xuất khẩu của Kiên Giang đạt 780 triệu USD.",
        [fig("780 triệu USD", "xuất khẩu", "Kiên Giang", N)],
    ),
    # --- no metric, no province, no period: nothing is guessed ----------------------------------------
    Example(
        "Đến nay, 95% doanh nghiệp trên địa bàn tỉnh Bình Thuận đã hoạt động trở lại.",
        [fig("95%", N, "Bình Thuận", N, N)],
    ),
    Example(
        "Ông Lê Văn C cho biết, công nghiệp vẫn là động lực tăng trưởng khi đóng góp tới 3,1% vào GRDP.",
        [fig("3,1%", N, N, N, N)],
    ),
    Example(
        "Kể từ năm 2020, kim ngạch xuất khẩu của Lạng Sơn tăng bình quân 8%.",
        [fig("8%", "kim ngạch xuất khẩu", "Lạng Sơn", N, N)],
    ),
]


# Whole articles (lines are paragraphs; the first is the headline), annotated by hand against the
# contract. They exercise what a sentence alone cannot: the paragraph's frame and scope, the article's
# province, the document's date (a ` date` header, a dateline or a time stamp) for relative periods.
ARTICLES: list[Example] = [
    Example(
        "Thái Bình: Ngành Công Thương hoàn thành vượt mức các chỉ tiêu năm 2023\n"
        "Ngày 28/12, Sở Công Thương Thái Bình tổ chức hội nghị tổng kết công tác năm 2023 và triển "
        "khai nhiệm vụ năm 2024.\n"
        "Năm 2023, giá trị sản xuất công nghiệp (theo giá so sánh 2010) ước đạt 142.350 tỷ đồng, tăng "
        "12,6% so với năm 2022, đạt 101,2% kế hoạch. Chỉ số sản xuất công nghiệp tăng 10,8%.\n"
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 48.920 tỷ đồng, tăng 11,4% "
        "so với năm trước. Kim ngạch xuất khẩu ước đạt 2,45 tỷ USD, giảm 3,1%; kim ngạch nhập khẩu "
        "ước đạt 2,1 tỷ USD, tăng 4,7%.\n"
        "Năm 2024, ngành Công Thương tỉnh phấn đấu giá trị sản xuất công nghiệp tăng 13-14%, kim "
        "ngạch xuất khẩu đạt 2,7 tỷ USD.",
        [
            fig("142.350 tỷ đồng", "giá trị sản xuất công nghiệp", "Thái Bình", "2023"),
            fig("12,6%", "giá trị sản xuất công nghiệp", "Thái Bình", "2023", "2022"),
            fig("101,2%", "giá trị sản xuất công nghiệp", "Thái Bình", "2023", N),
            fig("10,8%", "Chỉ số sản xuất công nghiệp", "Thái Bình", "2023", N),
            fig("48.920 tỷ đồng", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Thái Bình", N),
            fig("11,4%", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Thái Bình", N, N),
            fig("2,45 tỷ USD", "Kim ngạch xuất khẩu", "Thái Bình", N),
            fig("3,1%", "Kim ngạch xuất khẩu", "Thái Bình", N, N),
            fig("2,1 tỷ USD", "kim ngạch nhập khẩu", "Thái Bình", N),
            fig("4,7%", "kim ngạch nhập khẩu", "Thái Bình", N, N),
            fig("13-14%", "giá trị sản xuất công nghiệp", "Thái Bình", "2024", N),
            fig("2,7 tỷ USD", "kim ngạch xuất khẩu", "Thái Bình", "2024"),
        ],
    ),
    Example(
        "Sản xuất công nghiệp tháng 9 tiếp tục phục hồi\n"
        "Hà Nội, ngày 6/10/2024\n"
        "Theo Tổng cục Thống kê, chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 9/2024 ước tăng "
        "2,6% so với tháng trước và tăng 10,8% so với cùng kỳ năm trước. Tính chung 9 tháng năm 2024, "
        "IIP ước tăng 8,3% so với cùng kỳ năm trước.\n"
        "Tính chung 9 tháng năm 2024, so với cùng kỳ năm trước, một số địa phương có chỉ số IIP tăng "
        "cao: Phú Thọ tăng 35,3%; Khánh Hòa tăng 30,1%; Bắc Giang tăng 28,4%. Ngược lại, Hà Tĩnh giảm "
        "6,7% và Quảng Ngãi giảm 3,2%.\n"
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 9/2024 ước đạt 531,5 nghìn tỷ "
        "đồng, tăng 7,6% so với cùng kỳ năm trước, trong đó doanh thu bán lẻ của Hà Nội đạt 62.400 tỷ "
        "đồng, TP Hồ Chí Minh đạt 98.100 tỷ đồng.",
        [
            fig("2,6%", "chỉ số sản xuất toàn ngành công nghiệp", N, "2024-09", "2024-08"),
            fig("10,8%", "chỉ số sản xuất toàn ngành công nghiệp", N, "2024-09", "2023-09"),
            fig("8,3%", "IIP", N, "2024-01/2024-09", "2023-01/2023-09"),
            fig("35,3%", "chỉ số IIP", "Phú Thọ", "2024-01/2024-09", "2023-01/2023-09"),
            fig("30,1%", "chỉ số IIP", "Khánh Hòa", "2024-01/2024-09", "2023-01/2023-09"),
            fig("28,4%", "chỉ số IIP", "Bắc Giang", "2024-01/2024-09", "2023-01/2023-09"),
            fig("6,7%", N, "Hà Tĩnh", "2024-01/2024-09", N),
            fig("3,2%", N, "Quảng Ngãi", "2024-01/2024-09", N),
            fig(
                "531,5 nghìn tỷ đồng",
                "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                N,
                "2024-09",
            ),
            fig("7,6%", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", N, "2024-09", "2023-09"),
            fig("62.400 tỷ đồng", "doanh thu bán lẻ", "Hà Nội", "2024-09"),
            fig("98.100 tỷ đồng", "doanh thu bán lẻ", "Hồ Chí Minh", "2024-09"),
        ],
    ),
    Example(
        "Quảng Trị: Khuyến công tiếp sức cho doanh nghiệp nông thôn\n"
        "Giai đoạn 2021-2023, Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Quảng Trị đã triển "
        "khai 64 đề án với tổng kinh phí 18,6 tỷ đồng.\n"
        "Năm 2021, kinh phí khuyến công địa phương được giao 5,2 tỷ đồng, đã giải ngân 4,9 tỷ đồng, "
        "đạt 94,2% dự toán. Năm 2022, tỉnh bố trí 6 tỷ đồng, giải ngân đạt 100%. Năm 2023, tổng kinh "
        "phí khuyến công đạt 7,4 tỷ đồng, tăng 23,3% so với năm 2022, trong đó kinh phí khuyến công "
        "địa phương là 5,1 tỷ đồng.\n"
        "Theo ông Nguyễn Văn Hùng, Giám đốc Trung tâm, nguồn vốn khuyến công năm 2024 dự kiến đạt 8 "
        "tỷ đồng.",
        [
            fig("18,6 tỷ đồng", "tổng kinh phí", "Quảng Trị", "2021/2023"),
            fig("5,2 tỷ đồng", "kinh phí khuyến công địa phương", "Quảng Trị", "2021"),
            fig("4,9 tỷ đồng", "giải ngân", "Quảng Trị", "2021"),
            fig("94,2%", "giải ngân", "Quảng Trị", "2021", N),
            fig("6 tỷ đồng", N, "Quảng Trị", "2022"),
            fig("100%", "giải ngân", "Quảng Trị", "2022", N),
            fig("7,4 tỷ đồng", "tổng kinh phí khuyến công", "Quảng Trị", "2023"),
            fig("23,3%", "tổng kinh phí khuyến công", "Quảng Trị", "2023", "2022"),
            fig("5,1 tỷ đồng", "kinh phí khuyến công địa phương", "Quảng Trị", "2023"),
            fig("8 tỷ đồng", "nguồn vốn khuyến công", "Quảng Trị", "2024"),
        ],
    ),
    Example(
        "Xuất khẩu sang Hoa Kỳ 10 tháng tăng gần 25%\n"
        "Theo số liệu của Tổng cục Hải quan, 10 tháng năm 2024, kim ngạch xuất khẩu hàng hóa của Việt "
        "Nam sang Hoa Kỳ đạt 98,4 tỷ USD, tăng 24,6% so với cùng kỳ năm 2023. Hoa Kỳ tiếp tục là thị "
        "trường xuất khẩu lớn nhất của nước ta.\n"
        "Xuất khẩu sang Trung Quốc đạt 50,2 tỷ USD, tăng 17,1%; sang EU đạt 42,5 tỷ USD, tăng 16,4%. "
        "Riêng xuất khẩu sang Nhật Bản giảm nhẹ 1,2%.\n"
        "Ở chiều ngược lại, nhập khẩu từ Trung Quốc 10 tháng năm 2024 đạt 116,6 tỷ USD, chiếm 37,9% "
        "tổng kim ngạch nhập khẩu của cả nước.",
        [
            fig("25%", "Xuất khẩu", N, N, N),
            fig("98,4 tỷ USD", "kim ngạch xuất khẩu hàng hóa", N, "2024-01/2024-10"),
            fig("24,6%", "kim ngạch xuất khẩu hàng hóa", N, "2024-01/2024-10", "2023-01/2023-10"),
            fig("50,2 tỷ USD", "Xuất khẩu", N, N),
            fig("17,1%", "Xuất khẩu", N, N, N),
            fig("42,5 tỷ USD", "Xuất khẩu", N, N),
            fig("16,4%", "Xuất khẩu", N, N, N),
            fig("1,2%", "xuất khẩu", N, N, N),
            fig("116,6 tỷ USD", "nhập khẩu", N, "2024-01/2024-10"),
            fig("37,9%", "nhập khẩu", N, "2024-01/2024-10", N),
        ],
    ),
    Example(
        "date 2024-10 Bình Dương: Xuất khẩu 9 tháng qua tăng trưởng khả quan\n"
        "Theo Sở Công Thương Bình Dương, kim ngạch xuất khẩu 9 tháng qua ước đạt 25,1 tỷ USD, tăng "
        "14,3% so với cùng kỳ năm trước.\n"
        "Riêng tháng trước, xuất khẩu đạt 3,05 tỷ USD, tăng 2,1% so với tháng 8. Chỉ số sản xuất công "
        "nghiệp tháng 9 tăng 11,2% so với cùng kỳ.\n"
        "Năm nay, tỉnh phấn đấu kim ngạch xuất khẩu đạt 34 tỷ USD, tăng 12% so với năm trước.",
        [
            fig("25,1 tỷ USD", "kim ngạch xuất khẩu", "Bình Dương", "2024-01/2024-09"),
            fig("14,3%", "kim ngạch xuất khẩu", "Bình Dương", "2024-01/2024-09", "2023-01/2023-09"),
            fig("3,05 tỷ USD", "xuất khẩu", "Bình Dương", "2024-09"),
            fig("2,1%", "xuất khẩu", "Bình Dương", "2024-09", "2024-08"),
            fig("11,2%", "Chỉ số sản xuất công nghiệp", "Bình Dương", "2024-09", "2023-09"),
            fig("34 tỷ USD", "kim ngạch xuất khẩu", "Bình Dương", "2024"),
            fig("12%", "kim ngạch xuất khẩu", "Bình Dương", "2024", "2023"),
        ],
    ),
    Example(
        "Bắc Giang dẫn đầu cả nước về thu hút FDI\n"
        "Tính đến ngày 20/10/2024, tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam đạt 27,26 tỷ USD, "
        "tăng 1,9% so với cùng kỳ năm trước.\n"
        "Trong 10 tháng năm 2024, tỉnh Bắc Giang thu hút 3,2 tỷ USD vốn FDI, chiếm 11,7% tổng vốn "
        "đăng ký của cả nước. Quảng Ninh đứng thứ hai với 2,9 tỷ USD, tiếp theo là Hà Nội với 2,5 tỷ "
        "USD.\n"
        "Vốn FDI thực hiện của Bắc Giang ước đạt 1,9 tỷ USD, tăng 35%.",
        [
            fig("27,26 tỷ USD", "tổng vốn đầu tư nước ngoài đăng ký", N, "2024-10-20"),
            fig("1,9%", "tổng vốn đầu tư nước ngoài đăng ký", N, "2024-10-20", "2023-10-20"),
            fig("3,2 tỷ USD", "vốn FDI", "Bắc Giang", "2024-01/2024-10"),
            fig("11,7%", "vốn FDI", "Bắc Giang", "2024-01/2024-10", N),
            fig("2,9 tỷ USD", N, "Quảng Ninh", "2024-01/2024-10"),
            fig("2,5 tỷ USD", N, "Hà Nội", "2024-01/2024-10"),
            fig("1,9 tỷ USD", "Vốn FDI thực hiện", "Bắc Giang", N),
            fig("35%", "Vốn FDI thực hiện", "Bắc Giang", N, N),
        ],
    ),
    Example(
        "Phú Thọ (mới): Sản xuất công nghiệp 6 tháng đầu năm 2025 tăng trưởng hai con số\n"
        "Theo Sở Công Thương tỉnh Phú Thọ (mới), 6 tháng đầu năm 2025, chỉ số sản xuất công nghiệp "
        "toàn tỉnh tăng 14,2% so với cùng kỳ năm 2024, trong đó khu vực tỉnh Vĩnh Phúc (cũ) tăng "
        "16,5%, tỉnh Hòa Bình (cũ) tăng 9,3%.\n"
        "Giá trị xuất khẩu của tỉnh ước đạt 19,8 tỷ USD, chiếm khoảng 9% kim ngạch xuất khẩu của cả "
        "nước.",
        [
            fig("14,2%", "chỉ số sản xuất công nghiệp", "Phú Thọ", "2025-01/2025-06", "2024-01/2024-06"),
            fig("16,5%", "chỉ số sản xuất công nghiệp", "Vĩnh Phúc", "2025-01/2025-06", "2024-01/2024-06"),
            fig("9,3%", "chỉ số sản xuất công nghiệp", "Hòa Bình", "2025-01/2025-06", "2024-01/2024-06"),
            fig("19,8 tỷ USD", "Giá trị xuất khẩu", "Phú Thọ", N),
            fig("9%", "Giá trị xuất khẩu", "Phú Thọ", N, N),
        ],
    ),
    Example(
        "Xuất khẩu gạo của nhiều tỉnh Đồng bằng sông Cửu Long sụt giảm\n"
        "Năm 2023, kim ngạch xuất khẩu gạo của vùng Đồng bằng sông Cửu Long đạt 3,1 tỷ USD, giảm 8,4% "
        "so với năm 2022. Kim ngạch xuất khẩu gạo của một số tỉnh giảm mạnh so với năm trước: Bến Tre "
        "giảm 60,1%; Đồng Tháp giảm 59,1%; Vĩnh Long giảm 22,5%. Ngược lại, An Giang tăng 12,3% và "
        "Kiên Giang tăng 8,7%.\n"
        "Riêng Cần Thơ đạt 420 triệu USD, tăng 5,6%.",
        [
            fig("3,1 tỷ USD", "kim ngạch xuất khẩu gạo", N, "2023"),
            fig("8,4%", "kim ngạch xuất khẩu gạo", N, "2023", "2022"),
            fig("60,1%", "Kim ngạch xuất khẩu gạo", "Bến Tre", "2023", "2022"),
            fig("59,1%", "Kim ngạch xuất khẩu gạo", "Đồng Tháp", "2023", "2022"),
            fig("22,5%", "Kim ngạch xuất khẩu gạo", "Vĩnh Long", "2023", "2022"),
            fig("12,3%", N, "An Giang", "2023", N),
            fig("8,7%", N, "Kiên Giang", "2023", N),
            fig("420 triệu USD", N, "Cần Thơ", N),
            fig("5,6%", N, "Cần Thơ", N, N),
        ],
    ),
    Example(
        "Thu ngân sách của Lạng Sơn vượt dự toán\n"
        "Năm 2024, thu ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn ước đạt 8.650 tỷ đồng, bằng 117% "
        "so với dự toán Trung ương giao và tăng 9,6% so với năm 2023. Trong đó, thu từ hoạt động xuất "
        "nhập khẩu đạt 5.200 tỷ đồng, vượt 30% so với kế hoạch.\n"
        "Kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh đạt 5,6 tỷ USD, đạt 95% "
        "kế hoạch năm.",
        [
            fig("8.650 tỷ đồng", "thu ngân sách nhà nước", "Lạng Sơn", "2024"),
            fig("117%", "thu ngân sách nhà nước", "Lạng Sơn", "2024", N),
            fig("9,6%", "thu ngân sách nhà nước", "Lạng Sơn", "2024", "2023"),
            fig("5.200 tỷ đồng", "thu từ hoạt động xuất nhập khẩu", "Lạng Sơn", "2024"),
            fig("30%", "thu từ hoạt động xuất nhập khẩu", "Lạng Sơn", "2024", N),
            fig("5,6 tỷ USD", "Kim ngạch xuất nhập khẩu hàng hóa", "Lạng Sơn", N),
            fig("95%", "Kim ngạch xuất nhập khẩu hàng hóa", "Lạng Sơn", N, N),
        ],
    ),
    Example(
        "Đồng Nai: Sản xuất công nghiệp tiếp tục tăng trưởng\n"
        "Theo Cục Thống kê Đồng Nai, chỉ số sản xuất công nghiệp tháng 11/2024 của tỉnh tăng 8,5% so "
        "với cùng kỳ năm trước, trong khi IIP của cả nước tăng 9,7%. Tính chung 11 tháng năm 2024, "
        "IIP của Đồng Nai tăng 7,1%, thấp hơn mức 8,4% của cả nước.\n"
        "Kim ngạch xuất khẩu 11 tháng năm 2024 của tỉnh đạt 22,4 tỷ USD, tăng 11% so với cùng kỳ.",
        [
            fig("8,5%", "chỉ số sản xuất công nghiệp", "Đồng Nai", "2024-11", "2023-11"),
            fig("9,7%", "IIP", N, "2024-11", N),
            fig("7,1%", "IIP", "Đồng Nai", "2024-01/2024-11", N),
            fig("8,4%", "IIP", N, "2024-01/2024-11", N),
            fig("22,4 tỷ USD", "Kim ngạch xuất khẩu", "Đồng Nai", "2024-01/2024-11"),
            fig("11%", "Kim ngạch xuất khẩu", "Đồng Nai", "2024-01/2024-11", "2023-01/2023-11"),
        ],
    ),
    Example(
        "Hà Nội: Sức mua dịp cuối năm tăng mạnh\n"
        "Hà Nội, ngày 5 tháng 1 năm 2024\n"
        "Tháng 12/2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn thành "
        "phố ước đạt 65.210 tỷ đồng, tăng 2,3% so với tháng trước. Năm qua, tổng mức bán lẻ ước đạt "
        "725.000 tỷ đồng, tăng 10,5% so với năm 2022.",
        [
            fig(
                "65.210 tỷ đồng",
                "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                "Hà Nội",
                "2023-12",
            ),
            fig(
                "2,3%",
                "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                "Hà Nội",
                "2023-12",
                "2023-11",
            ),
            fig("725.000 tỷ đồng", "tổng mức bán lẻ", "Hà Nội", "2023"),
            fig("10,5%", "tổng mức bán lẻ", "Hà Nội", "2023", "2022"),
        ],
    ),
    Example(
        "Khuyến công quốc gia: Hiệu quả từ những đồng vốn mồi\n"
        "Năm 2022, Bộ Công Thương đã phê duyệt 98 đề án khuyến công quốc gia với tổng kinh phí 108 tỷ "
        "đồng. Đến hết ngày 31/12/2022, kinh phí đã giải ngân đạt 101,5 tỷ đồng, bằng 94% kinh phí "
        "được giao.\n"
        "Năm 2023, kinh phí khuyến công quốc gia được bố trí 120 tỷ đồng, tăng 11,1% so với năm 2022. "
        "Tại Nghệ An, kinh phí khuyến công quốc gia hỗ trợ cho tỉnh đạt 4,5 tỷ đồng.",
        [
            fig("108 tỷ đồng", "tổng kinh phí", N, "2022"),
            fig("101,5 tỷ đồng", "kinh phí đã giải ngân", N, "2022-12-31"),
            fig("94%", "kinh phí đã giải ngân", N, "2022-12-31", N),
            fig("120 tỷ đồng", "kinh phí khuyến công quốc gia", N, "2023"),
            fig("11,1%", "kinh phí khuyến công quốc gia", N, "2023", "2022"),
            fig("4,5 tỷ đồng", "kinh phí khuyến công quốc gia", "Nghệ An", "2023"),
        ],
    ),
    Example(
        "Vùng kinh tế trọng điểm Bắc Bộ: Công nghiệp tăng trưởng ổn định\n"
        "Năm 2023, chỉ số sản xuất công nghiệp của Hà Nội, Hải Phòng và Quảng Ninh lần lượt tăng "
        "3,2%, 14,9% và 8,7% so với năm 2022. Kim ngạch xuất khẩu của Bắc Ninh và Bắc Giang lần lượt "
        "đạt 43,5 tỷ USD và 21,4 tỷ USD.",
        [
            fig("3,2%", "chỉ số sản xuất công nghiệp", "Hà Nội", "2023", "2022"),
            fig("14,9%", "chỉ số sản xuất công nghiệp", "Hải Phòng", "2023", "2022"),
            fig("8,7%", "chỉ số sản xuất công nghiệp", "Quảng Ninh", "2023", "2022"),
            fig("43,5 tỷ USD", "Kim ngạch xuất khẩu", "Bắc Ninh", "2023"),
            fig("21,4 tỷ USD", "Kim ngạch xuất khẩu", "Bắc Giang", "2023"),
        ],
    ),
    Example(
        "Cần Thơ: Xuất khẩu 10 tháng đạt hơn 2 tỷ USD\n"
        "Thứ Sáu, 08/11/2024 09:30\n"
        "Theo Sở Công Thương thành phố Cần Thơ, kim ngạch xuất khẩu hàng hóa tháng 10 ước đạt 215 "
        "triệu USD, giảm 3,5% so với tháng trước nhưng tăng 8,2% so với cùng kỳ năm trước. Lũy kế 10 "
        "tháng, kim ngạch xuất khẩu ước đạt 2,05 tỷ USD, tăng 12,4% so với cùng kỳ, bằng 86% kế hoạch "
        "năm.\n"
        "Trong đó, thủy sản đạt 680 triệu USD; gạo đạt 590 triệu USD, tăng mạnh 41%.\n"
        "Giá trị sản xuất công nghiệp (giá so sánh 2010) quý III/2024 đạt 28.300 tỷ đồng, tăng 7,9% "
        "so với quý trước.",
        [
            fig("hơn 2 tỷ USD", "Xuất khẩu", "Cần Thơ", N),
            fig("215 triệu USD", "kim ngạch xuất khẩu hàng hóa", "Cần Thơ", "2024-10"),
            fig("3,5%", "kim ngạch xuất khẩu hàng hóa", "Cần Thơ", "2024-10", "2024-09"),
            fig("8,2%", "kim ngạch xuất khẩu hàng hóa", "Cần Thơ", "2024-10", "2023-10"),
            fig("2,05 tỷ USD", "kim ngạch xuất khẩu", "Cần Thơ", "2024-01/2024-10"),
            fig("12,4%", "kim ngạch xuất khẩu", "Cần Thơ", "2024-01/2024-10", "2023-01/2023-10"),
            fig("86%", "kim ngạch xuất khẩu", "Cần Thơ", "2024-01/2024-10", N),
            fig("680 triệu USD", "thủy sản", "Cần Thơ", N),
            fig("590 triệu USD", "gạo", "Cần Thơ", N),
            fig("41%", "gạo", "Cần Thơ", N, N),
            fig("28.300 tỷ đồng", "Giá trị sản xuất công nghiệp", "Cần Thơ", "2024-07/2024-09"),
            fig("7,9%", "Giá trị sản xuất công nghiệp", "Cần Thơ", "2024-07/2024-09", "2024-04/2024-06"),
        ],
    ),
    Example(
        "Giá xăng đồng loạt giảm từ 15 giờ chiều nay\n"
        "Chiều 17/10, liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu. Theo đó, giá "
        "xăng E5 RON92 giảm 580 đồng/lít, xuống còn 19.797 đồng/lít; giá xăng RON95-III giảm 600 "
        "đồng/lít, còn 20.726 đồng/lít.\n"
        "Từ ngày 11/10/2024, giá bán lẻ điện bình quân tăng 4,8%, lên mức 2.103,11 đồng/kWh.",
        [
            fig("580 đồng", "giá xăng E5 RON92", N, N),
            fig("19.797 đồng", "giá xăng E5 RON92", N, N),
            fig("600 đồng", "giá xăng RON95-III", N, N),
            fig("20.726 đồng", "giá xăng RON95-III", N, N),
            fig("4,8%", "giá bán lẻ điện bình quân", N, N, N),
            fig("2.103,11 đồng", "giá bán lẻ điện bình quân", N, N),
        ],
    ),
    Example(
        "Long An thu hút đầu tư: Những con số ấn tượng\n"
        "Năm 2023, tỉnh Long An cấp mới 52 dự án FDI với tổng vốn đăng ký 1,03 tỷ USD, tăng 25% so "
        "với năm 2022. Lũy kế đến nay, toàn tỉnh có 1.287 dự án FDI với tổng vốn đầu tư 11,5 tỷ "
        "USD.\n"
        '"Năm 2024, tỉnh đặt mục tiêu thu hút ít nhất 1,2 tỷ USD vốn FDI", ông Nguyễn Văn Út, Chủ '
        "tịch UBND tỉnh cho biết.\n"
        "Cũng trong năm 2023, Bình Dương thu hút 1,7 tỷ USD vốn FDI, Đồng Nai thu hút 1,6 tỷ USD.",
        [
            fig("1,03 tỷ USD", "tổng vốn đăng ký", "Long An", "2023"),
            fig("25%", "tổng vốn đăng ký", "Long An", "2023", "2022"),
            fig("11,5 tỷ USD", "tổng vốn đầu tư", "Long An", N),
            fig("ít nhất 1,2 tỷ USD", "vốn FDI", "Long An", "2024"),
            fig("1,7 tỷ USD", "vốn FDI", "Bình Dương", "2023"),
            fig("1,6 tỷ USD", N, "Đồng Nai", "2023"),
        ],
    ),
    Example(
        "Bán lẻ hàng hóa 11 tháng tăng gần 9%\n"
        "Tổng cục Thống kê cho biết, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng "
        "năm 2024 ước đạt 5.823,5 nghìn tỷ đồng, tăng 8,8% so với cùng kỳ năm trước. Trong đó, doanh "
        "thu bán lẻ hàng hóa ước đạt 4.442,1 nghìn tỷ đồng, chiếm 76,3% tổng mức và tăng 8,3%.\n"
        "Tại Quảng Ninh, doanh thu dịch vụ lưu trú, ăn uống 11 tháng năm 2024 đạt 14.500 tỷ đồng, "
        "tăng 15,2% so với cùng kỳ năm ngoái. Doanh thu du lịch lữ hành tăng 22,4%.",
        [
            fig("9%", "Bán lẻ hàng hóa", N, N, N),
            fig(
                "5.823,5 nghìn tỷ đồng",
                "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                N,
                "2024-01/2024-11",
            ),
            fig(
                "8,8%",
                "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                N,
                "2024-01/2024-11",
                "2023-01/2023-11",
            ),
            fig("4.442,1 nghìn tỷ đồng", "doanh thu bán lẻ hàng hóa", N, "2024-01/2024-11"),
            fig("76,3%", "doanh thu bán lẻ hàng hóa", N, "2024-01/2024-11", N),
            fig("8,3%", "doanh thu bán lẻ hàng hóa", N, "2024-01/2024-11", N),
            fig("14.500 tỷ đồng", "doanh thu dịch vụ lưu trú, ăn uống", "Quảng Ninh", "2024-01/2024-11"),
            fig(
                "15,2%",
                "doanh thu dịch vụ lưu trú, ăn uống",
                "Quảng Ninh",
                "2024-01/2024-11",
                "2023-01/2023-11",
            ),
            fig("22,4%", "Doanh thu du lịch lữ hành", "Quảng Ninh", N, N),
        ],
    ),
    Example(
        "Sở Công Thương Sơn La triển khai kế hoạch khuyến công năm 2025\n"
        "Năm 2025, kinh phí khuyến công địa phương của Sơn La được UBND tỉnh phê duyệt 3,6 tỷ đồng, "
        "tăng 20% so với dự toán năm 2024. Ngoài ra, Sở đề xuất Bộ Công Thương hỗ trợ 2 tỷ đồng từ "
        "nguồn khuyến công quốc gia.\n"
        "Năm 2024, tỉnh đã hỗ trợ 18 đề án, giải ngân 2,9 tỷ đồng, đạt 96,7% kế hoạch.",
        [
            fig("3,6 tỷ đồng", "kinh phí khuyến công địa phương", "Sơn La", "2025"),
            fig("20%", "kinh phí khuyến công địa phương", "Sơn La", "2025", N),
            fig("2 tỷ đồng", N, N, "2025"),
            fig("2,9 tỷ đồng", "giải ngân", "Sơn La", "2024"),
            fig("96,7%", "giải ngân", "Sơn La", "2024", N),
        ],
    ),
    Example(
        "date 2024-07-29 Chỉ số giá tiêu dùng tháng 7 của Hà Nội tăng nhẹ\n"
        "Theo Cục Thống kê thành phố Hà Nội, chỉ số giá tiêu dùng (CPI) tháng này tăng 0,36% so với "
        "tháng trước và tăng 4,1% so với cùng kỳ năm trước. Bình quân 7 tháng năm nay, CPI tăng 3,9% "
        "so với cùng kỳ năm 2023.\n"
        "Giá thịt lợn hơi dao động 65.000-68.000 đồng/kg, tăng khoảng 10% so với tháng 6.",
        [
            fig("0,36%", "chỉ số giá tiêu dùng", "Hà Nội", "2024-07", "2024-06"),
            fig("4,1%", "chỉ số giá tiêu dùng", "Hà Nội", "2024-07", "2023-07"),
            fig("3,9%", "CPI", "Hà Nội", "2024-01/2024-07", "2023-01/2023-07"),
            fig("65.000-68.000 đồng", "Giá thịt lợn hơi", "Hà Nội", N),
            fig("10%", "Giá thịt lợn hơi", "Hà Nội", N, "2024-06"),
        ],
    ),
    Example(
        "Các tỉnh Tây Nguyên đẩy mạnh xuất khẩu nông sản\n"
        "Tại Đắk Lắk, kim ngạch xuất khẩu năm 2023 đạt 1,65 tỷ USD, tăng 35% so với năm ngoái. Cà phê "
        "vẫn là mặt hàng chủ lực, chiếm 80% giá trị xuất khẩu.\n"
        "Còn ở Gia Lai, xuất khẩu năm 2023 ước đạt 850 triệu USD. Tỉnh đặt mục tiêu năm 2024 đạt 1 tỷ "
        "USD.\n"
        "Theo Bộ Công Thương, xuất khẩu cà phê cả nước năm 2023 đạt 4,2 tỷ USD, cao nhất trong 10 năm "
        "qua.",
        [
            fig("1,65 tỷ USD", "kim ngạch xuất khẩu", "Đắk Lắk", "2023"),
            fig("35%", "kim ngạch xuất khẩu", "Đắk Lắk", "2023", "2022"),
            fig("80%", N, "Đắk Lắk", N, N),
            fig("850 triệu USD", "xuất khẩu", "Gia Lai", "2023"),
            fig("1 tỷ USD", N, "Gia Lai", "2024"),
            fig("4,2 tỷ USD", "xuất khẩu cà phê", N, "2023"),
        ],
    ),
    Example(
        "TP.HCM: Chỉ số sản xuất công nghiệp quý I tăng 6,4%\n"
        "Quý I/2024, chỉ số sản xuất công nghiệp (IIP) trên địa bàn TP.HCM tăng 6,4% so với cùng thời "
        "điểm năm 2023. Bốn ngành công nghiệp trọng điểm đạt doanh thu 365.000 tỷ đồng (tăng 7,1%).\n"
        "Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP của thành phố tăng 0,8 điểm phần trăm so "
        "với năm ngoái.",
        [
            fig("6,4%", "Chỉ số sản xuất công nghiệp", "Hồ Chí Minh", N, N),
            fig("6,4%", "chỉ số sản xuất công nghiệp", "Hồ Chí Minh", "2024-01/2024-03", "2023-01/2023-03"),
            fig("365.000 tỷ đồng", "doanh thu", "Hồ Chí Minh", "2024-01/2024-03"),
            fig("7,1%", "doanh thu", "Hồ Chí Minh", "2024-01/2024-03", N),
            fig(
                "0,8 điểm phần trăm",
                "Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP",
                "Hồ Chí Minh",
                N,
                N,
            ),
        ],
    ),
    Example(
        "Lâm Đồng (mới) đặt mục tiêu xuất khẩu 3 tỷ USD\n"
        "Sau sáp nhập, tỉnh Lâm Đồng (mới) gồm tỉnh Lâm Đồng, Đắk Nông và Bình Thuận cũ. Năm 2025, "
        "tỉnh phấn đấu kim ngạch xuất khẩu đạt 3 tỷ USD, tăng 12% so với năm 2024. Trong đó, khu vực "
        "Bình Thuận (cũ) dự kiến đạt 1,1 tỷ USD.",
        [
            fig("3 tỷ USD", "xuất khẩu", "Lâm Đồng", N),
            fig("3 tỷ USD", "kim ngạch xuất khẩu", "Lâm Đồng", "2025"),
            fig("12%", "kim ngạch xuất khẩu", "Lâm Đồng", "2025", "2024"),
            fig("1,1 tỷ USD", N, "Bình Thuận", "2025"),
        ],
    ),
    Example(
        "Xuất nhập khẩu tháng 5/2024 tăng mạnh\n"
        "Tháng 5/2024, tổng kim ngạch xuất nhập khẩu hàng hóa ước đạt 65,1 tỷ USD, tăng 25,3% so với "
        "cùng kỳ năm trước. Trong đó, xuất khẩu đạt 32,8 tỷ USD; nhập khẩu đạt 32,3 tỷ USD.\n"
        "Cán cân thương mại hàng hóa 5 tháng năm 2024 ước tính xuất siêu 8,4 tỷ USD.",
        [
            fig("65,1 tỷ USD", "tổng kim ngạch xuất nhập khẩu hàng hóa", N, "2024-05"),
            fig("25,3%", "tổng kim ngạch xuất nhập khẩu hàng hóa", N, "2024-05", "2023-05"),
            fig("32,8 tỷ USD", "xuất khẩu", N, "2024-05"),
            fig("32,3 tỷ USD", "nhập khẩu", N, "2024-05"),
            fig("8,4 tỷ USD", "xuất siêu", N, "2024-01/2024-05"),
        ],
    ),
    Example(
        "Khánh Hòa: Hỗ trợ doanh nghiệp công nghiệp nông thôn\n"
        "Từ năm 2021, Sở Công Thương Khánh Hòa đã hỗ trợ 35 cơ sở với 4,3 tỷ đồng kinh phí khuyến "
        "công. Tổng vốn đối ứng của các cơ sở đạt 21 tỷ đồng trong giai đoạn 2021-2023.\n"
        "Ngày 10/5/2024, UBND tỉnh phê duyệt kế hoạch khuyến công với kinh phí 2,4 tỷ đồng cho năm "
        "2024.",
        [
            fig("4,3 tỷ đồng", "kinh phí khuyến công", "Khánh Hòa", N),
            fig("21 tỷ đồng", "Tổng vốn đối ứng", "Khánh Hòa", "2021/2023"),
            fig("2,4 tỷ đồng", "kinh phí", "Khánh Hòa", "2024"),
        ],
    ),
    Example(
        "Ngành Công Thương tổng kết công tác năm 2023\n"
        "Sáng 10/1/2024, tại Hà Nội, Bộ Công Thương tổ chức Hội nghị tổng kết công tác năm 2023 và "
        "triển khai nhiệm vụ năm 2024. Năm 2023, chỉ số sản xuất toàn ngành công nghiệp tăng 1,5% so "
        "với năm 2022.\n"
        "Tổng kim ngạch xuất nhập khẩu hàng hóa cả năm đạt 683 tỷ USD, giảm 6,6%; xuất siêu 28 tỷ "
        "USD.\n"
        "Phát biểu tại hội nghị, Bộ trưởng cho biết năm 2024 ngành phấn đấu chỉ số sản xuất công "
        "nghiệp tăng 7-7,5%.",
        [
            fig("1,5%", "chỉ số sản xuất toàn ngành công nghiệp", N, "2023", "2022"),
            fig("683 tỷ USD", "Tổng kim ngạch xuất nhập khẩu hàng hóa", N, N),
            fig("6,6%", "Tổng kim ngạch xuất nhập khẩu hàng hóa", N, N, N),
            fig("28 tỷ USD", "xuất siêu", N, N),
            fig("7-7,5%", "chỉ số sản xuất công nghiệp", N, "2024", N),
        ],
    ),
    Example(
        "Bắc Ninh: Xuất khẩu 6 tháng đầu năm 2024 đạt 23 tỷ USD\n"
        "Theo Cục Thống kê tỉnh Bắc Ninh, 6 tháng đầu năm 2024, kim ngạch xuất khẩu trên địa bàn tỉnh "
        "đạt 23 tỷ USD, tăng 6,8% so với cùng kỳ năm 2023; nhập khẩu đạt 19,5 tỷ USD, tăng 8,1%. Chỉ "
        "số sản xuất công nghiệp tăng 4,1%.\n"
        "Hội chợ thương mại Bắc Ninh 2024 thu hút 250 gian hàng, doanh thu bán hàng tại hội chợ đạt "
        "khoảng 5 tỷ đồng.",
        [
            fig("23 tỷ USD", "Xuất khẩu", "Bắc Ninh", "2024-01/2024-06"),
            fig("23 tỷ USD", "kim ngạch xuất khẩu", "Bắc Ninh", "2024-01/2024-06"),
            fig("6,8%", "kim ngạch xuất khẩu", "Bắc Ninh", "2024-01/2024-06", "2023-01/2023-06"),
            fig("19,5 tỷ USD", "nhập khẩu", "Bắc Ninh", "2024-01/2024-06"),
            fig("8,1%", "nhập khẩu", "Bắc Ninh", "2024-01/2024-06", N),
            fig("4,1%", "Chỉ số sản xuất công nghiệp", "Bắc Ninh", "2024-01/2024-06", N),
            fig("khoảng 5 tỷ đồng", "doanh thu bán hàng", "Bắc Ninh", N),
        ],
    ),
    Example(
        "Thanh Hóa: Thu hút đầu tư tăng mạnh trong 9 tháng\n"
        "Theo Sở Kế hoạch và Đầu tư tỉnh Thanh Hóa, 9 tháng năm 2024, toàn tỉnh thu hút 68 dự án đầu "
        "tư trực tiếp với tổng vốn đăng ký 19.800 tỷ đồng, tăng 41% so với cùng kỳ. Vốn FDI đạt 390 "
        "triệu USD, giảm 12%.\n"
        "Giá trị sản xuất công nghiệp quý III/2024 ước đạt 52.600 tỷ đồng, tăng 16,2% so với cùng kỳ "
        "năm 2023. Riêng tháng 9, chỉ số sản xuất công nghiệp tăng 2,3% so với tháng 8/2024.\n"
        "Trong khi đó, IIP của cả nước 9 tháng năm 2024 tăng 8,3%.",
        [
            fig("19.800 tỷ đồng", "tổng vốn đăng ký", "Thanh Hóa", "2024-01/2024-09"),
            fig("41%", "tổng vốn đăng ký", "Thanh Hóa", "2024-01/2024-09", "2023-01/2023-09"),
            fig("390 triệu USD", "Vốn FDI", "Thanh Hóa", "2024-01/2024-09"),
            fig("12%", "Vốn FDI", "Thanh Hóa", "2024-01/2024-09", N),
            fig("52.600 tỷ đồng", "Giá trị sản xuất công nghiệp", "Thanh Hóa", "2024-07/2024-09"),
            fig("16,2%", "Giá trị sản xuất công nghiệp", "Thanh Hóa", "2024-07/2024-09", "2023-07/2023-09"),
            fig("2,3%", "chỉ số sản xuất công nghiệp", "Thanh Hóa", "--09", "2024-08"),
            fig("8,3%", "IIP", N, "2024-01/2024-09", N),
        ],
    ),
    Example(
        "Hải Phòng hướng tới mục tiêu tăng trưởng hai con số\n"
        "Năm 2024, GRDP của Hải Phòng ước tăng 10,22%, đứng thứ hai cả nước. Thu ngân sách nhà nước "
        "đạt 103.000 tỷ đồng.\n"
        "Theo ông Lê Tiến Châu, Bí thư Thành ủy, năm 2025 thành phố phấn đấu tốc độ tăng trưởng GRDP "
        "đạt 12-12,5%; thu hút FDI 3-5 tỷ USD.",
        [
            fig("10,22%", "GRDP", "Hải Phòng", "2024", N),
            fig("103.000 tỷ đồng", "Thu ngân sách nhà nước", "Hải Phòng", "2024"),
            fig("12-12,5%", "tốc độ tăng trưởng GRDP", "Hải Phòng", "2025", N),
            fig("3-5 tỷ USD", "FDI", "Hải Phòng", "2025"),
        ],
    ),
]


def _about(example: Example) -> list[dict]:
    facts = extract(example.text, doc_date=example.doc_date, include_boilerplate=True, with_about=True)
    return [f.to_dict() for f in facts if f.type in ("money", "percent")]


@pytest.mark.parametrize("example", ABOUT, ids=[e.text[:60] for e in ABOUT])
def test_about(example: Example) -> None:
    got_facts = _about(example)
    got = [
        {"text": f["text"], **{k: (f.get("about") or {}).get(k) for k in want if k != "text"}}
        for f, want in zip(got_facts, example.expected, strict=False)
    ]
    assert got == example.expected and len(got_facts) == len(example.expected), (
        f"{example.text!r}:\n expected {example.expected}\n got      {got}"
    )


def _syllable_f1(got: str | None, want: str | None) -> float:
    if got is None or want is None:
        return float(got == want)
    a, b = got.lower().split(), want.lower().split()
    common = sum(min(a.count(w), b.count(w)) for w in set(a))
    return 2 * common / (len(a) + len(b)) if common else 0.0


@pytest.mark.parametrize("example", ARTICLES, ids=[e.text[:60] for e in ARTICLES])
def test_article(example: Example) -> None:
    """As the scorer judges: metric right at syllable F1 >= 0.6, the other fields equal."""
    got_facts = _about(example)
    assert [f["text"] for f in got_facts] == [w["text"] for w in example.expected]
    wrong = []
    for f, want in zip(got_facts, example.expected, strict=True):
        about = f.get("about") or {}
        for key, value in want.items():
            if key == "text":
                continue
            ok = _syllable_f1(about.get(key), value) >= 0.6 if key == "metric" else about.get(key) == value
            if not ok:
                wrong.append((f["text"], key, about.get(key), value))
    assert not wrong, "\n".join(f"{t!r} {k}: got {g!r}, want {w!r}" for t, k, g, w in wrong)


def test_table_size() -> None:
    assert len(ABOUT) >= 60
    assert len(ARTICLES) >= 20


def test_every_figure_has_about() -> None:
    for f in _about(ABOUT[0]) + _about(Example("Giá 5 triệu đồng, lãi 3%.")):
        keys = {"metric", "province", "period"} | ({"compared_to"} if f["type"] == "percent" else set())
        assert set(f["about"]) == keys


def test_no_about_leaves_facts_alone() -> None:
    facts = extract(ABOUT[0].text, with_about=False)
    assert all("about" not in f.fields or f.fields["about"] is None for f in facts)


@pytest.mark.parametrize(
    ("iso", "years", "months", "want"),
    [
        ("2022", -1, 0, "2021"),
        ("2022-01/2022-09", -1, 0, "2021-01/2021-09"),
        ("2024-03", 0, -1, "2024-02"),
        ("2024-01", 0, -1, "2023-12"),
        ("2024-04/2024-06", 0, -3, "2024-01/2024-03"),
        ("2024-02-29", -1, 0, "2023-02-28"),
        ("--12-27", -1, 0, None),
        (None, -1, 0, None),
    ],
)
def test_shift(iso: str | None, years: int, months: int, want: str | None) -> None:
    assert _shift(iso, years=years, months=months) == want
