"""The number layer: every numeric mention of a doc with its value, range, bound and kind.

A figure is read whole from the tokens: digits with separators ("1,200", "12 500"), decimals,
compact forms ("1.5bn", "$5b", "10k", "20C", "-15"), multipliers ("1.2 million", "Rs 500 crore"),
written numbers ("one hundred and twenty", "two dozen"), shares ("half a million", "two-thirds"),
ranges ("5,000-6,000", "between $20 and $35", "5 to 6 million", "2% to 3%"), decades and spans
of years, clock times, ordinals and labels ("flight 302", "No. 1"). The approximator before the
figure (the longest phrase wins: "no fewer than") or after it ("or more", "-plus") gives the
bound; vague amounts ("tens of thousands", "several hundred") are one mention with no value; a
rate after the figure gives `per`. Phone numbers and ISO dates are no mention. quantulum3's unit
table names the unit of a noun the word lists do not know; its parser misreads news numbers.
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .lexicon import (USUAL_DAY_WORDS, AGE_BEFORE as _AGE_BEFORE, AGE_BOUNDS, AGE_COMPARATIVES, AGE_GROUP_NOUNS,
                      CURRENCY_AFTER as _CURRENCY_AFTER,
                      CURRENCY_BEFORE as _CURRENCY_BEFORE, DURATION_UNITS, FRACTIONS, ID_BEFORE, MULTIPLE_WORDS,
                      MULTIPLIERS, NON_PEOPLE_NOUNS, ORDINAL_WORDS, PEOPLE_NOUNS, PERSON_ROLES, PLACE_NOUNS,
                      COUNTRY_ANAPHORS,
                      PERCENT_AFTER as _PERCENT_AFTER, QUALIFIERS, QUALIFIERS_AFTER, RATE_ADVERBS, RATES,
                      SHORT_MULTIPLIERS, SMALL_NUMBERS, STREET_WORDS, UNIT_AFTER as _UNIT_AFTER, VAGUE_AMOUNTS as _VAGUE,
                      VAGUE_DETERMINERS)
from .places import country_of

# One token that is a whole figure: sign, currency, digits (also grouped in lakhs, "1,02,000"), a
# vulgar fraction, then a short multiplier, a percent sign or a temperature ("-15", "$5b", "1.5bn",
# "10k", "1½", "20C", "61.2%").
_COMPACT = re.compile(
    r"^(?P<sign>[-−])?(?P<cur>(?:US|A|C|HK|S|NZ|R)?\$|[€£¥₹₽])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}|\d+(?:\.\d+)?|\.\d+)(?P<frac>[½¼¾⅓⅔])?"
    r"(?P<suf>mln|mn|bn|trn|tn|[kKmMbB]|%|pc|[°º]?[CF]|[°º])?\.?$")
_TOKEN_RANGE = re.compile(r"^([^–—-]+)[–—-]([^–—-]+)$")  # "5,000–6,000", "1.5–2", "30–40", one token
_DECIMAL_COMMA = re.compile(r"^(\d+),(\d{1,2})$")  # "1,2 million" in wires that write decimals with a comma
_ROUND_PLURAL = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+00)s$")  # "1,000s of", "100s of"
_VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3}
_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,2})$")
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
_DECADE = re.compile(r"^(?:mid-|early-|late-)?(\d{2}|\d{4})s$")
_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)
_MONTHS = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)
_DASHES = {"-", "–", "—"}
_RANGE_JOINERS = _DASHES | {"to", "and"}
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_ROUND = {"hundred", "thousand", "million", "billion", "trillion", "dozen"}
_WORD_NUMBER = set(SMALL_NUMBERS) | set(MULTIPLIERS) - SHORT_MULTIPLIERS
_CLOCK_AFTER = {"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "a.m", "p.m"}
_POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your", "early", "mid", "late", "mid-"}
# Verbs of change: "rose from 987 to 1,234" gives two figures, not a range.
_CHANGE_VERBS = {"rise", "climb", "increase", "grow", "jump", "fall", "drop", "decline", "decrease", "swell",
                 "go", "soar", "surge", "plunge", "slip", "shrink", "double", "raise", "cut", "reduce", "lower",
                 "boost", "up", "down", "change", "move", "widen", "narrow"}


BOUND_SIGNS = {"exact": "=", "approx": "~", "more_than": ">", "less_than": "<"}


@dataclass(frozen=True)
class NumberMention:
    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    text: str
    value: Optional[float]  # an int when the figure is whole
    high: Optional[float]
    bound: str  # exact | approx | more_than | less_than
    kind: str  # count | percent | money | year | age | ordinal | time | measure | date | ratio | id | vague | population
    per: Optional[str] = None
    qualifier_start: Optional[int] = None  # token index of the approximator, when there is one

    def as_json(self) -> dict:
        """`bound` as a sign (= ~ > <); `qualifier` as the SPEC word."""
        return {"start": self.start_char, "end": self.end_char, "text": self.text,
                "value": self.value, "high": self.high, "bound": BOUND_SIGNS[self.bound],
                "qualifier": self.bound, "kind": self.kind, "per": self.per}


@dataclass
class _Figure:
    """A figure read off the tokens: [start, end), its value, the multiplier it carried, and the
    kind its own form gives ("$" money, "%" percent, "20C" measure), if any."""
    start: int
    end: int
    value: Optional[float]
    scale: float = 1.0
    kind: Optional[str] = None
    high: Optional[float] = None


def _compact(text: str) -> Optional[tuple[float, float, Optional[str]]]:
    """(value, multiplier, kind) of a token that is a whole figure ("1.5bn", "$5b", "-15", "20C")."""
    m = _COMPACT.match(text)
    if m is None:
        return None
    suffix = m.group("suf") or ""
    value = float(m.group("num").replace(",", ""))
    if m.group("frac"):
        value += _VULGAR[m.group("frac")]
    scale = float(MULTIPLIERS.get(suffix.lower(), 1))
    if m.group("sign"):
        value = -value
    kind = "money" if m.group("cur") else "percent" if suffix in ("%", "pc") else \
        "measure" if suffix and suffix[-1] in "CF°º" else None
    return value * scale, scale, kind


def _is_number_token(token: Token) -> bool:
    text = token.lower_
    if _compact(token.text) is not None or text in _VULGAR:
        return True
    if text in _WORD_NUMBER:
        return text not in _ROUND or token.i == 0 \
            or token.nbor(-1).lower_ in ("a", "one") or token.nbor(-1).like_num
    return bool(re.match(r"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$", text))


def _word_value(words: list[str]) -> Optional[float]:
    """'three thousand' -> 3000, '1.2 million' -> 1200000, 'twenty-five' -> 25, 'two dozen' -> 24."""
    total, current = 0.0, 0.0
    seen = False
    for word in words:
        word = word.lower().replace(",", "")
        if word in ("a", "and"):
            continue
        parts = word.split("-")
        if len(parts) == 2 and all(p in SMALL_NUMBERS for p in parts):
            current += SMALL_NUMBERS[parts[0]] + SMALL_NUMBERS[parts[1]]
            seen = True
        elif re.match(r"^\d+(\.\d+)?$", word):
            current += float(word)
            seen = True
        elif word == "dozen" and current:
            current *= 12
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
            seen = True
        elif word in MULTIPLIERS:
            factor = MULTIPLIERS[word]
            current = (current or 1.0) * factor
            if factor >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _to_value(value: Optional[float]) -> Optional[float]:
    """An int for a whole figure, else the decimal (2.5, 61.2, 0.333333)."""
    if value is None or value != value or abs(value) > 10**15:
        return None
    if abs(value - round(value)) < 1e-6 * max(1.0, abs(value)):
        return int(round(value))
    return round(value, 6)


def _multiplier_at(tokens: list[Token], j: int) -> Optional[float]:
    """The multiplier token j is, if any: "million", "bn"; a bare "m" or "k" only when written
    against the figure ("40 m" may be metres)."""
    low = tokens[j].lower_
    if low.endswith(".") and low[:-1] in SHORT_MULTIPLIERS:
        low = low[:-1]  # "$2.5m." at the end of a sentence
    if low not in MULTIPLIERS and low != "dozen":
        return None
    if low in ("m", "k", "b") and tokens[j - 1].whitespace_:
        return None
    return float(MULTIPLIERS.get(low, 12))


def _scan_words(tokens: list[Token], i: int) -> tuple[int, Optional[float]]:
    """Extend a written number from token i over multipliers and number words; (end, value)."""
    n = len(tokens)
    j = i + 1
    while j < n:
        low = tokens[j].lower_
        prev = tokens[j - 1].lower_
        if low in _DASHES and j + 1 < n and prev in _TENS \
                and tokens[j + 1].lower_ in SMALL_NUMBERS and SMALL_NUMBERS[tokens[j + 1].lower_] < 10:
            j += 2  # "Forty-three", tokenized as three tokens
            continue
        if (low in MULTIPLIERS and low not in SHORT_MULTIPLIERS) or low == "dozen" \
                or (low in SMALL_NUMBERS and prev in MULTIPLIERS):
            j += 1
            continue
        if low == "and" and j + 1 < n and prev in ("hundred", "thousand") \
                and tokens[j + 1].lower_.split("-")[0] in SMALL_NUMBERS:
            j += 2  # "one hundred and twenty"
            continue
        break
    words = [t.text for t in tokens[i:j] if t.text not in _DASHES]
    return j, _word_value(words)


def _and_a_half(tokens: list[Token], j: int) -> bool:
    return [t.lower_ for t in tokens[j:j + 3]] == ["and", "a", "half"]


def _fraction_at(tokens: list[Token], i: int) -> Optional[_Figure]:
    """"a third of", "two-thirds", "three quarters", "half of": a share; "half a million",
    "a quarter of a million": a share of a round number, which is a count."""
    n = len(tokens)
    low = tokens[i].lower_
    if low == "half":
        parts, j = 1.0, i  # "half" is its own numerator
    elif low in ("a", "an", "one") or (low in SMALL_NUMBERS and SMALL_NUMBERS[low] <= 10):
        parts, j = float(SMALL_NUMBERS.get(low, 1)), i + 1
        if j < n and tokens[j].text in _DASHES:
            j += 1
    else:
        return None
    if j >= n or tokens[j].lower_ not in FRACTIONS or (low == "half" and i > 0 and tokens[i - 1].lower_ in
                                                       ("a", "the", "first", "second", "one", "and")):
        return None
    share = parts / FRACTIONS[tokens[j].lower_]
    rest = [t.lower_ for t in tokens[j + 1:j + 4]]
    for skip in (["a"], ["of", "a"], ["of", "an"]):  # "half a million", "a quarter of a million"
        k = j + 1 + len(skip)
        if rest[:len(skip)] == skip and k < n and tokens[k].lower_ in _ROUND:
            return _Figure(i, k + 1, share * MULTIPLIERS.get(tokens[k].lower_, 12))
    compound = j > i + 1 and tokens[j - 1].text in _DASHES  # "two-thirds"
    closing = j + 1 >= n or tokens[j + 1].is_punct  # "sales fell by nearly a quarter."
    if low != "half" and not compound and not closing and not rest[:1] == ["of"] \
            and not (parts > 1 and tokens[j].lower_.endswith("s")):
        return None  # "a quarter century", "one third-party"
    if low == "half" and rest[:1] not in (["of"], ["the"], ["its"], ["their"], ["his"], ["her"], ["our"]):
        return None
    return _Figure(i, j + 1, share, kind="ratio")


def _year_span(tokens: list[Token], end: int, low: float, high: float) -> bool:
    """"1998-2003", "2014–16": two years, unless people follow ("1900-2000 people")."""
    after = tokens[end] if end < len(tokens) else None
    return low == int(low) and 1800 <= low < high <= 2100 and high - low <= 50 \
        and not (after is not None and after.lemma_.lower() in PEOPLE_NOUNS)


def _figure_at(tokens: list[Token], i: int, money: bool = False) -> Optional[_Figure]:
    """The figure that starts at token i, read as far as it goes, or None; `money` when a
    currency sign stands before it."""
    n = len(tokens)
    token = tokens[i]
    low = token.lower_
    if (low in _CURRENCY_BEFORE or token.text in _CURRENCY_BEFORE) and i + 1 < n \
            and tokens[i + 1].lower_ not in _CURRENCY_BEFORE:
        inner = _figure_at(tokens, i + 1, money=True)
        if inner is None or inner.value is None or inner.kind not in (None, "money"):
            return None
        return _Figure(i, inner.end, inner.value, inner.scale, "money", inner.high)
    fraction = _fraction_at(tokens, i)
    if fraction is not None:
        return fraction
    if low in ("a", "an") and i + 1 < n and tokens[i + 1].lower_ in _ROUND \
            and not (i + 2 < n and tokens[i + 2].lower_ in ("of",) and tokens[i + 1].lower_ != "dozen"):
        end, value = _scan_words(tokens, i + 1)  # "a dozen", "a thousand", "a million"
        return _Figure(i, end, value)
    if low == "another" and i + 1 < n and tokens[i + 1].lower_ in _ROUND \
            and not (i + 2 < n and tokens[i + 2].lower_ == "of"):
        end, value = _scan_words(tokens, i + 1)  # "Another dozen crossed over the weekend": one more dozen
        return _Figure(i + 1, end, value)
    if low in MULTIPLE_WORDS:
        return _Figure(i, i + 1, float(MULTIPLE_WORDS[low]), kind="ratio")
    ordinal = _ORDINAL.match(token.text)
    if ordinal:
        return _Figure(i, i + 1, float(ordinal.group(1)), kind="ordinal")
    decade = _DECADE.match(token.text)
    if decade:
        digits = decade.group(1)
        if len(digits) == 2 and i > 0 and tokens[i - 1].lower_ in _POSSESSIVES:
            return _Figure(i, i + 1, float(digits), kind="age", high=float(digits) + 9)  # "in his 60s"
        year = float(digits) if len(digits) == 4 else 1900.0 + float(digits)  # "the '90s"
        if year % 10 == 0:
            return _Figure(i, i + 1, year, kind="year", high=year + 9)
        return None
    clock = _CLOCK.match(token.text)
    if clock and (clock.group(2) or clock.group(3)) and int(clock.group(1)) <= 24:
        end = i + 1 + (i + 1 < n and tokens[i + 1].lower_ in _CLOCK_AFTER)
        return _Figure(i, end, None if clock.group(2) else float(clock.group(1)), kind="time")
    ranged = _TOKEN_RANGE.match(token.text)
    if ranged and _compact(ranged.group(1)) and _compact(ranged.group(2)):
        (low_value, _, low_kind), (high_value, _, high_kind) = _compact(ranged.group(1)), _compact(ranged.group(2))
        if None not in (low_kind, high_kind) and low_kind != high_kind or low_value < 0:
            return None
        end, scale = i + 1, 1.0
        if end < n and tokens[end].text == "%" and low_kind in (None, "percent"):
            low_kind, end = "percent", end + 1  # "25%-30%", tokenized "25%-30" "%"
        while end < n and _multiplier_at(tokens, end) is not None:
            scale *= _multiplier_at(tokens, end)  # type: ignore[operator]
            end += 1
        if re.fullmatch(r"\d{4}", ranged.group(1)) and re.fullmatch(r"\d{2}", ranged.group(2)):
            high_value += low_value - low_value % 100  # "1939–45"
        if high_value <= low_value:
            return None
        low_kind = low_kind or high_kind or (_year_span(tokens, end, low_value, high_value) and "year") or None
        return _Figure(i, end, low_value * scale, scale, low_kind, high=high_value * scale)
    comma = _DECIMAL_COMMA.match(token.text)
    if comma and i + 1 < n and _multiplier_at(tokens, i + 1) is not None:
        scale = _multiplier_at(tokens, i + 1)
        return _Figure(i, i + 2, float(f"{comma.group(1)}.{comma.group(2)}") * scale, scale)  # type: ignore[operator]
    compact = _compact(token.text)
    if compact is not None and token.text[-1] in "bB" and compact[2] != "money" and not money:
        return None  # "221B Baker Street": a bare "b" is a billion only after a currency sign
    if compact is not None:
        value, scale, kind = compact
        end = i + 1
        plain = re.fullmatch(r"\d{1,3}", token.text) is not None
        while plain and end < n and re.fullmatch(r"\d{3}", tokens[end].text) and tokens[end - 1].whitespace_ == " " \
                and not (end + 1 < n and tokens[end + 1].text in ("/",)):
            value = value * 1000 + float(tokens[end].text)  # "12 500", a space for the thousands
            end += 1
        if scale == 1 and kind is None and end < n:
            fraction = _FRACTION.match(tokens[end].text)
            if fraction and re.fullmatch(r"\d+", token.text) and 0 < int(fraction.group(1)) < int(fraction.group(2)):
                value += int(fraction.group(1)) / int(fraction.group(2))  # "1 1/2"
                end += 1
            elif _and_a_half(tokens, end):
                value += 0.5  # "1 and a half million", "2 and a half hours"
                end += 3
        while kind in (None, "money") and end < n:
            dash = tokens[end].text in _DASHES and end + 1 < n and tokens[end + 1].lower_ in _ROUND - {"dozen"}
            factor = _multiplier_at(tokens, end + dash)  # "a $5.5-billion deal"
            if factor is None:
                break
            value, scale, end = value * factor, scale * factor, end + dash + 1
        return _Figure(i, end, value, scale, kind)
    fraction = _FRACTION.match(token.text)
    if fraction and 0 < int(fraction.group(1)) < int(fraction.group(2)) <= 10:
        return _Figure(i, i + 1, int(fraction.group(1)) / int(fraction.group(2)))  # "3/4"
    if low in _VULGAR:
        return _Figure(i, i + 1, _VULGAR[low])
    if _is_number_token(token):
        end, value = _scan_words(tokens, i)
        if low in _TENS and end == i + 1 and end + 1 < n and tokens[end].text in _DASHES \
                and ORDINAL_WORDS.get(tokens[end + 1].lower_, 10) < 10:
            return _Figure(i, end + 2, value + ORDINAL_WORDS[tokens[end + 1].lower_], kind="ordinal")  # "twenty-first"
        if value is not None and _and_a_half(tokens, end):
            value, end = value + 0.5, end + 3  # "three and a half hours"
            if end < n and tokens[end].lower_ in MULTIPLIERS and tokens[end].lower_ not in SHORT_MULTIPLIERS:
                value, end = value * MULTIPLIERS[tokens[end].lower_], end + 1  # "two and a half million"
        scale = max((float(MULTIPLIERS[t.lower_]) for t in tokens[i + 1:end] if t.lower_ in MULTIPLIERS), default=1.0)
        return _Figure(i, end, value, scale)
    if low in ORDINAL_WORDS and (token.pos_ == "ADJ" or (i > 0 and tokens[i - 1].lower_ in {"the"} | _POSSESSIVES)):
        return _Figure(i, i + 1, float(ORDINAL_WORDS[low]), kind="ordinal")
    return None


def _vague_end(tokens: list[Token], i: int) -> Optional[int]:
    """The end of a vague amount that starts at token i ("tens of thousands", "several hundred",
    "a few thousand", "dozens"), or None."""
    n = len(tokens)
    lowers = [t.lower_ for t in tokens[i:i + 8]]
    j = 1 if lowers[0] == "a" and lowers[1:2] in (["few"], ["couple"]) else 0
    if lowers[j] in VAGUE_DETERMINERS:
        j += 1 + (lowers[j] == "couple" and lowers[j + 1:j + 2] == ["of"])
        if j >= len(lowers) or not (lowers[j] in _ROUND or lowers[j] in _VAGUE):
            return None
    elif _ROUND_PLURAL.match(lowers[0]) and lowers[1:2] == ["of"]:
        return i + 1  # "1,000s of fighters"
    elif not (lowers[0] in _VAGUE and not (i > 0 and tokens[i - 1].like_num)) \
            or (lowers[0] == "scores" and lowers[1:2] != ["of"]):  # "the scores were level"
        return None
    j += 1
    while j < len(lowers) and (lowers[j] in _ROUND - {"dozen"} or (lowers[j] == "of" and lowers[j + 1:j + 2]
                                                                 and lowers[j + 1] in _VAGUE)):
        j += 1 + (lowers[j] == "of")  # "hundreds of thousands", "several hundred thousand"
    return min(i + j, n)


def _not_amount_end(tokens: list[Token], i: int) -> Optional[int]:
    """The end of digits that start at token i and are no amount: a phone number ("555-0134",
    "(202) 555-0134", "+44 20 ...") or an ISO date ("2022-03-20"); else None."""
    n = len(tokens)
    texts = [t.text for t in tokens[i:i + 5]]
    if re.fullmatch(r"\d{4}", texts[0]) and len(texts) == 5 and texts[1] == texts[3] == "-" \
            and re.fullmatch(r"\d{2}", texts[2]) and re.fullmatch(r"\d{2}", texts[4]):
        return i + 5
    j = i
    if re.fullmatch(r"\+\d{1,3}", texts[0]) or (texts[0] == "(" and i + 3 < n and re.fullmatch(r"\d{2,4}", texts[1])
                                                and texts[2] == ")"):
        first = j = i + 1 if texts[0] != "(" else i + 3
        while j < n and (re.fullmatch(r"\d{2,4}", tokens[j].text) or tokens[j].text in _DASHES | {"."}):
            j += 1
        return j if j > first else None
    if re.fullmatch(r"\d{3}", texts[0]) and len(texts) >= 3 and texts[1] in _DASHES | {"."} \
            and re.fullmatch(r"\d{4}", texts[2]) and (texts[2].startswith("0") or int(texts[2]) <= int(texts[0]) * 2):
        return i + 3
    # "1-800-555-0199": three or more groups of digits joined by dashes, the last of four
    while j + 2 < n and re.fullmatch(r"\d{1,4}", tokens[j].text) and tokens[j + 1].text in _DASHES | {"."} \
            and re.fullmatch(r"\d{1,4}", tokens[j + 2].text) and tokens[j].whitespace_ == tokens[j + 1].whitespace_ == "":
        j += 2
    if j - i >= 4 and len(tokens[j].text) == 4:
        return j + 1
    # "020 7946 0958": a group with a leading zero, then groups of three or four digits
    j = i
    if re.fullmatch(r"0\d{1,4}", texts[0]):
        while j + 1 < n and re.fullmatch(r"\d{3,4}", tokens[j + 1].text):
            j += 1
        if j > i:
            return j + 1
    return None


_QUALIFIER_WORDS = tuple(sorted(((tuple(phrase.split()), bound) for phrase, bound in QUALIFIERS),
                                key=lambda item: -len(item[0])))
_QUALIFIER_AFTER_WORDS = tuple(sorted(((tuple(phrase.split()), bound) for phrase, bound in QUALIFIERS_AFTER),
                                      key=lambda item: -len(item[0])))


def _qualifier(lowers: list[str], start: int) -> tuple[str, Optional[int]]:
    """The approximator right before token `start`: (bound, token index of its first word)."""
    for words, bound in _QUALIFIER_WORDS:
        first = start - len(words)
        if first >= 0 and tuple(lowers[first:start]) == words:
            # "some" and "about" are determiners/prepositions elsewhere; before a figure they bound it.
            return bound, first
    return "exact", None


def _qualifier_after(tokens: list[Token], end: int) -> Optional[str]:
    """The bound a phrase right after the figure gives ("5,000 or more", "300-plus", "40 or so")."""
    lowers = [t.lower_ for t in tokens[end:end + 3]]
    for words, bound in _QUALIFIER_AFTER_WORDS:
        k = len(words)
        if tuple(lowers[:k]) == words:
            after = tokens[end + k] if end + k < len(tokens) else None
            if words[-1] in ("plus", "+") and after is not None and after.like_num:
                return None  # "300 plus 20": a sum
            return bound
    return None


def _is_unit(tokens: list[Token], j: int) -> bool:
    """Token j is a unit of measure or of time ("km", "degrees", "hours")."""
    if j >= len(tokens) or not tokens[j].is_alpha:
        return False
    low, lemma = tokens[j].lower_, tokens[j].lemma_.lower()
    return bool(low in _UNIT_AFTER or lemma in _UNIT_AFTER or lemma in DURATION_UNITS or _quantulum_unit(low))


def _percent_sign(tokens: list[Token], j: int) -> int:
    """How many tokens the percent sign at token j takes: "%", "percent", "pc" 1; "per cent" 2; else 0."""
    if j < len(tokens) and tokens[j].lower_ in ("%", "percent", "pc"):
        return 1
    return 2 if [t.lower_ for t in tokens[j:j + 2]] == ["per", "cent"] else 0


def _range_high(tokens: list[Token], low: _Figure) -> Optional[_Figure]:
    """The high end of a range after the figure `low`: "5,000-6,000", "5 to 6 million",
    "between $20 and $35", "5% to 10%"; not "rose from 987 to 1,234"."""
    n = len(tokens)
    j = low.end
    sign = _percent_sign(tokens, j) or int(_is_unit(tokens, j))
    if sign and j + sign + 2 < n and tokens[j + sign].lower_ in _RANGE_JOINERS and tokens[j + sign + 1].like_num \
            and [t.lower_ for t in tokens[j + sign + 2:j + 2 * sign + 2]] == [t.lower_ for t in tokens[j:j + sign]]:
        j += sign  # "5% to 10%", "5 per cent to 7 per cent", "20 km to 30 km": the sign on both ends
    if j + 1 >= n or tokens[j].lower_ not in _RANGE_JOINERS or low.value is None:
        return None
    before = tokens[low.start - 1].lower_ if low.start > 0 else ""
    if tokens[j].lower_ == "and" and before != "between":
        return None
    if before == "from" and low.start >= 2 and (tokens[low.start - 2].lemma_.lower() in _CHANGE_VERBS
                                                or tokens[low.start - 1].head.lemma_.lower() in _CHANGE_VERBS):
        return None
    verb = low.start - 1 - (before == "by")
    if tokens[j].lower_ == "to" and verb >= 0 and tokens[verb].pos_ == "VERB" \
            and tokens[verb].lemma_.lower() in _CHANGE_VERBS:
        return None  # "unemployment rose (by) 0.2 percent to 5.1 percent": the change, then the level
    if not _is_number_token(tokens[j + 1]) and tokens[j + 1].text not in _CURRENCY_BEFORE:
        return None
    high = _figure_at(tokens, j + 1)
    if high is not None and high.value is not None and high.value > 31 and low.start > 0 \
            and _MONTHS.match(tokens[low.start - 1].text) and low.value <= 31:
        return None  # "since Nov. 14 to 1,684": a day of a month, then a figure, not a range
    if high is None or high.value is None or high.kind not in (None, low.kind, "money" if low.kind is None else None):
        return None
    value = low.value
    if low.scale == 1 and high.scale > 1 and value * high.scale < high.value:
        value *= high.scale  # "5 to 6 million": the high end's multiplier applies to the low end
    high_value = high.value
    if re.fullmatch(r"\d{4}", tokens[low.start].text) and re.fullmatch(r"\d{2}", tokens[j + 1].text) \
            and tokens[j].text in _DASHES:
        high_value += value - value % 100  # "2022-23"
    if high_value <= value:
        return None
    kind = high.kind
    if j > low.end:  # "5% to 10%", "20 km to 30 km": the span ends before the closing sign, as a figure's does
        kind = "percent" if _percent_sign(tokens, low.end) else kind
        end = high.end + _percent_sign(tokens, high.end)
    else:
        end = high.end
        if kind is None and re.fullmatch(r"\d{4}", tokens[low.start].text) and _year_span(tokens, end, value, high_value):
            kind = "year"
    return _Figure(high.start, end, high_value, high.scale, kind, high=value)


_EARLIER = {"earlier", "ago", "later", "previously"}


_ON_A_USUAL_DAY = re.compile(rf"on\s+an?\s+{USUAL_DAY_WORDS}\s+(?:[A-Z][a-z]+\s+)?"
                             r"(?:day|weekday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                             re.IGNORECASE)


def _rate(doc: Doc, end: int, limit: int) -> Optional[str]:
    """A rate phrase after the figure, skipping the noun phrase it counts ("8,000 people a day")."""
    j = end
    stop = min(len(doc), end + 6, limit)
    while j < stop:
        token = doc[j]
        if token.is_punct and token.text not in ("-",):
            return None
        if token.lower_ in RATE_ADVERBS:
            return RATE_ADVERBS[token.lower_]
        if token.lower_ == "on" and _ON_A_USUAL_DAY.match(doc[j:min(len(doc), j + 5)].text):
            return "day"  # "against roughly 26,000 on a normal March Sunday": a day's worth, as usual
        if j + 1 < len(doc) and (token.lower_, doc[j + 1].lemma_.lower()) in RATES:
            if doc[j - 1].lower_ in ("for", "than"):
                return None  # "people who had sheltered for a week": a duration, no rate
            if j + 2 < len(doc) and (doc[j + 2].lower_ in _EARLIER
                                     or doc[j + 2].lower_ in ("before", "after") and (j + 3 == len(doc) or doc[j + 3].is_punct)):
                # "against 21,400 a week earlier", "... a day before.": a day back, no rate (not "6,000 a day
                # before the attacks")
                return None
            return RATES[(token.lower_, doc[j + 1].lemma_.lower())]
        if token.like_num and j > end:
            return None
        j += 1
    return None


@functools.lru_cache(maxsize=1)
def _unit_entities() -> dict[str, str]:
    """quantulum3's unit table, surface -> entity ("km" -> length, "dollars" -> currency).

    The table is read straight from the package's data files: quantulum3's own parser takes
    seconds to import and tens of milliseconds a call, and misreads news numbers, so the project
    uses its units and nothing else.
    """
    table: dict[str, str] = {}
    for parts in (("units.json",), ("_lang", "en_US", "units.json")):
        try:
            raw = json.loads(resources.files("quantulum3").joinpath(*parts).read_text(encoding="utf-8"))
        except (FileNotFoundError, ModuleNotFoundError, json.JSONDecodeError):
            continue
        for name, unit in raw.items():
            entity = unit.get("entity")
            for surface in [name, *unit.get("surfaces", []), *unit.get("symbols", [])]:
                key = surface.lower().strip()
                if entity and key and key not in table:
                    table[key] = entity
                    if key.isalpha() and len(key) > 2:
                        table.setdefault(key + "s", entity)
    return table


def _quantulum_unit(word: str) -> Optional[str]:
    """The kind quantulum3's unit table gives the word after a figure, or None for plain counts."""
    entity = _unit_entities().get(word.lower())
    if entity is None or entity in ("dimensionless", "unknown"):
        return None
    if entity == "currency":
        return "money"
    if entity == "time":
        return "time"
    return "measure"


