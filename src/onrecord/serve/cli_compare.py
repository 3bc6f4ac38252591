"""`onrecord compare` and `onrecord outlets`: what the sources disagree on, and how each outlet frames it.

Registered on the main app by the import at the end of `onrecord.serve.cli`.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from onrecord.serve.cli import DbOption, OutputFormat, _emit, _open_store, app


class DiscrepancyKind(str, Enum):
    fatalities = "fatalities"
    date = "date"
    place = "place"
    attribution = "attribution"
    wording = "wording"


def _document_info(store) -> dict[str, dict]:
    from onrecord.link.framing import outlet_of
    return {d.id: {"source": d.source, "outlet": outlet_of(d), "published": d.published} for d in store.documents()}


def discrepancy_dicts(store, kind: str | None = None) -> list[dict]:
    """Discrepancies with each side's source, outlet and publication date."""
    docs = _document_info(store)
    out = []
    for d in store.discrepancies(kind):
        sides = []
        for s in d.sides:
            info = docs.get(s.document_id, {})
            sides.append({**s.to_dict(), "source": info.get("source"), "outlet": info.get("outlet"),
                          "published": info.get("published")})
        out.append({"id": d.id, "kind": d.kind, "subject": d.subject, "description": d.description,
                    "story_id": d.story_id, "sides": sides})
    return out


@app.command()
def compare(kind: Optional[DiscrepancyKind] = typer.Option(None, "--kind", "-k",
                                                           help="Only this kind of discrepancy."),
            format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
            db: Optional[str] = DbOption):
    """Where sources differ about one event or statement: fatalities, date, place, attribution, wording."""
    store = _open_store(db)
    items = discrepancy_dicts(store, kind.value if kind else None)
    store.close()
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=1) + "\n")
        return
    rows = []
    for d in items:
        for n, s in enumerate(d["sides"]):
            rows.append({"id": d["id"], "kind": d["kind"], "subject": d["subject"], "description": d["description"],
                         "value": s["value"], "outlet": s["outlet"], "document_id": s["document_id"],
                         "source": s["source"], "published": s["published"], "start": s["start"], "end": s["end"],
                         "text": s["text"]})
            if format is OutputFormat.table:
                r = rows[-1]
                r["source"] = Path(r["source"] or "").name
                if n:
                    r["kind"] = r["description"] = ""
    if format is OutputFormat.csv:
        _emit(rows, ["id", "kind", "subject", "description", "value", "outlet", "source", "published", "document_id",
                     "start", "end", "text"], format)
        return
    _emit(rows, ["kind", "description", "value", "outlet", "source", "text"], format,
          title=f"{len(items)} discrepancies", widths={"description": 36, "value": 30, "source": 24, "text": 60})


@app.command()
def outlets(top: int = typer.Option(10, "--top", "-n", help="Distinctive terms per outlet."),
            format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
            db: Optional[str] = DbOption):
    """How each outlet names the same actors and events: seed contrasts, then its most distinctive terms."""
    from onrecord.link.framing import compute_framing
    store = _open_store(db)
    framing = compute_framing(list(store.iter_extractions()), store.entities(), store.stories(), top=top)
    store.close()
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps([f.to_dict() for f in framing], ensure_ascii=False, indent=1) + "\n")
        return
    if format is OutputFormat.csv:
        rows = [{"outlet": f.outlet, "documents": f.documents, "rank": i, "term": t.term, "count": t.count,
                 "rest_count": t.rest_count, "z": round(t.z, 3)}
                for f in framing for i, t in enumerate(f.top_terms, 1)]
        _emit(rows, ["outlet", "documents", "rank", "term", "count", "rest_count", "z"], format)
        return
    rows = [{"outlet": f.outlet, "documents": f.documents,
             "seed contrasts": "; ".join(f"{p['a']} {p['a_count']} / {p['b']} {p['b_count']}" for p in f.seed_pairs),
             "distinctive terms (count, z)": ", ".join(f"{t.term} ({t.count}, {t.z:.1f})" for t in f.top_terms)}
            for f in framing]
    _emit(rows, ["outlet", "documents", "seed contrasts", "distinctive terms (count, z)"], format,
          title=f"{len(rows)} outlets", widths={"seed contrasts": 40, "distinctive terms (count, z)": 70})
