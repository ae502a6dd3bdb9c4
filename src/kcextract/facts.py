"""The fact model: what extractors find (Mention) and what the tool writes (Fact)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

FACT_TYPES = ("money", "percent", "date", "province")

# The two values of a fact's `section`.
BODY = "body"
BOILERPLATE = "boilerplate"

# Order of the contract's common fields in every output line; type-specific fields follow.
COMMON_FIELDS = ("doc", "type", "text", "start", "end", "section", "sentence", "value")


@dataclass
class Mention:
    """A match found by a rule, with offsets into the NFC-normalised document text."""

    type: str
    start: int
    end: int
    value: Any
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fact:
    """One output line. Offsets point into the decoded input exactly as given."""

    doc: str
    type: str
    text: str
    start: int
    end: int
    section: str
    sentence: str
    value: Any
    fields: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc": self.doc,
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "section": self.section,
            "sentence": self.sentence,
            "value": self.value,
        }
        out.update(self.fields)
        out["id"] = self.id
        return out


def content_hash(text: str) -> str:
    """Hash of a document's decoded text: the key of incremental runs and of fact ids."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def fact_id(doc_hash: str, fact_type: str, start: int, end: int) -> str:
    """A stable id, the same for the same document content wherever the file lives."""
    key = f"{doc_hash}:{fact_type}:{start}:{end}".encode()
    return hashlib.sha256(key).hexdigest()[:20]
