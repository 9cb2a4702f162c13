"""A store address (SQLite file or PostgreSQL URL) -> an engine, write transactions, migrations."""

from __future__ import annotations

import contextlib
import os
import random
import time
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

URL_ENV = "COALITION_DATABASE_URL"
BUSY_MS = 5000
RETRIES = 8
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_ENGINES: dict[tuple[str, bool], Engine] = {}
_MIGRATED: set[str] = set()


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite address; None for a server."""
    parsed = sa.engine.make_url(url)
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" else None


def engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """One engine per address and process; SQLite in WAL mode, writers start BEGIN IMMEDIATE."""
    key = (url, foreign_keys)
    if key not in _ENGINES:
        made = sa.create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
        if made.dialect.name == "sqlite":
            _sqlite_events(made, foreign_keys)
        _ENGINES[key] = made
    return _ENGINES[key]


def _sqlite_events(made: Engine, foreign_keys: bool) -> None:
    """pysqlite's own transaction handling is off, so every BEGIN is ours and IMMEDIATE: a
    writer takes the lock first and waits (busy timeout) rather than failing half-way."""
    @event.listens_for(made, "connect")
    def _connect(dbapi, _record) -> None:
        dbapi.isolation_level = None
        cursor = dbapi.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(made, "begin")
    def _begin(conn) -> None:
        reading = conn.get_execution_options().get("reading", False)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


@contextlib.contextmanager
def read(url: str) -> Iterator[Connection]:
    """One read-only snapshot (a plain BEGIN on SQLite: readers never wait for a writer)."""
    with engine(url).connect().execution_options(reading=True) as con, con.begin():
        yield con


def is_locked(err: sa.exc.OperationalError) -> bool:
    text = str(err.orig).lower()
    return "database is locked" in text or "database is busy" in text


@contextlib.contextmanager
def write(url: str) -> Iterator[Connection]:
    """One write transaction: all or nothing. Opening it is retried while SQLite is locked."""
    for attempt in range(RETRIES):
        con = engine(url).connect()
        try:
            con.begin()
            break
        except sa.exc.OperationalError as err:
            con.close()
            if not is_locked(err) or attempt == RETRIES - 1:
                raise
            time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
    try:
        yield con
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        con.close()


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str) -> str:
    """Upgrades the store to the newest schema in place (every saved row kept); returns it."""
    from alembic import command

    config = alembic_config(url)
    with engine(url, foreign_keys=False).connect() as con:
        config.attributes["connection"] = con
        command.upgrade(config, "head")
    _MIGRATED.add(url)
    return current(url)


def current(url: str) -> str | None:
    """The schema revision the store is at (None: not made yet, or made before Alembic)."""
    from alembic.migration import MigrationContext

    with read(url) as con:
        return MigrationContext.configure(con).get_current_revision()


def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def ensure_migrated(url: str) -> None:
    """Once per process and address: bring the store to the newest schema before using it."""
    if url not in _MIGRATED:
        migrate(url)


def redacted(url: str) -> str:
    """The address with any password hidden, for messages."""
    return sa.engine.make_url(url).render_as_string(hide_password=True)


def configured_url() -> str | None:
    """COALITION_DATABASE_URL when set (PostgreSQL for a team), else None (the SQLite file)."""
    return os.environ.get(URL_ENV, "").strip() or None
