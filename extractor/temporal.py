"""Temporal expressions: found in text, resolved to inclusive day ranges against the anchor.

One place for each rule: the weekday logic (`last_weekday`), the weekend logic, month and
year spans, and the way a preposition turns a day into a period bound ("by Tuesday" ends a
period, "since Sept. 21" starts one). Explicit dates in unusual formats go to dateparser with
the anchor as its relative base.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from .components import text_of
from .lexicon import SMALL_NUMBERS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}
_WD = r"(?P<{n}>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# the months' short names ("Sept. 28"), which alone name no month ("Vina del Mar")
_ABBREVIATED = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
_MON = (r"(?P<{n}>january|february|march|april|(?-i:May)|june|july|august|september|october|"
        r"november|december|" + _ABBREVIATED + r"\.?)")
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>(?:19|20)\d\d)"
# Holidays on a fixed day of the Western calendar; "Christmas" alone only after a preposition of time,
# so that "pre-Christmas sweep" and "Christmas Island" name no day.
_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
             "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26)}
_HOLIDAY = (r"(?P<{n}>new\s+year['’]s\s+(?:day|eve)|christmas\s+(?:day|eve)|boxing\s+day"
            r"|(?:(?<=on )|(?<=since )|(?<=by )|(?<=before )|(?<=after )|(?<=until )|(?<=over ))christmas(?!\s+island))")


def _f(pattern: str, **names: str) -> str:
    return pattern.format(**names)


# An hour of the day, as written: "midnight", "noon", "7 p.m.", "6:45 a.m."
_HOUR = r"midnight|noon|midday|dawn|\d{1,2}(?::\d\d)?\s*[ap]\.m\."
# What names a day after such hours or parts of a day ("between 6 a.m. and 9 a.m. on Friday", "in the morning,
# Oct. 5"), which then dates them; not a figure ("in the morning, 3,000 people crossed").
_DAY_NAMED_AFTER = r"(?!,?\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|" \
                   r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+[a-z]{3}))"


# Atoms, most specific first. Each names its parts with a suffix so two atoms can combine.
def _atom(s: str) -> str:
    wd, mon, day, day2, year, mon2 = (f"wd{s}", f"mon{s}", f"day{s}", f"dayb{s}", f"year{s}", f"monb{s}")
    return "(?:" + "|".join([
        # "Wednesday, Sept. 28, 2022", "Sept. 28, 2022", "Sept. 24-25", "Sept. 28 and 29"
        rf"(?:{_f(_WD, n=wd)},?\s+)?{_f(_MON, n=mon)}\s+{_f(_DAY, n=day)}"
        rf"(?:\s*(?:-|–|and|to|through)\s*{_f(_DAY, n=day2)}(?!\d|,\d))?(?:,?\s+{_f(_YEAR, n=year)})?(?!\d|,\d)",
        # "21 September 2022", "24-25 September"
        rf"{_f(_DAY, n='d' + day)}(?:\s*(?:-|–|and|to)\s*{_f(_DAY, n='d' + day2)})?\s+{_f(_MON, n='d' + mon)}(?:,?\s+{_f(_YEAR, n='d' + year)})?",
        rf"(?P<iso{s}>(?:19|20)\d\d-[01]\d-[0-3]\d)",
        _f(_HOLIDAY, n=f"hol{s}"),
        rf"(?P<rel{s}>today|tonight|yesterday|the day before|a day earlier(?!\s+(?:this|that|in\s+the|last)\s+(?:week|month|year))|the previous day|"
        rf"that day|the same day|(?:its|their)\s+first\s+day(?!\s+of)|the\s+first\s+(?:\d+|two|three|four|five|six|eight|ten|twelve)\s+hours(?!\s+of)|within\s+hours|(?<=\w at )the same time(?!,)|(?<=during )the day|that same day|the following day|the next day|(?<=since )then|(?<=by )(?:midday|noon|nightfall)|"
        rf"(?:(?:a\s+few|several|two|three|four|\d+)\s+)?hours\s+(?:later|earlier)|later\s+(?:that|the\s+same)\s+day|"
        rf"(?:the\s+)?(?:following|next)\s+(?:morning|afternoon|evening|night)|"
        rf"(?:that|the\s+same)\s+(?:morning|afternoon|evening|night)|this\s+(?:morning|afternoon|evening)|"
        # a part of a day the sentence names no day for: "crossed in the afternoon", "left before nightfall",
        # "between midnight and noon", "between 1 p.m. and 7 p.m." (one day's hours, never a night's: see _overnight)
        rf"(?<=\bin\s)the\s+(?:morning|afternoon|evening)(?!\s+(?:of|and)\b){_DAY_NAMED_AFTER}|"
        rf"(?<=\bduring\s)the\s+(?:morning|afternoon|evening|night){_DAY_NAMED_AFTER}|"
        rf"(?<=\bat\s)mid-(?:morning|afternoon){_DAY_NAMED_AFTER}|"
        rf"(?<=\bbefore\s)(?:noon|midday|dawn|daybreak){_DAY_NAMED_AFTER}|"
        rf"(?<=\bbetween\s)(?:{_HOUR})\s+and\s+(?:{_HOUR}|nightfall|dusk)(?!\w){_DAY_NAMED_AFTER}|"
        rf"(?:the\s+)?(?:first|second|third|last)\s+week\s+of\s+(?P<wkmon{s}>january|february|march|april|may|june|july|august|september|october|november|december)|"
        rf"(?:the\s+)?(?P<fdw{s}>first|last|final)\s+(?P<fdn{s}>\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+(?P<fdu{s}>days|weeks)\s+of\s+(?:(?P<fdmon{s}>january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+(?P<fdmy{s}>(?:19|20)\d\d))?|(?P<fdyr{s}>(?:19|20)\d\d)|(?P<fdwk{s}>this|last)\s+week|(?:the|this)\s+(?P<fdcur{s}>year|month))(?!\d)|"
        rf"(?:the\s+)?(?:previous|last|past|following|next|this|that)\s+(?:week(?:end)?|month|year)|"
        rf"the weekend before|(?:over\s+)?the\s+weekend|the week before|the year before|"
        rf"earlier\s+(?:this|that|in the)\s+(?:week|month|year)|"
        rf"the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month)|"
        rf"(?:late|early)\s+(?:this|last)\s+(?:week|month)|"
        rf"(?:the\s+)?(?:first|last)\s+(?:\w+\s+)?(?:days?|weeks?)\s+of\s+(?:the\s+)?(?:month|year))",
        rf"(?P<ago{s}>(?P<agon{s}>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?P<agou{s}>days?|weeks?|months?|years?)\s+(?P<agod{s}>ago|earlier|before|later))(?!\s+(?:this|that|in\s+the|last)\s+(?:week|month|year))",
        rf"(?P<mpart{s}>early|mid|late)[-\s]+{_f(_MON, n=mon2)}(?:\s+{_f(_YEAR, n=f'yearb{s}')})?",
        # (a month alone is spelled out; "Mar" alone is a name's word: "Vina del Mar")
        rf"(?!{_ABBREVIATED}(?!\.?\s+(?:19|20)\d\d)\.?(?:\W|$))"
        rf"(?:{_f(_MON, n=f'monc{s}')})(?:\s+{_f(_YEAR, n=f'yearc{s}')})?(?=\W|$)",
        # "the first half of this year", "the second half of October", "the first quarter of 2023"
        rf"(?P<half{s}>(?:the\s+)?(?P<halfw{s}>first|second|third|fourth|last)\s+(?P<halfu{s}>half|quarter)(?:\s+of\s+"
        rf"(?:(?P<halfrel{s}>this|last|the)\s+year|{_f(_MON, n=f'halfm{s}')}(?:,?\s+{_f(_YEAR, n=f'halfmy{s}')})?|{_f(_YEAR, n=f'halfy{s}')})"
        # ("150,000 entered in the first half, against 430,000 in the same period of 2023": of the year)
        rf"|(?=\s*[,.;]|\s+(?:and|against|compared|up|down|from|to|when|while)\b)))",
        # ("against 3,133 on the Saturday before": the one before the Saturday just named, told after it)
        rf"(?P<lastwd{s}>last\s+)?(?P<prevwd{s}>the\s+(?:previous|preceding)\s+)?{_f(_WD, n=f'wdb{s}')}(?:\s+(?:night|morning|afternoon|evening))?(?P<lastwk{s}>,?\s+(?:of\s+)?last\s+week)?"
        rf"(?P<wdbefore{s}>(?<=[a-z])\s+before(?=\s*[,.;)]|\s*$))?",
        rf"(?P<yearonly{s}>(?:(?<=in )|(?<=of )|(?<=since )|(?<=between )|(?<=from )|(?<=and )|(?<=to )|(?<=throughout ))(?:19|20)\d\d(?!\d|,\d))",
        # "the 2022 fiscal year", "fiscal 2016", "fiscal year 2019", "FY2023"
        rf"(?P<fy{s}>(?:the\s+)?(?:(?P<fyy{s}>(?:19|20)\d\d)\s+fiscal\s+year|fiscal\s+(?:year\s+)?(?P<fyb{s}>(?:19|20)\d\d)|"
        rf"(?-i:FY)\s?(?P<fyc{s}>(?:19|20)\d\d))(?!\d))",
        rf"(?P<firstm{s}>(?:the\s+)?(?P<firstw{s}>first|last|final)\s+(?P<firstn{s}>two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+months\s+of\s+(?:(?:the|this|(?P<firstly{s}>last))\s+year|(?P<firsty{s}>(?:19|20)\d\d)(?!\d)))",
    ]) + ")"


_RELATIONS = r"(?P<prep>between|from|since|by|as of|until|till|throughout|through|to|before|after|on|in|during|over)"
_EXPR = re.compile(
    rf"(?:\b{_RELATIONS}\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:the\s+(?=[A-Z0-9]))?"
    rf"(?:(?:\d{{1,2}}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|midnight|noon|dawn|daybreak|dusk|sunrise|sunset|nightfall)"
    rf"\s+(?:on\s+)?)?)?\b{_atom('')}"
    # ("between March 20 and the end of May": to the month's last day, where the month's span ends anyway)
    # ("between October last year and March": the first end a year back)
    rf"(?:(?P<lastyear1>\s+(?:of\s+)?last\s+year)?\s+(?:and|to|through|until|till|-|–)\s+(?:the\s+end\s+of\s+|(?:early|late)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day))?{_atom('2')})?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    start: Optional[dt.date]
    end: Optional[dt.date]


@dataclass(frozen=True)
class TimeMention:
    """A date expression in the text and the period it gives a figure or an action."""

    start_char: int
    end_char: int
    text: str
    relation: str  # at | by | since | range | until | before | after
    start: Optional[dt.date]
    end: Optional[dt.date]
    explicit: bool  # names a calendar date (not only a weekday or a relative word)
    weekday: Optional[int] = None  # a bare weekday's number, for anchor inference
    vague: bool = False

    @property
    def single_day(self) -> Optional[dt.date]:
        return self.start if self.start is not None and self.start == self.end else None


def last_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The most recent `weekday` on or before the anchor (SPEC 2.1)."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def next_weekday(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` after the day (never the day itself)."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7 or 7)


def weekend_before(day: dt.date) -> DateRange:
    """The Saturday-Sunday that ends before `day`."""
    sunday = day - dt.timedelta(days=(day.weekday() + 1) % 7 or 7)
    return DateRange(sunday - dt.timedelta(days=1), sunday)


def month_range(year: int, month: int, part: Optional[str] = None) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(part or "", (1, last))
    return DateRange(dt.date(year, month, first_day), dt.date(year, month, last_day))


def _month(value: Optional[str]) -> Optional[int]:
    if not value:
        return None
    return _MONTH_NAMES.get(value.lower().rstrip("."))


def _year_for(month: int, day: int, anchor: Optional[dt.date], fallback_year: Optional[int]) -> Optional[int]:
    """A date written without its year is the one nearest before the anchor (or just after)."""
    if anchor is None:
        return fallback_year
    year = anchor.year
    try:
        if dt.date(year, month, min(day, 28)) > anchor + dt.timedelta(days=60):
            year -= 1
    except ValueError:
        return None
    return year


def _safe_date(year: Optional[int], month: Optional[int], day: Optional[int]) -> Optional[dt.date]:
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass
class _Context:
    anchor: Optional[dt.date]
    fallback_year: Optional[int]
    last_day: Optional[dt.date] = None
    last_day_is_year: bool = False  # last_day stands for a year named alone ("a war in 2008"), no day of it
    earliest_discussed: Optional[dt.date] = None
    last_period: Optional[DateRange] = None  # the period named just before, for "a week earlier"
    last_weekend: Optional[dt.date] = None  # the first day of the last weekend named, for "the previous weekend"
    dated: Optional[dt.date] = None  # the last day the sentence gave with its year, for the yearless ones after it
    year_named: Optional[int] = None  # the last year the sentence named alone ("in 1994"), for the months after it
    days_named: list[dt.date] = field(default_factory=list)  # the single days named so far, latest last

    def year_told(self, prep: str) -> Optional[int]:
        """The year the sentence named alone before, for a date without one ("in 1994 ... between February and
        July"); not for "since January", which counts up to the story's own day."""
        return self.year_named if prep.lower() != "since" else None

    def note(self, period: DateRange) -> None:
        self.last_period = period
        if period.start is not None and period.end is not None and (period.end - period.start).days <= 2 \
                and any((period.start + dt.timedelta(days=k)).weekday() >= 5
                        for k in range((period.end - period.start).days + 1)):
            self.last_weekend = period.start  # "over the weekend", "between Friday and Sunday"
        if period.start is not None and period.start == period.end:
            self.last_day, self.last_day_is_year = period.start, False
            self.days_named.append(period.start)
        for day in (period.start, period.end):
            if day is not None and (self.earliest_discussed is None or day < self.earliest_discussed):
                self.earliest_discussed = day


def _resolve_atom(g: dict, s: str, ctx: _Context) -> tuple[Optional[DateRange], bool, Optional[int]]:
    """(period, explicit, bare weekday) for the atom whose groups end with suffix s."""
    anchor = ctx.anchor
    for p in ("", "d"):
        if not (g.get(f"{p}mon{s}") and g.get(f"{p}day{s}")):
            continue
        month, day = _month(g[f"{p}mon{s}"]), int(g[f"{p}day{s}"])
        if month is None:
            return None, True, None
        year = int(g[f"{p}year{s}"]) if g.get(f"{p}year{s}") else \
            ctx.year_told(g.get("prep") or "") or _year_for(month, day, anchor, ctx.fallback_year)
        if not g.get(f"{p}year{s}") and ctx.dated is not None:
            # "closed its crossings on March 30, 2020, a week after Thailand shut its side on March 23": that year
            year = min((ctx.dated.year + k for k in (-1, 0, 1) if _safe_date(ctx.dated.year + k, month, day)),
                       key=lambda y: abs((dt.date(y, month, day) - ctx.dated).days), default=year)
        if not g.get(f"{p}year{s}") and g.get(f"wd{s}") and anchor is None and year is not None:
            # "Thursday, Feb. 8" without a year: the year near the text's years when Feb. 8 was a Thursday;
            # not one before the latest of them, which a story names as its past ("fled in 1985", "the war
            # that began in 2011": the news is later)
            weekday = WEEKDAYS.index(g[f"wd{s}"].lower())
            year = next((y for y in (year, year + 1, year + 2)
                         if (d := _safe_date(y, month, day)) is not None and d.weekday() == weekday), year)
        first = _safe_date(year, month, day)
        last = _safe_date(year, month, int(g[f"{p}dayb{s}"])) if g.get(f"{p}dayb{s}") else first
        if first is None or last is None or last < first:
            return None, True, None
        if g.get(f"{p}year{s}"):
            ctx.dated = first
        return DateRange(first, last), True, None
    if g.get(f"hol{s}"):
        month, day = _HOLIDAYS[re.sub(r"\s+", " ", g[f"hol{s}"].lower().replace("’", "'"))]
        year = _year_for(month, day, anchor, ctx.fallback_year)
        if ctx.dated is not None:
            year = min((ctx.dated.year + k for k in (-1, 0, 1)), key=lambda y: abs((dt.date(y, month, day) - ctx.dated).days))
        return (DateRange(dt.date(year, month, day), dt.date(year, month, day)) if year else None), False, None
    if g.get(f"iso{s}"):
        try:
            day = dt.date.fromisoformat(g[f"iso{s}"])
        except ValueError:
            return None, True, None
        return DateRange(day, day), True, None
    if g.get(f"mpart{s}") or g.get(f"monc{s}"):
        month = _month(g.get(f"monb{s}") or g.get(f"monc{s}"))
        raw_year = g.get(f"yearb{s}") or g.get(f"yearc{s}")
        if month is None:
            return None, False, None
        if raw_year:
            year = int(raw_year)
        elif ctx.year_told(g.get("prep") or "") is not None:
            # "A similar scheme in 1994 brought 5,186 refugees home between February and July" (but "up from
            # 20,000 in 2007, and 6,500 have landed since January": this year's January)
            year = ctx.year_told(g.get("prep") or "")
        elif anchor is not None:
            year = anchor.year if month <= anchor.month else anchor.year - 1
        else:
            year = ctx.fallback_year
        if year is None:
            return None, False, None
        part = (g.get(f"mpart{s}") or "").lower() or None
        return month_range(year, month, part), bool(raw_year), None
    if g.get(f"firstm{s}"):
        if anchor is None and not g.get(f"firsty{s}"):
            return None, False, None
        raw = g[f"firstn{s}"].lower()
        months = int(raw) if raw.isdigit() else ("two three four five six seven eight nine ten eleven".split().index(raw) + 2)
        if not 1 <= months <= 12:
            return None, False, None
        year = int(g[f"firsty{s}"]) if g.get(f"firsty{s}") else \
            anchor.year - 1 if g.get(f"firstly{s}") else anchor.year  # "the first nine months of last year"
        if g[f"firstw{s}"].lower() == "first":
            return DateRange(dt.date(year, 1, 1), month_range(year, months).end), bool(g.get(f"firsty{s}")), None
        if not g.get(f"firsty{s}") and not g.get(f"firstly{s}") and dt.date(year, 12, 31) > anchor:
            year -= 1  # "the last three months of the year", said in January: the year just ended
        return DateRange(month_range(year, 13 - months).start, dt.date(year, 12, 31)), bool(g.get(f"firsty{s}")), None
    if g.get(f"fy{s}"):
        year = int(g.get(f"fyy{s}") or g.get(f"fyb{s}") or g[f"fyc{s}"])
        return fiscal_year(year, 9), True, None  # the U.S. federal year, unless the text says when it ends
    if g.get(f"yearonly{s}"):
        year = int(g[f"yearonly{s}"])
        if (g.get("prep") or "").lower() in ("in", "during", "throughout"):
            ctx.year_named = year  # (not "since 2019", which only starts a period)
        return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31)), True, None
    if g.get(f"half{s}"):
        return _part_of_period(g, s, ctx), bool(g.get(f"halfy{s}") or g.get(f"halfmy{s}")), None
    if g.get(f"wd{s}") or g.get(f"wdb{s}"):
        weekday = WEEKDAYS.index((g.get(f"wd{s}") or g[f"wdb{s}"]).lower())
        if anchor is None:
            return None, False, weekday
        if g.get(f"lastwk{s}"):
            # "on Tuesday last week": that weekday in the Monday-Sunday week before the anchor's
            day = anchor - dt.timedelta(days=anchor.weekday() + 7 - weekday)
            return DateRange(day, day), False, None
        if (g.get(f"prevwd{s}") or g.get(f"wdbefore{s}")) and ctx.last_day is not None:
            # "1,800 crossed on Monday, against 4,000 the previous Monday": the one before the day just named;
            # "8,314 on Saturday and 7,960 on Sunday, against 3,133 on the Saturday before": the week before the
            # same weekday named just now
            same = next((d for d in reversed(ctx.days_named) if d.weekday() == weekday
                         and 0 <= (ctx.last_day - d).days < 7), None)
            day = same - dt.timedelta(days=7) if same else last_weekday(ctx.last_day - dt.timedelta(days=1), weekday)
            return DateRange(day, day), False, None
        day = last_weekday(anchor, weekday)
        if g.get(f"lastwd{s}") and day == anchor:
            day -= dt.timedelta(days=7)  # "since last Friday", said on a Friday: the Friday a week before
        return DateRange(day, day), False, weekday
    if g.get(f"ago{s}"):
        if anchor is None:
            return None, False, None
        raw = g[f"agon{s}"].lower()
        count = int(raw) if raw.isdigit() else {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                                                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}[raw]
        unit = g[f"agou{s}"].lower().rstrip("s")
        if g[f"agod{s}"].lower() == "later":
            # "Ten days later": counted forward from the day the text has just named
            if unit != "day" or ctx.last_day is None:
                return None, False, None
            day = ctx.last_day + dt.timedelta(days=count)
            return DateRange(day, day), False, None
        shifted = _earlier_than_named(ctx.last_period, unit, count) if g[f"agod{s}"].lower() in ("earlier", "before") else None
        if shifted is not None:
            return shifted, False, None
        if unit == "day":
            day = anchor - dt.timedelta(days=count)
            return DateRange(day, day), False, None
        if unit == "week":
            monday = anchor - dt.timedelta(days=anchor.weekday() + 7 * count)
            return DateRange(monday, monday + dt.timedelta(days=6)), False, None
        return None, False, None
    if g.get(f"wkmon{s}") or g.get(f"fdmon{s}") or g.get(f"fdyr{s}") or g.get(f"fdwk{s}") or g.get(f"fdcur{s}"):
        return _part_of_month(g, s, ctx), False, None
    if g.get(f"rel{s}"):
        return _relative(g[f"rel{s}"].lower(), ctx), False, None
    return None, False, None


