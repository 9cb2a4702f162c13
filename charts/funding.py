"""Funding rows + events + sources -> filtered rows, the funding timeline, donor bars and table."""

from __future__ import annotations

import math
import re

import pandas as pd
import plotly.graph_objects as go

from catalog import format_date, format_usd, t
from charts.provenance import source_label
from charts.style import (
    EVENT_COLOR,
    OKABE_ITO,
    STATUS_STYLE,
    house_layout,
    hover_template,
    plot_text,
)
from loaders.asof import funding_known_by

STATUSES = ["goal", "drive_total", "pledge", "contribution", "cumulative"]
PURPOSES = ["stabilisation", "humanitarian", "counter_terrorism", "reconstruction", "other"]
DONOR_STATUSES = ["pledge", "contribution"]
RECIPIENTS = ["Iraq", "Syria", "Iraq and Syria"]
# The two running totals a briefer follows; every other cumulative series is drawn quietly.
MAIN_SERIES = {
    "FFS contributions received (all donors)": ("ffs_received", OKABE_ITO["sky"], "dashdot"),
    "FFS expenditure": ("ffs_expenditure", OKABE_ITO["vermillion"], "longdash"),
}
OTHER_SERIES_STYLE = (OKABE_ITO["grey"], "dot")
# Grants, loans and private investment pledged for rebuilding Iraq: another order of money
# than Coalition stabilisation funding, so hidden unless asked for.
RECONSTRUCTION = re.compile(r"conference for reconstruction|reconstruction conference", re.I)


def sum_qualifier(qualifiers: pd.Series) -> str:
    """How to read a total: 'about' if any part is approximate, 'more than' if any is a floor."""
    kinds = set(qualifiers.astype(str))
    if kinds & {"about", "nearly", "less_than"}:
        return "about"
    return "more_than" if "more_than" in kinds else "exact"


def base_symbol(status: str) -> str:
    return STATUS_STYLE[status]["symbol"].removesuffix("-open")


def point_symbols(rows: pd.DataFrame, status: str) -> list[str]:
    """Filled status marker for stated amounts, the open one for 'more than' floors."""
    symbol = base_symbol(status)
    return [f"{symbol}-open" if q == "more_than" else symbol for q in rows["qualifier"]]


def is_collective(pledges: pd.DataFrame) -> pd.Series:
    """Rows whose 'donor' is a group (coalition, conference, all FFS donors), not one donor."""
    return pledges["donor_iso3"].isna() | pledges["donor"].str.contains(
        r"collective|conference total|expenditure|unmet requirement", case=False, na=False)


def is_reconstruction_conference(pledges: pd.DataFrame) -> pd.Series:
    text = pledges["event"].fillna("") + " " + pledges["channel"].fillna("")
    return text.str.contains(RECONSTRUCTION)


def filter_pledges(pledges: pd.DataFrame, as_of=None, years: tuple[int, int] | None = None,
                   recipients=None, statuses=None, donors=None, channel: str | None = None,
                   reconstruction: bool = True, purposes=None) -> pd.DataFrame:
    """The rows matching every filter given; None means 'no filter', an empty list matches none.

    `channel` is a case-insensitive search over the channel and event text."""
    rows = pledges if as_of is None else funding_known_by(pledges, as_of)
    if years is not None:
        rows = rows[rows["date"].dt.year.between(int(years[0]), int(years[1]))]
    if recipients is not None:
        rows = rows[rows["recipient"].astype(str).isin(list(recipients))]
    if statuses is not None:
        rows = rows[rows["status"].astype(str).isin(list(statuses))]
    if purposes is not None:
        rows = rows[rows["purpose"].astype(str).isin(list(purposes))]
    if donors:
        rows = rows[rows["donor"].isin(list(donors))]
    if channel and channel.strip():
        text = rows["channel"].fillna("") + " " + rows["event"].fillna("")
        rows = rows[text.str.contains(channel.strip(), case=False, regex=False)]
    if not reconstruction:
        rows = rows[~is_reconstruction_conference(rows)]
    return rows.sort_values(["date", "pledge_id"]).reset_index(drop=True)


def donor_name(iso, name: str, lang: str) -> str:
    """The donor in the page language (Arabic names by ISO code; collective rows as written)."""
    if lang == "ar" and isinstance(iso, str):
        try:
            return t(f"funding.donor.{iso}", "ar")
        except KeyError:
            return name
    return name


def conversion_note(row, lang: str) -> str:
    """'Converted from EUR 41M at 1.1069 USD per EUR (2016 annual average)' or ''."""
    if not bool(row.converted) or not row.amount_original:
        return ""
    rate = row.amount_usd / row.amount_original
    original = format_usd(row.amount_original, "exact", lang).replace("$", "").replace(
        " دولار", "")
    return t("funding.converted_note", lang, currency=row.currency, amount=original,
             rate=f"{rate:.4f}", year=row.date.year)


def amount_text(row, lang: str) -> str:
    text = format_usd(row.amount_usd, row.qualifier, lang)
    if row.qualifier == "more_than":
        text += " " + t("funding.floor_note", lang)
    return text


def hover_texts(rows: pd.DataFrame, sources: pd.DataFrame, lang: str) -> list[str]:
    """One hover block per row; the last line always names the source and its date."""
    labels = source_label(sources)
    status_words = {s: t(f"status.{s}", lang) for s in STATUSES}
    texts = []
    for row in rows.itertuples():
        lines = [f"{status_words[str(row.status)]}: {amount_text(row, lang)}",
                 f"{donor_name(row.donor_iso3, row.donor, lang)} → "
                 f"{t(f'recipient.{row.recipient}', lang)}",
                 f"{row.event}, {format_date(row.date, row.date_precision, lang)}",
                 short(row.channel)]
        if isinstance(row.series, str):
            lines.append(t("funding.series_line", lang, series=row.series))
        if note := conversion_note(row, lang):
            lines.append(note)
        lines.append(t("funding.source_line", lang,
                       source=labels.get(row.source_id, "unknown source")))
        first, *rest = (plot_text(line) for line in lines)
        texts.append("<br>".join([f"<b>{first}</b>", *rest]))
    return texts


def short(text, limit: int = 70) -> str:
    text = "" if not isinstance(text, str) else text
    return text if len(text) <= limit else text[: limit - 1] + "…"


def status_trace(rows: pd.DataFrame, status: str, sources, lang: str) -> go.Scatter:
    style = STATUS_STYLE[status]
    return go.Scatter(
        x=rows["date"], y=rows["amount_usd"], mode="markers", name=t(f"status.{status}", lang),
        marker={"color": style["color"], "symbol": point_symbols(rows, status), "size": 11,
                "line": {"width": 1.5, "color": style["color"]}},
        text=hover_texts(rows, sources, lang), hovertemplate=hover_template(["%{text}"]),
        meta={"status": status, "series": None}, legendgroup=status)


def series_traces(rows: pd.DataFrame, sources, lang: str) -> list[go.Scatter]:
    """One line per cumulative series, never joined across series."""
    traces, other_shown = [], False
    ordered = sorted(rows["series"].fillna("").unique(), key=lambda s: (s not in MAIN_SERIES, s))
    for series in ordered:
        points = rows[rows["series"].fillna("") == series].sort_values("date")
        if series in MAIN_SERIES:
            key, color, dash = MAIN_SERIES[series]
            name, group, show = t(f"funding.series.{key}", lang), key, True
        else:
            color, dash = OTHER_SERIES_STYLE
            name, group, show = t("funding.series.other", lang), "other_series", not other_shown
            other_shown = True
        traces.append(go.Scatter(
            x=points["date"], y=points["amount_usd"], mode="lines+markers", name=name,
            line={"color": color, "dash": dash, "width": 2 if series in MAIN_SERIES else 1.2},
            marker={"color": color, "symbol": point_symbols(points, "cumulative"), "size": 9},
            text=hover_texts(points, sources, lang), hovertemplate=hover_template(["%{text}"]),
            meta={"status": "cumulative", "series": series or None}, legendgroup=group,
            showlegend=show))
    return traces


