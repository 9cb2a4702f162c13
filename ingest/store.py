"""Saved articles and accepted facts <-> SQLite or PostgreSQL (SQLAlchemy Core); active rows in
the data/ formats."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from catalog.markup import spreadsheet_safe
from ingest import db
from ingest.clean import Article
from ingest.messages import InputProblems
from loaders import events, member_counts, pledges, sources

ROOT = Path(__file__).resolve().parents[1]
DB_ENV = "COALITION_LOCAL_DB"
DEFAULT_DB = ROOT / ".local" / "ingest.sqlite"
COLUMNS = {"sources": list(sources.COLUMNS), "pledges": list(pledges.COLUMNS),
           "member_counts": list(member_counts.COLUMNS), "events": list(events.COLUMNS)}
FACT_TABLES = ("pledges", "member_counts", "events")
ID_COLUMN = {"pledges": "pledge_id", "member_counts": "claim_id", "events": "event_id"}
ID_SUFFIX = {"pledges": "p", "member_counts": "c", "events": "e"}
EXPORTED = ("sources", "pledges", "member_counts")
# Columns added to data/ tables after rows were first saved: a saved row without one gets this.
DEFAULTS = {"pledges": {"purpose": "stabilisation"}}
BUSY_MS = db.BUSY_MS
MARKER_SECONDS = 1.0  # the change marker is read at most this often per process and store
SAVE_COLUMNS = ["save_id", "source_id", "publisher", "title", "url", "published", "language",
                "saved_at", "status", "facts", "saved_by", "withdrawn_at", "withdrawn_by"]
PENDING_COLUMNS = ["pending_id", "publisher", "title", "url", "published", "language",
                   "found", "imported_at", "imported_by"]
_MARKERS: dict[str, tuple[float, int]] = {}
_MARKER_LOCK = threading.Lock()


@dataclass(frozen=True)
class Fact:
    """One accepted fact: its target table, its row in that table's CSV format, its span."""

    table: str
    row: dict[str, str]
    start: int | None = None
    end: int | None = None