def years_later(day: dt.date, count: int) -> dt.date:
    """The same day `count` years on (or back, with a negative count); Feb. 29 becomes Feb. 28."""
    return _safe_date(day.year + count, day.month, day.day) or dt.date(day.year + count, day.month, day.day - 1)


def _year_earlier(period: DateRange, count: int = 1) -> Optional[DateRange]:
    if period.start is None or period.end is None:
        return None
    return DateRange(years_later(period.start, -count), years_later(period.end, -count))


def fiscal_year(year: int, last_month: int) -> DateRange:
    """The fiscal year named by the calendar year it ends in: "the 2022 fiscal year, which ended in September"
    runs from Oct. 1, 2021, to Sept. 30, 2022."""
    end = month_range(year, last_month).end
    start = dt.date(year - 1, last_month % 12 + 1, 1) if last_month != 12 else dt.date(year, 1, 1)
    return DateRange(start, end)


# "..., which ended in September", "which ended Sept. 30", "which ends on March 31": the month a fiscal year ends in
_FISCAL_END = re.compile(r",?\s+which\s+(?:ended|ends|runs\s+(?:to|through|until))\s+(?:in\s+|on\s+)?" + _f(_MON, n="mon"),
                         re.IGNORECASE)


def _earlier_than_named(period: Optional[DateRange], unit: str, count: int) -> Optional[DateRange]:
    """"3,160 crossed on Thursday, compared to 2,270 a week earlier": the Thursday before; "1,460 last week,
    against 1,130 a week earlier": the week before that one. Only a day, or a Monday-Sunday week, moves."""
    if period is None or period.start is None or period.end is None or unit not in ("day", "week", "year"):
        return None
    if unit == "year":
        # "11,320 in July, up from 8,000 a year earlier": the same stretch of the year before
        return _year_earlier(period, count)
    step = dt.timedelta(days=count * (7 if unit == "week" else 1))
    length = (period.end - period.start).days
    if length == 0 or (length == 6 and period.start.weekday() == 0 and unit == "week"):
        return DateRange(period.start - step, period.end - step)
    return None