def log_ticks(low: float, high: float, lang: str) -> tuple[list[float], list[str], list[float]]:
    """Tick values and '$1M'-style labels per power of ten, and the axis range (log10)."""
    bottom, top = math.log10(low) - 0.3, math.log10(high) + 0.8
    values = [10.0 ** p for p in range(math.ceil(bottom), math.floor(top) + 1)]
    return values, [format_usd(v, "exact", lang) for v in values], [bottom, top]


MONTHS_SHORT = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec"],
                 "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]}


def date_ticks(start, end, lang: str, most: int = 8) -> tuple[list[pd.Timestamp], list[str]]:
    """At most `most` ticks between start and end: years ('2019') over long spans, else months
    in the page language ('مارس 2019'), on round steps (1, 2, 3 or 6 months)."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 4 * 12:
        step = next(y for y in (1, 2, 5, 10, 20, 50) if (months / 12) / y <= most)
        values = [pd.Timestamp(year=y, month=1, day=1)
                  for y in range(start.year + 1, end.year + 1) if y % step == 0]
        return values, [str(v.year) for v in values]
    step = next(m for m in (1, 2, 3, 6, 12) if months / m <= most)
    first = pd.Timestamp(year=start.year, month=start.month, day=1) + pd.DateOffset(months=1)
    values = [v for v in pd.date_range(first, end, freq="MS") if (v.month - 1) % step == 0]
    names = MONTHS_SHORT.get(lang, MONTHS_SHORT["en"])
    return values, [f"{names[v.month - 1]} {v.year}" for v in values]


def ministerials(events: pd.DataFrame, as_of, start, end) -> pd.DataFrame:
    shown = events[(events["category"] == "meeting") & (events["date"] <= pd.Timestamp(as_of))]
    return shown[shown["date"].between(start, end)]


def add_event_markers(fig: go.Figure, events: pd.DataFrame, sources, lang: str,
                      top: float) -> None:
    """Light vertical lines at ministerials, a short place label and a hover marker on top."""
    if events.empty:
        return
    labels = source_label(sources)
    title_column = "title_ar" if lang == "ar" else "title_en"
    # One line and label per day, set in one layout update: adding shapes one by one makes
    # plotly copy the whole layout each time (quadratic in the number of events).
    per_day = events.drop_duplicates("date")
    places = [plot_text(str(title).split("،" if lang == "ar" else ",")[-1].strip())
              for title in per_day[title_column]]
    fig.update_layout(
        shapes=[*fig.layout.shapes, *({"type": "line", "x0": day, "x1": day, "yref": "paper",
                                       "y0": 0, "y1": 1, "layer": "below", "opacity": 0.6,
                                       "line": {"color": EVENT_COLOR, "width": 1, "dash": "dot"}}
                                      for day in per_day["date"])],
        annotations=[*fig.layout.annotations, *({"x": day, "y": 1, "yref": "paper",
                                                 "text": place, "showarrow": False,
                                                 "textangle": -90, "xanchor": "right",
                                                 "yanchor": "top",
                                                 "font": {"size": 10, "color": "#777777"}}
                                                for day, place in zip(per_day["date"], places,
                                                                      strict=True))])
    texts = [f"<b>{plot_text(getattr(r, title_column))}</b><br>"
             f"{format_date(r.date, r.date_precision, lang)}<br>"
             + plot_text(t("funding.source_line", lang,
                           source=labels.get(r.source_id, "unknown source")))
             for r in events.itertuples()]
    fig.add_trace(go.Scatter(
        x=events["date"], y=[10 ** top] * len(events), mode="markers",
        name=t("funding.ministerials", lang),
        marker={"symbol": "line-ns", "size": 12, "color": EVENT_COLOR,
                "line": {"width": 2, "color": EVENT_COLOR}},
        text=texts, hovertemplate=hover_template(["%{text}"]),
        meta={"status": None, "series": None, "events": True}, legendgroup="events"))


def event_place(row, events: pd.DataFrame, lang: str) -> str | None:
    """'Riyadh 2023' for a goal set at a ministerial; None when no meeting was held that day."""
    same_day = events[(events["date"] == row["date"]) & (events["category"] == "meeting")]
    if same_day.empty:
        return None
    title = same_day.iloc[0]["title_ar" if lang == "ar" else "title_en"]
    return f"{title.split('،' if lang == 'ar' else ',')[-1].strip()} {row['date'].year}"


def goal_title(goal, events: pd.DataFrame, lang: str) -> str:
    """'Riyadh 2023 set a goal of more than $601M' for a meeting; 'goal stated in FFS Annual
    Report 2018: $460.7M' for a report or appeal (a document does not set goals)."""
    amount = format_usd(goal["amount_usd"], goal["qualifier"], lang)
    place = event_place(goal, events, lang)
    if place is not None:
        return t("funding.title_goal", lang, place=place, amount=amount)
    event = str(goal["event"]).strip()
    if str(goal["date"].year) not in event:
        event = f"{event} ({goal['date'].year})"
    return t("funding.title_goal_in", lang, event=event, amount=amount)