def default_path() -> Path | None:
    """COALITION_LOCAL_DB, or .local/ingest.sqlite in the repo; 'off' turns local facts off."""
    chosen = os.environ.get(DB_ENV, "").strip()
    if chosen.lower() == "off":
        return None
    return Path(chosen) if chosen else DEFAULT_DB


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """The database of added articles and facts. Nothing is ever deleted: undo marks."""

    def __init__(self, path: Path | str | None = None, *, url: str | None = None):
        self.url = url or db.sqlite_url(path)
        self.path = db.sqlite_path(self.url)

    @classmethod
    def default(cls) -> Store | None:
        """COALITION_DATABASE_URL if set, else the SQLite file (None when switched off)."""
        url = db.configured_url()
        if url:
            return cls(url=url)
        path = default_path()
        return cls(path) if path else None

    @property
    def name(self) -> str:
        return str(self.path) if self.path else db.redacted(self.url)

    @property
    def engine(self) -> sa.Engine:
        return db.engine(self.url)

    def exists(self) -> bool:
        """A SQLite file is only made by the first save; a server is always there."""
        return self.path is None or self.path.is_file()

    def ready(self) -> Store:
        """The store made, or upgraded to the newest schema, once per process; then self."""
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        db.ensure_migrated(self.url)
        return self

    def stamp(self) -> tuple:
        """The store's change counter, bumped by every write transaction in any process; read
        at most once a second (this process's own writes are seen at once)."""
        if not self.exists():
            return ()
        with _MARKER_LOCK:
            read_at, version = _MARKERS.get(self.url, (0.0, -1))
            if time.monotonic() - read_at >= MARKER_SECONDS:
                try:
                    version = self.version()
                except sa.exc.SQLAlchemyError:
                    version = -1  # unreachable: the merge reports why, the charts carry on
                _MARKERS[self.url] = (time.monotonic(), version)
        return (version,)

    def readable(self) -> bool:
        """False when the database cannot be reached (the merge's message says why)."""
        try:
            return not self.exists() or self.version() >= 0
        except sa.exc.SQLAlchemyError:
            return False

    def version(self) -> int:
        with self.reading() as con:
            return con.execute(sa.text("SELECT version FROM store_version")).scalar_one()

    def journal_mode(self) -> str:
        with self.reading() as con:
            return con.exec_driver_sql("PRAGMA journal_mode").scalar_one()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        with db.read(self.ready().url) as con:
            yield con

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction, all or nothing; it bumps the change counter first (on
        PostgreSQL that row lock also puts concurrent writers one after the other)."""
        with db.write(self.ready().url) as con:
            con.execute(sa.text("UPDATE store_version SET version = version + 1, "
                                "changed_at = :at"), {"at": now()})
            yield con
        _MARKERS.pop(self.url, None)

    def _read(self, sql: str, **args) -> list[dict]:
        if not self.exists():
            return []
        with self.reading() as con:
            return [dict(r) for r in con.execute(sa.text(sql), args).mappings()]

    def save(self, article: Article, facts: list[Fact], editor: str | None = None,
             pending_id: int | None = None) -> int:
        """Store the article and its facts in one transaction; returns the save id. A
        reviewed import (pending_id) is marked accepted in the same transaction."""
        with self.transaction() as con:
            refuse_duplicate(con, article)
            source_id = next_source_id(con, article.published)
            at = now()
            save_id = con.execute(sa.text(
                "INSERT INTO articles (source_id, publisher, title, url, published, language, "
                "kind, text, sha256, saved_at, saved_by) VALUES (:source_id, :publisher, "
                ":title, :url, :published, :language, :kind, :text, :sha256, :at, :editor) "
                "RETURNING save_id"), dict(article_values(article), source_id=source_id, at=at,
                                           editor=editor)).scalar_one()
            for number, fact in enumerate(facts, start=1):
                row = complete_row(fact, source_id, number)
                con.execute(sa.text(
                    "INSERT INTO facts (save_id, target, row_json, span_start, span_end) "
                    "VALUES (:save_id, :target, :row, :start, :end)"),
                    dict(save_id=save_id, target=fact.table, start=fact.start, end=fact.end,
                         row=json.dumps(row, ensure_ascii=False)))
            if pending_id is not None:
                review(con, pending_id, "accepted", editor, at, save_id)
            return save_id

    def undo(self, save_id: int, editor: str | None = None) -> int:
        """Mark a save's facts undone and its article withdrawn; returns the facts undone."""
        with self.transaction() as con:
            values = {"id": save_id, "at": now(), "editor": editor}
            found = con.execute(sa.text("SELECT status FROM articles WHERE save_id = :id"),
                                values).first()
            if found is None:
                raise InputProblems([("ingest.err.no_save", {"save_id": save_id})])
            if found[0] != "active":
                raise InputProblems([("ingest.err.already_undone", {"save_id": save_id})])
            undone = con.execute(sa.text(
                "UPDATE facts SET status = 'undone', undone_at = :at, undone_by = :editor "
                "WHERE save_id = :id AND status = 'active'"), values).rowcount
            con.execute(sa.text(
                "UPDATE articles SET status = 'withdrawn', withdrawn_at = :at, "
                "withdrawn_by = :editor WHERE save_id = :id AND status = 'active'"), values)
            return undone

    def saves(self) -> pd.DataFrame:
        """Every save, newest first, with how many of its facts are active."""
        rows = self._read(
            "SELECT a.save_id, a.source_id, a.publisher, a.title, a.url, a.published, "
            "a.language, a.saved_at, a.status, a.saved_by, a.withdrawn_at, a.withdrawn_by, "
            "(SELECT count(*) FROM facts f WHERE f.save_id = a.save_id AND f.status = 'active') "
            "AS facts FROM articles a ORDER BY a.save_id DESC")
        return pd.DataFrame(rows, columns=SAVE_COLUMNS)

    def article_text(self, source_id: str) -> str | None:
        rows = self._read("SELECT text FROM articles WHERE source_id = :id", id=source_id)
        return rows[0]["text"] if rows else None

    def active_rows(self, table: str) -> pd.DataFrame:
        """Active local rows of a data/ table, every cell a string as in the CSV files."""
        if table == "sources":
            rows = [source_row(r) for r in self._read(
                "SELECT * FROM articles WHERE status = 'active' ORDER BY save_id")]
        elif table in FACT_TABLES:
            rows = [DEFAULTS.get(table, {}) | json.loads(r["row_json"]) for r in self._read(
                "SELECT f.row_json FROM facts f JOIN articles a ON a.save_id = f.save_id "
                "WHERE f.status = 'active' AND a.status = 'active' AND f.target = :table "
                "ORDER BY f.fact_id", table=table)]
        else:
            raise ValueError(f"unknown table {table!r}")
        return pd.DataFrame(rows, columns=COLUMNS[table], dtype=str)

    def add_pending(self, article: Article, found: int, editor: str | None = None) -> int:
        """An imported article waiting for an editor to review its facts on the page."""
        with self.transaction() as con:
            return con.execute(sa.text(
                "INSERT INTO pending (publisher, title, url, published, language, kind, text, "
                "sha256, found, imported_at, imported_by) VALUES (:publisher, :title, :url, "
                ":published, :language, :kind, :text, :sha256, :found, :at, :editor) "
                "RETURNING pending_id"), dict(article_values(article), found=found, at=now(),
                                              editor=editor)).scalar_one()

    def pending(self) -> pd.DataFrame:
        """Imports waiting for review, oldest first."""
        rows = self._read(f"SELECT {', '.join(PENDING_COLUMNS)} FROM pending "
                          "WHERE status = 'pending' ORDER BY pending_id")
        return pd.DataFrame(rows, columns=PENDING_COLUMNS)

    def pending_article(self, pending_id: int) -> Article:
        rows = self._read("SELECT * FROM pending WHERE pending_id = :id AND status = 'pending'",
                          id=pending_id)
        if not rows:
            raise InputProblems([("ingest.err.no_pending", {"pending_id": pending_id})])
        row = rows[0]
        return Article(text=row["text"], publisher=row["publisher"], title=row["title"],
                       url=row["url"], published=dt.date.fromisoformat(row["published"]),
                       language=row["language"], kind=row["kind"])

    def discard(self, pending_id: int, editor: str | None = None) -> None:
        """An import the reviewer refused: kept, marked discarded."""
        with self.transaction() as con:
            review(con, pending_id, "discarded", editor, now(), None)

    def csv_texts(self) -> dict[str, str]:
        """sources.csv, pledges.csv and member_counts.csv holding only the local rows; a cell
        that a spreadsheet would run as a formula starts with an apostrophe."""
        return {f"{table}.csv": spreadsheet_safe(self.active_rows(table)).to_csv(
                    index=False, lineterminator="\n") for table in EXPORTED}

    def export_csv(self, out_dir: Path | str) -> list[Path]:
        """Write the local rows in exactly the data/ formats, ready for review."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, text in self.csv_texts().items():
            (out / name).write_text(text, encoding="utf-8")
            written.append(out / name)
        return written

    def export_zip(self) -> bytes:
        """The exported CSV files in one zip archive (for a download button)."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in self.csv_texts().items():
                archive.writestr(name, text)
        return buffer.getvalue()


