"""The speech-cue lexicon: verbs and phrases that report what someone said.

Kept as data so it is easy to extend. Each cue says whether it may take a bare clause
("said the attack was ..."), or needs "that" / a colon / a quotation after it ("stressed
that ...") because on its own it often takes a plain object ("stressed the need").
"""
from __future__ import annotations

import re

# Cues that introduce a reported clause with or without "that".
BARE_CLAUSE_CUES = [
    "said", "says", "say", "added", "adds", "noted", "notes", "warned", "warns", "claimed", "claims",
    "argued", "argues", "insisted", "insists", "believes", "believed", "explained", "explains", "wrote",
    "writes", "tweeted", "stated", "states", "asserted", "asserts", "told", "tells", "recalled", "recalls",
    "predicted", "predicts", "maintained", "maintains", "alleged", "alleges", "contended", "contends",
]

# Cues that need "that", a colon or a quotation to introduce speech.
THAT_CUES = [
    "stressed", "stresses", "underscored", "underscores", "emphasized", "emphasised", "emphasizes",
    "emphasises", "clarified", "clarifies", "continued", "continues", "concluded", "concludes",
    "elaborated", "elaborates", "vowed", "vows", "pledged", "pledges", "denied", "denies", "affirmed",
    "affirms", "declared", "declares", "announced", "announces", "remarked", "remarks", "highlighted",
    "highlights", "indicated", "indicates", "acknowledged", "acknowledges", "admitted", "admits",
    "confirmed", "confirms", "suggested", "suggests", "observed", "observes", "reiterated", "reiterates",
    "urged", "urges", "threatened", "threatens", "charged", "charges", "commented", "comments",
    "replied", "replies", "responded", "responds", "answered", "answers", "asked", "asks", "revealed",
    "reveals", "disclosed", "discloses", "cautioned", "cautions", "promised", "promises", "boasted",
    "lamented", "complained", "complains", "conceded", "concedes", "mentioned", "mentions", "expressed",
    "considered", "considers", "thinks", "thought", "hoped", "hopes", "demanded", "demands", "accused",
    "accuses", "condemned", "condemns", "assured", "assures", "reminded", "reminds", "agreed", "agrees",
    "estimated", "estimates", "reported", "reports", "wondered", "opined",
    "projected", "projects", "project", "forecast", "forecasts", "cautioned", "stressed",
    "went on", "pointed out", "points out", "made clear", "makes clear", "spelled out",
    "went on to say", "continued to say",
]

# Participles that start a second reported clause by the same speaker: ", adding that ...".
PARTICIPLE_CUES = [
    "adding", "saying", "noting", "stressing", "warning", "explaining", "stating", "insisting",
    "arguing", "emphasizing", "emphasising", "underscoring", "claiming", "asserting", "declaring",
    "pointing out", "telling", "urging", "calling", "describing", "affirming", "reiterating",
]

# Adverbs that may stand between the subject and the cue ("Khazali further said").
CUE_ADVERBS = ["also", "further", "then", "later", "again", "strongly", "repeatedly", "previously", "earlier",
               "once again", "has", "had", "have", "would", "reportedly", "publicly", "firmly", "explicitly",
               "clearly", "categorically", "bluntly", "flatly", "openly", "recently", "separately"]

ALL_CUES = sorted(set(BARE_CLAUSE_CUES + THAT_CUES), key=len, reverse=True)


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(set(items), key=len, reverse=True))


CUE_RE = re.compile(rf"\b(?:{_alternation(ALL_CUES)})\b")
PARTICIPLE_RE = re.compile(rf",\s*(?:and\s+)?(?P<cue>{_alternation(PARTICIPLE_CUES)})\b(?:\s+that\b)?")
ADVERBS_RE = rf"(?:(?:{_alternation(CUE_ADVERBS)})\s+)*"

# Unnamed speakers kept as roles, e.g. transcript labels.
ROLE_LABELS = {
    "interviewer", "host", "reporter", "anchor", "presenter", "moderator", "question", "answer", "q", "a",
    "journalist", "audience", "crowd", "caller", "narrator", "translator", "correspondent", "announcer",
    "voice", "speaker", "guest", "audience member", "unidentified speaker", "off-camera voice", "protesters",
}

# Head nouns of descriptions that refer to a person ("the Asaib leader", "the Brussels-based analyst").
PERSON_NOUNS = {
    "leader", "analyst", "spokesman", "spokeswoman", "spokesperson", "official", "minister", "commentator",
    "journalist", "commander", "cleric", "president", "chief", "secretary-general", "secretary general",
    "general", "head", "chairman", "director", "expert", "ambassador", "envoy", "premier", "sheikh",
    "politician", "lawmaker", "mp", "senator", "governor", "mayor", "professor", "researcher", "activist",
    "source", "officer", "diplomat", "militant", "founder", "representative", "member", "king", "emir",
    "prince", "ayatollah", "cleric", "preacher", "writer", "author", "scholar", "negotiator", "deputy",
    "adviser", "advisor", "candidate", "coach", "manager", "ceo", "executive", "economist", "scientist",
    "doctor", "witness", "resident", "student", "prosecutor", "judge", "lawyer", "attorney", "secretary",
    "man", "woman", "figure", "strongman", "militiaman", "fighter", "veteran", "tactician", "boss", "skipper",
    "captain", "player", "striker", "midfielder", "defender", "goalkeeper", "forward", "trainer", "owner",
    "economist", "strategist", "analysts", "economists", "officials", "spokesmen", "chairwoman", "chair",
    "commissioner", "mediator", "envoy", "consul", "attache", "general-secretary", "vice-president", "mufti",
    "imam", "bishop", "pope", "rabbi", "patriarch", "sheikh", "governor-general", "officer", "inspector",
    "detective", "sheriff", "chancellor", "speaker", "whip", "senator", "congressman", "congresswoman",
    "councillor", "councilor", "legislator", "parliamentarian", "deputy", "insider", "aide", "assistant",
    "eminence", "excellency", "holiness", "sg", "sayyed", "sayyid", "hojatoleslam", "hujjat",
}

# Head nouns of descriptions that refer to an organisation ("the company said", "A pro-Iran group in Iraq said").
ORG_NOUNS = {
    "company", "firm", "maker", "group", "ministry", "government", "army", "movement", "organization",
    "organisation", "agency", "party", "militia", "bank", "council", "committee", "office", "department",
    "embassy", "administration", "coalition", "alliance", "faction", "union", "court", "police", "military",
    "club", "team", "federation", "association", "institute", "commission", "board", "authority", "network",
    "channel", "broadcaster", "newspaper", "outlet", "regime", "cabinet", "presidency", "parliament", "camp",
    "organizers", "organisers", "carrier", "airline", "retailer", "manufacturer", "producer", "operator",
}

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}


def is_that_cue(cue: str) -> bool:
    """True when the cue needs "that"/a colon/a quotation to introduce speech."""
    return re.sub(r"\s+", " ", cue.lower()) not in BARE_CLAUSE_CUES