def _small_value(token: Token) -> Optional[int]:
    text = token.lower_
    if text.isdigit():
        return int(text)
    return SMALL_NUMBERS.get(text)


def _is_ratio(doc: Doc, start: int, end: int, value: Optional[float]) -> bool:
    """"nine in ten", "one out of five", "one in every four": a share, whichever side of it the number is."""
    after = [t for t in doc[end:end + 4] if t.lower_ not in ("every", "each")][:3]
    if len(after) >= 2 and after[0].lower_ in ("in", "out"):
        other = after[2] if after[0].lower_ == "out" and len(after) > 2 and after[1].lower_ == "of" else after[1]
        total = _small_value(other)
        if total is not None and value is not None and 0 < value <= total <= 100:
            return True
    before = [t for t in doc[max(0, start - 4):start] if t.lower_ not in ("every", "each")][-3:]
    if len(before) >= 2 and before[-1].lower_ in ("in", "of") and (before[-2].lower_ in ("out",) or before[-1].lower_ == "in"):
        part = _small_value(before[-3] if before[-1].lower_ == "of" and len(before) == 3 else before[-2])
        if part is not None and value is not None and 0 < part <= value <= 100:
            return True
    return False


def _label_kind(doc: Doc, start: int, value: Optional[float]) -> Optional[str]:
    """"flight 370", "Article 5", "Boeing 737", "No. 1": a label, or a rank after "No."; a long
    string of digits with no separator, or one with a leading zero, is an identifier."""
    first = doc[start]
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.text == "." and start >= 2 and doc[start - 2].lower_ == "no":
        prev = doc[start - 2]  # "No. 1", tokenized "No" "." "1"
    if prev is not None and prev.lower_ in ("no", "no.", "#") and re.fullmatch(r"\d+", first.text):
        return "ordinal" if value is not None and value <= 100 else "id"
    if prev is not None and prev.lower_ in ID_BEFORE - {"no", "no.", "#"} and re.fullmatch(r"\d+", first.text):
        return "id"
    if prev is not None and prev.pos_ == "PROPN" and first.ent_type_ in ("PRODUCT", "LAW") \
            and re.fullmatch(r"\d+", first.text):
        return "id"
    if re.fullmatch(r"0\d+|\d{8,}", first.text):
        return "id"
    after = doc[start + 1:start + 3]
    if len(after) == 2 and after[0].pos_ == "PROPN" and after[1].lower_.rstrip(".") in STREET_WORDS:
        return "id"  # "10 Downing Street": an address
    return None


