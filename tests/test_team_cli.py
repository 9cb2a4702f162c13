"""Editors and the operators' command line (python -m ingest) on both engines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingest import cli, editors

ROOT = Path(__file__).resolve().parents[1]
NORWAY = ("Norway pledged $25 million for stabilisation in Syria on Thursday, the ministry said. "
          "The 86-member coalition met in Riyadh.")
IMPORT = ["--publisher", "Test Wire", "--title", "Norway pledges", "--published", "2023-06-08",
          "--editor", "alice"]


@pytest.fixture
def chosen(store, monkeypatch, tmp_path):
    """The CLI pointed at the test's store, as an operator would with the environment."""
    monkeypatch.delenv(editors.FILE_ENV, raising=False)
    if store.path:
        monkeypatch.setenv("COALITION_LOCAL_DB", str(store.path))
        monkeypatch.delenv("COALITION_DATABASE_URL", raising=False)
    else:
        monkeypatch.setenv("COALITION_DATABASE_URL", store.url)
    (tmp_path / "norway.txt").write_text(NORWAY, encoding="utf-8")
    return store


@pytest.fixture(autouse=True)
def clean_slate():
    editors.forget_failures()


def test_editor_line_verifies_and_never_takes_the_password_from_argv():
    """`python -m ingest editor NAME` reads stdin and prints a line that verifies."""
    done = subprocess.run([sys.executable, "-m", "ingest", "editor", "alice"], cwd=ROOT,
                          input="correct horse\n", capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    name, digest = done.stdout.strip().split(" = ")
    assert name == "alice" and editors.check({"alice": digest.strip('"')}, "alice",
                                             "correct horse", "s1")[0]
    assert "correct horse" not in done.stdout
    with pytest.raises(SystemExit):
        cli.parser().parse_args(["editor", "alice", "--password", "x"])


def test_sign_in_locks_a_name_after_five_failures():
    """Five wrong passwords in five minutes lock the name, even for the right one, then free."""
    team = {"alice": editors._HASHER.hash("right password")}
    for n in range(5):
        assert editors.check(team, "alice", "wrong", f"session{n}", clock=100.0 + n)[0] is False
    ok, wait = editors.check(team, "alice", "right password", "fresh", clock=110.0)
    assert not ok and wait > 280
    assert editors.check(team, "alice", "right password", "fresh", clock=500.0) == (True, 0.0)


def test_sign_in_locks_a_session_trying_many_names():
    """One session guessing five names is locked out too."""
    team = {"bob": editors._HASHER.hash("bob password")}
    for n in range(5):
        editors.check(team, f"guess{n}", "x", "one-session", clock=10.0)
    assert editors.check(team, "bob", "bob password", "one-session", clock=11.0)[0] is False
    assert editors.check(team, "bob", "bob password", "other-session", clock=11.0)[0] is True


def test_import_pending_then_list(chosen, tmp_path, capsys):
    """Without --accept the article waits for review and nothing reaches the charts."""
    assert cli.main(["import", str(tmp_path / "norway.txt"), *IMPORT]) == 0
    assert "pending review as import 1" in capsys.readouterr().out
    assert chosen.active_rows("pledges").empty
    assert chosen.pending()["imported_by"].tolist() == ["alice"]
    assert cli.main(["list"]) == 0
    assert "import 1\tpending" in capsys.readouterr().out


def test_import_accept_undo_export(chosen, tmp_path, capsys):
    """--accept saves every fact found; undo withdraws it; export writes the data/ files."""
    assert cli.main(["import", str(tmp_path / "norway.txt"), *IMPORT, "--accept"]) == 0
    assert "saved 2 facts as save 1 (local_20230608_1)" in capsys.readouterr().out
    assert chosen.saves()["saved_by"].tolist() == ["alice"]
    assert cli.main(["export", "--out", str(tmp_path / "out")]) == 0
    assert "local_20230608_1_p1" in (tmp_path / "out" / "pledges.csv").read_text()
    assert cli.main(["undo", "1", "--editor", "bob"]) == 0
    assert chosen.saves()["withdrawn_by"].tolist() == ["bob"]
    capsys.readouterr()
    assert cli.main(["undo", "1", "--editor", "bob"]) == 1  # already undone: refused, unchanged
    assert "was already undone" in capsys.readouterr().err


def test_user_errors_exit_1_without_traceback(chosen, tmp_path, capsys):
    """A missing file, an unknown save, a refused article: one sentence, exit code 1."""
    assert cli.main(["import", str(tmp_path / "absent.txt"), *IMPORT]) == 1
    assert "No such file" in capsys.readouterr().err
    assert cli.main(["undo", "99", "--editor", "alice"]) == 1
    assert "There is no save number 99" in capsys.readouterr().err
    (tmp_path / "empty.txt").write_text("  ")
    assert cli.main(["import", str(tmp_path / "empty.txt"), *IMPORT]) == 1
    assert "The article text is empty" in capsys.readouterr().err


def test_unknown_editor_is_refused_when_editors_are_configured(chosen, tmp_path, monkeypatch,
                                                                 capsys):
    """With an editors file, --editor must name one of them."""
    (tmp_path / "editors.toml").write_text('[editors]\nbob = "$argon2id$x"\n')
    monkeypatch.setenv(editors.FILE_ENV, str(tmp_path / "editors.toml"))
    assert cli.main(["import", str(tmp_path / "norway.txt"), *IMPORT]) == 1
    assert "'alice' is not a configured editor (bob)" in capsys.readouterr().err
    assert chosen.pending().empty


def test_cli_process_reports_a_bad_store_without_traceback(tmp_path):
    """An unreachable database is one line on stderr and exit code 1."""
    env = {**os.environ, "COALITION_DATABASE_URL":
           "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"}
    done = subprocess.run([sys.executable, "-m", "ingest", "list"], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("error: the store postgresql+psycopg://nobody@127.0.0.1:1/")


def test_migrate_and_off(chosen, monkeypatch, capsys):
    """migrate names the revision; with local facts off the CLI says so."""
    assert cli.main(["migrate"]) == 0
    assert "schema at revision 0002" in capsys.readouterr().out
    monkeypatch.delenv("COALITION_DATABASE_URL", raising=False)
    monkeypatch.setenv("COALITION_LOCAL_DB", "off")
    assert cli.main(["list"]) == 1
    assert "switched off" in capsys.readouterr().err
