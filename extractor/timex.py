"""TIMEX3 tagging: temporal expressions in plain text with TimeML type and value.

The TimeML view of a date expression (`type` DATE/TIME/DURATION/SET, `value` such as
"1998-08-07", "1998-W31", "1989-Q3", "P3D", "PRESENT_REF") beside the day ranges of
`temporal.py`, which the extractor uses. Both read weekdays, months and years with the same
helpers (`temporal.last_weekday`, `temporal._MONTH_NAMES`); what differs is the output TimeML
asks for. Relative expressions resolve against the document creation time (DCT); a weekday
in a sentence about the future ("will meet on Thursday") is the next such day, otherwise the
most recent one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Optional

from .temporal import WEEKDAYS, _MONTH_NAMES, DateRange, last_weekday, month_range, parse_explicit

_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "several": "X", "few": "X", "many": "X",
    "couple": 2, "half": 0.5, "dozen": 12,
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_UNITS = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
          "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "DE"),
          "century": ("", "CE"), "quarter": ("", "Q"), "weekend": ("", "WE")}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# Words that put a date ahead of the clause's own time: modals, planning verbs, "as soon as"
_MODALS = {"will", "'ll", "shall", "wo", "would", "might", "may", "should", "must"}  # not "could": past ability
_PLANS = {"plan", "schedule", "expect", "intend", "prepare", "due", "hope", "aim"}
_DEFERRALS = {"postpone", "delay", "defer", "reschedule", "adjourn", "extend", "give"}
_AHEAD = re.compile(r"\bas (?:soon|early) as$|\bno later than$|\bahead of$")
_SINCE = re.compile(r"\bsince$")
_UNTIL = re.compile(r"\b(?:until|till|to|through)$")  # "postponed until", "extended to"
_FUTURE = re.compile(r"\b(will|'ll|shall|is to|are to|scheduled|due to|plans? to|expected to|going to)\b", re.I)

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON = (r"(?:january|february|march|april|(?-i:May)|june|july|august|september|october|november|december|"
        r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)")
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|several|few|couple of)"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_SPELLED_YEAR = (rf"nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:{_ONES}))?"
                 rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                 rf"|two thousand(?:\s+and)?(?:[\s-]+(?:{_ONES}|ten))?")
_YEAR = rf"(?:(?:19|20)\d\d|{_SPELLED_YEAR})"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    range: Optional[DateRange] = None  # for dates: the inclusive days the value covers


@dataclass(frozen=True)
class _Context:
    dct: dt.date
    tense: Optional[str] = None  # "past" | "future" | None: how the clause of the expression speaks
    reference: Optional[DateRange] = None  # the last date the text mentioned: what "that day" points back to

    @property
    def future(self) -> bool:
        return self.tense == "future"


def _year_number(text: str) -> int:
    """1998 from "1998", "nineteen ninety-eight" or "two thousand"."""
    if text.isdigit():
        return int(text)
    words = re.split(r"[\s-]+", text.lower().replace(" and", ""))
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_n(w) for w in words[2:])
    tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
    return 1900 + sum(tens.get(w) or _n(w) for w in words[1:])


def _n(word: str):
    word = word.lower().replace("couple of", "couple")
    if word.isdigit():
        return int(word)
    return _NUM_WORDS.get(word, "X")


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"  # ISO 8601, as TIMEX3 asks (TBAQ writes both "W08" and "W7")


def _weekday(name: str, ctx: _Context) -> dt.date:
    weekday = WEEKDAYS.index(name.lower())
    if ctx.future:
        ahead = (weekday - ctx.dct.weekday()) % 7
        return ctx.dct + dt.timedelta(days=ahead)
    return last_weekday(ctx.dct, weekday)


def _nearest_year(month: int, day: int, ctx: _Context) -> int:
    """The year of a yearless date: the last one before the DCT in a past-tense clause ("stepped
    down in March"), the next one after it in a future clause; otherwise the one nearest the
    DCT, where news looks back more than ahead, so a future date counts half again as far."""
    def date_in(year: int) -> dt.date:
        return dt.date(year, month, min(day, 28))
    if ctx.tense == "past":  # a few days' slack: wires date a story by the morning after
        return ctx.dct.year if date_in(ctx.dct.year) <= ctx.dct + dt.timedelta(days=7) else ctx.dct.year - 1
    if ctx.tense == "future":
        return ctx.dct.year if date_in(ctx.dct.year) >= ctx.dct else ctx.dct.year + 1

    def distance(year: int) -> float:
        try:
            days = (dt.date(year, month, min(day, 28)) - ctx.dct).days
        except ValueError:
            return float("inf")
        return days * (1.0 if ctx.future else 1.5) if days > 0 else -days * (1.5 if ctx.future else 1.0)
    return min((ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1), key=distance)


def _weekend_of(ctx: _Context) -> dt.date:
    """A day in "the weekend" of a story: the coming one when the clause looks ahead or the story
    is dated on a weekend, otherwise the one just past."""
    if ctx.future or ctx.dct.weekday() >= 5:
        return ctx.dct
    return ctx.dct - dt.timedelta(days=ctx.dct.weekday() + 1)


def _month_year(month: int, ctx: _Context) -> int:
    return _nearest_year(month, 15, ctx)


def _day(d: dt.date, kind: str = "DATE", suffix: str = "") -> tuple[str, str, Optional[DateRange]]:
    return kind, d.isoformat() + suffix, DateRange(d, d)


Handler = Callable[[re.Match, _Context], Optional[tuple[str, str, Optional[DateRange]]]]
_RULES: list[tuple[str, Handler]] = []


def rule(pattern: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _RULES.append((pattern, handler))
        return handler
    return register


@rule(rf"(?P<wd>{_WD}),?\s+(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>(?:19|20)\d\d))?")
@rule(rf"(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?(?!\d)")
@rule(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MON})(?:,?\s+(?P<y>(?:19|20)\d\d))?")
def _month_day(m: re.Match, ctx: _Context):
    month = _MONTH_NAMES[m.group("mon").lower().rstrip(".")]
    day = int(m.group("d"))
    year = int(m.group("y")) if m.group("y") else _nearest_year(month, day, ctx)
    try:
        return _day(dt.date(year, month, day))
    except ValueError:
        return None


@rule(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)")
def _iso(m: re.Match, ctx: _Context):
    try:
        return _day(dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
    except ValueError:
        return None


@rule(r"(?P<numeric>[0-3]?\d[/.][0-3]?\d[/.](?:19|20)?\d\d)(?![\d/])")
def _numeric_date(m: re.Match, ctx: _Context):
    # Numeric dates come in many orders; dateparser knows them, with the DCT as its base.
    parsed = parse_explicit(m.group("numeric"), ctx.dct)
    return _day(parsed) if parsed else None


@rule(rf"(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
      rf"(?:\s+(?:[A-Z]{{3}},?\s+)?(?:on\s+)?(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?!\d))?")
def _clock(m: re.Match, ctx: _Context):
    """"10:35 a.m." on the DCT, or on the date that follows: "until 5 p.m. EST Nov. 9"."""
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
    minute = int(m.group("mi") or 0)
    day = ctx.dct
    if m.group("mon"):
        month, date = _MONTH_NAMES[m.group("mon").lower().rstrip(".")], int(m.group("d"))
        try:
            day = dt.date(_nearest_year(month, date, ctx), month, date)
        except ValueError:
            return None
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", None


@rule(rf"(?:(?P<mod>last|this|next|early|late|mid-?)\s+)?(?P<mon>{_MON.replace('(?-i:May)', 'May')})(?:\s+(?:of\s+)?(?P<y>{_YEAR})|\s+(?P<rel>last|this|next)\s+year)?(?!\w)")
def _month(m: re.Match, ctx: _Context):
    name = m.group("mon")
    if name == "may" or (name.lower().startswith("mar") and not name[0].isupper()):
        return None  # the modal "may", the verb "march"
    if len(name) == 3 and name.lower() != "may" and not m.group("y"):
        return None  # "Jan Kavan": a bare abbreviation is a month only with its period or a year
    month = _MONTH_NAMES[name.lower().rstrip(".")]
    mod = (m.group("mod") or "").lower().rstrip("-")
    if m.group("y"):
        year = _year_number(m.group("y"))
    elif m.group("rel"):
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    elif mod == "last":
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif mod == "next":
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif mod == "this":
        year = ctx.dct.year
    else:
        year = _month_year(month, ctx)
    return "DATE", f"{year}-{month:02d}", month_range(year, month)


@rule(rf"(?:(?P<clock>[01]?\d(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.)|noon|midnight)\s+(?:[A-Z]{{3}}\s+)?(?:on\s+)?)?(?:(?P<mod>last|this coming|this|next|early|late|the previous|the preceding)\s+)?(?P<wd>{_WD})(?:\s+(?P<part>morning|afternoon|evening|night))?")
def _weekday_rule(m: re.Match, ctx: _Context):
    name = m.group("wd")
    mod = (m.group("mod") or "").lower()
    if mod in ("next", "this coming"):
        day = ctx.dct + dt.timedelta(days=(WEEKDAYS.index(name.lower()) - ctx.dct.weekday()) % 7 or 7)
    elif mod in ("the previous", "the preceding"):  # the one a week before the Friday the story is about
        day = last_weekday(ctx.dct, WEEKDAYS.index(name.lower())) - dt.timedelta(days=7)
    elif mod == "last":
        day = ctx.dct - dt.timedelta(days=(ctx.dct.weekday() - WEEKDAYS.index(name.lower())) % 7 or 7)
    else:
        day = _weekday(name, ctx)
    clock = (m.group("clock") or "").lower()
    if clock in ("noon", "midnight"):
        return "TIME", f"{day.isoformat()}T{'12:00' if clock == 'noon' else '24'}", DateRange(day, day)
    if clock:
        parts = re.match(r"([01]?\d)(?::([0-5]\d))?\s*([ap])", clock)
        hour = int(parts.group(1)) % 12 + (12 if parts.group(3) == "p" else 0)
        return "TIME", f"{day.isoformat()}T{hour:02d}:{int(parts.group(2) or 0):02d}", DateRange(day, day)
    return _day_part(day, m.group("part"))


def _day_part(day: dt.date, part: Optional[str]) -> tuple[str, str, Optional[DateRange]]:
    """A day, or a part of it as TIMEX3 writes it: "Friday night" is 1998-08-07TNI."""
    if not part:
        return _day(day)
    return "TIME", f"{day.isoformat()}T{_PARTS_OF_DAY[part.lower()]}", DateRange(day, day)


@rule(r"(?:(?P<w>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?"
      r"|(?P<this>this|last)\s+(?P<part2>morning|afternoon|evening|night))")
def _deictic_day(m: re.Match, ctx: _Context):
    word = (m.group("w") or m.group("this")).lower()
    part = m.group("part") or m.group("part2")
    if (word, (part or "").lower()) in (("last", "morning"), ("last", "afternoon"), ("last", "evening"), ("this", "night")):
        return None  # "last morning" is not a date
    shift = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}[word]
    return _day_part(ctx.dct + dt.timedelta(days=shift), part)


# fixed-date holidays (month, day) and Thanksgiving, the fourth Thursday of November
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "new year's day": (1, 1),
             "new year's eve": (12, 31), "independence day": (7, 4), "the fourth of july": (7, 4),
             "valentine's day": (2, 14), "halloween": (10, 31), "thanksgiving day": (11, 0), "thanksgiving": (11, 0)}


@rule("(?P<h>" + "|".join(sorted(_HOLIDAYS, key=len, reverse=True)) + ")")
def _holiday(m: re.Match, ctx: _Context):
    month, day = _HOLIDAYS[m.group("h").lower()]
    year = _nearest_year(month, day or 24, ctx)
    if not day:
        first = dt.date(year, 11, 1)
        day = 1 + (3 - first.weekday()) % 7 + 21
    return _day(dt.date(year, month, day))


@rule(r"(?:(?P<same>that|the same)|the (?P<rel>following|previous|preceding|prior)|the (?P<next>next))\s+"
      r"(?P<unit>year|month|week|day|morning|afternoon|evening|night)")
def _anaphoric(m: re.Match, ctx: _Context):
    """"that year", "the following month", "the next morning", "the previous day": counted from
    the last date the story mentioned, or from the DCT when it has mentioned none."""
    unit = m.group("unit").lower()
    if m.group("next") and unit in ("year", "month", "week"):
        return None  # "the next year" is "next year", counted from the DCT
    shift = 0 if m.group("same") else 1 if (m.group("rel") or "next").lower() in ("following", "next") else -1
    ref = ctx.reference or DateRange(ctx.dct, ctx.dct)
    if unit == "year":
        year = ref.start.year + shift
        return "DATE", str(year), DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31))
    whole_year = (ref.start.month, ref.start.day, ref.end.month, ref.end.day) == (1, 1, 12, 31)
    if unit == "month" and not whole_year:
        month0 = ref.start.month - 1 + shift
        year, month = ref.start.year + month0 // 12, month0 % 12 + 1
        return "DATE", f"{year}-{month:02d}", month_range(year, month)
    one_day = ref.start == ref.end
    if unit == "week" and one_day:
        day = ref.start + dt.timedelta(weeks=shift)
        monday = day - dt.timedelta(days=day.weekday())
        return "DATE", _week(day), DateRange(monday, monday + dt.timedelta(days=6))
    if unit not in ("year", "month", "week") and one_day:
        return _day_part(ref.start + dt.timedelta(days=shift), None if unit == "day" else unit)
    return None


@rule(r"year-end|year's end|the end of the year")
def _year_end(m: re.Match, ctx: _Context):
    """"by year-end", "since year-end": the last day of the year the clause points to."""
    return _day(dt.date(_nearest_year(12, 31, ctx), 12, 31))


@rule(r"(?P<w>now|currently|at present|presently|nowadays|these days|current(?!\s+(?:accounts?|assets|liabilities|affairs)))")
def _present(m: re.Match, ctx: _Context):
    if m.group("w") == "Now":
        return None  # "Now the alliance's mission is ...": a discourse marker, not a time
    return "DATE", "PRESENT_REF", None


@rule(r"(?P<w>recently|lately|recent(?!\s+(?:days|weeks|months|years))|the past(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|quarters?|centur))"
      r"|recent (?:days|weeks|months|years))")
def _past(m: re.Match, ctx: _Context):
    return "DATE", "PAST_REF", None


@rule(r"(?P<w>the (?:near |distant )?future|the coming (?:days|weeks|months|years)|the (?:near|short) term)")
def _future(m: re.Match, ctx: _Context):
    return "DATE", "FUTURE_REF", None


@rule(r"(?:(?P<early>early|late)\s+)?(?:the\s+)?(?P<mod>last|this|next|past|coming|previous|current)\s+(?:fiscal\s+)?(?P<unit>year|month|week|weekend|quarter)")
def _relative_unit(m: re.Match, ctx: _Context):
    mod, unit = m.group("mod").lower(), m.group("unit").lower()
    shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[mod]
    d = ctx.dct
    if unit == "year":
        return "DATE", str(d.year + shift), DateRange(dt.date(d.year + shift, 1, 1), dt.date(d.year + shift, 12, 31))
    if unit == "month":
        month = (d.month - 1 + shift) % 12 + 1
        year = d.year + (d.month - 1 + shift) // 12
        return "DATE", f"{year}-{month:02d}", month_range(year, month)
    if unit == "week":
        day = d + dt.timedelta(weeks=shift)
        monday = day - dt.timedelta(days=day.weekday())
        return "DATE", _week(day), DateRange(monday, monday + dt.timedelta(days=6))
    if unit == "weekend":
        day = d + dt.timedelta(weeks=shift) if shift else d
        return "DATE", _week(day) + "-WE", None
    quarter = (d.month - 1) // 3 + 1 + shift
    year = d.year + (quarter - 1) // 4
    return "DATE", f"{year}-Q{(quarter - 1) % 4 + 1}", None


@rule(r"the (?:(?P<fiscal>fiscal )|full )?(?P<unit>weekend|week|month|year)(?! (?:before|after|earlier|ago))(?P<ended>\s+end(?:ed|ing)\b)?")
def _the_unit(m: re.Match, ctx: _Context):
    unit = m.group("unit").lower()
    if m.group("ended") or m.group("fiscal"):  # "the year ended March 31": a span of a year
        # "revenue for the year ended March 31": a fiscal year, a span of a year
        return "DURATION", "P1Y", None
    if unit == "weekend":
        return "DATE", _week(_weekend_of(ctx)) + "-WE", None
    if unit == "year":
        return "DATE", str(ctx.dct.year), None
    if unit == "month":
        return "DATE", f"{ctx.dct.year}-{ctx.dct.month:02d}", None
    return "DATE", _week(ctx.dct), None


@rule(r"(?:(?P<rel>this|last|next)\s+year's\s+|(?P<the>the)\s+(?:(?P<y>(?:19|20)\d\d)\s+)?"
      r"(?:(?P<mod>latest|last|current|year-ago|year-earlier|comparable|same)[\s-]+)?)?"
      r"(?:(?P<ord>first|second|third|fourth)[\s-]+)?(?:fiscal\s+)?(?:quarter|(?<=latest )period)(?:\s+of\s+(?P<y2>(?:19|20)\d\d))?(?!-)")
def _quarter(m: re.Match, ctx: _Context):
    """"the third quarter", "this year's third quarter", "the 1988 quarter", "the year-ago quarter":
    an ordinal names its quarter, otherwise it is the last one reported (the one before the DCT's)."""
    if not (m.group("rel") or m.group("the") or m.group("ord")):
        return None  # a bare "quarter"
    current = (ctx.dct.month - 1) // 3 + 1
    mod = (m.group("mod") or "").lower()
    explicit = m.group("y") or m.group("y2")
    if m.group("ord"):
        number = _ORDINALS[m.group("ord").lower()]
        year = ctx.dct.year if number <= current else ctx.dct.year - 1
    else:
        number, year = current - 1 or 4, ctx.dct.year if current > 1 else ctx.dct.year - 1
    if explicit:
        year = int(explicit)
    elif m.group("rel"):
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    elif mod in ("year-ago", "year-earlier"):
        year -= 1
    return "DATE", f"{year}-Q{number}", None


@rule(r"(?<!the )(?P<q>first|second|third|fourth)-quarter")
def _quarter_adj(m: re.Match, ctx: _Context):
    number = _ORDINALS[m.group("q").lower()]
    current = (ctx.dct.month - 1) // 3 + 1
    return "DATE", f"{ctx.dct.year if number <= current else ctx.dct.year - 1}-Q{number}", None


def _reported_quarter(m: re.Match, ctx: _Context) -> Optional[int]:
    """The quarter an earnings story is about, when the words around `m` speak of quarters: the
    last one named ("third-quarter profit"), else the last one reported before the DCT."""
    sentence_start = max(0, m.string.rfind(". ", 0, m.start()))
    context = m.string[max(0, m.start() - 600):m.end() + 200]
    quarters = list(re.finditer(r"\b(first|second|third|fourth)[\s-]+quarter", context, re.I))
    if quarters:
        return _ORDINALS[quarters[-1].group(1).lower()]
    if "quarter" in m.string[sentence_start:m.end() + 120].lower():
        return (ctx.dct.month - 1) // 3 or 4
    return None


def _year_or_quarter(year: int, m: re.Match, ctx: _Context):
    """A year, or its quarter the story compares: "the 1988 period" is 1988-Q3 in a third-quarter report."""
    quarter = _reported_quarter(m, ctx)
    return "DATE", f"{year}-Q{quarter}" if quarter else str(year), None


def _year_before(m: re.Match, ctx: _Context):
    """"a year earlier", "the year-ago period": the same quarter a year before the one reported
    ("third-quarter profit rose from a year earlier"), otherwise the year before."""
    quarter = _reported_quarter(m, ctx)
    current = (ctx.dct.month - 1) // 3 + 1
    reported_year = ctx.dct.year if quarter and quarter <= current else ctx.dct.year - 1 if quarter else ctx.dct.year
    return _year_or_quarter(reported_year - 1, m, ctx)


@rule(r"(?:the\s+)?year-(?:ago|earlier)(?:\s+period)?")
def _year_ago_adjective(m: re.Match, ctx: _Context):
    return _year_before(m, ctx)


@rule(r"the\s+(?P<y>(?:19|20)\d\d)\s+period")
def _year_period(m: re.Match, ctx: _Context):
    return _year_or_quarter(int(m.group("y")), m, ctx)


@rule(rf"(?P<n>{_NUM})\s+(?P<unit>years?|months?|weeks?|days?|decades?)\s+(?P<dir>ago|earlier|before|later)")
@rule(r"(?P<n>a|one)\s+(?P<unit>year|month|week|day)\s+(?P<dir>ago|earlier|before)")
def _ago(m: re.Match, ctx: _Context):
    n = _n(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    sign = 1 if m.group("dir").lower() == "later" else -1
    if n == "X" or not isinstance(n, int):
        return "DATE", "PAST_REF", None
    d = ctx.dct
    if unit == "year":
        if n == 1 and sign < 0:
            return _year_before(m, ctx)
        return "DATE", str(d.year + sign * n), None
    if unit == "decade":
        return "DATE", str(d.year + sign * 10 * n)[:3], None
    if unit == "month":
        month = (d.month - 1 + sign * n) % 12 + 1
        year = d.year + (d.month - 1 + sign * n) // 12
        return "DATE", f"{year}-{month:02d}", month_range(year, month)
    if unit == "week":
        return "DATE", _week(d + dt.timedelta(weeks=sign * n)), None
    return _day(d + dt.timedelta(days=sign * n))


@rule(r"(?:(?:the\s+)?(?P<mod>past|last|next|coming|first|previous|following)\s+|the\s+)?(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|several|few|couple of)(?P<half>\s+1/2|\s+and\s+a\s+half)?[\s-]+(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)(?P<half2>\s+and\s+a\s+half)?(?P<adj>-old|-long|\s+old)?")
def _duration(m: re.Match, ctx: _Context):
    if (m.group("adj") or "").endswith("old"):
        return None  # ages are not times
    if m.group("n").lower() in ("a", "an") and not m.group("mod") and _RATE_BEFORE.search(m.string, 0, m.start()):
        return None  # "$2 million a year", "700 seats a week": a rate, not a span of time
    if m.group("unit").lower().startswith("quarter") and m.string.startswith(" of", m.end()):
        return None  # "three-quarters of the shares", "a quarter of the market"
    if m.group("n").lower() in ("a", "an") and m.group("unit").lower() == "second":
        return None  # "a second term": the ordinal, not the unit
    n = _n(m.group("n"))
    unit = m.group("unit").lower().rstrip("s").replace("centurie", "century")
    if unit in ("decade", "century"):  # TIMEX3 counts them in years: "two decades" is P20Y
        return "DURATION", f"P{n * (10 if unit == 'decade' else 100) if n != 'X' else 'X'}Y", None
    prefix, code = _UNITS[unit]
    amount = "X" if n == "X" else (str(n).rstrip("0").rstrip(".") if isinstance(n, float) else str(n))
    if unit == "quarter":
        return "DURATION", f"P{amount}Q", None
    if (m.group("half") or m.group("half2")) and n != "X":
        return "DURATION", f"P{prefix}{amount}{code}{_HALVES.get(unit, '')}", None
    return "DURATION", f"P{prefix}{amount}{code}", None


_RATE_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|"
                          r"billion))\S*(?:\s+\S+){0,2}\s+$", re.I)
# half of each unit in the next smaller one: "5 1/2 hours" is PT5H30M
_HALVES = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}


@rule(r"(?:the\s+)?(?:past|last|next|coming)\s+(?P<unit>decade|century)")
def _decade_span(m: re.Match, ctx: _Context):
    return "DURATION", "P10Y" if m.group("unit").lower() == "decade" else "P100Y", None


@rule(r"(?:(?P<the>the)\s+)?(?:(?P<mod>coming|past|next few|past few|last few|next several|past several)\s+)?"
      r"(?P<unit>days|weeks|months|years|quarters)(?P<ahead>\s+ahead)?")
def _vague_span(m: re.Match, ctx: _Context):
    """"the coming weeks", "the weeks ahead", "over the years": spans of unstated length."""
    if not (m.group("the") or m.group("mod")):
        return None  # bare "years" too often belongs to an age or a figure
    unit = m.group("unit").lower()
    return "DURATION", f"PX{_UNITS[unit.rstrip('s')][1]}", None


@rule(rf"(?:each|every)\s+(?:(?P<wd>{_WD})|(?P<mon>{_MON.replace('(?-i:May)', 'May')}))|(?P<wds>{_WD})s")
def _calendar_set(m: re.Match, ctx: _Context):
    """"each Thursday", "on Tuesdays", "every July": a day or month that recurs."""
    weekday = m.group("wd") or m.group("wds")
    if weekday:
        return "SET", f"XXXX-WXX-{WEEKDAYS.index(weekday.lower()) + 1}", None
    return "SET", f"XXXX-{_MONTH_NAMES[m.group('mon').lower().rstrip('.')]:02d}", None


@rule(r"(?P<w>daily|every day|each day|nightly|weekly|every week|each week|monthly|every month|each month|annually|yearly|every year|each year|a year|a day|a week|a month|per day|per week|per year)")
def _set(m: re.Match, ctx: _Context):
    word = m.group("w").lower()
    code = "D" if "day" in word or word in ("daily", "nightly") else "W" if "week" in word else \
        "M" if "month" in word else "Y"
    if word in ("a year", "a day", "a week", "a month"):
        return None  # handled only after a figure ("10,000 a day"); alone they are durations
    return "SET", f"P1{code}", None


@rule(r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<y>(?:1[89]|20)\d)0s")
def _decade(m: re.Match, ctx: _Context):
    return "DATE", m.group("y") + "X", None


@rule(rf"(?:(?P<mod>last|this|next|early|late|the)\s+)(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?|(?P<s2>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y2>{_YEAR})")
def _season(m: re.Match, ctx: _Context):
    mod = (m.group("mod") or "").lower()
    season = _SEASONS[(m.group("s") or m.group("s2")).lower()]
    explicit = m.group("y") or m.group("y2")
    year = _year_number(explicit) if explicit else ctx.dct.year - (1 if mod == "last" else 0) + (1 if mod == "next" else 0)
    return "DATE", f"{year}-{season}", None


@rule(r"(?:(?:fiscal|the end of|the start of|the beginning of|early|late|mid-?)\s+)?(?P<y>(?:19|20)\d\d)(?![\d,.-]\d|s)")
def _year(m: re.Match, ctx: _Context):
    year = int(m.group("y"))
    return "DATE", str(year), DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31))


