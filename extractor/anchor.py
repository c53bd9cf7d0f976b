"""The anchor: the day every relative date in an article is read against."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from .temporal import find_times, years_in


@dataclass(frozen=True)
class AnchorGuess:
    date: Optional[dt.date]
    how: str


def infer_anchor(text: str) -> AnchorGuess:
    """The publication day the text implies, or none.

    A story is published on or after the latest calendar date it gives (a caption's "Sept. 28,
    2022", a dateline's "Oct. 1"), and its bare weekdays ("on Friday", "by Tuesday") name days
    just before it. So the anchor is the day, from that latest date up to six days later, for
    which the weekdays the story mentions fall in the shortest stretch of days just before it
    (ties go to the earliest day). Without a calendar date the weekdays cannot be placed.
    """
    years = years_in(text)
    fallback_year = max(years) if years else None
    mentions = find_times(text, anchor=None, fallback_year=fallback_year)
    explicit = [d for m in mentions if m.explicit for d in (m.start, m.end) if d is not None]
    if not explicit:
        return AnchorGuess(None, "none")
    latest = max(explicit)
    weekdays = {m.weekday for m in mentions if m.weekday is not None}
    if not weekdays:
        return AnchorGuess(latest, "inferred")

    def span(candidate: dt.date) -> int:
        return max((candidate.weekday() - w) % 7 for w in weekdays)

    best = min((latest + dt.timedelta(days=k) for k in range(7)), key=lambda d: (span(d), d))
    return AnchorGuess(best, "inferred")
