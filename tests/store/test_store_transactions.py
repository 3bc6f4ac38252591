"""A save or relink that fails half-way leaves the store exactly as it was."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError
from store_samples import fadak_document, fadak_extraction, khazali_document, khazali_extraction, links

from onrecord.models import EntityRef, GlobalEntity
from onrecord.store import schema
from onrecord.store import store as store_module


def dump(db_path: str) -> dict[str, list]:
    """Every row of every table, FTS index included, read with plain sqlite3."""
    with sqlite3.connect(db_path) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'quotes_fts_%'")]
        tables = {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
                  for name in names if name != "quotes_fts"}
        tables["quotes_fts matches"] = conn.execute(
            "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'disarm OR occupation'").fetchall()
        return tables


class Boom(RuntimeError):
    pass


def test_exception_mid_save_rolls_everything_back(store, db_path, monkeypatch):
    store.save(fadak_document(), fadak_extraction())
    before = dump(db_path)

    real_insert = store_module._insert_rows

    def insert_then_fail_at_quotes(conn, table, rows):
        if table is schema.quotes:
            real_insert(conn, table, rows)      # quotes (and their FTS rows) are written ...
            raise Boom("disk on fire")          # ... and then the save fails
        real_insert(conn, table, rows)

    monkeypatch.setattr(store_module, "_insert_rows", insert_then_fail_at_quotes)
    with pytest.raises(Boom):
        store.save(khazali_document(), khazali_extraction())

    assert dump(db_path) == before
    assert not store.has_document(khazali_document().id)
    assert [r.quote.text for r in store.search_quotes("occupation")] == []

    monkeypatch.undo()                          # the same save then goes through
    assert store.save(khazali_document(), khazali_extraction())
    assert store.get_extraction(khazali_document().id) == khazali_extraction()


def test_constraint_violation_mid_save_rolls_everything_back(store, db_path):
    store.save(fadak_document(), fadak_extraction())
    before = dump(db_path)

    broken = khazali_extraction()
    broken.events[1].type = None                # NOT NULL: fails after entities, mentions, quotes ...
    with pytest.raises(IntegrityError):
        store.save(khazali_document(), broken)

    assert dump(db_path) == before


def test_duplicate_local_entity_key_is_refused_whole(store, db_path):
    before = dump(db_path)
    broken = khazali_extraction()
    broken.entities.append(broken.entities[0])
    with pytest.raises(IntegrityError):
        store.save(khazali_document(), broken)
    assert dump(db_path) == before


def test_failed_relink_keeps_the_previous_links(filled_store):
    entities, speech_events = links()
    filled_store.replace_links(entities, speech_events)
    k = khazali_document().id

    # the same local entity in two global entities breaks the one-entity-per-local-key rule
    clash = GlobalEntity("E-other", "Someone", "PER", members=[EntityRef(k, "PER:qais khazali")])
    with pytest.raises(IntegrityError):
        filled_store.replace_links([GlobalEntity("E-new", "New", "PER"), clash, *entities], [])

    assert filled_store.entities() == entities
    assert filled_store.speech_events() == speech_events


def test_concurrent_writers_on_one_file_wait_for_each_other(db_path):
    """Two stores (as two processes would have) saving at once: no "database is locked",
    and the same document saved by both is stored once."""
    import threading
    from dataclasses import replace

    from onrecord.models import Extraction
    from onrecord.store import Store

    Store.open(db_path).close()
    stores = [Store.open(db_path), Store.open(db_path)]
    results: list[list[bool]] = [[], []]
    errors: list[BaseException] = []
    shared = khazali_document()

    def write(worker: int) -> None:
        try:
            for n in range(15):
                own = replace(fadak_document(), id=f"w{worker}n{n:02d}".ljust(64, "x"), source=f"{worker}-{n}.txt")
                stores[worker].save(own, Extraction(own.id))
                results[worker].append(stores[worker].save(shared, khazali_extraction()))
        except BaseException as error:         # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(worker,)) for worker in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for opened in stores:
        opened.close()

    assert errors == []
    assert sum(results[0] + results[1]) == 1         # exactly one save of the shared document won
    with Store.open(db_path) as store:
        assert store.stats()["documents"] == 1 + 30
        assert store.stats()["quotes"] == len(khazali_extraction().quotes)
