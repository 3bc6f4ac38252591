"""People, organisations and places in one document, without a model.

`recognise(text)` returns the document's entities (`LocalEntity`) and every mention of them
(`Mention`, exact offsets, sorted by start).

How it reads a text:

1. Tokens: words (apostrophes and hyphens inside: Asa'ib, al-Khazali, Secretary-General),
   acronyms (U.S., PMU), initials, numbers, punctuation, line breaks. A possessive 's is cut off.
2. Chunks: runs of capitalised tokens, joined by name particles (bin, ibn, al, de, van ...) and,
   inside organisation names, by "of"/"for"/"of the" ("League of the Righteous", "Ministry of
   Defence", but "X Movement | of | Iraq").
   A lower-case word joins a chunk inside a known name ("Islamic Resistance in Iraq").
3. Segments: titles are cut off the front of a chunk and remembered as roles ("Prime Minister",
   "Hujjat al-Islam"; honorifics such as Sayyed or Sheikh are dropped), demonyms and adjectives are
   dropped ("Iraqi", "Islamic"), stopwords never start a name. A hyphenated pair of known names is
   both names ("the Israel-Hamas war"); a country before "Embassy"/"Government" is the country.
   Calendar and event words alone ("Day", "Century", "War") are no names.
4. Trust: a segment in running text is a name. A segment at the start of a sentence, or on a
   headline-case line, is one only if it is known (gazetteer, well-known organisation), was seen
   in running text elsewhere in the document, or (sentence start only) is followed by a
   name-like word or a reporting verb.
5. Types: evidence is weighed per mention (known lists, the gazetteer, titles, organisation and
   place heads, the words around the name) and summed per entity.
6. Grouping: equal normal forms, known aliases, acronyms bound to their expansion
   ("Popular Mobilization Units (PMU)"), a surname alone attached to the unique full name it
   ends ("Khazali" → "Qais al-Khazali"), transliteration variants (Jaraf/Jarf al-Nasr), a name in
   brackets after a titled person ("Sayyed Abbas (Al-Moussawi)"). A name after an honorific is a
   person: it never joins an organisation the alias table names alike ("Sayyed al-Houthi").
7. Roles: titles before a name, descriptions before it ("militia leader", "Leader of the X
   resistance group") and appositions after it ("Qais Khazali, Secretary-General of X, said").

`person_entities` and `role_index` help the quote attributor map descriptions to people.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from onrecord.extract.gazetteer import Known, lexicon, lookup
from onrecord.link import names as N
from onrecord.models import LocalEntity, Mention
from onrecord.unionfind import UnionFind

# ---------------------------------------------------------------- tokens

_APOS = "'’ʼ`´"
_TOKEN_RE = re.compile(
    r"(?P<acro>(?<![A-Za-z])(?:[A-Z]\.){2,})"
    r"|(?P<initial>(?<![A-Za-z])[A-Z]\.(?=\s+[A-Z]))"
    rf"|(?P<word>[^\W\d_](?:[^\W\d_]|[{_APOS}](?=[^\W\d_])|-(?=[^\W\d_]))*(?:['’](?=\s+[ae]l-[A-Z]))?)"
    r"|(?P<num>\d+(?:[.,:/-]\d+)*[A-Za-z]*)"
    r"|(?P<nl>\n)"
    r"|(?P<punct>[^\s\w])"
)
_OPEN_QUOTES = "\"“‘«„'"
_QUOTES = "\"“”‘’«»„'"
_BOUNDARY = set(".!?:;|•*")
_ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "prof", "st",
           "jr", "sr", "no", "vs", "inc", "ltd", "co", "corp", "dept", "brig", "adm", "cmdr", "mt", "ft", "rev"}
_PARTICLES = {"bin", "ibn", "bint", "abu", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "del",
              "della", "dos", "das", "la", "le", "ul", "ud", "ad", "ben", "y", "zu", "ter", "ten", "ould"}
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ath|adh)-[^\W\d_]", re.I)
_SUFFIX_BASED = re.compile(r"-(?:based|led|backed|born|made|owned|run|funded|supported|affiliated|linked|allied|"
                           r"aligned|sponsored|controlled|held|occupied|bound|style|era|area)$", re.I)
# "Moody’s Analytics Inc.": a possessive inside a company name that ends in a corporate suffix
_CORP_SUFFIXES = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "holdings", "lp", "llp", "ag", "sa", "gmbh"}
# "Mitch Part 4", "Season 2": a numbered part of a series ends a name
_PART_WORDS = {"part", "chapter", "episode", "season", "volume", "vol", "series"}
# "the Black Stars", "FC Goa": the club markers and the words after a plural team nickname
_CLUB_AFFIXES = {"fc", "afc", "sc", "cf", "cd", "ac", "bc"}


@dataclass
class Tok:
    i: int
    kind: str            # word, acro, initial, num, nl, punct
    text: str
    start: int
    end: int
    line: int
    possessive: bool = False
    sent_start: bool = False
    caps_line: bool = False      # on a line written in capitals: an all-caps word may be an ordinary one

    @cached_property
    def low(self) -> str:
        return N.fold(self.text).replace("’", "'")

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "acro", "initial")

    @property
    def cap(self) -> bool:
        """Starts a name: Capitalised, an acronym, or al-Capitalised."""
        if self.kind in ("acro", "initial"):
            return True
        if self.kind != "word":
            return False
        if self.text[0].isupper():
            return len(self.text) > 1 or False
        return bool(_ARTICLE_PREFIX.match(self.text)) and self.text.split("-", 1)[1][:1].isupper()

    @property
    def allcaps(self) -> bool:
        return self.kind == "acro" or (self.kind == "word" and len(self.text) >= 2 and self.text.isupper())


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    line = 0
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        s, e = m.start(), m.end()
        word = m.group()
        poss = False
        if kind == "word" and len(word) > 3 and word[-2] in _APOS and word[-1] in "sS" \
                and not _possessive_name(word):
            e -= 2
            word = word[:-2]
            poss = True
        toks.append(Tok(len(toks), kind, word, s, e, line, poss))
        if kind == "nl":
            line += 1
    _mark_sentence_starts(text, toks)
    return toks


def _possessive_name(word: str) -> bool:
    """"Moody's", "Macy's", "McDonald's": a known name written with 's is not a possessive."""
    known = lookup(word)
    if not known or known.kind != "known" or known.group is None:
        return False
    return any(re.search(r"['’]s\b", n) for n in N.default_aliases().names(known.group))


def _mark_sentence_starts(text: str, toks: list[Tok]) -> None:
    boundary = True
    for k, t in enumerate(toks):
        if t.kind == "nl":
            boundary = True
            continue
        if t.kind == "punct":
            ch = t.text
            if ch in _BOUNDARY:
                if ch == "." and k > 0 and toks[k - 1].kind == "word" and toks[k - 1].low in _ABBREV:
                    continue
                boundary = True
            elif ch in "-–—" and (t.start == 0 or text[t.start - 1].isspace()):
                boundary = True       # "BAGHDAD (Dispatches) -- Leader of ..."
            elif ch in _OPEN_QUOTES and (t.start == 0 or text[t.start - 1].isspace() or text[t.start - 1] in "([:"):
                boundary = True       # He said, “The resistance ...
            continue
        if t.kind in ("word", "acro", "initial", "num"):
            t.sent_start = boundary
            boundary = False


# ---------------------------------------------------------------- candidates

@dataclass
class Cand:
    """A stretch of text taken for a name."""
    toks: list[Tok]
    text: str = ""
    start: int = 0
    end: int = 0
    titles: list[str] = field(default_factory=list)     # title words before it (roles)
    titled: bool = False                                 # a title or honorific stood before it
    role: str | None = None                              # a description before it
    apposition: str | None = None                        # a role in apposition after it
    known: Known | None = None
    uncertain: bool = False                              # sentence-initial or headline
    headline: bool = False                               # on a headline-case line
    votes: dict = field(default_factory=dict)
    resolved: str | None = None                          # the name an ambiguous form stands for here
    based: bool = False                                  # "New York-area", "Ann Arbor-based": a place
    honorific: bool = False                              # right after Sayyed, Sheikh, Mr.: a person

    @property
    def form(self) -> str:
        return self.resolved or self.text

    def finish(self, text: str) -> "Cand":
        self.start, self.end = self.toks[0].start, self.toks[-1].end
        self.text = text[self.start:self.end]
        self.known = lookup(self.text)
        return self

    def vote(self, typ: str, w: float) -> None:
        self.votes[typ] = self.votes.get(typ, 0.0) + w


