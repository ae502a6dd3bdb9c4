from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def samples() -> dict[str, str]:
    """The sample articles, by file name, decoded as the tool decodes them."""
    from kcextract.text import decode

    return {p.name: decode(p.read_bytes()) for p in sorted(DATA.glob("*.txt"))}
