"""The `onrecord` command line: ingest reports, query who said what, export the record.

Every command takes `--db PATH` (default: $ONRECORD_DB, else ./onrecord.db). Query commands print
a table for people and `--format json|csv` for pipes.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from onrecord import __version__

app = typer.Typer(help="Who said what, when, where, as reported by whom: a sourced record from news reports and "
                       "broadcast transcripts.", no_args_is_help=True, add_completion=False)
# Piped output keeps a readable width; use --format csv|json for machine-readable output.
console = Console(width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True)

DbOption = typer.Option(None, "--db", help="SQLite file or database URL [default: $ONRECORD_DB or ./onrecord.db]",
                        show_default=False)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    json = "json"
    csv = "csv"


def _open_store(db: Optional[str]):
    from onrecord.store import Store, default_db_path
    try:
        return Store.open(db or default_db_path())
    except Exception as exc:  # a clear message instead of a traceback for a wrong path or URL
        err.print(f"[red]error:[/red] cannot open store {db or default_db_path()!r}: {exc}")
        raise typer.Exit(2)


def _parse_date(value: Optional[str], option: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]error:[/red] {option} expects a date as YYYY-MM-DD, got {value!r}")
        raise typer.Exit(2)


def _emit(rows: list[dict], columns: list[str], fmt: OutputFormat, title: str | None = None,
          widths: dict[str, int] | None = None):
    from onrecord.serve.export import to_csv
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    if fmt is OutputFormat.csv:
        sys.stdout.write(to_csv(rows, columns))
        return
    table = Table(title=title, show_lines=False, expand=False)
    for c in columns:
        table.add_column(c, overflow="fold", max_width=(widths or {}).get(c))
    for r in rows:
        table.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
    console.print(table)


@app.callback(invoke_without_command=True)
def main(version: bool = typer.Option(False, "--version", help="Print the version and exit.")):
    if version:
        console.print(f"onrecord {__version__}")
        raise typer.Exit()


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files, directories (recursive) or http(s) URLs."),
           db: Optional[str] = DbOption,
           max_bytes: int = typer.Option(20_000_000, help="Refuse inputs larger than this many bytes."),
           ner: Optional[str] = typer.Option(None, "--ner", help="Add an installed NER backend, e.g. "
                                             "spacy:en_core_web_sm or spacy:/path/to/pipeline."),
           workers: int = typer.Option(1, "--workers", "-w", min=1,
                                       help="Processes for reading and extraction (one core each)."),
           quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar.")):
    """Read reports and transcripts, extract who said what, and store it."""
    from onrecord.extract.backends import BackendError, load_backend
    from onrecord.ingest import IngestSettings
    from onrecord.pipeline import ingest as run_ingest
    backends = []
    if ner:
        try:
            backends.append(load_backend(ner))
        except BackendError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2)
    store = _open_store(db)
    settings = IngestSettings(max_bytes=max_bytes)
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=err, transient=True,
                        disable=quiet or not err.is_terminal)
    with progress:
        task = progress.add_task("", total=None)

        def on_progress(source: str, n: int, total: int):
            progress.update(task, total=total, completed=n - 1, description=Path(source).name[:40])

        report = run_ingest(paths, store, settings, on_progress, backends, workers=workers,
                            backend_specs=[ner] if ner else [])
        progress.update(task, completed=report.sources)
    summary = (f"{report.sources} sources: {report.added} added, {report.unchanged} unchanged, "
               f"{len(report.failures)} failed; {report.statements} statements extracted")
    console.print(summary)
    if report.added:
        console.print(f"linked: {report.entities} entities, {report.speech_events} speech events")
    for f in report.failures:
        err.print(f"[yellow]skipped[/yellow] {f.source}: {f.reason}")
    store.close()


@app.command()
def quotes(speaker: Optional[str] = typer.Option(None, help="Speaker name or alias (any spelling)."),
           since: Optional[str] = typer.Option(None, help="Statements made on or after YYYY-MM-DD."),
           until: Optional[str] = typer.Option(None, help="Statements made on or before YYYY-MM-DD."),
           search: Optional[str] = typer.Option(None, "--search", "-s", help="Full-text search in the quote text."),
           document: Optional[str] = typer.Option(None, help="Only this document (id, id prefix or file name)."),
           limit: Optional[int] = typer.Option(None, help="At most this many quotes."),
           format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
           db: Optional[str] = DbOption):
    """List statements with their speakers, dates and sources."""
    from onrecord.serve.export import QUOTE_COLUMNS, quote_rows
    store = _open_store(db)
    doc_id = None
    if document:
        from onrecord.serve.queries import find_document
        doc = find_document(store, document)
        if doc is None:
            err.print(f"[red]error:[/red] no document matches {document!r}")
            raise typer.Exit(1)
        doc_id = doc.id
    if search:
        records = store.search_quotes(search, limit=limit or 50)
    else:
        records = store.quotes(speaker=speaker, since=_parse_date(since, "--since"),
                               until=_parse_date(until, "--until"), document_id=doc_id, limit=limit)
    rows = quote_rows(records)
    if format is OutputFormat.table:
        for r in rows:
            r["source"] = Path(r["source"]).name
            r["text"] = r["text"] if len(r["text"]) <= 120 else r["text"][:117] + "..."
            r["date"] = r["statement_date"] or "unknown"
        _emit(rows, ["date", "speaker", "kind", "text", "source"], format,
              title=f"{len(rows)} statements", widths={"text": 70, "source": 32, "date": 21})
    else:
        _emit(rows, QUOTE_COLUMNS, format)
    store.close()


@app.command()
def speakers(format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
             db: Optional[str] = DbOption):
    """Who is quoted, how often, in how many documents."""
    store = _open_store(db)
    counts: dict[str, dict] = {}
    for r in store.quotes():
        name = r.speaker_entity_name or r.quote.speaker_name or "(unknown)"
        key = r.speaker_entity_id or name
        row = counts.setdefault(key, {"speaker": name, "entity_id": r.speaker_entity_id, "statements": 0,
                                      "documents": set(), "first": None, "last": None})
        row["statements"] += 1
        row["documents"].add(r.document_id)
        d = (r.statement_date.start.isoformat() if r.statement_date else (r.published or "")[:10]) or None
        if d:
            row["first"] = min(filter(None, [row["first"], d]))
            row["last"] = max(filter(None, [row["last"], d]))
    rows = sorted(counts.values(), key=lambda r: (-r["statements"], r["speaker"]))
    for r in rows:
        r["documents"] = len(r["documents"])
    _emit(rows, ["speaker", "statements", "documents", "first", "last", "entity_id"], format,
          title=f"{len(rows)} speakers")
    store.close()


@app.command()
def documents(format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
              db: Optional[str] = DbOption):
    """The documents in the store."""
    store = _open_store(db)
    rows = []
    for doc in store.documents():
        ex = store.get_extraction(doc.id)
        rows.append({"id": doc.id[:12], "source": Path(doc.source).name, "published": doc.published,
                     "title": doc.title, "outlet": doc.outlet, "broadcaster": doc.broadcaster,
                     "external_id": doc.external_id, "quotes": len(ex.quotes)})
    _emit(rows, ["id", "published", "source", "title", "broadcaster", "external_id", "quotes"], format,
          title=f"{len(rows)} documents", widths={"title": 50})
    store.close()


_KIND_STYLE = {"direct": "bold green", "indirect": "cyan", "mixed": "magenta"}


def _marked_text(text: str, quotes) -> str:
    inserts = []
    for n, q in enumerate(quotes, 1):
        inserts.append((q.start, 1, f"[{n}>"))
        inserts.append((q.end, 0, f"<{n}]"))
    out, last = [], 0
    for pos, _, mark in sorted(inserts):
        out.append(text[last:pos])
        out.append(mark)
        last = pos
    out.append(text[last:])
    return "".join(out)


@app.command()
def show(document: str = typer.Argument(..., help="Document id, id prefix, source path or file name."),
         db: Optional[str] = DbOption):
    """A document's text with its quotes marked and their speakers."""
    from onrecord.serve.queries import find_document
    store = _open_store(db)
    doc = find_document(store, document)
    if doc is None:
        err.print(f"[red]error:[/red] no document matches {document!r}")
        raise typer.Exit(1)
    ex = store.get_extraction(doc.id)
    console.print(f"[bold]{doc.title or '(untitled)'}[/bold]")
    meta = [f"source: {doc.source}", f"published: {doc.published or 'unknown'}"]
    if doc.outlet:
        meta.append(f"outlet: {doc.outlet}")
    if doc.broadcaster:
        meta.append(f"broadcaster: {doc.broadcaster}")
    if doc.external_id:
        meta.append(f"id: {doc.external_id}")
    console.print(" · ".join(meta), style="dim")
    console.print()
    if console.is_terminal:
        body = Text(doc.text)
        for n, q in enumerate(ex.quotes, 1):
            body.stylize(_KIND_STYLE.get(q.kind, "bold"), q.start, q.end)
            if q.speaker_start is not None and q.speaker_end is not None:
                body.stylize("underline", q.speaker_start, q.speaker_end)
        console.print(body)
    else:
        # no colours in a pipe: number the quotes in the text instead
        console.print(_marked_text(doc.text, ex.quotes), markup=False, highlight=False)
    console.print()
    table = Table(title="statements", show_lines=False)
    for c in ("#", "speaker", "kind", "cue", "span"):
        table.add_column(c)
    for n, q in enumerate(ex.quotes, 1):
        table.add_row(str(n), q.speaker_name or "(unknown)", q.kind, q.cue or "", f"{q.start}-{q.end}")
    console.print(table)
    store.close()


