"""Session state and the ingest flow -> the ingest page's forms: article, correction, saves."""

from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from catalog.markup import md
from ingest import flow
from ingest.candidates import STATUS_CHOICES, editor_config
from ingest.clean import MAX_TEXT_BYTES, MAX_UPLOAD_BYTES
from ingest.highlight import highlighted_html, legend_html
from ingest.messages import InputProblems, named
from ingest.messages import say as t
from ingest.store import Store
from loaders import Dataset
from loaders.pledges import RECIPIENTS
from ui.auth import NotAnEditor, require_editor

CORRECTED = ("accept", "status", "donor", "recipient", "amount_usd", "series")
def show_problems(err: InputProblems, lang: str) -> None:
    for key, values in err.problems:
        st.error(md(t(key, lang, **named(values, lang))))


def as_editor(action, lang: str):
    """Runs a write with the signed-in editor's name; refusals and store errors are shown,
    never raised: returns None then."""
    try:
        return action(require_editor())
    except NotAnEditor:
        st.error(md(t("ingest.err.not_editor", lang)))
    except InputProblems as err:
        show_problems(err, lang)
    except SQLAlchemyError as err:
        st.error(md(t("ingest.err.store", lang, problem=str(getattr(err, "orig", err)))))
    return None


def article_form(data: Dataset, lang: str) -> None:
    """Paste or upload, describe the source, and find the facts: the result goes to
    st.session_state["ingest_found"], or each problem with the input is shown. Source fields
    a saved page filled (headline, site name, date) are put into the form for the reviewer."""
    prefill = st.session_state.pop("ingest_prefill", None)
    if prefill:  # before the widgets exist: a widget's value cannot change once it is drawn
        st.session_state.update(prefill)
    with st.form("ingest_form"):
        text = st.text_area(t("ingest.paste", lang), height=180, key="ingest_text",
                            help=t("ingest.paste_help", lang, limit=MAX_TEXT_BYTES // 1000))
        upload = st.file_uploader(t("ingest.upload", lang), type=["txt", "html", "htm"],
                                  key="ingest_file",
                                  max_upload_size=MAX_UPLOAD_BYTES // 1_000_000)
        fields = source_fields(lang)
        if st.form_submit_button(t("ingest.find", lang), type="primary"):
            st.session_state.pop("ingest_found", None)
            st.session_state.pop("ingest_pending", None)
            try:
                article = flow.read_article(text, upload and (upload.name, upload.getvalue()),
                                            **fields)
                st.session_state["ingest_found"] = flow.find(article, data, lang)
                filled = flow.page_fields(article)
                if filled:
                    st.session_state["ingest_prefill"] = filled
                    st.rerun()
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
    """Tick, status, donor, recipient, dollar amount and series of one row, filled with its
    values."""
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
    series = current.get("series")
    right.text_input(t("ingest.col.series", lang), value=series if isinstance(series, str) else "",
                     key=f"ingest_fix_series_{row}")


def saves_list(store: Store, lang: str, may_write: bool) -> None:
    """Every save with who added it, its undo button and the local rows as a download (the
    buttons only for an editor)."""
    st.subheader(md(t("ingest.saves_heading", lang)))
    saves = store.saves()
    st.caption(md(t("ingest.no_saves", lang) if saves.empty else ""))
    for save in saves.itertuples():
        line, button = st.columns([8, 1], vertical_alignment="center")
        line.text(flow.save_line(save, lang))
        if may_write and button.button(t("ingest.undo", lang), key=f"ingest_undo_{save.save_id}",
                                       disabled=save.status != "active"):
            count = as_editor(lambda who, s=save: store.undo(s.save_id, who), lang)
            if count is not None:
                st.session_state["ingest_message"] = [t("ingest.undone", lang,
                                                        source_id=save.source_id, count=count)]
                st.rerun()
    if may_write and not saves.empty:
        st.download_button(t("ingest.export", lang), data=as_editor(
            lambda _: store.export_zip(), lang) or b"", mime="application/zip",
            file_name="local_rows.zip", key="ingest_export", on_click="ignore")


def pending_list(store: Store, data: Dataset, lang: str) -> None:
    """Imports from the command line waiting for review: open one in the editor, or discard."""
    pending = store.pending()
    if pending.empty:
        return
    st.subheader(md(t("ingest.pending_heading", lang)))
    for item in pending.itertuples():
        line, review, discard = st.columns([7, 1, 1], vertical_alignment="center")
        line.text(t("ingest.pending_line", lang, published=item.published, title=item.title,
                    publisher=item.publisher, found=item.found, by=item.imported_by or "-"))
        if review.button(t("ingest.review", lang), key=f"ingest_review_{item.pending_id}"):
            found = as_editor(lambda _, i=item: flow.find(store.pending_article(i.pending_id),
                                                         data, lang), lang)
            if found is not None:
                st.session_state.update(ingest_found=found, ingest_pending=item.pending_id)
                st.session_state.pop("ingest_editor", None)
        if discard.button(t("ingest.discard", lang), key=f"ingest_discard_{item.pending_id}") \
                and as_editor(lambda who, i=item: store.discard(i.pending_id, who) or True, lang):
                st.session_state["ingest_message"] = [t("ingest.discarded", lang,
                                                        pending_id=item.pending_id)]
                st.rerun()


def candidates_section(store: Store, data: Dataset, lang: str) -> None:
    """The found article highlighted, its candidates to tick and correct, and the save."""
    found = st.session_state.get("ingest_found")
    if found is None:
        return
    if (pending_id := st.session_state.get("ingest_pending")) is not None:
        st.info(md(t("ingest.reviewing", lang, pending_id=pending_id)))
    for key, values in found.article.notes:
        st.info(md(t(key, lang, **values)))
    st.subheader(md(t("ingest.text_heading", lang)))
    st.html(legend_html(lang) + highlighted_html(found.article.text, found.facts, lang,
                                                  found.article.language))
    st.subheader(md(t("ingest.candidates_heading", lang)))
    st.caption(md(t("ingest.candidates_help" if len(found.table) else "ingest.found_none", lang)))
    edited = st.data_editor(found.table, key="ingest_editor",
                            **editor_config(lang, st.column_config))
    correction_form(edited, lang)
    if st.button(t("ingest.save", lang), type="primary", key="ingest_save"):
        saved = as_editor(lambda who: flow.save_accepted(store, found, edited, data, who,
                                                       pending_id), lang)
        if saved is not None:
            rows = saved[1]
            for key in ("ingest_found", "ingest_pending"):
                st.session_state.pop(key, None)
            st.session_state["ingest_message"] = [t("ingest.saved", lang, count=len(rows),
                                                    source_id=rows["source_id"].iloc[0])]
            st.session_state["ingest_saved_rows"] = rows
            st.rerun()
