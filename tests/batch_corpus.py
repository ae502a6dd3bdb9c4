"""Small inputs shared by the batch tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path

VIETNAMESE = (
    "Hà Nội, ngày 12/3/2023. Kim ngạch xuất khẩu của tỉnh Bắc Ninh đạt 1.250 tỷ đồng, "
    "tăng 15,5% so với cùng kỳ; ngành Công Thương hỗ trợ 30 cơ sở khuyến công.\n"
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """How a legacy Windows-1258 editor stores Vietnamese: base letters precomposed, tones combining."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out.append((base + "".join(c for c in parts if c in _TONES)).encode("cp1258"))
    return b"".join(out)


TEMPLATE = (
    "Bản tin số {n}\n"
    "Hà Nội, ngày {d}/3/2023. Sở Công Thương tỉnh Nghệ An cho biết giá trị sản xuất công nghiệp "
    "đạt {n}.150 tỷ đồng, tăng {p},5% so với cùng kỳ năm trước.\n"
)


def make_corpus(directory: Path, n: int, paragraphs: int = 1) -> list[Path]:
    """`n` small distinct articles (longer with `paragraphs`, to give a run time to be killed)."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = directory / f"doc{i:03d}.txt"
        body = "".join(
            TEMPLATE.format(n=i + 1 + k, d=(i + k) % 27 + 1, p=(i + k) % 9 + 1) for k in range(paragraphs)
        )
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths
