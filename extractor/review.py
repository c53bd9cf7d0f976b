"""A static HTML page for people to review the records: each article with the evidence of every
record highlighted and its fields beside it; with gold, misses and false positives marked.

The page is one self-contained file (no scripts, no fetched assets), so it opens anywhere.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Optional

from .evaluate import load_gold, score_article
from .ingest import Article, read_file
from .models import ArticleResult, GoldArticle

_STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}
article{border-top:2px solid #ccc;padding:1rem 0;display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}
h2{grid-column:1/-1;margin:.2rem 0;font-size:1.1rem}
.text{white-space:pre-wrap;line-height:1.45;font-size:.92rem}
mark.movement{background:#cfe8ff}mark.event{background:#e6dcff}
mark.miss{background:#ffd8a8;outline:2px solid #e8590c}mark.fp{background:#ffc9c9;outline:2px solid #c92a2a}
table{border-collapse:collapse;font-size:.8rem;width:100%}td,th{border:1px solid #ddd;padding:2px 4px;text-align:left;vertical-align:top}
tr.fp td{background:#ffc9c9}tr.miss td{background:#ffd8a8}tr.ok td{background:#d3f9d8}
.legend span{padding:0 .4rem;margin-right:.5rem}
"""

_MOVEMENT_FIELDS = ("count", "country", "direction", "origin", "qualifier", "per", "date_start", "date_end", "source")
_EVENT_FIELDS = ("type", "actor", "actor_name", "target", "date_start", "date_end", "source")


def _load_text(result: ArticleResult) -> Optional[str]:
    if not result.input:
        return None
    path, _, line = result.input.rpartition(":") if result.input.rsplit(":", 1)[-1].isdigit() else (result.input, "", "")
    for item in read_file(Path(path or result.input)):
        if isinstance(item, Article) and item.id == result.article_id:
            return item.text
    return None


def _cells(record, fields) -> str:
    values = []
    for name in fields:
        value = getattr(record, name, None)
        if isinstance(value, list):
            value = ",".join(value)
        values.append(f"<td>{html.escape('' if value is None else str(value))}</td>")
    return "".join(values)


def _highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """The text with <mark> around each span (class, title); overlapping spans keep the first."""
    out, cursor = [], 0
    for start, end, css, title in sorted(spans):
        if start < cursor or end > len(text):
            continue
        out.append(html.escape(text[cursor:start]))
        out.append(f'<mark class="{css}" title="{html.escape(title)}">{html.escape(text[start:end])}</mark>')
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def render(results: list[ArticleResult], gold_dir: Optional[Path] = None) -> str:
    gold: dict[str, GoldArticle] = load_gold(gold_dir) if gold_dir else {}
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>extractor review</title>"
             f"<style>{_STYLE}</style></head><body><h1>extractor review: {len(results)} articles</h1>"
             "<p class='legend'><span style='background:#cfe8ff'>movement</span>"
             "<span style='background:#e6dcff'>policy event</span>"
             + ("<span style='background:#d3f9d8'>matches gold</span><span style='background:#ffc9c9'>"
                "false positive</span><span style='background:#ffd8a8'>missed</span>" if gold else "")
             + "</p>"]
    for result in results:
        text = _load_text(result) or ""
        spans: list[tuple[int, int, str, str]] = []
        rows: dict[str, list[str]] = {"movement": [], "event": []}
        truth = gold.get(result.article_id)
        missed_records: list = []
        status: dict[int, str] = {}
        if truth is not None:
            score = score_article(result, truth, text)
            missed_records = [(e.level, e.record) for e in score.errors if e.kind == "miss" and e.level != "loose"]
            matched_preds = _matched(result, truth)
            for record in result.movements + result.policy_events:
                status[id(record)] = "ok" if id(record) in matched_preds else "fp"
        for kind, records, fields in (("movement", result.movements, _MOVEMENT_FIELDS),
                                      ("event", result.policy_events, _EVENT_FIELDS)):
            for record in records:
                css = status.get(id(record), kind)
                if record.evidence is not None:
                    spans.append((record.evidence.start, record.evidence.end,
                                  f"{kind} fp" if css == "fp" else kind, _title(record, fields)))
                rows[kind].append(f'<tr class="{css}">{_cells(record, fields)}</tr>')
        for level, record in missed_records:
            evidence = record.get("evidence")
            fields = _EVENT_FIELDS if level == "event" else _MOVEMENT_FIELDS
            if evidence:
                spans.append((evidence["start"], evidence["end"], "miss", "missed: " + str(record.get("count") or record.get("type"))))
            values = "".join(f"<td>{html.escape(str(record.get(f)) if record.get(f) is not None else '')}</td>"
                             for f in fields)
            rows["event" if level == "event" else "movement"].append(f'<tr class="miss">{values}</tr>')
        header = f"{html.escape(result.article_id)} — anchor {result.anchor.date} ({result.anchor.how})"
        parts.append(f'<article id="{html.escape(result.article_id)}"><h2>{header}</h2>'
                     f'<div class="text">{_highlight(text, spans)}</div>'
                     f"<div>{_table('movements', _MOVEMENT_FIELDS, rows['movement'])}"
                     f"{_table('policy events', _EVENT_FIELDS, rows['event'])}</div></article>")
    parts.append("</body></html>")
    return "".join(parts)


def _table(caption: str, fields, rows: list[str]) -> str:
    if not rows:
        return f"<p>no {caption}</p>"
    head = "".join(f"<th>{f}</th>" for f in fields)
    return f"<table class='{caption.replace(' ', '-')}'><caption>{caption}</caption><tr>{head}</tr>{''.join(rows)}</table>"


def _title(record, fields) -> str:
    return "; ".join(f"{f}={getattr(record, f, None)}" for f in fields)


def _matched(result: ArticleResult, truth: GoldArticle) -> set[int]:
    """ids of the predicted records that match a gold record (core for movements, event level)."""
    from .evaluate import dates_match, match, sources_match

    published = truth.anchor.date
    movement_pairs = match(result.movements, truth.movements,
                           lambda p, g: p.country == g.country and p.count == g.count
                           and dates_match(p.date_start, p.date_end, g.date_start, g.date_end, published)
                           and sources_match(p.source, g.source, g.source_alt),
                           ("country", "count", "date_start", "date_end", "source"))
    event_pairs = match(result.policy_events, truth.policy_events,
                        lambda p, g: p.type == g.type and p.actor == g.actor
                        and dates_match(p.date_start, p.date_end, g.date_start, g.date_end, published),
                        ("type", "actor", "date_start", "date_end"))
    return {id(result.movements[p]) for p, _ in movement_pairs} | {id(result.policy_events[p]) for p, _ in event_pairs}
