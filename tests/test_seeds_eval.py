"""End to end on the seed documents: ingest, export, and score against the published gold.

The thresholds are the issue's quality bar; the scorer is the shared one (shared/eval/score.py),
run exactly as a user would run it.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from onrecord.pipeline import ingest
from onrecord.serve.export import build_export
from onrecord.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "eval" / "gold" / "seeds"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not (SEEDS.is_dir() and SCORER.is_file()), reason="../shared not present")


@pytest.fixture(scope="module")
def seeds_export(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds")
    store = Store.open(tmp / "seeds.db")
    report = ingest([str(SEEDS)], store)
    assert report.failures == []
    data = build_export(store)
    store.close()
    path = tmp / "export.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return data, path


@pytest.fixture(scope="module")
def metrics(seeds_export, tmp_path_factory):
    _, path = seeds_export
    out = tmp_path_factory.mktemp("metrics") / "metrics.json"
    proc = subprocess.run([sys.executable, str(SCORER), "--export", str(path), "--gold", str(GOLD),
                           "--json", str(out)], capture_output=True, text=True, check=True)
    print(proc.stdout)
    return json.loads(out.read_text())


def test_every_offset_indexes_the_exported_body(seeds_export):
    data, _ = seeds_export
    assert len(data["documents"]) == 5
    for doc in data["documents"]:
        body = doc["body"]
        for item in doc["quotes"] + doc["mentions"]:
            assert body[item["start"]:item["end"]] == item["text"]


def test_quotes_meet_the_bar(metrics):
    q = metrics["quotes"]
    assert q["span_and_speaker"]["f1"] >= 0.95
    assert q["quotes_found_with_speaker"] >= 0.95
    assert q["unlocated_predictions"] == 0


def test_entities_meet_the_bar(metrics):
    e = metrics["entities"]
    assert e["per_document"]["f1"] >= 0.85
    assert e["cross_document_identity"]["f1"] >= 0.95


def test_time_and_events_meet_the_bar(metrics):
    v = metrics["events"]
    assert v["found"]["f1"] >= 0.75
    assert v["date"] >= 0.9
    assert v["fatalities"] == 1.0
    assert v["location"] >= 0.8


def test_speech_events_meet_the_bar(metrics):
    s = metrics["speech_events"]
    assert s["pairs"]["f1"] == 1.0
    assert s["date_accuracy"] == 1.0


def test_metadata_meets_the_bar(metrics):
    m = metrics["metadata"]
    assert m["title"] == 1.0
    assert m["published"] == 1.0
    assert m["external_id"] == 1.0
    assert m["body"] >= 0.9