def latest_goal(rows: pd.DataFrame) -> pd.Series | None:
    goals = rows[rows["status"] == "goal"]
    return None if goals.empty else goals.sort_values(["date", "amount_usd"]).iloc[-1]


def headline_pledge(rows: pd.DataFrame, goal: pd.Series | None) -> pd.Series | None:
    """The largest pledge made with the latest goal (same day), else the latest pledge."""
    pledges = rows[(rows["status"] == "pledge") & ~is_collective(rows)]
    if pledges.empty:
        return None
    if goal is not None and (pledges["date"] == goal["date"]).any():
        return pledges[pledges["date"] == goal["date"]].sort_values("amount_usd").iloc[-1]
    return pledges.sort_values(["date", "amount_usd"]).iloc[-1]


def largest_row_title(rows: pd.DataFrame, lang: str) -> str:
    """'Largest contribution shown: Norway, $16.7M (March 2019)' when no goal or pledge is."""
    if rows.empty:
        return t("funding.empty", lang)
    known = rows[rows["status"] != "cumulative"]
    row = (known if not known.empty else rows).sort_values(["amount_usd", "date"]).iloc[-1]
    title = t("funding.title_largest", lang, status=t(f"status.{row['status']}", lang),
              donor=donor_name(row["donor_iso3"], row["donor"], lang),
              amount=format_usd(row["amount_usd"], row["qualifier"], lang),
              date=format_date(row["date"], row["date_precision"], lang))
    return title[0].upper() + title[1:]


def counted(count: int, key: str, lang: str) -> str:
    """'1 named donor' / '3 named donors'; Arabic in its four number forms."""
    if lang == "ar":
        form = ("one" if count == 1 else "two" if count == 2
                else "few" if 3 <= count % 100 <= 10 else "many")
    else:
        form = "one" if count == 1 else "many"
    return t(f"{key}.{form}", lang, count=count)


