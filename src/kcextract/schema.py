"""The JSON Schema (draft 2020-12) of one line written by `kcextract run`.

It mirrors the fact contract (shared spec, facts.md). The contract says fields may be
added, so every object allows properties it does not list; what it lists is checked.
"""

from __future__ import annotations

import json
from typing import Any

# An ISO 8601 value as the contract writes it: year, month, day, or the no-year forms
# (--MM-DD, --MM), alone or as an interval "a/b".
_ISO_ONE = r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)"
ISO_PATTERN = rf"^{_ISO_ONE}(?:/{_ISO_ONE})?$"

QUALIFIERS = ["gt", "lt", "approx", "ge", "le"]
CHANGES = ["increase", "decrease"]
GRAINS = ["day", "month", "quarter", "year", "range"]


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _about(*, percent: bool) -> dict[str, Any]:
    props: dict[str, Any] = {
        "metric": {
            "type": ["string", "null"],
            "description": "The indicator the figure measures, as written (NFC, whitespace collapsed).",
        },
        "province": {
            "type": ["string", "null"],
            "description": "The province the figure is about, as a province fact's value; null if national.",
        },
        "period": {
            **_nullable({"$ref": "#/$defs/iso"}),
            "description": "ISO value of the time the figure refers to.",
        },
    }
    required = ["metric", "province", "period"]
    if percent:
        props["compared_to"] = {
            **_nullable({"$ref": "#/$defs/iso"}),
            "description": "ISO value of the base of a change (so với …).",
        }
        required.append("compared_to")
    return {
        "type": "object",
        "description": "What the figure is about. A field is null where the text does not say.",
        "properties": props,
        "required": required,
        "additionalProperties": True,
    }


def _when(fact_type: str, then: dict[str, Any]) -> dict[str, Any]:
    return {
        "if": {"properties": {"type": {"const": fact_type}}, "required": ["type"]},
        "then": then,
    }


def output_schema() -> dict[str, Any]:
    """The schema as a JSON-ready dict (a fresh copy on each call)."""
    money = {
        "properties": {
            "value": {
                "type": ["number", "null"],
                "description": "Whole units of `currency` (the low end of a range).",
            },
            "currency": {"type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 4217 code."},
            "value_max": {"type": "number", "description": "High end of a range; absent otherwise."},
            "qualifier": {
                "enum": [*QUALIFIERS, None],
                "description": "The word directly before the amount: hơn → gt, dưới → lt, khoảng → approx …",
            },
            "about": _about(percent=False),
        },
        "required": ["currency", "qualifier"],
    }
    percent = {
        "properties": {
            "value": {"type": ["number", "null"], "description": "11,5% → 11.5 (the low end of a range)."},
            "unit": {"enum": ["%", "pp"], "description": "% or pp (điểm phần trăm)."},
            "change": {
                "enum": [*CHANGES, None],
                "description": "From the word(s) directly before the figure.",
            },
            "value_max": {"type": "number", "description": "High end of a range (7-8%); absent otherwise."},
            "about": _about(percent=True),
        },
        "required": ["unit", "change"],
    }
    date = {
        "properties": {
            "value": {
                **_nullable({"$ref": "#/$defs/iso"}),
                "description": "ISO 8601: 2025-02-17, 2022-09, 2021, 2021/2025, --12-27.",
            },
            "grain": {"enum": GRAINS},
            "year_inferred": {
                "const": True,
                "description": "Present (and true) only when the year was taken from the document's date.",
            },
        },
        "required": ["grain"],
    }
    province = {
        "properties": {
            "value": {"type": ["string", "null"], "description": "Canonical name before 1 July 2025."},
            "code": {"type": "string", "pattern": "^[0-9]{2}$", "description": "Two-digit statistics code."},
            "province_2025": {
                "type": "string",
                "description": "The province it belongs to after the 2025 merger.",
            },
        },
        "required": ["code", "province_2025"],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "kcextract fact",
        "description": "One line of `kcextract run` output (JSON Lines): one fact. Fields may be added.",
        "type": "object",
        "$defs": {"iso": {"type": "string", "pattern": ISO_PATTERN}},
        "properties": {
            "doc": {"type": "string", "description": "The input path as given; - for standard input."},
            "type": {"enum": ["money", "percent", "date", "province"]},
            "text": {"type": "string", "description": "The mention exactly as it stands in the input."},
            "start": {"type": "integer", "minimum": 0, "description": "Code-point offset into the input."},
            "end": {"type": "integer", "minimum": 0, "description": "input[start:end] == text."},
            "section": {"enum": ["body", "boilerplate"]},
            "sentence": {
                "type": "string",
                "description": "The sentence holding the mention, whitespace collapsed.",
            },
            "value": {"description": "The normalised value; its type depends on `type`."},
            "id": {
                "type": "string",
                "pattern": "^[0-9a-f]{20}$",
                "description": "Stable id from the document content, type and span.",
            },
        },
        "required": ["doc", "type", "text", "start", "end", "section", "sentence", "value", "id"],
        "additionalProperties": True,
        "allOf": [
            _when("money", money),
            _when("percent", percent),
            _when("date", date),
            _when("province", province),
        ],
    }


def schema_json() -> str:
    return json.dumps(output_schema(), ensure_ascii=False, indent=2)
