"""Find what was said: direct quotes, transcript turns, colon lead-ins, indirect and mixed speech.

The finder works in passes over one document, each pass claiming character ranges so that a
later pass never re-reads text an earlier one attributed:

1. quotation marks are paired per paragraph (straight, curly, guillemets, single), unclosed
   marks run to the end of the paragraph;
2. transcript turns (`Name: "..."`, `Interviewer: ...`) and the paragraphs that continue them;
3. colon lead-ins (`He clarified: The regime ...`) run to the end of the paragraph;
4. marked quotes get their cue and speaker from the text around them, or continue the speaker
   of the previous quotation;
5. reported clauses after a cue (`said that ...`, `stressed that ...`, `, adding that ...`),
   inverted cues (`..., the minister said.`) and `according to X`.

Speakers are *references* here (a name span, a pronoun, a description, a transcript label);
`speakers.SpeakerResolver` turns them into entities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from onrecord.extract import cues as C
from onrecord.extract.text import OPEN_MARKS, Span, paragraphs, sentences, sentence_at, trim
from onrecord.models import Mention


@dataclass
class SpeakerRef:
    """How the text points at a speaker, before resolution."""
    kind: str                 # name | pronoun | description | label | continuation | none
    text: str | None = None
    start: int | None = None
    end: int | None = None
    mention: Mention | None = None


@dataclass
class QuoteCandidate:
    start: int
    end: int
    kind: str                 # direct | indirect | mixed
    ref: SpeakerRef
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    confidence: float = 0.5
    paragraph: int = 0
    sentence_start: int = 0


@dataclass
class _Marked:
    """A quotation delimited by marks: content span, and whether the closing mark was found."""
    open: int
    close: int | None          # index of the closing mark, None when unclosed
    content: Span
    paragraph: int
    at_paragraph_start: bool = False


# -------------------------------------------------------------------------------- quotation marks

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"


def _letter(ch: str) -> bool:
    return ch.isalnum()


def find_marked(text: str, para: Span, index: int) -> list[_Marked]:
    """Pair quotation marks inside one paragraph. Marks nested inside an open double quotation are
    part of it; single marks only open a quotation where they cannot be apostrophes."""
    out: list[_Marked] = []
    open_at: int | None = None
    kind: str | None = None          # "double" | "single"
    i = para.start
    while i < para.end:
        ch = text[i]
        prev = text[i - 1] if i > para.start else " "
        nxt = text[i + 1] if i + 1 < para.end else " "
        if open_at is None:
            if ch in _DOUBLE_OPEN or (ch == '"' and not nxt.isspace()) or (
                    ch == "”" and (i == para.start or prev.isspace()) and _letter(nxt)):
                open_at, kind = i, "double"
            elif (ch in _SINGLE_OPEN or ch == "'") and not _letter(prev) and _letter(nxt):
                open_at, kind = i, "single"
        elif kind == "double":
            if ch == "'" and nxt == "'":            # old wire style: "It was a great quarter,'' he said
                out.append(_Marked(open_at, i + 1, Span(open_at + 1, i), index, open_at == para.start))
                open_at = None
                i += 2
                continue
            closes = ch in _DOUBLE_CLOSE or ch == '"' or (
                ch == "“" and not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?"))  # mismatched “...“
            if closes:
                out.append(_Marked(open_at, i, Span(open_at + 1, i), index, open_at == para.start))
                open_at = None
        elif kind == "single":
            if (ch in _SINGLE_CLOSE or ch == "'") and not (_letter(prev) and _letter(nxt)) and not _letter(nxt):
                out.append(_Marked(open_at, i, Span(open_at + 1, i), index, open_at == para.start))
                open_at = None
            elif ch in _DOUBLE_OPEN:   # a single mark that was an apostrophe after all
                open_at, kind = i, "double"
        i += 1
    if open_at is not None and kind == "double":
        out.append(_Marked(open_at, None, Span(open_at + 1, para.end), index, open_at == para.start))
    return out


def _is_name_in_marks(s: str) -> bool:
    """`“Qais Al-Khazali”`: a name in marks, not a statement."""
    ws = C_words(s)
    return 0 < len(ws) <= 4 and all(w[0].isupper() or w.lower() in ("al", "el", "bin", "ibn", "of", "the")
                                    for w in ws) and not re.search(r"[.!?]$", s.strip())


def C_words(s: str) -> list[str]:
    return re.findall(r"[\w][\w'’\-]*", s)


def is_statement(content: str) -> bool:
    """Long enough to be a statement rather than a scare-quoted phrase."""
    s = content.strip()
    ws = C_words(s)
    if _is_name_in_marks(s):
        return False
    if len(ws) >= 5:
        return True
    return len(ws) >= 3 and bool(re.search(r"[.!?…,]$", s))


# -------------------------------------------------------------------------------- subject finding

_PRONOUN_RE = re.compile(r"\b(he|she|He|She)$")
_NAMEISH_RE = re.compile(
    r"((?:Sheikh|Dr\.|Mr\.|Mrs\.|Ms\.|Gen\.|General|President|Minister)?\s*"
    r"[A-Z][\w'’\-]*(?:\s+(?:(?:al|el|Al|El|bin|ibn|Abu|abu|de|van|von)[\-\s])?[A-Z][\w'’\-]*){0,3})$")
_DESCRIPTION_RE = re.compile(
    r"\b((?:the|The|this|This|that|That|a|A|an|An|His|Her|his|her)\s+(?:[\w'’\-]+\s+){0,9}?[\w'’\-]+)$"
    r"|^((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*)$")   # a bare capitalised role: "Ambassador also said"
_LEADING_ADVERBIAL_RE = re.compile(r"^(?:In|During|On|At|After|Before|Elsewhere|Speaking|Earlier|Later|Meanwhile|According to|"
                                   r"Also|However|Separately|Asked|Responding|In response)\b[^,]{0,160},\s*")


_TIME_TAIL_RE = re.compile(r"\s+(?:on\s+)?(?:(?:last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|yesterday|today|tonight|week|night|morning|evening)"
                           r"(?:\s+(?:night|morning|evening|afternoon))?\s*$")
_DATELINE_RE = re.compile(r"^(?:[A-Z][A-Z .'’]{2,40}(?:,\s*[A-Z][\w .'’]{1,40})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+"
                          r"|[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,2}(?:,\s*[A-Z][\w .'’]{1,40})?\s*"
                          r"(?:\([^)]{1,40}\))?\s*[–—]+)\s*")


def _strip_adverbs(region: str) -> str:
    """Drop adverbs, auxiliaries and a time phrase between a subject and its cue: 'Khazali has further'
    -> 'Khazali', 'Kataib Hezbollah on Tuesday' -> 'Kataib Hezbollah'."""
    prev = None
    while prev != region:
        prev = region
        region = _TIME_TAIL_RE.sub("", region)
        region = re.sub(rf"\s+(?:{'|'.join(re.escape(a) for a in C.CUE_ADVERBS)})\s*$", "", region)
    return region.rstrip()


class SubjectFinder:
    """Finds the reference to the speaker in the text right before a cue."""

    def __init__(self, text: str, mentions: list[Mention]):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)

    def mention_ending_at(self, end: int, types=("PER", "ORG")) -> Mention | None:
        for m in self.mentions:
            if m.type in types and m.end == end:
                return m
            if m.start > end:
                break
        return None

    def mentions_in(self, start: int, end: int, types=("PER",)) -> list[Mention]:
        return [m for m in self.mentions if m.type in types and start <= m.start and m.end <= end]

    def before(self, clause_start: int, cue_start: int) -> SpeakerRef:
        text = self.text
        raw = text[clause_start:cue_start]
        region = _strip_adverbs(raw)
        end = clause_start + len(region)
        region = region.rstrip(" ,")
        end = clause_start + len(region)
        if not region.strip():
            return SpeakerRef("none")
        # 1. a person named right before the cue (Khazali said / Sheikh Khazaali underscored)
        m = self.mention_ending_at(end, ("PER",))
        if m is not None:
            return SpeakerRef("name", m.text, m.start, m.end, m)
        # 2. a pronoun
        pm = _PRONOUN_RE.search(region)
        if pm:
            return SpeakerRef("pronoun", pm.group(1), clause_start + pm.start(1), clause_start + pm.end(1))
        # 2b. a description that is the whole subject, commas and all ("The maker of the iPhone, iPods and Macs")
        whole = region.strip()
        dm = re.match(r"(?:the|The|this|This|a|A|an|An|His|Her)\s", whole)
        if dm and not self.mentions_in(clause_start, end) and self.mention_ending_at(end) is None \
                and (self._has_person_noun(whole.split(",")[0]) or self._has_org_noun(whole.split(",")[0])):
            s0 = clause_start + (len(region) - len(region.lstrip()))
            return SpeakerRef("description", whole, s0, s0 + len(whole))
        # 3. an apposition: "Qais Khazali, Secretary-General of X said" -> the name before the comma
        tail_start = region.rfind(",")
        tail_has_person = tail_start > 0 and bool(self.mentions_in(clause_start + tail_start, end))
        if tail_start > 0 and not tail_has_person:
            # the part after the comma is an apposition only if it names no other person
            head = region[:tail_start].rstrip()
            before_comma = self.mention_ending_at(clause_start + len(head), ("PER",))
            if before_comma is None and not self._has_person_noun(region[tail_start + 1:]) \
                    and len(C_words(region[tail_start + 1:])) <= 6:
                before_comma = self.mention_ending_at(clause_start + len(head), ("ORG",))
            if before_comma is not None:
                return SpeakerRef("name", before_comma.text, before_comma.start, before_comma.end, before_comma)
        clause = region[tail_start + 1:] if tail_start >= 0 else region
        clause_off = end - len(clause)
        # 4. a description: "the Asaib leader", "The Brussels-based analyst", "A political commentator"
        dm = _DESCRIPTION_RE.search(clause.strip())
        lead = len(clause) - len(clause.lstrip())
        if dm and dm.start() == 0:
            desc = dm.group(1) or dm.group(2)
            bare = dm.group(1) is None
            # "the Dawn Movement wrote" names an organisation; "the group wrote" describes one
            org_description = self._has_org_noun(desc) and self.mention_ending_at(end) is None
            if (self._has_person_noun(desc) or org_description) and \
                    (not bare or desc.split()[-1].lower() in C.PERSON_NOUNS):
                s = clause_off + lead + dm.start(1 if not bare else 2)
                return SpeakerRef("description", desc if not bare else "the " + desc, s, s + len(desc))
        # 4b. an organisation speaking: "Hezbollah said" -- unless it only qualifies the person before it
        # ("Patrol Chief James Hall with the New York Police Department said")
        m = self.mention_ending_at(end, ("ORG",))
        if m is not None:
            pers = self.mentions_in(clause_start, m.start)
            if pers and re.search(r"\b(?:with|of|at|from|for|in)\s+(?:the\s+)?$", text[clause_start:m.start]):
                p = pers[-1]
                return SpeakerRef("name", p.text, p.start, p.end, p)
            return SpeakerRef("name", m.text, m.start, m.end, m)
        # 5. a person named earlier in the subject: "Qais Khazali ... praised X and said that"
        pers = self.mentions_in(clause_start, end)
        if pers and len(C_words(re.split(r"[,;:–—]", text[clause_start:pers[0].start])[-1])) <= 6:
            p = pers[0]
            return SpeakerRef("name", p.text, p.start, p.end, p)
        # 5b. an organisation opening the subject: "IHS Global Insight economists in Lexington project"
        orgs = self.mentions_in(clause_start, end, ("ORG",))
        if orgs and len(C_words(text[clause_start:orgs[0].start])) <= 1:
            o = orgs[0]
            return SpeakerRef("name", o.text, o.start, o.end, o)
        # 6. a capitalised name the recogniser missed, right before the cue
        nm = _NAMEISH_RE.search(clause.strip())
        if nm and nm.start() == 0 or (nm and len(C_words(clause)) <= 4):
            name = nm.group(1).strip()
            if name and name.split()[0] not in ("The", "This", "It", "They", "We", "I", "There"):
                s = clause_off + lead + nm.start(1) + (len(nm.group(1)) - len(nm.group(1).lstrip()))
                if not self.mentions_in(s, s + len(name), ("LOC", "ORG")):
                    return SpeakerRef("name", name, s, s + len(name))
        return SpeakerRef("none")

    @staticmethod
    def _has_org_noun(desc: str) -> bool:
        """`the company`, `A pro-Iran group in Iraq`, `The maker of the iPhone`: an organisation speaking."""
        head = re.split(r"\s+(?:of|in|at|from|for|with|on|based)\s+", desc.lower())[0]
        return head.split()[-1] in C.ORG_NOUNS if head.split() else False

    @staticmethod
    def _has_person_noun(desc: str) -> bool:
        low = desc.lower().replace("-", " ")
        ws = set(re.findall(r"[a-z]+", low))
        return bool(ws & C.PERSON_NOUNS) or "secretary general" in low


# -------------------------------------------------------------------------------- the finder

_CUE_OR_PARTICIPLE_RE = re.compile(
    rf"{C.CUE_RE.pattern}|\b(?:telling|saying|adding|noting|stressing|warning|explaining|insisting|declaring)\b")

_LABEL_RE = re.compile(
    r"(?P<label>(?:[A-Z][\w.'’\-]*|(?:al|el|Al|El)-[A-Z][\w'’\-]*)"
    r"(?:[ \t]+(?:[A-Z][\w.'’\-]*|(?:al|el|Al|El)-[\w'’\-]+|bin|ibn|abu|de|van|von|of|the)){0,4})"
    r"[ \t]*:[ \t]*(?P<content>\S)")
# An introduction announcing that a transcript follows ("Following are excerpts from an address ...").
_TRANSCRIPT_MARKER_RE = re.compile(r"\b(?:[Ff]ollowing (?:are|is) (?:excerpts?|a transcript|the transcript)|"
                                   r"[Ee]xcerpts? from|[Tt]ranscript|[Tt]he following is)\b")

_NOT_LABELS = {"note", "update", "source", "photo", "editor's note", "editor’s note", "related", "read more",
               "comment", "story code", "news id", "publish date", "tags", "share", "video", "watch", "also read",
               "see also", "caption", "credit", "image", "date", "time", "location", "subject", "title",
               "breaking", "exclusive", "opinion", "analysis", "update", "warning", "correction", "disclaimer"}
_FUNCTION_WORDS = {"The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "In", "On", "At",
                   "But", "And", "A", "An", "His", "Her", "Their", "There", "However", "Meanwhile", "As", "For"}


def _headline_case(s: str) -> bool:
    ws = [w for w in C_words(s) if len(w) > 3]
    return len(ws) >= 3 and sum(w[0].isupper() for w in ws) / len(ws) > 0.8


class QuoteFinder:
    def __init__(self, text: str, mentions: list[Mention]):
        self.text = text
        self.paras = paragraphs(text)
        self.sents = sentences(text)
        self.subjects = SubjectFinder(text, mentions)
        self.claimed: list[tuple[int, int]] = []
        self.marked: list[_Marked] = []
        for i, p in enumerate(self.paras):
            self.marked.extend(find_marked(text, p, i))
        self.out: list[QuoteCandidate] = []
        self.used_cues: set[int] = set()      # cue positions that already introduced a quote

    # -- bookkeeping
    def _claimed(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.claimed)

    def _add(self, start: int, end: int, kind: str, ref: SpeakerRef, cue=None, cue_start=None, cue_end=None,
             confidence=0.5, paragraph=0, claim: tuple[int, int] | None = None) -> QuoteCandidate | None:
        start, end = trim(self.text, start, end, " \t\n")
        if end - start < 2:
            return None
        sent = sentence_at(self.sents, start)
        q = QuoteCandidate(start, end, kind, ref, cue, cue_start, cue_end, confidence, paragraph,
                           sent.start if sent else start)
        self.out.append(q)
        self.claimed.append(claim or (start, end))
        return q

    def _para_index(self, pos: int) -> int:
        for i, p in enumerate(self.paras):
            if p.start <= pos < p.end:
                return i
        return -1

    # -- passes
    def find(self) -> list[QuoteCandidate]:
        self._transcript_turns()
        self._colon_leadins()
        self._announcements()
        self._bullet_leadins()
        self._marked_quotes()
        self._reported_clauses()
        # words in marks inside a reported clause belong to that (mixed) quote, not to a second one
        kept = [q for q in self.out
                if not any(o is not q and o.start <= q.start and q.end <= o.end and (o.end - o.start) > (q.end - q.start)
                           for o in self.out)]
        kept.sort(key=lambda q: q.start)
        self.out = kept
        return kept

    def _label_of(self, para: Span) -> tuple[str, int, int, int] | None:
        """(label, label_start, label_end, content_start) when the paragraph opens with a speaker label."""
        m = _LABEL_RE.match(self.text, para.start, para.end)
        if not m:
            return None
        label = m.group("label")
        low = label.lower()
        words_ = label.split()
        if low in _NOT_LABELS or C.CUE_RE.search(label):
            return None
        if words_[0] in _FUNCTION_WORDS and low not in C.ROLE_LABELS:
            return None
        content = self.text[m.start("content"):para.end]
        if low not in C.ROLE_LABELS:
            if _headline_case(content) or len(words_) > 5:
                return None
        return label, m.start("label"), m.end("label"), m.start("content")

    def _transcript_turns(self):
        labels = {i: self._label_of(p) for i, p in enumerate(self.paras)}
        if not any(labels.values()):
            return
        first = min((i for i, v in labels.items() if v), default=0)
        is_transcript = sum(1 for v in labels.values() if v) >= 2 or bool(_TRANSCRIPT_MARKER_RE.search(
            self.text, 0, self.paras[first].start))
        last_ref: SpeakerRef | None = None
        markless = False
        for i, para in enumerate(self.paras):
            lab = labels[i]
            if lab:
                label, ls, le, cs = lab
                ref = SpeakerRef("label", label, ls, le)
                s, e, unclosed = self._turn_content(cs, para)
                markless = self.text[cs] not in OPEN_MARKS
                self._add(s, e, "direct", ref, "transcript label", ls, le, 0.95, i, claim=(para.start, para.end))
                last_ref = ref
            elif last_ref is not None:
                starts_with_mark = self.text[para.start] in OPEN_MARKS
                if starts_with_mark or (markless and is_transcript and not self._narrative(para)):
                    s, e, _ = self._turn_content(para.start, para)
                    cont = SpeakerRef("label", last_ref.text, last_ref.start, last_ref.end)
                    self._add(s, e, "direct", cont, "transcript label", last_ref.start, last_ref.end, 0.85, i,
                              claim=(para.start, para.end))
                else:
                    last_ref = None

    def _narrative(self, para: Span) -> bool:
        """A paragraph that reports speech in the third person ("He added that ...") is not a turn."""
        for m in C.CUE_RE.finditer(self.text, para.start, para.end):
            sent = sentence_at(self.sents, m.start())
            start = sent.start if sent else para.start
            # a sentence opening on its subject and cue ("He added that", "Nasrallah said"), not a cue deep
            # inside the speaker's own first-person words
            if len(C_words(self.text[start:m.start()])) <= 5 and \
                    self.subjects.before(start, m.start()).kind not in ("none",):
                return True
        return False

    def _turn_content(self, cs: int, para: Span) -> tuple[int, int, bool]:
        """The spoken words of a turn: inside its marks when it is quoted, else the rest of the paragraph."""
        if self.text[cs] in OPEN_MARKS:
            for mk in self.marked:
                if mk.open == cs:
                    if mk.close is None:
                        return mk.content.start, para.end, True
                    rest = self.text[mk.close + 1:para.end]
                    if re.fullmatch(r"[\s.,;:!?…\"”'’]*", rest):
                        return mk.content.start, mk.close, False
                    return cs, para.end, False
        return cs, para.end, False

    def _colon_leadins(self):
        """`He clarified: The Zionist regime ...` / `The Secretary General of X said: What ...` and the
        comma form `He continued, the issue of Palestine ...`: the words run to the paragraph end."""
        for i, para in enumerate(self.paras):
            if self._claimed(para.start):
                continue
            for sent in sentences(self.text, para):
                seg = self.text[sent.start:para.end]
                m = re.search(rf"(?P<cue>{C.CUE_RE.pattern})(?P<tail>[^:.!?\"“”]{{0,200}}?):\s+(?P<c>\S)", seg)
                comma = None
                if not m:
                    comma = re.match(rf"(?P<subj>(?:He|She)|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}})\s+"
                                     rf"{C.ADVERBS_RE}(?P<cue>continued|added|said|went on|concluded|stressed)"
                                     rf",\s+(?P<c>[a-z])", seg)
                    m = comma
                if not m:
                    continue
                cue_s, cue_e = sent.start + m.start("cue"), sent.start + m.end("cue")
                c_start = sent.start + m.start("c")
                if cue_s >= sent.end or self.text[c_start] in OPEN_MARKS or self._claimed(cue_s):
                    continue
                if not comma and len(C_words(m.group("tail"))) > 25:
                    continue
                ref = self.subjects.before(self._clause_start(sent, cue_s), cue_s)
                if ref.kind == "none":
                    continue
                self._add(c_start, para.end, "direct", ref, self.text[cue_s:cue_e], cue_s, cue_e, 0.8, i,
                          claim=(sent.start, para.end))
                break

    def _bullet_leadins(self):
        """`Nasrallah said during his address ... :` then `– Lebanon has ...` paragraphs: each bullet is the
        speaker's words."""
        for i, para in enumerate(self.paras):
            seg = self.text[para.start:para.end]
            if not seg.rstrip().endswith(":") or self._claimed(para.start):
                continue
            cue = None
            for cue in C.CUE_RE.finditer(seg):
                break
            if cue is None:
                continue
            cs = para.start + cue.start()
            sent = sentence_at(self.sents, cs)
            ref = self.subjects.before(self._clause_start(sent, cs) if sent else para.start, cs)
            if ref.kind == "none":
                continue
            for nxt in self.paras[i + 1:]:
                b = re.match(r"[-–—•*·▪●]\s+", self.text[nxt.start:nxt.end])
                if not b or self._claimed(nxt.start):
                    break
                self._add(nxt.start + b.end(), nxt.end, "direct", ref, cue.group(), cs, cs + len(cue.group()), 0.75,
                          self._para_index(nxt.start), claim=(nxt.start, nxt.end))

    def _announcements(self):
        """`X started the press conference with the following announcements.` / `... issued the following
        statement:` -- the paragraphs after it, up to the next transcript turn, are X's words."""
        for i, para in enumerate(self.paras):
            m = re.search(r"\b(?:the\s+following|these)\s+(?:announcements?|statements?|remarks|message|"
                          r"comments?|words)\s*[.:]\s*$", self.text[para.start:para.end])
            if not m or self._claimed(para.start):
                continue
            cue_s = para.start + m.start()
            sent = sentence_at(self.sents, cue_s)
            ref = self.subjects.before(self._clause_start(sent, cue_s) if sent else para.start, cue_s)
            if ref.kind == "none":
                # "X started the press conference with ...": the person opening the sentence
                pers = self.subjects.mentions_in(sent.start if sent else para.start, cue_s)
                if not pers:
                    continue
                ref = SpeakerRef("name", pers[0].text, pers[0].start, pers[0].end, pers[0])
            for nxt in self.paras[i + 1:]:
                if self._claimed(nxt.start) or self._label_of(nxt):
                    break
                self._add(nxt.start, nxt.end, "direct", ref, self.text[cue_s:para.start + m.end()].strip(" .:"),
                          cue_s, para.start + m.end(), 0.7, self._para_index(nxt.start), claim=(nxt.start, nxt.end))

    def _clause_start(self, sent: Span, cue_start: int) -> int:
        """Where the subject of a cue can start: the sentence start, past a leading adverbial."""
        seg = self.text[sent.start:cue_start]
        d = _DATELINE_RE.match(seg)            # "TEHRAN (Tasnim) – The secretary-general ... said"
        off = d.end() if d else 0
        m = _LEADING_ADVERBIAL_RE.match(seg, off)
        return sent.start + (m.end() if m else off)

    # -- marked quotations
    def _marked_quotes(self):
        last_speaker_ref: SpeakerRef | None = None
        last_para = -10
        for mk in self.marked:
            if self._claimed(mk.open) or self._claimed(mk.content.start):
                continue
            content = self.text[mk.content.start:mk.content.end]
            if not is_statement(content) and not mk.at_paragraph_start:
                continue
            if not content.strip():
                continue
            para = self.paras[mk.paragraph]
            cue = self._cue_after(mk, para) or self._cue_before(mk, para)
            if cue:
                ref, cue_text, cs, ce, conf = cue
                self.used_cues.add(cs)
                q = self._add(mk.content.start, mk.content.end, "direct", ref, cue_text, cs, ce, conf, mk.paragraph)
                if q and ref.kind != "none":
                    last_speaker_ref, last_para = ref, mk.paragraph
                continue
            if not is_statement(content):
                continue
            # no cue: the quotation continues the previous speaker (the next paragraph of a quote, or the
            # second half of a split quote)
            if last_speaker_ref is not None and mk.paragraph - last_para <= 2:
                self._add(mk.content.start, mk.content.end, "direct", SpeakerRef("continuation"), None, None,
                          None, 0.7, mk.paragraph)
                last_para = mk.paragraph
            elif len(C_words(content)) >= 8:
                # a continuation of speech reported just before (indirectly), resolved later
                self._add(mk.content.start, mk.content.end, "direct", SpeakerRef("continuation"), None, None,
                          None, 0.5, mk.paragraph)
                last_para = mk.paragraph

    def _cue_after(self, mk: _Marked, para: Span):
        if mk.close is None:
            return None
        after = self.text[mk.close + 1:para.end]
        sent_end = re.search(r"[.!?](?=\s|$)|$", after).start()
        seg = after[:sent_end + 1] if sent_end < len(after) else after
        base = mk.close + 1
        # ", Khazaali pointed out." / ", he said." / ", the minister told reporters."
        m = re.match(rf"\s*[,.]?\s*(?P<subj>[^,.;:!?\"“”]{{1,80}}?)\s+{C.ADVERBS_RE}(?P<cue>{C.CUE_RE.pattern})",
                     seg)
        if m and len(C_words(m.group("subj"))) <= 10:
            cs, ce = base + m.start("cue"), base + m.end("cue")
            ref = self.subjects.before(base + m.start("subj"), cs)
            if ref.kind != "none":
                return ref, self.text[cs:ce], cs, ce, 0.9
        # ", said the chief of Hezbollah, adding that ..."
        m = re.match(rf"\s*,?\s*(?P<cue>{C.CUE_RE.pattern})\s+(?P<subj>(?:the|a|an)\s+[^,.;:!?\"“”]{{1,80}}?)"
                     rf"\s*(?:[,.;!?]|$)", seg)
        if m:
            s0 = base + m.start("subj")
            ref = self.subjects.before(s0, base + m.end("subj"))
            if ref.kind == "description":
                cs, ce = base + m.start("cue"), base + m.end("cue")
                return ref, self.text[cs:ce], cs, ce, 0.85
        # ", said Khazali."
        m = re.match(rf"\s*,?\s*(?P<cue>{C.CUE_RE.pattern})\s+(?P<subj>[A-Z][^,.;:!?]{{0,60}})", seg)
        if m:
            cs, ce = base + m.start("cue"), base + m.end("cue")
            s = base + m.start("subj")
            ms = [x for x in self.subjects.mentions if x.start >= s and x.end <= base + m.end("subj")
                  and x.type in ("PER", "ORG")]
            if ms:
                return SpeakerRef("name", ms[0].text, ms[0].start, ms[0].end, ms[0]), self.text[cs:ce], cs, ce, 0.9
        return None

    def _cue_before(self, mk: _Marked, para: Span):
        sent = sentence_at(self.sents, mk.open)
        start = sent.start if sent and sent.start >= para.start else para.start
        # stop at the previous quotation in the same sentence
        for other in self.marked:
            if other.close is not None and start <= other.close < mk.open:
                start = other.close + 1
        seg = self.text[start:mk.open]
        m = None
        for m in _CUE_OR_PARTICIPLE_RE.finditer(seg):
            pass
        if m is None:
            return None
        tail = seg[m.end():]
        # "He said, " / "Khazali said: " / "told reporters: " / "said in a statement that "
        if not re.fullmatch(r"(?:\s+[\w'’.\-$%]+){0,12}?\s*(?:that)?\s*[,:]?\s*", tail):
            return None
        if re.search(r"\bthat\s+\S", tail):
            return None      # 'added that his fighters "will not ..."': words inside a reported clause
        cs, ce = start + m.start(), start + m.end()
        sent_start = self._clause_start(sent, cs) if sent else start
        ref = self.subjects.before(max(sent_start, start), cs)
        if ref.kind == "none":
            return None
        return ref, self.text[cs:ce], cs, ce, 0.9

    # -- reported speech
    def _reported_clauses(self):
        for sent in self.sents:
            pos = sent.start
            while pos < sent.end:
                m = C.CUE_RE.search(self.text, pos, sent.end)
                if not m:
                    break
                pos = m.end()
                cs, ce = m.start(), m.end()
                if self._claimed(cs) or cs in self.used_cues:
                    continue
                clause = self._complement(m.group(), ce, sent)
                if clause is None:
                    continue
                c_start, c_end = clause
                ref = self.subjects.before(self._clause_start(sent, cs), cs)
                if ref.kind == "none":
                    continue
                produced = self._emit_clauses(c_start, c_end, ref, m.group(), cs, ce, sent)
                if produced:
                    pos = c_end
            self._participles(sent)
            self._fronted_participle(sent)
            self._naming(sent)
            self._inverted(sent)

    def _clause_end(self, pos: int, sent: Span) -> int:
        m = re.search(r",\s+(?:and|but|while|which|who|as|after|before|adding|saying|calling)\b|[;—–]|$",
                      self.text[pos:sent.end])
        return pos + m.start() if m else sent.end

    def _fronted_participle(self, sent: Span):
        """`Noting that 'Israel' is a racist entity, he said “...”`: the fronted clause is the speaker's too."""
        m = re.match(rf"(?P<cue>Noting|Stressing|Adding|Saying|Warning|Insisting|Emphasi[sz]ing|Pointing out|"
                     rf"Asserting|Explaining|Arguing|Claiming|Underlining|Reiterating)\s+that\s+(?P<clause>.+?),\s+"
                     rf"(?P<subj>he|she|they|the\s+[\w\s'’-]{{1,40}}?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})\s+"
                     rf"{C.ADVERBS_RE}(?P<verb>{C.CUE_RE.pattern})", self.text[sent.start:sent.end])
        if not m or self._claimed(sent.start):
            return
        verb_s = sent.start + m.start("verb")
        ref = self.subjects.before(sent.start + m.start("subj"), verb_s)
        if ref.kind == "none":
            return
        s, e = trim(self.text, sent.start + m.start("clause"), sent.start + m.end("clause"), " \t\n,;:")
        cs = sent.start + m.start("cue")
        if len(C_words(self.text[s:e])) >= 3:
            self._add(s, e, self._kind_of(s, e), ref, m.group("cue"), cs, cs + len(m.group("cue")), 0.7,
                      self._para_index(s))

    def _naming(self, sent: Span):
        """`Todd Lehmacher called the impact of the weather "pretty minimal"`: what a speaker called
        something is speech only through the words in marks; the quote runs to their end."""
        seg = self.text[sent.start:sent.end]
        for m in re.finditer(r"\b(?P<cue>called|calls|described|describes|termed|terms|dubbed|labeled|labelled)\s+"
                             r"(?P<obj>[^\"“”]{1,120}?)[\"“](?P<words>[^\"“”]{2,200})[\"”]", seg):
            cs = sent.start + m.start("cue")
            if self._claimed(cs) or cs in self.used_cues:
                continue
            ref = self.subjects.before(self._clause_start(sent, cs), cs)
            if ref.kind == "none":
                continue
            # the quoted words and what the clause says of them, as for ", calling it a “...” of ..."
            s, e = trim(self.text, sent.start + m.end("obj"), self._clause_end(sent.start + m.end("words"), sent),
                        " \t\n,;:.")
            self.used_cues.add(cs)
            self._add(s, e, "mixed", ref, m.group("cue"), cs, cs + len(m.group("cue")), 0.7, self._para_index(s))

    def _participles(self, sent: Span):
        """`X condemned the strikes, calling them a “flagrant violation”` / `..., saying that ...`: a
        participial cue after a main verb that is not itself a speech cue."""
        for pm in C.PARTICIPLE_RE.finditer(self.text, sent.start, sent.end):
            if self._claimed(pm.start("cue")) or pm.start("cue") in self.used_cues:
                continue
            after = self.text[pm.end():sent.end]
            if (re.match(r"[^.!?\"“«]{0,120}?[:,]\s*[\"“«]", after) or re.match(r"\s*[\"“«]", after)) \
                    and not pm.group().rstrip().endswith("that"):
                continue        # "..., telling NPR's Michele Norris: “...”": a direct quotation follows
            if pm.group("cue") == "telling" and not pm.group().rstrip().endswith("that"):
                continue        # "telling X" without "that" names the listener, not what was said
            clause_start = self._clause_start(sent, pm.start())
            # '“...,” he said, adding that ...': the speaker of the quotation just before
            prior = [q for q in self.out if sent.start <= q.start < pm.start() and q.cue_end is not None
                     and q.cue_end <= pm.start() and q.ref.kind != "none"
                     and not re.search(r"[.!?]", self.text[q.cue_end:pm.start()])]
            ref = prior[-1].ref if prior else self.subjects.before(clause_start, pm.start())
            if ref.kind == "none":
                continue
            self._emit_clauses(pm.start(), sent.end, ref, pm.group("cue"), pm.start("cue"), pm.end("cue"), sent)

    def _kind_of(self, s: int, e: int) -> str:
        return "mixed" if re.search(r"[\"“«][^\"“”«»]{1,200}[\"”»]", self.text[s:e]) else "indirect"

    def _emit_inverted(self, start: int, end: int, ref: SpeakerRef, cue: str, cs: int, ce: int) -> bool:
        d = _DATELINE_RE.match(self.text, start, end) or re.compile(r"[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,3}\s+-\s+") \
            .match(self.text, start, end)       # "Meridian Wire - A drone strike ..., the army said."
        s, e = trim(self.text, d.end() if d else start, end, " \t\n.,;:")
        if ref.kind == "none" or len(C_words(self.text[s:e])) < 4:
            return False
        if re.match(r"(?:While|Although|Though|As|Because|If|When)\b", self.text[s:e]):
            return False
        return self._add(s, e, self._kind_of(s, e), ref, cue, cs, ce, 0.7, self._para_index(s)) is not None

    def _complement(self, cue: str, after: int, sent: Span) -> tuple[int, int] | None:
        """Where the reported clause after a cue starts and ends, or None when the cue takes no clause."""
        text = self.text
        rest = text[after:sent.end]
        cue_l = re.sub(r"\s+", " ", cue.lower())
        if re.match(r"\s*[:\"“«]", rest) or re.match(r"\s*,\s*[\"“«]", rest):
            return None                   # a quotation or a lead-in: handled by the other passes
        m = re.match(r"\s+(?:to\s+say\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                     r"yesterday|today|earlier|later|last\s+\w+)\s+)?that\s+", rest)
        if not m and cue_l in ("told", "tells"):
            m = re.match(r"\s+(?:[\w'’.\-]+\s+){1,10}?that\s+", rest)
        if not m:
            # "said in a statement that", "told reporters on Monday that" -- not "pledged to avenge X that"
            m = re.match(r"\s+(?:(?:in|on|at|during|after|to)\s+(?:a|an|the|his|her|their|its|reporters|"
                         r"journalists|[A-Z][\w'’.\-]*)\b(?:\s+[\w'’.\-]+){0,5}?)\s+that\s+", rest)
        if m:
            start = after + m.end()
        elif not C.is_that_cue(cue) and cue_l not in ("told", "tells"):
            m = re.match(r"\s+(?=[A-Za-z])", rest)
            if not m:
                return None
            nxt = re.match(r"\s+([\w'’\-]+)", rest)
            if nxt and nxt.group(1).lower() in _NOT_CLAUSE_STARTS:
                return None
            start = after + m.end()
        else:
            return None
        end = sent.end
        s, e = trim(text, start, end, " \t\n.,;:")
        if len(C_words(text[s:e])) < 3:
            return None
        return s, e

    def _emit_clauses(self, start: int, end: int, ref: SpeakerRef, cue: str, cs: int, ce: int, sent: Span) -> bool:
        """Emit the reported clause, split at participial cues (', adding that ...') into clauses by the
        same speaker; a ', citing ...' tail is not speech."""
        text = self.text
        produced = False
        pieces = []
        cur_start, cur_cue = start, (cue, cs, ce)
        for pm in C.PARTICIPLE_RE.finditer(text, start, end):
            pieces.append((cur_start, pm.start(), cur_cue))
            cur_start, cur_cue = pm.end(), (pm.group("cue"), pm.start("cue"), pm.end("cue"))
        pieces.append((cur_start, end, cur_cue))
        for ps, pe, (cue_text, c1, c2) in pieces:
            cut = re.search(r",\s*(?:citing|referring to|in reference to)\b", text[ps:pe])
            if cut:
                pe = ps + cut.start()
            if cue_text.lower() in ("calling", "describing"):
                # "calling them a “flagrant violation” of ..." is speech only through its quoted words
                q = re.search(r"[\"“«]", text[ps:pe])
                if not q:
                    continue
                ps = ps + q.start()
            s, e = trim(text, ps, pe, " \t\n.,;:")
            if len(C_words(text[s:e])) < 2:
                continue
            kind = "mixed" if re.search(r"[\"“«][^\"“”«»]{1,120}[\"”»]", text[s:e]) else "indirect"
            self.used_cues.add(c1)
            q = self._add(s, e, kind, ref, cue_text, c1, c2, 0.8 if ref.kind == "name" else 0.7,
                          self._para_index(s))
            produced = produced or q is not None
        return produced

    def _inverted(self, sent: Span):
        """`The attack was cowardly, the minister said.`, `..., said Gary Burtless, a senior fellow.`,
        `While ..., Yearout said, there is no backlog ...` and `..., according to X.`"""
        seg = self.text[sent.start:sent.end]
        if self._claimed(sent.start):
            return
        m = re.search(rf",\s+(?P<subj>[^,\"“”]{{1,60}}?)(?:,\s+[^,\"“”]{{1,100}}?,)?\s+{C.ADVERBS_RE}"
                      rf"(?P<cue>{_INVERTED_CUES}|told [\w\s]{{1,30}}?)(?:\s+(?:on|in|at|during|last|this|late)"
                      rf"\s+[^,.\"“”]{{1,40}})?\s*[.!]?\s*$", seg)
        if m and not self._claimed(sent.start + m.start()):
            cs, ce = sent.start + m.start("cue"), sent.start + m.end("cue")
            ref = self.subjects.before(sent.start + m.start("subj"), cs)
            if self._emit_inverted(sent.start, sent.start + m.start(), ref, m.group("cue"), cs, ce):
                return
        # ", said NAME[, apposition]." -- the name after the cue
        m = re.search(rf",\s+(?P<cue>{_INVERTED_CUES})\s+(?P<subj>[A-Z][^,]{{1,60}}?)(?:,\s+[^\"“”]{{1,200}}?)?"
                      rf"\s*[.!]?\s*$", seg)
        if m and not self._claimed(sent.start + m.start()):
            s_start, s_end = sent.start + m.start("subj"), sent.start + m.end("subj")
            ms = self.subjects.mentions_in(s_start, s_end, ("PER", "ORG"))
            if ms:
                ref = SpeakerRef("name", ms[0].text, ms[0].start, ms[0].end, ms[0])
                cs, ce = sent.start + m.start("cue"), sent.start + m.end("cue")
                if self._emit_inverted(sent.start, sent.start + m.start(), ref, m.group("cue"), cs, ce):
                    return
        # "While ..., Yearout said, there is no backlog ...": the clause after the parenthetical cue
        m = re.search(rf",\s+(?P<subj>(?:he|she|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}}))\s+"
                      rf"(?P<cue>{_INVERTED_CUES}),\s+(?P<rest>[a-z].+)$", seg)
        if m and not self._claimed(sent.start + m.start("rest")):
            cs, ce = sent.start + m.start("cue"), sent.start + m.end("cue")
            ref = self.subjects.before(sent.start + m.start("subj"), cs)
            if ref.kind != "none":
                s, e = trim(self.text, sent.start + m.start("rest"), sent.end, " \t\n.,;:")
                if len(C_words(self.text[s:e])) >= 4:
                    self._add(s, e, self._kind_of(s, e), ref, m.group("cue"), cs, ce, 0.7, self._para_index(s))
                    return
        m = re.search(r"(?:^|,\s+)according to (?!(?:the\s+)?reports?\b)(?P<src>[^,]{2,80}?)(?:,\s+|\s*[.]?\s*$)", seg)
        if m and not self._claimed(sent.start + m.start()):
            src_s = sent.start + m.start("src")
            src_e = sent.start + m.end("src")
            if _DATA_SOURCE_RE.search(m.group("src")) and not re.search(r"[\"“”]", seg):
                return          # "according to Labor Department data": figures, not speech
            ms = [x for x in self.subjects.mentions if src_s <= x.start and x.end <= src_e and x.type in ("PER", "ORG")]
            if not ms:
                return
            ref = SpeakerRef("name", ms[0].text, ms[0].start, ms[0].end, ms[0])
            if m.start() == 0:
                s, e = sent.start + m.end(), sent.end
            else:
                s, e = sent.start, sent.start + m.start()
            s, e = trim(self.text, s, e, " \t\n.,;:")
            if len(C_words(self.text[s:e])) >= 4 and not any(self._claimed(p) for p in (s, e - 1)):
                cue_s = sent.start + m.group().index("according")
                self._add(s, e, "indirect", ref, "according to", cue_s, cue_s + len("according to"), 0.7,
                          self._para_index(s))


_INVERTED_CUES = ("said|says|added|adds|noted|notes|warned|warns|stressed|claimed|explained|argued|insisted|"
                  "wrote|writes|asserted|maintained|concluded|continued|observed")
_DATA_SOURCE_RE = re.compile(r"\b(?:data|figures|statistics|numbers|analysis|research|survey|study|studies|estimates?|"
                             r"calculations|polls?|census|records|filings?|documents|tally|count|index|ranking)\b",
                             re.I)

_NOT_CLAUSE_STARTS = {"in", "on", "at", "during", "after", "before", "about", "of", "for", "with", "by", "from",
                      "to", "so", "yes", "no", "nothing", "goodbye", "thanks", "hello", "as", "when", "while",
                      "through", "via", "upon", "into", "over", "under", "against", "and", "or", "but"}


def find_quotes(text: str, mentions: list[Mention]) -> list[QuoteCandidate]:
    """All quotation candidates of a document, in text order, with unresolved speaker references."""
    return QuoteFinder(text, mentions).find()
