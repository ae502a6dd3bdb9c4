"""The pipeline, in one place: decode → normalise → sections → sentences → rules → resolve → facts."""

from __future__ import annotations

from . import about
from .facts import Fact, Mention, content_hash, fact_id
from .resolve import resolve
from .rules import date, money, percent, province
from .sections import BODY, split_sections
from .sentences import Sentence, split_sentences
from .text import Document, drop_bom

# The extractors, in the order their facts are written when two start at the same offset.
FINDERS = (money.find, percent.find, date.find, province.find)


def extract(
    text: str,
    *,
    doc: str = "-",
    doc_date: str | None = None,
    include_boilerplate: bool = False,
    with_about: bool = True,
) -> list[Fact]:
    """Every fact of one decoded document, in input order: exactly what `kcextract run` prints."""
    document = Document.from_text(drop_bom(text))
    blocks = split_sections(document.text)
    sentences = split_sentences(document.text, blocks)
    doc_date = doc_date or date.document_date(document.text, blocks)
    # Boilerplate that will not be written is not searched: nothing of the body depends on it.
    searched = sentences if include_boilerplate else [s for s in sentences if s.section == BODY]
    mentions = [(s, m) for s in searched for find in FINDERS for m in find(s)]
    resolve([m for _, m in mentions], doc_date)
    mentions = [(s, m) for s, m in mentions if not m.fields.pop("_drop", False)]  # see resolve()
    if with_about:
        about.link([m for _, m in mentions], searched, doc_date)
    doc_hash = content_hash(document.original)
    facts = [_to_fact(document, doc, doc_hash, s, m) for s, m in mentions]
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


def _to_fact(document: Document, doc: str, doc_hash: str, sentence: Sentence, m: Mention) -> Fact:
    start, end = document.to_original(m.start, m.end)
    return Fact(
        doc=doc,
        type=m.type,
        text=document.original[start:end],
        start=start,
        end=end,
        section=sentence.section,
        sentence=sentence.clean,
        value=m.value,
        fields=dict(m.fields),
        id=fact_id(doc_hash, m.type, start, end),
    )
