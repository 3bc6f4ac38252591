"""Words for comparing texts across documents: content-word stems, paraphrase classes, numbers, sentences.

Shared by claim matching (`claims`), story clustering (`stories`) and framing (`framing`).

- `content_terms(text, start, end, entity_spans)`: the comparable terms of a span: stems of
  content words (Snowball English stemmer) after a small paraphrase normalisation (UAV/drone,
  air base/airbase, strike/hit/struck, occupier/occupation ...), with every entity mention replaced
  by one token naming its global entity ("@e-1234"), so that "Ayn Al Asad" and "Ain al-Assad" are
  the same term when the linker made them one entity.
- `numbers(text)`: the numbers a span states, in digits or words ("eight", "12").
- `sentence_spans(text, start, end)`: sentences of a span as absolute offsets.

Stems, not lemmas: a lemmatiser needs a tagger model; Snowball needs nothing and is enough to
make "precise"/"precision" and "martyrs"/"martyred" meet.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")

WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*|\d+(?:[.,]\d+)*")

STOPWORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anyhow anyone anything anyway anywhere are around as at be became because
become becomes been before beforehand behind being below beside besides between beyond both but by can cannot
could did do does doing done down during each either else elsewhere enough even ever every everyone everything
everywhere except few for former formerly from further had has have having he hence her here hereafter hereby
herein hers herself him himself his how however i if in indeed into is it its itself just last latter least
less many may me meanwhile might mine more moreover most mostly much must my myself namely neither never
nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only onto or other
others otherwise our ours ourselves out over own per perhaps rather same seem seemed seeming seems several she
should since so some somehow someone something sometime sometimes somewhere still such than that the their
theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this those
though through throughout thru thus to together too toward towards under until up upon us very via was we well
were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which
while whither who whoever whole whom whose why will with within without would yet you your yours yourself
yourselves said says say saying told tell tells added adding stated noted according also mr ms mrs dr
s t don didn doesn isn wasn aren weren won wouldn shouldn couldn ve ll re d m
""".split())

# Multi-word expressions folded into one word before tokenising.
_COMPOUNDS = [(re.compile(p, re.I), r) for p, r in [
    (r"\bunmanned\s+(?:aerial|air)\s+vehicles?\b", "drone"),
    (r"\bunmanned\s+(?:drones?|aircraft|planes?)\b", "drone"),
    (r"\bair\s*-?\s*bases?\b", "airbase"),
    (r"\bair\s*-?\s*strikes?\b", "airstrike"),
    (r"\bair\s+raids?\b", "airstrike"),
    (r"\bair\s+attacks?\b", "airstrike"),
    (r"\bpay\s+dearly\b", "pay price"),
    (r"\bhigh\s*-\s*precision\b", "precise"),
]]

# Paraphrase classes: a word (lower case) or its stem -> the class term. Small on purpose:
# enough to make translations of one statement meet, not a thesaurus.
_CLASSES: dict[str, tuple[str, ...]] = {
    "drone": ("uav", "uavs", "drone", "drones"),
    "airbase": ("airbase", "airbases", "airfield", "airfields"),
    "strike": ("strike", "strikes", "struck", "striking", "hit", "hits", "hitting", "attack", "attacks",
               "attacked", "attacking", "raid", "raids", "raided", "bomb", "bombed", "bombing", "bombings",
               "airstrike", "airstrikes", "shelling", "shelled"),
    "precise": ("precise", "precisely", "precision", "accurate", "accurately", "accuracy", "pinpoint"),
    "kill": ("kill", "kills", "killed", "killing", "martyr", "martyrs", "martyred", "martyrdom", "slain",
             "dead", "died", "die", "deaths", "death", "eliminated", "eliminating"),
    "occupation": ("occupation", "occupier", "occupiers", "occupying", "occupy", "occupied", "occupant"),
    "troops": ("troops", "troop", "soldiers", "soldier", "forces", "force"),
    "fighter": ("fighter", "fighters", "militant", "militants", "militiaman", "militiamen", "combatant",
                "combatants", "gunmen", "gunman"),
    "weapon": ("weapon", "weapons", "arms", "weaponry", "arsenal"),
    "retaliate": ("retaliate", "retaliation", "retaliated", "respond", "response", "responded", "answer",
                  "avenge", "avenged", "revenge", "retribution"),
    "price": ("price", "dearly", "cost", "costly"),
    "resolve": ("resolve", "determination", "resolution"),
    "stay": ("stay", "remain", "remains", "remained", "keep", "keeps", "maintain"),
    "withdraw": ("withdraw", "withdrawal", "withdrew", "leave", "departure", "pull", "exit"),
    "defense": ("defense", "defence", "defenses", "defences", "defensive"),
    "bypass": ("bypass", "bypassed", "breach", "breached", "breaching", "penetrate", "penetrated", "evade",
               "evaded"),
    "depot": ("depot", "depots", "warehouse", "warehouses", "store", "stores", "storage", "stockpile"),
    "negotiate": ("negotiate", "negotiation", "negotiations", "talks"),
    "american": ("american", "americans", "u.s", "us"),
}
_CLASS_OF = {w: c for c, words in _CLASSES.items() for w in words}

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12}
_NUMBER_RE = re.compile(r"\b(?:\d+(?:[.,]\d+)*|" + "|".join(NUMBER_WORDS) + r")\b", re.I)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=200_000)
def term(word: str) -> str | None:
    """The comparable term of one word, or None for a stop word, a number or a fragment."""
    w = word.lower().replace("’", "'").strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if not w or w in STOPWORDS or w[0].isdigit() or w in NUMBER_WORDS or len(w) < 2:
        return None
    cls = _CLASS_OF.get(w)
    if cls:
        return cls
    s = stem(w)
    cls = _CLASS_OF.get(s)
    if cls:
        return cls
    return s if len(s) >= 2 else None