@app.command()
def export(format: ExportFormat = typer.Option(ExportFormat.json, "--format", "-f"),
           output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write [default: stdout]."),
           db: Optional[str] = DbOption):
    """Export the record: JSON (the export contract) or CSV (one row per statement)."""
    from onrecord.serve.export import export_csv, export_json
    store = _open_store(db)
    data = export_json(store) if format is ExportFormat.json else export_csv(store)
    store.close()
    if output is None:
        sys.stdout.write(data if data.endswith("\n") else data + "\n")
    else:
        output.write_text(data if data.endswith("\n") else data + "\n", encoding="utf-8")
        err.print(f"wrote {output}")


# ---------------------------------------------------------------- entities (analysts can correct the record)

entities_app = typer.Typer(help="People, organisations and places across the corpus; correct how they are merged.")
app.add_typer(entities_app, name="entities")


@entities_app.callback(invoke_without_command=True)
def entities(ctx: typer.Context,
             type: Optional[str] = typer.Option(None, "--type", "-t", help="PER, ORG or LOC."),
             format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
             db: Optional[str] = DbOption):
    """List entities (without a sub-command)."""
    if ctx.invoked_subcommand is not None:
        return
    from onrecord.serve.queries import entity_rows
    store = _open_store(db)
    rows = entity_rows(store, type.upper() if type else None)
    columns = ["name", "type", "documents", "aliases", "roles", "id"]
    if type and type.upper() == "LOC":
        columns = ["name", "documents", "country", "coordinates", "aliases", "id"]
    _emit(rows, columns if format is OutputFormat.table else columns + ["country", "coordinates"] * (
        "country" not in columns), format, title=f"{len(rows)} entities", widths={"aliases": 50, "roles": 40})
    store.close()