# Words that make an age rough: "a boy of about 12".
_ROUGHLY = {"about", "around", "roughly", "some", "perhaps", "maybe"}
# Places and bodies whose size "of" a figure gives: their population, not people who moved.
_PEOPLED = PLACE_NOUNS | COUNTRY_ANAPHORS | {"nation", "territory", "population", "enclave", "archipelago"}
_PARTS_OF_DAY = {"in the morning", "in the afternoon", "in the evening"}


def _names_one(token: Token) -> bool:
    """One person, by name, role or pronoun: "my mother is 74", "she is 41"."""
    return _names_a_person(token) or token.lower_ in ("he", "she", "i")


def _names_a_person(token: Token) -> bool:
    """A name, or one person named by a role ("the suspect", "the president", "his mother")."""
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN" \
        or (token.tag_ == "NN" and token.lemma_.lower() in PERSON_ROLES)


def _kind(doc: Doc, start: int, end: int, value: Optional[float]) -> str:
    last = doc[end - 1]
    first = doc[start]
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    nxt_low = nxt.lower_ if nxt is not None else ""
    if nxt is not None and nxt.text in _DASHES and end + 1 < len(doc) and doc[end + 1].is_alpha:
        nxt = doc[end + 1]  # "a 10-km walk", "a seven-year sentence": the unit after the hyphen
        nxt_low = nxt.lower_
    label = _label_kind(doc, start, value)
    if label:
        return label
    if prev is not None and (prev.lower_ in _CURRENCY_BEFORE or prev.text in _CURRENCY_BEFORE):
        return "money"
    if nxt is not None and (nxt.lemma_.lower() in _CURRENCY_AFTER or nxt_low in _CURRENCY_AFTER):
        return "money"
    if nxt is not None and nxt.pos_ in ("PROPN", "ADJ") and end + 1 < len(doc) \
            and doc[end + 1].lemma_.lower() in _CURRENCY_AFTER:
        return "money"  # "450 million US dollars", "20 Hong Kong dollars" reads only the last word
    if nxt_low in _PERCENT_AFTER and (nxt_low != "per" or (end + 1 < len(doc) and doc[end + 1].lower_ == "cent")):
        return "percent"
    if prev is not None and prev.lower_ in _AGE_BEFORE:
        return "age"
    if prev is not None and prev.lower_ in ("from", "between", "of") and start >= 2 and doc[start - 2].lower_ in _AGE_BEFORE:
        return "age"  # "aged from 6 to 66", "aged between 18 and 60", "children under the age of 12"
    if prev is not None and prev.lower_ == "than" and start >= 2 and doc[start - 2].lower_ in AGE_COMPARATIVES:
        return "age"
    if prev is not None and prev.lower_ in AGE_BOUNDS and start >= 2 and doc[start - 2].lower_ in AGE_GROUP_NOUNS \
            and value is not None and 0 < value < 100 and (nxt is None or nxt.pos_ != "NOUN" or nxt.lemma_ == "year"):
        return "age"  # "412 were children under 12", "men over 60 may leave"
    if _is_ratio(doc, start, end, value):
        return "ratio"  # "nine in ten of them", "one out of five"
    if any(t.lemma_.lower() == "population" for t in doc[max(start - 4, 0):start]):
        return "population"  # "a country whose government puts the population at 6.2 million"
    if prev is not None and prev.lower_ in _ROUGHLY and start >= 2 and doc[start - 2].lower_ == "of":
        prev, start = doc[start - 2], start - 1  # "a boy of about 12": the age, told roughly
    if prev is not None and prev.lower_ == "of" and start >= 2 and doc[start - 2].tag_ == "NN" \
            and doc[start - 2].lemma_.lower() in PERSON_ROLES and value is not None and 0 < value < 120 \
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        return "age"  # "One woman of 80 had walked for two days"
    if prev is not None and prev.lower_ == "of" and start >= 2 and doc[start - 2].lemma_.lower() in _PEOPLED:
        return "population"  # "the Alpine nation of 2 million", "a town of 22,000 people", "a population of 5 million"
    if prev is not None and prev.lemma_.lower() == "be" and start >= 2 and _names_one(doc[start - 2]) \
            and value is not None and 0 < value < 120 and (nxt is None or not nxt.is_alpha or nxt.pos_ not in ("NOUN", "PROPN")):
        return "age"  # "My mother is 74 and she walked the whole way"
    if prev is not None and prev.lower_ == "at" and value is not None and 0 < value <= 12 \
            and (doc[end:end + 3].text.lower() in _PARTS_OF_DAY or doc[end:end + 2].text.lower() == "at night"):
        return "time"  # "the water came at 2 in the morning"
    if prev is not None and prev.lower_ == "at" and start >= 2 and doc[start - 2].lower_ in ("here", "there") \
            and value is not None and 0 < value < 100 and nxt_low not in _CLOCK_AFTER \
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        return "age"  # "I came here at 17 with my father" (not "arrived here at 6 a.m.")
    # "said Ion Ceban, 34, a teacher", "the president, 78,": a number set off after a person is an age.
    if prev is not None and prev.text == "," and start >= 2 and _names_a_person(doc[start - 2]) \
            and (nxt is None or nxt.text in (",", ".", ")")) and value is not None and 0 < value < 120:
        return "age"
    after = [t.lower_ for t in doc[end:end + 4]]
    if nxt is not None and (nxt_low.startswith("-year") or nxt_low in ("year-old", "years-old")
                            or (nxt.lemma_ == "year" and after[1:2] in (["old"], ["-old"]))
                            or (after[:1] == ["-"] and after[1:2] in (["year"], ["years"]) and after[2:4] == ["-", "old"])):
        return "age"  # "a 44-year-old", "65 years old"
    if nxt_low in _CLOCK_AFTER:
        return "time"
    if after[:2] == ["-", "fold"]:
        return "ratio"  # "a 10-fold rise"
    if prev is not None and _MONTHS.match(prev.text) and value is not None and 1 <= value <= 31:
        return "date"
    if nxt is not None and _MONTHS.match(nxt.text) and value is not None and 1 <= value <= 31 and end - start == 1:
        return "date"
    if (nxt_low in _UNIT_AFTER or nxt_low.startswith(("º", "°")) or nxt.lemma_.lower() in _UNIT_AFTER) \
            and not _qualifies_people(nxt) if nxt is not None else False:
        return "measure"
    if nxt_low in ("and", "or", "to") and end + 2 < len(doc) and doc[end + 1].like_num \
            and (doc[end + 2].lower_ in _UNIT_AFTER or _quantulum_unit(doc[end + 2].text) == "measure"):
        return "measure"  # "between 15 and 20 km (9 and 12 miles)": the unit of the second is the first's too
    if re.search(r"[º°]", last.text) or (nxt is not None and nxt.text.rstrip(".") in ("C", "F")):
        return "measure"  # "below minus 20 C"
    if end - start == 1 and re.match(r"^\d{4}$", first.text) and value is not None and 1800 <= value <= 2100:
        if not (nxt is not None and (nxt.lemma_.lower() in PEOPLE_NOUNS or country_of(nxt.text))):
            return "year"
    if nxt is not None and (nxt.lemma_.lower() in DURATION_UNITS or nxt_low in DURATION_UNITS):
        return "time"  # "12 years in prison", "three weeks"
    if nxt is not None and nxt.is_alpha and nxt.lemma_.lower() not in PEOPLE_NOUNS \
            and nxt.lemma_.lower() not in NON_PEOPLE_NOUNS and not country_of(nxt.text) \
            and nxt.pos_ in ("NOUN", "PROPN", "X"):
        unit = _quantulum_unit(nxt.text)
        if unit and not _qualifies_people(nxt):
            return unit
    return "count"


