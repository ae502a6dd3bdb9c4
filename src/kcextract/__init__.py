"""kcextract: money, percent, date and province facts from Vietnamese industry-and-trade news."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("kcextract")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

if TYPE_CHECKING:
    from .facts import Fact
    from .pipeline import extract

__all__ = ["Fact", "extract", "__version__"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: `kcextract --version` and `--help` should not compile every rule.
    if name == "extract":
        from .pipeline import extract

        return extract
    if name == "Fact":
        from .facts import Fact

        return Fact
    raise AttributeError(f"module 'kcextract' has no attribute {name!r}")