def _one_entity(store, ref: str):
    from onrecord.serve.queries import find_entities
    found = find_entities(store, ref)
    if not found:
        err.print(f"[red]error:[/red] no entity matches {ref!r}")
        raise typer.Exit(1)
    if len(found) > 1:
        err.print(f"[red]error:[/red] {ref!r} matches several entities: "
                  + ", ".join(f"{e.name} ({e.id})" for e in found) + "; use an id")
        raise typer.Exit(1)
    return found[0]


def _correct(db: Optional[str], action: str, payload: dict):
    from onrecord.link.relink import relink
    store = _open_store(db)
    store.add_correction(action, payload)
    n_entities, _ = relink(store)
    console.print(f"recorded {action}; {n_entities} entities after relinking")
    store.close()


@entities_app.command("merge")
def entities_merge(a: str = typer.Argument(..., help="Entity name, alias or id."),
                   b: str = typer.Argument(..., help="Entity name, alias or id."),
                   db: Optional[str] = DbOption):
    """Declare two entities the same (persists across re-ingest)."""
    store = _open_store(db)
    ea, eb = _one_entity(store, a), _one_entity(store, b)
    store.close()
    _correct(db, "merge", {"a": ea.id, "b": eb.id, "a_name": ea.name, "b_name": eb.name})