def article_values(article: Article) -> dict:
    return {"publisher": article.publisher, "title": article.title, "url": article.url,
            "published": article.published.isoformat(), "language": article.language,
            "kind": article.kind, "text": article.text, "sha256": article.sha256}


def review(con: Connection, pending_id: int, status: str, editor: str | None, at: str,
           save_id: int | None) -> None:
    """Marks a pending import accepted or discarded; refuses one already reviewed."""
    changed = con.execute(sa.text(
        "UPDATE pending SET status = :status, reviewed_at = :at, reviewed_by = :editor, "
        "save_id = :save_id WHERE pending_id = :id AND status = 'pending'"),
        {"status": status, "at": at, "editor": editor, "save_id": save_id,
         "id": pending_id}).rowcount
    if not changed:
        raise InputProblems([("ingest.err.no_pending", {"pending_id": pending_id})])


def refuse_duplicate(con: Connection, article: Article) -> None:
    """The same text (after folding whitespace) or the same URL saved before is refused."""
    same = con.execute(sa.text("SELECT source_id, title FROM articles WHERE status = 'active' "
                               "AND sha256 = :sha"), {"sha": article.sha256}).mappings().first()
    if same:
        raise InputProblems([("ingest.err.duplicate_text", {"source_id": same["source_id"],
                                                            "title": same["title"]})])
    if article.url:
        same = con.execute(sa.text("SELECT source_id, title FROM articles WHERE "
                                   "status = 'active' AND url = :url"),
                           {"url": article.url}).mappings().first()
        if same:
            raise InputProblems([("ingest.err.duplicate_url", {"source_id": same["source_id"],
                                                               "url": article.url})])


def next_source_id(con: Connection, published: dt.date) -> str:
    """local_<yyyymmdd>_<n>: n counts every save for that day, withdrawn ones too."""
    prefix = f"local_{published:%Y%m%d}_"
    taken = set(con.execute(sa.text("SELECT source_id FROM articles WHERE source_id LIKE :p"),
                            {"p": prefix + "%"}).scalars())
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def complete_row(fact: Fact, source_id: str, number: int) -> dict[str, str]:
    """The fact's row with its id and source filled in; any other column mismatch is an error."""
    if fact.table not in FACT_TABLES:
        raise ValueError(f"facts go to {FACT_TABLES}, not {fact.table!r}")
    id_column = ID_COLUMN[fact.table]
    row = {**DEFAULTS.get(fact.table, {}), **fact.row,
           id_column: f"{source_id}_{ID_SUFFIX[fact.table]}{number}",
           "source_id": source_id}
    expected = set(COLUMNS[fact.table])
    if set(row) != expected:
        raise ValueError(f"a {fact.table} row needs the columns {sorted(expected)}; "
                         f"missing {sorted(expected - set(row))}, "
                         f"unexpected {sorted(set(row) - expected)}")
    return {column: "" if row[column] is None else str(row[column])
            for column in COLUMNS[fact.table]}


def source_row(article: dict) -> dict[str, str]:
    """An article as a row of data/sources.csv; its note says who added it and when."""
    by = f"by {article['saved_by']} " if article.get("saved_by") else ""
    note = (f"Added {by}on {article['saved_at'][:10]} to the fact store; "
            f"the text is kept in the local store (sha256 {article['sha256'][:12]}).")
    return {"source_id": article["source_id"], "publisher": article["publisher"],
            "title": article["title"], "url": article["url"], "published": article["published"],
            "published_basis": "stated", "language": article["language"],
            "kind": article["kind"],
            "tier": "official" if article["kind"] == "official" else "news",
            "original_publisher": "", "original_url": "", "gap_reason": "", "notes": note}