def _fold_compounds(text: str) -> str:
    """Compounds folded, padded with spaces to keep the length (offsets stay valid)."""
    for pattern, repl in _COMPOUNDS:
        text = pattern.sub(lambda m: repl.ljust(len(m.group(0))), text)
    return text


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word in text[start:end], offsets absolute; compounds folded."""
    end = len(text) if end is None else end
    chunk = _fold_compounds(text[start:end])
    return [(start + m.start(), start + m.end(), m.group(0)) for m in WORD_RE.finditer(chunk)]


class EntitySpans:
    """Entity mentions of one document as sorted spans, for 'which entity covers this offset'."""

    def __init__(self, spans: list[tuple[int, int, str]]):
        self.spans = sorted(spans)
        self._starts = [s for s, _, _ in self.spans]

    def covering(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The mention span (start, end, entity) that covers [start, end), if any."""
        i = bisect_right(self._starts, start) - 1
        for j in range(i, max(i - 4, -1), -1):       # a few back: mentions may nest
            s, e, ent = self.spans[j]
            if s <= start and end <= e:
                return s, e, ent
        return None

    def inside(self, start: int, end: int) -> list[str]:
        """Entities whose mentions lie within [start, end)."""
        i = bisect_right(self._starts, start - 1)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, ent = self.spans[i]
            if s >= start and e <= end:
                out.append(ent)
            i += 1
        return out


def content_terms(text: str, start: int = 0, end: int | None = None,
                  entities: EntitySpans | None = None) -> list[str]:
    """Comparable terms of text[start:end], in order (repeats kept); mentions become '@<entity id>'."""
    out: list[str] = []
    last_entity_end = -1
    for s, e, w in words(text, start, end):
        hit = entities.covering(s, e) if entities is not None else None
        if hit is not None:
            if s >= last_entity_end:        # one token per mention, not per word of it
                out.append("@" + hit[2])
                last_entity_end = hit[1]
            continue
        t = term(w)
        if t:
            out.append(t)
    return out


def numbers(text: str) -> set[int]:
    """Numbers stated in `text` ("eight", "12", "1,200"); years and the like included."""
    out = set()
    for m in _NUMBER_RE.finditer(text):
        tok = m.group(0).lower()
        if tok in NUMBER_WORDS:
            out.add(NUMBER_WORDS[tok])
        else:
            try:
                out.add(int(float(tok.replace(",", ""))))
            except ValueError:
                continue
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")
_ABBREV = re.compile(r"\b(?:[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|No|vs|Sheikh)\.$")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as absolute (start, end), trimmed of spaces and edge quote marks."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans = []
    pos = 0
    for m in _SENTENCE_END.finditer(chunk):
        if _ABBREV.search(chunk[pos:m.start()]):
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(chunk)))
    out = []
    for s, e in spans:
        while s < e and (chunk[s].isspace() or chunk[s] in "\"'“”‘’[("):
            s += 1
        while e > s and (chunk[e - 1].isspace() or chunk[e - 1] in "\"'“”‘’"):
            e -= 1
        if e > s:
            out.append((start + s, start + e))
    return out


def normalise_text(text: str) -> str:
    """For 'are these the same words': lower case, letters and digits only, single spaces."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")))
