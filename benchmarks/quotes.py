"""Quote extraction benchmark: the scorer's metrics on a gold set and extract-stage throughput.

    .venv/bin/python benchmarks/quotes.py [--corpus ../shared/corpus/seeds] [--gold ../shared/eval/gold/seeds]
                                          [--repeat 20]

Throughput is the extract stage alone (ingest and store excluded), on one core, over documents
already loaded in memory, repeated `--repeat` times; the best of three rounds is reported.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.extract import extract  # noqa: E402
from onrecord.ingest import read_sources  # noqa: E402
from onrecord.pipeline import ingest  # noqa: E402
from onrecord.serve.export import build_export  # noqa: E402
from onrecord.store import Store  # noqa: E402

SHARED = ROOT.parent / "shared"


def score(corpus: Path, gold: Path) -> dict | None:
    scorer = SHARED / "eval" / "score.py"
    if not gold.is_dir() or not scorer.is_file():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(os.path.join(tmp, "b.db"))
        ingest([str(corpus)], store)
        export = Path(tmp) / "export.json"
        export.write_text(json.dumps(build_export(store), ensure_ascii=False), encoding="utf-8")
        store.close()
        out = Path(tmp) / "metrics.json"
        proc = subprocess.run([sys.executable, str(scorer), "--export", str(export), "--gold", str(gold),
                               "--texts", str(corpus), "--json", str(out)], capture_output=True, text=True)
        print(proc.stdout)
        return json.loads(out.read_text()) if out.exists() else None


def throughput(corpus: Path, repeat: int) -> dict:
    docs = [d for d in read_sources([str(corpus)]) if hasattr(d, "text")]
    words = sum(len(d.text.split()) for d in docs)
    extract(docs[0])                      # warm caches (gazetteer, compiled patterns)
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(repeat):
            for d in docs:
                extract(d)
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)
    n = len(docs) * repeat
    return {"documents": len(docs), "words_per_pass": words, "passes": repeat, "seconds": round(best, 3),
            "docs_per_second": round(n / best, 1), "words_per_second": round(words * repeat / best)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "seeds")
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "gold" / "seeds")
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    metrics = score(a.corpus, a.gold)
    if metrics:
        q = metrics["quotes"]
        print(f"quotes span+speaker F1 {q['span_and_speaker']['f1']:.3f}; found with speaker "
              f"{q['quotes_found_with_speaker']}; unlocated {q['unlocated_predictions']}")
    t = throughput(a.corpus, a.repeat)
    print(f"extract throughput (one core): {t['docs_per_second']} documents/s, {t['words_per_second']} words/s "
          f"({t['documents']} documents x {t['passes']} passes in {t['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
