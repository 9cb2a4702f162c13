"""Sources page: every source with the facts it supports, and the claims that disagree."""

import streamlit as st

from catalog import t
from charts.reconcile import (
    filter_sources,
    funding_disagreements,
    member_count_reconciliation,
    seed_vs_record,
    sources_with_counts,
)
from ui.cache import facts_by_source
from ui.context import page_context
from ui.tables import link_column

ctx = page_context()
data, lang = ctx.data, ctx.lang
facts = facts_by_source()
table = sources_with_counts(data)
st.title(t("sources.title", lang))
st.caption(t("sources.intro", lang, count=len(table), facts=len(facts)))

left, middle, right = st.columns(3)
publishers = left.multiselect(t("sources.filter_publisher", lang),
                              sorted(table["publisher"].unique()), key="sources_publisher",
                              bind="query-params")
kinds = middle.multiselect(t("sources.filter_kind", lang), ["news", "official", "dataset"],
                           format_func=lambda k: t(f"sources.kind.{k}", lang),
                           key="sources_kind", bind="query-params")
languages = right.multiselect(t("sources.filter_language", lang),
                              sorted(table["language"].unique()), key="sources_language",
                              bind="query-params")
query = st.text_input(t("sources.search", lang), key="sources_q", bind="query-params")
shown = filter_sources(table, publishers, kinds, languages, query)
if shown.empty:
    st.info(t("sources.no_match", lang))
else:
    st.dataframe(shown[["publisher", "title", "published", "published_basis", "kind",
                        "language", "facts", "url"]], hide_index=True, height=300,
                 column_config={"url": link_column(), "published": st.column_config.DateColumn(
                     format="YYYY-MM-DD")})
    st.caption(t("sources.table_caption", lang, shown=len(shown), count=len(table)))
    titles = dict(zip(shown["source_id"], shown["title"], strict=True))
    picked = st.selectbox(t("sources.pick_source", lang), list(titles),
                          format_func=lambda s: f"{s}: {titles[s]}", key="sources_pick",
                          bind="query-params")
    st.dataframe(facts[facts["source_id"] == picked][["table", "fact"]], hide_index=True)

st.subheader(t("sources.reconcile_members", lang))
st.caption(t("sources.reconcile_members_note", lang))
reconciled = member_count_reconciliation(data)
st.dataframe(reconciled.style.apply(
    lambda row: ["background-color: #FFF3CD" if row["disagrees_same_day"] else ""] * len(row),
    axis=1), hide_index=True, height=280)
st.subheader(t("sources.reconcile_funding", lang))
st.caption(t("sources.reconcile_funding_note", lang))
st.dataframe(funding_disagreements(data.pledges), hide_index=True)
st.subheader(t("sources.seed", lang))
st.caption(t("sources.seed_note", lang))
st.dataframe(seed_vs_record(data), hide_index=True)
