"""`kcextract schema`: a valid draft 2020-12 schema that every line of `kcextract run` meets."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kcextract.cli import app
from kcextract.schema import output_schema

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "gold"
runner = CliRunner()


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = output_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(validator: Any, line: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(line)]


COMMON = {
    "doc": "a.txt",
    "text": "x",
    "start": 3,
    "end": 4,
    "section": "body",
    "sentence": "x",
    "id": "0" * 20,
}
GOOD = {
    "money": {
        "type": "money",
        "value": 297066000000000,
        "currency": "VND",
        "qualifier": None,
        "about": {"metric": "giá trị sản xuất công nghiệp", "province": "Vĩnh Phúc", "period": "2021"},
    },
    "money_range": {
        "type": "money",
        "value": 3e9,
        "value_max": 5e9,
        "currency": "USD",
        "qualifier": "approx",
        "about": {"metric": None, "province": None, "period": None},
    },
    "percent": {
        "type": "percent",
        "value": 11.5,
        "unit": "%",
        "change": "increase",
        "about": {
            "metric": "chỉ số",
            "province": "Bắc Ninh",
            "period": "2022-01/2022-09",
            "compared_to": "2021",
        },
    },
    "percent_pp": {"type": "percent", "value": 7, "value_max": 8, "unit": "pp", "change": None},
    "date_inferred": {"type": "date", "value": "2022-01-07", "grain": "day", "year_inferred": True},
    "date_quarter": {"type": "date", "value": "2024-01/2024-03", "grain": "quarter"},
    "date_no_year": {"type": "date", "value": "--12-27", "grain": "day"},
    "date_range": {"type": "date", "value": "2021/2025", "grain": "range"},
    "province": {"type": "province", "value": "Vĩnh Phúc", "code": "26", "province_2025": "Phú Thọ"},
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_lines(validator: Any, name: str) -> None:
    assert _errors(validator, {**COMMON, **GOOD[name]}) == []


def test_fields_may_be_added(validator: Any) -> None:
    line = {**COMMON, **GOOD["percent"], "confidence": 0.9}
    line["about"] = {**line["about"], "source": "rule"}
    assert _errors(validator, line) == []


BAD = [
    ("money", lambda d: d.pop("currency")),
    ("money", lambda d: d.update(currency="đồng")),
    ("money", lambda d: d.update(qualifier="about")),
    ("money", lambda d: d.update(value="297.066 tỷ")),
    ("money", lambda d: d["about"].pop("period")),
    ("percent", lambda d: d["about"].pop("compared_to")),
    ("percent", lambda d: d.update(unit="percent")),
    ("percent", lambda d: d.update(change="up")),
    ("date_inferred", lambda d: d.update(year_inferred=False)),
    ("date_inferred", lambda d: d.update(value="7/1/2022")),
    ("date_quarter", lambda d: d.update(grain="week")),
    ("province", lambda d: d.update(code=26)),
    ("province", lambda d: d.pop("province_2025")),
    ("province", lambda d: d.pop("id")),
    ("province", lambda d: d.update(section="footer")),
    ("province", lambda d: d.update(start=-1)),
    ("province", lambda d: d.update(type="temperature")),
]


@pytest.mark.parametrize(("name", "spoil"), BAD, ids=[f"{n}-{i}" for i, (n, _) in enumerate(BAD)])
def test_bad_lines(validator: Any, name: str, spoil: Any) -> None:
    line = copy.deepcopy({**COMMON, **GOOD[name]})
    spoil(line)
    assert _errors(validator, line)


def test_every_contract_field_is_listed() -> None:
    """The gold annotations hold each type's contract fields; the schema must name each of them."""
    schema = output_schema()
    listed = set(schema["properties"])
    by_type = {rule["if"]["properties"]["type"]["const"]: rule["then"] for rule in schema["allOf"]}
    seen: dict[str, set[str]] = {}
    for line in (GOLD / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        seen.setdefault(fact["type"], set()).update(fact)
    for kind, fields in seen.items():
        assert fields - listed - set(by_type[kind]["properties"]) == set(), kind
    assert {"money", "percent"} <= {k for k, then in by_type.items() if "about" in then["properties"]}


def test_gold_facts_and_links_validate(validator: Any) -> None:
    links = {}
    for line in (GOLD / "dev_links.jsonl").read_text(encoding="utf-8").splitlines():
        link = json.loads(line)
        links[link["doc"], link["start"], link["end"]] = link["about"]
    for line in (GOLD / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        fact = {"sentence": "…", "id": "0" * 20, **json.loads(line)}
        if (fact["doc"], fact["start"], fact["end"]) in links:
            about = {"metric": None, "province": None, "period": None}
            if fact["type"] == "percent":
                about["compared_to"] = None
            fact["about"] = {**about, **links[fact["doc"], fact["start"], fact["end"]]}
        assert _errors(validator, fact) == [], fact


@pytest.mark.parametrize("options", [["--include-boilerplate"], ["--no-about"]])
def test_every_line_of_run_on_the_samples_validates(validator: Any, options: list[str]) -> None:
    result = runner.invoke(app, ["run", str(ROOT / "data"), *options])
    assert result.exit_code == 0, result.stderr
    for line in result.stdout.splitlines():
        fact = json.loads(line)
        assert _errors(validator, fact) == [], line


def test_schema_command_prints_the_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == output_schema()
    assert json.loads(result.stdout)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