class _Doc:
    """Per-document state: tokens, lines, words seen in lower case."""

    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self.lex = lexicon()
        self.lower_words = {t.low for t in self.toks if t.kind == "word" and t.text.islower()
                            and not _ARTICLE_PREFIX.match(t.text)}
        self.headline_lines = self._headline_lines()
        self._mark_caps_lines()

    def _mark_caps_lines(self) -> None:
        by_line: dict[int, list[Tok]] = {}
        for t in self.toks:
            if t.kind == "word":
                by_line.setdefault(t.line, []).append(t)
        for ws in by_line.values():
            if len(ws) >= 3 and sum(1 for w in ws if w.allcaps) >= 0.6 * len(ws):
                for w in ws:
                    w.caps_line = True

    # -- word classes
    def is_stop(self, t: Tok) -> bool:
        return t.kind == "word" and (not t.allcaps or t.caps_line) and t.low in self.lex.stopwords

    def is_demonym(self, t: Tok) -> bool:
        return t.kind == "word" and (not t.allcaps or t.caps_line) and self.lex.is_demonym(t.text)

    def is_common(self, t: Tok) -> bool:
        """A capitalised word that is an ordinary word here (used in lower case elsewhere)."""
        if t.kind != "word" or t.allcaps:
            return False
        return t.low in self.lower_words or t.low in self.lex.stopwords

    def name_like(self, t: Tok) -> bool:
        return (t.cap and not self.is_stop(t) and not self.is_demonym(t) and not self.is_common(t)
                and t.low not in self.lex.titles and t.low not in self.lex.generic)

    def _headline_lines(self) -> set[int]:
        """Lines in title case: most words capitalised (short function words aside)."""
        by_line: dict[int, list[Tok]] = {}
        for t in self.toks:
            if t.kind in ("word", "acro"):
                by_line.setdefault(t.line, []).append(t)
        small = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as",
                 "is", "vs", "via", "over", "into", "after", "amid", "than", "upon", "onto", "near", "about"}
        out = set()
        for line, ws in by_line.items():
            if len(ws) > 40:
                continue
            caps = sum(1 for w in ws if w.cap)
            # title case leaves only short function words in lower case
            long_lower = [w for w in ws if w.text.islower() and len(w.text) >= 4 and w.low not in small]
            line_text = self.text[ws[0].start:].split("\n", 1)[0].rstrip(" \"'”’)")
            if line_text.endswith((".", "!", "?")) and (long_lower or "," in line_text):
                continue                  # a sentence, however many names it holds
            if (caps >= 2 or (len(ws) == 1 and caps)) and caps >= 0.6 * len(ws) \
                    and len(long_lower) <= max(1, len(ws) // 6):
                out.add(line)
        return out


def _title_at(doc: _Doc, toks: list[Tok], k: int) -> int:
    """Length (in tokens) of a title phrase starting at toks[k], 0 if none."""
    words = [t.low.rstrip(".") for t in toks[k:k + 5]]
    flat: list[str] = []
    owner: list[int] = []
    for j, w in enumerate(words):
        for part in re.split(r"[\s-]+", w):
            flat.append(part)
            owner.append(j)
    for phrase in doc.lex.title_phrases:
        n = len(phrase)
        if tuple(flat[:n]) == phrase and (n == len(flat) or owner[n] != owner[n - 1]):
            return owner[n - 1] + 1
    return 0


def _chunks(doc: _Doc) -> list[list[Tok]]:
    """Runs of capitalised tokens with the particles and connectors between them."""
    toks = doc.toks
    out: list[list[Tok]] = []
    k = 0
    n = len(toks)
    while k < n:
        t = toks[k]
        if not t.cap:
            k += 1
            continue
        run = [t]
        j = k + 1
        while j < n and (not run[-1].possessive or _corporate_tail(doc, j)):
            u = toks[j]
            gap = doc.text[run[-1].end + (2 if run[-1].possessive else 0):u.start]
            if u.cap and gap.isspace() and "\n" not in gap:
                run.append(u)
                j += 1
                continue
            # particles and connectors, only between capitalised words
            if u.kind == "word" and u.text.islower() and j + 1 < n and doc.text[run[-1].end:u.start].isspace():
                nxt = j + 1
                if u.low == "of" and nxt < n and toks[nxt].low == "the" and nxt + 1 < n:
                    nxt += 1
                inside_of = any(x.low in ("of", "for", "on") for x in run)
                if nxt < n and toks[nxt].cap and doc.text[toks[nxt - 1].end:toks[nxt].start].isspace() \
                        and "\n" not in doc.text[run[-1].end:toks[nxt].start] \
                        and (u.low in _PARTICLES or u.low in ("of", "for", "on") or (u.low == "and" and inside_of)):
                    run.extend(toks[j:nxt + 1])
                    j = nxt + 1
                    continue
            # "Islamic Resistance in Iraq": a lower-case word inside a known name
            n_in = _known_through(doc, run, j) if u.kind == "word" and u.text.islower() else 0
            if n_in:
                run.extend(toks[j:j + n_in])
                j += n_in
                continue
            # "Washington, D.C.": a comma inside a known name
            if u.text == "," and j + 1 < n and toks[j + 1].cap and doc.text[u.end:toks[j + 1].start] == " ":
                known = lookup(doc.text[run[0].start:toks[j + 1].end])
                if known and known.strength >= 3:
                    run.extend(toks[j:j + 2])
                    j += 2
                    continue
            break
        out.append(run)
        k = j
    return out


def _known_through(doc: _Doc, run: list[Tok], j: int) -> int:
    """How many tokens from toks[j] (a lower-case word) continue the run into a known name whose start is
    in the run: "Islamic Resistance | in Iraq" (0 if none)."""
    toks = doc.toks
    if j + 1 >= len(toks) or doc.text[run[-1].end:toks[j].start] != " ":
        return 0
    ends = []
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].cap and doc.text[toks[k - 1].end:toks[k].start] == " ":
        ends.append(k)
        k += 1
    for e in reversed(ends):
        for s in range(len(run)):
            known = lookup(doc.text[run[s].start:toks[e].end])
            if known and known.kind == "known" and known.strength >= 3:
                return e - j + 1
    return 0


def _corporate_tail(doc: _Doc, j: int) -> bool:
    """After "Moody’s": do the capitalised words from toks[j] end in a corporate suffix ("Analytics Inc.")?"""
    toks = doc.toks
    k = j
    while k < len(toks) and k - j < 5 and toks[k].cap and "\n" not in doc.text[toks[k - 1].end:toks[k].start] \
            and not toks[k].possessive:
        if toks[k].low.rstrip(".") in _CORP_SUFFIXES and k > j:
            return True
        k += 1
    return False


def _segments(doc: _Doc, run: list[Tok]) -> tuple[list[tuple[list[Tok], list[str], bool]], tuple[list[str], bool]]:
    """Split a chunk into name segments: (tokens, titles before it, titled).

    Also returns the titles left dangling at the end of the chunk (`Sheikh “Qais ...`)."""
    lex = doc.lex
    segs: list[tuple[list[Tok], list[str], bool]] = []
    cur: list[Tok] = []
    titles: list[str] = []
    titled = False
    k = 0
    mod_start = 0          # where the words qualifying the next title begin ("Hezbollah | Secretary-General")

    def close():
        nonlocal cur, titles, titled, mod_start
        while cur and (cur[-1].text.islower() or doc.is_stop(cur[-1])):
            cur.pop()          # a trailing connector
        if cur:
            segs.append((cur, titles, titled))
            if titled:
                mod_start = cur[-1].i - run[0].i + 1
            cur, titles, titled = [], [], False

    while k < len(run):
        t = run[k]
        if not cur:
            n_known = _known_span(doc, run, k)
            if n_known:            # "European Commission", "Islamic State", "Strait of Hormuz": whole
                cur = run[k:k + n_known]
                close()
                k += n_known
                continue
        n_title = _title_at(doc, run, k) if t.kind == "word" else 0
        if n_title and cur and " ".join(x.low for x in run[k:k + n_title]) in lex.honorific_words \
                and k + n_title < len(run) and doc.name_like(cur[-1]):
            n_title = 0           # "Kata'ib Sayyid al-Shuhada": an honorific inside a name
        if n_title and _title_applies(doc, run, k, n_title, cur):
            if cur and all(x.low in lex.portfolios for x in cur):
                cur = []           # "Culture Minister", "Highway Patrol Chief": the portfolio belongs to the title
            close()
            titled = True
            if " ".join(x.low for x in run[k:k + n_title]) not in lex.honorific_words:
                s = max(mod_start, 0)
                while s < k and (doc.is_stop(run[s]) or run[s].low in lex.honorific_words):
                    s += 1
                titles = titles + [doc.text[run[s].start:run[k + n_title - 1].end]]
            mod_start = k + n_title
            k += n_title
            continue
        if t.text.islower() and t.low == "and":
            if cur and _join_and(doc, cur, run, k):
                cur.append(t)
            else:
                close()
            k += 1
            continue
        if t.text.islower() and t.low in ("of", "for", "on", "the"):
            if cur and (_join_of(doc, cur, run, k) or t.low == "the" and cur[-1].low == "of"):
                cur.append(t)
            else:
                close()
                if not cur and t.low in ("of", "for", "on"):
                    titles, titled = [], False     # "Secretary-General of | the X Movement": X is no person
                    mod_start = k + 1
            k += 1
            continue
        if t.low in _PART_WORDS and t.i + 1 < len(doc.toks) and doc.toks[t.i + 1].kind == "num":
            close()                # "Mitch | Part 4"
            titles, titled = [], False
            k += 1
            continue
        if t.text.islower() and t.low in _PARTICLES:
            cur.append(t)          # bin, ibn, de, van, ten ...
            k += 1
            continue
        if doc.is_stop(t) or (doc.is_demonym(t) and not _demonym_in_name(doc, run, k)):
            close()
            titles, titled = [], False
            if doc.is_stop(t):
                mod_start = k + 1
            k += 1
            continue
        cur.append(t)
        k += 1
    close()
    return segs, (titles, titled)


