"""Server address, configured editors and the session -> who may write, and the sign-in form."""

from __future__ import annotations

import streamlit as st

from catalog.markup import md
from ingest import editors
from ingest.messages import say as t

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
SIGNED_IN = "auth_editor"  # kept in st.session_state only: the session forgets it when it ends


class NotAnEditor(PermissionError):
    """A write was attempted without a signed-in editor (team) or on a read-only server."""


def listen_address() -> str:
    return str(st.get_option("server.address") or "")


def team() -> dict[str, str]:
    """The configured editors (name -> argon2 hash); none configured is an empty dict."""
    try:
        secrets = st.secrets.to_dict() if st.secrets.load_if_toml_exists() else {}
    except (FileNotFoundError, OSError):
        secrets = {}
    return editors.configured(secrets)


def mode() -> str:
    """'team' with editors configured; else 'local' on 127.0.0.1 (single user, as before) and
    'readonly' on any other address (nobody can sign in, so nobody writes)."""
    try:
        if team():
            return "team"
    except editors.EditorsError:
        return "readonly"
    return "local" if listen_address() in LOOPBACK else "readonly"


def editor() -> str | None:
    """The editor signed in to this session, if still configured."""
    name = st.session_state.get(SIGNED_IN)
    return name if name and mode() == "team" and name in team() else None


def can_edit() -> bool:
    return mode() == "local" or editor() is not None


def require_editor() -> str | None:
    """Every write path calls this first: the editor's name (None in local mode), or refusal."""
    if mode() == "local":
        return None
    name = editor()
    if name is None:
        raise NotAnEditor("adding, correcting, undoing and exporting need a signed-in editor")
    return name


def session_key() -> str:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_id if ctx else "no-session"


def sign_in(name: str, password: str, lang: str) -> None:
    """Checks the password (rate-limited per name and per session); says what went wrong."""
    ok, wait = editors.check(team(), name, password, session_key())
    if ok:
        st.session_state[SIGNED_IN] = name.strip()
        st.session_state["ingest_message"] = [t("ingest.signed_in", lang)]
        st.rerun()
    elif wait > 0:
        st.error(md(t("ingest.err.locked", lang, minutes=max(1, round(wait / 60)))))
    else:
        st.error(md(t("ingest.err.sign_in", lang)))


def sign_out() -> None:
    st.session_state.pop(SIGNED_IN, None)
    st.session_state.pop("ingest_found", None)
    st.session_state.pop("ingest_pending", None)


def access_panel(lang: str) -> bool:
    """The sign-in form, who is signed in, or why the page is read-only; True if may write."""
    current = mode()
    if current == "local":
        return True
    if current == "readonly":
        st.warning(md(t("ingest.read_only", lang, address=listen_address() or "0.0.0.0")))
        return False
    if (name := editor()) is not None:
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.text(t("ingest.signed_in_as", lang, name=name))
        right.button(t("ingest.sign_out", lang), key="auth_sign_out", on_click=sign_out)
        return True
    st.info(md(t("ingest.sign_in_needed", lang)))
    with st.form("auth_form"):
        name = st.text_input(t("ingest.editor_name", lang), key="auth_name")
        password = st.text_input(t("ingest.password", lang), type="password",
                                 key="auth_password")
        if st.form_submit_button(t("ingest.sign_in", lang), type="primary"):
            sign_in(name, password, lang)
    return False
