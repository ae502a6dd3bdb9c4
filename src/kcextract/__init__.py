"""kcextract: money, percent, date and province facts from Vietnamese industry-and-trade news."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .facts import Fact
from .pipeline import extract

try:
    __version__ = version("kcextract")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = ["Fact", "extract", "__version__"]
