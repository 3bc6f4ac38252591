"""Comparison benchmark: how long relinking takes on a synthetic multi-source corpus.

    .venv/bin/python benchmarks/link.py [--n 200 1000] [--workers 2]

The corpus is tests/link/fixtures/multisource (eight reports of one drone strike, one syndicated
copy and a look-alike strike of 2021) copied N/8 times, each copy with its own places, people and
dates (shifted by whole weeks, so "on Monday" still means a Monday): N documents in about N/4
stories. Documents are ingested and extracted first (not timed as relink; extraction runs in
`--workers` processes), then the link stage is timed in memory, part by part: entities and speech
events, story clusters, claim matching, discrepancies, and per-outlet framing.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.extract import extract  # noqa: E402
from onrecord.ingest import load_document  # noqa: E402
from onrecord.link.claims import match_claims  # noqa: E402
from onrecord.link.discrepancies import find_discrepancies  # noqa: E402
from onrecord.link.framing import compute_framing  # noqa: E402
from onrecord.link.relink import compute_links  # noqa: E402
from onrecord.link.stories import cluster_stories  # noqa: E402

FIXTURES = ROOT / "tests" / "link" / "fixtures" / "multisource"

_SYLLABLES = ["ka", "ro", "mi", "ten", "vas", "lo", "dur", "sel", "an", "bri", "zo", "quel"]
_GIVEN = ["Omar", "Lina", "Yusuf", "Mara", "Karim", "Nadia", "Rami", "Selma", "Idris", "Hala", "Tamer", "Rania"]
_FAMILY = ["Haddad", "Nasser", "Qassem", "Barakat", "Saleh", "Khoury", "Mansour", "Darwish", "Sabbagh", "Aziz",
           "Hamdi", "Jaber"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _place(k: int, salt: int) -> str:
    n = k * 7 + salt
    s = len(_SYLLABLES)
    return (_SYLLABLES[n % s] + _SYLLABLES[(n // s) % s] + _SYLLABLES[(n // (s * s) + salt) % s]).capitalize()


def _person(k: int, salt: int) -> str:
    return f"{_GIVEN[(k + salt) % len(_GIVEN)]} {_FAMILY[(k * 5 + salt * 3) % len(_FAMILY)]}"


def _shift_dates(text: str, days: int) -> str:
    def fmt_short(d: date) -> str:
        return f"{_MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year}"

    def short(m):
        d = date(int(m[3]), [x[:3] for x in _MONTHS].index(m[1]) + 1, int(m[2])) + timedelta(days=days)
        return fmt_short(d)

    def long_dmy(m):
        d = date(int(m[3]), _MONTHS.index(m[2]) + 1, int(m[1])) + timedelta(days=days)
        return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"

    def long_mdy(m):
        d = date(int(m[3]), _MONTHS.index(m[1]) + 1, int(m[2])) + timedelta(days=days)
        return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"

    months = "|".join(_MONTHS)
    text = re.sub(rf"\b({months}) (\d{{1,2}}), (\d{{4}})\b", long_mdy, text)
    text = re.sub(rf"\b(\d{{1,2}}) ({months}) (\d{{4}})\b", long_dmy, text)
    text = re.sub(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})$", short, text, flags=re.M)
    return text


def variant(text: str, k: int) -> str:
    """Copy k of a fixture: its own places, people and dates."""
    if k == 0:
        return text
    subs = {"Tarvo": _place(k, 1), "Velm": _place(k, 2), "Kessel": _place(k, 3),
            "Tarek Hamdan": _person(k, 0), "Tareq Hamdan": _person(k, 0), "Hamdan": _person(k, 0).split()[1],
            "Samir Oud": _person(k, 1), "Oud": _person(k, 1).split()[1],
            "Anton Reyes": _person(k, 2), "Reyes": _person(k, 2).split()[1]}
    for old in sorted(subs, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(old)}\b", subs[old], text)
    return _shift_dates(text, 7 * k)


def _load_and_extract(path: str):
    doc = load_document(path)
    return doc, extract(doc)


def build_corpus(n: int, workdir: Path, workers: int):
    fixtures = sorted(FIXTURES.glob("*.txt"))
    paths = []
    k = 0
    while len(paths) < n:
        for f in fixtures:
            if len(paths) >= n:
                break
            p = workdir / f"{k:04d}_{f.name}"
            p.write_text(variant(f.read_text(encoding="utf-8"), k), encoding="utf-8")
            paths.append(str(p))
        k += 1
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            return list(pool.map(_load_and_extract, paths, chunksize=16))
    return [_load_and_extract(p) for p in paths]


def timed(label: str, fn, times: dict):
    t0 = time.perf_counter()
    out = fn()
    times[label] = time.perf_counter() - t0
    return out


def run(n: int, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        pairs = build_corpus(n, Path(tmp), workers)
        extract_s = time.perf_counter() - t0
    times: dict[str, float] = {}
    base = timed("entities+speech events", lambda: compute_links(pairs, comparisons=False), times)
    entities, speech_events = base
    entity_of = {(m.document_id, m.key): e.id for e in entities for m in e.members}
    names = {e.id: e.name for e in entities}
    se_of = {(m.document_id, m.index): e.id for e in speech_events for m in e.members}
    stories = timed("stories", lambda: cluster_stories(pairs, entity_of, se_of), times)
    story_of = {m.document_id: c.id for c in stories for m in c.members}
    claims = timed("claims", lambda: match_claims(pairs, entity_of, speech_event_of=se_of, story_of=story_of,
                                                  entity_names=names), times)
    found = timed("discrepancies", lambda: find_discrepancies(pairs, stories, claims, entity_of, names,
                                                                speech_events), times)
    timed("framing", lambda: compute_framing(pairs, entities, stories), times)
    times["relink total"] = sum(times.values())
    full = timed("compute_links (all, check)", lambda: compute_links(pairs), {})
    assert len(full.stories) == len(stories)
    return {"n": n, "extract_s": extract_s, "times": times, "stories": len(stories),
            "syndicated": sum(m.syndicated for s in stories for m in s.members), "claims": len(claims),
            "discrepancies": len(found), "kinds": sorted({d.kind for d in found})}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="+", default=[200, 1000])
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    for n in args.n:
        r = run(n, args.workers)
        print(f"N={r['n']}: {r['stories']} stories ({r['syndicated']} syndicated copies), {r['claims']} claim links, "
              f"{r['discrepancies']} discrepancies {r['kinds']}; extraction {r['extract_s']:.1f} s (not relink)")
        for label, secs in r["times"].items():
            print(f"  {label:<24} {secs:8.2f} s")


if __name__ == "__main__":
    main()
