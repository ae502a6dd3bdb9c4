"""Finding and decoding inputs: every kind of bad input gets one clear reason."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from kcextract.inputs import InputError, Source, discover, read_bytes, read_text
from kcextract.text import DecodeError, decode

from .batch_corpus import VIETNAMESE, to_cp1258


def test_utf8_as_is_and_bom_dropped() -> None:
    nfd = unicodedata.normalize("NFD", VIETNAMESE)
    assert decode(nfd.encode()) == nfd  # NFD input is left alone: offsets refer to it
    assert decode(b"\xef\xbb\xbf" + VIETNAMESE.encode()) == VIETNAMESE
    assert decode(b"") == ""


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    assert decode(bom + VIETNAMESE.encode(codec)) == VIETNAMESE


def test_utf16_without_bom_is_named() -> None:
    with pytest.raises(DecodeError, match="UTF-16 without a byte-order mark"):
        decode(VIETNAMESE.encode("utf-16-le"))


def test_binary() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)


def test_cp1258_is_decoded_composed() -> None:
    data = to_cp1258(VIETNAMESE)
    assert b"\xcc" in data or b"\xd2" in data  # really uses combining tone marks
    assert decode(data) == VIETNAMESE  # what `iconv -f CP1258 -t UTF-8` gives


@pytest.mark.parametrize(
    "data",
    [
        VIETNAMESE.encode()[:-20] + b"\xff\xfe" + VIETNAMESE.encode()[-20:],  # damaged UTF-8
        "Café crème, naïve façade, Müller, Ångström.".encode("latin-1"),  # Western legacy text
        "Москва и Санкт-Петербург".encode("cp1251"),
    ],
)
def test_other_legacy_or_broken_bytes_are_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match="not UTF-8"):
        decode(data)


def test_discover_walks_sorted_and_reports_in_place(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "b" / "skip.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.txt").write_text("x")
    found = list(discover([str(tmp_path), str(tmp_path / "missing.txt"), "-"]))
    names = [e.name if isinstance(e, Source) else str(e) for e in found]
    assert names[:3] == [str(tmp_path / n) for n in ("a.txt", "b/2.txt", "c.txt")]
    assert "missing.txt: no such file or directory" in names[3]
    assert names[4] == "-"


def test_read_errors_name_file_and_reason(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(InputError, match=r"dangling.txt: broken symbolic link"):
        read_bytes(Source(str(link), link))
    gone = tmp_path / "gone.txt"
    with pytest.raises(InputError, match=r"gone.txt: no such file"):
        read_bytes(Source(str(gone), gone))
    with pytest.raises(InputError, match="is a directory"):
        read_bytes(Source(str(tmp_path), tmp_path))
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 3000)
    with pytest.raises(InputError, match=r"big.txt: too large .*--max-size"):
        read_bytes(Source(str(big), big), max_bytes=2048)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(InputError, match=r"bad.txt: binary"):
        read_text(Source(str(bad), bad))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("x")
    secret.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_bytes(Source(str(secret), secret))
