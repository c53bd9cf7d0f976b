"""The anchor: the day every relative date in an article is read against."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from .lexicon import SMALL_NUMBERS
from .places import country_of, leader_offices, leader_years, leaders
from .temporal import _MONTH_NAMES, WEEKDAYS, YEAR_MENTION, TimeMention, find_times, years_in


@dataclass(frozen=True)
class AnchorGuess:
    date: Optional[dt.date]
    how: str


def infer_anchor(text: str, url: Optional[str] = None) -> AnchorGuess:
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
    week off for 80 of them. The year in the page's address ("/1997/04/manitoba-flood") is a clue
    to which year a weekday and date fall in, never a day by itself.
    """
    dateline = _dateline(text) or _stamp(text)
    if dateline is not None:
        return AnchorGuess(dateline, "inferred")
    years = _years_told_as_past(text)
    clue = _year_of_the_story(text, years, url_year(url))
    mentions = find_times(text, anchor=None, fallback_year=clue.year or _nearest_allowed(clue, years))
    reported = [day for m in mentions if (day := _day_named_in_full(m)) is not None]
    if clue.year is not None:
        # "between Monday and Thursday, Dec. 2": a span whose first end no date resolves without the anchor
        reported += [day for day in _weekday_dates(text, clue.year) if day not in reported]
    if not reported:
        return AnchorGuess(None, "none")
    latest = max(reported)
    lead = _lead_weekday(text)
    if lead is not None and _told_on(text, latest):
        # "the border troops said on Wednesday, Dec. 21, that ...": the story names the day its news was told,
        # which the lead's weekday names again or names a day before it ("closed its border on Monday")
        return AnchorGuess(latest, "inferred") if lead == latest.weekday() else _by_weekdays(latest, mentions, reported)
    if lead is not None:
        # "MOSCOW — A second plane ... landed in Tbilisi on Saturday": the lead's day is the news of the day,
        # told the next day when the story goes on to that day ("reopened on Sunday ... Another 2,050 came
        # back on Monday")
        day = next(latest + dt.timedelta(days=k) for k in range(7) if (latest + dt.timedelta(days=k)).weekday() == lead)
        after = day + dt.timedelta(days=1)
        return AnchorGuess(after if _happened_on(text, after.weekday()) else day, "inferred")
    return _by_weekdays(latest, mentions, reported)


def _by_weekdays(latest: dt.date, mentions: list[TimeMention], reported: list[dt.date]) -> AnchorGuess:
    """The day, from the latest day named in full up to six days later, that puts every weekday the story
    names in the shortest stretch just before it (ties go to the earliest day)."""
    # the weekdays of the days named in full count too: "took effect on Friday, June 1" is not a week old
    # (both days of "on Saturday and Sunday")
    weekdays = {WEEKDAYS.index(w.lower()) for m in mentions if m.weekday is not None
                for w in _WEEKDAY_WORD.findall(m.text)} \
        | {m.weekday for m in mentions if m.weekday is not None} | {day.weekday() for day in reported}

    def span(candidate: dt.date) -> int:
        return max((candidate.weekday() - w) % 7 for w in weekdays)

    best = min((latest + dt.timedelta(days=k) for k in range(7)), key=lambda d: (span(d), d))
    return AnchorGuess(best, "inferred")


# What is named after a leader, following the name: "Norman Manley International Airport".
_NAMED_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?:International|Airport|Bridge|Street|Avenue|Boulevard|Square|Stadium|"
                          r"University|Hospital|Port|Highway|Road|Dam|Barracks|Foundation|Centre|Center)\b")


# ".../1997/04/manitoba-red-river-flood", ".../2001/bahrain-exiles-return": news sites file pages by year
_URL_YEAR = re.compile(r"/(?P<year>(?:19|20)\d\d)(?=/|$)")


