"""Optional statistical backends that can only add information to the rule-based extraction.

`--ner spacy:MODEL` loads an installed spaCy pipeline (a package name or a path on disk — never a
download) and adds the PERSON/ORG/GPE/LOC/FAC entities it finds where the rules found nothing.
Mentions the rules already made are never removed or retyped: the rules know transliterated Arabic
names and transcript conventions that general-purpose models miss.
"""
from __future__ import annotations

import re

from onrecord.models import LocalEntity, Mention

_SPACY_TYPES = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "NORP_ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
                "FAC": "LOC"}


class BackendError(RuntimeError):
    """A backend named by the user cannot be loaded."""


class SpacyEntityBackend:
    def __init__(self, model: str):
        try:
            import spacy
        except ImportError as exc:
            raise BackendError("the spaCy backend needs spaCy installed: pip install spacy") from exc
        try:
            self.nlp = spacy.load(model)
        except OSError as exc:
            raise BackendError(f"cannot load spaCy pipeline {model!r}: {exc}") from exc
        self.model = model

    def __call__(self, text: str, entities: list[LocalEntity], mentions: list[Mention]) -> None:
        taken = [(m.start, m.end) for m in mentions]
        by_key = {e.key: e for e in entities}
        for ent in self.nlp(text).ents:
            typ = _SPACY_TYPES.get(ent.label_)
            if typ is None or any(s < ent.end_char and ent.start_char < e for s, e in taken):
                continue
            norm = re.sub(r"\s+", " ", ent.text.lower()).strip()
            key = f"{typ}:{norm}"
            if key not in by_key:
                by_key[key] = LocalEntity(key, ent.text, typ)
                entities.append(by_key[key])
            elif ent.text not in by_key[key].aliases and ent.text != by_key[key].name:
                by_key[key].aliases.append(ent.text)
            mentions.append(Mention(ent.start_char, ent.end_char, ent.text, typ, key))
            taken.append((ent.start_char, ent.end_char))


def load_backend(spec: str):
    """`spacy:MODEL` → a backend; anything else is an error that names what is supported."""
    kind, _, arg = spec.partition(":")
    if kind == "spacy" and arg:
        return SpacyEntityBackend(arg)
    raise BackendError(f"unknown NER backend {spec!r}; supported: spacy:MODEL (an installed pipeline or a path)")
