"""The CLI on the shipped example corpus: the README's demo path, queries, export, bad input."""
import csv
import gzip
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.serve.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
runner = CliRunner()


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    return result


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "demo.db"
    r = invoke("ingest", EXAMPLES, "--db", path)
    assert r.exit_code == 0, r.output
    return path


def test_demo_path_ingests_and_lists_statements(db):
    r = invoke("quotes", "--db", db, "--format", "json")
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    speakers = {row["speaker"] for row in rows}
    assert any("Dastani" in (s or "") for s in speakers)
    assert any("Okafor" in (s or "") for s in speakers)
    assert "Interviewer" in speakers
    for row in rows:
        assert row["text"]


def test_reingest_changes_nothing(db):
    before = json.loads(invoke("export", "--format", "json", "--db", db).stdout)
    r = invoke("ingest", EXAMPLES, "--db", db)
    assert "0 added" in r.stdout
    after = json.loads(invoke("export", "--format", "json", "--db", db).stdout)
    assert before == after


def test_export_json_contract(db, tmp_path):
    out = tmp_path / "export.json"
    r = invoke("export", "--format", "json", "-o", out, "--db", db)
    assert r.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"documents", "entities", "speech_events"}
    ids = {e["id"] for e in data["entities"]}
    for doc in data["documents"]:
        assert {"id", "source", "title", "published", "outlet", "broadcaster", "external_id", "body"} <= set(doc)
        for q in doc["quotes"]:
            assert doc["body"][q["start"]:q["end"]] == q["text"]
            assert q["kind"] in ("direct", "indirect", "mixed")
            assert q["speaker"]["entity_id"] is None or q["speaker"]["entity_id"] in ids
        for m in doc["mentions"]:
            assert doc["body"][m["start"]:m["end"]] == m["text"]


def test_quotes_filters_and_csv(db):
    r = invoke("quotes", "--speaker", "okafor", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and all("Okafor" in row["speaker"] for row in rows)
    r = invoke("quotes", "--since", "2030-01-01", "--format", "json", "--db", db)
    assert json.loads(r.stdout) == []
    r = invoke("quotes", "--since", "not-a-date", "--db", db)
    assert r.exit_code == 2


def test_speakers_show_and_documents(db):
    r = invoke("speakers", "--format", "json", "--db", db)
    assert any("Dastani" in row["speaker"] for row in json.loads(r.stdout))
    r = invoke("show", "01_coastline_tv_interview.txt", "--db", db)
    assert r.exit_code == 0 and "Interviewer" in r.stdout
    r = invoke("show", "no-such-document", "--db", db)
    assert r.exit_code == 1
    r = invoke("documents", "--format", "json", "--db", db)
    assert len(json.loads(r.stdout)) >= 4


def test_bad_inputs_are_reported_and_skipped(tmp_path):
    bad = tmp_path / "batch"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "truncated.txt.gz").write_bytes(gzip.compress(b"Some text that is long enough. " * 20)[:30])
    (bad / "good.txt").write_text((EXAMPLES / "02_northwind_gazette_presser.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    db = tmp_path / "b.db"
    r = invoke("ingest", bad, tmp_path / "missing.txt", "--db", db)
    assert r.exit_code == 0
    assert "1 added" in r.stdout
    assert "4 failed" in r.stdout
    rows = json.loads(invoke("quotes", "--format", "json", "--db", db).stdout)
    assert rows


def test_parallel_ingest_gives_the_same_record(tmp_path, db):
    par = tmp_path / "par.db"
    r = invoke("ingest", EXAMPLES, "--db", par, "--workers", 2)
    assert r.exit_code == 0, r.output
    one = json.loads(invoke("export", "--format", "json", "--db", db).stdout)
    two = json.loads(invoke("export", "--format", "json", "--db", par).stdout)
    assert one == two