def _known_span(doc: _Doc, run: list[Tok], k: int) -> int:
    """Length of a known name starting at run[k] that the splitting rules would otherwise break."""
    if doc.is_stop(run[k]) or run[k].text.islower():
        return 0
    for n in range(min(6, len(run) - k), 1, -1):
        span = run[k:k + n]
        if span[-1].text.islower():
            continue
        breaks = any(doc.is_stop(t) or doc.is_demonym(t) or t.text.islower() or t.kind == "punct" for t in span)
        if not breaks:
            continue
        known = lookup(doc.text[span[0].start:span[-1].end])
        if known and known.strength >= 3:
            return n
    return 0


def _title_applies(doc: _Doc, run: list[Tok], k: int, n: int, cur: list[Tok]) -> bool:
    """A title word is a title (not part of a name like "General Assembly") when a name follows or it ends the run."""
    rest = [t for t in run[k + n:] if t.cap]
    if not rest:
        return True                     # "... SG", a bare title
    nxt = run[k + n]
    if nxt.low in ("of", "for"):
        return True                     # "Secretary-General of ...": a role phrase
    if nxt.low in doc.lex.org_tails or nxt.low in doc.lex.generic and len(rest) == 1:
        return False                    # "General Assembly", "President Office"
    return True


def _demonym_in_name(doc: _Doc, run: list[Tok], k: int) -> bool:
    """Keep a demonym inside a name.

    An organisation: "Iraqi National Congress", "European Commission" (but not "Iraqi Army", a
    demonym before a generic head); a person: "Mohammed Shia al-Sudani" (between two name words).
    """
    lex = doc.lex
    if run[k].low in lex.directions and k + 1 < len(run) and run[k + 1].cap:
        for n in (2, 1):       # "Northern Virginia", "Southern Lebanon"
            span = run[k + 1:k + 1 + n]
            if len(span) == n and all(t.cap for t in span):
                known = lookup(doc.text[span[0].start:span[-1].end])
                if known and known.type == "LOC":
                    return True
    if 0 < k < len(run) - 1 and run[k - 1].cap and not doc.is_demonym(run[k - 1]) \
            and not run[k - 1].possessive and run[k - 1].low not in lex.titles and run[k + 1].cap \
            and not doc.is_demonym(run[k + 1]) and run[k + 1].low not in lex.org_tails:
        return True
    if k != 0 and not doc.is_demonym(run[k - 1]) and run[k - 1].cap:
        return False
    rest = []
    for t in run[k + 1:]:
        if not t.cap or doc.is_stop(t):
            break
        rest.append(t)
        if t.possessive:
            break
    if not rest or any(t.possessive for t in rest[:-1]):
        return False
    if len(rest) == 1 and (rest[0].low in lex.generic or rest[0].low in lex.titles):
        return False              # "Iraqi Army", "Iranian Embassy"
    if any(doc.is_demonym(t) for t in rest):
        return False
    return rest[-1].low in lex.org_tails


_AND_HEADS = {"bureau", "ministry", "department", "institute", "center", "centre", "school", "college", "university",
              "committee", "commission", "council", "federation", "association", "society", "foundation", "office",
              "agency", "academy", "faculty", "board", "union", "organization", "organisation", "league"}


def _join_and(doc: _Doc, cur: list[Tok], run: list[Tok], k: int) -> bool:
    """"Bureau of Business and Economic Research": "and" inside the complement of an organisation head."""
    conn = [i for i, t in enumerate(cur) if t.low in ("of", "for", "on")]
    if not conn or conn[0] == 0 or cur[conn[0] - 1].low not in _AND_HEADS:
        return False
    tail = []
    j = k + 1
    while j < len(run) and run[j].cap:
        tail.append(run[j])
        j += 1
    if not tail:
        return False
    known = lookup(doc.text[tail[0].start:tail[-1].end])
    return not (known and known.strength >= 3)


def _join_of(doc: _Doc, cur: list[Tok], run: list[Tok], k: int) -> bool:
    """May "of"/"for" at run[k] join cur with what follows?"""
    head = cur[-1].low
    if head not in doc.lex.of_heads:
        return False
    j = k + 1
    if j < len(run) and run[j].low == "the":
        j += 1
    tail = []
    while j < len(run) and run[j].cap:
        tail.append(run[j])
        j += 1
    if not tail:
        return False
    if head in doc.lex.state_heads:
        return True
    obj = doc.text[tail[0].start:tail[-1].end]
    known = lookup(obj)
    return not (known and known.type == "LOC")       # "Asaib Ahl al-Haq Movement | of Iraq"


# ---------------------------------------------------------------- context evidence

def _prev_word(doc: _Doc, c: Cand, skip_quotes: bool = True) -> Tok | None:
    k = c.toks[0].i - 1
    while k >= 0 and skip_quotes and doc.toks[k].kind == "punct" and doc.toks[k].text in _QUOTES:
        k -= 1
    if k >= 0 and doc.toks[k].kind in ("word", "acro"):
        return doc.toks[k]
    return None


def _next_tokens(doc: _Doc, c: Cand, n: int = 3) -> list[Tok]:
    out = []
    k = c.toks[-1].i + 1
    while k < len(doc.toks) and len(out) < n:
        t = doc.toks[k]
        if t.kind == "punct" and t.text in "”’\"'":
            k += 1
            continue
        if t.kind not in ("word", "acro"):
            break
        out.append(t)
        k += 1
    return out


def _phrase_in(words: list[str], vocab: set[str]) -> int:
    """Length of the longest phrase of `vocab` that `words` starts with (0 if none)."""
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[:n]) in vocab:
            return n
    return 0


