"""What the ingest page does, without streamlit: read the input, find facts, save, list saves."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from extraction import extract_facts
from ingest.candidates import accepted_facts, refusals
from ingest.candidates import candidates as candidate_table
from ingest.clean import Article, clean
from ingest.merge import load_rows, merge_local, without_local
from ingest.messages import InputProblems, say
from ingest.store import ID_COLUMN, Fact, Store, complete_row
from loaders import Dataset

CHECK_SOURCE = "local_check"
MAX_CANDIDATES = 5000  # rows of one article's table: a long feature has a few dozen


@dataclass(frozen=True)
class Found:
    """An article with what the extractor found in it and the candidates table built from it."""

    article: Article
    facts: dict
    table: pd.DataFrame


def read_article(pasted: str, upload: tuple[str, bytes] | None, *, publisher: str, title: str,
                 url: str, published, language: str | None, kind: str = "news",
                 today: dt.date | None = None) -> Article:
    """The uploaded file if there is one, else the pasted text; every problem raised at once."""
    raw, name = (upload[1], upload[0]) if upload else (pasted, None)
    return clean(raw, filename=name, publisher=publisher, title=title, url=url,
                 published=published, language=None if language in (None, "", "auto") else language,
                 kind=kind, today=today)


PAGE_FIELD_KEYS = {"publisher": "ingest_publisher", "title": "ingest_headline",
                   "published": "ingest_published"}


def page_fields(article: Article) -> dict:
    """{form widget key: value} for the source fields the page itself filled (the note
    ingest.note.from_page names them), so the form shows them for the reviewer to confirm."""
    named = [values["fields"] for key, values in article.notes if key == "ingest.note.from_page"]
    fields = [name.strip() for text in named for name in text.split(",") if name.strip()]
    return {PAGE_FIELD_KEYS[name]: getattr(article, name) for name in fields
            if name in PAGE_FIELD_KEYS}


def find(article: Article, data: Dataset, lang: str = "en") -> Found:
    """Run the extractor and turn its money and counts into candidate rows; amounts and dates
    not offered (negative, infinite, implausible, impossible) become notes on the article."""
    facts = extract_facts(article.text, article.published, article.language)
    # (amounts refused count too: 33,000 sums too small to offer are still 33,000 notes)
    found = len(facts["money"]) + len(facts["member_counts"]) + sum(
        1 for item in facts.get("refused", []) if item.get("field") == "money")
    if found > MAX_CANDIDATES:
        raise InputProblems([("ingest.err.too_many_facts", {"count": found,
                                                            "limit": MAX_CANDIDATES})])
    table = candidate_table(facts, article, data.pledges, lang)
    article = replace(article, notes=article.notes + tuple(refusals(facts)))
    return Found(article, facts, table)


def loader_problems(facts: list[Fact], table: pd.DataFrame) -> list[tuple[str, dict]]:
    """Run each accepted row through its real loader; a refusal names the row and the field."""
    accepted = table[table["accept"].fillna(False).astype(bool)]
    sources = pd.DataFrame({"source_id": [CHECK_SOURCE]})
    problems = []
    with tempfile.TemporaryDirectory(prefix="ingest_check_") as tmp:
        for number, (row_number, row), fact in zip(range(1, len(facts) + 1),
                                                   accepted.iterrows(), facts, strict=True):
            frame = pd.DataFrame([complete_row(fact, CHECK_SOURCE, number)])
            _, refused = load_rows(fact.table, frame, Path(tmp), set(), sources)
            problems += [("ingest.err.row_loader", {"row": row_number, "matched": row["matched"],
                                                    "problem": problem})
                         for _, problem in refused]
    return problems


def save_accepted(store: Store, found: Found, table: pd.DataFrame, data: Dataset,
                  editor: str | None = None,
                  pending_id: int | None = None) -> tuple[int, pd.DataFrame]:
    """Check the accepted rows and save them with their article in one transaction, recording
    the editor (and closing the reviewed import, if it was one)."""
    article = found.article
    shipped = data.sources[~data.sources["source_id"].str.startswith("local_")]
    if article.url and article.url in set(shipped["url"]):
        same = shipped[shipped["url"] == article.url].iloc[0]
        raise InputProblems([("ingest.err.shipped_url", {"source_id": same["source_id"]})])
    facts, problems = accepted_facts(table, article)
    problems = problems or loader_problems(facts, table)
    if problems:
        raise InputProblems(problems)
    save_id = store.save(article, distinct(facts), editor, pending_id)
    return save_id, saved_rows(store, save_id)


def distinct(facts: list[Fact]) -> list[Fact]:
    """One fact per claim: a sum a headline and its body both state is one pledge, not two
    (same table and same fields but the note quoting where it was read; the first kept)."""
    seen, kept = set(), []
    for fact in facts:
        key = (fact.table, tuple(sorted((k, v) for k, v in fact.row.items() if k != "notes")))
        if key not in seen:
            seen.add(key)
            kept.append(fact)
    return kept


def saved_rows(store: Store, save_id: int) -> pd.DataFrame:
    """The rows one save added, across tables, for the confirmation under the button."""
    saves = store.saves()
    source_id = saves.loc[saves["save_id"] == save_id, "source_id"].iloc[0]
    frames = []
    for table, id_column in ID_COLUMN.items():
        rows = store.active_rows(table)
        rows = rows[rows["source_id"] == source_id]
        if not rows.empty:
            frames.append(rows.rename(columns={id_column: "id"}).assign(table=table))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def save_line(save, lang: str = "en") -> str:
    """One plain-text line per save for the list above the Undo buttons."""
    line = say("ingest.save_line", lang, published=save.published, publisher=save.publisher,
               title=save.title, facts=save.facts, source_id=save.source_id)
    if getattr(save, "saved_by", None):
        line += " · " + say("ingest.save_by", lang, name=save.saved_by, date=save.saved_at[:10])
    return line if save.status == "active" else f"{line} · {say('ingest.withdrawn', lang)}"


def local_problems(data: Dataset, store: Store | None) -> list[str]:
    """Locally added rows the loaders refuse (left out of the charts), one sentence each."""
    return merge_local(without_local(data), store).rejected


def with_edits(table: pd.DataFrame, state: dict | None) -> pd.DataFrame:
    """The candidates table with the grid's pending cell edits (st.data_editor's edited_rows,
    keyed by row position) written into it, so a form can correct it without losing them."""
    table = table.copy()
    for position, values in ((state or {}).get("edited_rows") or {}).items():
        for column, value in values.items():
            table.iloc[int(position), table.columns.get_loc(column)] = value
    return table


def corrected(table: pd.DataFrame, row, **values) -> pd.DataFrame:
    """The candidates table with one row's fields set (the page's per-row correction form)."""
    table = table.copy()
    for column, value in values.items():
        table.loc[row, column] = value
    return table
