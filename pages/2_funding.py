"""Funding page: goals, pledges, contributions and running totals over time, by donor, as rows."""

import streamlit as st

from catalog import t
from catalog.markup import md
from charts import drives, funding
from ui.cache import remembering
from ui.changes import since_view
from ui.components import guarded, revealed, show_figure, show_summary, sources_footer
from ui.context import page_context
from ui.url import coded, coded_multiselect, year_range_slider

fc = remembering(funding)  # each builder runs once per content of its arguments
dv = remembering(drives)
ctx = page_context(needs=("pledges", "sources"), uses=("events", "fx_rates", "drives"))
data, lang, as_of = ctx.data, ctx.lang, ctx.as_of
st.title(md(t("funding.title", lang)))
known = fc.filter_pledges(data.pledges, as_of=as_of)
if known.empty:
    st.info(md(t("funding.no_data", lang)))
    st.stop()

first, last = int(known["date"].dt.year.min()), int(known["date"].dt.year.max())
with st.sidebar:
    st.subheader(md(t("funding.filters", lang)))
    years = (year_range_slider(t("funding.years", lang), first, last, key="funding_years")
             if last > first else (first, last))
    recipients = coded_multiselect(t("funding.recipients", lang), fc.RECIPIENTS,
                                   "funding_recipients", default=fc.RECIPIENTS,
                                   format_func=lambda r: t(f"recipient.{r}", lang))
    statuses = coded_multiselect(t("funding.statuses", lang), fc.STATUSES, "funding_statuses",
                                 default=fc.STATUSES,
                                 format_func=lambda s: t(f"status.{s}", lang))
    purposes = coded_multiselect(t("funding.purposes", lang), fc.PURPOSES, "funding_purposes",
                                 default=["stabilisation"], help=t("funding.purposes_help", lang),
                                 format_func=lambda p: t(f"purpose.{p}", lang))
    donors = coded_multiselect(t("funding.donors", lang), sorted(known["donor"].unique()),
                               "funding_donors",
                               placeholder=t("funding.donors_placeholder", lang))
    channel = st.text_input(t("funding.channel", lang), key="funding_channel",
                            bind="query-params", help=t("funding.channel_help", lang))
    reconstruction = st.checkbox(t("funding.reconstruction", lang), value=False,
                                 key="funding_reconstruction", bind="query-params",
                                 help=t("funding.reconstruction_help", lang))

chosen = dict(as_of=as_of, years=years, recipients=recipients, statuses=statuses,
              donors=donors, channel=channel, purposes=purposes)
rows = fc.filter_pledges(data.pledges, reconstruction=reconstruction, **chosen)
hidden = len(fc.filter_pledges(data.pledges, reconstruction=True, **chosen)) - len(rows)
if rows.empty:
    st.info(md(t("funding.no_status" if not (recipients and statuses and purposes)
                 else "funding.empty", lang)))
    sources_footer([rows], data.sources, lang, key="funding_rows")
    st.stop()

with guarded(lang):
    show_figure(fc.funding_timeline_figure(rows, data.events, data.sources, as_of, lang),
                key="funding_timeline", filename="funding_timeline")
    st.caption(md(t("funding.chart_note", lang)
                  + (" " + t("funding.reconstruction_hidden", lang, count=hidden)
                     if hidden else "")))
    show_summary(fc.funding_summary(rows, lang))

since_view(ctx, ("money",), key="funding_changes")

st.subheader(md(t("drives.heading", lang)))
with guarded(lang):
    progress = dv.drive_progress(data.drives, data.pledges, data.events, as_of, lang)
    if progress.empty:
        st.info(md(t("drives.none", lang)))
    else:
        show_figure(dv.drive_progress_figure(progress, data.sources, as_of, lang),
                    key="funding_drives", filename="drive_progress")
        st.caption(md(t("drives.note", lang)))
        show_summary(dv.drives_summary(progress, lang))
        names = {row.drive_id: dv.drive_name(row._asdict(), lang)
                 for row in progress.itertuples()}
        # No drive is open until one is picked: its rows table is drawn only then.
        drive = coded("selectbox", t("drives.pick", lang), list(names), "funding_drive", None,
                      names.get, None, placeholder=t("drives.pick_placeholder", lang))
        if drive:
            picked = dv.drive_rows(data.drives, data.pledges, drive, as_of)
            table = fc.funding_table(picked, data.sources, lang).assign(
                role=[t(f"drives.role.{r}", lang) for r in picked["role"].astype(str)])
            st.dataframe(table, hide_index=True, width="stretch", column_order=[
                "role", "date", "status", "amount", "donor", "event", "publisher", "source_url"],
                column_config={
                    "role": st.column_config.TextColumn(t("drives.col.role", lang)),
                    **{name: st.column_config.TextColumn(t(f"funding.col.{name}", lang))
                       for name in ("date", "status", "amount", "donor", "event", "publisher")},
                    "source_url": st.column_config.LinkColumn(
                        t("funding.col.source_url", lang),
                        display_text=t("funding.open_link", lang))})
            sources_footer([picked], data.sources, lang, key=f"drive_{drive}", export=picked)

st.subheader(md(t("funding.donor_heading", lang)))
with guarded(lang):
    show_figure(fc.donor_breakdown_figure(rows, data.sources, as_of, lang),
                key="funding_donors_fig", filename="funding_by_donor")
    st.caption(md(t("funding.donor_note", lang)))
    show_summary(fc.donor_summary(rows, lang))

st.subheader(md(t("funding.table_heading", lang)))
with guarded(lang):
    column = st.column_config
    labels = {name: t(f"funding.col.{name}", lang) for name in fc.TABLE_COLUMNS}
    if table := revealed(md(t("footer.table", lang, count=len(rows))), "funding_table"):
        table.dataframe(
            fc.funding_table(rows, data.sources, lang), hide_index=True, width="stretch",
            column_order=fc.TABLE_COLUMNS, height=320, column_config={
                **{name: column.TextColumn(label) for name, label in labels.items()},
                "amount_usd": column.NumberColumn(labels["amount_usd"], format="dollar"),
                "converted": column.CheckboxColumn(
                    labels["converted"], help=t("funding.col.converted_help", lang)),
                "source_url": column.LinkColumn(labels["source_url"],
                                                display_text=t("funding.open_link", lang))})
    sources_footer([rows, fc.fx_rows_used(rows, data.fx_rates)], data.sources, lang,
                   key="funding_rows", export=rows)
