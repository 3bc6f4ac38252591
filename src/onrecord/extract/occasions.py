"""Occasions: the interview, speech, remarks or statement on which reported words were said.

`find_occasions(text, published, times)` returns at most one `Occasion` per sentence, with:

* kind — the most specific occasion noun in the sentence ("He made these remarks in an
  interview ..." is an interview);
* medium — the channel or outlet as written ("aired on Mayadeen TV (Lebanon)" → "Mayadeen TV",
  "broadcasted by Iraq's Al-Ahed satellite channel" → "Al-Ahed satellite channel"), or None;
* date — a time expression in the occasion phrase; else one tied to the speech verb of the same
  sentence ("told reporters on Sunday", "On Monday, in a statement, ..."); else the bound the
  lead gives (`statement_date_range`); else None. The bare
  publication day is never used as a statement date: the text must say "today" for that.

Speakers stay None here: `attach.py` ties occasions to speakers.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from onrecord.extract.text import Span, paragraphs, sentences
from onrecord.extract.timex import times_in
from onrecord.models import DateRange, Occasion, TimeExpression

# ---------------------------------------------------------------- vocabulary

# Occasion nouns, most specific first: when a sentence names several, the first kind listed wins.
OCCASION_NOUNS: list[tuple[str, str]] = [
    ("press conference", r"(?:press|news)\s+conferences?"),
    ("interview", r"interviews?"),
    ("speech", r"speech(?:es)?|lectures?|eulog(?:y|ies)|"
               r"address(?!\s+(?:of|book|bar|space|line|list|field|the|this|these|that|those|a|an|his|her|its|their|"
               r"our|my|your|issues?|concerns?|questions?|problems?)\b)"),
    ("sermon", r"sermons?"),
    ("briefing", r"(?:press\s+|news\s+)?briefings?"),
    ("tweet", r"tweets?"),
    ("post", r"post(?=\s+on\s+(?:X|Twitter|Telegram|Facebook|Instagram|his|her|its|their)\b)"),
    ("statement", r"statements?|communiqu[eé]s?"),
    ("message", r"(?:televised|video|recorded|audio)\s+messages?"),
    ("remarks", r"remarks|comments"),
]
KIND_RANK = {kind: rank for rank, (kind, _) in enumerate(OCCASION_NOUNS)}

# Words that end the name of a channel or outlet ("Press TV", "Al-Ahed satellite channel").
MEDIA_WORDS = {"tv", "television", "channel", "radio", "network", "news", "times", "post", "agency", "press",
               "daily", "journal", "herald", "gazette", "tribune", "telegraph", "guardian", "broadcasting",
               "magazine", "monitor", "observer", "online", "media", "newspaper", "website", "broadcaster",
               "station", "satellite"}
KNOWN_OUTLETS = {
    "al jazeera", "al-jazeera", "aljazeera", "al arabiya", "al-arabiya", "al mayadeen", "al-mayadeen", "mayadeen",
    "al-manar", "al manar", "al-alam", "al alam", "al-ahd", "al-ahed", "al ahd", "al-sumaria", "alsumaria",
    "rudaw", "kurdistan24", "shafaq", "reuters", "afp", "ap", "associated press", "bbc", "cnn", "sputnik", "rt",
    "tasnim", "fars", "irna", "isna", "mehr", "irib", "anadolu", "xinhua", "tass", "bloomberg", "axios",
    "politico", "kayhan", "asharq al-awsat", "twitter", "telegram", "facebook", "instagram", "youtube", "x",
}

# Lower-case audiences after "told": what kind of occasion they make.
AUDIENCE_KINDS = [
    (r"reporters|journalists|the\s+press|the\s+media|media", "remarks"),
    (r"(?:a|the)\s+(?:press|news)\s+conference", "press conference"),
    (r"(?:a|the)\s+(?:\w+\s+)?(?:rally|crowd|gathering|ceremony)|(?:his|her|their)\s+supporters|supporters|"
     r"mourners|(?:the\s+)?parliament|lawmakers", "speech"),
    (r"state\s+(?:television|TV|media|radio)", "interview"),
]

# Events one speaks at: "speaking at a rally", "addressing a ceremony".
VENUE_NOUNS = r"rally|ceremony|gathering|conference|summit|forum|session|funeral|memorial|commemoration|meeting|" \
              r"crowd|event|celebration|festival|seminar|symposium|dinner|banquet|luncheon|reception|" \
              r"graduation|parade|congress|convention"

# Verbs that report speech: a time expression right after one dates the statement ("said on Monday").
SPEECH_VERBS = (r"said|says|told|stated|stressed|noted|added|warned|pledged|vowed|threatened|declared|announced|"
                r"affirmed|asserted|explained|insisted|emphasi[sz]ed|underscored|spoke|speaking|tweeted|wrote|"
                r"urged|called|condemned|denounced|accused|rejected|remarked|commented|mentioned|addressed|"
                r"revealed|delivered|refuted|dismissed|praised|criticized|criticised|slammed|hailed|reiterated")
_SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")

# ---------------------------------------------------------------- patterns

_NAME_TOKEN = r"(?:[A-Z][\w’'&.-]*|(?:al|el|Al|El)-[\w’'-]+|\d+[A-Za-z]*)"
# one to three media words: "TV", "satellite channel", "television network", "radio station"
_MEDIA_WORD = r"(?:satellite|channel|television|TV|network|radio|station|news\s+agency|agency|website|newspaper|" \
              r"daily|broadcaster)"
_MEDIA_SUFFIX = rf"(?:\s+{_MEDIA_WORD}(?:\s+{_MEDIA_WORD}){{0,2}})?"
# "(the) (Iraq's) Al-Ahed satellite channel": an optional possessive owner is dropped from the name.
_MEDIUM_NAME = rf"(?:the\s+)?(?:{_NAME_TOKEN}['’]s\s+)?(?P<medium>{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|of|al))*" \
               rf"{_MEDIA_SUFFIX})"
# "aired on X", "broadcast by X", "carried by X": whatever is named there is the medium.
_AIRED_ON = re.compile(rf"\b(?:aired|airing|broadcasts?|broadcasted|televised|carried|published|posted|released|"
                       rf"shown|screened|ran|run|reported|quoted)\s+(?:live\s+)?(?:on|by|via|in)\s+{_MEDIUM_NAME}")
# "with X", "to X", "on X": a medium only if the name looks like one.
_WITH_MEDIUM = re.compile(rf"\b(?:with|to|on|for)\s+{_MEDIUM_NAME}")

_DETERMINER = r"(?:(?i:an?|the|his|her|their|its|this|that|these|those|one)|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*['’]s?)"
_NOUN_ALTERNATION = "|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(OCCASION_NOUNS))
# (intro preposition) determiner (up to three modifiers) occasion noun
_OCCASION_NP = re.compile(
    rf"(?:\b(?P<intro>[Ii]n|[Dd]uring|[Aa]t|[Oo]n|[Tt]hrough|[Vv]ia|[Ff]rom)\s+)?"
    rf"(?<![\w’'-])(?P<det>{_DETERMINER})\s+(?P<mods>(?:[\w’'-]+\s+){{0,3}}?)(?:{_NOUN_ALTERNATION})\b")

_TOLD = re.compile(rf"\b(?:told|telling)\s+(?:{_MEDIUM_NAME}|(?P<audience>{'|'.join(p for p, _ in AUDIENCE_KINDS)}))")
_SPEAKING_TO = re.compile(rf"\b(?:[Ss]peaking|[Tt]alking)\s+(?:exclusively\s+)?(?:to|with)\s+"
                          rf"(?:{_MEDIUM_NAME}|(?P<audience>reporters|journalists|the\s+press))")
_SPEAKING_AT = re.compile(rf"\b(?:[Ss]peaking\s+(?:at|to|during)|[Aa]ddressing)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?"
                          rf"(?P<venue>(?:press\s+|news\s+)?(?:{VENUE_NOUNS}))\b")

# Where an occasion phrase ends: punctuation, a quotation, a speech verb, or a complementiser "that"
# (but not the relative "that aired on ...").
_BROADCAST_VERBS = r"aired|broadcast|broadcasted|televised|published|posted|released|carried|shown|screened|ran|appeared|uploaded"
_PHRASE_END = re.compile(rf"(?:,(?!\s*(?:which|that)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?"
                         rf"(?:{_BROADCAST_VERBS})\b)|[;:“”\"«»])|\s[–—-]{{1,2}}\s|"
                         rf"\b(?!delivered\s+(?:by|at|on|in|to|before|during)\b)(?:{SPEECH_VERBS})\b|"
                         r"\bthat\b(?!\s+(?:was\s+|were\s+|is\s+|had\s+been\s+|has\s+been\s+)?"
                         r"(?:aired|broadcast|televised|published|posted|released|carried|shown|screened|ran|appeared))")

_ANAPHORIC = {"the", "his", "her", "their", "its", "this", "that", "these", "those"}

# Modifiers that make "address" a location, not a speech: "his home address", "an email address".
_NOT_SPEECH_ADDRESS = re.compile(r"\b(?:e-?mail|home|IP|web|postal|mailing|street|residential|internet|"
                                 r"return|forwarding|billing|delivery|new|old)\s*$", re.I)

# "was interviewed by Mayadeen TV (Lebanon) on December 31, 2019": an interview named by its verb.
_INTERVIEWED_BY = re.compile(rf"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?interviewed\s+(?:live\s+)?"
                             rf"(?:by|on)\s+{_MEDIUM_NAME}")
# "in a show that aired on X", "in a video which was posted on X": any broadcast names an occasion; its
# kind is the noun's when that is an occasion noun, else plain remarks.
_AIRED_RELATIVE = re.compile(
    rf"\b(?P<intro>[Ii]n|[Dd]uring|[Oo]n)\s+(?:an?|his|her|their|its|the)\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?P<noun>[a-z][\w-]*)\s+(?:that|which)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?"
    rf"(?:aired|broadcast|broadcasted|televised|posted|published|released|uploaded|shown|screened)\s+"
    rf"(?:live\s+)?(?:on|by|via)\s")
# "wrote on its website", "said on his Telegram channel": a statement on the speaker's own channel.
_OWN_CHANNEL = re.compile(
    r"\b(?:wrote|posted|said|stated|announced|declared|published)\s+(?:\w+\s+)?(?:on|in)\s+(?:its|his|her|their)\s+"
    r"(?:official\s+)?(?P<channel>website|web\s+site|Telegram\s+channel|Telegram|Twitter\s+account|X\s+account|"
    r"Facebook\s+page|Instagram\s+account|social\s+media\s+(?:account|page|channel)s?)\b")


# ---------------------------------------------------------------- quotations (shared with events)

# A transcript label opening a paragraph: "Qais Khazali:", "Q:", "Sayyed Nasrallah:" (as quotes.py reads them).
_TURN_LABEL = re.compile(r"(?P<label>(?:[A-Z][\w.'’\-]*|(?:al|el|Al|El)-[A-Z][\w'’\-]*)"
                         r"(?:[ \t]+(?:[A-Z][\w.'’\-]*|(?:al|el|Al|El)-[\w'’\-]+|bin|ibn|abu|de|van|von|of|the)){0,4})"
                         r"[ \t]*:[ \t]*(?=\S)")
_NOT_TURN_LABELS = {"note", "update", "source", "photo", "editor's note", "editor’s note", "related", "read more",
                    "comment", "story code", "news id", "publish date", "tags", "share", "video", "watch", "also read",
                    "see also", "caption", "credit", "image", "date", "time", "location", "subject", "title",
                    "breaking", "exclusive", "opinion", "analysis", "warning", "correction", "disclaimer",
                    "translated by", "transcript", "follow us", "print", "email", "audio", "listen"}
_ROLE_LABELS = {"q", "a", "question", "answer", "interviewer", "host", "anchor", "presenter", "moderator",
                "reporter", "journalist", "guest"}
_NOT_LABEL_FIRST = {"The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "In", "On", "At",
                    "But", "And", "A", "An", "His", "Her", "Their", "There", "However", "Meanwhile", "As", "For"}
# A paragraph that reports speech in the third person is narration, not a continued turn.
_NARRATION = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[a-z]+|[A-Z][\w’'-]+)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+|"
                        r"further\s+)?(?:said|says|added|stressed|noted|told|asked|explained|continued|concluded)\b")


def _turn_label(text: str, para: Span) -> int | None:
    """Where the words of a transcript turn start, when the paragraph opens with a speaker label."""
    m = _TURN_LABEL.match(text, para.start, para.end)
    if not m:
        return None
    label = m["label"]
    words = label.split()
    if label.lower() in _NOT_TURN_LABELS or (words[0] in _NOT_LABEL_FIRST and label.lower() not in _ROLE_LABELS):
        return None
    if label.lower() not in _ROLE_LABELS:
        content = [w for w in re.findall(r"[\w’'-]+", text[m.end():para.end]) if len(w) > 3]
        if len(content) >= 3 and sum(w[0].isupper() for w in content) / len(content) > 0.8:
            return None                  # "Nasrallah: Iran Is a Regional Power": a headline
    return m.end()


def transcript_turns(text: str) -> list[Span]:
    """The words of transcript turns without quotation marks ("Qais Khazali: It has been proven ...",
    "Q: ..."): each labelled paragraph from its label on, and, in a transcript (two labels or more, or one
    announced by an intro ending in a colon), the unlabelled paragraphs that go on with it."""
    paras = paragraphs(text)
    labels = [_turn_label(text, p) for p in paras]
    spans = []
    turns = sum(1 for c in labels if c is not None)
    if not turns:
        return spans
    first = next(i for i, c in enumerate(labels) if c is not None)
    announced = first > 0 and text[paras[first - 1].start:paras[first - 1].end].rstrip().endswith(":")
    transcript = turns >= 2 or announced
    in_turn = False
    for para, content in zip(paras, labels):
        if content is not None:
            if text[content] not in "“\"«":     # quoted turns: the marks say where the words are
                spans.append(Span(content, para.end))
            in_turn = text[content] not in "“\"«"
        elif in_turn and transcript and text[para.start] not in "“\"«" \
                and not _TURN_LABEL.match(text, para.start, para.end) \
                and not _NARRATION.search(text, para.start, para.end):
            spans.append(Span(para.start, para.end))
        else:
            in_turn = False
    return spans


def quoted_spans(text: str) -> list[Span]:
    """Spans inside quotation marks, per paragraph, and the words of transcript turns. A transcript turn
    ("Name: \"...") or a paragraph that opens a quotation and never closes it is quoted to the end of the
    paragraph; a turn without marks ("Name: ...") and the paragraphs that continue it are quoted whole
    (`transcript_turns`)."""
    spans = _marked_spans(text)
    turns = transcript_turns(text)
    if not turns:
        return spans
    kept = [sp for sp in spans if not any(t.start <= sp.start < t.end for t in turns)]
    return sorted(kept + turns, key=lambda sp: sp.start)


def _marked_spans(text: str) -> list[Span]:
    spans = []
    for para in paragraphs(text):
        open_at = None
        for i in range(para.start, para.end):
            ch = text[i]
            if ch == "“" or (ch == '"' and open_at is None):
                if open_at is None:
                    open_at = i + 1
            elif (ch == "”" or ch == '"') and open_at is not None:
                spans.append(Span(open_at, i))
                open_at = None
        if open_at is not None:
            spans.append(Span(open_at, para.end))
    return spans


def inside(spans: list[Span], pos: int) -> bool:
    """Whether `pos` lies in one of `spans` (sorted and disjoint, as `quoted_spans` returns them)."""
    i = bisect_right(spans, pos, key=lambda sp: sp.start) - 1
    return i >= 0 and pos < spans[i].end


# ---------------------------------------------------------------- lead and statement date

def lead_sentences(text: str, count: int = 2) -> list[Span]:
    """The first `count` prose sentences: headings and one-line labels are skipped."""
    out = []
    for para in re.finditer(r"[^\n]+", text):           # paragraph by paragraph: stop as soon as we have them
        for s in sentences(text, Span(para.start(), para.end())):
            if is_heading(text, s) or not text[s.start:s.end].strip():
                continue
            out.append(Span(*_strip_span(text, s.start, s.end)))
            if len(out) == count:
                return out
    return out


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_heading(text: str, span: Span) -> bool:
    """A short line with no sentence-final punctuation: a headline, sub-heading or label."""
    line = text[span.start:span.end].strip()
    para_end = text.find("\n", span.start)
    whole_line = para_end == -1 or para_end >= span.end
    return whole_line and len(line.split()) < 20 and not re.search(r"[.!?:\"”’)…]$", line)


def statement_date_range(published: date | None, times: list[TimeExpression], text: str,
                         recent_days: int = 31) -> DateRange | None:
    """When a statement is reported without its own date, what the lead bounds it to.

    A lead ties the statement to recent events ("pledged to avenge airstrikes ... earlier this
    week"): the statement came after the earliest day those events allow and no later than
    publication. A time expression attached to the speech verb itself ("said on Monday") dates
    the statement exactly. Only recent, day- or range-precision expressions count; none → None.
    """
    if published is None:
        return None
    candidates = []
    for sent in lead_sentences(text):
        sentence = text[sent.start:sent.end]
        if not _SPEECH_VERB.search(sentence):
            continue                     # the lead must report the statement the expression is tied to
        for t in times_in(times, sent.start, sent.end):
            v = t.value
            if v is None or v.precision not in ("day", "range") or v.start > published:
                continue
            if (published - v.start).days > recent_days:
                continue
            if attached_to_speech_verb(text, sent, t) or _in_speech_clause(text, sent, t):
                return DateRange(v.start, min(v.end, published), v.precision if v.end <= published else "range")
            candidates.append(v)
    if not candidates:
        return None
    start = max(v.start for v in candidates)
    return DateRange.day(published) if start == published else DateRange(start, published, "range")


def attached_to_speech_verb(text: str, sent: Span, t: TimeExpression) -> bool:
    """ "said on Monday", "told reporters on Sunday", or a fronted "On Monday, X said"."""
    before = text[sent.start:t.start]
    if re.search(rf"\b(?:{SPEECH_VERBS})(?:\s+(?:reporters|journalists|\w+\s+TV))?\s+(?:on\s+|last\s+|this\s+)?$",
                 before):
        return True
    fronted = re.fullmatch(r"\s*(?:[Oo]n\s+|[Ll]ast\s+|[Ee]arlier\s+)?", before)
    return bool(fronted) and bool(_SPEECH_VERB.search(text[t.end:sent.end][:80]))


# ---------------------------------------------------------------- finding occasions

@dataclass
class _Phrase:
    start: int
    end: int
    kind: str
    medium: str | None
    anaphoric: bool


def find_occasions(text: str, published: date | None, times: list[TimeExpression]) -> list[Occasion]:
    quotes = quoted_spans(text)
    occasions: list[Occasion] = []
    lead_bound = _Once(lambda: statement_date_range(published, times, text))
    for sent in sentences(text):
        phrases = [p for p in _phrases(text, sent, times) if not inside(quotes, p.start)]
        if phrases and is_heading(text, sent):
            # a heading counts only when it dates the occasion it names: "The full transcript of
            # Al-Alam TV's interview with X on 8-2-2022"
            phrases = [p for p in phrases if not p.anaphoric and any(
                t.value is not None and t.value.precision == "day" for t in times_in(times, p.start, p.end))]
        if not phrases:
            continue
        if all(p.anaphoric and not p.medium for p in phrases) and occasions:
            # "Elsewhere in his remarks": the occasion already found; "The interview ... airs today"
            # may still date it
            _complete_date(occasions[-1], _date_of(text, sent, _merge(text, phrases), times))
            continue
        occasion = _merge(text, phrases)
        occasion.date = _date_of(text, sent, occasion, times)
        if occasion.date is None:
            # The lead bounds the statements the report gathers: reactions to the events it
            # dates were made after them and no later than publication ("told Press TV" in a
            # story about Monday's strikes, published Wednesday: Monday..Wednesday).
            occasion.date = lead_bound()
        occasions.append(occasion)
    return occasions


def _complete_date(occasion: Occasion, found: DateRange | None) -> None:
    """A later mention dates an occasion whose own phrase did not, or narrows a lead-bound range."""
    if found is None:
        return
    if occasion.date is None or (occasion.date.precision == "range" and occasion.date.contains(found)):
        occasion.date = found


class _Once:
    """A value computed on first use only: the lead bound is the same for every occasion of a document."""

    def __init__(self, compute):
        self._compute, self._done, self._value = compute, False, None

    def __call__(self):
        if not self._done:
            self._value, self._done = self._compute(), True
        return self._value


def _phrases(text: str, sent: Span, times: list[TimeExpression]) -> list[_Phrase]:
    sentence = text[sent.start:sent.end]
    masked = _mask_times(sentence, sent.start, times)
    found = []
    for m in _OCCASION_NP.finditer(masked):
        kind = next(OCCASION_NOUNS[i][0] for i in range(len(OCCASION_NOUNS)) if m.group(f"k{i}"))
        det = m["det"]
        if det.lower() in ("a", "an") and _is_plural(masked[m.start(f"k{KIND_RANK[kind]}"):m.end()], kind):
            continue                     # "a lot of interviews", "a number of comments": a quantity, not one occasion
        if det[0].isupper() and not re.search(r"['’]s?$", det) and det.lower() not in _ANAPHORIC | {"a", "an", "one"}:
            continue                     # "Reuters interview" style names are handled as media below
        if kind == "speech" and masked[m.start(f"k{KIND_RANK[kind]}"):m.end()].startswith("address") \
                and _NOT_SPEECH_ADDRESS.search(masked[:m.start(f"k{KIND_RANK[kind]}")]):
            continue                     # "his home address"
        start = m.start("intro") if m["intro"] else m.start("det")
        end = _phrase_end(masked, m.end())
        medium = _pre_noun_medium(m["mods"]) or _possessive_medium(det) or _medium_in(sentence[m.end():end])
        found.append(_Phrase(sent.start + start, sent.start + end, kind, medium, det.lower() in _ANAPHORIC))
    for m in _INTERVIEWED_BY.finditer(masked):
        medium = _clean_medium(m["medium"])
        if _is_media_name(medium):
            found.append(_Phrase(sent.start + m.start(), sent.start + _phrase_end(masked, m.end()), "interview",
                                 medium, False))
    for m in _AIRED_RELATIVE.finditer(masked):
        if any(p.start <= sent.start + m.start("noun") < p.end for p in found):
            continue                     # "in an interview that aired on ...": already read as an occasion noun
        noun = m["noun"].lower()
        kind = next((k for k, pat in OCCASION_NOUNS if re.fullmatch(pat, noun)), None) \
            or _BROADCAST_NOUN_KINDS.get(noun.rstrip("s"), "remarks")
        end = _phrase_end(masked, m.end())
        found.append(_Phrase(sent.start + m.start(), sent.start + end, kind,
                             _medium_in(sentence[m.start("noun"):end]), False))
    for m in _OWN_CHANNEL.finditer(masked):
        channel = m["channel"].lower()
        kind = "statement" if "site" in channel else "post"
        found.append(_Phrase(sent.start + m.start(), sent.start + m.end(), kind, None, False))
    for m in _TOLD.finditer(masked):
        phrase = _spoken_to(m, masked, sent.start, default_kind="interview")
        if phrase:
            found.append(phrase)
    for m in _SPEAKING_TO.finditer(masked):
        phrase = _spoken_to(m, masked, sent.start, default_kind="interview")
        if phrase:
            found.append(phrase)
    for m in _SPEAKING_AT.finditer(masked):
        venue = m["venue"].lower()
        kind = "press conference" if "conference" in venue and re.search(r"press|news", venue) else "speech"
        end = _phrase_end(masked, m.end())
        found.append(_Phrase(sent.start + m.start(), sent.start + end, kind, None, False))
    return found


def _is_plural(noun: str, kind: str) -> bool:
    return kind != "remarks" and noun.endswith("s") and not noun.endswith(("ss", "us")) or noun in ("comments",)


def _spoken_to(m: re.Match, masked: str, offset: int, default_kind: str) -> _Phrase | None:
    """ "told Press TV", "speaking to Al Jazeera", "told reporters on Sunday"."""
    if m["audience"]:
        audience = m["audience"]
        kind = next((k for p, k in AUDIENCE_KINDS if re.fullmatch(p, audience)), "remarks")
        if re.fullmatch(r"reporters|journalists|the\s+press", audience) and default_kind == "interview" \
                and m.group(0).lower().startswith(("speaking", "talking")):
            kind = "remarks"
        medium = None
    else:
        medium = _clean_medium(m["medium"])
        if not _is_media_name(medium):
            return None                  # "told Governor Tessaly": a person, not an occasion we can name
        kind = default_kind
    end = _phrase_end(masked, m.end())
    return _Phrase(offset + m.start(), offset + end, kind, medium, False)


def _phrase_end(masked: str, pos: int) -> int:
    """End of the phrase whose head ends at `pos`: the next boundary, without trailing white space
    or the sentence's full stop."""
    m = _PHRASE_END.search(masked, pos)
    end = m.start() if m else len(masked)
    while end > 0 and masked[end - 1] in " .\t" and not re.search(r"\b[A-Z]\.[A-Z]\.$", masked[:end]):
        end -= 1
    return end


def _mask_times(sentence: str, offset: int, times: list[TimeExpression]) -> str:
    """Time expressions replaced by placeholder letters of the same length: their commas
    ("May 5, 2021") must not end a phrase."""
    chars = list(sentence)
    for t in times_in(times, offset, offset + len(sentence)):
        for i in range(t.start - offset, t.end - offset):
            if chars[i] in ",.:-–—":
                chars[i] = "0"
    return "".join(chars)


# Broadcast nouns that are not occasion nouns, read as the occasion they usually are.
_BROADCAST_NOUN_KINDS = {"lecture": "speech", "sermon": "sermon", "eulogy": "speech", "talk": "speech",
                         "program": "remarks", "programme": "remarks", "show": "remarks", "video": "remarks"}


def _possessive_medium(det: str) -> str | None:
    """ "Al-Alam TV's interview with X": the possessive owner of the occasion is its medium when it is one."""
    m = re.fullmatch(r"(?P<name>.+?)['’]s?", det)
    if m and _is_media_name(m["name"]):
        return m["name"]
    return None


def _pre_noun_medium(mods: str) -> str | None:
    """ "in an Al Jazeera interview", "in a Press TV interview"."""
    m = re.fullmatch(rf"\s*(?P<medium>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)\s*", mods or "")
    if m and _is_media_name(m["medium"]):
        return m["medium"]
    return None


def _medium_in(tail: str) -> str | None:
    for m in _AIRED_ON.finditer(tail):
        medium = _clean_medium(m["medium"])
        if not _is_calendar_word(medium):
            return medium                # "released on Sunday" names a day, not a channel
    for m in _WITH_MEDIUM.finditer(tail):
        medium = _clean_medium(m["medium"])
        if _is_media_name(medium):
            return medium
    return None


_CALENDAR = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                       r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                       r"Sep|Sept|Oct|Nov|Dec)\b\.?|\d")


