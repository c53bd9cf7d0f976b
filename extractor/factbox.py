"""Fact boxes: a heading line that ends in a colon, then a line of "Label: figure" cells.

    Arrivals since April 1, as of Sunday, by country of asylum (UNHCR):
    Tanzania: 70,187 | Rwanda: 26,302 | DR Congo: 9,183

The parser sees such lines as one run-on sentence without verbs, so they are read here, as a
table: each cell whose label is a country is a movement into that country, dated and sourced
by the heading. A cell counts only when the heading or the cell itself names a movement
("arrivals", "crossings"); "France: 302 people stopped on beaches" does not.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from .lexicon import MOVE_NOUNS
from .models import Evidence, Movement
from .places import country_of
from .temporal import find_times, period

_CELL = re.compile(r"(?P<label>[A-Z][^:|\n]{0,40}?):\s*(?P<count>\d{1,3}(?:,\d{3})+|\d+)(?P<rest>[^|\n]*)")
_SOURCE = re.compile(r"\(([^()]+)\)\s*:\s*$")


@dataclass(frozen=True)
class _Heading:
    text: str
    start: int
    direction: Optional[str]
    sources: tuple[str, ...]


def _movement_word(text: str) -> Optional[str]:
    """The direction of the first movement noun in `text` ("Arrivals since ..." -> entry)."""
    for word in re.findall(r"[a-z]+", text.lower()):
        for noun, direction in MOVE_NOUNS.items():
            if word in (noun, noun + "s", noun + "es"):
                return direction
    return None


def _heading(lines: list[tuple[int, str]], index: int) -> Optional[_Heading]:
    """The non-empty line just above line `index`, when it ends with a colon."""
    for start, line in reversed(lines[:index]):
        if not line.strip():
            continue
        if not line.rstrip().endswith(":"):
            return None
        found = _SOURCE.search(line)
        sources = tuple(s.strip() for s in found.group(1).split(";")) if found else ()
        return _Heading(line, start, _movement_word(line[:found.start()] if found else line), sources)
    return None


def find_movements(text: str, body: list[tuple[int, int]], anchor: Optional[dt.date],
                   fallback_year: Optional[int], origin: list[str]) -> list[Movement]:
    """Movements from the fact boxes of the story body."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    out: list[Movement] = []
    if not body:
        return out
    # The page-chrome filter drops "|"-separated lines as navigation; a box that stands between
    # the story's first and last paragraphs is part of the story.
    story_start, story_end = body[0][0], body[-1][1]
    for index, (start, line) in enumerate(lines):
        if not story_start <= start < story_end:
            continue
        cells = list(_CELL.finditer(line))
        if len(cells) < 2 and "|" not in line:
            continue
        heading = _heading(lines, index)
        if heading is None:
            continue
        times = find_times(heading.text, anchor, offset=heading.start, fallback_year=fallback_year)
        # the heading's closing date ("as of Sunday") dates the figures, else its only one
        time = next((t for t in reversed(times) if t.relation != "since"), times[0] if times else None)
        date_start, date_end = period(time, times)
        for position, cell in enumerate(cells):
            code = country_of(cell.group("label").strip())
            rest = cell.group("rest").strip()
            direction = _movement_word(rest.split()[0]) if rest else heading.direction
            if code is None or code[1] != "name" or direction is None:
                continue
            source = heading.sources[position] if len(heading.sources) == len(cells) else \
                (heading.sources[0] if len(heading.sources) == 1 else None)
            # as in the prose: people leaving or displaced come from the country itself
            people_from = [code[0]] if direction != "entry" else ([] if code[0] in origin else origin)
            out.append(Movement(country=[code[0]], direction=direction, origin=people_from,
                                count=int(cell.group("count").replace(",", "")),
                                date_start=date_start, date_end=date_end, source=source,
                                evidence=Evidence(start=start, end=start + len(line)),
                                mention={"start": start + cell.start("count"), "end": start + cell.end("count")}))
    return out

