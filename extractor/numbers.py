"""The number layer: every numeric mention of a doc with its value, range, bound and kind.

Digits with separators, decimals, "1.2 million", "three thousand", "a dozen", ranges
("5,000-6,000", "between 5,000 and 6,000", "5,000 to 6,000"), the approximator before the
figure, and the rate after it. quantulum3 decides units on the few candidates whose next
word is not one the rules know; it is slow and misreads news numbers, so it sees only those.
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .lexicon import (AGE_BEFORE as _AGE_BEFORE, CURRENCY_AFTER as _CURRENCY_AFTER,
                      CURRENCY_BEFORE as _CURRENCY_BEFORE, MULTIPLIERS, NON_PEOPLE_NOUNS, PEOPLE_NOUNS,
                      PERCENT_AFTER as _PERCENT_AFTER, QUALIFIERS, RATE_ADVERBS, RATES, SMALL_NUMBERS,
                      UNIT_AFTER as _UNIT_AFTER, VAGUE_AMOUNTS as _VAGUE)
from .places import country_of

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_MONTHS = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)
_RANGE_JOINERS = {"-", "–", "—", "to", "and"}
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_WORD_NUMBER = set(SMALL_NUMBERS) | set(MULTIPLIERS) - {"k", "m", "mln", "bn"}


BOUND_SIGNS = {"exact": "=", "approx": "~", "more_than": ">", "less_than": "<"}


@dataclass(frozen=True)
class NumberMention:
    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    text: str
    value: Optional[int]
    high: Optional[int]
    bound: str  # exact | approx | more_than | less_than
    kind: str  # count | percent | money | year | age | ordinal | time | measure | date | vague
    per: Optional[str] = None
    qualifier_start: Optional[int] = None  # token index of the approximator, when there is one

    def as_json(self) -> dict:
        """`bound` as a sign (= ~ > <); `qualifier` as the SPEC word."""
        return {"start": self.start_char, "end": self.end_char, "text": self.text,
                "value": self.value, "high": self.high, "bound": BOUND_SIGNS[self.bound],
                "qualifier": self.bound, "kind": self.kind, "per": self.per}


def _is_number_token(token: Token) -> bool:
    text = token.lower_
    if _DIGITS.match(text):
        return True
    if text in _WORD_NUMBER:
        return text not in {"hundred", "thousand", "million", "billion"} or token.i == 0 \
            or token.nbor(-1).lower_ in ("a", "one") or token.nbor(-1).like_num
    return bool(re.match(r"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$", text))


def _word_value(words: list[str]) -> Optional[float]:
    """'three thousand' -> 3000, '1.2 million' -> 1200000, 'twenty-five' -> 25."""
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


def _to_int(value: Optional[float]) -> Optional[int]:
    if value is None or value != value or abs(value) > 10**15:
        return None
    return int(round(value))


def _scan_number(doc: Doc, i: int) -> tuple[int, Optional[float]]:
    """Extend a number from token i over multipliers and number words; (end, value)."""
    j = i + 1
    while j < len(doc):
        low = doc[j].lower_
        if low in ("-", "–") and j + 1 < len(doc) and doc[j - 1].lower_ in _TENS \
                and doc[j + 1].lower_ in SMALL_NUMBERS and SMALL_NUMBERS[doc[j + 1].lower_] < 10:
            j += 2  # "Forty-three", tokenized as three tokens
            continue
        if low in MULTIPLIERS or (low in SMALL_NUMBERS and doc[j - 1].lower_ in MULTIPLIERS) \
                or (low == "and" and j + 1 < len(doc) and doc[j - 1].lower_ == "hundred"
                    and doc[j + 1].lower_ in SMALL_NUMBERS):
            j += 1
            continue
        break
    words = [t.text for t in doc[i:j] if t.text not in ("-", "–")]
    return j, _word_value(words)


_QUALIFIER_WORDS = tuple((tuple(phrase.split()), bound) for phrase, bound in QUALIFIERS)


def _qualifier(lowers: list[str], start: int) -> tuple[str, Optional[int]]:
    """The approximator right before token `start`: (bound, token index of its first word)."""
    for words, bound in _QUALIFIER_WORDS:
        first = start - len(words)
        if first >= 0 and tuple(lowers[first:start]) == words:
            # "some" and "about" are determiners/prepositions elsewhere; before a figure they bound it.
            return bound, first
    return "exact", None


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
        if j + 1 < len(doc) and (token.lower_, doc[j + 1].lemma_.lower()) in RATES:
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


def _is_ratio(doc: Doc, start: int, end: int, value: Optional[int]) -> bool:
    """"nine in ten", "one out of five": a share, whichever side of it the number is."""
    after = doc[end:end + 3]
    if len(after) >= 2 and after[0].lower_ in ("in", "out"):
        other = after[2] if after[0].lower_ == "out" and len(after) > 2 and after[1].lower_ == "of" else after[1]
        total = _small_value(other)
        if total is not None and value is not None and 0 < value <= total <= 100:
            return True
    before = doc[max(0, start - 3):start]
    if len(before) >= 2 and before[-1].lower_ in ("in", "of") and (before[-2].lower_ in ("out",) or before[-1].lower_ == "in"):
        part = _small_value(before[-3] if before[-1].lower_ == "of" and len(before) == 3 else before[-2])
        if part is not None and value is not None and 0 < part <= value <= 100:
            return True
    return False


def _kind(doc: Doc, start: int, end: int, value: Optional[int]) -> str:
    first, last = doc[start], doc[end - 1]
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    nxt_low = nxt.lower_ if nxt is not None else ""
    if _ORDINAL.match(first.text):
        return "ordinal"
    if prev is not None and (prev.lower_ in _CURRENCY_BEFORE or prev.text in _CURRENCY_BEFORE):
        return "money"
    if nxt is not None and (nxt.lemma_.lower() in _CURRENCY_AFTER or nxt_low in _CURRENCY_AFTER):
        return "money"
    if nxt_low in _PERCENT_AFTER and (nxt_low != "per" or (end + 1 < len(doc) and doc[end + 1].lower_ == "cent")):
        return "percent"
    if prev is not None and prev.lower_ in _AGE_BEFORE:
        return "age"
    if _is_ratio(doc, start, end, value):
        return "ratio"  # "nine in ten of them", "one out of five"
    # "said Ion Ceban, 34, a teacher": a number set off after a name is the person's age.
    if prev is not None and prev.text == "," and start >= 2 and (doc[start - 2].ent_type_ == "PERSON"
                                                                 or doc[start - 2].pos_ == "PROPN") \
            and (nxt is None or nxt.text in (",", ".", ")")) and value is not None and value < 120:
        return "age"
    if nxt is not None and (nxt_low.startswith("-year") or nxt_low in ("year-old", "years-old")
                            or (nxt.lemma_ == "year" and end + 1 < len(doc) and doc[end + 1].lower_ in ("old", "-old"))):
        return "age"
    if nxt_low in ("a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock") or ":" in first.text:
        return "time"
    if prev is not None and _MONTHS.match(prev.text) and value is not None and 1 <= value <= 31:
        return "date"
    if nxt is not None and _MONTHS.match(nxt.text) and value is not None and 1 <= value <= 31 and end - start == 1:
        return "date"
    if (nxt_low in _UNIT_AFTER or nxt_low.startswith(("º", "°")) or nxt.lemma_.lower() in _UNIT_AFTER) if nxt is not None else False:
        return "measure"
    if re.search(r"[º°]", last.text):
        return "measure"
    if end - start == 1 and re.match(r"^\d{4}$", first.text) and value is not None and 1800 <= value <= 2100:
        if not (nxt is not None and (nxt.lemma_.lower() in PEOPLE_NOUNS or country_of(nxt.text))):
            return "year"
    if nxt is not None and nxt.is_alpha and nxt.lemma_.lower() not in PEOPLE_NOUNS \
            and nxt.lemma_.lower() not in NON_PEOPLE_NOUNS and not country_of(nxt.text) \
            and nxt.pos_ in ("NOUN", "PROPN", "X"):
        unit = _quantulum_unit(nxt.text)
        if unit:
            return unit
    return "count"


def find_numbers(doc: Doc) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    tokens = list(doc)  # indexing a list is far cheaper than indexing the Doc
    lowers = [t.lower_ for t in tokens]
    i = 0
    n = len(doc)
    while i < n:
        token = tokens[i]
        if (token.lower_ in _VAGUE and not (i > 0 and tokens[i - 1].like_num)) or \
                (token.lower_ == "dozen" and i > 0 and tokens[i - 1].lower_ in ("few", "several", "couple")):
            mentions.append(NumberMention(i, i + 1, token.idx, token.idx + len(token), token.text,
                                          None, None, "approx", "vague"))
            i += 1
            continue
        if re.match(r"^-?\d+(?:\.\d+)?[º°][CF]?$", token.text):
            mentions.append(NumberMention(i, i + 1, token.idx, token.idx + len(token), token.text,
                                          _to_int(float(re.sub(r"[^\d.-]", "", token.text))), None,
                                          "exact", "measure"))
            i += 1
            continue
        if token.lower_ == "half" and i + 2 < n and tokens[i + 1].lower_ == "a" and tokens[i + 2].lower_ in ("million", "billion", "dozen"):
            start, end, value = i, i + 3, MULTIPLIERS.get(tokens[i + 2].lower_, 12) / 2
        elif token.lower_ == "dozen" and i > 0 and tokens[i - 1].lower_ == "a":
            start, end, value = i - 1, i + 1, 12.0
        elif _is_number_token(token) or _ORDINAL.match(token.text):
            start = i
            end, value = _scan_number(doc, i) if not _ORDINAL.match(token.text) else (i + 1, None)
        else:
            i += 1
            continue
        high_value: Optional[float] = None
        # Ranges: "5,000-6,000", "5,000 to 6,000", "between 5,000 and 6,000".
        if end + 1 < n and tokens[end].lower_ in _RANGE_JOINERS and _is_number_token(tokens[end + 1]):
            joiner = tokens[end].lower_
            between = start > 0 and tokens[start - 1].lower_ == "between"
            if joiner != "and" or between:
                high_end, high = _scan_number(doc, end + 1)
                if high is not None and value is not None and high > value:
                    # "5 to 6 million": the multiplier of the high end applies to the low end.
                    if high_end - (end + 1) > 1 and end - start == 1 and value < 1000 <= high:
                        value *= high / _word_value([tokens[end + 1].text])  # type: ignore[operator]
                    high_value, end = high, high_end
        bound, qualifier_start = _qualifier(lowers, start - 1 if start > 0 and tokens[start - 1].lower_ == "between" and high_value else start)
        int_value = _to_int(value)
        kind = _kind(doc, start, end, int_value)
        span: Span = doc[start:end]
        per = _rate(doc, end, n) if kind == "count" else None
        mentions.append(NumberMention(
            start, end, span.start_char, span.end_char, span.text, int_value, _to_int(high_value),
            bound, kind, per, qualifier_start))
        i = end
    return mentions
