"""Sources page: the sources and facts known by the as-of date, and the claims that disagree."""

import streamlit as st

from catalog import format_date, t
from catalog.markup import md
from charts import reconcile
from loaders import asof
from loaders.tiers import TIERS, facts_per_tier
from ui.cache import facts_by_source, remembered, remembering
from ui.context import FACT_TABLES, page_context
from ui.tables import source_columns, word
from ui.url import coded_multiselect, coded_selectbox

KINDS = ["news", "official", "dataset"]
rc = remembering(reconcile)  # each builder runs once per content of its arguments
ctx = page_context(needs=("sources",), uses=FACT_TABLES)
data, lang, as_of = ctx.data, ctx.lang, ctx.as_of
facts = rc.facts_known_by(facts_by_source(ctx.tiers), as_of, data.sources)
table = rc.sources_with_counts(data, facts, as_of)
columns = source_columns(lang)


def show(frame, **kwargs) -> None:
    """A table with translated headers, or a message when nothing is known yet."""
    if frame.empty:
        st.info(md(t("sources.no_claims", lang)))
    else:
        st.dataframe(frame, hide_index=True, column_config=columns, **kwargs)


st.title(md(t("sources.title", lang)))
st.caption(md(t("sources.intro", lang, date=format_date(as_of, "day", lang), count=len(table),
                facts=facts.drop_duplicates(["table", "fact"]).shape[0])))
left, middle, tier_column, right = st.columns(4)
publishers = left.multiselect(t("sources.filter_publisher", lang),
                              sorted(data.sources["publisher"].unique()),
                              key="sources_publisher", bind="query-params",
                              placeholder=t("sources.all", lang))
kinds = coded_multiselect(t("sources.filter_kind", lang), KINDS, key="sources_kind",
                          format_func=lambda k: word("kind", k, lang), container=middle,
                          placeholder=t("sources.all", lang))
languages = coded_multiselect(t("sources.filter_language", lang),
                              sorted(data.sources["language"].unique()), key="sources_language",
                              format_func=lambda c: word("lang", c, lang), container=right,
                              placeholder=t("sources.all", lang))
tiers = coded_multiselect(t("sources.filter_tier", lang), TIERS, key="sources_tier",
                          format_func=lambda c: t(f"tier.{c}", lang), container=tier_column,
                          placeholder=t("sources.all", lang))
query = st.text_input(t("sources.search", lang), key="sources_q", bind="query-params")
shown = rc.filter_sources(table, publishers, kinds, languages, query)
if tiers:
    shown = shown[shown["tier"].astype(str).isin(tiers)]
if shown.empty:
    st.info(md(t("sources.no_match", lang)))
else:
    rows = rc.source_rows(shown, lang, as_of).assign(language=lambda f: f["language"].map(
        lambda c: word("lang", c, lang)))
    st.dataframe(rows, hide_index=True, height=300, column_config=columns)
    st.caption(md(t("sources.table_caption", lang, shown=len(shown), count=len(table))))
    titles = dict(zip(rows["source_id"], rows["title"], strict=True))
    if st.session_state.get("sources_pick") not in titles:
        st.session_state.pop("sources_pick", None)
    picked = coded_selectbox(t("sources.pick_source", lang), list(titles), key="sources_pick",
                             format_func=lambda s: titles[s])
    if str(picked).startswith("local_"):  # who added it and when, as plain text
        st.text(data.sources.loc[data.sources["source_id"] == picked, "notes"].iloc[0])
    own = facts[facts["source_id"] == picked].sort_values("date", ascending=False)
    show(own.assign(fact=own["fact_ar" if lang == "ar" else "fact"],
                    date=rc.dates_text(own["date"], own["date_precision"], lang),
                    table=own["table"].map(lambda name: word("table", name, lang)))[
        ["fact", "date", "table"]])

st.subheader(md(t("sources.tiers", lang)))
st.caption(md(t("sources.tiers_note", lang)))
per_tier = remembered(facts_per_tier)(facts, data.sources)
st.dataframe(per_tier.assign(tier=per_tier["tier"].map(lambda c: t(f"tier.{c}", lang))),
             hide_index=True, column_config=columns)

st.subheader(md(t("sources.reconcile_members", lang)))
st.caption(md(t("sources.reconcile_members_note", lang)))
reconciled = rc.member_count_reconciliation(data, as_of)
show(rc.member_reconciliation_rows(reconciled, data.sources, lang), height=280)
st.subheader(md(t("sources.reconcile_funding", lang)))
st.caption(md(t("sources.reconcile_funding_note", lang)))
known = remembered(asof.known_by)(data.pledges, as_of)
show(rc.funding_disagreement_rows(rc.funding_disagreements(known), data.sources, lang))
st.subheader(md(t("sources.seed", lang)))
st.caption(md(t("sources.seed_note", lang)))
if as_of < rc.SEED_DATE:
    st.info(md(t("sources.seed_not_yet", lang)))
else:
    show(rc.seed_rows(rc.seed_vs_record(data, lang), data.sources, lang))
