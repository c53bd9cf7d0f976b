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
_FUTURE = re.compile(r"\b(will|'ll|shall|is to|are to|scheduled|due to|plans? to|expected to|going to)\b", re.I)

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON = (r"(?:january|february|march|april|(?-i:May)|june|july|august|september|october|november|december|"
        r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)")
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|several|few|couple of)"
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
    future: bool  # the sentence speaks of the future


def _n(word: str):
    word = word.lower().replace("couple of", "couple")
    if word.isdigit():
        return int(word)
    return _NUM_WORDS.get(word, "X")


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week}"  # as the TimeBank corpora write it


def _weekday(name: str, ctx: _Context) -> dt.date:
    weekday = WEEKDAYS.index(name.lower())
    if ctx.future:
        ahead = (weekday - ctx.dct.weekday()) % 7
        return ctx.dct + dt.timedelta(days=ahead)
    return last_weekday(ctx.dct, weekday)


def _nearest_year(month: int, day: int, ctx: _Context) -> int:
    """The year that puts a yearless date nearest the DCT; news looks back more than ahead, so a
    future date counts half again as far (unless the sentence speaks of the future)."""
    def distance(year: int) -> float:
        try:
            days = (dt.date(year, month, min(day, 28)) - ctx.dct).days
        except ValueError:
            return float("inf")
        return days * (1.0 if ctx.future else 1.5) if days > 0 else -days * (1.5 if ctx.future else 1.0)
    return min((ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1), key=distance)


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


@rule(r"(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)")
def _clock(m: re.Match, ctx: _Context):
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
    minute = int(m.group("mi") or 0)
    return "TIME", f"{ctx.dct.isoformat()}T{hour:02d}:{minute:02d}", None


@rule(rf"(?:(?P<mod>last|this|next|early|late|mid-?)\s+)?(?P<mon>{_MON.replace('(?-i:May)', 'May')})(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)|\s+(?P<rel>last|this|next)\s+year)?(?!\w)")
def _month(m: re.Match, ctx: _Context):
    name = m.group("mon")
    if name == "may" or (name.lower().startswith("mar") and not name[0].isupper()):
        return None  # the modal "may", the verb "march"
    month = _MONTH_NAMES[name.lower().rstrip(".")]
    mod = (m.group("mod") or "").lower().rstrip("-")
    if m.group("y"):
        year = int(m.group("y"))
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


@rule(rf"(?:(?P<clock>[01]?\d(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.))\s+(?:[A-Z]{{3}}\s+)?(?:on\s+)?)?(?:(?P<mod>last|this|next|early|late)\s+)?(?P<wd>{_WD})(?:\s+(?P<part>morning|afternoon|evening|night))?")
def _weekday_rule(m: re.Match, ctx: _Context):
    name = m.group("wd")
    mod = (m.group("mod") or "").lower()
    if mod == "next":
        day = ctx.dct + dt.timedelta(days=(WEEKDAYS.index(name.lower()) - ctx.dct.weekday()) % 7 or 7)
    elif mod == "last":
        day = ctx.dct - dt.timedelta(days=(ctx.dct.weekday() - WEEKDAYS.index(name.lower())) % 7 or 7)
    else:
        day = _weekday(name, ctx)
    if m.group("clock"):
        clock = re.match(r"([01]?\d)(?::([0-5]\d))?\s*([ap])", m.group("clock"), re.I)
        hour = int(clock.group(1)) % 12 + (12 if clock.group(3).lower() == "p" else 0)
        return "TIME", f"{day.isoformat()}T{hour:02d}:{int(clock.group(2) or 0):02d}", DateRange(day, day)
    # TimeML corpora write "Friday night" mostly as the day itself
    return _day(day)


@rule(r"(?P<w>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))")
def _deictic_day(m: re.Match, ctx: _Context):
    word = m.group("w").lower()
    if word == "tonight" or word.startswith("this "):
        return _day(ctx.dct)
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
    return _day(ctx.dct + dt.timedelta(days=shift))


@rule(r"(?P<w>now|currently|at present|presently|nowadays)")
def _present(m: re.Match, ctx: _Context):
    if m.group("w") == "Now":
        return None  # "Now the alliance's mission is ...": a discourse marker, not a time
    return "DATE", "PRESENT_REF", None


@rule(r"(?P<w>recently|lately|the past(?! \w+ (?:days|weeks|months|years))|recent (?:days|weeks|months|years))")
def _past(m: re.Match, ctx: _Context):
    return "DATE", "PAST_REF", None


@rule(r"(?P<w>the (?:near |distant )?future|the coming (?:days|weeks|months|years))")
def _future(m: re.Match, ctx: _Context):
    return "DATE", "FUTURE_REF", None


@rule(r"(?:(?P<early>early|late)\s+)?(?P<mod>last|this|next|past|coming|previous)\s+(?P<unit>year|month|week|weekend|quarter)")
def _relative_unit(m: re.Match, ctx: _Context):
    mod, unit = m.group("mod").lower(), m.group("unit").lower()
    shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[mod]
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


@rule(r"the (?P<unit>weekend|week|month|year)(?! (?:before|after|earlier|ago))")
def _the_unit(m: re.Match, ctx: _Context):
    unit = m.group("unit").lower()
    if unit == "weekend":
        return "DATE", _week(ctx.dct) + "-WE", None
    if unit == "year":
        return "DATE", str(ctx.dct.year), None
    if unit == "month":
        return "DATE", f"{ctx.dct.year}-{ctx.dct.month:02d}", None
    return "DATE", _week(ctx.dct), None


