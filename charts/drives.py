"""Pledges + drives -> how far each fundraising drive got: its goal beside what was reported
toward it, as a share of the goal, honest about floors.

A drive's progress is its latest reported total known by the as-of date; without a total, the
pledges tied to it (added, all being stabilisation pledges or contributions), said to be only
the pledges recorded, not the drive's total. A floor in the
goal ("more than $601M") makes the share an upper bound, a floor in what was raised ("more than
$445M") a lower bound; with both, the share cannot be bounded and is not given. A drive with
nothing reported after its goal says so rather than show 0%.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from catalog import format_date, format_usd, t
from charts.overview import event_name
from charts.provenance import source_label
from charts.style import OKABE_ITO, house_layout, hover_template, plot_text
from loaders.asof import as_timestamp

FLOORS = {"more_than"}
CEILINGS = {"less_than"}
PROGRESS_COLUMNS = ["drive_id", "goal_id", "date", "date_precision", "event", "goal_usd",
                    "goal_qualifier", "raised_usd", "raised_qualifier", "basis", "share",
                    "bound", "source_id", "also_sources"]


def drive_links(drives: pd.DataFrame, pledges: pd.DataFrame, as_of) -> pd.DataFrame:
    """The drives' links joined to their pledges rows, those known by as_of."""
    rows = drives.merge(pledges.drop(columns=["source_id", "also_sources", "notes"]),
                        on="pledge_id", how="inner")
    return rows[rows["date"] <= as_timestamp(as_of)]


def share_bound(goal_qualifier: str, raised_qualifier: str) -> str:
    """How the share reads: 'exact', 'at_least', 'at_most', 'about' or 'unbounded'."""
    goal_floor, raised_floor = goal_qualifier in FLOORS, raised_qualifier in FLOORS
    if goal_floor and raised_floor:
        return "unbounded"
    if raised_floor or goal_qualifier in CEILINGS:
        return "at_least"
    if goal_floor or raised_qualifier in CEILINGS:
        return "at_most"
    if "about" in (goal_qualifier, raised_qualifier):
        return "about"
    return "exact"


def drive_progress(drives: pd.DataFrame, pledges: pd.DataFrame, events: pd.DataFrame, as_of,
                   lang: str = "en") -> pd.DataFrame:
    """One row per drive whose goal was set by as_of, newest first."""
    links = drive_links(drives, pledges, as_of)
    out = []
    for drive, rows in links.groupby("drive_id", sort=False):
        goal = rows[rows["role"].astype(str) == "goal"]
        if goal.empty:
            continue
        goal = goal.iloc[0]
        totals = rows[rows["role"].astype(str) == "total"].sort_values(["date", "amount_usd"])
        tied = rows[rows["role"].astype(str) == "pledge"]
        if not totals.empty:
            latest = totals.iloc[-1]
            raised, qualifier, basis = latest["amount_usd"], str(latest["qualifier"]), "total"
            cited = [latest["source_id"]]
        elif not tied.empty:
            # The share is of the pledges recorded here (some of the drive's, not its total,
            # which the line says): exact when each of them is.
            kinds = set(tied["qualifier"].astype(str))
            qualifier = ("more_than" if kinds & FLOORS else "about" if kinds - {"exact"}
                         else "exact")
            raised, basis = tied["amount_usd"].sum(), "pledges"
            cited = list(tied["source_id"])
        else:
            raised, qualifier, basis, cited = None, "", "none", []
        bound = share_bound(str(goal["qualifier"]), qualifier) if raised is not None else "none"
        share = (raised / goal["amount_usd"] if raised is not None and goal["amount_usd"] > 0
                 and bound != "unbounded" else None)
        ids = [goal["source_id"], *cited]
        out.append({"drive_id": drive, "goal_id": goal["pledge_id"], "date": goal["date"],
                    "date_precision": goal["date_precision"],
                    "event": event_name(goal, events, lang), "goal_usd": goal["amount_usd"],
                    "goal_qualifier": str(goal["qualifier"]), "raised_usd": raised,
                    "raised_qualifier": qualifier, "basis": basis, "share": share,
                    "bound": bound, "source_id": ids[0],
                    "also_sources": ";".join(dict.fromkeys(i for i in ids[1:] if i))})
    frame = pd.DataFrame(out, columns=PROGRESS_COLUMNS)
    return frame.sort_values("date", ascending=False).reset_index(drop=True)


def drive_name(row, lang: str) -> str:
    return t("drives.name", lang, event=row["event"],
             date=format_date(row["date"], row["date_precision"], lang))