def funding_title(rows: pd.DataFrame, events: pd.DataFrame, lang: str = "en") -> str:
    """'Riyadh 2023 set a goal of more than $601M; United States pledged $148.7M'."""
    goal = latest_goal(rows)
    pledge = headline_pledge(rows, goal)
    parts = []
    if goal is not None:
        parts.append(goal_title(goal, events, lang))
    if pledge is not None:
        # A pledge made on another day than the goal is not presented as an answer to it.
        same_day = goal is not None and pledge["date"] == goal["date"]
        parts.append(t("funding.title_pledge" if same_day else "funding.title_latest_pledge",
                       lang, donor=donor_name(pledge["donor_iso3"], pledge["donor"], lang),
                       amount=format_usd(pledge["amount_usd"], pledge["qualifier"], lang),
                       date=format_date(pledge["date"], pledge["date_precision"], lang)))
    if not parts:
        return largest_row_title(rows, lang)
    title = t("funding.title_join", lang).join(parts)
    return title[0].upper() + title[1:]


def funding_timeline_figure(pledges: pd.DataFrame, events: pd.DataFrame, sources: pd.DataFrame,
                            as_of, lang: str = "en", height: int = 460) -> go.Figure:
    """Amounts over time on a log axis: one marker trace per status, one line per cumulative
    series, ministerials as light vertical markers; nothing dated after as_of."""
    rows = funding_known_by(pledges, as_of)
    fig = go.Figure()
    for status in STATUSES[:-1]:
        subset = rows[rows["status"] == status]
        if not subset.empty:
            fig.add_trace(status_trace(subset, status, sources, lang))
    for trace in series_traces(rows[rows["status"] == "cumulative"], sources, lang):
        fig.add_trace(trace)
    stamp = t("stamp.as_of", lang, date=format_date(as_of, "day", lang))
    house_layout(fig, funding_title(rows, events, lang), stamp, height=height,
                 rtl=lang == "ar")
    if rows.empty:
        return fig
    values, labels, span = log_ticks(rows["amount_usd"].min(), rows["amount_usd"].max(), lang)
    start = rows["date"].min() - pd.Timedelta(days=60)
    end = rows["date"].max() + pd.Timedelta(days=60)
    add_event_markers(fig, ministerials(events, as_of, start, end), sources, lang, span[1] - 0.05)
    fig.update_yaxes(type="log", tickvals=values, ticktext=labels, range=span,
                     title_text=t("funding.y_title", lang))
    fig.update_xaxes(title_text=t("funding.x_title", lang), range=[start, end])
    if lang == "ar":
        # Plotly prints month names in English ("Jan 2019"): give Arabic labels explicitly.
        fig.update_xaxes(**dict(zip(("tickvals", "ticktext"), date_ticks(start, end, lang),
                                    strict=True)))
    # Legend under the plot: above it, it collides with a long finding title.
    fig.update_layout(legend={"orientation": "h", "y": -0.2, "yanchor": "top", "x": 0,
                              "xanchor": "left", "font": {"size": 12}},
                      margin={"t": 70, "b": 96}, hovermode="closest")
    return fig


def funding_summary(rows: pd.DataFrame, lang: str = "en") -> str:
    """How many rows of each status are shown, over which dates, and the latest FFS total."""
    if rows.empty:
        return t("funding.empty", lang)
    counts = rows["status"].astype(str).value_counts()
    parts = ("، " if lang == "ar" else ", ").join(
        f"{counts[s]} × {t(f'status.{s}', lang)}" for s in STATUSES
                      if counts.get(s, 0))
    text = t("funding.summary", lang, rows=counted(len(rows), "funding.n_rows", lang),
             parts=parts,
             first=format_date(rows["date"].min(), "month", lang),
             last=format_date(rows["date"].max(), "month", lang))
    received = rows[rows["series"] == "FFS contributions received (all donors)"]
    if not received.empty:
        last = received.sort_values("date").iloc[-1]
        text += " " + t("funding.summary_ffs", lang,
                        amount=format_usd(last["amount_usd"], last["qualifier"], lang),
                        date=format_date(last["date"], last["date_precision"], lang))
    return text


