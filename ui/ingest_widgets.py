"""Session state and the ingest flow -> the ingest page's forms: article, correction, saves."""

from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st

from catalog.markup import md
from ingest import flow
from ingest.candidates import STATUS_CHOICES
from ingest.clean import MAX_TEXT_BYTES, MAX_UPLOAD_BYTES
from ingest.messages import InputProblems
from ingest.messages import say as t
from ingest.store import Store
from loaders import Dataset
from loaders.pledges import RECIPIENTS

CORRECTED = ("accept", "status", "donor", "recipient", "amount_usd")


def show_problems(err: InputProblems, lang: str) -> None:
    for message in err.messages(lang):
        st.error(md(message))


def article_form(data: Dataset, lang: str) -> None:
    """Paste or upload, describe the source, and find the facts: the result goes to
    st.session_state["ingest_found"], or each problem with the input is shown."""
    with st.form("ingest_form"):
        text = st.text_area(t("ingest.paste", lang), height=180, key="ingest_text",
                            help=t("ingest.paste_help", lang, limit=MAX_TEXT_BYTES // 1000))
        upload = st.file_uploader(t("ingest.upload", lang), type=["txt", "html", "htm"],
                                  key="ingest_file",
                                  max_upload_size=MAX_UPLOAD_BYTES // 1_000_000)
        fields = source_fields(lang)
        if st.form_submit_button(t("ingest.find", lang), type="primary"):
            st.session_state.pop("ingest_found", None)
            try:
                article = flow.read_article(text, upload and (upload.name, upload.getvalue()),
                                            **fields)
                st.session_state["ingest_found"] = flow.find(article, data, lang)
            except InputProblems as err:
                show_problems(err, lang)


def source_fields(lang: str) -> dict:
    """Publisher, headline, address, date, language and kind of the article."""
    left, right = st.columns(2)
    return dict(
        publisher=left.text_input(t("ingest.publisher", lang), key="ingest_publisher"),
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


def apply_correction(row) -> None:
    """Writes the form's values, and the grid's pending edits, into the candidates table; the
    grid then starts again from the corrected table."""
    found = st.session_state["ingest_found"]
    table = flow.with_edits(found.table, st.session_state.get("ingest_editor"))
    values = {column: st.session_state[f"ingest_fix_{column}_{row}"] for column in CORRECTED}
    st.session_state["ingest_found"] = dataclasses.replace(
        found, table=flow.corrected(table, row, **values))
    st.session_state.pop("ingest_editor", None)


def correction_form(edited: pd.DataFrame, lang: str) -> None:
    """One funding row's fields as ordinary widgets: the keyboard and screen-reader way to do
    what the grid does."""
    funding = edited[edited["table"] == "pledges"]
    if funding.empty:
        return
    with st.expander(md(t("ingest.fix_heading", lang))):
        st.caption(md(t("ingest.fix_help", lang)))
        row = st.selectbox(t("ingest.fix_row", lang), list(funding.index), key="ingest_fix_row",
                           format_func=lambda r: t("ingest.fix_row_label", lang, row=r,
                                                   matched=funding.loc[r, "matched"]))
        with st.form(f"ingest_fix_{row}", border=False):
            correction_fields(funding.loc[row], row, lang)
            st.form_submit_button(t("ingest.fix_apply", lang), on_click=apply_correction,
                                  args=(row,))


def correction_fields(current: pd.Series, row, lang: str) -> None:
    """Tick, status, donor, recipient and dollar amount of one row, filled with its values."""
    left, right = st.columns(2)
    left.checkbox(t("ingest.col.accept", lang), value=current["accept"] is True,
                  key=f"ingest_fix_accept_{row}")
    status = current["status"] if current["status"] in STATUS_CHOICES else "unknown"
    left.selectbox(t("ingest.col.status", lang), STATUS_CHOICES,
                   index=STATUS_CHOICES.index(status), key=f"ingest_fix_status_{row}",
                   format_func=lambda s: t("ingest.status.unknown" if s == "unknown"
                                           else f"status.{s}", lang))
    donor = current["donor"] if pd.notna(current["donor"]) else ""
    left.text_input(t("ingest.col.donor", lang), value=donor, key=f"ingest_fix_donor_{row}")
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


def saves_list(store: Store, lang: str) -> None:
    """Every save on this computer with its undo button, and the local rows as a download."""
    st.subheader(md(t("ingest.saves_heading", lang)))
    saves = store.saves()
    st.caption(md(t("ingest.no_saves", lang) if saves.empty else ""))
    for save in saves.itertuples():
        line, button = st.columns([8, 1], vertical_alignment="center")
        line.text(flow.save_line(save, lang))
        if button.button(t("ingest.undo", lang), key=f"ingest_undo_{save.save_id}",
                         disabled=save.status != "active"):
            st.session_state["ingest_message"] = [t("ingest.undone", lang,
                                                    source_id=save.source_id,
                                                    count=store.undo(save.save_id))]
            st.rerun()
    if not saves.empty:
        st.download_button(t("ingest.export", lang), data=store.export_zip(),
                           mime="application/zip", file_name="local_rows.zip",
                           key="ingest_export", on_click="ignore")