_WORD_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "fifteen": 15, "twenty": 20}


# "over the two days", "over the same five days": a stretch of days counted back from the period's end.
_DAYS_SPANNED = re.compile(r"\b(?:over|in|during|across)\s+the\s+(same\s+|past\s+|last\s+|previous\s+|following\s+|next\s+)?"
                           r"(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+days\b", re.IGNORECASE)


@dataclass(frozen=True)
class DaysSpanned:
    days: int
    same: bool  # "the same five days": the stretch a figure before was counted over
    following: bool = False  # "over the following three days": the days after the day just named


def days_spanned(text: str) -> Optional[DaysSpanned]:
    match = _DAYS_SPANNED.search(text)
    if not match:
        return None
    raw = match.group(2).lower()
    days = int(raw) if raw.isdigit() else _WORD_DAYS[raw]
    word = (match.group(1) or "").strip().lower()
    return DaysSpanned(days, word == "same", word in ("following", "next"))


def _latest_year_of(month: int, ctx: _Context) -> Optional[int]:
    """A month named without its year is the latest one on or before the anchor."""
    if ctx.anchor is not None:
        return ctx.anchor.year if month <= ctx.anchor.month else ctx.anchor.year - 1
    return ctx.fallback_year


def _part_of_month(g: dict, s: str, ctx: _Context) -> Optional[DateRange]:
    """"the first week of August", "the first ten days of March", "the last four days of December", "the first
    ten days of 1990"."""
    if g.get(f"fdyr{s}"):
        year = int(g[f"fdyr{s}"])
        whole = DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31))
    elif g.get(f"fdcur{s}"):
        if ctx.anchor is None:
            return None  # "the first six days of the year": of the story's year or month
        year, month = ctx.anchor.year, ctx.anchor.month
        if g[f"fdw{s}"].lower() in ("last", "final"):
            # "the last ten days of the year", said in January: the year just ended
            year, month = (year - 1, month) if g[f"fdcur{s}"].lower() == "year" else (
                (year, month - 1) if month > 1 else (year - 1, 12))
        whole = DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31)) if g[f"fdcur{s}"].lower() == "year" \
            else month_range(year, month)
    elif g.get(f"fdwk{s}"):
        if ctx.anchor is None:
            return None  # "the first four days of this week": Monday on, in the anchor's week or the one before
        monday = ctx.anchor - dt.timedelta(days=ctx.anchor.weekday() + (7 if g[f"fdwk{s}"].lower() == "last" else 0))
        whole = DateRange(monday, monday + dt.timedelta(days=6))
    else:
        month = _month(g.get(f"wkmon{s}") or g.get(f"fdmon{s}"))
        year = int(g[f"fdmy{s}"]) if g.get(f"fdmy{s}") else _latest_year_of(month, ctx) if month is not None else None
        if month is None or year is None:
            return None
        whole = month_range(year, month)
    if g.get(f"fdmon{s}") or g.get(f"fdyr{s}") or g.get(f"fdwk{s}") or g.get(f"fdcur{s}"):
        raw = g[f"fdn{s}"].lower()
        days = (int(raw) if raw.isdigit() else _WORD_DAYS[raw]) * (7 if g[f"fdu{s}"].lower() == "weeks" else 1)
        if g[f"fdw{s}"].lower() in ("last", "final"):
            return DateRange(max(whole.start, whole.end - dt.timedelta(days=days - 1)), whole.end)
        return DateRange(whole.start, min(whole.end, whole.start + dt.timedelta(days=days - 1)))
    text = g[f"rel{s}"].lower()
    if "last week" in text:
        return DateRange(whole.end - dt.timedelta(days=6), whole.end)
    index = {"first": 0, "second": 1, "third": 2}[next(w for w in ("first", "second", "third") if w in text)]
    start = whole.start + dt.timedelta(days=7 * index)
    return DateRange(start, start + dt.timedelta(days=6))


