"""`kcextract show`, `kcextract stats` and `kcextract schema`. PLACEHOLDER: registers nothing yet."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the viewing commands to the main app."""
