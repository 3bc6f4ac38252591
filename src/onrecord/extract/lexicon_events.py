"""The event lexicon: PLOVER event types, the words that trigger them, and the guard words.

Data only, so it is easy to extend: add a `Trigger` to a type's list. Patterns are regular
expressions matched case-insensitively at word boundaries over one clause at a time.

A trigger's `form` drives the guards in `events.py`:

* "noun"   — a noun head ("airstrikes", "protest"): ignored when it only modifies another noun
             ("strike capabilities"), and treated as a back-reference when definite ("the attack")
             and nothing new is said about it;
* "verb"   — an inflected verb ("killed", "condemned"): ignored after "to"/modals for its base
             form ("to condemn", "will attack" is not something that happened);
* "phrase" — a multi-word pattern that already carries its own context ("will not be safe",
             "ceasefire that started"): only negation and question guards apply.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    pattern: str
    form: str = "verb"          # noun | verb | phrase


def _nouns(*patterns: str) -> list[Trigger]:
    return [Trigger(p, "noun") for p in patterns]


def _verbs(*patterns: str) -> list[Trigger]:
    return [Trigger(p, "verb") for p in patterns]


def _phrases(*patterns: str) -> list[Trigger]:
    return [Trigger(p, "phrase") for p in patterns]


_N = r"(?:[\w’'-]+\s+)"     # one word and its space, for "signed a (new) agreement"

# Agents that make storming a building a protest, not an assault.
CROWD_WORDS = r"supporters|protesters|protestors|demonstrators|crowds?|mobs?|rioters|mourners|students|activists|" \
              r"followers|loyalists"
# Words for one's hostilities: what is suspended or halted in a concession.
_HOSTILITIES = r"operations|attacks|strikes|hostilities|fighting|military\s+action|offensive|bombing|shelling"
# Covert hostility one side is accused of.
_PLOTTING = r"plot|plots|plotting|plotted|scheme|schemes|scheming|schemed|conspire|conspires|conspiring|conspired|" \
            r"spy|spies|spying|spied"
# Deeds a cleft accusation names ("It is X that occupies ...").
_HOSTILE_DEEDS = r"occup(?:y|ies|ied)|kill(?:s|ed)?|murder(?:s|ed)?|threaten(?:s|ed)?|desecrat(?:e|es|ed)|" \
                 r"besieg(?:e|es|ed)|oppress(?:es|ed)?|destroy(?:s|ed)?|plunder(?:s|ed)?|starv(?:e|es|ed)|" \
                 r"attack(?:s|ed)?|bomb(?:s|ed)?|support(?:s|ed)?\s+terror\w*|is\s+responsible"
# A conditional threat: the act of force in the condition ...
CONDITION_FORCE = r"(?:war|wars|attack(?:s|ed)?|aggression|aggressions|confrontation|bomb(?:s|ed)?|struck|strikes?|" \
                  r"invade(?:s|d)?|invasion|assault(?:s|ed)?|targeted|harm(?:s|ed)?)"
# ... and the consequence the speaker's side promises.
CONDITION_CONSEQUENCE = r"(?:respond|response|retaliat\w*|revenge|avenge|punish\w*|defeat|destroy|crush|foil|" \
                        r"regret|pay|witness\s+our|see\s+our|face\s+our|violent|harsh|severe|painful|devastating)"

EVENT_TRIGGERS: dict[str, list[Trigger]] = {
    "ASSAULT": _nouns(
        r"air\s*strikes?", r"air\s+raids?", r"air\s+attacks?", r"drone\s+(?:attacks?|strikes?)",
        r"rocket\s+attacks?", r"missile\s+(?:attacks?|strikes?)", r"(?<!hunger\s)(?<!general\s)strikes?",
        r"(?<!heart\s)(?<!panic\s)attacks?", r"raids?", r"bombings?", r"bombardments?", r"shelling",
        r"assassinations?", r"ambush", r"massacres?", r"hits?(?=\s+(?:against|on)\b)",
    ) + _verbs(
        r"attacked", r"struck(?!\s+(?:a|an|the)\s+(?:deal|agreement|balance|tone|chord|note))", r"bombed",
        r"shelled", r"killed", r"killing", r"martyred", r"assassinated", r"ambushed", r"raided", r"targeted",
        r"kidnapped", r"abducted", r"wounded", r"injured",
        r"(?:rockets?|missiles?|mortars?|shells?|drones?)\s+(?:hit|landed|slammed)",
    ),
    "THREATEN": _verbs(r"threaten(?:s|ed|ing)?") + _phrases(
        r"(?:will|would|shall)\s+not\s+be\s+safe", r"won[’']?t\s+be\s+safe",
        r"\b(?:no|not\s+(?:a\s+single|one))\b[^.;:]{0,60}?\bwill\s+be\s+safe",
        r"(?:will|may|could|would|shall|can)\s+be\s+targeted",
        r"(?:is|are|remains?|will\s+be)\s+(?:a\s+|the\s+)?(?:legitimate\s+)?targets?\b(?!\s+(?:of|by)\s+(?:criticism|sanctions))",
        r"will\s+continue\s+to\s+(?:respond|strike|attack|target|fight|retaliate)",
        r"will\s+(?:respond|retaliate|strike\s+back|hit\s+back|avenge|take\s+revenge)",
        r"(?:will|shall)\s+(?:strike|attack|target|hit|bomb)\b(?!\s+(?:a|an|the)\s+(?:deal|balance|note))",
        r"(?:vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|swore|swears?)\s+(?:to\s+)?(?:avenge|revenge|"
        r"retaliate|respond|take\s+revenge|punish|strike|attack|target|expel|continue\s+(?:the\s+)?"
        r"(?:resistance|fight\w*|attacks|operations))",
        r"vow(?:s|ed)?\s+(?:revenge|retaliation|retribution)",
        r"warn(?:s|ed)?\s+(?:of|against)\s+(?:[\w-]+\s+){0,3}?(?:consequences|retaliation|response|revenge|escalation)",
        r"(?:will|would)\s+(?:be|face)\s+(?:dire\s+|serious\s+|severe\s+|grave\s+)?consequences",
        r"(?:will|would)\s+(?:have\s+to\s+)?pay\s+(?:a|the)\s+(?:heavy\s+|high\s+|dear\s+)?price",
        r"(?:(?:will|would|shall)\s+not|won[’']?t)\s+go\s+(?:unanswered|unpunished)",
        r"(?:response|retaliation|revenge|retribution)\s+will\s+(?:come|be\s+(?:\w+\s+)?(?:harsh|severe|decisive|crushing|"
        r"violent|painful|devastating|strong|swift|forceful|firm))",
        # "pledged a “very consequential” response": a short quotation inside the phrase is part of it
        r"(?:vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|warn(?:s|ed)?\s+of)\s+(?:a|an)\s+(?:[“”\"‘’'\w-]+\s+){0,3}?"
        r"(?:response|retaliation|revenge|retribution|reprisals?|punishment)",
        # a conditional threat: "if Iran is bombed by Israel, the response will be violent", "in case of any
        # confrontation with Israel, we will foil ... defeat the enemy": an act of force as the condition, the
        # speaker's side or a response as the consequence
        rf"(?:if|in\s+case(?:\s+of)?|in\s+the\s+event\s+(?:of|that))\s+[^.;:!?,]{{0,100}}?\b{CONDITION_FORCE}\b"
        rf"[^.;:!?]{{0,60}}?,\s*(?:then\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:will|shall|would)\s+(?:\(?then\)?\s+)?"
        rf"(?:[\w’'-]+\s+){{0,4}}?{CONDITION_CONSEQUENCE}\b",
    ),
    "PROTEST": _nouns(
        r"protests?", r"demonstrations?", r"rall(?:y|ies)", r"sit-ins?", r"funeral\s+(?:march|procession)(?:e?s)?",
    ) + _verbs(
        r"protest(?:ed|ing)", r"rallied", r"marched", r"chant(?:ed|ing)",
        r"demonstrated(?=\s+(?:in|outside|at|against|near|on|across)\b)",
        r"gathered(?=\s+(?:in|at|outside|near|around|on|along)\b)",
    ) + _phrases(
        r"took\s+to\s+the\s+streets", r"staged\s+(?:a\s+)?(?:protest|sit-in|rally|demonstration)s?",
        # a building stormed by a crowd: "which was stormed that day by supporters of ... militias"
        rf"(?:was|were|been|being)\s+stormed\s+(?:[\w’'-]+\s+){{0,3}}?by\s+(?:[\w’'-]+\s+){{0,2}}?(?:{CROWD_WORDS})\b",
        rf"(?:{CROWD_WORDS})\s+(?:[\w’'-]+\s+){{0,2}}?stormed",
    ),
    "ACCUSE": _verbs(
        r"condemn(?:s|ed|ing)?", r"accus(?:e|es|ed|ing)", r"blam(?:e|es|ed|ing)", r"denounc(?:e|es|ed|ing)",
        r"slam(?:s|med)?", r"critici[sz](?:e|es|ed)", r"lambast(?:s|ed)?",
    ) + _phrases(
        r"(?:is|are|was|were)\s+(?:\w+\s+)?responsible\s+for",
        r"held\s+(?:[\w’'.-]+\s+){1,5}?responsible",
        # "this embassy schemes and spies against Iraq", "has been plotting against Jordan"
        rf"(?:{_PLOTTING})\s+(?:and\s+(?:{_PLOTTING})\s+)?against",
        # a cleft naming the culprit: "It is this administration that occupies your Palestine"
        rf"it\s+is\s+(?:this|that|the|these|those)\s+(?:[\w’'-]+\s+){{0,3}}?(?:that|who|which)\s+(?:[\w’'-]+\s+){{0,2}}?"
        rf"(?:{_HOSTILE_DEEDS})",
    ),
    "REJECT": _verbs(
        r"reject(?:s|ed|ing)?", r"refus(?:e|es|ed)(?!\s+to\s+(?:leave|withdraw))", r"den(?:y|ies|ied)",
        r"refut(?:e|es|ed|ing)",
    ) + _phrases(
        r"(?:could|can|will|would)\s*(?:not|n[’']t|never)\s+negotiate", r"cannot\s+negotiate",
        r"won[’']t\s+negotiate", r"refus(?:e|es|ed)\s+to\s+negotiate",
        r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!\bbe\s)ruled\s+out",      # "the goal was ruled out" is no rejection
    ),
    "AGREE": _phrases(
        r"agreed\s+(?:to|on|upon|with|that)",
        rf"signed\s+(?:a|an|the)\s+{_N}{{0,3}}?(?:agreement|deal|accord|memorandum|treaty|truce)",
        rf"reached\s+(?:a|an)\s+{_N}{{0,2}}?(?:agreement|deal|accord|understanding|truce)",
    ) + _nouns(r"ceasefire\s+(?:agreement|deal)"),
    # Giving ground: suspending or halting one's attacks ("announced the suspension of all military operations",
    # "said it would halt its attacks").
    "CONCEDE": _phrases(
        rf"(?<!the\s)(?<!any\s)(?:suspension|halt|cessation)\s+of\s+(?:all\s+|its\s+|their\s+|the\s+)?"
        rf"(?:[\w-]+\s+(?:and\s+)?){{0,4}}?(?:{_HOSTILITIES})",
        rf"(?:the\s+)(?:suspension|halt|cessation)\s+of\s+(?:all\s+|its\s+|their\s+|the\s+)?"
        rf"(?:[\w-]+\s+(?:and\s+)?){{0,4}}?(?:{_HOSTILITIES})(?=[^.;]{{0,80}}$)",
        rf"(?:would|will|decided\s+to|decides\s+to|agreed\s+to|agrees\s+to)\s+(?:halt|suspend|stop|cease|end)\s+"
        rf"(?:all\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+(?:and\s+)?){{0,3}}?(?:{_HOSTILITIES})",
        rf"(?:halted|suspended|stopped|ceased)\s+(?:all\s+|its\s+|their\s+)?(?:[\w-]+\s+(?:and\s+)?){{0,3}}?"
        rf"(?:{_HOSTILITIES})",
    ),
    "RETREAT": _verbs(r"withdrew(?!\s+from\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|treaty|"
                      r"accord|talks|negotiations|race|competition|tournament|election|contest|pact))") + _phrases(
        r"pulled\s+out", r"(?:has|have|had|were|was)\s+(?:been\s+)?withdrawn",
        rf"completed\s+(?:its|the|their|a)\s+{_N}{{0,2}}?withdrawal",
        r"withdrawal\s+(?:of\s+[\w\s.’'-]{1,40}?\s+)?(?:began|started|was\s+completed|ended)",
        r"(?:ceasefire|cease-fire|truce)\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?(?:started|began|took\s+effect|"
        r"went\s+into\s+effect|came\s+into\s+(?:effect|force)|took\s+hold|was\s+announced|was\s+declared)",
    ),
    "SANCTION": _verbs(r"sanctioned", r"blacklisted") + _phrases(
        rf"impos(?:ed|es)\s+{_N}{{0,3}}?sanctions", r"sanctions\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?imposed",
        rf"slapped\s+{_N}{{0,2}}?sanctions", rf"froze\s+{_N}{{0,3}}?assets",
    ),
    "MOBILIZE": _verbs(r"deployed", r"mobili[sz]ed") + _phrases(
        rf"(?:sent|dispatched)\s+{_N}{{0,3}}?(?:troops|reinforcements|forces|soldiers|fighters|units)",
        rf"put\s+{_N}{{0,3}}?on\s+(?:high\s+|full\s+)?alert",
    ),
    "CONSULT": _phrases(
        r"met\s+with", r"met\s+(?-i:(?=[A-Z]))",
        rf"(?:pay|pays|paid|make|makes|made)\s+(?:a|an|his|her|its|their)\s+{_N}{{0,2}}?visit",
        rf"(?:have|has|had|hold|holds|held)\s+(?:a|an|the)\s+{_N}{{0,4}}?(?:meeting|summit)\b(?!\s+(?:room|hall))",
        rf"(?:held|hold|holds)\s+{_N}{{0,2}}?(?:talks|meetings?|consultations|phone\s+call|telephone\s+(?:call|conversation))",
        r"(?:in|during)\s+a\s+(?:phone|telephone)\s+(?:call|conversation)\s+with",
    ),
    "FIGHT": _verbs(r"clash(?:ed|es)") + _phrases(
        r"exchanged\s+fire", r"gun\s*battles?", r"firefights?", r"fierce\s+fighting",
    ),
}

# Events done by saying something: when their clause has no date of its own, the statement's
# occasion dates them ("any US military presence is a target", said in an interview on June 1).
SPEECH_ACT_TYPES = {"THREATEN", "ACCUSE", "REJECT", "APPEAL", "DEMAND"}

# Base verb forms: after "to" or a modal they are intentions, not events ("to condemn", "will attack").
BASE_VERBS = {"attack", "strike", "bomb", "shell", "kill", "raid", "target", "hit", "condemn", "accuse",
              "blame", "denounce", "slam", "criticize", "criticise", "reject", "refuse", "deny", "protest",
              "rally", "march", "chant", "deploy", "mobilize", "mobilise", "agree", "threaten"}
MODALS = {"to", "will", "would", "could", "might", "may", "can", "shall", "should", "must", "cannot", "wo",
          "ca", "let"}

# Before a trigger in its clause: the event did not happen ("no one was killed", "failed to attack").
NEGATORS = r"(?:\b(?:not|never|no|without|neither|nor|failed\s+to|fail\s+to|denied)\b|n[’']t\b)"
# Negations that mean the opposite: "I couldn't more strongly condemn", "could not agree more".
EMPHATIC_NEGATIONS = r"(?:could\s*n[’']t|could\s+not|can\s*n[’']t|cannot)\s+(?:more\s+strongly|have\s+been\s+clearer|agree\s+more)"
# Opening a clause: what follows is a condition, not a report.
HYPOTHETICAL = r"\b(?:if|unless|whether|once(?!\s+again)|until|in\s+case|even\s+if)\b"
# Habits and generalities: "the government always threatens ...".
GENERIC = r"\b(?:always|usually|often|routinely|constantly|frequently|continuously|repeatedly|whenever|" \
          r"every\s+time|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades|months))\b"
# Before a noun trigger: an intention or a right, not an event ("the right to stage protests").
INTENDED_OBJECT = r"\bto\s+(?:stage|hold|launch|carry\s+out|conduct|organi[sz]e|wage|mount|prevent|stop|avoid|ban|" \
                  r"plan|prepare|join|call\s+for|resort\s+to)\s+(?:[\w-]+\s+){0,2}$"
# Subjects that strike and kill without being anyone: "a winter storm that struck", "the storm was blamed".
NATURAL_CAUSES = r"\b(?:storms?|snowstorms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|blizzards?|floods?|" \
                 r"flooding|earthquakes?|quakes?|tremors?|tsunamis?|wildfires?|landslides?|avalanches?|heat\s*waves?|" \
                 r"lightning|drought|virus|pandemic|epidemic|outbreak|disease|weather|winds|rain|snow)\b"
# An attack in words: "discredited and attacked", "criticized and attacked".
VERBAL_ATTACK = r"\b(?:discredited|criticized|criticised|slandered|smeared|vilified|denounced|insulted|mocked)\s+" \
                r"(?:and|or)\s+$"
# A report about a game: violent words there are metaphors ("in attack", "a strike from 25 yards").
SPORTS_WORDS = r"\b(?:goals?|match(?:es)?|football|league|coach|striker|penalty|offside|referee|half-time|halftime|" \
               r"fixture|scored|tournament|midfielder|defender|goalkeeper|kick-off|stadium|championship|VAR|" \
               r"semi-final|quarter-final|squad|season|clean\s+sheet|post-match)\b"
SPORTS_SUSPENDED_TYPES = {"ASSAULT", "FIGHT", "THREATEN"}
# Types whose named actor tells events apart: two visits by two presidents are two events. (For an
# attack, the same event is often told with different actors: "U.S. airstrikes", "the occupation".)
ACTOR_DISTINGUISHES = {"CONSULT", "AGREE", "SANCTION", "MOBILIZE"}

# Before an attack noun: attacks that stop, not one that happened ("halt its attacks", "suspension of attacks").
CEASED = r"\b(?:halt|halts|halted|halting|suspend|suspends|suspended|suspending|suspension\s+of|stop|stops|stopped|" \
         r"stopping|cease|ceases|ceased|cessation\s+of|end|ends|ended|ending)\s+(?:all\s+|its\s+|their\s+|the\s+)?" \
         r"(?:[\w-]+\s+){0,2}$"
# A count of attacks over a period is a tally, not one event: "at least 165 attacks ... since mid-October",
# "attacked at least 165 times".
TALLY_PERIOD = r"\b(?:since|so\s+far|to\s+date|in\s+total|altogether|this\s+year|over\s+the\s+(?:past|last))\b"

# Before a noun trigger: a tally of many events, not one ("dozens of attacks since 2019").
AGGREGATE = r"\b(?:dozens|hundreds|scores|many|numerous|several|a\s+series|a\s+wave|a\s+string|a\s+spate|" \
            r"a\s+number|a\s+lot|thousands)\s+of\s+(?:[\w-]+\s+)?$"

# Nouns after a trigger noun that make it a modifier: "strike capabilities", "attack helicopters".
MODIFIED_NOUNS = {"capability", "capabilities", "capacity", "helicopter", "helicopters", "aircraft", "jet", "jets",
                  "plane", "planes", "drone", "drones", "force", "forces", "group", "groups", "unit", "units",
                  "dog", "dogs", "plan", "plans", "threat", "threats", "weapon", "weapons", "system", "systems",
                  "team", "teams", "squad", "squads", "submarine", "submarines", "vessel", "vessels", "boat",
                  "boats", "rifle", "rifles", "fighter", "fighters", "power", "range", "package", "warning",
                  "warnings", "alert", "alerts", "movement", "leaders", "organizers", "organisers", "song",
                  "songs", "slogan", "slogans", "actions", "action", "vote", "votes"}

# Determiners that make a noun trigger a back-reference to an event already reported.
ANAPHORIC_DETERMINERS = {"the", "these", "those", "this", "that", "such", "its", "their", "his", "her", "said"}

# ---------------------------------------------------------------- casualties

DEATH_WORDS = r"killed|killing|kills|martyred|dead|died|slain|perished|lost\s+their\s+lives|deaths?|fatalities"
INJURY_WORDS = r"wounded|wounding|injured|injuring|hurt|injuries|casualties"
ACTIVE_DEATH_VERBS = r"killed|killing|kills|martyred|martyring|claimed\s+the\s+lives\s+of|left"
ACTIVE_INJURY_VERBS = r"wounded|wounding|injured|injuring|left"
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "a hundred": 100,
}
# Quantities with no number: fatalities stays None, the words are kept as written.
VAGUE_QUANTITIES = r"dozens|scores|hundreds|thousands|several|many|a\s+number|tens|numerous"
QUALIFIERS = r"at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|no\s+fewer\s+than|no\s+less\s+than|over|" \
             r"nearly|almost|about|around|approximately|roughly|some|up\s+to|as\s+many\s+as|a\s+total\s+of|" \
             r"an\s+estimated"

# ---------------------------------------------------------------- places and parties

# Place classes kept in the name ("Iraqi-Syrian border", "Ayn Al Asad air base") ...
PLACE_CLASSES_KEPT = r"borders?|air\s+base|airbase|base|airport|camp|crossing|strip|port|square|highway|road|" \
                     r"street|bridge|checkpoint|valley|desert|mountains?|island"
# ... and those dropped ("Jaraf al-Nasr region" → "Jaraf al-Nasr").
PLACE_CLASSES_DROPPED = r"region|neighbou?rhood|district|province|governorate|area|city|town|village|county|" \
                        r"municipality|suburb|quarter"
# Compass words before a place name ("in western Ostra"), not part of it.
DIRECTIONS = r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|" \
             r"south-?eastern|south-?western|northeast|northwest|southeast|southwest|downtown|central)"
# Verbs whose object is the place hit: "struck the Kessan air base".
PLACE_OBJECT_VERBS = r"struck|hit|targeted|attacked|bombed|shelled|raided|stormed|besieged|seized|captured"
# A capitalised name ending in one of these is an organisation, not a place.
ORG_HEADS = {"party", "movement", "units", "forces", "army", "ministry", "government", "council", "brigades",
             "brigade", "militia", "front", "organization", "organisation", "committee", "agency", "tv", "channel",
             "news", "times", "post", "parliament", "administration", "embassy"}

# Actor and target names written as a country, demonym or short form.
PARTY_NAMES = {
    "u.s.": "United States", "us": "United States", "usa": "United States", "america": "United States",
    "american": "United States", "americans": "United States", "united states": "United States",
    "washington": "United States", "iraqi": "Iraq", "iraqis": "Iraq", "israeli": "Israel", "israelis": "Israel",
    "zionist": "Israel", "zionists": "Israel", "iranian": "Iran", "iranians": "Iran", "syrian": "Syria",
    "turkish": "Turkey", "saudi": "Saudi Arabia", "lebanese": "Lebanon", "russian": "Russia", "british": "United Kingdom",
    "u.k.": "United Kingdom", "uk": "United Kingdom", "french": "France", "german": "Germany", "chinese": "China",
    "palestinian": "Palestine", "palestinians": "Palestine", "yemeni": "Yemen", "emirati": "United Arab Emirates",
}
# Titles stripped from the front of an actor's name.
TITLES = r"(?:[A-Z][a-z]+(?:an|i|ese|ish)\s+(?=[A-Z]))?(?:Prime\s+Minister|President|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|Secretary[- ]General|" \
         r"Sheikh|General|Gen\.|Commander|Governor|Mayor|Ayatollah|Sayyed|Sayyid|Spokesman|Leader|King|Emir)\s+"

# Verbs that report speech: in "X said (that) ...", what follows is a clause of its own. Verbs that
# also take a plain object are listed with "that" ("claimed that", not "claimed responsibility").
REPORTING_VERBS = [
    "said", "says", "stressed", "noted", "added", "underscored", "emphasized", "emphasised", "asserted",
    "explained", "clarified", "mentioned", "insisted", "argued", "claimed that", "declared", "affirmed", "announced",
    "stated", "concluded", "elaborated", "pointed out", "pointed to", "continued to say", "went on to say",
    "warned that", "vowed that", "pledged that", "threatened that", "believes", "believed", "revealed",
    "told reporters", "told journalists",
]
# Words that open a new clause after a comma.
CLAUSE_OPENERS = ["and", "but", "while", "whereas", "although", "though", "adding", "saying", "stressing", "noting",
                  "calling", "drawing", "citing", "describing", "warning", "urging", "prompting", "insisting",
                  "explaining", "arguing", "claiming", "according"]