def _collect_votes(doc: _Doc, c: Cand) -> None:
    lex = doc.lex
    toks = [t.low for t in c.toks]
    if c.known and (c.known.strength >= 2 or not c.uncertain):
        c.vote(c.known.type, c.known.strength + (1 if c.known.kind == "known" else 0))
    if c.titled:
        c.vote("PER", 5)
    if _is_label(doc, c):
        c.vote("PER", 1)            # "Raisi: ...", a speaker label
    if c.role and not c.titled:
        c.vote("PER", 3)
    if c.apposition and not c.titled:
        c.vote("PER", 3)            # "Lena Park, chief economist at ..."
    if len(toks) == 1 and toks[0] in lex.directions and c.toks[0].cap and not c.toks[0].allcaps:
        c.vote("LOC", 3)            # "the Northeast"
    elif len(toks) >= 2 and toks[0] in lex.directions and not c.known:
        rest = lookup(doc.text[c.toks[1].start:c.end])
        if rest and rest.type == "LOC":
            c.vote("LOC", 3)        # "Northwest Arkansas"
    prev_tok = doc.toks[c.toks[0].i - 1] if c.toks[0].i > 0 else None
    if prev_tok is not None and prev_tok.kind == "word" and prev_tok.text.islower() and not c.known \
            and prev_tok.low in lex.per_verbs and len(toks) >= 2:
        c.vote("PER", 1)            # "..., said Jose Ramirez"
    if prev_tok is not None and prev_tok.low == "the" and len(toks) >= 2 and not c.known \
            and re.fullmatch(r"[a-z]{3,}[^s]s", toks[-1]) and toks[-1] not in lex.loc_tails:
        c.vote("ORG", 2.5)          # "the Black Stars", "the Red Devils": a team, not a person
    last2 = " ".join(toks[-2:])
    if len(toks) >= 2 and last2 in lex.loc_tails:
        c.vote("LOC", 4)
    elif len(toks) >= 2 and last2 in lex.org_tails:
        c.vote("ORG", 4)
    elif len(toks) >= 2 and toks[-1] in lex.loc_tails and toks[-1] not in lex.org_tails:
        c.vote("LOC", 3.5)
    elif len(toks) >= 2 and toks[-1] in lex.org_tails:
        c.vote("ORG", 4 if toks[-1] not in lex.loc_tails else 2)
    elif "of" in toks[1:-1] or "for" in toks[1:-1]:
        head = toks[[i for i, t in enumerate(toks) if t in ("of", "for")][0] - 1]
        if head in lex.of_heads:       # "Ministry of Water Resources", "Strait of Hormuz"
            c.vote("LOC" if head in lex.loc_tails and head not in lex.org_tails else "ORG", 3)
    if c.toks[-1].allcaps and c.toks[-1].low in ("tv",):
        c.vote("ORG", 2)
    nxt = [t.low for t in _next_tokens(doc, c)]
    if c.toks[-1].possessive:
        nxt = []
    if nxt:
        n_org = _phrase_in(nxt, lex.org_cues_after)
        n_loc = _phrase_in(nxt, lex.loc_cues_after)
        if n_org >= n_loc and n_org:
            c.vote("ORG", 2)
        elif n_loc:
            c.vote("LOC", 2)
        if nxt[0] in lex.per_verbs and not c.known:
            c.vote("PER", 1.5)
    if c.toks[-1].possessive:
        c.vote("PER", 0.2)
    prev = _prev_word(doc, c, skip_quotes=False)
    if prev is not None and prev.low in lex.loc_prepositions and prev.end <= c.start:
        c.vote("LOC", 1)
    before = doc.text[max(0, c.start - 40):c.start].lower().split()
    for n in (3, 2, 1):
        if len(before) >= n and " ".join(before[-n:]) in lex.loc_context_before:
            c.vote("LOC", 2)          # "the towns of Millbrook and East Harrow"
            break
        if len(before) >= n + 2 and before[-1] == "and" and " ".join(before[-n - 2:-2]) in lex.loc_context_before:
            c.vote("LOC", 2)
            break
    if len(toks) >= 2 and toks[0].rstrip(".") in lex.loc_prefix_words and not c.titled:
        c.vote("LOC", 1)
    if len(c.toks) == 3 and c.toks[1].kind == "initial" and not c.known:
        c.vote("PER", 1.5)            # "Brian M. Good"
    if any(t in ("bin", "ibn", "bint", "abu") for t in toks[1:]) or toks[0] in ("abu", "umm"):
        c.vote("PER", 1.5)
    if len(toks) == 1 and toks[0].endswith(lex.loc_suffixes) and len(toks[0]) > 6:
        c.vote("LOC", 1.5)
    if len(toks) >= 2 and toks[0] in lex.org_first_words:
        c.vote("ORG", 3)              # "FC Goa"
    if len(c.toks) >= 2 and not c.known:
        first = lookup(c.toks[0].text)
        if first and first.type == "ORG" and first.strength >= 3:
            c.vote("ORG", 2)          # "BBC Sport", "Hezbollah Brigades"
    # shape alone: tie-breakers only
    if all(t.allcaps and not t.caps_line and len(t.text.replace(".", "")) <= 5 for t in c.toks):
        c.vote("ORG", 1)
    elif len(c.toks) >= 2:
        c.vote("PER", 0.5)
    else:
        c.vote("ORG", 0.05)


def _best_type(votes: dict) -> str:
    if not votes:
        return "ORG"
    order = {"PER": 0, "ORG": 1, "LOC": 2}
    return max(votes.items(), key=lambda kv: (kv[1], -order.get(kv[0], 3)))[0]


# ---------------------------------------------------------------- roles

_MODIFIERS = {"of", "resistance", "militia", "group", "movement", "party", "political", "military", "former", "deputy",
              "senior", "top", "chief", "foreign", "defense", "defence", "interior", "prime", "vice", "general", "army",
              "police", "security", "rebel", "opposition", "religious", "tribal", "armed", "force", "forces", "state",
              "supreme", "spiritual", "militant", "paramilitary", "faction", "organization", "organisation", "bloc",
              "coalition", "alliance", "brigade", "brigades", "wing", "islamist", "jihadist", "shia", "shiite", "sunni",
              "kurdish", "network", "veteran", "longtime", "acting", "interim", "outgoing", "incoming", "then"}
_STOP_BEFORE = {"and", "or", "but", "by", "with", "to", "for", "from", "that", "who", "which", "as", "at", "in", "on"}


def _is_role_word(doc: _Doc, toks: list[Tok], k: int) -> bool:
    return toks[k].low in doc.lex.role_nouns or bool(_title_at(doc, toks, k))


def _role_before(doc: _Doc, c: Cand) -> str | None:
    """A description right before a name.

    "Iraqi militia leader Qais Khazali" -> "Iraqi militia leader";
    "Leader of the Asa’ib Ahl al-Haq resistance group Qais al-Khazali" -> "Leader of the Asa’ib Ahl al-Haq
    resistance group".
    """
    lex = doc.lex
    toks = doc.toks
    k = c.toks[0].i - 1
    words: list[Tok] = []
    while k >= 0 and len(words) < 12:
        t = toks[k]
        if t.kind not in ("word", "acro") or t.possessive and words and t.i != words[0].i - 1:
            break
        if t.low in ("the", "a", "an"):
            if k > 0 and toks[k - 1].low == "of":
                words.insert(0, t)
                k -= 1
                continue
            break
        if t.low in lex.per_verbs or t.low in _STOP_BEFORE or (t.text.islower() and t.low in lex.stopwords
                                                                and t.low != "of"):
            break
        words.insert(0, t)
        k -= 1
    if not words:
        return None
    if words[-1].low in lex.role_nouns:
        start = len(words) - 1
        while start > 0 and (words[start - 1].cap or words[start - 1].low in lex.role_nouns
                             or words[start - 1].low in _MODIFIERS):
            start -= 1
        while start < len(words) - 1 and words[start].low in ("of", "the"):
            start += 1
        return doc.text[words[start].start:words[-1].end]
    # "<Title> of (the) <Name> <descriptors>"
    for p in range(len(words) - 2):
        if words[p + 1].low != "of" or not _is_role_word(doc, words, p):
            continue
        rest = words[p + 2:]
        if rest and rest[0].low == "the":
            rest = rest[1:]
        caps = 0
        while caps < len(rest) and (rest[caps].cap or rest[caps].low in _PARTICLES):
            caps += 1
        tail = rest[caps:]
        if caps and len(tail) <= 3 and all(t.low in _MODIFIERS for t in tail):
            return doc.text[words[p].start:words[-1].end]
    return None


def _role_after(doc: _Doc, c: Cand) -> str | None:
    """An apposition: "Qais Khazali, (the) Secretary-General of Asa'ib Ahl Al-Haq(,| said)"."""
    lex = doc.lex
    k = c.toks[-1].i + 1
    toks = doc.toks
    while k < len(toks) and toks[k].kind == "punct" and toks[k].text in "”’\"'":
        k += 1
    if k >= len(toks) or toks[k].text != ",":
        return None
    prev = c.toks[0].i - 1
    in_list = prev >= 0 and toks[prev].text == "," and not c.titled      # "Mexicans, Megyn Kelly, the Pope."
    k += 1
    if k < len(toks) and toks[k].low in ("the", "a", "an"):
        k += 1
    start = k
    head_end = None
    j = k
    while j < len(toks) and j - start < 12:
        t = toks[j]
        if t.kind not in ("word", "acro"):
            break
        if t.low in lex.role_nouns or _title_at(doc, toks, j):
            n = max(_title_at(doc, toks, j), 1)
            head_end = j + n - 1
            j += n
            continue
        if head_end is not None and t.low in ("of", "for", "in", "at") and j == head_end + 1:
            # "of (the) Name Name (of Name)"
            m = j + 1
            if m < len(toks) and toks[m].low == "the":
                m += 1
            last = None
            while m < len(toks) and (toks[m].cap or (toks[m].low in _PARTICLES | {"of"} and m + 1 < len(toks)
                                                     and toks[m + 1].cap)):
                last = m
                if toks[m].possessive:
                    break
                m += 1
            if last is None:
                break
            head_end = last
            j = last + 1
            continue
        if head_end is None and j - start < 5 and t.low not in lex.per_verbs and t.low not in lex.stopwords:
            j += 1
            continue
        break
    if head_end is None or head_end < start:
        return None
    after = toks[head_end + 1] if head_end + 1 < len(toks) else None
    if in_list and (after is None or after.text in (".", ",") or after.low in ("and", "or")):
        return None
    return doc.text[toks[start].start:toks[head_end].end]


# ---------------------------------------------------------------- recognise

@dataclass
class _Group:
    cands: list[Cand]
    type: str = "ORG"

    @property
    def forms(self) -> list[str]:
        return list(dict.fromkeys(c.form for c in self.cands))

    def votes(self) -> dict:
        out: dict = {}
        for c in self.cands:
            for t, w in c.votes.items():
                out[t] = out.get(t, 0.0) + w
        return out

    def strong(self) -> bool:
        """Typed by something better than its shape (known, a title, a head word)."""
        return any(c.known and c.known.strength >= 2 or c.titled or c.role for c in self.cands) or \
            max(self.votes().values(), default=0) >= 3


