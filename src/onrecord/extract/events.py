"""Events: what happened, as PLOVER types, read from trigger words clause by clause.

`find_events(text, published, times, occasions)`:

1. splits each prose sentence (headlines and labels are skipped) into clauses: at ; : dashes,
   quotation marks, a comma before a clause opener (", adding", ", and"), and a reporting verb
   ("X said that | ...", "mentioned | the air attack ...");
2. finds triggers from `lexicon_events.EVENT_TRIGGERS` in each clause and drops the ones that do
   not report an event: negated ("no one was killed"), hypothetical ("if they attack"), generic
   ("always threatens"), intended ("to condemn", "will attack"), questions, and trigger nouns used
   as modifiers ("strike capabilities");
3. makes one event per type per clause, reading from the clause its date, place, parties and
   casualties;
4. merges, per document, the mentions of one event: a definite back-reference ("the attack",
   "condemned the airstrikes") adds nothing, and mentions whose date, place and casualties agree
   are one event, reported by its most informative mention (for a statement: its own quoted
   words). Statements merge only when the same person (or the same occasion) made them.

Dates come only from the text: the time expression of the clause that belongs to the trigger (the
nearest one after it: "blamed X, which denied it on Saturday" dates the denial). A statement
(threat, accusation, rejection) without one takes the time of the clause reporting it ("On Monday,
X warned that ..."), else the date of the occasion it was made on, else the bound set by the event
it answers ("vowed to avenge the airstrikes on Monday": Monday..publication). The publication date
alone is never used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from onrecord.extract import lexicon_events as lex
from onrecord.extract.occasions import inside, is_heading, quoted_spans
from onrecord.extract.text import Span, sentences
from onrecord.extract.timex import times_in
from onrecord.models import DateRange, Event, Occasion, TimeExpression

# ---------------------------------------------------------------- compiled lexicon


@dataclass(frozen=True)
class _CompiledTrigger:
    type: str
    form: str
    regex: re.Pattern


def _compile_triggers() -> list[_CompiledTrigger]:
    """One alternation per type and form, in lexicon order (specific patterns such as "air strikes" come
    before "strikes" in the lexicon): one pass over a clause per group instead of one per pattern."""
    groups: dict[tuple[str, str], list[str]] = {}
    for event_type, triggers in lex.EVENT_TRIGGERS.items():
        for t in triggers:
            groups.setdefault((event_type, t.form), []).append(f"(?:{t.pattern})")
    return [_CompiledTrigger(event_type, form, re.compile(rf"(?<![\w’'-])(?:{'|'.join(patterns)})(?![\w’'-])", re.I))
            for (event_type, form), patterns in groups.items()]


_TRIGGERS = _compile_triggers()

_NEGATED = re.compile(rf"{lex.NEGATORS}(?:\s+\S+){{0,3}}\s*$", re.I)
_HYPOTHETICAL = re.compile(lex.HYPOTHETICAL, re.I)
_GENERIC = re.compile(lex.GENERIC, re.I)
_AGGREGATE = re.compile(lex.AGGREGATE, re.I)
_EMPHATIC = re.compile(rf"{lex.EMPHATIC_NEGATIONS}\s*$", re.I)
_INTENDED_OBJECT = re.compile(lex.INTENDED_OBJECT, re.I)
_NATURAL_CAUSES = re.compile(lex.NATURAL_CAUSES, re.I)
_VERBAL_ATTACK = re.compile(lex.VERBAL_ATTACK, re.I)
_SPORTS = re.compile(lex.SPORTS_WORDS, re.I)
_WORD = re.compile(r"[\w’'-]+")
_CEASED = re.compile(lex.CEASED, re.I)
_TALLY_PERIOD = re.compile(lex.TALLY_PERIOD, re.I)
_CLEFT = re.compile(r"\bit\s+is\s+(?:this|that|the|these|those)\s+(?:[\w’'-]+\s+){0,3}?(?:that|who|which)\b", re.I)


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(items, key=len, reverse=True))


# A clause boundary: a reporting verb (its complement is a clause of its own), punctuation that
# ends a clause, a quotation mark, or a comma before a word that opens a new clause.
_SEPARATOR = re.compile(
    rf"(?P<report>(?:,?\s+and\s+|,\s+)?\b(?:{_alternation(lex.REPORTING_VERBS)})\b(?:\s+that\b|\s*:)?)"
    rf"|(?P<punct>\s*[;“”«»\"]\s*|(?<!\d)\s*:(?!\d)\s*|\s+[–—]\s+|\s+--?\s+)"
    rf"|(?P<comma>,\s*(?=(?:{_alternation(lex.CLAUSE_OPENERS)})\b))")

# ---------------------------------------------------------------- names, numbers, places

_NAME_TOKEN = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'-]*|(?:al|el)-[A-Z][\w’'-]*)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:(?:al|el|bin|ibn|abu|of|de)[-\s])?{_NAME_TOKEN})*"
_NAME_RE = re.compile(_NAME)
_NOT_NAMES = {"at", "on", "in", "the", "a", "an", "he", "she", "it", "they", "we", "this", "that", "but", "and",
              "other", "some", "many", "all", "every", "each", "most", "both", "several", "one", "not", "now",
              "hundreds", "thousands", "dozens", "scores", "tens", "rockets", "missiles", "drones", "mortars",
              "troops", "soldiers", "officials", "gunmen", "militants", "protesters", "demonstrators", "residents",
              "police", "forces", "witnesses", "sources", "analysts", "participants", "mourners", "people",
              "if", "i", "his", "her", "their", "our", "its", "no", "any", "after", "before", "while",
              "during", "meanwhile", "however", "elsewhere", "according", "earlier", "later", "last", "yesterday",
              "today", "of", "as", "with", "what", "when", "who", "where", "there", "these", "those", "such"}
_PLACE_PREPOSITIONS = r"(?i:in|at|near|on|outside|inside|against|across|along|around|off|from)"
_PLACE = re.compile(
    rf"(?:\b{_PLACE_PREPOSITIONS}\s+(?:the\s+)?(?:(?i:{lex.DIRECTIONS})\s+)?"
    rf"(?:(?i:town|city|village|province|district|region|governorate|area|neighbou?rhood|outskirts|suburbs|"
    rf"vicinity|edge|centre|center|heart)\s+of\s+)?"
    rf"|\b(?i:{lex.PLACE_OBJECT_VERBS})\s+(?:the\s+)?(?=(?:{_NAME})\s+(?i:{lex.PLACE_CLASSES_KEPT})\b))"
    rf"(?:(?P<between>border\s+between\s+{_NAME}\s+and\s+{_NAME})"
    rf"|(?P<name>{_NAME})(?:\s+(?P<kept>(?i:{lex.PLACE_CLASSES_KEPT}))|\s+(?P<dropped>(?i:{lex.PLACE_CLASSES_DROPPED})))?)"
    rf"(?![\w’'-])")
_AFTER_PLACE_OK = {"and", "or", "but", "on", "in", "at", "to", "of", "for", "with", "by", "from", "that", "which",
                   "who", "where", "when", "as", "after", "before", "since", "during", "was", "were", "is", "are",
                   "has", "have", "had", "said", "says", "the", "a", "an", "this", "last", "earlier", "near",
                   "against", "until", "while", "amid", "following", "into", "over", "under", "will", "would",
                   "won’t", "won't", "cannot", "can’t", "can't", "could", "should", "must", "may", "might", "shall"}

_NUMBER_WORD = _alternation(list(lex.NUMBER_WORDS))
_QUANTITY = re.compile(
    rf"(?<![\w’'-])(?P<q>(?:(?:{lex.QUALIFIERS})\s+)?(?P<n>\d[\d,]*|(?:{_NUMBER_WORD})(?:[-\s](?:{_NUMBER_WORD}))?|"
    rf"{lex.VAGUE_QUANTITIES}))(?![\w’'-])", re.I)


# ---------------------------------------------------------------- clauses

@dataclass
class _Clause:
    start: int
    end: int
    sentence: Span
    reported_by: "_Clause | None" = None     # the clause whose reporting verb introduces this one


# ", officials said." / ", Tessaly said on Monday." closing a sentence: what precedes it was said.
_ATTRIBUTION = re.compile(rf",\s+(?P<attr>(?:[\w’'.-]+\s+){{1,5}}?(?:{_alternation(lex.REPORTING_VERBS)}|told\s+[\w’'.-]+"
                          rf"(?:\s+[A-Z][\w’'.-]*)*)\b[^,;:\"“”]{{0,40}}?)\s*[.!?]?[\"”’]?\s*$")


def _clauses(text: str, sent: Span) -> list[_Clause]:
    attribution = _ATTRIBUTION.search(text, sent.start, sent.end)
    if attribution and not text[sent.start:attribution.start()].strip().endswith(("\"", "”")):
        content = _split(text, Span(sent.start, attribution.start()), sent)
        said_by = _Clause(attribution.start("attr"), attribution.end("attr"), sent)
        for clause in content:
            clause.reported_by = clause.reported_by or said_by
        return content + [said_by]
    return _split(text, sent, sent)


def _split(text: str, span: Span, sent: Span) -> list[_Clause]:
    out: list[_Clause] = []
    pending_report: _Clause | None = None
    cursor = span.start
    chunk = text[span.start:span.end]
    coordinated = False
    for m in _SEPARATOR.finditer(_mask_inline_quotations(chunk)):
        clause = _make_clause(text, cursor, span.start + m.start(), sent)
        if clause:
            clause.reported_by = pending_report or (out[-1].reported_by if coordinated and out else None)
            pending_report = None
            out.append(clause)
        if m["report"] and out:
            pending_report = out[-1]
        # after ", and" or a quotation mark inside a reported clause, the same speaker goes on
        coordinated = bool(m["comma"]) or bool(m["punct"] and re.search(r"[“”«»\"]", m["punct"]))
        cursor = span.start + m.end()
    last = _make_clause(text, cursor, span.end, sent)
    if last:
        last.reported_by = pending_report or (out[-1].reported_by if coordinated and out else None)
        out.append(last)
    return out


_INLINE_QUOTATION = re.compile(r"(?<=[A-Za-z] )([“\"])(?=[a-z])([^“”\".,;:!?]{1,120})([”\"])(?= [a-z]|[,;](?= ))")


def _mask_inline_quotations(chunk: str) -> str:
    """Quotation marks around words that the sentence goes on through ("pledged a “very consequential”
    response", "blamed “radical groups operating in Syria” for the strike") do not open a clause: they are
    replaced (same length) before looking for clause boundaries."""
    return _INLINE_QUOTATION.sub(lambda m: " " + m.group(2) + " ", chunk)


def _make_clause(text: str, start: int, end: int, sent: Span) -> _Clause | None:
    while start < end and text[start] in " \t,;:.\"“”«»'[(":
        start += 1
    while end > start and text[end - 1] in " \t,;:.\"“”«»'":
        end -= 1
    conjunction = re.match(r"(?:and|but|while|whereas)\s+", text[start:end])
    if conjunction:
        start += conjunction.end()
    if not _WORD.search(text[start:end]):
        return None                      # a one-word clause still matters: "Tessaly | said that ..."
    return _Clause(start, end, sent)


# ---------------------------------------------------------------- triggers and guards

@dataclass
class _Hit:
    type: str
    form: str
    start: int          # offsets in the document
    end: int
    anaphoric: bool


def _triggers(text: str, clause: _Clause, question: bool) -> list[_Hit]:
    body = text[clause.start:clause.end]
    hits = []
    for trig in _TRIGGERS:
        for m in trig.regex.finditer(body):
            if question or not _reports_an_event(body, m, trig, text[clause.sentence.start:clause.start + m.start()]):
                continue
            # read from the sentence start: a quotation mark may have cut "the" off the clause
            anaphoric = trig.form == "noun" and _definite(text[clause.sentence.start:clause.start + m.start()])
            hits.append(_Hit(trig.type, trig.form, clause.start + m.start(), clause.start + m.end(), anaphoric))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return hits


def _reports_an_event(body: str, m: re.Match, trig: _CompiledTrigger, sentence_before: str) -> bool:
    before, after = body[:m.start()], body[m.end():]
    words_before = [w.lower() for w in _WORD.findall(before)]
    if _NEGATED.search(before) and not _EMPHATIC.search(before) \
            and not (trig.type == "THREATEN" and trig.form == "phrase"):
        return False
    if _GENERIC.search(before) or _GENERIC.search(after):
        return False                                 # "has repeatedly targeted ... over the past years"
    if trig.type != "THREATEN" and _HYPOTHETICAL.search(before):
        return False
    if trig.type == "THREATEN" and re.search(r"\b(?:if|whether)\s+(?:\S+\s+){0,2}$", before, re.I):
        return False                                 # "asked whether they will attack": not a threat
    if m.group().lower() in lex.BASE_VERBS and words_before and words_before[-1] in lex.MODALS:
        return False                                 # "to condemn", "will attack": intended, not done
    if trig.type != "THREATEN" and len(words_before) >= 2 and words_before[-1] in ("be", "been") \
            and words_before[-2] in lex.MODALS:
        return False                                 # "may be attacked": not (yet) happened
    if trig.form == "noun" and (_AGGREGATE.search(before) or _INTENDED_OBJECT.search(before)):
        return False                                 # "dozens of attacks", "the right to stage protests"
    if trig.type in ("ASSAULT", "FIGHT") and _CEASED.search(before):
        return False                                 # "would halt its attacks": attacks that stop
    if trig.type in ("ASSAULT", "FIGHT") and _tally(before, m.group(), after):
        return False                                 # "at least 165 attacks ... since mid-October"
    if m.group().lower() == "martyred" and _adjective(after):
        return False                                 # "which martyred resistance leader X spoke about"
    if trig.type == "THREATEN" and trig.form == "verb" and _CLEFT.search(sentence_before):
        return False                                 # "It is X that occupies ... and threatens ...": an accusation
    if trig.type in ("ASSAULT", "ACCUSE") and _NATURAL_CAUSES.search(sentence_before):
        return False                                 # "a storm that struck", "tossed by heavy winds -- struck"
    if trig.type == "ASSAULT" and _VERBAL_ATTACK.search(before):
        return False                                 # "discredited and attacked": words, not weapons
    if trig.form == "noun":
        nxt = re.match(r"\s+([A-Za-z-]+)", after)
        if nxt and nxt.group(1).lower() in lex.MODIFIED_NOUNS:
            return False                             # "strike capabilities", "attack helicopters"
    return True


def _tally(before: str, trigger: str, after: str) -> bool:
    """A count of attacks over a period: "There have been at least 165 attacks ... since mid-October",
    "have been attacked at least 165 times since ..."."""
    if not _TALLY_PERIOD.search(after):
        return False
    counted = re.search(rf"(?:^|\s)(?:(?:{lex.QUALIFIERS})\s+)?(?:\d[\d,]*|(?:{_NUMBER_WORD}))\s+(?:[\w-]+\s+)?$", before, re.I)
    if counted and re.search(r"s$", trigger, re.I):
        return True
    return bool(re.match(rf"\s+(?:(?:{lex.QUALIFIERS})\s+)?(?:\d[\d,]*|(?:{_NUMBER_WORD}))\s+times\b", after, re.I))


def _adjective(after: str) -> bool:
    """ "martyred resistance leader", "the martyred commander": followed by a bare noun (no determiner, number
    or preposition), the participle describes someone, it does not report a killing."""
    nxt = re.match(r"\s+([\w’'-]+)", after)
    if not nxt:
        return False
    word = nxt.group(1).lower()
    function = {"the", "a", "an", "his", "her", "their", "its", "our", "two", "three", "in", "on", "at", "by", "during",
                "after", "when", "while", "near", "as", "and", "or", "with", "from", "for", "to", "of", "this", "that",
                "these", "those", "some", "many", "dozens", "hundreds", "scores", "several", "at", "inside", "outside"}
    return not (word in function or word in lex.NUMBER_WORDS or word[0].isdigit())


def _definite(before: str) -> bool:
    """True when the noun phrase ending here opens with a definite determiner ("the fatal U.S. attacks"),
    not when the determiner belongs to a possessor ("the militias' attacks")."""
    words = _WORD.findall(before)[-5:]
    for w in reversed(words):
        lw = w.lower()
        if lw in lex.ANAPHORIC_DETERMINERS:
            return True
        if lw.endswith(("'", "’", "'s", "’s")) or lw in ("a", "an", "in", "on", "of", "by", "for", "and", "to"):
            return False
        if lw.isdigit() or lw in lex.NUMBER_WORDS:
            return False
    return False


# ---------------------------------------------------------------- attributes

_DEATH = re.compile(rf"\b(?:{lex.DEATH_WORDS})\b", re.I)
_INJURY = re.compile(rf"\b(?:{lex.INJURY_WORDS})\b", re.I)
_ANY_CASUALTY = re.compile(rf"\b(?:{lex.INJURY_WORDS}|{lex.DEATH_WORDS})\b", re.I)
_ACTIVE_DEATH = re.compile(lex.ACTIVE_DEATH_VERBS, re.I)
_ACTIVE_INJURY = re.compile(lex.ACTIVE_INJURY_VERBS, re.I)


@dataclass
class _Casualties:
    fatalities: int | None = None
    fatalities_text: str | None = None
    injuries: int | None = None
    injuries_text: str | None = None

    @classmethod
    def read(cls, body: str, offset: int, clause_times: list[TimeExpression]) -> "_Casualties":
        blocked = [(t.start - offset, t.end - offset) for t in clause_times]
        return cls(*_count(body, blocked, _DEATH, _ACTIVE_DEATH), *_count(body, blocked, _INJURY, _ACTIVE_INJURY))

    @property
    def any(self) -> bool:
        return self.fatalities_text is not None or self.injuries_text is not None

    def fields(self) -> dict:
        return {"fatalities": self.fatalities, "fatalities_text": self.fatalities_text,
                "injuries": self.injuries, "injuries_text": self.injuries_text}


def _count(body: str, blocked: list[tuple[int, int]], words: re.Pattern, active: re.Pattern
           ) -> tuple[int | None, str | None]:
    """The number attached to a death/injury word in the clause: "at least five ... were martyred",
    "which killed 8 ...". Numbers inside time expressions ("in 2019") are not counts."""
    for dm in words.finditer(body):
        candidates = []
        # object of an active verb: "killed (at least) 8 fighters"
        if active.fullmatch(dm.group()):
            qm = _QUANTITY.match(body, _skip_space(body, dm.end()))
            if qm:
                candidates.append(qm)
        # subject of a passive or a noun phrase before it: "five people were killed", "5 dead"
        before = [q for q in _QUANTITY.finditer(body, max(0, dm.start() - 70), dm.start())
                  if len(_WORD.findall(body[q.end():dm.start()])) <= 6]
        if before:
            candidates.append(before[-1])
        for qm in candidates:
            if any(s <= qm.start() < e for s, e in blocked):
                continue
            between = body[qm.end():dm.start()] if qm.start() < dm.start() else body[dm.end():qm.start()]
            if _ANY_CASUALTY.search(between):
                continue                         # the count belongs to another casualty word
            return _number(qm["n"]), qm["q"]
    return None, None


def _skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i] == " ":
        i += 1
    return i


def _number(token: str) -> int | None:
    token = re.sub(r"\s+", " ", token.lower())
    if token.replace(",", "").isdigit():
        return int(token.replace(",", ""))
    if token in lex.NUMBER_WORDS:
        return lex.NUMBER_WORDS[token]
    parts = re.split(r"[-\s]", token)
    if all(p in lex.NUMBER_WORDS for p in parts):
        return sum(lex.NUMBER_WORDS[p] for p in parts)      # "twenty-five"
    return None                                              # "dozens", "several": as written only


_PASSIVE_RELATIVE = re.compile(r",\s*(?P<rel>(?:which|where)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?)$")


def _location(text: str, clause: _Clause, trigger: _Hit, times: list[TimeExpression]) -> str | None:
    antecedent = _antecedent_place(text, clause, trigger, times)
    if antecedent:
        return antecedent
    body = text[clause.start:clause.end]
    found = []
    for m in _PLACE.finditer(body):
        place = _place_name(body, m, clause.start, times)
        if place:
            found.append((m.start() + clause.start, place))
    after = [p for pos, p in found if pos >= trigger.start]
    before = [p for pos, p in found if pos < trigger.start]
    return (after or before or [None])[0]


def _passive_relative(text: str, clause: _Clause, hit: _Hit) -> re.Match | None:
    """ ", which was stormed" / ", which were shelled": a passive relative clause opening right before the trigger."""
    rel = _PASSIVE_RELATIVE.search(text, clause.start, hit.start)
    if rel and (rel["rel"].split()[1:] or re.match(r"(?:was|were|been|being)\s", text[hit.start:hit.end])):
        return rel
    return None


def _antecedent_place(text: str, clause: _Clause, trigger: _Hit, times: list[TimeExpression]) -> str | None:
    """ "outside the U.S. Embassy in Baghdad, which was stormed that day by ...": what a passive relative
    clause reports happened to the place its antecedent names."""
    rel = _passive_relative(text, clause, trigger)
    if not rel:
        return None
    window_start = max(clause.sentence.start, rel.start() - 80)
    window = text[window_start:rel.start()]
    last = None
    for m in _PLACE.finditer(window):
        last = m
    if last is None or window[last.end():].strip():
        return None                                  # the antecedent must end with the place
    return _place_name(window, last, window_start, times)


def _place_name(body: str, m: re.Match, offset: int, times: list[TimeExpression]) -> str | None:
    if m["between"]:
        return m["between"]
    name = m["name"]
    if any(t.start < offset + m.end("name") and offset + m.start("name") < t.end for t in times):
        return None                                  # "on Monday", "in June"
    if name.split()[0].lower() in _NOT_NAMES:
        return None
    if name.split()[-1].lower() in lex.ORG_HEADS:
        return None
    if m["kept"]:
        return f"{name} {m['kept']}"
    nxt = re.match(r"\s+([A-Za-z’'-]+)", body[m.end():])
    if nxt and nxt.group(1)[0].islower() and nxt.group(1).lower() not in _AFTER_PLACE_OK \
            and not nxt.group(1).lower().endswith(("ed", "ing")):
        return None                                  # "U.S. airstrikes", "Hashd al-Shaabi headquarters": modifiers
    if not m["dropped"] and name.lower() in lex.PARTY_NAMES and name.lower() not in ("america", "u.s.", "us"):
        return None                                  # "Iraqi", "American" alone are not places
    name = re.sub(r"^.*[’']s\s+", "", name)           # "Baghdad's Jadriya" → "Jadriya"
    return name


def _party(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(rf"^(?:the\s+)?(?:{lex.TITLES})+", "", name.strip(), flags=re.I).strip()
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    return lex.PARTY_NAMES.get(name.lower(), name) or None


_CALENDAR_WORDS = {w.lower() for w in ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
                                        "March April May June July August September October November December").split()}
_PREPOSITIONS = {"in", "on", "at", "near", "from", "of", "against", "to", "inside", "outside", "across"}


@dataclass
class _Name:
    start: int
    end: int
    text: str
    after_preposition: bool      # "in Velmora", "In Velmora": a place or a circumstance, not a subject


def _names(s: str) -> list[_Name]:
    """Capitalised names in `s`, without leading function words ("On Monday" is not a name,
    "At least" neither) and without bare calendar words."""
    out = []
    for m in _NAME_RE.finditer(s):
        words = m.group().split()
        lead = 0
        while lead < len(words) and words[lead].lower() in _NOT_NAMES:
            lead += 1
        name = words[lead:]
        if not name or (len(name) == 1 and name[0].lower() in _CALENDAR_WORDS):
            continue
        stripped = {w.lower() for w in words[:lead]}
        preceding = re.search(rf"(\w+)\s+(?:the\s+)?(?:(?i:{lex.DIRECTIONS})\s+)?$", s[:m.start()])
        after_prep = bool(stripped & _PREPOSITIONS) or bool(preceding and preceding.group(1).lower() in _PREPOSITIONS)
        out.append(_Name(m.start(), m.end(), " ".join(name), after_prep))
    return out


_PARTY_WORD = re.compile(r"\b(?:U\.S\.|US|USA|America|American|Americans|United States)\b")
_PRONOUN_BEFORE = re.compile(r"\b(?:we|i|they|he|she|you|it)\s+(?:\w+\s+)?$", re.I)
# Phrases whose grammatical subject is the party threatened or accused, not the actor:
# "X will not be safe", "X is a target", "X is responsible for ...".
_ABOUT_SUBJECT = re.compile(r"safe|target|responsible", re.I)


def _parties(text: str, clause: _Clause, hit: _Hit, place: str | None) -> tuple[str | None, str | None]:
    """A best-effort actor and target from the wording around the trigger (None when unclear)."""
    body = text[clause.start:clause.end]
    before, after = body[:hit.start - clause.start], body[hit.end - clause.start:]
    trigger = text[hit.start:hit.end]
    by = re.match(rf"\s+(?:\w+\s+){{0,3}}?by\s+(?:the\s+)?(?P<n>{_NAME}(?:\s+[a-z][\w-]*){{0,2}})", after)
    actor = _agent(by["n"]) if by else None
    target = None
    if hit.form == "phrase" and _ABOUT_SUBJECT.search(trigger):
        party = _PARTY_WORD.search(before) or _PARTY_WORD.search(trigger)
        subject = [n for n in _names(before) if not n.after_preposition]
        target = party.group() if party else (subject[-1].text if subject else None)
    elif hit.form == "noun":
        premod = re.search(rf"(?P<n>{_NAME})\s+(?:[a-z-]+\s+)?$", before)
        relative = re.match(rf"\s+(?:that|which)\s+(?:the\s+)?(?P<n>{_NAME})\b[^,;]{{0,30}}?\b"
                            rf"(?:carried\s+out|launched|conducted|waged|staged)", after)
        actor = actor or (premod and premod["n"]) or (relative and relative["n"])
    elif re.search(r"\b(?:was|were|been|being|be)\s+(?:\w+\s+)?$", before):
        subject = [n for n in _names(before) if not n.after_preposition]
        target = subject[-1].text if subject else None
        agent = re.search(rf"\bin\s+(?:the\s+)?(?P<n>{_NAME})\s+(?:[\w-]+\s+)?(?:air\s*strikes?|strikes?|attacks?|"
                          rf"raids?|air\s+raids?|bombing|shelling)", after)
        actor = actor or (agent and agent["n"])
    elif not _PRONOUN_BEFORE.search(before) and not trigger.lower().endswith("ing"):
        actor = actor or _subject(before)     # a participle ("..., killing two") has no subject of its own
    if target is None:
        obj = re.search(rf"^\s+(?:the\s+)?(?P<n>{_NAME})|\b(?:against|on|at)\s+(?:the\s+)?(?P<m>{_NAME})", after)
        named = obj and (obj["n"] or obj["m"])
        if named and not (place and place.startswith(named)):
            target = named
    if target is None and hit.type in lex.SPEECH_ACT_TYPES:
        party = _PARTY_WORD.search(body)
        target = party.group() if party else None
    actor, target = _party(actor), _party(target)
    actor, target = (p if _is_party(p) else None for p in (actor, target))
    return actor, (target if target != actor else None)


def _is_party(name: str | None) -> bool:
    """Not a calendar word ("on Sunday") nor a common word that starts a sentence ("Hundreds")."""
    if not name:
        return False
    first = name.split()[0].lower()
    if first in _NOT_NAMES or first in lex.NUMBER_WORDS or first.isdigit():
        return False
    return not (len(name.split()) == 1 and first in _CALENDAR_WORDS)


def _agent(phrase: str) -> str:
    """ "the Iraqi resistance factions" stays a phrase; "Velmora's army" or "Ostra and" are trimmed."""
    words = phrase.split()
    keep = [words[0]]
    for w in words[1:]:
        if w[0].islower() and (w.lower() in _AFTER_PLACE_OK or w.lower() in _NOT_NAMES):
            break
        keep.append(w)
    return " ".join(keep)


def _subject(before: str) -> str | None:
    """The name standing right before an active verb, adverbs allowed: "Prime Minister X strongly"."""
    names = [n for n in _names(before) if not n.after_preposition]
    if not names or len(_WORD.findall(before[names[-1].end:])) > 2:
        return None
    return names[-1].text


def _date(clause: _Clause, hit: _Hit, clause_times: "_Times", times: list[TimeExpression],
          occasion: Occasion | None, in_statement: bool, published: date | None) -> DateRange | None:
    """The clause's own time expression for this trigger; for a statement, the time of the clause that
    reports it, else the date of the occasion it was made on, else the bound set by the event it
    answers. Never the publication date alone."""
    if clause_times.own:
        return min(clause_times.own, key=lambda t: abs(t.start - hit.start)).value
    if hit.type not in lex.SPEECH_ACT_TYPES:
        return None
    answered = _answered_event_bound(clause_times.answered, published)
    if not in_statement:
        return answered
    if clause.reported_by is not None:
        reporting = times_in(times, clause.reported_by.start, clause.reported_by.end)
        if reporting:
            return reporting[0].value
    if occasion is not None and occasion.date is not None:
        return occasion.date
    return answered


def _answered_event_bound(clause_times: list[TimeExpression], published: date | None) -> DateRange | None:
    """ "vowed to avenge the airstrikes that killed five earlier this week": a statement answering an
    event dated in its clause was made after that event began and no later than publication."""
    starts = [t.value.start for t in clause_times if t.value and published and t.value.start <= published]
    if not starts:
        return None
    start = max(starts)
    return DateRange.day(published) if start == published else DateRange(start, published, "range")


def _speaker(text: str, clause: _Clause) -> str | None:
    """The person named right before the reporting verb ("..., Khazaali noted that", "..., Tessaly said");
    None for a description ("the Asaib leader stressed") or a pronoun: the occasion tells who that is."""
    if clause.reported_by is None:
        return None
    reporting = text[clause.reported_by.start:clause.reported_by.end]
    if clause.reported_by.start > clause.start:          # attribution after the words: "..., Tessaly said."
        m = re.match(rf"\s*(?P<n>{_NAME})", reporting)
        return _party(m["n"]) if m and _is_party(m["n"]) else None
    m = re.search(rf"(?P<det>\b(?:the|his|her|its|their|a|an)\s+)?(?P<n>{_NAME})(?:\s+[a-z][\w-]*)?\s*$", reporting)
    if not m or m["det"] or not _is_party(m["n"]) or re.search(r"\s[a-z][\w-]*\s*$", reporting[m.start("n"):]):
        return None                      # "the Asaib leader", "Tessaly's aide": a description
    if re.search(r"\b(?i:in|on|at|of|from|to|near|against|with|by|for)\s+$", reporting[:m.start()]):
        return None                      # "... bases in Iraq and said": a place, not the speaker
    return _party(m["n"])


def _evidence_span(text: str, clause: _Clause, hit: _Hit, limit: int = 300) -> tuple[int, int]:
    """The clause; a passive relative clause ("..., which was stormed that day by ...") on its own; a very
    long clause narrowed to the comma-separated stretch around the trigger."""
    rel = _passive_relative(text, clause, hit)
    if rel:
        return rel.start("rel"), clause.end
    if clause.end - clause.start <= limit:
        return clause.start, clause.end
    start = text.rfind(", ", clause.start, hit.start)
    end = text.find(", ", hit.end, clause.end)
    start = clause.start if start < 0 else start + 2
    end = clause.end if end < 0 else end
    return start, end


# ---------------------------------------------------------------- one document

@dataclass
class _Mention:
    event: Event
    anaphoric: bool
    quoted: bool
    voice: str | None = None          # for a statement: who made it (mentions by different people stay apart)
    occasion: int | None = None       # index of the occasion a statement was made on


@dataclass
class _Document:
    """What every clause of one document is read against."""
    text: str
    published: date | None
    times: list[TimeExpression]
    occasions: list[Occasion]
    quotes: list[Span]


def find_events(text: str, published: date | None, times: list[TimeExpression],
                occasions: list[Occasion]) -> list[Event]:
    doc = _Document(text, published, times, occasions, quoted_spans(text))
    mentions: list[_Mention] = []
    for sent in sentences(text):
        if is_heading(text, sent):
            continue
        question = text[sent.start:sent.end].rstrip(" \"”’'").endswith("?")
        for clause in _clauses(text, sent):
            mentions.extend(_clause_events(doc, clause, question))
    if _is_sports_report(text):
        mentions = [m for m in mentions if m.event.type not in lex.SPORTS_SUSPENDED_TYPES]
    return _merge_mentions(mentions)


def _is_sports_report(text: str, distinct: int = 5) -> bool:
    """A match report: its "attacks", "strikes" and threats are football, not violence."""
    return len({m.group().lower() for m in _SPORTS.finditer(text)}) >= distinct


def _clause_events(doc: _Document, clause: _Clause, question: bool) -> list[_Mention]:
    """One mention per event type the clause reports (see `_worth_a_second_event`)."""
    hits = _triggers(doc.text, clause, question)
    if not hits:
        return []
    clause_times = times_in(doc.times, clause.start, clause.end)
    casualties = _Casualties.read(doc.text[clause.start:clause.end], clause.start, clause_times)
    primary = next((h for h in hits if not h.anaphoric), hits[0]).type
    owned = _times_by_type(clause_times, hits)
    answered = [t for event_type, ts in owned.items() if event_type not in lex.SPEECH_ACT_TYPES for t in ts]
    out = []
    for event_type in dict.fromkeys(h.type for h in hits):
        typed = [h for h in hits if h.type == event_type]
        hit = next((h for h in typed if not h.anaphoric), typed[0])
        if event_type == primary or _worth_a_second_event(event_type, hit, casualties.any):
            out.append(_mention(doc, clause, hits, typed, hit, clause_times,
                                _Times(owned.get(event_type, []), answered), casualties))
    return out


@dataclass
class _Times:
    """The time expressions of a clause as one trigger sees them."""
    own: list[TimeExpression]          # those that date this trigger
    answered: list[TimeExpression]     # those that date an event (attack, protest ...) it may answer


def _mention(doc: _Document, clause: _Clause, hits: list[_Hit], typed: list[_Hit], hit: _Hit,
             clause_times: list[TimeExpression], times: "_Times", casualties: "_Casualties") -> _Mention:
    text = doc.text
    occasion = _occasion_for(doc.occasions, clause)
    in_statement = _in_statement(clause, hit, hits, doc.quotes, occasion)
    quoted = inside(doc.quotes, hit.start)
    place = _location(text, clause, hit, clause_times)
    actor, target = _first_parties(text, clause, typed, hit, place)
    voice = None
    if hit.type in lex.SPEECH_ACT_TYPES:
        voice = _voice(text, clause, hit, actor, occasion, in_statement, quoted)
        if actor is None and in_statement:
            actor = voice
        if occasion is not None and voice and occasion.speaker_name and not _same_party(voice, occasion.speaker_name):
            occasion = None              # someone else's interview does not date this statement
    start, end = _evidence_span(text, clause, hit)
    violent = hit.type in ("ASSAULT", "FIGHT")
    event = Event(
        type=hit.type, start=start, end=end, evidence=text[start:end],
        date=_date(clause, hit, times, doc.times, occasion, in_statement, doc.published),
        location=place, actor=actor, target=target,
        **(casualties.fields() if violent else {}))
    anaphoric = hit.anaphoric and not (violent and casualties.any) and not clause_times
    occasion_index = next((i for i, o in enumerate(doc.occasions) if o is occasion), None) if in_statement else None
    return _Mention(event, anaphoric, quoted, voice, occasion_index)


def _times_by_type(clause_times: list[TimeExpression], hits: list[_Hit]) -> dict[str, list[TimeExpression]]:
    """Each time expression dates one trigger: the nearest one before it ("struck the base on Tuesday",
    "blamed X, which denied it on Saturday": Saturday dates the denial), else the nearest after it
    ("On Monday, the governor condemned ...")."""
    out: dict[str, list[TimeExpression]] = {}
    for t in clause_times:
        before = [h for h in hits if h.end <= t.start]
        owner = max(before, key=lambda h: h.end) if before else min(hits, key=lambda h: h.start)
        out.setdefault(owner.type, []).append(t)
    return out


def _first_parties(text: str, clause: _Clause, hits: list[_Hit], main: _Hit, place: str | None):
    """Actor and target read around the main trigger, else around the clause's other triggers of the type
    ("the air attack that X carried out ..., which killed 8": the actor is read at "attack")."""
    actor, target = _parties(text, clause, main, place)
    for other in hits:
        if actor is not None and target is not None:
            break
        a, t = _parties(text, clause, other, place)
        actor, target = actor or a, target or t
    return actor, (target if target != actor else None)


def _voice(text: str, clause: _Clause, hit: _Hit, actor: str | None, occasion: Occasion | None,
           in_statement: bool, quoted: bool) -> str | None:
    """Who made a statement: the named subject of the reporting verb, or of a speech verb that is itself
    the trigger ("Tessaly blamed ..."), else the speaker of its occasion."""
    named = _speaker(text, clause)
    if named:
        return named
    if actor and not quoted and clause.reported_by is None and not _ABOUT_SUBJECT.search(text[hit.start:hit.end]):
        return actor                     # "Tessaly blamed", "X has pledged to": the subject speaks
    return occasion.speaker_name if (occasion is not None and in_statement) else None


def _worth_a_second_event(event_type: str, hit: _Hit, casualties: bool) -> bool:
    """A clause reports one event, by its first trigger; a further type counts only when it says
    something new: an attack with its toll ("vowed to avenge airstrikes that killed five"), or a
    verb of its own ("condemned the raid and vowed to respond")."""
    if event_type in ("ASSAULT", "FIGHT"):
        return casualties and not hit.anaphoric
    return hit.form != "noun"


def _occasion_for(occasions: list[Occasion], clause: _Clause) -> Occasion | None:
    """The occasion a statement in `clause` belongs to: one named in the same sentence, else the
    nearest one before it, else the first (a lead often reports the words before naming the interview)."""
    if not occasions:
        return None
    same_sentence = [o for o in occasions if clause.sentence.start <= o.start < clause.sentence.end]
    if same_sentence:
        return same_sentence[0]
    before = [o for o in occasions if o.start <= clause.start]
    return before[-1] if before else occasions[0]


def _in_statement(clause: _Clause, hit: _Hit, hits: list[_Hit], quotes: list[Span],
                  occasion: Occasion | None) -> bool:
    """Whether the clause gives someone's words: quoted, reported by a speech verb, or itself naming
    the occasion ("denied it in a statement on Saturday"). Only then does the occasion date a threat or
    an accusation."""
    if inside(quotes, hit.start) or clause.reported_by is not None:
        return True
    if occasion is None or not clause.start <= occasion.start < clause.end:
        return False
    nearest = min(hits, key=lambda h: abs(h.start - occasion.start))
    return nearest.type == hit.type      # "blamed X, which denied it in a statement": the denial's occasion


# ---------------------------------------------------------------- one event, several mentions

def _merge_mentions(mentions: list[_Mention]) -> list[Event]:
    groups: list[list[_Mention]] = []
    for m in sorted(mentions, key=lambda m: (m.anaphoric, m.event.start)):
        same_type = [g for g in groups if g[0].event.type == m.event.type]
        if m.anaphoric and same_type:
            continue                     # "the attack", "condemned the airstrikes": already reported
        home = next((g for g in same_type if all(_compatible(m, o) for o in g)), None)
        if home is None:
            groups.append([m])
        else:
            home.append(m)
    events = [_representative(g) for g in groups]
    return sorted(events, key=lambda e: e.start)


def _compatible(ma: _Mention, mb: _Mention) -> bool:
    a, b = ma.event, mb.event
    if a.type in lex.SPEECH_ACT_TYPES:
        if ma.voice and mb.voice:
            if not _same_party(ma.voice, mb.voice):
                return False
        elif ma.voice or mb.voice or ma.occasion is None or ma.occasion != mb.occasion:
            return False                 # one statement only when the same person (or occasion) made both
        if a.type == "ACCUSE" and a.target and b.target and not _same_party(a.target, b.target):
            return False                 # "condemned Narvia's strike" and "Israel is responsible": two accusations
    if a.type in lex.ACTOR_DISTINGUISHES and a.actor and b.actor and not _same_party(a.actor, b.actor):
        return False
    if a.injuries is not None and b.injuries is not None and a.injuries != b.injuries:
        return False
    if a.date and b.date and not a.date.overlaps(b.date):
        return False
    if a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities:
        return False
    # a place in a statement is its topic ("won't negotiate ... in Yemen"), not where it was made
    if a.type not in lex.SPEECH_ACT_TYPES and a.location and b.location and not _same_place(a.location, b.location):
        return False
    return True


def _same_party(a: str, b: str) -> bool:
    """ "Qais Khazali" ~ "Khazali": a shared name word (articles ignored)."""
    words = lambda n: {w for w in re.findall(r"[a-z]+", n.lower()) if w not in ("al", "el", "the")}
    return bool(words(a) & words(b))


def _place_words(place: str) -> list[str]:
    drop = {"al", "el", "the", "of", "and", "between", "border", "borders", "air", "base", "airbase", "airport"}
    words = [w for w in re.findall(r"[a-z]+", place.lower()) if w not in drop]
    return words or re.findall(r"[a-z]+", place.lower())


def _same_word(a: str, b: str) -> bool:
    """Demonyms and names share a stem: "Iraqi"/"Iraq", "Syrian"/"Syria" (but not "Iraq"/"Iran")."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) or a == b


def _same_place(a: str, b: str) -> bool:
    """ "Iraqi-Syrian border" ~ "border between Iraq and Syria": every word of one matches the other."""
    wa, wb = _place_words(a), _place_words(b)
    small, big = sorted((wa, wb), key=len)
    return all(any(_same_word(w, v) for v in big) for w in small)


def _representative(group: list[_Mention]) -> Event:
    """The most informative mention reports the event; the others fill in what it leaves out."""
    ranked = sorted(group, key=_rank)
    best = ranked[0].event
    filled = {}
    # who did what to whom is not borrowed across mentions, nor a statement's topic place
    borrowed = ("date",) if best.type in lex.SPEECH_ACT_TYPES else ("date", "location")
    for attr in borrowed:
        if getattr(best, attr) is None:
            filled[attr] = next((getattr(m.event, attr) for m in ranked if getattr(m.event, attr) is not None), None)
    if best.fatalities_text is None:
        donor = next((m.event for m in ranked if m.event.fatalities_text is not None), None)
        if donor:
            filled.update(fatalities=donor.fatalities, fatalities_text=donor.fatalities_text)
    if best.injuries_text is None:
        donor = next((m.event for m in ranked if m.event.injuries_text is not None), None)
        if donor:
            filled.update(injuries=donor.injuries, injuries_text=donor.injuries_text)
    return replace(best, **filled)


def _rank(m: _Mention) -> tuple:
    e = m.event
    if e.type in lex.SPEECH_ACT_TYPES:
        return (not m.quoted, e.start)   # a statement is best evidenced by its own words
    informative = (4 * bool(e.date and e.date.precision == "day") + 2 * (e.fatalities_text is not None)
                   + (e.location is not None) + (not m.quoted))
    return (-informative, e.start)