# A year the story looks ahead to: "the elections due in 2010", "a vote scheduled for 2011", "planned for 1999".
_YEAR_AHEAD = re.compile(r"\b(?:due|scheduled|planned|expected|slated|set|foreseen)\s+(?:in|for)\s+(?:early\s+|late\s+|mid-?)?"
                         r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _years_told_as_past(text: str) -> list[int]:
    """The years a story names, but those it names as still to come: a story that fears for "the elections
    due in 2010" was filed before 2010, and its year may not be read as after it."""
    ahead = [m.start("year") for m in _YEAR_AHEAD.finditer(text)]
    return [int(m.group(1)) for m in YEAR_MENTION.finditer(text) if m.start(1) not in ahead]


def url_year(url: Optional[str]) -> Optional[int]:
    """The year a page's address files it under, if it names exactly one."""
    found = {int(m.group("year")) for m in _URL_YEAR.finditer(url or "")}
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class _YearClue:
    """The year a story is from, when its clues name one; and the years they leave open otherwise."""
    year: Optional[int] = None
    allowed: frozenset[int] = frozenset()
    by_officials: bool = False  # whether the officials the story names narrowed the years down


def _nearest_allowed(clue: _YearClue, years: list[int]) -> Optional[int]:
    """The year to read the story's dates in when its clues leave several: the first its officials allow
    after the latest year it names ("Prime Minister Rafik Hariri" in a story that names 1993 last: 1996, not
    1993 when the weekday falls wrong then; in one that names only 1985, still 1996 rather than a year the
    weekday rules out), or else the latest year it names.
    """
    if not years:
        return None
    after = sorted(year for year in clue.allowed if year >= max(years)) if clue.by_officials else []
    return after[0] if after else max(years)


def _year_of_the_story(text: str, years: list[int], filed: Optional[int] = None) -> _YearClue:
    """The one year in which the story's date named with its weekday ("on Monday, Aug. 8") falls on that
    weekday, the officials it names held office, and no year it names as past is later; or the year
    "72 years ago" counts to from the year it names ("the earthquake of 1923, 72 years ago"); or the
    year its address files it under, when the weekday falls right in it.

    A careful reader dates a story that gives no year this way; where the clues leave more than one
    year, none is chosen here, and the clue keeps the years left.
    """
    named = next(_named_days(text), None)
    if named is None:
        return _YearClue()
    weekday, month, day = named
    candidates = {year for year in range(_FIRST_YEAR, _LAST_YEAR + 1) if _weekday_of(year, month, day) == weekday}
    counted = {int(m.group("year")) + _count(m.group("count")) for m in _YEARS_AGO.finditer(text)} \
        | {int(m.group("year")) + _count(m.group("count")) for m in _AGO_IN_YEAR.finditer(text)}
    if len(counted & candidates) == 1:
        return _YearClue((counted & candidates).pop())
    after = {int(m.group("year")) + _count(m.group("count")) + late for m in _YEARS_AFTER.finditer(text) for late in (0, 1)}
    if len(after & candidates) == 1:
        return _YearClue((after & candidates).pop())
    if filed in candidates:
        return _YearClue(filed)
    # (a plain substring test first: the table has thousands of names, and few stand in any one story)
    mentioned = [name for name in leader_years() if name in text]
    # (an official of a country the story never names is a namesake: "Sanchez" in a story from Ecuador)
    named_countries = _countries_named(text) if mentioned else set()
    in_office = [name for name in mentioned if leaders()[name] in named_countries]
    held = [spans for name in in_office if (spans := _years_as_named(text, name))]
    if held and not any(all(year in spans for spans in held) for year in candidates):
        # officials of different times: those the story names in its history do not date it
        held = [spans for name in in_office if (spans := _years_as_named(text, name, history=False))]
    unnamed = {c for c in candidates if not years or c >= max(years)}
    if held:
        support = {year: sum(year in spans for spans in held) for year in candidates}
        most = max(support.values())
        candidates = {year for year, n in support.items() if n == most} if most else set()
        # between years as many officials fit, the one the officials with the fewest years in office point to:
        # "President Joseph Aoun" and "Prime Minister-designate Nawaf Salam" say 2025, where Aoun and "Assad"
        # fit 2020 as well (each official's years weigh as one chance among that many)
        weight = {year: sum(1 / len(spans) for spans in held if year in spans) for year in candidates}
        candidates = {year for year in candidates if weight[year] == max(weight.values(), default=0)}
    if years and {c for c in candidates if c >= max(years)}:
        candidates = {c for c in candidates if c >= max(years)}  # "in power since 1990": not before it
    era = next((span for pattern, span in _ERAS if pattern.search(text)), None)
    if era is not None and {c for c in candidates if c in era}:
        # "to slow the spread of the new coronavirus": a year the thing named was news in
        candidates = {c for c in candidates if c in era}
        return _YearClue(candidates.pop()) if len(candidates) == 1 else _YearClue(allowed=frozenset(candidates))
    if held and len(candidates) == 1:
        return _YearClue(candidates.pop())
    return _YearClue(allowed=frozenset(candidates), by_officials=bool(held) and candidates != unnamed)


# "Albanian President Sali Berisha", "former Prime Minister Nawaz Sharif", "opposition leader Zoran Zaev": the
# title the news gives an official, just before their given names
_TITLE_BEFORE = re.compile(r"(?i:(?P<past>\b(?:former|ex-|late|then-|ousted|deposed|exiled|outgoing)\s*)?"
                           r"\b(?P<title>(?:(?:deputy|vice)[- ])?(?:prime minister|premier|president|chancellor|"
                           r"(?:foreign|interior|defen[cs]e|finance|home|chief) minister|mayor)|"
                           r"(?P<out>(?:opposition|rebel|faction|militia|party) leader|warlord)))"
                           r"\s+(?:[A-Z][\w'.-]*\s+){0,3}$")
_SAME_OFFICE = {"premier": "prime minister", "vice-president": "vice president", "defense minister": "defence minister",
                "deputy premier": "deputy prime minister"}


def _years_as_named(text: str, name: str, history: bool = True) -> frozenset[int]:
    """The years in which the story's mentions of an official can be news: the years they held office, or
    those of the office a mention names ("President Uhuru Kenyatta": 2013-2022, not his years as deputy
    prime minister). A mention says nothing when it is a place named after them ("the Jomo Kenyatta
    Bridge"), a byline ("By Boubacar Keita"), a past holder ("former President"), someone out of office
    ("opposition leader Zoran Zaev") or in an office the table does not give them, and, without `history`,
    when its sentence is history naming a year of their time ("since 1995, when ... the life of President
    Hosni Mubarak")."""
    found: frozenset[int] = frozenset()
    titles: frozenset[int] = frozenset()  # the years of the offices the mentions name
    for mention in re.finditer(rf"\b{re.escape(name)}\b", text):
        if _NAMED_AFTER.match(text, mention.end()) or _in_byline(text, mention.start()):
            continue
        if not history and leader_years()[name] & set(years_in(_sentence_around(text, mention.start()))):
            continue
        titled = _TITLE_BEFORE.search(text[max(0, mention.start() - 80):mention.start()])
        offices = leader_offices().get(name, {})
        if titled is None:
            found |= leader_years()[name]
        elif titled.group("past") or titled.group("out"):
            continue
        elif offices:
            title = re.sub(r"\s+", " ", titled.group("title").lower())
            titles |= offices.get(_SAME_OFFICE.get(title, title), frozenset())
        else:
            found |= leader_years()[name]
    # "President Petro Poroshenko announced ... Poroshenko said": the office named once is the one the later
    # bare mentions mean, not his years as a minister
    return titles or found


def _in_byline(text: str, at: int) -> bool:
    """Whether a position is in a byline ("By Tahir Khan Wazir"): a short line of its own opening with "By"."""
    line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
    return len(line) < 80 and line.lstrip().startswith("By ")


def _sentence_around(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


# A weekday named anywhere in a phrase: both days of "on Saturday and Sunday".
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)

# Things the news named only in a few years, which date a story that gives no year of its own.
_ERAS = (
    (re.compile(r"\b(?:new\s+)?coronavirus\b|\bcovid(?:-19)?\b", re.IGNORECASE), range(2020, 2024)),
    # "NATO began bombing Yugoslavia on March 24" in a story of Kosovars: the Kosovo war
    (re.compile(r"(?s)^(?=.*\bKosov)(?=.*\bNATO\b[^.]{0,40}\b(?:bomb\w*|air (?:campaign|strikes|raids))\b)"), range(1999, 2000)),
    # "since Russia's invasion began" in a story of Ukrainians
    (re.compile(r"(?s)^(?=.*\bUkrain)(?=.*\b(?:Russia's|Russian) (?:full-scale )?(?:invasion|war)\b|.*\binvasion began\b)"),
     range(2022, 2027)),
    # "since Iraq's invasion" of Kuwait
    (re.compile(r"(?s)^(?=.*\bKuwait)(?=.*\b(?:Iraq's|Iraqi) invasion\b)"), range(1990, 1992)),
    # "less than two months after South Sudan became independent": a state since July 2011 (before, "southern Sudan")
    (re.compile(r"\bSouth Sudan(?!\w)"), range(2011, 2027)),
    # "have crossed into Bangladesh since Aug. 25": the Rohingya exodus from Rakhine
    (re.compile(r"(?s)^(?=.*\bRohingya\b)(?=.*\bsince Aug(?:\.|ust) 25\b)"), range(2017, 2019)),
)


def _countries_named(text: str) -> set[str]:
    """The countries a text names, by name or by adjective ("Iraq", "Iraqi")."""
    words = re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}", text)
    found = set()
    for phrase in words:
        parts = phrase.split()
        for size in range(len(parts), 0, -1):
            for start in range(len(parts) - size + 1):
                hit = country_of(" ".join(parts[start:start + size]).rstrip(".,"))
                if hit:
                    found.add(hit[0])
    return found