def _qualifies_people(word: Token) -> bool:
    """"24,000 foot passengers", "5,000 foot soldiers": a unit's word that qualifies the people counted."""
    return word.dep_ == "compound" and word.head.i > word.i and word.head.lemma_.lower() in PEOPLE_NOUNS


_RATED = ("count", "money", "measure", "vague")
# Words a mention can start with, besides a token with a digit in it.
_STARTERS = (set(SMALL_NUMBERS) | set(MULTIPLIERS) | set(FRACTIONS) | set(ORDINAL_WORDS) | set(MULTIPLE_WORDS)
             | _VAGUE | VAGUE_DETERMINERS | _CURRENCY_BEFORE | set(_VULGAR) | {"a", "an", "another", "("})


def _may_start(token: Token) -> bool:
    """A cheap test that a mention could start at the token (most tokens are words of no number)."""
    text = token.lower_
    return any(c.isdigit() for c in text) or text in _STARTERS or text.split("-")[0] in _STARTERS


def _mention(doc: Doc, start: int, end: int, value: Optional[float], high: Optional[float], bound: str, kind: str,
             qualifier_start: Optional[int]) -> NumberMention:
    span: Span = doc[start:end]
    per = _rate(doc, end, len(doc)) if kind in _RATED else None
    return NumberMention(start, end, span.start_char, span.end_char, span.text, _to_value(value), _to_value(high),
                         bound, kind, per, qualifier_start)