@rule(rf"(?P<the>the year\s+)?(?P<y>{_SPELLED_YEAR})")
def _spelled_year(m: re.Match, ctx: _Context):
    """Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    if m.group("y").lower().startswith("two") and not m.group("the"):
        return None  # "two thousand people"
    year = _year_number(m.group("y"))
    return "DATE", str(year), DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31))


@rule(r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century")
def _century(m: re.Match, ctx: _Context):
    return "DATE", f"{int(m.group('n')) - 1:02d}", None  # the 20th century is "19"


# Longest match wins at each position, then rule order: one alternation per rule keeps that cheap.
_COMPILED = [(re.compile(rf"\b(?:{pattern})(?!\w)", re.IGNORECASE), handler) for pattern, handler in _RULES]


def _tense(doc, start: int, end: int) -> Optional[str]:
    """Whether the clause of the expression speaks of the past or the future, read as a wire
    reader does from its verb: "met on Thursday" (past), "will meet on Thursday", "talks resume
    Monday", "planned a rally on Saturday", "set to resume Monday" (future); None when the verb
    does not say ("the deadline is Feb. 1")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if any(t.tag_ == "POS" for t in doc[span.end:span.end + 1]):
        return "past"  # "Wednesday's ruling": a day the news looks back on
    before = doc[max(0, span.start - 3):span.start].text.lower()
    if _AHEAD.search(before):
        return "future"  # "as soon as Tuesday"
    if _SINCE.search(before):
        return "past"  # "since March"
    verb = root = span.root
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        if verb.i != root.i and verb.pos_ != "ADP":
            return None  # "payable Dec. 7", "the Jan. 14 deadline": the date belongs to a noun, not the verb's time
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return _verb_tense(verb, deadline=bool(_UNTIL.search(before)))


