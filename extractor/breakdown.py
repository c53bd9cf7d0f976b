"""Breakdowns of a figure just given: "The agency gave this breakdown: Venezuelans, 133,884;
Ecuadorians, 39,455", "broke the October figure down by market: South Korea, 124,100; the United
States, 46,000", or in the figure's own sentence: "A total of 512,000 people crossed ..., citing
the ministry: 362,000 Syrians and 150,000 Lebanese". Each item is a part of that figure: counted in
the same place, the same way and by the same source, over the period the sentence names or else the
figure's own; what the item names is where its people came from, unless the figure already says that.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .discourse import Attribution, Discourse, Place
from .models import Evidence, Movement
from .numbers import NumberMention
from .temporal import TimeMention, period

# "gave this breakdown", "broke the figure down by nationality", "The largest groups were:"
_CUE = re.compile(r"\bbreakdown\b|\bbr(?:eak|oke|oken)\b.{0,40}\bdown\b|\bsplit\b.{0,40}\bby\b|"
                  r"\bby (?:nationality|market|country|country of origin)\b|"
                  r"\b(?:largest|biggest|main|top) (?:groups|nationalities|sources)\b", re.IGNORECASE)
# "The largest groups were 1,410 Haitians, 190 Senegalese and 74 Dominicans": a breakdown told without a colon
_LISTED = re.compile(r"\b(?:largest|biggest|main|top) (?:groups|nationalities|sources)\b(?: of [a-z ]{1,30})? (?:were|are)\b",
                     re.IGNORECASE)
# The figure broken down must be fresh: told at most this many sentences before.
_NEAR = 2


def parts(sent: Span, counts: list[NumberMention], times: list[TimeMention], places: list[Place],
          attributions: list[Attribution], discourse: Discourse) -> Optional[list[Movement]]:
    """The items of a breakdown sentence as movements, or None when the sentence is no breakdown."""
    colon = sent.text.find(":")
    listed = _LISTED.search(sent.text) if colon < 0 else None
    if listed is not None:
        colon = listed.end()
    # the figure the last sentence led with, not one it set beside it ("6,412 returned between March 23 and
    # April 7, compared with about 4,100 in the same period last year. It gave this breakdown: ...")
    whole = discourse.first_movement or discourse.last_movement
    if colon < 0 or whole is None or discourse.sentences_since_movement > _NEAR or not _CUE.search(sent.text[:colon]):
        return None
    list_start = sent.start_char + colon
    items = [n for n in counts if n.start_char > list_start]
    if not items or (listed is not None and sum(n.value or 0 for n in items) > whole["count"]):
        return None  # (the groups of a figure are no more than the figure)
    own_time = next((t for t in times if t.end_char <= list_start and t.start is not None), None)
    date_start, date_end = period(own_time, times) if own_time else (whole["date_start"], whole["date_end"])
    source = next((a.source for a in attributions if a.source), None) or whole["source"]
    out = []
    for number in items:
        named = _item_place(sent, number, items, places, list_start)
        origin = list(whole["origin"]) or ([named] if named and named not in whole["country"] else [])
        # "fled into Mauritania, Burkina Faso, Niger and Algeria ... It gave this breakdown: Mauritania, 46,000;
        # ...": an item that names one of the figure's countries is that country's share
        country = [named] if named and named in whole["country"] and len(whole["country"]) > 1 else list(whole["country"])
        out.append(Movement(country=country, direction=whole["direction"], origin=origin,
                            group=whole["group"], count=number.value, count_high=number.high, qualifier=number.bound,
                            per=number.per, date_start=date_start, date_end=date_end, source=source,
                            evidence=Evidence(start=sent.start_char, end=sent.end_char),
                            mention={"start": number.start_char, "end": number.end_char}))
    return out


def _item_place(sent: Span, number: NumberMention, items: list[NumberMention], places: list[Place],
                list_start: int) -> Optional[str]:
    """The country or people named in the number's own item: items are cut at semicolons when the
    list has them ("South Korea, 124,100; the United States, 46,000"), else at commas and "and"."""
    doc = sent.doc
    text = sent.text[list_start - sent.start_char:]
    cut = ";" if ";" in text else ","
    bounds = [list_start] + [list_start + m.end() for m in re.finditer(rf"{cut}|\band\b", text)
                             if cut == "," or m.group() == cut] + [sent.end_char]
    for low, high in zip(bounds, bounds[1:]):
        if low <= number.start_char < high:
            named = [p for p in places if low <= doc[p.start].idx < high]
            return named[0].code if named else None
    return None


def parts_of_own_figure(sent: Span, counts: list[NumberMention], told: list[Movement],
                        places: list[Place]) -> list[Movement]:
    """The items listed after a colon that split the one figure the sentence gave before it; they must
    add up to no more than that figure, or they are no parts of it."""
    colon = sent.text.find(":")
    if colon < 0:
        return []
    list_start = sent.start_char + colon
    wholes = [m for m in told if m.mention is not None and m.mention["end"] <= list_start]
    placed = {m.mention["start"] for m in told if m.mention is not None}
    items = [n for n in counts if n.start_char > list_start and n.start_char not in placed and n.value]
    if len(wholes) != 1 or len(items) < 2 or sum(n.value for n in items) > wholes[0].count:
        return []
    whole = wholes[0]
    out = []
    for number in items:
        named = _item_place(sent, number, items, places, list_start)
        origin = list(whole.origin) or ([named] if named and named not in whole.country else [])
        out.append(whole.model_copy(update={
            "origin": origin, "count": number.value, "count_high": number.high, "qualifier": number.bound,
            "per": number.per, "mention": {"start": number.start_char, "end": number.end_char}}))
    return out
