"""Ingest page: an article pasted or uploaded -> facts found, corrected, saved, undone (editors
only when serving a team; reading needs no sign-in)."""

import streamlit as st

from catalog.markup import md
from ingest import flow
from ingest.messages import say as t
from ingest.store import Store
from ui.auth import access_panel
from ui.context import page_context
from ui.ingest_widgets import article_form, candidates_section, pending_list, saves_list

ctx = page_context(needs=("sources",), uses=("pledges", "member_counts", "events"))
data, lang, store = ctx.data, ctx.lang, Store.default()
st.title(md(t("ingest.title", lang)))
st.caption(md(t("ingest.intro", lang)))
for message in st.session_state.pop("ingest_message", []):
    st.success(md(message))
for problem in flow.local_problems(data, store):
    st.warning(md(t("ingest.rejected", lang, problem=problem)))
if store is None:
    st.info(md(t("ingest.disabled", lang)))
    st.stop()
if not store.readable():
    st.stop()  # the warning above names the store and the reason

may_write = access_panel(lang)
if may_write:
    pending_list(store, data, lang)
    article_form(data, lang)
    candidates_section(store, data, lang)
else:
    for key in ("ingest_found", "ingest_pending"):
        st.session_state.pop(key, None)
if (rows := st.session_state.pop("ingest_saved_rows", None)) is not None:
    st.dataframe(rows, hide_index=True)

saves_list(store, lang, may_write)