def _verb_tense(verb, deadline: bool = False) -> Optional[str]:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _MODALS:
        return "past" if "have" in auxes else "future"  # "would come", but "would have come"
    if verb.lemma_ in _PLANS or (deadline and verb.lemma_ in _DEFERRALS):
        return "past" if "had" in auxes else "future"  # "scheduled a news conference Thursday"
    if "to" in auxes:  # "planned to leave on Thursday", "set to resume Monday": the head verb says
        head = verb.head
        if head.lemma_ in _PLANS or head.lemma_ == "set":
            return "past" if any(c.lower_ == "had" for c in head.children) else "future"
        # "asked him to testify on Feb. 10": an infinitive's time lies after its head's, so only
        # a head in the future says anything
        ahead = head.i != verb.i and head.pos_ in ("VERB", "AUX") and _verb_tense(head, deadline) == "future"
        return "future" if ahead else None
    if auxes & {"is", "are", "am", "'s", "'re"} and not auxes & {"has", "have", "had", "was", "were"}:
        return "future"  # "the minister is flying to Cairo on Monday", "the case is heard in May"
    if verb.tag_ in ("VBD", "VBN") or auxes & {"did", "had", "was", "were", "has", "have"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in ("say", "be", "have"):
        return "future"  # "the talks resume Monday": the news present of a scheduled event
    return None


def tag(text: str, dct: dt.date, doc=None) -> list[Timex]:
    """Every temporal expression of `text`, typed and normalised against the DCT.

    With the spaCy `doc` of the text, the tense of each expression's verb decides whether a
    weekday or a yearless date lies ahead of the DCT; without it, a modal just before does.
    """
    candidates: list[tuple[int, int, Handler, re.Match]] = []
    for pattern, handler in _COMPILED:
        for match in pattern.finditer(text):
            if match.end() > match.start():
                candidates.append((match.start(), match.end(), handler, match))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[Timex] = []
    taken_until = -1
    reference: Optional[DateRange] = None
    for start, end, handler, match in candidates:
        if start < taken_until:
            continue
        # the future only counts in the clause of the expression: the words just before it
        clause_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(", ", 0, start),
                           start - 60) + 1
        tense = _tense(doc, start, end) if doc is not None else None
        if tense is None and _FUTURE.search(text, clause_start, start):
            tense = "future"
        ctx = _Context(dct, tense, reference)
        result = handler(match, ctx)
        if result is None:
            continue
        kind, value, span = result
        out.append(Timex(start, end, text[start:end], kind, value, span))
        if span is not None and kind in ("DATE", "TIME"):
            reference = span
        taken_until = end
    return out
