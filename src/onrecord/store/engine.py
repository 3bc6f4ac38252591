"""Engine set-up: path-or-URL handling, SQLite pragmas and real transactions, unicode-aware lower()."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, String, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.functions import FunctionElement

# How long a writer waits for another process's write lock before giving up.
BUSY_TIMEOUT_MS = 30_000

# Execution option that makes the SQLite BEGIN an IMMEDIATE one (see begin_write).
_WRITE_OPTION = "onrecord_write"


def default_db_path() -> str:
    """$ONRECORD_DB if set, else ./onrecord.db."""
    return os.environ.get("ONRECORD_DB") or "./onrecord.db"


def database_url(path_or_url: str | os.PathLike) -> URL:
    """A SQLAlchemy URL for a file path or a URL given as is."""
    text = os.fspath(path_or_url)
    if "://" in text:
        return make_url(text)
    if text == ":memory:":
        return URL.create("sqlite")
    return URL.create("sqlite", database=str(Path(text).expanduser()))


def _is_sqlite_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def _create_sqlite_folder(url: URL) -> None:
    """SQLite creates a missing file but not a missing folder: "data/onrecord.db" should just work."""
    if url.get_backend_name() == "sqlite" and not _is_sqlite_memory(url) and not url.database.startswith("file:"):
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def create_store_engine(path_or_url: str | os.PathLike) -> Engine:
    url = database_url(path_or_url)
    options: dict = {
        # keep non-ASCII names readable in the file (and matchable with LIKE)
        "json_serializer": lambda value: json.dumps(value, ensure_ascii=False),
    }
    _create_sqlite_folder(url)
    if _is_sqlite_memory(url):
        # an in-memory database lives in one connection: share it
        options["poolclass"] = StaticPool
        options["connect_args"] = {"check_same_thread": False}
    engine = create_engine(url, **options)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        # Python's sqlite3 (before 3.12's autocommit=False) does not BEGIN before DDL
        # or SELECT, so a failed migration or save could be half-committed.
        # Take BEGIN/COMMIT over ourselves (the recipe from SQLAlchemy's SQLite docs).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL: readers (e.g. Datasette) do not block the writer, nor it them.
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")   # durable enough with WAL, much faster
        cursor.close()
        dbapi_connection.create_function("onrecord_lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        # A write transaction takes the write lock at once: a deferred one that reads
        # first and then writes can fail with "database is locked" without waiting
        # for busy_timeout, if another process wrote in between.
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def begin_write(engine: Engine) -> Iterator[Connection]:
    """A transaction meant to write: committed on success, rolled back on any exception."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE_OPTION: True})
        with conn.begin():
            yield conn


# ---------------------------------------------------------------- unicode-aware lower()

def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


class unicode_lower(FunctionElement):
    """lower() that folds all of Unicode: SQLite's built-in lower() only folds ASCII,
    which would make "Ḥasan" and "ḤASAN" differ. On SQLite this calls a Python
    function registered on each connection; PostgreSQL's lower() is already unicode-aware."""
    type = String()
    inherit_cache = True
    name = "unicode_lower"


@compiles(unicode_lower)
def _compile_lower(element, compiler, **kw) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(unicode_lower, "sqlite")
def _compile_lower_sqlite(element, compiler, **kw) -> str:
    return f"onrecord_lower({compiler.process(element.clauses, **kw)})"
