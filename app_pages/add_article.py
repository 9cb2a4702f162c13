"""Ingest page: an article pasted or uploaded -> facts found, corrected, saved locally, undone."""

import sqlite3

import streamlit as st

from ingest import flow
from ingest.candidates import editor_config
from ingest.clean import MAX_TEXT_BYTES, MAX_UPLOAD_BYTES
from ingest.highlight import highlighted_html, legend_html
from ingest.messages import InputProblems
from ingest.messages import say as t
from ingest.store import Store
from ui.context import page_context


def show_problems(err: InputProblems) -> None:
    for message in err.messages(lang):
        st.error(message)


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

with st.form("ingest_form"):
    text = st.text_area(t("ingest.paste", lang), height=180, key="ingest_text",
                        help=t("ingest.paste_help", lang, limit=MAX_TEXT_BYTES // 1000))
    upload = st.file_uploader(t("ingest.upload", lang), type=["txt", "html", "htm"],
                              key="ingest_file", max_upload_size=MAX_UPLOAD_BYTES // 1_000_000)
    left, right = st.columns(2)
    fields = dict(publisher=left.text_input(t("ingest.publisher", lang), key="ingest_publisher"),
                  title=left.text_input(t("ingest.title_field", lang), key="ingest_headline"),
                  url=left.text_input(t("ingest.url", lang), key="ingest_url"),
                  published=right.date_input(t("ingest.published", lang), value=None,
                                             key="ingest_published", format="YYYY-MM-DD"),
                  language=right.selectbox(t("ingest.language", lang), ["auto", "en", "ar"],
                                           format_func=lambda c: t(f"ingest.language.{c}", lang),
                                           key="ingest_lang"),
                  kind=right.selectbox(t("ingest.kind", lang), ["news", "official"],
                                       format_func=lambda c: t(f"ingest.kind.{c}", lang),
                                       key="ingest_kind"))
    if st.form_submit_button(t("ingest.find", lang), type="primary"):
        st.session_state.pop("ingest_found", None)
        try:
            article = flow.read_article(text, upload and (upload.name, upload.getvalue()), **fields)
            st.session_state["ingest_found"] = flow.find(article, data, lang)
        except InputProblems as err:
            show_problems(err)

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
    if st.button(t("ingest.save", lang), type="primary", key="ingest_save"):
        try:
            rows = flow.save_accepted(store, found, edited, data)[1]
            st.session_state.pop("ingest_found")
            st.session_state["ingest_message"] = [t("ingest.saved", lang, count=len(rows),
                                                    source_id=rows["source_id"].iloc[0])]
            st.session_state["ingest_saved_rows"] = rows
            st.rerun()
        except InputProblems as err:
            show_problems(err)
        except sqlite3.Error as err:
            st.error(t("ingest.err.store", lang, problem=err))
if (rows := st.session_state.pop("ingest_saved_rows", None)) is not None:
    st.dataframe(rows, hide_index=True)

st.subheader(t("ingest.saves_heading", lang))
saves = store.saves()
st.caption(t("ingest.no_saves", lang) if saves.empty else "")
for save in saves.itertuples():
    line, button = st.columns([8, 1], vertical_alignment="center")
    line.text(flow.save_line(save, lang))
    if button.button(t("ingest.undo", lang), key=f"ingest_undo_{save.save_id}",
                     disabled=save.status != "active"):
        st.session_state["ingest_message"] = [t("ingest.undone", lang, source_id=save.source_id,
                                                count=store.undo(save.save_id))]
        st.rerun()
if not saves.empty:
    st.download_button(t("ingest.export", lang), data=store.export_zip(), mime="application/zip",
                       file_name="local_rows.zip", key="ingest_export", on_click="ignore")