def _is_calendar_word(name: str) -> bool:
    return bool(_CALENDAR.match(name))


def _clean_medium(name: str) -> str:
    name = name.strip()
    name = re.sub(r"\s+(?:of|al)$", "", name)
    # a sentence's full stop is not part of "Press TV." (but keep "U.S." style acronyms)
    if name.endswith(".") and name.split()[-1].count(".") == 1:
        name = name[:-1]
    return name


def _is_media_name(name: str | None) -> bool:
    if not name:
        return False
    words = name.split()
    if words[-1].lower().strip(".") in MEDIA_WORDS:
        return True
    if len(words) > 1 and words[0].lower() in {"radio", "tv", "television", "channel"}:
        return True                      # "Radio Ostra", "Channel 12"
    return name.lower() in KNOWN_OUTLETS or re.sub(r"^the\s+", "", name.lower()) in KNOWN_OUTLETS


def _merge(text: str, phrases: list[_Phrase]) -> Occasion:
    """One occasion per sentence: the most specific kind, the first medium, the span over all phrases."""
    best = min(phrases, key=lambda p: KIND_RANK.get(p.kind, len(KIND_RANK)))
    start = min(p.start for p in phrases)
    end = max(p.end for p in phrases)
    medium = best.medium or next((p.medium for p in phrases if p.medium), None)
    return Occasion(start=start, end=end, text=text[start:end], kind=best.kind, medium=medium)