def recognise(text: str) -> tuple[list[LocalEntity], list[Mention]]:
    """Entities and mentions of one document. See the module docstring."""
    doc = _Doc(text)
    confident: list[Cand] = []
    pending: list[tuple[Cand, bool]] = []    # (candidate, on a headline line)

    carry: tuple[list[str], bool, int] | None = None      # titles dangling before an opening quote
    chunks = _chunks(doc)
    works = _work_titles(doc, chunks)
    for ci, run in enumerate(chunks):
        headline = run[0].line in doc.headline_lines or ci in works
        segs, (dangling, dangling_titled) = _segments(doc, run)
        gap = text[carry[2]:run[0].start] if carry else ""
        if carry and segs and segs[0][0][0] is run[0] and re.fullmatch(r"\.?\s*[“\"‘']?\s*", gap):
            segs[0] = (segs[0][0], carry[0] + segs[0][1], True)     # Sheikh “Qais ...”, Mr. Smith
        carry = (dangling, dangling_titled, run[-1].end) if dangling_titled else None
        for seg, titles, titled in segs:
            for piece in [p for part in _split_suffixed(doc, seg) for p in _split_compound(doc, part)]:
                piece = _country_of_mission(doc, piece)
                c = Cand(piece, titles=[] if headline else titles, titled=titled).finish(text)
                c.based = piece[-1].end != doc.toks[piece[-1].i].end        # "New York-area"
                c.honorific = titled and _after_honorific(doc, c)
                if c.honorific and c.known and c.known.type == "ORG":
                    c.known = None     # "Sayyed al-Houthi": a person, whatever organisation shares the name
                if _is_event_or_generic(doc, c):
                    continue
                first = piece[0]
                long_run = sum(1 for t in piece if t.cap) > 6       # "Word Word Word ...": no name
                before = doc.toks[first.i - 1] if first.i > 0 else None
                in_title = before is not None and before.cap and before.kind == "word" and doc.is_stop(before) \
                    and not before.sent_start and not before.caps_line and before.low not in ("the", "a", "an") \
                    and before.low not in _ABBREV and doc.text[before.end:first.start] == " "
                c.headline = (headline or long_run or in_title) and not _is_label(doc, c)
                c.uncertain = c.headline or (first.sent_start and not titled and not _is_label(doc, c))
                if c.uncertain:
                    pending.append((c, c.headline))
                else:
                    confident.append(c)

    # names at sentence starts and in headlines: known, or seen in running text; what a first round
    # accepts in running text (a full name opening a sentence) counts as seen for the second round
    doc_keys = _doc_keys(doc, confident)
    accepted = list(confident)
    rejected: list[tuple[Cand, bool]] = []
    for c, headline in pending:
        found = _resolve_uncertain(doc, c, headline, doc_keys)
        accepted.extend(found)
        if not found:
            rejected.append((c, headline))
    doc_keys = _doc_keys(doc, [c for c in accepted if not c.headline])
    for c, headline in rejected:
        accepted.extend(_resolve_uncertain(doc, c, headline, doc_keys))

    accepted = _join_expansions(doc, _dedupe(accepted))
    _resolve_places(doc, accepted)
    for c in accepted:
        if not c.headline:
            c.role = None if c.titled else _role_before(doc, c)
            c.apposition = _role_after(doc, c)
        _collect_votes(doc, c)
    groups = _group(doc, accepted)
    return _emit(doc, groups)


_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*(?:$|[\"“'‘\[(A-Za-z])", re.M)


# ambiguous place names: (city reading, state reading); the alias table gives the usual one
# ("Washington" alone is the US government, "New York" alone the city)
_PLACE_READINGS = {"washington": ("Washington, D.C.", "Washington State"), "new york": (None, "New York State")}
_CITY_PLACES = re.compile(r"['’]s\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:Airport|Station|Zoo|Mall|Hospital|Stadium|Cathedral|"
                          r"Museum|Monument|Memorial|Square|Avenue|Street|Metro|Subway|Beltway)\b")


def _resolve_places(doc: _Doc, cands: list[Cand]) -> None:
    """"the Brookings Institution in Washington", "Washington's Reagan National Airport", "a
    Washington-based group": the city; "Pennsylvania, Connecticut and New York", "the state of New
    York": the state."""
    for k, c in enumerate(cands):
        readings = _PLACE_READINGS.get(N.norm_key(c.text))
        if not readings or c.titled or c.role:
            continue
        city, state = readings
        prev = _prev_word(doc, c, skip_quotes=False)
        before = doc.text[max(0, c.start - 12):c.start].lower()
        near_states = any(
            0 <= m < len(cands) and cands[m].known and cands[m].known.kind == "state"
            and re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s)\s*",
                             doc.text[cands[m].end:c.start] if m < k else doc.text[c.end:cands[m].start])
            for m in (k - 1, k + 1))
        if state and (near_states or before.endswith("state of ")):
            c.resolved = state
        elif city and (c.based or (prev is not None and prev.text in ("in", "at", "near", "outside", "around"))
                       or _CITY_PLACES.match(doc.text, c.end)):
            c.resolved = city
        else:
            continue
        c.known = lookup(c.resolved)


def _work_titles(doc: _Doc, chunks: list[list[Tok]]) -> set[int]:
    """Chunks that read as the title of a work (a show, a book, a headline quoted in a sentence): only
    their known or otherwise seen parts are names.

    - a capitalised function word inside a sentence: "This is All Things Considered", "listen to The
      Long Game", "ALL THINGS CONSIDERED from NPR News";
    - "the X in the Y" between two unknown words: "the Cat in the Hat balloon";
    - a short capitalised phrase alone between quotes: 'the headline “Happy Choice” ...'.
    """
    out: set[int] = set()
    text = doc.text
    for ci, run in enumerate(chunks):
        first = run[0]
        if first.caps_line or first.line in doc.headline_lines or _title_at(doc, run, 0):
            continue           # "His Eminence Sayyed ...", "His Excellency ...": a title, not a work
        if not first.sent_start and first.kind == "word" and first.low in doc.lex.stopwords \
                and len(run) >= 2 and not first.low.startswith("the") and first.low not in _ABBREV:
            out.add(ci)            # "All Things Considered"
            continue
        if not first.sent_start and first.kind == "word" and first.low == "the" and len(run) >= 2 \
                and not lookup(text[first.start:run[-1].end]) \
                and any(t.kind == "word" and t.low in doc.lex.stopwords for t in run[1:]):
            out.add(ci)            # "The Long Game"
            continue
        if len(run) >= 2 and first.allcaps and not first.sent_start and first.low in doc.lex.stopwords \
                and all(t.allcaps for t in run):
            out.add(ci)            # "ALL THINGS CONSIDERED"
            continue
        # 'the “Happy Choice” headline': a quoted phrase that is not a quoted name after a title
        before = text[max(0, first.start - 1):first.start]
        after = text[run[-1].end:run[-1].end + 2].lstrip(".,!?")[:1]
        if before and before in "“\"‘" and after and after in "”\"’" and 2 <= len(run) <= 5 \
                and not lookup(text[first.start:run[-1].end]):
            k = first.i - 2
            prev = doc.toks[k] if k >= 0 else None
            if prev is None or not (prev.cap and _title_at(doc, doc.toks, k)):
                out.add(ci)
        # "the Cat in the Hat": two unknown capitalised words around "in/on/with the"
        if ci + 1 < len(chunks) and len(run) <= 2 and len(chunks[ci + 1]) <= 2 and first.i > 0:
            nxt = chunks[ci + 1]
            gap = text[run[-1].end:nxt[0].start]
            art = doc.toks[first.i - 1]
            if art.low in ("the", "a") and art.text.islower() \
                    and re.fullmatch(r" (?:in|on|with|at) the ", gap) \
                    and not _strong(text[first.start:run[-1].end]) and not _strong(text[nxt[0].start:nxt[-1].end]) \
                    and run[-1].low not in doc.lex.org_tails and nxt[-1].low not in doc.lex.loc_tails:
                out.update((ci, ci + 1))
    return out


def _strong(name: str) -> bool:
    known = lookup(name)
    return bool(known and known.strength >= 3)


def _is_label(doc: _Doc, c: Cand) -> bool:
    """A transcript speaker label at the start of a line: `Salim Haddad: "Never."`."""
    first = c.toks[0]
    line_start = doc.text.rfind("\n", 0, first.start) + 1
    if doc.text[line_start:first.start].strip(" \t*-•>") or len(c.toks) > 4:
        return False
    if not _LABEL_AFTER.match(doc.text, c.end):
        return False
    return all(doc.name_like(t) or t.low in _PARTICLES for t in c.toks)