@entities_app.command("split")
def entities_split(entity: str = typer.Argument(..., help="Entity name, alias or id."),
                   names: list[str] = typer.Argument(..., help="Surface forms that name a different entity."),
                   db: Optional[str] = DbOption):
    """Split surface forms off an entity into their own (persists across re-ingest)."""
    store = _open_store(db)
    e = _one_entity(store, entity)
    store.close()
    _correct(db, "split", {"entity": e.id, "entity_name": e.name, "names": names})


@entities_app.command("alias")
def entities_alias(entity: str = typer.Argument(..., help="Entity name, alias or id."),
                   alias: str = typer.Argument(..., help="Another name of the same entity."),
                   db: Optional[str] = DbOption):
    """Declare another name of an entity (persists across re-ingest)."""
    store = _open_store(db)
    e = _one_entity(store, entity)
    store.close()
    _correct(db, "alias", {"entity": e.id, "entity_name": e.name, "alias": alias})


@app.command()
def entity(name: str = typer.Argument(..., help="Entity name, alias (any spelling) or id."),
           format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
           db: Optional[str] = DbOption):
    """One entity's dossier: aliases, roles, documents and statements."""
    from onrecord.serve.queries import dossier
    store = _open_store(db)
    d = dossier(store, _one_entity(store, name))
    store.close()
    if format is not OutputFormat.table:
        sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=1) + "\n")
        return
    console.print(f"[bold]{d['name']}[/bold] ({d['type']}, {d['id']})")
    if d["aliases"]:
        console.print("aliases: " + ", ".join(d["aliases"]))
    if d["roles"]:
        console.print("roles: " + "; ".join(d["roles"]))
    if d["place"]:
        pl = d["place"]
        where = f"{pl['name']} ({pl['kind']}, {pl['country'] or pl['country_code']})"
        if pl["latitude"] is not None:
            where += f" at {pl['latitude']:.4f}, {pl['longitude']:.4f}"
        console.print("place: " + where + (f"; {pl['ambiguous']} places share the name" if pl["ambiguous"] > 1 else ""))
    _emit(d["documents"], ["published", "title", "source"], OutputFormat.table, title="documents",
          widths={"title": 60})
    for row in d["statements"]:
        row["date"] = row["date"] or "unknown"
    _emit(d["statements"], ["date", "kind", "text", "source"], OutputFormat.table, title="statements",
          widths={"text": 80, "source": 30})


# ---------------------------------------------------------------- events and timelines

@app.command()
def events(type: Optional[str] = typer.Option(None, "--type", "-t", help="PLOVER type, e.g. ASSAULT."),
           place: Optional[str] = typer.Option(None, help="Place name (any spelling)."),
           since: Optional[str] = typer.Option(None, help="Events on or after YYYY-MM-DD (undated ones left out)."),
           format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
           db: Optional[str] = DbOption):
    """Events as each source reports them."""
    from onrecord.serve.queries import event_rows
    store = _open_store(db)
    rows = event_rows(store, type, place, _parse_date(since, "--since"))
    store.close()
    if format is OutputFormat.table:
        for r in rows:
            r["source"] = Path(r["source"]).name
    _emit(rows, ["date", "type", "location", "actor", "target", "fatalities", "evidence", "source"], format,
          title=f"{len(rows)} events", widths={"evidence": 60, "source": 24})


@app.command()
def timeline(name: str = typer.Argument(..., help="Person or organisation (any spelling) or entity id."),
             format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
             db: Optional[str] = DbOption):
    """Statements and events of a person or organisation in date order, each with its source."""
    from onrecord.serve.queries import timeline as build_timeline
    store = _open_store(db)
    rows = build_timeline(store, _one_entity(store, name))
    store.close()
    if format is OutputFormat.table:
        for r in rows:
            r["source"] = Path(r["source"]).name
            r["date"] = r["date"] or "unknown"
    _emit(rows, ["date", "what", "text", "source"], format, title=f"timeline: {name}",
          widths={"text": 80, "source": 24})


from onrecord.serve import cli_compare  # noqa: E402,F401  (registers compare/outlets)

if __name__ == "__main__":
    app()