def _date_of(text: str, sent: Span, occasion: Occasion, times: list[TimeExpression]) -> DateRange | None:
    """A date in the occasion phrase itself, else one tied to the sentence's speech verb."""
    own = times_in(times, occasion.start, occasion.end)
    if own:
        return own[0].value
    for t in times_in(times, sent.start, sent.end):
        if attached_to_speech_verb(text, sent, t) or _fronted(text, sent, t):
            return t.value
    return None


def _in_speech_clause(text: str, sent: Span, t: TimeExpression) -> bool:
    """`Wang Yi revealed the truth about Xinjiang on Tuesday, refuting ...`: the date closes the clause whose
    verb reports speech, with no subordinate clause (that/which/after ...) opening between them."""
    if t.value is None or t.value.precision != "day":
        return False
    clause = re.split(r",", text[sent.start:t.start])[-1]
    m = None
    for m in _SPEECH_VERB.finditer(clause):
        pass
    if m is None:
        return False
    between = clause[m.end():]
    return not re.search(r"\b(?:that|which|who|whom|when|after|before|since|following|because|while|as)\b",
                         between) and len(between.split()) <= 14


def _fronted(text: str, sent: Span, t: TimeExpression) -> bool:
    """`On September 24 local time, Wang Yi ... delivered a keynote speech`: a day-precise date opening the
    sentence dates everything the sentence reports."""
    before = text[sent.start:t.start]
    after = text[t.end:sent.end]
    return (t.value is not None and t.value.precision == "day"
            and bool(re.fullmatch(r"\s*(?:[Oo]n|[Oo]n\s+the\s+evening\s+of|[Ll]ate\s+on)?\s*", before))
            and bool(re.match(r"[^,]{0,30},", after)))

