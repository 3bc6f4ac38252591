"""Entity recognition and linking benchmark on a gold set.

    .venv/bin/python benchmarks/names.py [--corpus ../shared/corpus/seeds] [--gold ../shared/eval/gold/seeds]
                                         [--raw] [-v]

Per document, `recognise()` runs over the ingested body (or, with --raw, over the file as it is)
and its entities are compared with the gold `entities` the way shared/eval/score.py compares
them: a gold entity is found when any form of a predicted entity (its name or a mention) matches
one of its forms after the scorer's normalisation; a predicted entity matching no gold entity and
no `optional_entities` form is an extra. Then `resolve_entities()` links the documents and the
pairwise same-entity precision/recall across documents is reported, plus throughput.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.extract.entities import recognise  # noqa: E402
from onrecord.link.entities import resolve_entities  # noqa: E402

SHARED = ROOT.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _bodies(corpus: Path, raw: bool) -> dict[str, str]:
    if raw:
        return {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))}
    from onrecord.ingest import read_sources
    out = {}
    for item in read_sources([str(corpus)]):
        doc = getattr(item, "text", None)
        if doc is not None:
            out[Path(item.source).name] = doc
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "seeds")
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "gold" / "seeds")
    ap.add_argument("--raw", action="store_true", help="read the files as they are, not the ingested body")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    score = _scorer()
    gold_entities = json.loads((args.gold / "entities.json").read_text(encoding="utf-8"))
    bodies = _bodies(args.corpus, args.raw)

    t0 = time.perf_counter()
    recognised = {name: recognise(text) for name, text in bodies.items()}
    elapsed = time.perf_counter() - t0

    n_gold = n_found = n_pred = n_extra = 0
    links = []          # (doc, gold id, local key)
    for gf in sorted(args.gold.glob("*.json")):
        if gf.name in ("entities.json", "speech_events.json"):
            continue
        g = json.loads(gf.read_text(encoding="utf-8"))
        if g["doc"] not in recognised:
            continue
        entities, mentions = recognised[g["doc"]]
        forms = {e.key: {e.name} | {m.text for m in mentions if m.entity_key == e.key} for e in entities}
        optional = {score.norm_name(s) for s in g.get("optional_entities", [])}
        matched, missed = set(), []
        for ge in g["entities"]:
            gforms = ge["surface"] + [gold_entities[ge["id"]]["name"]] + gold_entities[ge["id"]]["aliases"]
            hit = next((k for k, fs in forms.items() if any(score.name_matches(f, gforms) for f in fs)), None)
            n_gold += 1
            if hit is None:
                missed.append(ge["id"])
            else:
                n_found += 1
                matched.add(hit)
                links.append((g["doc"], ge["id"], hit))
        extra = [sorted(fs)[:3] for k, fs in forms.items()
                 if k not in matched and not any(score.norm_name(f) in optional for f in fs)]
        n_pred += len(matched) + len(extra)
        n_extra += len(extra)
        print(f"{g['doc']}: gold {len(g['entities'])}  found {len(g['entities']) - len(missed)}  extra {len(extra)}")
        if args.verbose:
            for m in missed:
                print(f"    missed {m}")
            for x in extra:
                print(f"    extra  {x}")

    r = n_found / n_gold if n_gold else 0.0
    p = (n_pred - n_extra) / n_pred if n_pred else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"entities per document  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n_gold}, predicted {n_pred})")

    items = [(doc, e) for doc, (ents, _) in recognised.items() for e in ents]
    t1 = time.perf_counter()
    globals_ = resolve_entities(items)
    link_time = time.perf_counter() - t1
    cluster = {(m.document_id, m.key): e.id for e in globals_ for m in e.members}
    tp = fp = fn = 0
    wrong: set[tuple[str, str]] = set()
    for (d1, g1, k1), (d2, g2, k2) in combinations(links, 2):
        if d1 == d2:
            continue
        same_g, same_p = g1 == g2, cluster.get((d1, k1)) == cluster.get((d2, k2))
        tp += same_g and same_p
        fp += same_p and not same_g
        fn += same_g and not same_p
        if same_p != same_g:
            wrong.add(("merged" if same_p else "apart", " / ".join(sorted({f"{g1}:{k1}", f"{g2}:{k2}"}))))
    lp = tp / (tp + fp) if tp + fp else 1.0
    lr = tp / (tp + fn) if tp + fn else 1.0
    print(f"entities across documents (pairs)  P {lp:.3f}  R {lr:.3f}  ({len(globals_)} global entities)")
    if args.verbose:
        for kind, what in sorted(wrong):
            print(f"    {kind}: {what}")
    chars = sum(len(t) for t in bodies.values())
    print(f"recognise: {len(bodies)} documents, {chars} chars in {elapsed:.2f}s (first call loads the gazetteer); "
          f"resolve: {len(items)} local entities in {link_time:.3f}s")


if __name__ == "__main__":
    main()