def _split_suffixed(doc: _Doc, seg: list[Tok]) -> list[list[Tok]]:
    """"Brussels-based" → the place part only; "Ann Arbor-based Center for X" → "Ann Arbor", "Center for X"."""
    for k, t in enumerate(seg):
        m = _SUFFIX_BASED.search(t.text) if t.kind == "word" else None
        if not m:
            continue
        head = t.text[:m.start()]
        out = []
        if head and head[0].isupper() and not doc.lex.is_demonym(head):
            out.append(seg[:k] + [Tok(t.i, "word", head, t.start, t.start + len(head), t.line, False,
                                      t.sent_start, t.caps_line)])
        rest = seg[k + 1:]
        while rest and rest[0].text.islower():
            rest = rest[1:]
        if rest:
            out.extend(_split_suffixed(doc, rest))
        return out
    return [seg]


def _after_honorific(doc: _Doc, c: Cand) -> bool:
    """Does an honorific (Sayyed, Sheikh, Mr., His Eminence) stand right before the name?"""
    k = c.toks[0].i - 1
    while k >= 0 and doc.toks[k].kind == "punct" and doc.toks[k].text in _QUOTES + ".":
        k -= 1
    return k >= 0 and doc.toks[k].kind == "word" and doc.toks[k].low.rstrip(".") in doc.lex.honorific_words


def _split_compound(doc: _Doc, piece: list[Tok]) -> list[list[Tok]]:
    """"the Israel-Hamas war", "US-China relations": a hyphenated pair of known names used as a
    modifier is both names, not one."""
    if len(piece) != 1 or piece[0].kind != "word" or "-" not in piece[0].text or lookup(piece[0].text):
        return [piece]
    t = piece[0]
    parts, pos = [], t.start
    for part in t.text.split("-"):
        parts.append((part, pos))
        pos += len(part) + 1
    if len(parts) < 2 or not all(len(p) >= 2 and p[0].isupper() for p, _ in parts):
        return [piece]
    for p, _ in parts:
        known = lookup(p)
        if not known or known.strength < 4 or N.fold(p) in doc.lex.common_city_words:
            return [piece]
    return [[Tok(t.i, "word", p, at, at + len(p), t.line, t.possessive and k == len(parts) - 1,
                 t.sent_start and k == 0, t.caps_line)] for k, (p, at) in enumerate(parts)]


_MISSIONS = {"embassy", "consulate", "administration", "government"}


def _country_of_mission(doc: _Doc, piece: list[Tok]) -> list[Tok]:
    """"the U.S. Embassy", "the US Administration": the country named as a modifier is the entity."""
    if len(piece) < 2 or piece[-1].low not in _MISSIONS or lookup(doc.text[piece[0].start:piece[-1].end]):
        return piece
    known = lookup(doc.text[piece[0].start:piece[-2].end])
    if known and known.type == "LOC" and known.strength >= 5:
        return piece[:-1]
    return piece


def _is_event_or_generic(doc: _Doc, c: Cand) -> bool:
    """Not names: "Jerusalem Day", a bare "Parliament", "Iraqi F", single letters."""
    lex = doc.lex
    toks = [t.low for t in c.toks]
    if c.known:
        return False
    if len(c.text) < 2 or (len(toks) == 1 and len(toks[0]) == 1):
        return True
    if len(toks) == 1 and toks[0] in lex.portfolios and not c.toks[0].allcaps:
        return True           # "Culture: ...", a section name
    if len(c.toks) == 1 and re.fullmatch(r"[A-Z]{2,}s", c.text):
        return True           # UAVs, NGOs, MPs: plural common nouns
    if len(toks) == 1 and not c.toks[0].allcaps and not c.titled:
        if toks[0] in lex.event_words:
            return True       # "the Day of Ashura", "the deal of the Century", "the July War"
        nxt = doc.toks[c.toks[0].i + 1] if c.toks[0].i + 1 < len(doc.toks) else None
        if toks[0].endswith("ing") and len(toks[0]) >= 6 and nxt is not None \
                and nxt.low in ("the", "a", "an", "its", "their") and nxt.text.islower():
            return True       # "Forum for Supporting the Resistance": a verb taking its object
    if len(toks) >= 2 and toks[-1] in lex.event_tails:
        return True
    if _portfolio_org(doc, c.toks):
        return False          # "Foreign Ministry", "State Department": the ministry of the country in question
    if all(t in lex.generic or t in lex.titles or t in lex.stopwords for t in toks):
        if _extend_generic(doc, c):
            return False
        # "Northern Defence Units": generic words, but a name
        return not (len(toks) >= 3 and toks[-1] in lex.org_tails and toks[0] not in lex.stopwords)
    return False


def _portfolio_org(doc: _Doc, toks: list[Tok]) -> bool:
    """"Foreign Ministry", "Justice Department", "State Department"."""
    return len(toks) >= 2 and toks[-1].low in ("ministry", "department") \
        and all(t.low in doc.lex.portfolios or t.low in ("state", "affairs", "and") for t in toks[:-1])


def _extend_generic(doc: _Doc, c: Cand) -> bool:
    """"rahnam International News Agency": a generic organisation name takes the odd word before it."""
    if c.toks[-1].low not in doc.lex.org_tails or len(c.toks) < 2:
        return False
    k = c.toks[0].i - 1
    if k < 0:
        return False
    prev = doc.toks[k]
    if prev.kind != "word" or prev.low in doc.lex.stopwords or prev.low in doc.lex.role_nouns \
            or doc.text[prev.end:c.start] != " " or prev.low in doc.lex.generic or doc.is_demonym(prev):
        return False
    if prev.low in doc.lower_words - {prev.low} or prev.low in ("of", "by", "to", "from", "said", "told"):
        return False
    c.toks = [prev] + c.toks
    c.finish(doc.text)
    return True


def _doc_keys(doc: _Doc, confident: list[Cand]) -> dict[str, int]:
    """Normal forms seen in running text → how they may be used: 2 full name, 1 a part of one."""
    keys: dict[str, int] = {}
    for c in confident:
        keys[N.norm_key(c.text)] = 2
        sk = N.skeleton(c.text)
        if len(sk) >= 3:
            keys["s:" + sk] = 2
        content = [t for t in c.toks if t.cap and not t.allcaps]
        if len(content) >= 2:
            for t in (content[0], content[-1]):
                if t.low not in doc.lex.generic and not doc.is_common(t) and t.low not in doc.lex.titles:
                    keys.setdefault(N.norm_key(t.text), 1)
    return keys


def _known_here(doc: _Doc, text: str, keys: dict[str, int]) -> bool:
    k = N.norm_key(text)
    if k in keys:
        return True
    sk = N.skeleton(text)
    if len(sk) >= 4 and "s:" + sk in keys:
        return True
    g = lookup(text)
    return bool(g and g.strength >= 3 and N.fold(text) not in doc.lex.common_city_words)


def _resolve_uncertain(doc: _Doc, c: Cand, headline: bool, keys: dict[str, int]) -> list[Cand]:
    """Sentence-initial and headline names: keep what is known or seen elsewhere.

    At a sentence start (not in a headline) also keep a run of name-like words ("Elijah Magnier
    told ...") and a single name-like word followed by a reporting verb ("Smith said ...").
    """
    toks = c.toks
    if _known_here(doc, c.text, keys):
        return [c]
    if _portfolio_org(doc, toks):
        return [c]                         # "Foreign Ministry Spokesperson Hua Chunying ..."
    if len(toks) >= 2 and not headline and (toks[-1].low.rstrip(".") in _CORP_SUFFIXES | _CLUB_AFFIXES
                                            or toks[0].low in _CLUB_AFFIXES):
        return [c]                         # "FC Goa beat ...", "Torvald’s Holdings Inc. said ..."
    if not headline and len(toks) == 3 and toks[1].kind == "initial" and doc.name_like(toks[0]) \
            and toks[2].cap and not toks[2].allcaps:
        return [c]                         # "Brian M. Good said": a middle initial makes a person
    if len(toks) >= 3 and keys.get(N.norm_key(doc.text[toks[1].start:c.end])) == 2 \
            and len([t for t in toks[1:] if t.cap]) >= 2:
        # "...: Embedded Mitch McConnell says": the full name seen in running text, after an odd word
        rest = Cand(toks[1:], titles=c.titles, titled=c.titled).finish(doc.text)
        rest.uncertain, rest.headline = True, c.headline
        return [rest]
    if not headline:
        if len(toks) >= 2 and toks[-1].low in doc.lex.org_tails and doc.is_demonym(toks[0]) \
                and all(doc.name_like(t) or t.low in doc.lex.org_tails for t in toks[1:]):
            return [c]                     # "American Airlines' ...": kept whole by the segmenter
        if len(toks) >= 2:
            first_known = _known_here(doc, toks[0].text, keys)
            if first_known and all(doc.name_like(t) or t.low in _PARTICLES or t.low in doc.lex.org_tails
                                   or t.low in doc.lex.generic for t in toks[1:]):
                return [c]                 # "Manchester United ..."
            if not first_known and not _has_known_part(doc, toks, keys) \
                    and all(doc.name_like(t) or t.low in _PARTICLES for t in toks):
                return [c]                 # "Elijah Magnier told ..."
            if not first_known and not doc.name_like(toks[0]) and not _has_known_part(doc, toks, keys):
                rest = Cand(toks[1:], titles=c.titles, titled=c.titled).finish(doc.text)
                if rest.toks[0].cap and not doc.is_stop(rest.toks[0]):
                    return [rest]          # "Military Leader John Smith": drop the ordinary word
        else:
            nxt = _next_tokens(doc, c, 1)
            if doc.name_like(toks[0]) and nxt and nxt[0].low in doc.lex.per_verbs and not toks[0].allcaps \
                    and not _role_plural(doc, toks[0]):
                return [c]                 # "Smith said ..."
            if _agency_credit(doc, c):
                return [c]                 # "RNA – The ...": the agency's dateline credit
    # the known parts only, longest first ("Inside | Iraq", "... | Qais Khazali | : The ...")
    out: list[Cand] = []
    i = 0
    while i < len(toks):
        hit = None
        for j in range(len(toks), i, -1):
            if any(doc.is_stop(t) for t in toks[i:j]) or toks[j - 1].text.islower():
                continue
            if _known_here(doc, doc.text[toks[i].start:toks[j - 1].end], keys):
                hit = j
                break
        if hit is None:
            i += 1
            continue
        sub = Cand(toks[i:hit], titles=c.titles if i == 0 else [], titled=c.titled and i == 0).finish(doc.text)
        sub.uncertain, sub.headline = True, c.headline
        out.append(sub)
        i = hit
    return out


