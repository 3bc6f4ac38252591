"""Resolve speaker references to the people of the document.

Contract: `SpeakerResolver(text, entities, mentions).resolve(candidates)` fills each candidate's
speaker as `(name, entity_key, mention_start, mention_end)`:

- a named mention → its entity;
- a transcript label → the entity the label names (`Khazali:` after `Qais Khazali:`, misspellings
  included), or the role itself (`Interviewer`) with no entity;
- a pronoun → the most recent person who spoke or stood as a sentence subject before it;
- a definite description (`the Asaib leader`, `the Secretary General of X`, `the Brussels-based
  analyst`) → a person whose recorded role or organisation it names, else the most recent speaker;
- an indefinite description (`A political commentator said ...`) → the person named as speaker in
  the next sentences (cataphora), else the description itself with no entity;
- a continuation → the speaker of the previous quotation.

Anything it cannot establish stays `None`: the resolver never guesses a person the text does not
point at.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from onrecord.extract import cues as C
from onrecord.extract.quotes import QuoteCandidate, SpeakerRef
from onrecord.extract.text import paragraphs, sentences
from onrecord.models import LocalEntity, Mention


@dataclass
class ResolvedSpeaker:
    name: str | None
    key: str | None
    start: int | None
    end: int | None


_ANSWER_LABELS = {"a", "answer"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’ʿʾ`´]", "", s)
    s = re.sub(r"\b(al|el)[-\s]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"(.)\1+", r"\1", s)


# person nouns as `_norm` writes them ("ambassador" -> "ambasador"): a title is not an organisation
_PERSON_NOUN_KEYS = {_norm(n) for n in C.PERSON_NOUNS}


class SpeakerResolver:
    def __init__(self, text: str, entities: list[LocalEntity], mentions: list[Mention]):
        self.text = text
        self.entities = {e.key: e for e in entities}
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.sents = sentences(text)
        self.paras = paragraphs(text)
        self.subject_positions = self._subject_positions()
        # normalised alias -> entity key, for labels and names the recogniser did not mark
        self.alias_index: dict[str, str] = {}
        for e in entities:
            if e.type != "PER":
                continue
            for a in [e.name, *e.aliases]:
                self.alias_index.setdefault(_norm(a), e.key)

    # -- context
    def _subject_positions(self) -> list[tuple[int, str, int]]:
        """Persons standing as subjects: a PER mention among the first words of a sentence."""
        out = []
        for s in self.sents:
            head = self.text[s.start:s.end]
            lead = re.match(r"(?:In|During|On|At|After|Before|Elsewhere|Earlier|Later|Meanwhile)\b[^,]{0,120},\s*",
                            head)
            base = s.start + (lead.end() if lead else 0)
            for m in self.mentions:
                if m.type == "PER" and base <= m.start < s.end:
                    lead_in = re.split(r"[,;:–—]", self.text[base:m.start])[-1]
                    # "According to APA, ..." / "with John Smith": the object of a preposition is no subject
                    if len(re.findall(r"\w+", lead_in)) <= 6 and not re.search(
                            r"\b(?:to|by|from|with|of|for|at|in|on|about|against|and)\s+(?:the\s+)?$", lead_in):
                        out.append((m.start, m.entity_key, s.start))
                    break
        return out

    def entity_name(self, key: str | None, fallback: str | None) -> str | None:
        if key and key in self.entities:
            return self.entities[key].name
        return fallback

    def _lookup_name(self, name: str) -> str | None:
        n = _norm(re.sub(r"^(?:Sheikh|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|General|Gen\.?|President|Minister)\s+", "", name))
        if not n:
            return None
        if n in self.alias_index:
            return self.alias_index[n]
        # a surname alone, or a misspelled label: compare with each person's name tokens
        best, best_score = None, 0.0
        for alias, key in self.alias_index.items():
            last = alias.split()[-1] if alias else ""
            score = max(fuzz.ratio(n, alias), fuzz.ratio(n, last) if " " not in n else 0)
            if score > best_score:
                best, best_score = key, score
        return best if best_score >= 86 else None

    # -- resolution
    def resolve(self, candidates: list[QuoteCandidate]) -> list[ResolvedSpeaker]:
        results: list[ResolvedSpeaker | None] = [None] * len(candidates)
        order = sorted(range(len(candidates)), key=lambda i: candidates[i].start)
        # named references first: cataphora and pronouns look at them
        for i in order:
            if candidates[i].ref.kind in ("name", "label"):
                results[i] = self._direct(candidates[i].ref)
        history: list[tuple[int, ResolvedSpeaker]] = []   # (position, speaker) of earlier quotes
        for i in order:
            q = candidates[i]
            ref = q.ref
            if results[i] is None:
                if ref.kind == "pronoun":
                    results[i] = self._pronoun(ref, q, history)
                elif ref.kind == "description":
                    results[i] = self._description(ref, q, history, candidates, results)
                elif ref.kind == "continuation":
                    results[i] = self._continuation(q, history)
                else:
                    results[i] = ResolvedSpeaker(None, None, None, None)
            if results[i].name:
                history.append((q.sentence_start, results[i]))
        return [r or ResolvedSpeaker(None, None, None, None) for r in results]

    def _direct(self, ref: SpeakerRef) -> ResolvedSpeaker:
        if ref.mention is not None:
            key = ref.mention.entity_key
            return ResolvedSpeaker(self.entity_name(key, ref.mention.text), key, ref.start, ref.end)
        text = (ref.text or "").strip()
        if ref.kind == "label" and text.lower() in _ANSWER_LABELS:
            # "A:" in a press-conference transcript: the person the introduction says is answering
            host = self._first_subject_before(ref.start or 0)
            if host:
                return ResolvedSpeaker(self.entity_name(host, text), host, ref.start, ref.end)
        if ref.kind == "label" and text.lower() in C.ROLE_LABELS:
            return ResolvedSpeaker(text[:1].upper() + text[1:], None, ref.start, ref.end)
        # a mention that covers the label span
        for m in self.mentions:
            if ref.start is not None and m.start >= ref.start and m.end <= (ref.end or 0) and m.type == "PER":
                return ResolvedSpeaker(self.entity_name(m.entity_key, m.text), m.entity_key, m.start, m.end)
        key = self._lookup_name(text)
        return ResolvedSpeaker(self.entity_name(key, text), key, ref.start, ref.end)

    def _first_subject_before(self, pos: int) -> str | None:
        for p, key, _ in self.subject_positions:
            if p < pos:
                return key
        return None

    def _latest_person(self, pos: int, history, persons_only: bool = True) -> ResolvedSpeaker | None:
        """The most recent person before `pos`: a previous speaker or a sentence subject, whichever is later.
        A continued quotation may also continue an organisation's words (`persons_only=False`)."""
        best_pos, best = -1, None
        spoke_in = {p for p, _ in history}     # sentences whose subject is already the resolved speaker
        for p, sp in history:
            if p <= pos and p >= best_pos and (not persons_only or sp.key is None
                                               or self.entities.get(sp.key, None) is None
                                               or self.entities[sp.key].type == "PER"):
                best_pos, best = p, sp
        for p, key, sent_start in self.subject_positions:
            if p < pos and p > best_pos and sent_start not in spoke_in:
                best_pos, best = p, ResolvedSpeaker(self.entity_name(key, None), key, None, None)
        return best

    def _pronoun(self, ref: SpeakerRef, q: QuoteCandidate, history) -> ResolvedSpeaker:
        found = self._latest_person(ref.start if ref.start is not None else q.start, history)
        if found is None or not found.name:
            return ResolvedSpeaker(None, None, None, None)
        return ResolvedSpeaker(found.name, found.key, ref.start, ref.end)

    def _continuation(self, q: QuoteCandidate, history) -> ResolvedSpeaker:
        """The previous quotation's speaker; with none yet, the person the narrative just introduced
        ("Speaking at a press conference, Hughton expressed his disappointment." then a quote)."""
        found = self._latest_person(q.start, history, persons_only=False)
        if found is not None and found.name:
            return ResolvedSpeaker(found.name, found.key, found.start, found.end)
        return ResolvedSpeaker(None, None, None, None)

    def _description(self, ref: SpeakerRef, q, history, candidates, results) -> ResolvedSpeaker:
        desc = ref.text or ""
        low = desc.lower()
        indefinite = bool(re.match(r"(a|an)\s", low))
        if indefinite:
            # cataphora: "A political commentator said ... '...,' Elijah Magnier told Press TV."
            ahead = self._next_named(q, candidates, results, horizon_sentences=3)
            if ahead is not None:
                return ResolvedSpeaker(ahead.name, ahead.key, ref.start, ref.end)
            return ResolvedSpeaker(desc, None, ref.start, ref.end)
        if self._org_description(desc):
            # "the company said", "The maker of the iPhone said": the organisation last standing as a subject
            key = self._latest_org(ref.start if ref.start is not None else q.start, desc, history)
            return ResolvedSpeaker(self.entity_name(key, desc) if key else desc, key, ref.start, ref.end)
        key = self._by_role(desc)
        if key:
            return ResolvedSpeaker(self.entity_name(key, desc), key, ref.start, ref.end)
        found = self._latest_person(ref.start if ref.start is not None else q.start, history)
        if found is not None and found.name:
            return ResolvedSpeaker(found.name, found.key, ref.start, ref.end)
        # nobody before it: "the Ambassador said ..." in a lead that names him further down
        ahead = self._next_named(q, candidates, results, horizon_paragraphs=6)
        if ahead is not None:
            return ResolvedSpeaker(ahead.name, ahead.key, ref.start, ref.end)
        return ResolvedSpeaker(desc, None, ref.start, ref.end)

    def _next_named(self, q, candidates, results, horizon_sentences: int = 0,
                    horizon_paragraphs: int = 0) -> ResolvedSpeaker | None:
        """The first speaker named after `q` within the horizon (cataphora)."""
        units = self.sents if horizon_sentences else self.paras
        idx = next((k for k, s in enumerate(units) if s.start <= q.start < s.end), None)
        if idx is None:
            return None
        horizon = units[min(len(units) - 1, idx + (horizon_sentences or horizon_paragraphs))].end
        for j, other in enumerate(candidates):
            if q.start < other.start < horizon and other.ref.kind in ("name", "label") and results[j] \
                    and results[j].name and other.ref.text and other.ref.text.lower() not in C.ROLE_LABELS:
                return results[j]
        return None

    @staticmethod
    def _org_description(desc: str) -> bool:
        words = re.split(r"\s+(?:of|in|at|from|for|with|on|based)\s+", desc.lower())[0].split()
        return bool(words) and words[-1] in C.ORG_NOUNS and not (set(words) & C.PERSON_NOUNS)

    def _latest_org(self, pos: int, desc: str, history=()) -> str | None:
        """An organisation named in the description ("the ministry" → "Interior Ministry"), else the latest
        organisation that spoke or stood first in a sentence before `pos`."""
        head = re.split(r"\s+(?:of|in|at|from|for|with|on|based)\s+", desc.lower())[0].split()[-1]
        named = [m for m in self.mentions if m.type == "ORG" and m.start < pos and head in m.text.lower().split()]
        if named:
            return named[-1].entity_key
        spoke = [sp.key for p, sp in history if p <= pos and sp.key in self.entities
                 and self.entities[sp.key].type == "ORG"]
        if spoke:
            return spoke[-1]
        best = None
        for sent in self.sents:
            if sent.start >= pos:
                break
            for m in self.mentions:
                if sent.start <= m.start < sent.end and m.type in ("ORG", "PER"):
                    if m.type == "ORG" and len(re.findall(r"\w+", self.text[sent.start:m.start])) <= 3:
                        best = m.entity_key
                    break
        return best

    def _by_role(self, desc: str) -> str | None:
        """A person whose recorded role matches the description, or who is tied to the organisation it names."""
        d = _norm(re.sub(r"^(?:the|this|that)\s+", "", desc, flags=re.I))
        best, best_score = None, 0.0
        for e in self.entities.values():
            if e.type != "PER":
                continue
            for role in e.roles:
                r = _norm(role)
                # a bare title ("General") must not match every description that contains it
                if len(r.split()) < 2:
                    continue
                score = max(fuzz.ratio(d, r), fuzz.token_set_ratio(d, r) if min(len(d.split()), len(r.split())) >= 3
                            else 0)
                if score > best_score:
                    best, best_score = e.key, score
        if best_score >= 85:
            return best
        # "the Asaib leader": an organisation named in the description, and a person whose role names it
        tokens = [t for t in d.split() if len(t) > 3]
        for e in self.entities.values():
            if e.type != "PER":
                continue
            roles = " ".join(_norm(r) for r in e.roles)
            if tokens and any(t in roles.split() for t in tokens if t not in _PERSON_NOUN_KEYS):
                return e.key
        return None
