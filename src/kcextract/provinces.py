"""Reference data for provinces: the 63 units before 1 July 2025, the 34 after, and the mapping.

The source is underthesea's bundled `address/data/mapping.json` (4.8 MB, mostly ward data).
Only a small table is derived from it; it is loaded lazily, once per process, and cached as a
small JSON file under the user's cache directory, keyed by the data file's size and mtime, so
a cold start does not pay for parsing the whole file. Any cache problem falls back to the file.
"""

from __future__ import annotations

import importlib.util
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

# Bump when the derived table's layout changes, so stale caches are ignored.
_SCHEMA = 1

# mapping.json names the old Thừa Thiên Huế province after the city it became on 1 January 2025
# ("Huế"); the contract's canonical pre-July-2025 name is "Thừa Thiên Huế" (same code, 46).
_OLD_NAME_OVERRIDES = {"thanhphohue": "Thừa Thiên Huế"}


@dataclass(frozen=True)
class Unit:
    """One province or centrally-run city, either of the 63 old units or of the 34 new ones."""

    key: str  # mapping.json's key, e.g. "tinhvinhphuc"
    name: str  # short name, e.g. "Vĩnh Phúc"
    code: str  # two-digit statistics code, e.g. "26"
    new_key: str  # key of the post-2025 unit it belongs to (itself for a new unit)

    @property
    def central(self) -> bool:
        """A centrally-run city (thành phố trực thuộc trung ương)."""
        return self.key.startswith("thanhpho")


@dataclass(frozen=True)
class Reference:
    old: dict[str, Unit]  # 63 units before 1 July 2025
    new: dict[str, Unit]  # 34 units from 1 July 2025

    def province_2025(self, unit: Unit) -> Unit:
        return self.new[unit.new_key]


def data_path() -> Path | None:
    """underthesea's mapping.json, found without importing underthesea (its import is slow)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        path = Path(base) / "address" / "data" / "mapping.json"
        if path.is_file():
            return path
    return None


def _cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "kcextract"


def _derive(raw: dict[str, Any]) -> dict[str, Any]:
    """The small table: old and new units as [name, code, new_key] rows."""
    mapping: dict[str, str] = raw["province_mapping"]
    old = {
        key: [_OLD_NAME_OVERRIDES.get(key, row["short"]), row["code"], mapping[key]]
        for key, row in raw["old_province_names"].items()
    }
    new = {key: [row["short"], row["code"], key] for key, row in raw["province_names"].items()}
    return {"schema": _SCHEMA, "old": old, "new": new}


def _read_table(path: Path) -> dict[str, Any]:
    stat = path.stat()
    cache = _cache_dir() / f"provinces-v{_SCHEMA}-{stat.st_size}-{stat.st_mtime_ns}.json"
    try:
        with cache.open(encoding="utf-8") as f:
            table = json.load(f)
        if table.get("schema") == _SCHEMA and len(table["old"]) == 63:
            return table
    except (OSError, ValueError, KeyError, TypeError):
        pass
    with path.open(encoding="utf-8") as f:
        table = _derive(json.load(f))
    _write_cache(cache, table)
    return table


def _write_cache(cache: Path, table: dict[str, Any]) -> None:
    """Best effort, atomic (concurrent runs may race): a read-only home only costs 0.1 s a run."""
    import tempfile  # only on a cache miss

    tmp = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(table, f, ensure_ascii=False)
        os.replace(tmp, cache)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


@lru_cache(maxsize=1)
def reference() -> Reference:
    """The reference tables (loaded on first use)."""
    path = data_path()
    if path is None:
        raise RuntimeError("underthesea's address data (address/data/mapping.json) was not found")
    table = _read_table(path)
    old = {k: Unit(k, name, code, new_key) for k, (name, code, new_key) in table["old"].items()}
    new = {k: Unit(k, name, code, new_key) for k, (name, code, new_key) in table["new"].items()}
    return Reference(old, new)
