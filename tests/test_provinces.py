"""Province reference data and rules beyond the EXAMPLES table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kcextract import extract
from kcextract import provinces as ref_mod
from kcextract.provinces import reference


def _provinces(text: str) -> list[dict]:
    return [
        f.to_dict() for f in extract(text, include_boilerplate=True, with_about=False) if f.type == "province"
    ]


def test_reference_sizes_and_mapping() -> None:
    ref = reference()
    assert len(ref.old) == 63
    assert len(ref.new) == 34
    assert all(u.new_key in ref.new for u in ref.old.values())
    assert all(len(u.code) == 2 and u.code.isdigit() for u in [*ref.old.values(), *ref.new.values()])
    assert len({u.name for u in ref.old.values()}) == 63


def test_thua_thien_hue_keeps_its_pre_2025_name() -> None:
    ref = reference()
    hue = ref.old["thanhphohue"]
    assert (hue.name, hue.code, ref.province_2025(hue).name) == ("Thừa Thiên Huế", "46", "Huế")


def test_central_cities() -> None:
    names = {u.name for u in reference().new.values() if u.central}
    assert names == {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


def test_cache_is_written_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = ref_mod.data_path()
    assert path is not None
    table = ref_mod._read_table(path)
    cached = list((tmp_path / "kcextract").glob("provinces-*.json"))
    assert len(cached) == 1
    assert json.loads(cached[0].read_text(encoding="utf-8")) == table
    assert ref_mod._read_table(path) == table


def test_corrupt_cache_falls_back_to_the_data_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = ref_mod.data_path()
    assert path is not None
    good = ref_mod._read_table(path)
    (cached,) = (tmp_path / "kcextract").glob("provinces-*.json")
    cached.write_text("{not json", encoding="utf-8")
    assert ref_mod._read_table(path) == good


@pytest.mark.parametrize("unit", list(reference().old.values()), ids=lambda u: u.key)
def test_every_old_unit_is_found(unit: ref_mod.Unit) -> None:
    name = unit.name
    for text, span in (
        (f"Đoàn công tác đã làm việc với {name} về xúc tiến thương mại.", name),
        (f"UBND tỉnh {name} vừa ban hành kế hoạch.", f"tỉnh {name}"),
        (f"{name.upper()}: ĐẨY MẠNH XUẤT KHẨU", name.upper()),
    ):
        facts = _provinces(text)
        assert [(f["text"], f["value"], f["code"]) for f in facts] == [(span, name, unit.code)], text


@pytest.mark.parametrize("unit", list(reference().new.values()), ids=lambda u: u.key)
def test_every_new_unit_is_found_when_marked(unit: ref_mod.Unit) -> None:
    facts = _provinces(f"Từ ngày 1/7/2025, tỉnh {unit.name} (mới) chính thức hoạt động.")
    assert [(f["value"], f["code"], f["province_2025"]) for f in facts] == [(unit.name, unit.code, unit.name)]


@pytest.mark.parametrize(
    "text",
    [
        "Tàu chở hàng vượt Thái Bình Dương.",
        "Đoàn công tác về thành phố Bắc Ninh, TP Vinh và thành phố Nam Định.",
        "Bà con ở thôn Hà Nam đã thu hoạch xong.",
        "Tư tưởng Hồ Chí Minh soi đường cho sự nghiệp đổi mới.",
        "Em Lê Hà Nam đạt giải nhất.",
        "mong muốn hòa bình, thái bình",
        "Bà Hà Giang cho biết doanh thu tăng.",
    ],
)
def test_decoys(text: str) -> None:
    assert _provinces(text) == []


def test_offsets_hold_for_nfd_input() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Sở Công Thương Thanh Hóa và tỉnh Đắk Lắk")
    facts = _provinces(text)
    assert [f["value"] for f in facts] == ["Thanh Hóa", "Đắk Lắk"]
    assert all(text[f["start"] : f["end"]] == f["text"] for f in facts)


# Hand-written news paragraphs in the styles the tool meets, each fact checked by hand against the
# contract (spec/facts.md, province) and gold/NOTES.md: (paragraph, [(text, value), ...]).
PARAGRAPHS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Theo Tổng cục Thống kê, trong 9 tháng năm 2023, xuất khẩu thủy sản của nhiều địa phương vùng "
        "Đồng bằng sông Cửu Long sụt giảm mạnh: Bến Tre giảm 60,1%; Đồng Tháp giảm 59,1%; Trà Vinh "
        "giảm 41,7%; riêng Cà Mau chỉ giảm 8,2%.",
        [("Bến Tre", "Bến Tre"), ("Đồng Tháp", "Đồng Tháp"), ("Trà Vinh", "Trà Vinh"), ("Cà Mau", "Cà Mau")],
    ),
    (
        "Các tỉnh Đồng bằng sông Cửu Long như An Giang, Cần Thơ, Kiên Giang đang đẩy mạnh liên kết "
        "tiêu thụ lúa gạo với doanh nghiệp xuất khẩu tại TP.HCM.",
        [
            ("An Giang", "An Giang"),
            ("Cần Thơ", "Cần Thơ"),
            ("Kiên Giang", "Kiên Giang"),
            ("TP.HCM", "Hồ Chí Minh"),
        ],
    ),
    (
        # Organisations of a province: the span is the name (with "tỉnh"/"TP" when written).
        "Sở Công Thương tỉnh Bà Rịa - Vũng Tàu phối hợp với UBND TP Cần Thơ và Tỉnh ủy Quảng Ninh tổ "
        "chức diễn đàn kết nối cung cầu; Báo Bắc Giang là đơn vị truyền thông.",
        [
            ("tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
            ("TP Cần Thơ", "Cần Thơ"),
            ("Quảng Ninh", "Quảng Ninh"),
            ("Bắc Giang", "Bắc Giang"),
        ],
    ),
    (
        # Hà Tiên (a city of Kiên Giang) and Sài Gòn are no province names; the Port of Hải Phòng
        # is the city's port (counted, like "Báo Bắc Giang").
        "Công ty CP Xi măng Hà Tiên, Bia Sài Gòn và Vinacomin nằm trong nhóm doanh nghiệp nộp ngân "
        "sách lớn; Cảng Hải Phòng cũng báo lãi tăng 12%.",
        [("Hải Phòng", "Hải Phòng")],
    ),
    (
        "HÀ NỘI, ngày 15/3/2024 - Bộ Công Thương vừa có văn bản gửi UBND thủ đô Hà Nội về kế hoạch "
        "cung ứng điện mùa khô.",
        [("HÀ NỘI", "Hà Nội"), ("Hà Nội", "Hà Nội")],
    ),
    (
        "THANH HÓA: KHỞI CÔNG NHÀ MÁY SẢN XUẤT GIÀY DA 1.200 TỶ ĐỒNG TẠI HUYỆN HẬU LỘC",
        [("THANH HÓA", "Thanh Hóa")],
    ),
    (
        # Cities and towns inside a province, and a province dissolved in 2008 (Hà Tây).
        "Dự án nằm tại TP Thủ Đức, cách thành phố Thủ Dầu Một (Bình Dương) khoảng 20 km; nhiều làng "
        "nghề ở thị xã Sơn Tây, vốn thuộc tỉnh Hà Tây cũ, cũng tham gia hội chợ.",
        [("Bình Dương", "Bình Dương")],
    ),
    (
        "Lượng khách du lịch đến Thanh Hoá, Khánh Hoà và Thừa Thiên-Huế tăng mạnh, trong khi Hoà Bình "
        "và Bà Rịa–Vũng Tàu duy trì ổn định; riêng TT-Huế đón 1,2 triệu lượt khách quốc tế.",
        [
            ("Thanh Hoá", "Thanh Hóa"),
            ("Khánh Hoà", "Khánh Hòa"),
            ("Thừa Thiên-Huế", "Thừa Thiên Huế"),
            ("Hoà Bình", "Hòa Bình"),
            ("Bà Rịa–Vũng Tàu", "Bà Rịa - Vũng Tàu"),
            ("TT-Huế", "Thừa Thiên Huế"),
        ],
    ),
    (
        "Cà phê Đăk Lăk, hồ tiêu Đăk Nông và sâm Ngọc Linh của Kon Tum được giới thiệu tại hội chợ; "
        "riêng Dak Lak có 12 sản phẩm OCOP.",
        [("Đăk Lăk", "Đắk Lắk"), ("Đăk Nông", "Đắk Nông"), ("Kon Tum", "Kon Tum"), ("Dak Lak", "Đắk Lắk")],
    ),
    (
        "Ông Nguyễn Thái Bình, Giám đốc doanh nghiệp, và bà Trần Thị Hà Giang cùng nhận bằng khen của "
        "Chủ tịch UBND tỉnh Phú Yên; ông Lê Bình Dương nhận giải nhì.",
        [("tỉnh Phú Yên", "Phú Yên")],
    ),
    (
        "Tàu chở hàng vượt Thái Bình Dương về cảng Cái Mép; trong khi đó Bình Dương và Tây Ninh đón "
        "thêm nhiều dự án FDI, còn Điện Biên tổ chức kỷ niệm chiến thắng Điện Biên Phủ tại TP Điện Biên Phủ.",
        [("Bình Dương", "Bình Dương"), ("Tây Ninh", "Tây Ninh"), ("Điện Biên", "Điện Biên")],
    ),
    (
        "Lào Cai, Lai Châu và Hà Giang có đường biên giới với Trung Quốc, còn Sơn La, Điện Biên giáp "
        "Lào; điện nhập khẩu từ Lào tăng 15%.",
        [
            ("Lào Cai", "Lào Cai"),
            ("Lai Châu", "Lai Châu"),
            ("Hà Giang", "Hà Giang"),
            ("Sơn La", "Sơn La"),
            ("Điện Biên", "Điện Biên"),
        ],
    ),
    (
        "Tỉnh Phú Thọ sau sáp nhập có diện tích hơn 9.300 km2, trong đó xã Tân Lập thuộc tỉnh Hòa Bình "
        "(cũ) có nhiều diện tích rừng trồng. Cả nước hiện có 34 tỉnh, thành phố.",
        [("Tỉnh Phú Thọ", "Phú Thọ"), ("tỉnh Hòa Bình", "Hòa Bình")],
    ),
    (
        "SỞ CÔNG THƯƠNG HÀ NAM PHỐI HỢP VỚI TỈNH NAM ĐỊNH TỔ CHỨC HỘI CHỢ VÌ HÒA BÌNH VÀ PHÁT TRIỂN",
        [("HÀ NAM", "Hà Nam"), ("TỈNH NAM ĐỊNH", "Nam Định")],
    ),
    ("Ai cũng mong hòa bình, cuộc sống thái bình; vĩnh long và quảng bình ở đây viết thường.", []),
    (
        # Both ends of a route are provinces the text speaks of; a street named Hà Nội is not.
        "Tuyến cao tốc Hà Nội - Hải Phòng và tuyến đường Hà Nội – Lào Cai giúp giảm chi phí logistics, "
        "còn đường Hà Nội ở TP Thủ Đức thường xuyên ùn tắc.",
        [("Hà Nội", "Hà Nội"), ("Hải Phòng", "Hải Phòng"), ("Hà Nội", "Hà Nội"), ("Lào Cai", "Lào Cai")],
    ),
    (
        "Theo Báo Hà Nội Mới, Hà Nội mới ban hành kế hoạch phát triển công nghiệp hỗ trợ; Trung tâm "
        "Xúc tiến thương mại Nam Định và Long An cùng tham gia.",
        [("Hà Nội", "Hà Nội"), ("Nam Định", "Nam Định"), ("Long An", "Long An")],
    ),
    (
        # A brand or a place before the name does not extend it; a person's name does.
        "Công ty Formosa Hà Tĩnh, Samsung Thái Nguyên và Vải thiều Lục Ngạn Bắc Giang được vinh danh.",
        [("Hà Tĩnh", "Hà Tĩnh"), ("Thái Nguyên", "Thái Nguyên"), ("Bắc Giang", "Bắc Giang")],
    ),
    ("Thanh Hóa Khởi Công Nhà Máy Xi Măng Công Suất Lớn", [("Thanh Hóa", "Thanh Hóa")]),
    (
        "PHÚ THỌ, VĨNH PHÚC VÀ HÒA BÌNH HỢP NHẤT; KHÁT VỌNG HÒA BÌNH",
        [("PHÚ THỌ", "Phú Thọ"), ("VĨNH PHÚC", "Vĩnh Phúc"), ("HÒA BÌNH", "Hòa Bình")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS, ids=[p[:40] for p, _ in PARAGRAPHS])
def test_news_paragraphs(text: str, expected: list[tuple[str, str]]) -> None:
    facts = _provinces(text)
    assert [(f["text"], f["value"]) for f in facts] == expected
    assert all(text[f["start"] : f["end"]] == f["text"] for f in facts)


def test_nfd_paragraph_matches_nfc() -> None:
    import unicodedata

    text, expected = PARAGRAPHS[7]
    nfd = unicodedata.normalize("NFD", text)
    facts = _provinces(nfd)
    assert [(unicodedata.normalize("NFC", f["text"]), f["value"]) for f in facts] == expected
    assert all(nfd[f["start"] : f["end"]] == f["text"] for f in facts)


def test_new_unit_markers() -> None:
    text = (
        "Từ ngày 1/7/2025, tỉnh Tuyên Quang (mới) được hình thành trên cơ sở hợp nhất tỉnh Hà Giang và "
        "tỉnh Tuyên Quang; tỉnh Gia Lai mới gồm Gia Lai và Bình Định, còn tỉnh Lâm Đồng (sau sắp xếp) "
        "rộng nhất cả nước. Tỉnh Gia Lai mới ban hành kế hoạch."
    )
    got = [(f["text"], f["value"], f["code"]) for f in _provinces(text)]
    assert got == [
        ("tỉnh Tuyên Quang", "Tuyên Quang", "08"),
        ("tỉnh Hà Giang", "Hà Giang", "02"),
        ("tỉnh Tuyên Quang", "Tuyên Quang", "08"),
        ("tỉnh Gia Lai", "Gia Lai", "52"),  # the new unit (code 52, Bình Định's)
        ("Gia Lai", "Gia Lai", "64"),
        ("Bình Định", "Bình Định", "52"),
        ("tỉnh Lâm Đồng", "Lâm Đồng", "68"),
        ("Tỉnh Gia Lai", "Gia Lai", "64"),  # "mới ban hành": has just issued
    ]


def _resolved(text: str, doc_date: str | None) -> tuple[list[tuple[str, str, str]], list[str]]:
    from kcextract.rules import province
    from kcextract.sentences import Sentence

    mentions = province.find(Sentence(text, 0, len(text), "body", 0))
    dropped = province.resolve(mentions, doc_date)
    kept = [(text[m.start : m.end], m.value, m.fields["code"]) for m in mentions if not m.fields.get("_drop")]
    return kept, [text[m.start : m.end] for m in dropped]


def test_document_date_after_the_merger_names_new_units() -> None:
    text = "Gia Lai và Bắc Ninh tăng trưởng cao, còn Bình Định (cũ) và Gia Lai (cũ) giảm."
    assert _resolved(text, "2025-09-12")[0] == [
        ("Gia Lai", "Gia Lai", "52"),
        ("Bắc Ninh", "Bắc Ninh", "24"),
        ("Bình Định", "Bình Định", "52"),
        ("Gia Lai", "Gia Lai", "64"),
    ]
    assert _resolved(text, "2024-09-12")[0][:2] == [
        ("Gia Lai", "Gia Lai", "64"),
        ("Bắc Ninh", "Bắc Ninh", "27"),
    ]


def test_city_of_hue_before_2025_is_not_a_province() -> None:
    text = "Du khách đến thành phố Huế và TP Huế, Thừa Thiên Huế tăng mạnh."
    kept, dropped = _resolved(text, "2023-05-01")
    assert kept == [("Thừa Thiên Huế", "Thừa Thiên Huế", "46")]
    assert dropped == ["thành phố Huế", "TP Huế"]
    # From 2025 (and without a document date) "thành phố Huế" is the centrally-run city.
    for date in ("2025-03-01", None):
        kept, dropped = _resolved(text, date)
        assert [k[1] for k in kept] == ["Thừa Thiên Huế"] * 3 and dropped == []


def test_first_words_lower_case_like_the_names_fold() -> None:
    """`find` tries at a capitalised word only the spellings with that first word (its
    lower-cased form): every character that `(?i:x)` matches for a letter x of a first word
    must lower-case to x, but `İ` (two characters: the word is then no first word) and `ſ`
    (lower case: it cannot open a capitalised word, and no first word has an `s` further on)."""
    import regex

    from kcextract.rules import province

    firsts = province._tables().firsts
    all_chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    odd = set()
    for letter in {c for w in firsts for c in w}:
        odd |= {c for c in regex.findall(rf"(?i:{regex.escape(letter)})", all_chars) if c.lower() != letter}
    assert odd <= {"İ", "ſ"}
    assert not any("s" in w[1:] for w in firsts)


def test_a_capitalised_run_inside_a_word_is_no_name() -> None:
    text = "Nhãn xHà Nội và 5Hà Nội không phải tên tỉnh, còn (Hà Nội) thì là."
    assert [(p["text"], p["start"]) for p in _provinces(text)] == [("Hà Nội", text.index("(Hà Nội)") + 1)]
