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
