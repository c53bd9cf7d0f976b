"""The anchor: the day every relative date in an article is read against."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from .temporal import WEEKDAYS, TimeMention, find_times, years_in


@dataclass(frozen=True)
class AnchorGuess:
    date: Optional[dt.date]
    how: str


def infer_anchor(text: str) -> AnchorGuess:
    """The publication day the text implies, or none.

    Only a day the text pins down counts, because a wrong anchor silently shifts every relative
    date of the story: a wire dateline with its year ("KYIV, Ukraine, Oct. 1, 2022 (AP) --"), or
    a date named with its weekday ("Photo taken Wednesday, Sept. 28, 2022", "on Thursday, Feb.
    8": stories name days that way when they are recent, and the weekday fixes the year).
    Bare dates in the body are too often history ("on Aug. 7, 1998, the embassies were bombed")
    or deadlines. From the latest such day, the story's bare weekdays ("on Friday", "by
    Tuesday") name days just before its publication: the anchor is the day, from that date up to
    six days later, that puts them all in the shortest stretch just before it (ties go to the
    earliest day). None of the 256 TimeBank/AQUAINT stories writes its own date that way, and
    this answers none for all of them; guessing from the latest date of any kind was more than a
    week off for 80 of them.
    """
    dateline = _dateline(text) or _stamp(text)
    if dateline is not None:
        return AnchorGuess(dateline, "inferred")
    years = years_in(text)
    mentions = find_times(text, anchor=None, fallback_year=max(years) if years else None)
    reported = [m.start for m in mentions if _named_in_full(m)]
    if not reported:
        return AnchorGuess(None, "none")
    latest = max(reported)
    lead = _lead_weekday(text)
    if lead is not None:
        # "MOSCOW — A second plane ... landed in Tbilisi on Saturday": the lead's day is the news of the day
        return AnchorGuess(next(latest + dt.timedelta(days=k) for k in range(7)
                                if (latest + dt.timedelta(days=k)).weekday() == lead), "inferred")
    # the weekdays of the days named in full count too: "took effect on Friday, June 1" is not a week old
    weekdays = {m.weekday for m in mentions if m.weekday is not None} | {day.weekday() for day in reported}

    def span(candidate: dt.date) -> int:
        return max((candidate.weekday() - w) % 7 for w in weekdays)

    best = min((latest + dt.timedelta(days=k) for k in range(7)), key=lambda d: (span(d), d))
    return AnchorGuess(best, "inferred")


_LEAD = re.compile(r"^[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\([^)]*\))?\s*(?:--|\u2014|\u2013|-)\s*(?P<lead>.+)$")


def _lead_weekday(text: str) -> Optional[int]:
    """The weekday a wire lead names for its news ("MOSCOW — ... landed in Tbilisi on Saturday"), if it
    names exactly one."""
    for line in text[:2500].splitlines()[:25]:
        match = _LEAD.match(line.strip())
        if match is None:
            continue
        if re.search(r"\d", line.strip()[:match.start("lead")]):
            return None  # "HELSINKI, Oct. 1 (Meridian) —": the dateline gives its own day
        first = re.split(r"(?<=[a-z0-9\"”])\.\s+(?=[A-Z])", match.group("lead"))[0]
        days = {w.lower() for w in re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", first, re.IGNORECASE)}
        # a weekday with its date ("Friday, Oct. 6") is a date, not the lead's day
        return WEEKDAYS.index(days.pop()) if len(days) == 1 and not _WEEKDAY_DATE.search(first) else None
    return None


def _named_in_full(mention: TimeMention) -> bool:
    """"Wednesday, Sept. 28, 2022", "on Friday, Jan. 15": one day, with a weekday that agrees with
    its date (a date without its year gets the year near the text's years that makes it agree)."""
    if not (mention.explicit and mention.start is not None and mention.start == mention.end):
        return False
    named = _WEEKDAY_DATE.search(mention.text)
    return named is not None and WEEKDAYS[mention.start.weekday()] == named.group(1).lower()


_WEEKDAY_DATE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\w+\.?\s+\d{1,2}\b", re.IGNORECASE)
# "KYIV, Ukraine, Oct. 1, 2022 (AP) --": the wire's own dateline, with its year
# "PORT OF SPAIN, Trinidad (Caribbean Wire) — June 18, 2019 —": or after the wire's name
# "FIRA, Santorini, Greece, Feb. 7, 2025 (Aegean Newswire) -": a town, its island or region, and its country
_DATELINE = re.compile(r"^\W*[A-Z][\w .'/-]{1,40}(?:,\s+[A-Z][\w .'-]{1,30}){0,2}"
                       r"(?:,\s+|\s*\([^)]{1,40}\)\s*(?:--|-|\u2014|\u2013)\s*)(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+"
                       r"(?:19|20)\d\d)\s*(?:\(|--|-|\u2014|\u2013)")


def _dateline(text: str) -> Optional[dt.date]:
    # the dateline opens the body, after any headline, standfirst and byline lines
    match = next((m for line in text[:1200].splitlines()[:12] if (m := _DATELINE.search(line.strip()))), None)
    if match is None:
        return None
    found = find_times(match.group("date"), anchor=None)
    return found[0].single_day if found else None


# "Lake Region Wire | Published 3 October 2019", "Published: 5 Oct 2024, 09:15": a page's own date stamp
_STAMP = re.compile(r"\b(?:First\s+)?(?:Published|Posted)(?:\s+on)?\s*:?\s+(?P<rest>.{6,40})", re.IGNORECASE)


# "By Abdi Guyo | Thursday, 16 June 2022 | 4 min read": a byline segment that is a whole date with its year
_SEGMENT_DATE = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d|"
                           r"[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)(?:,?\s+\d{1,2}[:.]\d\d(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?)?$",
                           re.IGNORECASE)


def _stamp(text: str) -> Optional[dt.date]:
    for line in text[:2000].splitlines()[:20]:
        match = _STAMP.search(line) if len(line) < 150 else None  # a line of its own, not a sentence
        if match is None and "|" in line and len(line) < 150:
            segment = next((m for part in line.split("|") if (m := _SEGMENT_DATE.match(part.strip()))), None)
            found = find_times(segment.group("date"), anchor=None) if segment else []
            if found and found[0].single_day:
                return found[0].single_day
        if match is None:
            continue
        # "Published Monday 13 December 2021, 10:15 GMT": the weekday adds nothing to the date
        rest = re.sub(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", "", match.group("rest"), flags=re.IGNORECASE)
        found = [t for t in find_times(rest, anchor=None) if t.explicit and t.single_day]
        if found and found[0].start_char == 0:
            return found[0].single_day
    return None
