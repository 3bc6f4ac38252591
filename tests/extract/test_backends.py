"""The optional spaCy backend, with a tiny pipeline the test builds itself (no model download)."""
import pytest

from onrecord.extract.backends import BackendError, load_backend
from onrecord.models import LocalEntity, Mention

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def tiny_pipeline(tmp_path_factory):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Harbor Trust"},
                        {"label": "PERSON", "pattern": "Ivo Brandt"}])
    path = tmp_path_factory.mktemp("spacy") / "tiny"
    nlp.to_disk(path)
    return str(path)


def test_backend_adds_entities_the_rules_missed_and_keeps_theirs(tiny_pipeline):
    text = "Ivo Brandt said the Harbor Trust will pay."
    backend = load_backend(f"spacy:{tiny_pipeline}")
    # the rules already found Ivo Brandt: the backend must not duplicate or retype it
    entities = [LocalEntity("PER:ivo brandt", "Ivo Brandt", "PER")]
    mentions = [Mention(0, 10, "Ivo Brandt", "PER", "PER:ivo brandt")]
    backend(text, entities, mentions)
    assert [(m.text, m.type) for m in sorted(mentions, key=lambda m: m.start)] == [
        ("Ivo Brandt", "PER"), ("Harbor Trust", "ORG")]
    assert {e.name for e in entities} == {"Ivo Brandt", "Harbor Trust"}
    for m in mentions:
        assert text[m.start:m.end] == m.text


def test_cli_ingest_with_the_backend(tiny_pipeline, tmp_path):
    from typer.testing import CliRunner
    from onrecord.serve.cli import app
    doc = tmp_path / "r.txt"
    doc.write_text("Mar 01, 2024\nA headline\n\nOfficials of the Harbor Trust met on Monday.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    r = CliRunner().invoke(app, ["ingest", str(doc), "--db", str(db), "--ner", f"spacy:{tiny_pipeline}"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["entities", "--format", "json", "--db", str(db)])
    assert "Harbor Trust" in r.stdout


def test_unknown_backend_is_a_clear_error(tmp_path):
    with pytest.raises(BackendError, match="supported: spacy:MODEL"):
        load_backend("flair:ner")
    with pytest.raises(BackendError, match="cannot load spaCy pipeline"):
        load_backend(f"spacy:{tmp_path / 'nothing-here'}")
