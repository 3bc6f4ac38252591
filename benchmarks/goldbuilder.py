"""Shared tooling for the hand-made gold sets in benchmarks/devset*/: the annotation helpers and the
writer that checks every quote, evidence and body snippet against its text with the scorer's own
normalisation and writes gold/*.json, entities.json and speech_events.json.

Each set's make_gold.py does `from goldbuilder import *`, declares its annotations, then calls
`main(HERE)`."""
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
from score import norm, _STRIP  # noqa: E402

__all__ = ["ENT", "SPEECH", "DOCS", "ent", "day", "Q", "V", "doc", "main"]

ENT = {}      # id -> {name, type, aliases}
SPEECH = {}   # id -> {speaker, date, medium}
DOCS = []


def ent(eid, name, typ, *aliases):
    ENT[eid] = {"name": name, "type": typ, "aliases": sorted(set([name, *aliases]))}


def day(a, b=None):
    return {"start": a, "end": b or a}


def Q(text, speaker, kind="direct", optional=False):
    return {"text": text, "speaker": speaker, "kind": kind, "optional": optional}


def V(typ, evidence, date=None, actor=None, target=None, location=None, fatalities=None):
    return {"type": typ, "evidence": evidence, "date": date, "actor": actor, "target": target,
            "location": location, "fatalities": fatalities}


def doc(name, title, published, broadcaster, external_id, include, exclude, entities, optional, quotes,
        events, speech_event):
    DOCS.append({"doc": name, "meta": {"title": title, "published": published, "broadcaster": broadcaster,
                                        "external_id": external_id},
                 "body": {"must_include": include, "must_exclude": exclude},
                 "entities": [{"id": i, "surface": s} for i, s in entities],
                 "optional_entities": optional, "quotes": quotes, "events": events,
                 "speech_event": speech_event})


# ------------------------------------------------------------------ write + check
def found(snippet, hay):
    n = norm(snippet).strip(_STRIP)
    return bool(n) and n in hay


def main(here: Path) -> int:
    CORPUS, GOLD = here / "corpus", here / "gold"
    GOLD.mkdir(exist_ok=True)
    problems = 0
    for d in DOCS:
        raw = (CORPUS / d["doc"]).read_bytes()
        text = raw.decode("utf-8")
        hay = norm(text)
        out = {"doc": d["doc"], "sha256": hashlib.sha256(raw).hexdigest(), **{k: v for k, v in d.items() if k != "doc"}}
        checks = [("include", s) for s in d["body"]["must_include"]] + [("exclude", s) for s in d["body"]["must_exclude"]]
        checks += [("quote", q["text"]) for q in d["quotes"]]
        checks += [("surface", s) for e in d["entities"] for s in e["surface"]]
        for v in d["events"]:
            ev = v["evidence"] if isinstance(v["evidence"], list) else [v["evidence"]]
            checks += [("evidence", e) for e in ev]
        for kind, s in checks:
            if not found(s, hay):
                problems += 1
                print(f"{d['doc']}: {kind} not found: {s[:70]!r}")
        ids = [q["speaker"] for q in d["quotes"]] + [e["id"] for e in d["entities"]]
        ids += [x for v in d["events"] for x in (v["actor"], v["target"], v["location"]) if x]
        for i in ids:
            if i not in ENT:
                problems += 1
                print(f"{d['doc']}: unknown entity id {i}")
        if d["speech_event"] and d["speech_event"] not in SPEECH:
            problems += 1
            print(f"{d['doc']}: unknown speech event {d['speech_event']}")
        (GOLD / (Path(d["doc"]).stem + ".json")).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (GOLD / "entities.json").write_text(json.dumps(ENT, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (GOLD / "speech_events.json").write_text(json.dumps(SPEECH, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} documents, {sum(len(d['quotes']) for d in DOCS)} quotes, {len(ENT)} entities, {problems} problems")
    return 1 if problems else 0


