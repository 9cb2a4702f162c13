"""The fact store on both engines: migrations, the change counter, crashes and two writers."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_ingest import pledge_row  # the same test row (the crash script imports it here)

from ingest import db
from ingest.clean import clean
from ingest.store import Fact, Store

ROOT = Path(__file__).resolve().parents[1]
NORWAY = "Norway pledged $25 million for stabilisation in Syria, the ministry said."
# The schema exactly as the single-user version (before Alembic) created it.
LEGACY_SCHEMA = """
CREATE TABLE articles (save_id INTEGER PRIMARY KEY AUTOINCREMENT, source_id TEXT NOT NULL UNIQUE,
    publisher TEXT NOT NULL CHECK (length(publisher) > 0), title TEXT NOT NULL
    CHECK (length(title) > 0), url TEXT NOT NULL, published TEXT NOT NULL, language TEXT NOT NULL,
    kind TEXT NOT NULL, text TEXT NOT NULL, sha256 TEXT NOT NULL, saved_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_at TEXT);
CREATE TABLE facts (fact_id INTEGER PRIMARY KEY AUTOINCREMENT,
    save_id INTEGER NOT NULL REFERENCES articles (save_id),
    target TEXT NOT NULL CHECK (target IN ('pledges', 'member_counts', 'events')),
    row_json TEXT NOT NULL CHECK (json_valid(row_json)), span_start INTEGER, span_end INTEGER,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'undone')));
CREATE INDEX facts_by_save ON facts (save_id);
"""
# A writer process: saves one article after another, printing each save id once committed.
# With "fork" it waits for lines on stdin and forks one such writer per line (printing its pid):
# the imports are paid once, so twenty writers can be killed in seconds rather than minutes.
WRITER = textwrap.dedent("""
    import os, signal, sys
    from ingest.clean import clean
    from ingest.store import Fact, Store
    sys.path.insert(0, {tests!r})
    from test_store_team import pledge_row

    def run(url, tag, saves, out):
        store = Store(url=url)
        for n in range(saves):
            text = f"Writer {{tag}} story {{n}}: Norway pledged $25 million for Syria."
            article = clean(text, publisher="Wire", title=f"{{tag}} {{n}}",
                            published="2023-06-08")
            save_id = store.save(article, [Fact("pledges", pledge_row()),
                                           Fact("pledges", pledge_row(amount_usd="5"))], tag)
            print(save_id, file=out, flush=True)

    url, tag, saves = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if tag != "fork":
        run(url, tag, saves, sys.stdout)
        sys.exit(0)
    from ingest import db
    Store(url=url).ready()  # migrated once here; children start with fresh connections
    for engine in db._ENGINES.values():
        engine.dispose()
    db._ENGINES.clear()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    for line in sys.stdin:
        child_tag, path = line.split()
        pid = os.fork()
        if pid == 0:
            with open(path, "w") as out:
                run(url, child_tag, saves, out)
            os._exit(0)
        print(pid, flush=True)
