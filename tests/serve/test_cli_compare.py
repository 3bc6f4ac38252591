"""`onrecord compare` and `onrecord outlets` on a small multi-source corpus, ingested through the CLI."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.serve.cli import app

CORPUS = Path(__file__).resolve().parents[1] / "link" / "fixtures" / "multisource"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("compare") / "multi.db"
    r = invoke("ingest", CORPUS, "--db", path)
    assert r.exit_code == 0, r.output
    return path


def name(side):
    return Path(side["source"]).name


@pytest.fixture(scope="module")
def discrepancies(db):
    r = invoke("compare", "--db", db, "--format", "json")
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def export(db):
    return json.loads(invoke("export", "--format", "json", "--db", db).stdout)


def of_kind(items, kind):
    return [d for d in items if d["kind"] == kind]


def test_every_side_is_a_span_of_its_document(discrepancies, export):
    bodies = {d["id"]: d["body"] for d in export["documents"]}
    assert discrepancies
    for d in discrepancies:
        for s in d["sides"]:
            assert bodies[s["document_id"]][s["start"]:s["end"]] == s["text"]
            assert s["source"] and s["outlet"]


def test_fatalities_five_against_eight(discrepancies):
    found = of_kind(discrepancies, "fatalities")
    assert found
    values = {(name(s), s["value"]) for d in found for s in d["sides"]}
    assert ("02_sumud_network_martyrs.txt", 8) in values
    assert ("01_calvera_herald_strike.txt", 5) in values


def test_sunday_against_monday(discrepancies):
    values = {(name(s), s["value"]) for d in of_kind(discrepancies, "date") for s in d["sides"]}
    assert ("03_meridian_wire_sunday.txt", "2024-03-10") in values
    assert ("01_calvera_herald_strike.txt", "2024-03-11") in values


def test_velm_against_tarvo(discrepancies):
    values = {(name(s), s["value"]) for d in of_kind(discrepancies, "place") for s in d["sides"]}
    assert ("04_frontier_daily_velm.txt", "Velm") in values
    assert ("01_calvera_herald_strike.txt", "Tarvo") in values


def test_one_quote_given_to_two_speakers(discrepancies):
    # the quote about "this aggression" (other attributions, e.g. of the strike report itself, may exist too)
    [d] = [x for x in of_kind(discrepancies, "attribution")
           if all("We will answer this aggression" in s["text"] for s in x["sides"])]
    values = {(name(s), s["value"]) for s in d["sides"]}
    assert ("01_calvera_herald_strike.txt", "Tarek Hamdan") in values
    assert ("03_meridian_wire_sunday.txt", "Samir Oud") in values
    assert all("We will answer this aggression" in s["text"] for s in d["sides"])


def test_two_translations_of_the_speech(discrepancies):
    pairs = [{name(s): s["text"] for s in d["sides"]} for d in of_kind(discrepancies, "wording")]
    assert any(p.get("06_media_monitor_clip.txt", "").startswith("The UAVs that struck Tarvo cannot break our resolve")
               and p.get("02_sumud_network_martyrs.txt", "").startswith("The drones that hit Tarvo will not break")
               for p in pairs)


def test_the_kessel_strike_of_2021_is_neither_clustered_nor_compared(discrepancies, export):
    kessel = next(d["id"] for d in export["documents"] if d["source"].endswith("07_calvera_herald_kessel_2021.txt"))
    assert all(s["document_id"] != kessel for d in discrepancies for s in d["sides"])
    [story] = [st for st in export["stories"] if kessel in [m["document_id"] for m in st["members"]]]
    assert len(story["members"]) == 1


def test_the_syndicated_copy_is_flagged(export):
    ids = {Path(d["source"]).name: d["id"] for d in export["documents"]}
    members = {m["document_id"]: m for st in export["stories"] for m in st["members"]}
    copy = members[ids["05_coastal_times_copy.txt"]]
    assert copy["syndicated"] and copy["syndicated_of"] == ids["03_meridian_wire_sunday.txt"]
    assert sum(m["syndicated"] for m in members.values()) == 1


def test_export_has_the_claims(export):
    assert {"claims", "stories", "discrepancies"} <= set(export)
    docs = {d["id"]: d for d in export["documents"]}
    assert export["claims"]
    for c in export["claims"]:
        qa = docs[c["a"]["document_id"]]["quotes"][c["a"]["quote_index"]]
        qb = docs[c["b"]["document_id"]]["quotes"][c["b"]["quote_index"]]
        assert qa["text"] and qb["text"] and 0 < c["score"] <= 1
        for s in c["spans"]:
            assert qa["start"] <= s["a_start"] < s["a_end"] <= qa["end"]
            assert qb["start"] <= s["b_start"] < s["b_end"] <= qb["end"]


def test_kind_filter_and_formats(db):
    r = invoke("compare", "--db", db, "--kind", "place", "--format", "json")
    assert {d["kind"] for d in json.loads(r.stdout)} == {"place"}
    csv_out = invoke("compare", "--db", db, "--kind", "fatalities", "--format", "csv").stdout
    header, *rows = csv_out.strip().splitlines()
    assert header.startswith("id,kind,subject,description,value,outlet,source") and rows
    table = invoke("compare", "--db", db)
    assert table.exit_code == 0 and "attribution" in table.stdout
    assert invoke("compare", "--db", db, "--kind", "nonsense").exit_code != 0


def test_outlets_frame_the_strike_differently(db):
    r = invoke("outlets", "--db", db, "--format", "json")
    assert r.exit_code == 0, r.output
    framing = {f["outlet"]: f for f in json.loads(r.stdout)}
    assert {"Calvera Herald", "Sumud Network", "Meridian Wire", "Dravia Today", "Sumud TV"} <= set(framing)
    sumud_terms = [t["term"] for t in framing["Sumud Network"]["top_terms"]]
    assert "occupation" in sumud_terms[:3] and "martyrs" in sumud_terms
    assert "terrorists" in [t["term"] for t in framing["Dravia Today"]["top_terms"]][:3]
    assert "militia" in [t["term"] for t in framing["Calvera Herald"]["top_terms"]][:3]
    seeds = {(p["a"], p["b"]): (p["a_count"], p["b_count"]) for p in framing["Sumud Network"]["seed_pairs"]}
    assert seeds[("killed", "martyred")][1] > 0 and seeds[("killed", "martyred")][0] == 0
    for f in framing.values():
        for t in f["top_terms"]:
            assert t["count"] >= 1 and t["z"] > 0
    assert invoke("outlets", "--db", db).exit_code == 0
    assert invoke("outlets", "--db", db, "--format", "csv").stdout.startswith("outlet,documents,rank,term")
