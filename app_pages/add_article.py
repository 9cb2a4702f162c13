"""Ingest page: an article pasted or uploaded -> facts found, corrected, saved locally, undone."""

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from ingest import flow
from ingest.candidates import editor_config
from ingest.highlight import highlighted_html, legend_html
from ingest.messages import InputProblems
from ingest.messages import say as t
from ingest.store import Store
from ui.context import page_context
from ui.ingest_widgets import article_form, correction_form, saves_list, show_problems

ctx = page_context()
data, lang, store = ctx.data, ctx.lang, Store.default()
st.title(t("ingest.title", lang))
st.caption(t("ingest.intro", lang))
for message in st.session_state.pop("ingest_message", []):
    st.success(message)
for problem in flow.local_problems(data, store):
    st.warning(t("ingest.rejected", lang, problem=problem))
if store is None:
    st.info(t("ingest.disabled", lang))
    st.stop()

article_form(data, lang)

if (found := st.session_state.get("ingest_found")) is not None:
    for key, values in found.article.notes:
        st.info(t(key, lang, **values))
    st.subheader(t("ingest.text_heading", lang))
    st.html(legend_html(lang) + highlighted_html(found.article.text, found.facts, lang,
                                                  found.article.language))
    st.subheader(t("ingest.candidates_heading", lang))
    st.caption(t("ingest.candidates_help" if len(found.table) else "ingest.found_none", lang))
    edited = st.data_editor(found.table, key="ingest_editor",
                            **editor_config(lang, st.column_config))
    correction_form(edited, lang)
    if st.button(t("ingest.save", lang), type="primary", key="ingest_save"):
        try:
            rows = flow.save_accepted(store, found, edited, data)[1]
            st.session_state.pop("ingest_found")
            st.session_state["ingest_message"] = [t("ingest.saved", lang, count=len(rows),
                                                    source_id=rows["source_id"].iloc[0])]
            st.session_state["ingest_saved_rows"] = rows
            st.rerun()
        except InputProblems as err:
            show_problems(err, lang)
        except SQLAlchemyError as err:
            st.error(t("ingest.err.store", lang, problem=err))
if (rows := st.session_state.pop("ingest_saved_rows", None)) is not None:
    st.dataframe(rows, hide_index=True)

saves_list(store, lang)