def _part_of_period(g: dict, s: str, ctx: _Context) -> Optional[DateRange]:
    """"the first half of this year" (January-June), "the second half of October" (16-31),
    "the first quarter of 2023" (January-March)."""
    which = g[f"halfw{s}"].lower()
    parts = 2 if g[f"halfu{s}"].lower() == "half" else 4
    index = parts - 1 if which == "last" else ["first", "second", "third", "fourth"].index(which)
    if index >= parts:
        return None
    if g.get(f"halfm{s}"):
        month = _month(g[f"halfm{s}"])
        year = int(g[f"halfmy{s}"]) if g.get(f"halfmy{s}") else _latest_year_of(month, ctx) if month else None
        if month is None or year is None:
            return None
        whole = month_range(year, month)
        days = (whole.end - whole.start).days + 1
        first = whole.start + dt.timedelta(days=days * index // parts)
        last = whole.start + dt.timedelta(days=days * (index + 1) // parts - 1)
        return DateRange(first, last)
    if g.get(f"halfy{s}"):
        year = int(g[f"halfy{s}"])
    elif ctx.anchor is not None:
        year = ctx.anchor.year - 1 if (g.get(f"halfrel{s}") or "").lower() == "last" else ctx.anchor.year
    else:
        return None
    months = 12 // parts
    if not g.get(f"halfrel{s}") and not g.get(f"halfy{s}") and ctx.anchor is not None \
            and dt.date(year, index * months + 1, 1) > ctx.anchor:
        year -= 1  # "in the second half", said in March: of the year before
    return DateRange(dt.date(year, index * months + 1, 1), month_range(year, (index + 1) * months).end)


# The parts of a day that take the day just named (the atoms above that name no day of their own).
_DAY_PART = re.compile(rf"the (?:morning|afternoon|evening|night)|mid-(?:morning|afternoon)|dawn|daybreak|"
                       rf"(?:{_HOUR}) and (?:{_HOUR}|nightfall|dusk)", re.IGNORECASE)


def part_of_day(mention: TimeMention) -> bool:
    """Whether the mention is only a part of a day ("before dawn", "in the afternoon", "between midnight and
    noon"), which a present-tense verb makes a habit rather than a date."""
    words = re.sub(r"\s+", " ", mention.text.strip())
    words = re.sub(r"^(?:in|during|at|before|between) ", "", words, flags=re.IGNORECASE)
    return bool(_DAY_PART.fullmatch(words))


def _relative(words: str, ctx: _Context) -> Optional[DateRange]:
    anchor = ctx.anchor
    words = re.sub(r"\s+", " ", words)
    if words in ("that year", "that month", "that week") and ctx.last_day is not None:
        # "That year, 4,200 people crossed": the whole year (month, week) of the day just named
        day = ctx.last_day
        if words == "that year":
            return DateRange(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
        if words == "that month":
            return month_range(day.year, day.month)
        monday = day - dt.timedelta(days=day.weekday())
        return DateRange(monday, monday + dt.timedelta(days=6))
    if words == "the day":  # "during the day": the day just named, or the story's own
        day = ctx.last_day or anchor
        return DateRange(day, day) if day else None
    if words in ("that day", "the same day", "that same day", "then", "the same time", "its first day", "their first day",
                 "within hours") \
            or words.startswith(("that ", "later ", "the same ")) or (words.startswith("the first ") and words.endswith(" hours")) \
            or words.endswith(("hours later", "hours earlier")):
        # "since then", "that morning", "hours later": the day the text has just named
        return DateRange(ctx.last_day, ctx.last_day) if ctx.last_day else None  # "that morning" too
    if _DAY_PART.fullmatch(words):
        # "in the afternoon", "before dawn", "between midnight and noon": of the day just named, else the story's
        day = (None if ctx.last_day_is_year else ctx.last_day) or anchor
        return DateRange(day, day) if day else None
    if re.fullmatch(r"(?:the )?(?:following|next) (?:morning|afternoon|evening|night)", words):
        if ctx.last_day is None:
            return None
        day = ctx.last_day + dt.timedelta(days=1)
        return DateRange(day, day)
    if words in ("the day before", "a day earlier", "the previous day"):
        base = ctx.last_day or anchor
        if base is None:
            return None
        day = base - dt.timedelta(days=1)
        return DateRange(day, day)
    if words in ("the following day", "the next day"):
        if ctx.last_day is None:
            return None
        day = ctx.last_day + dt.timedelta(days=1)
        return DateRange(day, day)
    if anchor is None:
        return None
    if words in ("today", "tonight", "this morning", "this afternoon", "this evening", "midday", "noon", "nightfall"):
        # "by midday", "before noon": of the story's day
        return DateRange(anchor, anchor)
    if words == "yesterday":
        day = anchor - dt.timedelta(days=1)
        return DateRange(day, day)
    if words in ("the previous weekend", "previous weekend", "the weekend before"):
        # "about 900 over the weekend, against some 300 the previous weekend": the weekend before the weekend just
        # named, not before a running total's first day ("since Feb. 3") or the day of the report named earlier
        return weekend_before(ctx.last_weekend or ctx.earliest_discussed or ctx.last_day or anchor)
    if "weekend" in words:
        if "next" in words or "following" in words:
            return None
        # "Last weekend" / "over the weekend": the most recent Saturday-Sunday before the anchor
        # (a story dated Sunday speaks of that same weekend).
        if anchor.weekday() == 6:
            return DateRange(anchor - dt.timedelta(days=1), anchor)
        return weekend_before(anchor)
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if words in ("the week before", "the previous week") and ctx.earliest_discussed is not None:
        # "312 last week, down from 520 the week before": the week before the one just discussed
        start = ctx.earliest_discussed - dt.timedelta(days=ctx.earliest_discussed.weekday() + 7)
        return DateRange(start, start + dt.timedelta(days=6))
    if words in ("last week", "the last week", "the previous week", "previous week", "the past week",
                 "past week", "the week before"):
        if "past" in words:
            return DateRange(anchor - dt.timedelta(days=7), anchor)
        return DateRange(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1))
    if words in ("this week", "earlier this week"):
        end = anchor - dt.timedelta(days=1) if words.startswith("earlier") else anchor
        return DateRange(monday, max(monday, end))
    first = anchor.replace(day=1)
    if words in ("this month",):
        return DateRange(first, anchor)
    if words in ("earlier this month", "earlier in the month"):
        return DateRange(first, max(first, anchor - dt.timedelta(days=1)))
    if words in ("last month", "the last month", "the previous month", "previous month", "the past month", "past month"):
        if "past" in words:
            return DateRange(anchor - dt.timedelta(days=30), anchor)
        last = first - dt.timedelta(days=1)
        return DateRange(last.replace(day=1), last)
    if words in ("the start of the year", "the beginning of the year", "the start of this year",
                 "the beginning of this year"):
        return DateRange(dt.date(anchor.year, 1, 1), dt.date(anchor.year, 1, 1))
    if words in ("the start of the month", "the beginning of the month", "the start of this month",
                 "the beginning of this month"):
        return DateRange(anchor.replace(day=1), anchor.replace(day=1))
    if words in ("this year", "earlier this year", "earlier in the year"):
        start = dt.date(anchor.year, 1, 1)
        return DateRange(start, anchor if words == "this year" else max(start, anchor - dt.timedelta(days=1)))
    if words in ("the year before", "the previous year") and ctx.last_period is not None \
            and ctx.last_period.start and ctx.last_period.end and (ctx.last_period.end - ctx.last_period.start).days >= 360:
        # "163,876 in the 2022 fiscal year, up from 50,722 the year before": the year before the one just named
        return _year_earlier(ctx.last_period)
    if words in ("last year", "the last year", "the previous year", "previous year", "the year before"):
        return DateRange(dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31))
    return None


# "less than two weeks ago" names no day.
_SUPERLATIVES = r"\b(?:highest|largest|biggest|the most|busiest|lowest|fewest|smallest|worst|best|record|heaviest|sharpest|first\s+time)\b"
_SUPERLATIVE_BEFORE = re.compile(_SUPERLATIVES + r"[^,;.]{0,40}$", re.IGNORECASE)
# "the first deportation since the borders closed", "the first commercial flight out of the city since August 2016":
# the first of a kind, compared with the time before (where "the first 1,000 have crossed since Monday" counts, and
# "since the first group went over on Nov. 19" starts a period)
_FIRST_OF_A_KIND_BEFORE = re.compile(r"\bthe\s+first\s+(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                                     r"dozen|few|several|hundred|thousand)\b)(?:[a-z'-]+\s+){1,8}$", re.IGNORECASE)
# "the largest deployment of Canada's military at home since the Korean War": a comparison with a thing, which
# may stand further from its superlative than a date does
_COMPARED_SINCE_THE = re.compile(_SUPERLATIVES + r"[^,;.]{0,70}$", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(r"\b(?:less|more|fewer)\s+than\s+$|\b(?:about|nearly|almost|some|roughly)\s+$", re.IGNORECASE)

# "in the week to Sunday", "the 24 hours that ended at 3 a.m. on Tuesday": a span of days ending on
# the date after it (hours that end during a day reach into the day before: "the 24 hours to
# Monday" covers Sunday and Monday)
_SPAN_DAYS = {"week": 7, "fortnight": 14, "24 hours": 2, "48 hours": 3, "72 hours": 4}
_SPAN_MONTHS = {"year": 12}
# "the 10 days to Sunday", "the three weeks to Oct. 15", "the 12 months to Sept. 30": a count of days, weeks or months
_SPAN_TO = re.compile(r"\b(" + "|".join([*_SPAN_DAYS, *_SPAN_MONTHS]) + r"|(?P<count>\d{1,2}|" + "|".join(SMALL_NUMBERS)
                      + r")\s+(?P<unit>days?|weeks?|months?))"
                      r"\s+(?P<joint>(?:(?:that|which)\s+)?(?:ending|ended|up\s+to|to|until|through)\b[^;]{0,40}?)?\s*$",
                      re.IGNORECASE)


def _span_start(span: re.Match, end: dt.date) -> dt.date:
    """The first day of a span that ends on `end`: "the week to Sunday" starts the Monday before it, "the 12
    months to Sept. 30" on Oct. 1 of the year before."""
    word = span.group(1).lower()
    if span.group("count") is None:
        return _months_back(end, _SPAN_MONTHS[word]) if word in _SPAN_MONTHS \
            else end - dt.timedelta(days=_SPAN_DAYS[word] - 1)
    count = span.group("count").lower()
    n = int(count) if count.isdigit() else SMALL_NUMBERS[count]
    unit = span.group("unit").lower().rstrip("s")
    if unit == "month":
        return _months_back(end, n)
    return end - dt.timedelta(days=n * (7 if unit == "week" else 1) - 1)


def _months_back(end: dt.date, months: int) -> dt.date:
    """The first day of the `months` months that end on `end`: the day after it, that many months back."""
    after = end + dt.timedelta(days=1)
    month = after.month - months
    year = after.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, min(after.day, calendar.monthrange(year, month)[1]))

_RELATION_OF = {
    "between": "range", "from": "since", "since": "since", "by": "by", "as of": "by", "until": "until",
    "till": "until", "through": "until", "before": "before", "after": "after",
}


# A capitalised word just before a bare "May" is a first name ("Theresa May"), unless it is a word that
# opens a sentence on a month ("In May", "Last May").
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_WORDS_BEFORE_MONTHS = {"in", "by", "since", "from", "until", "till", "through", "during", "of", "last", "next", "this",
                        "early", "late", "mid", "before", "after", "throughout", "on", "and", "or", "to", "between",
                        "each", "every", "that", "for", "as"}


def find_times(text: str, anchor: Optional[dt.date], offset: int = 0,
               fallback_year: Optional[int] = None, last_day: Optional[dt.date] = None,
               last_day_is_year: bool = False) -> list[TimeMention]:
    """Every date expression in `text` (a sentence), resolved in reading order; `last_day` is the day the text
    before it named last (or the first day of a year it named alone, with `last_day_is_year`)."""
    ctx = _Context(anchor, fallback_year, last_day=last_day, last_day_is_year=last_day_is_year)
    out: list[TimeMention] = []
    consumed = 0
    for match in _EXPR.finditer(text):
        g = {k: v for k, v in match.groupdict().items() if v is not None}
        if not any(k for k in g if k != "prep") or match.start() < consumed:
            continue
        named = _NAME_BEFORE.search(text, 0, match.start()) if match.group(0) == "May" else None
        if named and named.group(1).lower() not in _WORDS_BEFORE_MONTHS:
            continue  # "Prime Minister Theresa May expelled ...": a name, not the month
        first, explicit, weekday = _resolve_atom(g, "", ctx)
        if g.get("yearonly") and re.match(r",?\s+when\b", text[match.end():]):
            ctx.year_named = int(g["yearonly"])  # "since 2001, when ... expelled about 50 diplomats in March": 2001's
        year_written = any(k.startswith(("year", "dyear")) for k in g)
        if g.get("fy") and (ending := _FISCAL_END.match(text, match.end())):
            first = fiscal_year(first.end.year, _month(ending.group("mon")))  # type: ignore[union-attr,arg-type]
            consumed = ending.end()  # "which ended Sept. 30" says when the year ended, dates no figure
        if g.get("lastyear1") and first is not None and anchor is not None \
                and not any(k.startswith(("year", "dyear")) and not k.endswith("2") for k in g):
            first = _in_year(first, anchor.year - 1)
        last_year = _LAST_YEAR_AFTER.match(text, match.end())
        if last_year and first is not None and anchor is not None and not year_written:
            # "in September last year", "on Nov. 16 last year": that day or month a year before the anchor's
            first = _in_year(first, anchor.year - 1)
            consumed = last_year.end()
            if first.start is not None:
                ctx.dated = first.start  # and the yearless days after it in the sentence are of that year too
        this_year = _THIS_YEAR_AFTER.match(text, match.end())
        if this_year and any(k.startswith(("mon", "dmon")) for k in g):
            consumed = this_year.end()  # "Between January and September this year": the months are this year's
            if first is not None and anchor is not None and not year_written and first.start is not None \
                    and first.start.year != anchor.year:
                # "closed it on Jan. 31, 2020, and reopened it on April 5 this year": not 2020's April
                first = _in_year(first, anchor.year)
        that_year = _THAT_YEAR_AFTER.match(text, match.end())
        years_before = years_in(text[:match.start()]) if that_year else []
        if years_before and first is not None and not year_written and any(k.startswith(("mon", "dmon")) for k in g):
            # "during a crisis in late 2015, when Nicaragua closed its border in November of that year"
            first = _in_year(first, years_before[-1])
            consumed = that_year.end()
        if _overnight(g.get("rel") or ""):
            continue  # "a curfew between 7 p.m. and 6 a.m.": the hours of every night, no day of their own
        if first is not None and _DAY_PART.fullmatch(re.sub(r"\s+", " ", g.get("rel") or "")) \
                and any(t.start == t.end == first.start for t in out):
            continue  # "On Tuesday, agents detained 47 who waded ashore before dawn": the day is told already
        relation = _RELATION_OF.get((g.get("prep") or "").lower(), "at")
        if relation in ("after", "before") and _CLOCK.search(match.group()):
            relation = "at"  # "shortly after 3 a.m. on Thursday": on Thursday
        has_second = any(k.endswith("2") for k in g)
        start_char, end_char = match.start(), match.end()
        if has_second:
            second, explicit2, _ = _resolve_atom(g, "2", ctx)
            written = {k.endswith("2") for k in g if k.startswith(("year", "dyear"))}
            if first and second and first.start and second.end and written == {True} \
                    and any(k in g for k in ("mon", "dmon", "monb", "monc")):
                # "between April and December 2015": the first month is of the year the second names (of the
                # year before when it comes later in the calendar: "between November and February 2016")
                first = _in_year(first, second.end.year - ((first.start.month, first.start.day)
                                                           > (second.end.month, second.end.day)))
            if first and second and second.end and weekday is not None and g.get("wd2") and "mon2" in g \
                    and WEEKDAYS.index(g["wd2"].lower()) == second.end.weekday():
                # "on Saturday and Sunday, April 3 and 4": the second day, named in full, places the first weekday
                # just before it
                day = second.end - dt.timedelta(days=(second.end.weekday() - weekday) % 7)
                first = DateRange(day, day)
            elif first and second and ("mon2" in g or "dmon2" in g or "monc2" in g) \
                    and not any(k.startswith(("year", "dyear")) and k.endswith("2") for k in g):
                # "from Friday until Dec. 20" said in September: the coming December
                second = _after_start(second, first.start)
            # "Sept. 28 and 29" is parsed as one atom; a second atom without a month borrows the first's.
            if first and second and second.end and first.start and second.end < first.start \
                    and weekday is not None and second.end >= first.start - dt.timedelta(days=7):
                # "from Monday to Thursday" said on a Wednesday: the Monday before that Thursday
                first = DateRange(first.start - dt.timedelta(days=7), first.end - dt.timedelta(days=7) if first.end else None)
            if first and second and second.end and first.start and second.end >= first.start:
                period = DateRange(first.start, second.end)
                relation = "range" if relation in ("at", "range", "since") else relation
                explicit = explicit or explicit2
                weekday = None
            else:
                period = first
        else:
            period = first
        if relation == "since" and (_SUPERLATIVE_BEFORE.search(text, 0, start_char) or (
                text[start_char:end_char].lower().startswith("since")
                and _FIRST_OF_A_KIND_BEFORE.search(text, 0, start_char))):
            # "the highest monthly figure since 2002", "the busiest day since January": a comparison, not the period
            period = None
        if _HEDGE_BEFORE.search(text, 0, start_char) or (
                match.group(0).lower().endswith("same day") and _DEFINED_AFTER.match(text, end_char)
                and text[:start_char].strip()  # "On the same day Ecuador sent ...": the sentence's own time
                and not _SAID_BEFORE.search(text, 0, start_char)):  # "said the same day that it had granted him asylum"
            # "came into force on the same day Pakistan began deporting": the day of what follows, not the last one named
            period = None
        if ((g.get("rel") and match.group(0).lower().endswith("same day"))
                or (weekday is not None and text[:start_char].lower().endswith("same "))) \
                and _SHIFTED_AFTER.match(text, end_char):
            # "against 190 on the same day a week earlier", "9,500 on the same Sunday a week earlier": the day
            # the shift after it names
            continue
        if out and g.get("rel") and not out[-1].vague and text[out[-1].end_char - offset:start_char].strip() == ",":
            # "Since Aug. 14, the day before the Taliban swept in": the apposition describes that date
            continue
        span_to = _SPAN_TO.search(text, 0, start_char)
        if span_to and not span_to.group("joint") and (g.get("prep") or "").lower() not in ("to", "through", "until"):
            span_to = None  # "the week before Monday" is not a span ending on Monday
        if span_to and period is not None and period.end is not None:
            # "in the week to Sunday", "the 24 hours that ended ... on Tuesday": the days that end on that day
            period = DateRange(_span_start(span_to, period.end), period.end)
            relation = "range"
        if period is None:
            out.append(TimeMention(offset + start_char, offset + end_char, match.group(0), relation,
                                   None, None, explicit, weekday, vague=True))
            continue
        if (g.get("prep") or "").lower() == "since" and anchor is not None and period.start is not None \
                and period.start > anchor and not year_written:
            # "have crossed since Nov. 12" in a story of October: the November before, never one to come
            period = _in_year(period, period.start.year - 1)
        if relation == "until" and not year_written:
            period = _after_start(period, next((t.start for t in reversed(out) if t.start is not None and not t.vague), None),
                                  by_weekday=weekday is not None and not explicit)
        bounded = _bounded(relation, period)
        ctx.note(period)
        out.append(TimeMention(offset + start_char, offset + end_char, match.group(0), relation,
                               bounded.start, bounded.end, explicit, weekday))
    return out


def _hour_of(words: str) -> Optional[float]:
    """The hour of the day an hour names ("6:45 p.m." is 18.75, "noon" 12), None for other words."""
    words = words.lower()
    fixed = {"midnight": 0.0, "dawn": 6.0, "noon": 12.0, "midday": 12.0, "dusk": 19.0, "nightfall": 19.0}
    if words in fixed:
        return fixed[words]
    m = re.fullmatch(r"(\d{1,2})(?::(\d\d))?\s*([ap])\.m\.", words)
    if not m:
        return None
    return int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0) + int(m.group(2) or 0) / 60


def _overnight(words: str) -> bool:
    """Whether "HOUR and HOUR" spans a night ("7 p.m. and 6 a.m."), where "midnight and noon" is a day's."""
    hours = [_hour_of(w) for w in re.split(r"\s+and\s+", words.strip())]
    return len(hours) == 2 and None not in hours and hours[1] <= hours[0]  # type: ignore[operator]


# What makes "the same day" a day the clause after it defines: "the same day (that|when|as) ...",
# "the same day Pakistan began ...", "the same day the army ...".
_DEFINED_AFTER = re.compile(r"\s+(?:that|when|as|it|they|he|she|the|its|their|[A-Z]\w*)\b")
# "the same day a week earlier": the same day of another week
_SHIFTED_AFTER = re.compile(r"\s+(?:a|one|two|three|\d+)\s+(?:weeks?|months?|years?)\s+(?:earlier|before|ago)\b", re.IGNORECASE)
# A saying just before "the same day": what follows it is what was said, not the day's definition.
_SAID_BEFORE = re.compile(r"\b(?:said|announced|added|stated|confirmed|declared|reported)\s+$", re.IGNORECASE)
_CLOCK = re.compile(r"\d(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:midnight|noon|midday|dawn|daybreak|dusk|sunrise|sunset|nightfall|dark)\b",
                    re.IGNORECASE)
_THIS_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?this\s+year\b", re.IGNORECASE)
# "in November of that year", "on May 3 the same year": the year the sentence named before.
_THAT_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
# "September last year", "Nov. 16 of last year": a month or day placed in the previous year.
_LAST_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?last\s+year\b", re.IGNORECASE)


def _after_start(period: DateRange, start: Optional[dt.date], by_weekday: bool = False) -> DateRange:
    """An "until" day without its year that falls before a start just given runs on into the next year:
    "reopened the crossing on Aug. 15 for three months, until Nov. 15", said in August; a weekday alone runs
    on to that weekday after the start: "imposed a curfew on Wednesday ... until Sunday"."""
    if start is None or period.end is None or period.end >= start or (start - period.end).days >= 365:
        return period
    if by_weekday:
        day = next_weekday(start, period.end.weekday())
        return DateRange(period.start and day, day)
    return _in_year(period, period.end.year + 1)


def _in_year(period: DateRange, year: int) -> DateRange:
    def moved(day: Optional[dt.date]) -> Optional[dt.date]:
        # ("in February last year", said in a leap year: to the 28th of that February)
        return years_later(day, year - day.year) if day is not None else None
    return DateRange(moved(period.start), moved(period.end))


def _bounded(relation: str, period: DateRange) -> DateRange:
    if relation == "by" or relation == "until":
        return DateRange(None, period.end)
    if relation == "since":
        return DateRange(period.start, None)
    if relation == "before":
        return DateRange(None, period.start - dt.timedelta(days=1) if period.start else None)
    if relation == "after":
        return DateRange(period.end + dt.timedelta(days=1) if period.end else None, None)
    return period


@functools.lru_cache(maxsize=2048)
def parse_explicit(text: str, anchor: Optional[dt.date]) -> Optional[dt.date]:
    """A date written in a format the patterns do not cover, through dateparser."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time())
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


# A year written in digits, not part of a bigger number ("1,998", "19980")
YEAR_MENTION = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?!\d|,\d)")


def years_in(text: str) -> list[int]:
    return [int(y) for y in YEAR_MENTION.findall(text)]


def governing_verb(doc, time: "TimeMention"):
    """The verb (or auxiliary) a date expression hangs from in the parse, or the top of its phrase.

    The one place that decides which clause a date belongs to, for movements, events and the
    "since" reading alike.
    """
    span = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


def date_words(doc, time: "TimeMention"):
    """The tokens of the date itself, without the preposition and article the pattern took with it
    ("by the Feb. 6" -> "Feb. 6"), or None when the text does not align with tokens."""
    span = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
    words = [t.i for t in span if t.pos_ not in ("ADP", "DET")] if span is not None else []
    return doc[words[0]:span.end] if words else None


# Nouns for the event a story's "since the war began" points to.
CONFLICT_NOUNS = {"war", "invasion", "conflict", "fighting", "offensive"}


def conflict_named(doc, times: list["TimeMention"]) -> Optional[dt.date]:
    """The day a date names a conflict by: "after Russia's Feb. 24 invasion"."""
    for time in times:
        words = date_words(doc, time) if time.explicit and time.single_day else None
        if words is not None and words.root.dep_ in ("compound", "nmod", "amod") \
                and words.root.head.lemma_.lower() in CONFLICT_NOUNS:
            return time.single_day
    return None


def period(time: Optional[TimeMention], times: list[TimeMention]) -> tuple[Optional[dt.date], Optional[dt.date]]:
    """The days a figure dated by `time` covers, read with the other dates of its sentence:
    "since Aug. 25 as of Wednesday" runs from Aug. 25 to Wednesday."""
    if time is None:
        return None, None
    start, end = time.start, time.end
    if time.relation == "by":
        # "since Aug. 25 as of Wednesday", "so far this year ... as of Wednesday"
        since = next((t for t in times if t.relation == "since"), None) or next(
            (t for t in times if t.relation == "at" and re.search(r"\bthis (year|month|week)\b", t.text, re.I)), None)
        start = since.start if since else None
    elif time.relation == "since":
        until = next((t for t in times if t.relation == "by"), None)
        end = until.end if until else None
    return start, end


# "since the war began", "since the start of the invasion": the period starts when the story
# said the conflict did.
_CONFLICTS = "|".join(sorted(CONFLICT_NOUNS))
_CONFLICT_START = re.compile(
    rf"\bsince (?:the )?(?:start|beginning|outbreak|onset|(?:first|opening) day) of (?:the )?(?:{_CONFLICTS})"
    rf"|\bsince the (?:{_CONFLICTS}) (?:began|started|broke out)",
    re.IGNORECASE)
# "on the first day of the invasion", "on the day the war began": that day itself.
_CONFLICT_DAY = re.compile(
    rf"\bon the (?:first|opening) day of (?:the )?(?:{_CONFLICTS})"
    rf"|\bon the day (?:the )?(?:{_CONFLICTS}) (?:began|started|broke out)",
    re.IGNORECASE)


# The second end of "from 7 p.m. on Wednesday to 7 a.m. on Friday", which a clock time split from the first.
_TO_A_TIME = re.compile(r"(?:to|until|till)\b", re.IGNORECASE)
# What may stand between the two ends of "between 6 a.m. Saturday and 6 a.m. Sunday".
_RANGE_JOIN = re.compile(
    r"\band\s*(?:(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|midnight|noon|dawn|dusk)\s*(?:on\s+)?)?$",
    re.IGNORECASE)


# Verbs that start something on the day they are dated by: "launched the operation on Sept. 25", "a
# campaign that began on Nov. 1", "the camp opened on Oct. 16", "the emergency took effect on April 27".
_BEGINNING_VERBS = {"begin", "start", "launch", "open", "reopen", "take", "erupt", "break", "declare", "impose",
                    "order", "announce", "introduce", "sign", "strike", "hit"}
# Verbs that shut something: "shut the bridge on Sept. 13" dates "since the crossings were shut", never
# "since the bridge reopened".
_CLOSING_VERBS = {"shut", "close", "seal"}
_CLOSED = ":closed"
# Verbs whose own noun is the thing started: "ordered foreigners on July 6 to leave" ... "since the order".
_NAMING_VERBS = {"order", "ban", "decree"}
# What a story later calls the deed of a verb: "fighters overran the town on Jan. 3" ... "since the attack",
# "Nigeria handed the territory to Cameroon on Thursday" ... "since the handover", "shut the border on March 1"
# ... "since the closure".
_VERB_EVENTS = {"overrun": "attack", "storm": "attack", "attack": "attack", "raid": "raid", "invade": "invasion",
                # "gunmen shot dead a police officer near Arroyito on Wednesday" ... "since the attack"
                "ambush": "attack", "shoot": "attack", "massacre": "massacre", "bomb": "bombing", "explode": "blast",
                "overthrow": "coup", "topple": "coup", "depose": "coup", "oust": "coup",
                "hand": "handover", "deploy": "deployment", "reopen": "reopening", "resume": "resumption",
                "shut": "closure", "close": "closure", "seal": "closure"}
# "since the drive began", "since the camp opened", "since the emergency took effect", "since the attack",
# "since the peace deal", "since the crossings were shut"
_SINCE_THE = re.compile(r"\bsince the (?:[a-z]+ )??(?P<noun>[a-z]+)\b(?=\s*(?:began|started|opened|reopened|took effect|"
                        r"came into force|went up|came down|(?:(?:was|were) )?(?P<closed>shut|closed|sealed)|"
                        r"was (?:launched|announced|imposed|ordered|declared|opened|issued|signed)|erupted|broke out|[,.;]|$))",
                        re.IGNORECASE)
# "on Thursday, the day the clashes began": the day names what began on it
_THE_DAY_OF = re.compile(r"^,?\s*the day (?:(?:that |when )?(?:the )?(?P<noun>[a-z]+) (?:began|started|broke out|erupted)"
                         r"|of the (?P<of>[a-z]+))", re.IGNORECASE)


def since_thing(text: str) -> Optional[str]:
    """The noun of a "since the drive began" the sentence dates nothing else by ("crossing:closed" for
    "since the crossings were shut")."""
    match = next(_since_the(text), None)
    return _since_key(match) if match else None


def _since_the(text: str):
    """The "since the drive began" phrases of a text, but for comparisons ("the most in any month since the
    pandemic began"), which date no period."""
    return (match for match in _SINCE_THE.finditer(text) if not _COMPARED_SINCE_THE.search(text, 0, match.start()))


def _since_key(match: re.Match) -> str:
    noun = match.group("noun").lower()
    return noun + _CLOSED if match.group("closed") else noun


def beginnings(sent, times: list[TimeMention]) -> dict[str, dt.date]:
    """The things a sentence dates the start of, by their noun: "launched Operation Transparency on Sept. 25"
    gives operation -> Sept. 25, for a later "since the operation began"; what it dates the shutting of
    carries a mark ("crossing:closed")."""
    found: dict[str, dt.date] = {}
    doc = sent.doc
    for time in times:
        # "since the ceasefire signed on April 4, 2002": the day inside the "since" clause is the one it names
        day = time.single_day if time.relation == "at" else time.start if time.relation == "since" else None
        if day is None:
            continue
        named = _THE_DAY_OF.match(text_of(doc)[time.end_char:time.end_char + 80])
        if named:
            # "on Thursday, the day the clashes began", "On Thursday, the day of the handover ceremony"
            found.setdefault((named.group("noun") or named.group("of")).lower(), day)
        told_of = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
        before = told_of.start - 1 if told_of is not None else -1
        while before > 0 and doc[before].lower_ in ("on", "early", "late", "in", "at"):
            before -= 1
        if before >= 0 and doc[before].pos_ == "NOUN" and doc[before].lemma_.lower() in _EVENT_STARTS:
            # "in the hours after the blast early on Monday", however the parser hangs the day
            found.setdefault(doc[before].lemma_.lower(), day)
        verb = governing_verb(doc, time)
        lemma = verb.lemma_.lower() if verb is not None else ""
        if lemma in _VERB_EVENTS:
            found.setdefault(_VERB_EVENTS[lemma], day)
        if lemma not in _BEGINNING_VERBS | _CLOSING_VERBS:
            continue
        mark = _CLOSED if lemma in _CLOSING_VERBS else ""
        if lemma in _NAMING_VERBS:
            found.setdefault(lemma, day)
        things = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN")]
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            things.append(verb.head)  # "a campaign that began on Nov. 1, 2023"
        things += [c for t in list(things) for c in t.children if c.dep_ == "conj"]  # "the bridge and four ... points"
        # "Operation Transparency", "Bardarash, a camp north of Mosul", "a state of emergency": the words that
        # name what started
        things += [c for t in list(things) for c in t.children if c.dep_ in ("compound", "appos")]
        things += [g for t in list(things) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   and t.lemma_.lower() == "state" for g in c.children if g.dep_ == "pobj"]
        for thing in things:
            found.setdefault(thing.lemma_.lower() + mark, day)
            found.setdefault(thing.lower_ + mark, day)
    for time in times:
        # "since the Jan. 12 quake", "the Aug. 30 coup": a day that names an event starts it
        span = doc.char_span(time.start_char, time.end_char, alignment_mode="expand") if time.explicit else None
        # the day named, also in "after the Jan. 12 earthquake" (which starts the day after) and "before ..."
        day = {"after": time.start and time.start - dt.timedelta(days=1),
               "before": time.end and time.end + dt.timedelta(days=1)}.get(time.relation, time.start)
        if span is None or day is None:
            continue
        before = span.start - (0 if span[0].lower_ == "on" else 1)  # the pattern may have taken the "on"
        if before >= 1 and doc[before].lower_ == "on" and doc[before - 1].lemma_.lower() in _EVENT_STARTS:
            found.setdefault(doc[before - 1].lemma_.lower(), day)  # "died in the riot on Nov. 16"
        if span.end >= len(doc):
            continue
        noun = doc[span.end]
        while noun.dep_ in ("amod", "compound") and noun.head.i > noun.i:
            noun = noun.head  # "the disputed Aug. 9 presidential election"
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _EVENT_STARTS and any(t.head.i == noun.i for t in span):
            found.setdefault(noun.lemma_.lower(), day)
    return found


# Events whose day a story names once and later counts from ("since the quake"); the nouns of a kind stand
# for one another ("the Jan. 12 quake" ... "since the disaster", "the ceasefire signed on April 4" ... "since
# the peace deal", "the day the clashes began" ... "since the fighting began").
_DISASTERS = frozenset({"disaster", "quake", "earthquake", "tsunami", "cyclone", "hurricane", "typhoon", "storm",
                        "flood", "floods", "flooding", "eruption", "landslide"})
_ACCORDS = frozenset({"deal", "agreement", "accord", "ceasefire", "truce", "pact", "treaty"})
# (an attack is told as violence too: "The violence began on May 11" ... "since the attacks began")
_HOSTILITIES = frozenset(CONFLICT_NOUNS | {"clash", "clashes", "hostilities", "violence", "attack", "attacks",
                                          "assault", "storming", "ambush", "massacre", "bombing", "killings"})
_OPERATIONS = frozenset({"operation", "crackdown", "drive", "campaign", "sweep", "raid", "raids", "roundup", "roundups"})
_ELECTIONS = frozenset({"election", "vote", "runoff", "poll", "polls", "ballot", "referendum"})
_KINDS = (_DISASTERS, _ACCORDS, _HOSTILITIES, _OPERATIONS, _ELECTIONS)
_EVENT_STARTS = _DISASTERS | _ELECTIONS | {"coup", "attack", "invasion", "offensive", "uprising", "massacre",
                                          "bombing", "strike", "takeover", "riot", "riots", "clashes", "blast",
                                          "explosion", "ambush"}
# Nouns of a "since the summer" that are times, never an event the story dated.
_TIME_NOUNS = frozenset({"summer", "winter", "spring", "autumn", "fall", "weekend", "start", "beginning", "end",
                         "middle", "morning", "evening", "night", "day", "week", "month", "year", "turn", "time"})


def started_day(started: dict[str, dt.date], noun: str, story_since: Optional[dt.date] = None) -> Optional[dt.date]:
    """The day the story said `noun` began ("since the disaster": the day of the quake it named), else the
    day the story counts from (`story_since`, its first "since <day>"): a story that opens "have fled since
    Boko Haram fighters overran the town on Jan. 3" means that day by a later "since the attack"."""
    day = started.get(noun)
    bare, mark = noun.removesuffix(_CLOSED), _CLOSED if noun.endswith(_CLOSED) else ""
    if day is None and bare.endswith("s"):
        day = started.get(bare[:-1] + mark)  # "since the crossings were shut" after "shut ... four crossing points"
    kind = next((k for k in _KINDS if noun in k), None)
    if day is None and kind is not None:
        # the first of its kind the story dated, in the order it told them (not a set's order, which varies by run)
        day = next((day for thing, day in started.items() if thing in kind), None)
    if day is None and bare in _TIME_NOUNS:
        return None
    return day or story_since


def names_a_day(time: TimeMention) -> bool:
    """Whether a date gives a day, not only a month or a year ("since Jan. 3", "since Monday")."""
    return time.start is not None and (time.weekday is not None or bool(
        re.search(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\b|\b(?:{'|'.join(WEEKDAYS)})\b", time.text, re.I)))


def _inside_since(doc, time: TimeMention) -> bool:
    """"since fighting between the army and the RSF erupted on April 15", "since the attack on March 22": a day
    inside a "since" phrase, however the parser hung the phrase, is where the period starts."""
    span = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
    if span is None:
        return False
    below = span.root
    for ancestor in span.root.ancestors:
        if ancestor.lower_ == "since" and ancestor.i < span.start:
            return True
        for since in (c for c in ancestor.children if c.lower_ == "since" and c.i < span.start):
            # "since" marking the clause, or a "since" phrase the clause runs straight on from
            # ("since fighting between the army and the RSF | erupted on April 15")
            if since.dep_ == "mark" or (since.dep_ == "prep" and below.left_edge.i == since.right_edge.i + 1):
                return True
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "relcl", "advcl", "pcomp", "xcomp"):
            return False
        below = ancestor
    return False


def attach_to_clauses(sent, times: list[TimeMention], conflict_start: Optional[dt.date],
                      started: Optional[dict[str, dt.date]] = None,
                      story_since: Optional[dt.date] = None) -> list[TimeMention]:
    """Read each date with the clause around it.

    - A date inside a clause opened by "since" starts a period ("since Russian troops crossed
      the border on Feb. 24").
    - "between 21 September, the day ..., and Sunday" is one range, whatever stands between.
    - "since the war began" starts on the day the story gave for the conflict's start, and
      "on the first day of the invasion" is that day.
    """
    doc = sent.doc
    out: list[TimeMention] = []
    for time in times:
        verb = governing_verb(doc, time) if time.relation == "at" and time.start is not None else None
        if verb is not None and _inside_since(doc, time):
            if _SUPERLATIVE_BEFORE.search(text_of(doc), 0, time.start_char):
                # "the highest figure since the counts began in February": a comparison, not the period
                time = replace(time, start=None, end=None, vague=True)
            else:
                time = replace(time, relation="since", end=None)
        out.append(time)
    merged: list[TimeMention] = []
    skip: set[int] = set()
    for i, time in enumerate(out):
        if i in skip:
            continue
        if time.text.lower().startswith("between") and time.start is not None and time.start == time.end \
                and " and " not in time.text.lower():
            for j in range(i + 1, len(out)):
                later = out[j]
                gap = text_of(doc)[time.end_char:later.start_char]
                if _RANGE_JOIN.search(gap) and later.end is not None and later.end >= time.start:
                    time = replace(time, end=later.end or later.start, relation="range",
                                   end_char=later.end_char, text=text_of(doc)[time.start_char:later.end_char])
                    skip.add(j)
                    break
        if time.relation == "since" and time.start is not None and i + 1 < len(out) and i + 1 not in skip:
            # "from 7 p.m. on Wednesday to 7 a.m. on Friday": one span, though a clock time split it in two
            later = out[i + 1]
            if not text_of(doc)[time.end_char:later.start_char].strip() and _TO_A_TIME.match(later.text) \
                    and later.end is not None and later.end >= time.start:
                time = replace(time, end=later.end, relation="range", end_char=later.end_char,
                               text=text_of(doc)[time.start_char:later.end_char])
                skip.add(i + 1)
        previous = merged[-1] if merged else None
        if previous is not None and previous.start is not None and previous.end is not None and time.start is not None \
                and time.end is not None and previous.start.day == 1 and time.start == previous.end + dt.timedelta(days=1) \
                and (previous.end + dt.timedelta(days=1)).day == 1 \
                and text_of(doc)[previous.end_char:time.start_char].strip() == ",":
            # "In January, February and March, 61,300 left": one span of the months listed
            merged[-1] = replace(previous, end=time.end, relation="range", end_char=time.end_char,
                                 text=text_of(doc)[previous.start_char:time.end_char])
            continue
        merged.append(time)
    if conflict_start is not None and not any(t.relation == "since" for t in merged):
        for match in _CONFLICT_START.finditer(sent.text):
            merged.append(TimeMention(sent.start_char + match.start(), sent.start_char + match.end(),
                                      match.group(0), "since", conflict_start, None, False))
    if (started or story_since) and not any(t.relation == "since" for t in merged):
        # "since the drive began", with the drive's first day told before
        for match in _since_the(sent.text):
            day = started_day(started or {}, _since_key(match), story_since)
            if day is not None:
                merged.append(TimeMention(sent.start_char + match.start(), sent.start_char + match.end(),
                                          match.group(0), "since", day, None, False))
                break
    if conflict_start is not None:
        for match in _CONFLICT_DAY.finditer(sent.text):
            merged.append(TimeMention(sent.start_char + match.start(), sent.start_char + match.end(),
                                      match.group(0), "at", conflict_start, conflict_start, False))
    for match in _DAY_OF_THING.finditer(sent.text) if started else ():
        day = _day_of_thing(match, started)
        start_char = sent.start_char + match.start()
        if day is not None and not any(t.start_char <= start_char <= t.end_char + 2 for t in merged):
            merged.append(TimeMention(start_char, sent.start_char + match.end(), match.group(0), "at", day, day, False))
    return sorted(merged, key=lambda t: t.start_char)


# "closed its borders on polling day", "on the day of the coup", "on the night of the attacks", "the day it
# seized power": the day of an event the story has dated before ("the April 24 election", "the Sept. 5 coup")
_DAY_OF_THING = re.compile(
    r"\bthe (?P<part>day|night|morning|evening|eve) of the (?:[a-z]+ )??(?P<noun>[a-z]+)\b"
    r"|\b(?P<poll>polling|election|voting) day\b"
    r"|\bthe day (?:it|he|they|the (?:junta|army|military|soldiers|officers)) (?P<power>seized|took|grabbed) power\b",
    re.IGNORECASE)


def _day_of_thing(match: re.Match, started: dict[str, dt.date]) -> Optional[dt.date]:
    noun = "election" if match.group("poll") else "coup" if match.group("power") else match.group("noun").lower()
    if noun in _TIME_NOUNS:
        return None
    day = started_day(started, noun)
    if day is not None and (match.group("part") or "").lower() == "eve":
        return day - dt.timedelta(days=1)
    return day