def share_text(row, lang: str) -> str:
    """'at least 64% of the goal', 'no later figure found', 'share cannot be bounded'."""
    if row["bound"] == "none":
        return t("drives.no_figure", lang)
    if row["bound"] == "unbounded":
        return t("drives.unbounded", lang)
    return t(f"drives.share.{row['bound']}", lang, share=f"{row['share'] * 100:.0f}")


def progress_text(row, lang: str) -> str:
    """'more than $445M reported of a $700M goal: at least 64%'."""
    goal = format_usd(row["goal_usd"], row["goal_qualifier"], lang)
    if row["basis"] == "none":
        return t("drives.line_none", lang, goal=goal)
    raised = format_usd(row["raised_usd"], row["raised_qualifier"], lang)
    return t(f"drives.line_{row['basis']}", lang, goal=goal, raised=raised,
             share=share_text(row, lang))


def drive_progress_figure(progress: pd.DataFrame, sources: pd.DataFrame, as_of,
                          lang: str = "en") -> go.Figure:
    """One bar per drive: the share of its goal reported toward it. A floor's bar is hatched
    and labelled "at least" / "at most"; a drive without a later figure has no bar, only its
    words; 100% is marked."""
    labels = source_label(sources)
    rows = progress.iloc[::-1]  # oldest at the bottom
    names = [plot_text(drive_name(r, lang)) for _, r in rows.iterrows()]
    texts = [plot_text(share_text(r, lang)) for _, r in rows.iterrows()]
    shares = [r["share"] * 100 if pd.notna(r["share"]) else 0 for _, r in rows.iterrows()]
    exact = [b in ("exact", "about") for b in rows["bound"]]
    fig = go.Figure(go.Bar(
        x=shares, y=names, orientation="h", text=texts, textposition="outside",
        cliponaxis=False,
        marker={"color": [OKABE_ITO["blue"] if e else "rgba(0,114,178,0.45)" for e in exact],
                "pattern": {"shape": ["" if e else "/" for e in exact]},
                "line": {"color": OKABE_ITO["blue"], "width": 1}},
        customdata=list(zip([plot_text(progress_text(r, lang)) for _, r in rows.iterrows()],
                            rows["source_id"].map(labels).fillna("").map(plot_text),
                            strict=True)),
        hovertemplate=hover_template(["<b>%{y}</b>", "%{customdata[0]}",
                                      t("drives.source", lang) + ": %{customdata[1]}"]),
        showlegend=False))
    fig.add_vline(x=100, line={"color": "#555555", "dash": "dot", "width": 1})
    reached = int((progress["share"].fillna(0) >= 1).sum())
    title = t("drives.title", lang, count=len(progress), reached=reached,
              unknown=int((progress["bound"] == "none").sum()))
    house_layout(fig, title, t("stamp.as_of", lang, date=format_date(as_of, "day", lang)),
                 height=max(220, 70 + 44 * len(progress)), rtl=lang == "ar")
    top = max([120.0, *shares]) * 1.35
    fig.update_xaxes(range=[0, top], title_text=t("drives.axis", lang), ticksuffix="%")
    fig.update_yaxes(automargin=True)
    return fig


def drive_rows(drives: pd.DataFrame, pledges: pd.DataFrame, drive_id: str, as_of) -> pd.DataFrame:
    """The pledges rows of one drive known by as_of, with the role each plays and the source
    that ties it to the drive (in also_sources beside the row's own)."""
    links = drives[drives["drive_id"] == drive_id]
    rows = pledges.merge(links[["pledge_id", "role", "source_id"]].rename(
        columns={"source_id": "tie_source"}), on="pledge_id")
    rows = rows[rows["date"] <= as_timestamp(as_of)]
    also = [";".join(dict.fromkeys(i for i in [tie, *str(a if isinstance(a, str) else "")
                                               .split(";")] if i and i != own))
            for tie, a, own in zip(rows["tie_source"], rows["also_sources"], rows["source_id"],
                                   strict=True)]
    order = {"goal": 0, "total": 1, "pledge": 2}
    return (rows.assign(also_sources=also, _o=rows["role"].astype(str).map(order))
            .sort_values(["_o", "date"]).drop(columns=["tie_source", "_o"]))


def drives_summary(progress: pd.DataFrame, lang: str = "en") -> str:
    if progress.empty:
        return t("drives.none", lang)
    return " ".join(f"{drive_name(r, lang)}: {progress_text(r, lang)}."
                    for _, r in progress.iterrows())
