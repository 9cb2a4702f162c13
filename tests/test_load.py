"""bench.load's protocol client against the served app: each view finishes without an error."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench import harness, load


@pytest.mark.browser  # needs the served app (tests/conftest.py), not Chromium
def test_two_sessions_one_view_each_finish_cleanly(app_server):
    """Two protocol sessions each open a page and see it finish, titled in their language."""
    args = load.parse(["--sessions", "2", "--views", "1", "--browsers", "0", "--think", "0"])
    pages = harness.dashboard_pages()
    # A thread of its own: Playwright's sync API keeps an event loop running in this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        views, tabs = pool.submit(asyncio.run, load.load([app_server.base_url], pages,
                                                         args)).result()
    assert tabs is None
    assert [(v["session"], v["kind"]) for v in sorted(views, key=lambda v: v["session"])] == [
        (0, "open"), (1, "open")]
    for view in views:
        assert view["errors"] == [], view
        assert view["page_title"] == load.expected_title(pages[view["session"]][0], view["lang"])
        assert view["received_bytes"] > 0


def test_an_exception_element_or_error_alert_counts_as_an_error():
    """An exception element or an st.error in a view is counted as an error."""
    from streamlit.proto.Alert_pb2 import Alert
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    from bench.wsclient import View, WsSession

    session, view = WsSession("http://127.0.0.1:1"), View("open", "")
    raised, alert, finished = ForwardMsg(), ForwardMsg(), ForwardMsg()
    raised.delta.new_element.exception.type = "KeyError"
    alert.delta.new_element.alert.format = Alert.ERROR
    finished.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    assert not session._handle(raised, view) and not session._handle(alert, view)
    assert session._handle(finished, view)
    assert [e.split(":")[0] for e in view.errors] == ["exception", "error alert"]


def test_a_run_stopped_for_a_rerun_is_not_the_end_of_a_view():
    """A fresh server's first run stops early for a rerun: like the browser, the client keeps
    waiting for the rerun to finish and counts no error."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    from bench.wsclient import View, WsSession

    session, view = WsSession("http://127.0.0.1:1"), View("open", "")
    early, finished = ForwardMsg(), ForwardMsg()
    early.script_finished = ForwardMsg.FINISHED_EARLY_FOR_RERUN
    finished.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    assert not session._handle(early, view)
    assert session._handle(finished, view)
    assert view.errors == []