""").format(tests=str(ROOT / "tests"))


def article(text: str = NORWAY, **fields):
    return clean(text, **({"publisher": "Test Wire", "title": "Norway pledges",
                           "published": dt.date(2023, 6, 8)} | fields))


def legacy_store(path: Path) -> None:
    """A store file as the single-user version wrote it: one save with two facts, one undone."""
    con = sqlite3.connect(path)
    con.executescript(LEGACY_SCHEMA)
    con.execute("INSERT INTO articles (source_id, publisher, title, url, published, language, "
                "kind, text, sha256, saved_at) VALUES ('local_20230608_1', 'Old Wire', 'Old', "
                "'', '2023-06-08', 'en', 'news', 'old text', 'abc123abc123abc', "
                "'2026-11-01T10:00:00+00:00')")
    con.execute("INSERT INTO facts (save_id, target, row_json) VALUES (1, 'pledges', ?)",
                (__import__("json").dumps(pledge_row(pledge_id="local_20230608_1_p1",
                                                     source_id="local_20230608_1")),))
    con.execute("INSERT INTO facts (save_id, target, row_json, status) VALUES (1, 'pledges', "
                "'{}', 'undone')")
    con.commit()
    con.close()


def writer(url: str, tag: str, saves: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, url, tag, str(saves)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_store_from_before_alembic_upgrades_in_place(tmp_path):
    """A file the single-user version made keeps every fact and gains the team columns."""
    path = tmp_path / "old.sqlite"
    legacy_store(path)
    store = Store(path)
    assert db.current(store.url) is None
    assert store.active_rows("pledges")["pledge_id"].tolist() == ["local_20230608_1_p1"]
    assert db.current(store.url) == db.head()
    with store.engine.connect() as con:
        assert con.execute(sa.text("SELECT count(*) FROM facts")).scalar_one() == 2
        assert con.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    save_id = store.save(article(), [Fact("pledges", pledge_row())], "alice")
    assert store.saves().set_index("save_id").loc[save_id, "saved_by"] == "alice"
    assert store.saves().set_index("save_id").loc[1, "publisher"] == "Old Wire"


def test_migrate_twice_changes_nothing(store):
    """Migrating a store that is already at the newest revision is a no-op."""
    store.save(article(), [Fact("pledges", pledge_row())])
    assert db.migrate(store.url) == db.head() == db.migrate(store.url)
    assert len(store.active_rows("pledges")) == 1


def test_every_write_bumps_the_change_counter(store):
    """Save and undo each add one to the counter; a refused save leaves it alone."""
    store.ready()
    start = store.version()
    save_id = store.save(article(), [Fact("pledges", pledge_row())])
    with pytest.raises(ValueError):
        store.save(article("Other story."), [Fact("sites", pledge_row())])
    store.undo(save_id)
    assert store.version() == start + 2


def test_editor_and_time_recorded_on_save_and_undo(store):
    """The save names its editor; the undo names its own, on the article and its facts."""
    save_id = store.save(article(), [Fact("pledges", pledge_row())], "alice")
    store.undo(save_id, "bob")
    save = store.saves().iloc[0]
    assert (save["saved_by"], save["withdrawn_by"]) == ("alice", "bob")
    assert save["withdrawn_at"] >= save["saved_at"]
    with store.engine.connect() as con:
        fact = con.execute(sa.text("SELECT undone_by, undone_at FROM facts")).one()
    assert fact.undone_by == "bob" and fact.undone_at == save["withdrawn_at"]


def test_source_note_says_who_added_it(store):
    """The source row of a save says 'Added by NAME on DATE'."""
    store.save(article(), [Fact("pledges", pledge_row())], "alice")
    note = store.active_rows("sources")["notes"].iloc[0]
    assert note.startswith(f"Added by alice on {dt.datetime.now(dt.UTC):%Y-%m-%d}")


def test_pending_import_is_accepted_or_discarded_once(store):
    """An import waits for review; accepting it saves in the same transaction, once only."""
    first = store.add_pending(article(), 2, "alice")
    second = store.add_pending(article("Another story."), 0, "alice")
    assert store.pending()["pending_id"].tolist() == [first, second]
    assert store.active_rows("pledges").empty
    reviewed = store.pending_article(first)
    save_id = store.save(reviewed, [Fact("pledges", pledge_row())], "bob", pending_id=first)
    store.discard(second, "bob")
    assert store.pending().empty and len(store.active_rows("pledges")) == 1
    with pytest.raises(Exception, match="no import"):
        store.save(article("Third."), [], "bob", pending_id=first)
    assert store.saves()["save_id"].tolist() == [save_id]


def test_change_marker_sees_another_process_within_a_second(store, monkeypatch):
    """Another process's save shows in stamp() a second later; until then it is not re-read."""
    before = store.ready().stamp()
    done = writer(store.url, "other", 1)
    assert done.wait(timeout=120) == 0, done.stderr.read()
    store.stamp()
    monkeypatch.setattr(Store, "version", lambda self: pytest.fail("read again too soon"))
    assert store.stamp() == store.stamp()
    monkeypatch.undo()
    time.sleep(1.1)
    assert store.stamp() == (before[0] + 1,)


def killed_writers(url: str, folder: Path, rounds: int = 20) -> list[int]:
    """Forks a writer per round and kills it with SIGKILL at a random moment of its saves;
    returns every save id a writer reported as committed."""
    forks = subprocess.Popen([sys.executable, "-c", WRITER, url, "fork", "1000"], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    outputs = []
    try:
        for round_ in range(rounds):
            outputs.append(folder / f"writer{round_}.out")
            forks.stdin.write(f"k{round_} {outputs[-1]}\n")
            forks.stdin.flush()
            pid = int(forks.stdout.readline())
            while not outputs[-1].exists() or not outputs[-1].read_text():
                time.sleep(0.01)
            time.sleep(random.uniform(0, 0.15))
            os.kill(pid, signal.SIGKILL)
    finally:
        forks.stdin.close()
        forks.wait(timeout=60)
    time.sleep(0.2)  # the last child is reaped by the fork server
    return [int(n) for path in outputs for n in path.read_text().split()]


def test_kill_9_mid_save_loses_nothing_reported(store, tmp_path):
    """Twenty writers killed at random mid-save: every reported save is whole, the store ok."""
    store.ready()
    reported = killed_writers(store.url, tmp_path)
    saves = store.saves().set_index("save_id")
    assert len(reported) >= 20 and set(reported) <= set(saves.index)
    assert (saves["facts"] == 2).all()  # no save is half there
    assert store.version() == len(saves)
    with store.engine.connect() as con:
        if store.path:
            assert con.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            assert con.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        orphans = con.execute(sa.text("SELECT count(*) FROM facts f LEFT JOIN articles a ON "
                                      "a.save_id = f.save_id WHERE a.save_id IS NULL"))
        assert orphans.scalar_one() == 0


def test_two_writers_at_once_never_see_a_lock(store):
    """Two processes saving at the same time both finish; no 'database is locked' surfaces."""
    store.ready()
    processes = [writer(store.url, tag, 15) for tag in ("a", "b")]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in processes]
    assert [code for code, _ in results] == [0, 0], results
    assert not any("locked" in err for _, err in results)
    saves = store.saves()
    assert len(saves) == 30 and saves["source_id"].is_unique
    assert sorted(saves["saved_by"].value_counts().tolist()) == [15, 15]


def test_an_unreachable_database_leaves_the_charts_working():
    """With the server down, the marker still answers and the merge names the store."""
    from ingest.merge import merge_local
    from loaders import load_all

    down = Store(url="postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert down.stamp() == (-1,)
    data = load_all()
    merged = merge_local(data, down)
    assert merged.dataset is data
    assert merged.rejected[0].startswith("The local store postgresql+psycopg://nobody@")
