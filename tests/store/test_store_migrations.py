"""Schema migrations: fresh databases, upgrades, too-new databases, failed steps."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect
from store_samples import corpus, khazali_document, khazali_extraction

from onrecord.store import LATEST_VERSION, SchemaTooNewError, Store, migrations, schema
from onrecord.store.engine import begin_write, create_store_engine


def recorded_versions(db_path: str) -> list[int]:
    with sqlite3.connect(db_path) as conn:
        return [v for (v,) in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def open_at_version(db_path: str, version: int) -> Store:
    """A store whose database was migrated only up to `version` (what an older onrecord left)."""
    engine = create_store_engine(db_path)
    migrations.migrate(engine, target=version, begin_write=begin_write)
    return Store(engine)


def test_migrations_are_numbered_one_to_latest():
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    assert LATEST_VERSION >= 2


def test_new_database_is_created_at_the_latest_version(store, db_path):
    assert store.schema_version == LATEST_VERSION
    assert recorded_versions(db_path) == list(range(1, LATEST_VERSION + 1))
    with sqlite3.connect(db_path) as conn:
        names, applied = zip(*conn.execute("SELECT name, applied_at FROM schema_migrations"))
    assert all(names) and all(applied)


def test_reopening_applies_nothing_twice(db_path):
    Store.open(db_path).close()
    Store.open(db_path).close()
    assert recorded_versions(db_path) == list(range(1, LATEST_VERSION + 1))


def test_migrated_schema_matches_schema_module(store):
    """The frozen migration steps and schema.py (what the code queries) describe the same tables."""
    inspector = inspect(store.engine)
    for table in schema.metadata.sorted_tables:
        reflected = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert list(reflected) == [c.name for c in table.columns], table.name
        for column in table.columns:
            assert reflected[column.name]["nullable"] == column.nullable, (table.name, column.name)
        assert inspector.get_pk_constraint(table.name)["constrained_columns"] == [c.name for c in table.primary_key]
        assert {tuple(u["column_names"]) for u in inspector.get_unique_constraints(table.name)} == \
            {tuple(c.name for c in u.columns) for u in table.constraints if type(u).__name__ == "UniqueConstraint"}
        assert {i["name"] for i in inspector.get_indexes(table.name)} == {i.name for i in table.indexes}
        assert {(fk["referred_table"], tuple(fk["constrained_columns"])) for fk in inspector.get_foreign_keys(table.name)} \
            == {(fk.column.table.name, (fk.parent.name,)) for fk in table.foreign_keys}
    plain_tables = {n for n in inspector.get_table_names() if not n.startswith("quotes_fts")}
    assert plain_tables == set(schema.metadata.tables)


def test_version_1_database_is_upgraded_and_its_quotes_indexed(db_path):
    with open_at_version(db_path, 1) as old:
        assert old.schema_version == 1
        assert not old.has_full_text_search
        old.save(khazali_document(), khazali_extraction())
        old.add_correction("merge", {"a": 1})

    with Store.open(db_path) as upgraded:
        assert upgraded.schema_version == LATEST_VERSION
        assert upgraded.has_full_text_search
        # what version 1 stored is still there, and now full-text searchable
        assert upgraded.get_extraction(khazali_document().id) == khazali_extraction()
        assert [r.quote.text for r in upgraded.search_quotes("resistance")] == ["the resistance is ready"]
        assert upgraded.corrections()[0]["payload"] == {"a": 1}
        # and what is saved from now on is indexed too
        for document, extraction in corpus():
            upgraded.save(document, extraction)
        assert [r.quote.text for r in upgraded.search_quotes("disarm")] == ["the brigades would not disarm"]
    assert recorded_versions(db_path) == list(range(1, LATEST_VERSION + 1))


def test_database_from_a_newer_onrecord_is_refused_untouched(db_path):
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                     "VALUES (?, 'from the future', '2099-01-01T00:00:00+00:00')", (LATEST_VERSION + 1,))
    with open(db_path, "rb") as f:
        before = f.read()

    with pytest.raises(SchemaTooNewError, match=f"version {LATEST_VERSION + 1}.*upgrade onrecord"):
        Store.open(db_path)

    with open(db_path, "rb") as f:
        assert f.read() == before
    assert recorded_versions(db_path) == list(range(1, LATEST_VERSION + 2))


def test_a_failing_step_leaves_the_database_at_the_previous_version(db_path, monkeypatch):
    Store.open(db_path).close()

    def half_done(conn):
        conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO half_done VALUES (1)")
        raise RuntimeError("step failed")

    failing = migrations.Migration(LATEST_VERSION + 1, "fails half-way", half_done)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, failing])
    engine = create_store_engine(db_path)
    try:
        with pytest.raises(RuntimeError, match="step failed"):
            migrations.migrate(engine, target=LATEST_VERSION + 1, begin_write=begin_write)
    finally:
        engine.dispose()

    assert recorded_versions(db_path) == list(range(1, LATEST_VERSION + 1))
    with sqlite3.connect(db_path) as conn:      # the DDL was rolled back too
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