def donor_totals(rows: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Per named donor and status (pledge, contribution): total, row count, how to read it.

    Amounts are added only within one donor and one status; collective rows are left out."""
    named = rows[rows["status"].isin(DONOR_STATUSES) & ~is_collective(rows)]
    if named.empty:
        return pd.DataFrame(columns=["donor_iso3", "donor_label", "status", "amount_usd",
                                     "rows", "qualifier", "source_ids"])
    named = named.assign(status=named["status"].astype(str))
    names = named.groupby("donor_iso3")["donor"].agg(lambda s: min(s, key=len))
    totals = named.groupby(["donor_iso3", "status"], observed=True).agg(
        amount_usd=("amount_usd", "sum"), rows=("pledge_id", "size"),
        qualifier=("qualifier", sum_qualifier),
        source_ids=("source_id", lambda s: ";".join(dict.fromkeys(s)))).reset_index()
    label = {iso: donor_name(iso, names[iso], lang) for iso in names.index}
    return totals.assign(donor_label=totals["donor_iso3"].map(label))


def donor_order(totals: pd.DataFrame, top: int) -> list[str]:
    """Donors ranked by their largest single-status total (no adding across statuses)."""
    best = totals.groupby("donor_label")["amount_usd"].max().sort_values(ascending=False)
    return list(best.index[:top])


# 34 px per donor: each of the two bars is ~13 px, more than a 10 px label is tall.
ROW_PX = 34
DONOR_MARGIN_PX = 78 + 80


def donor_breakdown_figure(rows: pd.DataFrame, sources: pd.DataFrame, as_of, lang: str = "en",
                           top: int = 12, height: int | None = None) -> go.Figure:
    """Horizontal bars per named donor, one trace per status, pledges never added to
    contributions; collective rows are excluded from the ranking.

    Each donor row gets ROW_PX pixels, so the two value labels of a pair (one per bar, at the
    bar's end) sit a full bar apart and never overlap, in either language."""
    rows = funding_known_by(rows, as_of)
    totals = donor_totals(rows, lang)
    order = donor_order(totals, top) if not totals.empty else []
    labels = source_label(sources)
    fig = go.Figure()
    for status in DONOR_STATUSES:
        part = totals[(totals["status"] == status) & totals["donor_label"].isin(order)]
        if part.empty:
            continue
        style = STATUS_STYLE[status]
        hover = [t("funding.donor_hover", lang, donor=plot_text(r.donor_label),
                   status=t(f"status.{status}", lang),
                   amount=format_usd(r.amount_usd, r.qualifier, lang),
                   rows=counted(r.rows, "funding.n_rows", lang))
                 + "<br>" + plot_text(t("funding.source_line", lang, source="; ".join(
                     labels.get(i, i) for i in r.source_ids.split(";")[:3])
                     + ("…" if len(r.source_ids.split(";")) > 3 else "")))
                 for r in part.itertuples()]
        fig.add_trace(go.Bar(
            y=part["donor_label"].map(plot_text), x=part["amount_usd"], orientation="h",
            name=t(f"status.{status}", lang),
            marker={"color": style["color"],
                    "pattern": {"shape": "" if status == "pledge" else "/", "fillmode": "overlay",
                                "fgcolor": "white", "size": 6}},
            text=[format_usd(v, "exact", lang) for v in part["amount_usd"]],
            textposition="outside", cliponaxis=False, textfont={"size": 10},
            constraintext="none", hovertext=hover,
            hovertemplate=hover_template(["%{hovertext}"]), meta={"status": status}))
    stamp = t("stamp.as_of", lang, date=format_date(as_of, "day", lang))
    if height is None:
        height = DONOR_MARGIN_PX + ROW_PX * max(len(order), 3)
    house_layout(fig, donor_title(totals, lang), stamp, height=height, rtl=lang == "ar")
    fig.update_layout(barmode="group", bargap=0.2, bargroupgap=0,
                      margin={"l": 150, "r": 90 if lang == "ar" else 60})
    if lang == "ar":
        # Right-aligned stamp in RTL: keep the legend on the other side.
        fig.update_layout(legend={"x": 0, "xanchor": "left"})
    ticks = linear_ticks(totals["amount_usd"].max() if not totals.empty else 1)
    fig.update_yaxes(categoryorder="array", categoryarray=[plot_text(d) for d in reversed(order)],
                     title_text=None)
    fig.update_xaxes(title_text=t("funding.donor_x_title", lang), tickvals=ticks,
                     ticktext=[format_usd(v, "exact", lang) if v else "0" for v in ticks])
    return fig


def linear_ticks(high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) from 0 past `high`."""
    raw = high / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return [i * step for i in range(int(high // step) + 2)]


def top_of(totals: pd.DataFrame, status: str) -> pd.Series | None:
    part = totals[totals["status"] == status]
    return None if part.empty else part.sort_values("amount_usd").iloc[-1]


def donor_title(totals: pd.DataFrame, lang: str) -> str:
    parts = []
    for status in DONOR_STATUSES:
        best = top_of(totals, status)
        if best is not None:
            parts.append(t(f"funding.donor_title_{status}", lang, donor=best["donor_label"],
                           amount=format_usd(best["amount_usd"], best["qualifier"], lang)))
    return t("funding.title_join", lang).join(parts) if parts else t("funding.donor_none", lang)


def donor_summary(rows: pd.DataFrame, lang: str = "en") -> str:
    """Named donors counted, the largest per status, and how many collective rows were left out."""
    totals = donor_totals(rows, lang)
    collective = int((rows["status"].isin(DONOR_STATUSES) & is_collective(rows)).sum())
    if totals.empty:
        return t("funding.donor_none", lang)
    return t("funding.donor_summary", lang,
             donors=counted(totals["donor_iso3"].nunique(), "funding.n_donors", lang),
             title=donor_title(totals, lang), collective=collective)


def fx_rows_used(rows: pd.DataFrame, fx_rates: pd.DataFrame) -> pd.DataFrame:
    """The exchange-rate rows behind the converted amounts (cited in the sources footer)."""
    converted = rows[rows["converted"]]
    keys = set(zip(converted["currency"], converted["date"].dt.year, strict=True))
    mask = [(c, y) in keys for c, y in zip(fx_rates["currency"], fx_rates["year"], strict=True)]
    return fx_rates[mask]


TABLE_COLUMNS = ["date", "status", "amount", "qualifier", "donor", "recipient", "publisher",
                 "source_url", "converted", "original", "channel", "event", "series", "amount_usd"]


def funding_table(rows: pd.DataFrame, sources: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The rows for st.dataframe: formatted amount, qualifier and conversion visible, source."""
    info = sources.set_index("source_id")
    table = pd.DataFrame({
        "date": [format_date(d, p, lang) for d, p in zip(rows["date"], rows["date_precision"],
                                                          strict=True)],
        "status": [t(f"status.{s}", lang) for s in rows["status"].astype(str)],
        "amount_usd": rows["amount_usd"].to_numpy(),
        "amount": [format_usd(a, q, lang) for a, q in zip(rows["amount_usd"], rows["qualifier"],
                                                           strict=True)],
        "qualifier": [t(f"funding.qualifier.{q}", lang) for q in rows["qualifier"].astype(str)],
        "donor": [donor_name(i, d, lang) for i, d in zip(rows["donor_iso3"], rows["donor"],
                                                          strict=True)],
        "recipient": [t(f"recipient.{r}", lang) for r in rows["recipient"].astype(str)],
        "channel": rows["channel"].to_numpy(),
        "event": rows["event"].to_numpy(),
        "series": rows["series"].fillna("").to_numpy(),
        "original": [f"{c} {a:,.0f}" if c != "USD" else "" for c, a in
                     zip(rows["currency"], rows["amount_original"], strict=True)],
        "converted": rows["converted"].astype(bool).to_numpy(),
        "publisher": rows["source_id"].map(info["publisher"]).to_numpy(),
        "source_url": rows["source_id"].map(info["url"]).to_numpy(),
    })
    return table
