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


def test_table_size() -> None:
    assert len(ABOUT) >= 60


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