@rule(rf"(?:the\s+(?:(?P<mod>first|second|third|fourth|latest|last|current|year-ago|year-earlier|comparable|same)[\s-]+)?|(?P<mod2>first|second|third|fourth|latest)\s+)(?:(?P<fy>fiscal)\s+)?quarter(?!-)")
def _quarter(m: re.Match, ctx: _Context):
    mod = (m.group("mod") or m.group("mod2") or "").lower()
    current = (ctx.dct.month - 1) // 3 + 1
    if mod in _ORDINALS:
        number = _ORDINALS[mod]
        year = ctx.dct.year if number <= current else ctx.dct.year - 1
        return "DATE", f"{year}-Q{number}", None
    previous = current - 1 or 4
    year = ctx.dct.year if current > 1 else ctx.dct.year - 1
    if mod in ("year-ago", "year-earlier"):
        return "DATE", f"{year - 1}-Q{previous}", None
    return "DATE", f"{year}-Q{previous}", None


@rule(r"(?<!the )(?P<q>first|second|third|fourth)-quarter")
def _quarter_adj(m: re.Match, ctx: _Context):
    number = _ORDINALS[m.group("q").lower()]
    current = (ctx.dct.month - 1) // 3 + 1
    return "DATE", f"{ctx.dct.year if number <= current else ctx.dct.year - 1}-Q{number}", None


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
        sentence_start = max(0, m.string.rfind(". ", 0, m.start()))
        context = m.string[max(0, m.start() - 600):m.end() + 200]
        quarters = list(re.finditer(r"\b(first|second|third|fourth)[\s-]+quarter", context, re.I))
        in_sentence = "quarter" in m.string[sentence_start:m.end() + 120].lower()
        if n == 1 and (quarters or in_sentence):
            # "third-quarter profit rose from a year earlier": the same quarter a year before
            current = (d.month - 1) // 3 + 1
            if quarters:
                number = _ORDINALS[quarters[-1].group(1).lower()]
                year = d.year if number <= current else d.year - 1
            else:
                number, year = current - 1 or 4, d.year if current > 1 else d.year - 1
            return "DATE", f"{year - 1}-Q{number}", None
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


@rule(r"(?:(?:the\s+)?(?P<mod>past|last|next|coming|first|previous|following)\s+|the\s+)?(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|several|few|couple of)[\s-]+(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|quarters?)(?P<adj>-old|-long)?")
def _duration(m: re.Match, ctx: _Context):
    if m.group("adj") == "-old":
        return None  # ages are not times
    n = _n(m.group("n"))
    unit = m.group("unit").lower().rstrip("s").replace("centurie", "century")
    prefix, code = _UNITS[unit]
    amount = "X" if n == "X" else (str(n).rstrip("0").rstrip(".") if isinstance(n, float) else str(n))
    if unit == "quarter":
        return "DURATION", f"P{amount}Q", None
    return "DURATION", f"P{prefix}{amount}{code}", None


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


@rule(r"(?:(?P<mod>last|this|next|early|late|the)\s+)(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?|(?P<s2>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y2>(?:19|20)\d\d)")
def _season(m: re.Match, ctx: _Context):
    mod = (m.group("mod") or "").lower()
    season = _SEASONS[(m.group("s") or m.group("s2")).lower()]
    explicit = m.group("y") or m.group("y2")
    year = int(explicit) if explicit else ctx.dct.year - (1 if mod == "last" else 0) + (1 if mod == "next" else 0)
    return "DATE", f"{year}-{season}", None


@rule(r"(?:(?:fiscal|the end of|the start of|the beginning of|early|late|mid-?)\s+)?(?P<y>(?:19|20)\d\d)(?![\d,.-]\d|s)")
def _year(m: re.Match, ctx: _Context):
    year = int(m.group("y"))
    return "DATE", str(year), DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31))


# Longest match wins at each position, then rule order: one alternation per rule keeps that cheap.
_COMPILED = [(re.compile(rf"\b{pattern}", re.IGNORECASE), handler) for pattern, handler in _RULES]


def _future_by_tense(doc, start: int, end: int) -> Optional[bool]:
    """Whether the clause of the expression speaks of the future, read from its verb's tense:
    "talks resume Monday", "will meet on Thursday" (future) against "met on Thursday" (past)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if any(t.tag_ == "POS" for t in doc[span.end:span.end + 1]):
        return False  # "Wednesday's ruling": a day the news looks back on
    verb = span.root
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "'ll", "shall", "wo"}:
        return True
    if verb.tag_ in ("VBD", "VBN") or auxes & {"did", "had", "was", "were", "has", "have"}:
        return False
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in ("say", "be", "have"):
        return True  # "the talks resume Monday": the news present of a scheduled event
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
    for start, end, handler, match in candidates:
        if start < taken_until:
            continue
        # the future only counts in the clause of the expression: the words just before it
        clause_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(", ", 0, start),
                           start - 60) + 1
        future = _future_by_tense(doc, start, end) if doc is not None else None
        ctx = _Context(dct, bool(_FUTURE.search(text, clause_start, start)) if future is None else future)
        result = handler(match, ctx)
        if result is None:
            continue
        kind, value, span = result
        out.append(Timex(start, end, text[start:end], kind, value, span))
        taken_until = end
    return out
