"""One figure reported by several articles becomes one record; figures that disagree stand side by side.

A figure is the same when country, count and dates are the same (the SPEC's core tuple without
the source): its record lists every article and every source that reported it. Different counts
for the same country, direction and period are a conflict, listed together rather than dropped.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from .models import ArticleResult


def merge(results: Iterable[ArticleResult]) -> tuple[list[dict], list[dict]]:
    """(merged figures, conflicts) as JSON-ready dicts."""
    figures: dict[tuple, dict] = {}
    for result in results:
        for m in result.movements:
            key = (tuple(m.country), m.direction, m.count, m.count_high, m.date_start, m.date_end, m.per)
            figure = figures.setdefault(key, {
                "country": m.country, "direction": m.direction, "count": m.count, "count_high": m.count_high,
                "per": m.per, "qualifier": m.qualifier,
                "date_start": m.date_start.isoformat() if m.date_start else None,
                "date_end": m.date_end.isoformat() if m.date_end else None,
                "origin": m.origin, "group": m.group, "articles": [], "sources": []})
            if result.article_id not in figure["articles"]:
                figure["articles"].append(result.article_id)
            if m.source and m.source not in figure["sources"]:
                figure["sources"].append(m.source)
    periods: dict[tuple, list[dict]] = defaultdict(list)
    for figure in figures.values():
        if figure["date_start"] or figure["date_end"]:
            periods[(tuple(figure["country"]), figure["direction"], figure["per"], figure["date_start"],
                     figure["date_end"])].append(figure)
    conflicts = [{"country": list(key[0]), "direction": key[1], "per": key[2], "date_start": key[3],
                  "date_end": key[4],
                  "figures": [{"count": f["count"], "count_high": f["count_high"], "articles": f["articles"],
                               "sources": f["sources"]} for f in group]}
                 for key, group in periods.items() if len({(f["count"], f["count_high"]) for f in group}) > 1]
    return list(figures.values()), conflicts