def find_numbers(doc: Doc) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    tokens = list(doc)  # indexing a list is far cheaper than indexing the Doc
    lowers = [t.lower_ for t in tokens]
    i = 0
    n = len(doc)
    while i < n:
        if not _may_start(tokens[i]):
            i += 1
            continue
        skip = _not_amount_end(tokens, i)
        if skip is not None:
            i = skip
            continue
        vague = _vague_end(tokens, i)
        if vague is not None:
            bound, qualifier_start = _qualifier(lowers, i)
            mentions.append(_mention(doc, i, vague, None, None, "approx", "vague", qualifier_start))
            i = vague
            continue
        figure = _figure_at(tokens, i)
        if figure is None:
            i += 1
            continue
        start, end, value, kind = figure.start, figure.end, figure.value, figure.kind
        if start > 0 and lowers[start - 1] == "minus" and value is not None:
            start, value = start - 1, -value  # "minus 30 degrees"
        high_value = figure.high
        high = _range_high(tokens, figure) if high_value is None else None
        if high is not None:
            value, high_value, end, kind = high.high, high.value, high.end, kind or high.kind
        ranged = high is not None and start > 0 and lowers[start - 1] in ("between", "from")
        bound, qualifier_start = _qualifier(lowers, start - 1 if ranged else start)
        if bound == "exact":
            bound = _qualifier_after(tokens, end) or bound
        if kind is None:
            kind = _kind(doc, start, end, _to_value(value))
        if kind == "count" and value is not None and _to_value(value) != int(value):
            kind = "measure"  # "a magnitude of 6.4": a count is whole
        if kind == "time" and value is not None and value != int(value) and end < n and lowers[end] in _CLOCK_AFTER:
            value = None  # "10.35 a.m.": a clock time, not an amount
        mentions.append(_mention(doc, start, end, value, high_value, bound, kind, qualifier_start))
        i = end
    return mentions
