"""The ingest page when serving a team: editors sign in to write; without one nothing writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from apptest_helpers import shown_text
from streamlit.testing.v1 import AppTest

from ingest import editors
from ingest.clean import clean
from ingest.store import Fact, Store
from ui import auth

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "7_ingest.py")
ARTICLE = "OSLO - Norway pledged $25 million for stabilisation in Syria on Thursday."
PASSWORD = "a long enough secret"
WRITES = ("save", "undo", "discard", "add_pending", "export_zip", "export_csv")
ACTION_KEYS = ("ingest_save", "ingest_export", "ingest_undo_1", "ingest_review_1",
               "ingest_discard_1")


def pledge_row() -> dict[str, str]:
    return {"date": "2023-06-08", "date_precision": "day", "event": "", "donor": "Norway",
            "donor_iso3": "NOR", "recipient": "Syria", "channel": "", "amount_usd": "25000000",
            "amount_original": "25000000", "currency": "USD", "converted": "false",
            "status": "pledge", "qualifier": "exact", "series": "", "period": "",
            "also_sources": "", "notes": "test"}


@pytest.fixture
def team_store(tmp_path, monkeypatch) -> Store:
    """A store holding one save and one pending import, and one configured editor, alice."""
    monkeypatch.setenv("COALITION_LOCAL_DB", str(tmp_path / "ingest.sqlite"))
    (tmp_path / "editors.toml").write_text(
        editors.hash_line("alice", PASSWORD).join(["[editors]\n", "\n"]), encoding="utf-8")
    monkeypatch.setenv(editors.FILE_ENV, str(tmp_path / "editors.toml"))
    editors.forget_failures()
    store = Store(tmp_path / "ingest.sqlite")
    day = dt.date(2023, 6, 8)
    store.save(clean(ARTICLE, publisher="Wire", title="Saved", published=day),
               [Fact("pledges", pledge_row())], "alice")
    store.add_pending(clean(ARTICLE + " More.", publisher="Wire", title="Waiting",
                            published=day), 1, "alice")
    return store


@pytest.fixture
def writes(monkeypatch) -> list[str]:
    """Every call of a write method of the store, recorded (and still done)."""
    calls: list[str] = []
    for name in WRITES:
        original = getattr(Store, name)
        monkeypatch.setattr(Store, name, lambda self, *a, _n=name, _f=original, **k:
                            calls.append(_n) or _f(self, *a, **k))
    return calls


def run_page(**query) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    return at


def keys_shown(at: AppTest) -> set[str]:
    return {b.key for b in at.button} | {el.key for el in at.get("download_button")}


def sign_in(at: AppTest, name: str = "alice", password: str = PASSWORD) -> AppTest:
    at.text_input(key="auth_name").input(name)
    at.text_input(key="auth_password").input(password)
    next(b for b in at.get("form_submit_button") if b.label == "Sign in").click().run()
    return at


def test_reading_needs_no_sign_in_and_offers_no_action(team_store, writes):
    """A viewer sees the saves and the sign-in form, and no button that writes."""
    at = run_page(editor="alice", admin="1")
    assert not at.exception
    assert any("Saved" in el.value for el in at.text)
    assert not keys_shown(at) & set(ACTION_KEYS)
    assert not [a for a in at.text_area if a.key == "ingest_text"]
    assert writes == []


def test_a_planted_candidates_table_is_not_shown_without_an_editor(team_store, writes):
    """Session state with found facts (left from a signed-out session) grants nothing."""
    from ingest import flow
    from loaders import load_all

    at = AppTest.from_file(PAGE, default_timeout=120)
    at.session_state["ingest_found"] = flow.find(team_store.pending_article(1), load_all())
    at.session_state[auth.SIGNED_IN] = "mallory"
    at.run()
    assert not at.exception and not at.data_editor
    assert not keys_shown(at) & set(ACTION_KEYS)
    assert writes == []


def test_write_paths_refuse_without_an_editor(team_store, writes, monkeypatch):
    """Called directly, each guarded write says so and changes nothing."""
    monkeypatch.setattr(auth, "mode", lambda: "team")
    with pytest.raises(auth.NotAnEditor):
        auth.require_editor()
    monkeypatch.setattr(auth, "mode", lambda: "readonly")
    with pytest.raises(auth.NotAnEditor):
        auth.require_editor()
    assert writes == []


def test_wrong_password_then_lockout(team_store):
    """A wrong password is refused; after five, even the right one waits."""
    at = sign_in(run_page(), password="wrong")
    assert shown_text(at.error[0].value) == "The name or the password is wrong."
    for _ in range(4):
        sign_in(at, password="wrong")
    sign_in(at)
    assert shown_text(at.error[0].value).startswith("Too many failed sign-ins")
    assert auth.SIGNED_IN not in at.session_state


def test_editor_signs_in_saves_with_name_and_signs_out(team_store, writes):
    """Signed in, alice undoes and reviews; the records name her; signing out ends it."""
    at = sign_in(run_page())
    assert not at.exception and "Signed in as alice" in [el.value for el in at.text]
    assert set(ACTION_KEYS) - {"ingest_save"} <= keys_shown(at)
    at.button(key="ingest_undo_1").click().run()
    assert team_store.saves().iloc[0]["withdrawn_by"] == "alice"
    at.button(key="ingest_review_1").click().run()
    at.session_state["ingest_editor"] = {"edited_rows": {0: {"accept": True}},
                                         "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="ingest_save").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert team_store.pending().empty
    assert team_store.saves().iloc[0][["saved_by", "status"]].tolist() == ["alice", "active"]
    at.button(key="auth_sign_out").click().run()
    assert not keys_shown(at) & set(ACTION_KEYS)
    assert "save" in writes and "undo" in writes


def test_read_only_off_loopback_without_editors(tmp_path, monkeypatch, writes):
    """On 0.0.0.0 with no editors the page says it is read-only and offers no action."""
    monkeypatch.setenv("COALITION_LOCAL_DB", str(tmp_path / "ingest.sqlite"))
    monkeypatch.delenv(editors.FILE_ENV, raising=False)
    monkeypatch.setattr(auth, "listen_address", lambda: "0.0.0.0")
    at = run_page()
    assert not at.exception
    assert "is read-only" in shown_text(at.warning[0].value)
    assert not keys_shown(at) & set(ACTION_KEYS) and not at.get("form_submit_button")
    assert writes == []


def test_typed_markup_is_shown_as_text(team_store):
    """A headline with markdown and HTML appears literally in the list of saves."""
    title = "**Bold** <img src=x onerror=alert(1)> [link](http://x)"
    team_store.save(clean("Another story entirely.", publisher="Wire", title=title,
                          published=dt.date(2023, 6, 8)), [], "alice")
    at = run_page()
    lines = [el.value for el in at.text]
    assert any(title in line for line in lines)
    assert not any(title in el.value for el in at.markdown)


def test_every_store_write_in_the_web_app_is_guarded():
    """In pages/ and ui/, each call that writes or exports runs inside as_editor(...)."""
    import ast

    root = Path(__file__).resolve().parents[1]
    writers = set(WRITES) | {"save_accepted"}
    unguarded, guarded_calls = [], 0
    for path in [*root.glob("pages/*.py"), *root.glob("ui/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = {id(node) for call in ast.walk(tree) if isinstance(call, ast.Call)
                  and getattr(call.func, "id", "") == "as_editor"
                  for node in ast.walk(call.args[0])}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in writers:
                guarded_calls += id(node) in inside
                if id(node) not in inside:
                    unguarded.append(f"{path.name}:{node.lineno}")
    assert unguarded == [] and guarded_calls >= 4


def test_page_with_the_database_down_says_so_without_exception(monkeypatch):
    """An unreachable PostgreSQL gives a warning naming the store, not a traceback."""
    monkeypatch.setenv("COALITION_DATABASE_URL",
                       "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    at = run_page()
    assert not at.exception
    warning = shown_text(at.warning[0].value)
    assert "The local store postgresql+psycopg://nobody@127.0.0.1:1/none" in warning
    assert "could not be read" in warning and not at.get("form_submit_button")


def test_sources_view_says_who_added_a_local_source(team_store):
    """Picking a local source on the sources page shows 'Added by alice on DATE' as text."""
    from tests.apptest_helpers import open_page

    at = open_page("pages/5_sources.py", sources_pick="local_20230608_1")
    assert not at.exception
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    assert any(el.value.startswith(f"Added by alice on {today}") for el in at.text)