def _weekday_of(year: int, month: int, day: int) -> Optional[int]:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _count(word: str) -> int:
    """"72", "seventy-two"; a word that is no number counts to no year."""
    if word.isdigit():
        return int(word)
    parts = [SMALL_NUMBERS.get(part) for part in word.lower().split("-")]
    return sum(parts) if all(p is not None for p in parts) else 10**6  # type: ignore[misc]


# the years a story without its year may be from: none is from a year still to come
_FIRST_YEAR, _LAST_YEAR = 1985, dt.date.today().year
_WEEKDAY_MONTH_DAY = re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
                                r"(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2})\b(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE)
# "the Great Kanto earthquake of 1923, 72 years ago"
_YEARS_AGO = re.compile(r"\b(?P<year>(?:19|20)\d\d),?\s+(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years\s+(?:ago|earlier|before)\b",
                        re.IGNORECASE)

# "More than six years after the civil war began in December 1989": that many years on, or one more when the
# story's month comes before the one counted from
_YEARS_AFTER = re.compile(r"\b(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years\s+(?:after|since)\s+[^.;:]{0,60}?"
                          r"\b(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)

# "four years ago, in 1992"
_AGO_IN_YEAR = re.compile(r"\b(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years\s+(?:ago|earlier|before),?\s+in\s+(?P<year>(?:19|20)\d\d)\b",
                          re.IGNORECASE)

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
        if re.search(r"\bsince\b[^,;]*\b(?:" + "|".join(WEEKDAYS) + r")\b", first, re.IGNORECASE):
            return None  # "have fled since the fighting began on Wednesday": the day counted from, not the news day
        dated = list(_WEEKDAY_DATE.finditer(first))
        bare = [m for m in _WEEKDAY_WORD.finditer(first) if not any(d.start() <= m.start() < d.end() for d in dated)]
        if dated:
            # a weekday with its date ("Friday, Oct. 6") is a date, not the lead's day; unless the lead tells of a
            # day after it ("packed buses on Wednesday ..., five days after the king was shot on Friday, June 1")
            after = len(bare) == 1 and all(
                d.start() > bare[0].end() and re.search(r"\b(?:after|since)\b", first[bare[0].end():d.start()])
                for d in dated)
            return WEEKDAYS.index(bare[0].group(1).lower()) if after else None
        days = {m.group(1).lower() for m in bare}
        return WEEKDAYS.index(days.pop()) if len(days) == 1 else None
    return None


# "said on Wednesday, Dec. 21", "Photo taken Friday, Sept. 27": a day named in full as the day the news was told
_TOLD_ON_DAY = re.compile(r"\b(?:said|says|announced|reported|told\s+\w+|taken)\s+(?:on\s+)?(?P<weekday>"
                          + "|".join(WEEKDAYS) + r"),?\s+(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})\b", re.IGNORECASE)


def _told_on(text: str, day: dt.date) -> bool:
    """Whether the story tells its news on a day it names in full ("the border troops said on Wednesday, Dec.
    21, that ..."): that day, not a later one its lead's weekday would name, is the news day."""
    return any(WEEKDAYS.index(m.group("weekday").lower()) == day.weekday()
               and _MONTH_NAMES.get(m.group("month").lower()) == day.month and int(m.group("day")) == day.day
               for m in _TOLD_ON_DAY.finditer(text))


def _happened_on(text: str, weekday: int) -> bool:
    """Whether the story tells of something done "on" a weekday ("On Thursday, Oman opened al-Mazyunah", "came
    back on Monday"), not planned for it ("will reopen on Thursday") nor counted from it ("since Thursday")."""
    for match in re.finditer(rf"\b[Oo]n\s+{WEEKDAYS[weekday].capitalize()}\b", text):
        before = text[max(0, match.start() - 50):match.start()]
        clause = re.split(r"[.;:]\s", before)[-1]
        if not re.search(r"\b(?:will|would|shall|is to|are to|plans? to|planned to|scheduled|due to|expected to)\b", clause):
            return True
    return False


def _weekday_dates(text: str, year: int) -> list[dt.date]:
    """The days a text names with their weekday and date ("Thursday, Dec. 2") that fall on that weekday in `year`,
    or in the year before ("until Thursday, Dec. 31" in a story of Monday, Jan. 4)."""
    days = []
    for weekday, month, day in _named_days(text):
        found = next((y for y in (year, year - 1) if _weekday_of(y, month, day) == weekday), None)
        if found is not None:
            days.append(dt.date(found, month, day))
    return days


def _named_days(text: str) -> Iterator[tuple[int, int, int]]:
    """(weekday, month, day) of each day a text names with its weekday and a date without its year ("Thursday,
    Dec. 2")."""
    for named in _WEEKDAY_MONTH_DAY.finditer(text):
        month = _MONTH_NAMES.get(named.group("month").lower().rstrip("."))
        if month is not None:
            yield WEEKDAYS.index(named.group("weekday").lower()), month, int(named.group("day"))


def _day_named_in_full(mention: TimeMention) -> Optional[dt.date]:
    """"Wednesday, Sept. 28, 2022", "on Friday, Jan. 15": one day, with a weekday that agrees with
    its date (a date without its year gets the year near the text's years that makes it agree); also
    the start of a span ("from 6 p.m. on Friday, Sept. 29") or its end ("between Monday and Thursday,
    Dec. 2")."""
    if not mention.explicit or mention.start is None:
        return None
    named = _WEEKDAY_DATE.search(mention.text)
    if named is None:
        return None
    if mention.end in (None, mention.start):
        return mention.start if WEEKDAYS[mention.start.weekday()] == named.group(1).lower() else None
    ending = _WEEKDAY_DATE.search(mention.text, named.end()) or named
    if ending.end() == len(mention.text.rstrip(" ,.")) and WEEKDAYS[mention.end.weekday()] == ending.group(1).lower():
        return mention.end
    return None


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
