"""Saved articles and accepted facts <-> a local SQLite file; active rows in the data/ formats."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

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
BUSY_MS = 5000
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    save_id INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id TEXT NOT NULL UNIQUE,
    publisher TEXT NOT NULL CHECK (length(publisher) > 0),
    title TEXT NOT NULL CHECK (length(title) > 0),
    url TEXT NOT NULL,
    published TEXT NOT NULL,
    language TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_at TEXT
);
CREATE TABLE IF NOT EXISTS facts (
    fact_id INTEGER PRIMARY KEY AUTOINCREMENT,
    save_id INTEGER NOT NULL REFERENCES articles (save_id),
    target TEXT NOT NULL CHECK (target IN ('pledges', 'member_counts', 'events')),
    row_json TEXT NOT NULL CHECK (json_valid(row_json)),
    span_start INTEGER,
    span_end INTEGER,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'undone'))
);
CREATE INDEX IF NOT EXISTS facts_by_save ON facts (save_id);
"""


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
    """The local database of added articles and facts. Nothing is ever deleted: undo marks."""

    def __init__(self, path: Path | str):
        self.path = Path(path)

    @classmethod
    def default(cls) -> Store | None:
        path = default_path()
        return cls(path) if path else None

    def exists(self) -> bool:
        return self.path.is_file()

    def stamp(self) -> tuple:
        """Sizes and modification times of the file and its WAL: changes on every commit."""
        return tuple((p.stat().st_size, p.stat().st_mtime_ns) if p.exists() else None
                     for p in (self.path, Path(f"{self.path}-wal")))

    def connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA foreign_keys = ON")
        con.executescript(SCHEMA)
        return con

    def journal_mode(self) -> str:
        with contextlib.closing(self.connect()) as con:
            return con.execute("PRAGMA journal_mode").fetchone()[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all or nothing."""
        con = self.connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        finally:
            con.close()

    def _read(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        if not self.exists():
            return []
        with contextlib.closing(self.connect()) as con:
            return con.execute(sql, args).fetchall()

    def save(self, article: Article, facts: list[Fact]) -> int:
        """Store the article and its facts in one transaction; returns the save id."""
        with self.transaction() as con:
            refuse_duplicate(con, article)
            source_id = next_source_id(con, article.published)
            cursor = con.execute(
                "INSERT INTO articles (source_id, publisher, title, url, published, language, "
                "kind, text, sha256, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (source_id, article.publisher, article.title, article.url,
                 article.published.isoformat(), article.language, article.kind, article.text,
                 article.sha256, now()))
            save_id = cursor.lastrowid
            for number, fact in enumerate(facts, start=1):
                row = complete_row(fact, source_id, number)
                con.execute("INSERT INTO facts (save_id, target, row_json, span_start, span_end)"
                            " VALUES (?, ?, ?, ?, ?)", (save_id, fact.table,
                                                        json.dumps(row, ensure_ascii=False),
                                                        fact.start, fact.end))
            return save_id

    def undo(self, save_id: int) -> int:
        """Mark a save's facts undone and its article withdrawn; returns the facts undone."""
        with self.transaction() as con:
            found = con.execute("SELECT status FROM articles WHERE save_id = ?",
                                (save_id,)).fetchone()
            if found is None:
                raise InputProblems([("ingest.err.no_save", {"save_id": save_id})])
            undone = con.execute("UPDATE facts SET status = 'undone' WHERE save_id = ? AND "
                                 "status = 'active'", (save_id,)).rowcount
            con.execute("UPDATE articles SET status = 'withdrawn', withdrawn_at = ? "
                        "WHERE save_id = ? AND status = 'active'", (now(), save_id))
            return undone

    def saves(self) -> pd.DataFrame:
        """Every save, newest first, with how many of its facts are active."""
        rows = self._read(
            "SELECT a.save_id, a.source_id, a.publisher, a.title, a.url, a.published, "
            "a.language, a.saved_at, a.status, "
            "(SELECT count(*) FROM facts f WHERE f.save_id = a.save_id AND f.status = 'active') "
            "AS facts FROM articles a ORDER BY a.save_id DESC")
        columns = ["save_id", "source_id", "publisher", "title", "url", "published",
                   "language", "saved_at", "status", "facts"]
        return pd.DataFrame([dict(r) for r in rows], columns=columns)

    def article_text(self, source_id: str) -> str | None:
        rows = self._read("SELECT text FROM articles WHERE source_id = ?", (source_id,))
        return rows[0]["text"] if rows else None

    def active_rows(self, table: str) -> pd.DataFrame:
        """Active local rows of a data/ table, every cell a string as in the CSV files."""
        if table == "sources":
            rows = [source_row(dict(r)) for r in self._read(
                "SELECT * FROM articles WHERE status = 'active' ORDER BY save_id")]
        elif table in FACT_TABLES:
            rows = [DEFAULTS.get(table, {}) | json.loads(r["row_json"]) for r in self._read(
                "SELECT f.row_json FROM facts f JOIN articles a USING (save_id) WHERE "
                "f.status = 'active' AND a.status = 'active' AND f.target = ? "
                "ORDER BY f.fact_id", (table,))]
        else:
            raise ValueError(f"unknown table {table!r}")
        return pd.DataFrame(rows, columns=COLUMNS[table], dtype=str)

    def csv_texts(self) -> dict[str, str]:
        """sources.csv, pledges.csv and member_counts.csv holding only the local rows."""
        return {f"{table}.csv": self.active_rows(table).to_csv(index=False, lineterminator="\n")
                for table in EXPORTED}

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


def refuse_duplicate(con: sqlite3.Connection, article: Article) -> None:
    """The same text (after folding whitespace) or the same URL saved before is refused."""
    same = con.execute("SELECT source_id, title FROM articles WHERE status = 'active' AND "
                       "sha256 = ?", (article.sha256,)).fetchone()
    if same:
        raise InputProblems([("ingest.err.duplicate_text", {"source_id": same["source_id"],
                                                            "title": same["title"]})])
    if article.url:
        same = con.execute("SELECT source_id, title FROM articles WHERE status = 'active' AND "
                           "url = ?", (article.url,)).fetchone()
        if same:
            raise InputProblems([("ingest.err.duplicate_url", {"source_id": same["source_id"],
                                                               "url": article.url})])


def next_source_id(con: sqlite3.Connection, published: dt.date) -> str:
    """local_<yyyymmdd>_<n>: n counts every save for that day, withdrawn ones too."""
    prefix = f"local_{published:%Y%m%d}_"
    taken = {r[0] for r in con.execute("SELECT source_id FROM articles WHERE source_id LIKE ?",
                                       (prefix + "%",))}
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
    """An article as a row of data/sources.csv."""
    note = (f"Added locally on {article['saved_at'][:10]} through the article ingestion page; "
            f"the text is kept in the local store (sha256 {article['sha256'][:12]}).")
    return {"source_id": article["source_id"], "publisher": article["publisher"],
            "title": article["title"], "url": article["url"], "published": article["published"],
            "published_basis": "stated", "language": article["language"],
            "kind": article["kind"],
            "tier": "official" if article["kind"] == "official" else "news",
            "original_publisher": "", "original_url": "", "gap_reason": "", "notes": note}
