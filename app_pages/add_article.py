"""Ingest page: an article pasted or uploaded -> facts found, corrected, saved locally, undone."""

import dataclasses
import sqlite3

import pandas as pd
import streamlit as st

from ingest import flow
from ingest.candidates import STATUS_CHOICES, editor_config
from ingest.clean import MAX_TEXT_BYTES, MAX_UPLOAD_BYTES
from ingest.highlight import highlighted_html, legend_html
from ingest.messages import InputProblems
from ingest.messages import say as t
from ingest.store import Store
from loaders.pledges import RECIPIENTS
from ui.context import page_context


def apply_correction(row) -> None:
    """Writes the form's values, and the grid's pending edits, into the candidates table; the
    grid then starts again from the corrected table."""
    found = st.session_state["ingest_found"]
    table = flow.with_edits(found.table, st.session_state.get("ingest_editor"))
    values = {column: st.session_state[f"ingest_fix_{column}_{row}"]
              for column in ("accept", "status", "donor", "recipient", "amount_usd")}
    st.session_state["ingest_found"] = dataclasses.replace(
        found, table=flow.corrected(table, row, **values))
    st.session_state.pop("ingest_editor", None)


def correction_form(edited) -> None:
    """One funding row's fields as ordinary widgets: the keyboard and screen-reader way to do
    what the grid does."""
    funding = edited[edited["table"] == "pledges"]
    if funding.empty:
        return
    with st.expander(t("ingest.fix_heading", lang)):
        st.caption(t("ingest.fix_help", lang))
        row = st.selectbox(t("ingest.fix_row", lang), list(funding.index), key="ingest_fix_row",
                           format_func=lambda r: t("ingest.fix_row_label", lang, row=r,
                                                   matched=funding.loc[r, "matched"]))
        current = funding.loc[row]
        with st.form(f"ingest_fix_{row}", border=False):
            left, right = st.columns(2)
            left.checkbox(t("ingest.col.accept", lang), value=current["accept"] is True,
                          key=f"ingest_fix_accept_{row}")
            status = current["status"] if current["status"] in STATUS_CHOICES else "unknown"
            left.selectbox(t("ingest.col.status", lang), STATUS_CHOICES,
                           index=STATUS_CHOICES.index(status), key=f"ingest_fix_status_{row}",
                           format_func=lambda s: t("ingest.status.unknown" if s == "unknown"
                                                   else f"status.{s}", lang))
            donor = current["donor"] if pd.notna(current["donor"]) else ""
            left.text_input(t("ingest.col.donor", lang), value=donor,
                            key=f"ingest_fix_donor_{row}")
            recipients = list(RECIPIENTS)
            right.selectbox(t("ingest.col.recipient", lang), recipients,
                            index=recipients.index(current["recipient"])
                            if current["recipient"] in recipients else None,
                            key=f"ingest_fix_recipient_{row}",
                            format_func=lambda r: t(f"recipient.{r}", lang))
            amount = current["amount_usd"]
            right.number_input(t("ingest.col.amount_usd", lang), min_value=0.0, step=1e6,
                               value=None if pd.isna(amount) else float(amount),
                               key=f"ingest_fix_amount_usd_{row}")
            st.form_submit_button(t("ingest.fix_apply", lang), on_click=apply_correction,
                                  args=(row,))


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
    correction_form(edited)
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