def _agency_credit(doc: _Doc, c: Cand) -> bool:
    """A short acronym opening a paragraph before a dash ("RNA – The Secretary-General ..."): the news
    agency's credit, as in "BEIRUT (AFP) –"."""
    t = c.toks[0]
    line_start = doc.text.rfind("\n", 0, t.start) + 1
    return (len(c.toks) == 1 and t.allcaps and not t.caps_line and 2 <= len(t.text.replace(".", "")) <= 5
            and not doc.text[line_start:t.start].strip() and re.match(r"[ \t]+[–—-]{1,2}[ \t]", doc.text[t.end:]) is not None)


def _role_plural(doc: _Doc, t: Tok) -> bool:
    """"Analysts said", "Officials said": a plural of a role noun, not a name."""
    w = t.low
    return any(x in doc.lex.role_nouns or x in doc.lex.org_tails for x in (w, w[:-1], w[:-2]) if len(x) > 2)


def _has_known_part(doc: _Doc, toks: list[Tok], keys: dict[str, int]) -> bool:
    """Does a proper part of the run name something known ("Inside | Iraq")?"""
    for i in range(len(toks)):
        for j in range(i + 1, len(toks) + 1):
            if j - i < len(toks) and _known_here(doc, doc.text[toks[i].start:toks[j - 1].end], keys):
                return True
    return False


def _join_expansions(doc: _Doc, cands: list[Cand]) -> list[Cand]:
    """"United Nations Assistance Mission for Iraq (UNAMI)": rejoin the pieces an acronym spells out."""
    out = list(cands)
    i = 0
    while i < len(out):
        c = out[i]
        if i >= 2 and N.is_acronym(c.text) and re.fullmatch(r"\s*\(\s*", doc.text[out[i - 1].end:c.start]):
            letters = re.sub(r"[^A-Za-z]", "", c.text).lower()
            if N.initials(out[i - 1].text) != letters:
                for j in range(i - 2, max(-1, i - 4), -1):
                    gaps = [doc.text[out[m].end:out[m + 1].start] for m in range(j, i - 1)]
                    if not all(re.fullmatch(r"\s+(?:of|for|and|on|the|of the|for the|&)\s+", g) for g in gaps):
                        break
                    span = doc.text[out[j].start:out[i - 1].end]
                    if N.initials(span) == letters:
                        toks = [t for t in doc.toks if out[j].start <= t.start and t.end <= out[i - 1].end]
                        joined = Cand(toks, titles=out[j].titles, titled=out[j].titled).finish(doc.text)
                        joined.uncertain, joined.headline = out[j].uncertain, out[j].headline
                        out[j:i] = [joined]
                        i = j + 1
                        break
        i += 1
    return out


def _dedupe(cands: list[Cand]) -> list[Cand]:
    cands.sort(key=lambda c: (c.start, -c.end))
    out: list[Cand] = []
    for c in cands:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


# ---------------------------------------------------------------- grouping

def _group(doc: _Doc, cands: list[Cand]) -> list[_Group]:
    n = len(cands)
    uf = UnionFind(n)
    by_key: dict[str, int] = {}
    by_alias: dict[int, int] = {}
    table = N.default_aliases()
    for i, c in enumerate(cands):
        k = _group_key(c)
        if k in by_key:
            uf.union(by_key[k], i)
        else:
            by_key[k] = i
        gid = table.group(c.form)
        if gid is not None and c.honorific and table.type(gid) in ("ORG", "LOC"):
            gid = None         # "Sayyed al-Houthi" is not the Houthi movement
        if gid is not None:
            if gid in by_alias:
                uf.union(by_alias[gid], i)
            else:
                by_alias[gid] = i
    _bind_acronyms(doc, cands, uf)
    _bind_bracketed_names(doc, cands, uf)
    _bind_known_prefixes(cands, uf)
    _bind_club_names(doc, cands, uf)

    def build() -> list[_Group]:
        members: dict[int, list[Cand]] = {}
        for i, c in enumerate(cands):
            members.setdefault(uf.find(i), []).append(c)
        gs = []
        for root in sorted(members):
            g = _Group(members[root])
            g.type = _best_type(g.votes())
            gs.append(g)
        return gs

    groups = build()
    index = {id(c): i for i, c in enumerate(cands)}

    def unite(a: _Group, b: _Group) -> None:
        uf.union(index[id(a.cands[0])], index[id(b.cands[0])])

    # transliteration variants and descriptor differences between full names of one type
    for x in range(len(groups)):
        for y in range(x + 1, len(groups)):
            a, b = groups[x], groups[y]
            ta, tb = a.type, b.type
            if ta != tb and not {ta, tb} <= {"ORG", "LOC"}:
                # a person only by the shape of its name may be the other's variant ("fled Jurf al-Sakhar")
                if not a.strong():
                    ta = tb
                elif not b.strong():
                    tb = ta
                else:
                    continue
            multi_a = [f for f in a.forms if len(N.parse(f).toks) >= 2]
            multi_b = [f for f in b.forms if len(N.parse(f).toks) >= 2]
            if not multi_a or not multi_b:
                continue
            if N.same_entity(multi_a, ta, multi_b, tb) >= 0.9:
                unite(a, b)
    groups = build()

    # "Embedded Mitch McConnell" and "Mitch McConnell": a full name ending another one, in one document
    pers = [g for g in groups if g.type == "PER"]
    for a in pers:
        for b in pers:
            if a is b:
                continue
            ta = [N.parse(f).skel for f in a.forms if len(N.parse(f).toks) >= 2]
            tb = [N.parse(f).skel for f in b.forms if len(N.parse(f).toks) >= 3]
            if any(len(x) < len(y) and y[-len(x):] == x for x in ta for y in tb):
                unite(a, b)
    groups = build()

    # a single word attaches to the one full name it is part of
    singles = [g for g in groups if all(len(N.parse(f).toks) == 1 for f in g.forms)]
    fulls = [g for g in groups if g not in singles]
    for s in singles:
        if any(c.known and c.known.strength >= 3 for c in s.cands):
            continue
        form = s.forms[0]
        ps = N.parse(form)
        if not ps.toks:
            continue
        per_last, per_first, org_first = [], [], []
        for f in fulls:
            pf = [N.parse(x) for x in f.forms]
            if f.type == "PER":
                if any(len(p.toks) >= 2 and N._tok_match(ps, 0, p, -1) for p in pf):
                    per_last.append(f)
                elif any(len(p.toks) >= 2 and N._tok_match(ps, 0, p, 0) for p in pf):
                    per_first.append(f)
            elif any(len(p.toks) >= 2 and N._tok_match(ps, 0, p, 0) for p in pf):
                org_first.append(f)
        weak = not s.strong() or s.type == "PER"
        if weak:
            if len(per_last) == 1:
                unite(s, per_last[0])
                continue
            if not per_last and len(per_first) == 1:
                unite(s, per_first[0])
                continue
        if s.type != "PER" and len(org_first) == 1 and not per_last:
            unite(s, org_first[0])
    groups = build()
    return groups


def _group_key(c: Cand) -> str:
    """Normal form for grouping; acronyms stay case-sensitive unless they are a shouted name (BAGHDAD)."""
    letters = re.sub(r"[^A-Za-z]", "", c.form)
    if N.is_acronym(c.form) and (len(letters) <= 4 or (c.known and c.known.kind == "known")):
        return "A:" + letters.upper()
    return N.norm_key(c.form)           # BAGHDAD = Baghdad, MCCONNELL = McConnell


