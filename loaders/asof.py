"""Validated tables + a date -> what was known on that date (members, stated totals, funding)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class MembershipSnapshot:
    """Membership as it stood on `as_of`: identified members against the stated total."""

    as_of: pd.Timestamp
    identified: pd.DataFrame
    pending: pd.DataFrame
    claims: pd.DataFrame
    stated_total: int | None
    disputed: bool

    @property
    def identified_count(self) -> int:
        return len(self.identified)

    @property
    def gap(self) -> int | None:
        """Members counted by the official total that the dataset cannot name."""
        return None if self.stated_total is None else self.stated_total - len(self.identified)


def as_timestamp(value) -> pd.Timestamp:
    return pd.Timestamp(value).normalize()


def known_by(frame: pd.DataFrame, as_of, column: str = "date") -> pd.DataFrame:
    """Rows whose date (start of its stated period) falls on or before as_of."""
    return frame[frame[column] <= as_timestamp(as_of)]


def members_as_of(members: pd.DataFrame, as_of) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(members surely joined by as_of, members whose join period straddles as_of)."""
    day = as_timestamp(as_of)
    surely = members["joined_end"] <= day
    maybe = (members["joined"] <= day) & ~surely
    return members[surely], members[maybe]


def latest_claims(counts: pd.DataFrame, sources: pd.DataFrame, as_of) -> pd.DataFrame:
    """All total-membership claims made on the latest claim date not after as_of."""
    totals = known_by(counts[counts["scope"] == "total"], as_of)
    if totals.empty:
        return totals.assign(kind=pd.Series(dtype="object"))
    latest = totals[totals["date"] == totals["date"].max()]
    kinds = sources.set_index("source_id")["kind"].astype(str)
    return latest.assign(kind=latest["source_id"].map(kinds))


def official_total(claims: pd.DataFrame) -> int | None:
    """The total to headline: an official source's if any, else the largest claim that day.

    A day can hold several totals when a member joins during it (85 before the welcome, 86
    after), so the largest official figure is the one standing at the end of the day."""
    if claims.empty:
        return None
    official = claims[claims["kind"] == "official"]
    return int((official if not official.empty else claims)["count"].max())


def membership_snapshot(members: pd.DataFrame, counts: pd.DataFrame, sources: pd.DataFrame,
                        as_of) -> MembershipSnapshot:
    identified, pending = members_as_of(members, as_of)
    claims = latest_claims(counts, sources, as_of)
    return MembershipSnapshot(as_of=as_timestamp(as_of), identified=identified, pending=pending,
                              claims=claims, stated_total=official_total(claims),
                              disputed=claims["count"].nunique() > 1)


def funding_known_by(pledges: pd.DataFrame, as_of) -> pd.DataFrame:
    """Funding rows announced on or before as_of."""
    return known_by(pledges, as_of)
