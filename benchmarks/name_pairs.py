"""Name-matching benchmark on labelled pairs of public name variants.

    .venv/bin/python benchmarks/name_pairs.py [--data benchmarks/data/name_pairs.tsv] [--no-aliases] [-v]

Every pair in `benchmarks/data/name_pairs.tsv` (columns `a  b  type  same  note`) is scored with
`onrecord.link.names.same_entity([a], a_type, [b], b_type, aliases)`, the decision that
`resolve_entities` makes for each blocked candidate pair, and compared with the label at the
production threshold (`onrecord.link.entities.THRESHOLD`).

- `type` is PER, ORG or LOC; a cross-type pair is written `A/B` (a is A, b is B, e.g. `LOC/PER`).
- `same` is 1 when both names denote one entity, 0 when they must stay apart.
- `note` starts with a category tag (`translit:`, `surname:`, `title:`, `alias:`, `relative:`,
  `namesake:`, `shared-words:`, `lookalike:`, `cross-type:` ...) followed by the source or reason;
  results are broken down by it.

Aliases: `resolve_entities` copies the shipped table (`names.default_aliases()`, built from
data/known_entities.json) and passes it to every `same_entity` call, whatever the types; this
benchmark does the same. `--no-aliases` scores with an empty table instead, to show what the
string matcher does on its own.

Prints precision / recall / F1 at the threshold (overall, by type, by tag), a threshold sweep,
every error (false merges and misses) with its score, asymmetric scores if any, and throughput.
`-v` also lists every pair with its score.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.link import names as N  # noqa: E402
from onrecord.link.entities import THRESHOLD  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "name_pairs.tsv"


def load(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            t = r["type"].strip()
            a_type, b_type = t.split("/") if "/" in t else (t, t)
            if {a_type, b_type} - {"PER", "ORG", "LOC"} or r["same"] not in ("0", "1"):
                raise ValueError(f"{path}:{i}: bad row {r}")
            note = r.get("note") or ""
            rows.append({"a": r["a"], "b": r["b"], "a_type": a_type, "b_type": b_type, "type": t,
                         "same": r["same"] == "1", "note": note,
                         "tag": note.split(":", 1)[0].strip() if ":" in note else "-"})
    return rows


def score_all(rows: list[dict], table: N.AliasTable) -> list[float]:
    return [N.same_entity([r["a"]], r["a_type"], [r["b"]], r["b_type"], table) for r in rows]


def prf(rows: list[dict], scores: list[float], thr: float) -> tuple[int, int, int, int, float, float, float]:
    tp = fp = fn = tn = 0
    for r, s in zip(rows, scores):
        pred = s >= thr
        if pred and r["same"]:
            tp += 1
        elif pred:
            fp += 1
        elif r["same"]:
            fn += 1
        else:
            tn += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    return tp, fp, fn, tn, p, rec, f1


def _line(label: str, m) -> str:
    tp, fp, fn, tn, p, r, f = m
    return f"  {label:<16} n={tp + fp + fn + tn:<4} tp={tp:<4} fp={fp:<3} fn={fn:<4} tn={tn:<4} P={p:.3f}  R={r:.3f}  F1={f:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--threshold", type=float, default=THRESHOLD, help=f"decision threshold (production: {THRESHOLD})")
    ap.add_argument("--no-aliases", action="store_true", help="score with an empty alias table")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every pair with its score")
    args = ap.parse_args()

    rows = load(args.data)
    if args.no_aliases:
        # an empty AliasTable is falsy (it has __len__), and same_entity's `aliases or default_aliases()`
        # would then fall back to the shipped table: give it one group that no real name can match
        table = N.AliasTable()
        table.add(["zzqxjv placeholder no alias"])
    else:
        table = N.default_aliases().copy()
    thr = args.threshold
    pos = sum(r["same"] for r in rows)
    print(f"{args.data.relative_to(ROOT) if args.data.is_relative_to(ROOT) else args.data}: {len(rows)} pairs "
          f"({pos} same, {len(rows) - pos} different); alias table: "
          f"{'none (--no-aliases)' if args.no_aliases else f'shipped, {len(table)} groups'}; threshold {thr}")

    # throughput: one-time loads (lexicon, alias table, gazetteer) first, then a cold pass with the
    # parse cache cleared, then warm passes for about a second
    t0 = time.perf_counter()
    N.same_entity(["Tehran"], "LOC", ["Tehran Airport"], "LOC", table)
    load_s = time.perf_counter() - t0
    N.parse.cache_clear()
    t0 = time.perf_counter()
    scores = score_all(rows, table)
    cold = time.perf_counter() - t0
    reps, t0 = 0, time.perf_counter()
    while True:
        score_all(rows, table)
        reps += 1
        if time.perf_counter() - t0 >= 1.0:
            break
    warm = (time.perf_counter() - t0) / reps

    print(f"\nAt threshold {thr}:")
    print(_line("all", prf(rows, scores, thr)))
    for label, key in (("by type", "type"), ("by tag", "tag")):
        groups: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            groups[r[key]].append(i)
        print(f" {label}:")
        for g in sorted(groups):
            idx = groups[g]
            print(_line(g, prf([rows[i] for i in idx], [scores[i] for i in idx], thr)))

    print("\nThreshold sweep:")
    print("  thr    P      R      F1     fp  fn")
    for k in range(10):
        t = round(0.5 + 0.05 * k, 2)
        _, fp, fn, _, p, r, f = prf(rows, scores, t)
        mark = "  <- production" if abs(t - THRESHOLD) < 1e-9 else ""
        print(f"  {t:.2f}  {p:.3f}  {r:.3f}  {f:.3f}  {fp:>3} {fn:>3}{mark}")

    fps = [(s, r) for r, s in zip(rows, scores) if s >= thr and not r["same"]]
    fns = [(s, r) for r, s in zip(rows, scores) if s < thr and r["same"]]
    print(f"\nFalse merges ({len(fps)}): different entities scored >= {thr}")
    for s, r in sorted(fps, key=lambda x: (-x[0], x[1]["type"], x[1]["a"])):
        print(f"  {s:.3f}  {r['type']:<7} {r['a']!r} ~ {r['b']!r}   [{r['note']}]")
    print(f"\nMisses ({len(fns)}): same entity scored < {thr}")
    for s, r in sorted(fns, key=lambda x: (x[1]["type"], x[1]["tag"], x[0], x[1]["a"])):
        print(f"  {s:.3f}  {r['type']:<7} {r['a']!r} ~ {r['b']!r}   [{r['note']}]")

    asym = []
    for r, s in zip(rows, scores):
        s2 = N.same_entity([r["b"]], r["b_type"], [r["a"]], r["a_type"], table)
        if abs(s2 - s) > 1e-9:
            asym.append((r, s, s2))
    print(f"\nAsymmetric scores (a,b) vs (b,a): {len(asym)}")
    for r, s, s2 in asym:
        print(f"  {r['a']!r} ~ {r['b']!r}: {s:.3f} vs {s2:.3f}")

    if args.verbose:
        print("\nAll pairs:")
        for r, s in zip(rows, scores):
            ok = (s >= thr) == r["same"]
            print(f"  {'ok ' if ok else 'ERR'} {s:.3f}  {int(r['same'])}  {r['type']:<7} {r['a']!r} ~ {r['b']!r}   [{r['note']}]")

    print(f"\nThroughput: {len(rows) / cold:,.0f} pairs/s cold (parse cache cleared), "
          f"{len(rows) / warm:,.0f} pairs/s warm ({reps} passes); one-time data load {load_s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