def _bind_acronyms(doc: _Doc, cands: list[Cand], uf: UnionFind) -> None:
    """"Popular Mobilization Units (PMU)": the acronym in brackets is another name of the entity before it."""
    text = doc.text
    acr_of: dict[str, int] = {}
    for i in range(1, len(cands)):
        c, prev = cands[i], cands[i - 1]
        if not N.is_acronym(c.text):
            continue
        between = text[prev.end:c.start]
        if re.fullmatch(r"\s*\(\s*", between) and text[c.end:c.end + 1] == ")":
            letters = re.sub(r"[^A-Za-z]", "", c.text).lower()
            ini = N.initials(prev.text)
            if ini and (ini == letters or ini.startswith(letters) or _subseq(letters, ini)):
                uf.union(i - 1, i)
                acr_of[c.text.replace(".", "")] = i - 1
    # a later, unbracketed use of the acronym (same normal form) is already grouped by key;
    # an acronym whose expansion appears without brackets: match initials against multi-word names
    for i, c in enumerate(cands):
        if not N.is_acronym(c.text) or c.text.replace(".", "") in acr_of or c.known:
            continue
        letters = re.sub(r"[^A-Za-z]", "", c.text).lower()
        matches = {uf.find(j) for j, d in enumerate(cands)
                   if len(d.toks) >= 2 and len(letters) >= 3 and N.initials(d.text) == letters}
        if len(matches) == 1:
            uf.union(matches.pop(), i)


def _bind_bracketed_names(doc: _Doc, cands: list[Cand], uf: UnionFind) -> None:
    """"Sayyed Abbas (Al-Moussawi)": a one-word name in brackets right after a titled person completes
    that person's name (not an organisation, an acronym or a place: "Qais Khazali (AAH)")."""
    text = doc.text
    for i in range(1, len(cands)):
        c, prev = cands[i], cands[i - 1]
        if len(c.toks) != 1 or c.known or c.toks[0].allcaps or N.is_acronym(c.text) or c.titled:
            continue
        if not (prev.titled or prev.role) or prev.known:
            continue
        if re.fullmatch(r"\s*\(\s*", text[prev.end:c.start]) and re.match(r"\s*\)", text[c.end:]) \
                and c.toks[0].low not in doc.lex.org_tails and not doc.is_demonym(c.toks[0]):
            uf.union(i - 1, i)


def _bind_known_prefixes(cands: list[Cand], uf: UnionFind) -> None:
    """"JFK ... John F. Kennedy": a name that opens the known full name of another mention
    ("John F. Kennedy International Airport") is that entity here, unless it is plainly a person."""
    known = {}
    for i, c in enumerate(cands):
        if c.known and c.known.kind == "known" and len(N.tokens(c.known.name)) >= 3:
            known.setdefault(N.norm_key(c.known.name), i)
    if not known:
        return
    for i, c in enumerate(cands):
        if len(c.toks) < 2 or c.known or c.titled or c.role or c.apposition:
            continue
        key = N.norm_key(c.form) + " "
        hits = {uf.find(j) for name, j in known.items() if name.startswith(key)}
        if len(hits) == 1:
            uf.union(hits.pop(), i)
            c.votes = {}


def _bind_club_names(doc: _Doc, cands: list[Cand], uf: UnionFind) -> None:
    """"FC Goa ... gave the goal to Goa": where a club is named after a place, the place name alone
    is the club (not after "in": "a stadium in Goa")."""
    clubs: dict[str, int] = {}
    for i, c in enumerate(cands):
        toks = [t.low.rstrip(".") for t in c.toks]
        if len(toks) >= 2 and (toks[0] in _CLUB_AFFIXES or toks[-1] in _CLUB_AFFIXES):
            base = c.toks[1:] if toks[0] in _CLUB_AFFIXES else c.toks[:-1]
            clubs.setdefault(N.norm_key(doc.text[base[0].start:base[-1].end]), i)
    if not clubs:
        return
    for i, c in enumerate(cands):
        j = clubs.get(N.norm_key(c.text))
        if j is None or j == i:
            continue
        prev = _prev_word(doc, c)
        if prev is not None and prev.low in ("in", "near", "outside", "across", "throughout"):
            continue
        uf.union(j, i)
        c.votes = {"ORG": 1.0}


def _subseq(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


# ---------------------------------------------------------------- output

def _emit(doc: _Doc, groups: list[_Group]) -> tuple[list[LocalEntity], list[Mention]]:
    entities: list[LocalEntity] = []
    mentions: list[Mention] = []
    used_keys: set[str] = set()
    order = sorted(groups, key=lambda g: min(c.start for c in g.cands))
    for g in order:
        g.type = _best_type(g.votes())
        name = _best_name(g)
        base = f"{g.type}:{N.normalize(name) or N.fold(name)}"
        key, n = base, 2
        while key in used_keys:
            key, n = f"{base}#{n}", n + 1
        used_keys.add(key)
        roles: list[str] = []
        if g.type == "PER":
            for c in sorted(g.cands, key=lambda c: c.start):
                for r in [*c.titles, c.role, c.apposition]:
                    if r and r not in roles:
                        roles.append(r)
        aliases = [f for f in g.forms if f != name]
        entities.append(LocalEntity(key=key, name=name, type=g.type, aliases=aliases, roles=roles))
        for c in g.cands:
            mentions.append(Mention(c.start, c.end, doc.text[c.start:c.end], g.type, key))
    mentions.sort(key=lambda m: (m.start, m.end))
    return entities, mentions


def _best_name(g: _Group) -> str:
    """The most complete form: among full names (two words or more) the most frequent (case aside),
    then the one with most name words, then the first seen; a one-word entity keeps its usual form."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for c in g.cands:
        counts[c.form] = counts.get(c.form, 0) + 1
        first.setdefault(c.form, c.start)
    lowered: dict[str, int] = {}
    for f, n in counts.items():
        lowered[f.lower()] = lowered.get(f.lower(), 0) + n
    multi = [f for f in counts if len(N.tokens(f)) >= 2]
    if g.type == "PER" and multi:
        return max(multi, key=lambda f: (lowered[f.lower()], len(N.tokens(f)), "-" in f, not f.isupper(),
                                         counts[f], -first[f]))
    return max(counts, key=lambda f: (len(N.tokens(f)), lowered[f.lower()], not f.isupper(), counts[f],
                                      not N.is_acronym(f), -first[f]))


# ---------------------------------------------------------------- helpers for other components

def person_entities(entities: list[LocalEntity]) -> list[LocalEntity]:
    """The people among a document's entities."""
    return [e for e in entities if e.type == "PER"]


def _role_key(phrase: str) -> str:
    s = N.fold(phrase).replace("'", "")
    s = re.sub(r"[-‐]", " ", s)
    s = re.sub(r"^(?:the|a|an|this|that)\s+", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def role_index(entities: list[LocalEntity]) -> dict[str, str]:
    """Lower-cased role phrases → the key of the person holding them.

    Each role is indexed as written (lower case), in a normal form (no apostrophes, hyphens as
    spaces, no leading article) and by its head ("secretary-general", "secretary general",
    "prime minister") when only one person in the document holds that head.
    """
    index: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    lex = lexicon()
    for e in person_entities(entities):
        for role in e.roles:
            for k in (role.lower(), _role_key(role)):
                index.setdefault(k, e.key)
            head = re.split(r"\s+of\s+", role, maxsplit=1, flags=re.I)[0]
            words = _role_key(head).split()
            # the role noun at the end of the head phrase ("Iraqi militia leader" -> "militia leader", "leader")
            for n in range(min(3, len(words)), 0, -1):
                tail = " ".join(words[-n:])
                if tail in lex.role_nouns or tail in {_role_key(t) for t in lex.titles}:
                    for k in {tail, head.lower(), _role_key(head)}:
                        heads.setdefault(k, set()).add(e.key)
                    break
    for k, keys in heads.items():
        if len(keys) == 1:
            index.setdefault(k, next(iter(keys)))
    return index


def lookup_role(index: dict[str, str], phrase: str) -> str | None:
    """The person a description such as "the Secretary General of Asaib Ahl al-Haq Movement of Iraq" names."""
    for k in (phrase.lower(), _role_key(phrase)):
        if k in index:
            return index[k]
    k = _role_key(phrase)
    # drop a trailing "of <place>" ("... Movement of Iraq"), then fall back to the head
    k2 = re.sub(r"\s+of\s+\w+$", "", k)
    if k2 in index:
        return index[k2]
    head = k.split(" of ")[0]
    if head in index:
        return index[head]
    # "the Asaib leader": the role noun at the end of the description
    words = head.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[-n:]) in index:
            return index[" ".join(words[-n:])]
    return None
