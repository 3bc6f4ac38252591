"""Whole-job benchmark: `onrecord ingest` (read, extract, store, relink) on a synthetic corpus.

    .venv/bin/python benchmarks/ingest.py [--documents 200] [--workers 1 2]

The corpus is the shipped examples and the seeds, copied with a numbered line added to each copy so
that every copy is a new document (a different content hash). Prints seconds and documents/s per
worker count; the store is a fresh SQLite file each time.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from onrecord.pipeline import ingest  # noqa: E402
from onrecord.store import Store  # noqa: E402

SOURCES = [p for p in sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "examples").glob("*.html"))]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
if SEEDS.is_dir():
    SOURCES += sorted(SEEDS.glob("*.txt"))


def build_corpus(folder: Path, n: int) -> None:
    for i in range(n):
        src = SOURCES[i % len(SOURCES)]
        text = src.read_text(encoding="utf-8")
        if src.suffix == ".html":
            text = text.replace("</article>", f"<p>Copy {i} of this report.</p></article>")
        else:
            text = text.rstrip("\n") + f"\n\nCopy {i} of this report.\n"
        (folder / f"{i:05d}_{src.name}").write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=200)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        build_corpus(corpus, a.documents)
        for workers in a.workers:
            db = tmp / f"w{workers}.db"
            store = Store.open(db)
            t0 = time.perf_counter()
            report = ingest([str(corpus)], store, workers=workers)
            elapsed = time.perf_counter() - t0
            store.close()
            print(f"workers={workers}: {report.added} documents, {report.statements} statements in {elapsed:.2f} s "
                  f"({report.added / elapsed:.1f} documents/s, relink included)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
