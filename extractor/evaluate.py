"""Scoring against gold, exactly as SPEC section 4 says."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from .models import ArticleResult, GoldArticle, GoldMovement, GoldPolicyEvent, Movement, PolicyEvent

MOVEMENT_FIELDS = ("direction", "qualifier", "per", "date_start", "date_end", "source", "count_high", "origin")
_STOP = {"the", "a", "an", "of"}


def source_tokens(name: str) -> set[str]:
    text = name.lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    tokens = set()
    for word in text.split():
        if word in _STOP:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        tokens.add(word)
    return tokens


def _names_match(a: str, b: str) -> bool:
    ta, tb = source_tokens(a), source_tokens(b)
    if ta == tb:
        return True
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(small) >= 2 and small <= large


def sources_match(pred: Optional[str], gold: Optional[str], alternatives: Sequence[str] = ()) -> bool:
    if gold is None and pred is None:
        return True
    if gold is None:
        return any(_names_match(pred, alt) for alt in alternatives)  # type: ignore[arg-type]
    if pred is None:
        return False
    return _names_match(pred, gold) or any(_names_match(pred, alt) for alt in alternatives)


def dates_match(pred_start: Optional[dt.date], pred_end: Optional[dt.date], gold_start: Optional[dt.date],
                gold_end: Optional[dt.date], published: Optional[dt.date]) -> bool:
    if gold_end is None:
        end_ok = pred_end is None or (published is not None and pred_end == published)
    else:
        end_ok = pred_end == gold_end
    start_ok = gold_start is None or pred_start == gold_start
    return end_ok and start_ok


def _agreeing(pred: Movement | PolicyEvent, gold: Movement | PolicyEvent, fields: Iterable[str]) -> int:
    return sum(getattr(pred, f, None) == getattr(gold, f, None) for f in fields)


_ALL_MOVEMENT_FIELDS = ("country", "count", "direction", "origin", "qualifier", "per", "date_start",
                        "date_end", "source", "count_high")
_ALL_EVENT_FIELDS = ("type", "actor", "date_start", "date_end", "target", "source")


def match(preds: Sequence, golds: Sequence, accept: Callable[[object, object], bool],
          fields: Sequence[str]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), greedy on the most fields agreeing."""
    candidates = [(_agreeing(p, g, fields), -pi, -gi, pi, gi)
                  for pi, p in enumerate(preds) for gi, g in enumerate(golds) if accept(p, g)]
    candidates.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, _, pi, gi in candidates:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((pi, gi))
    return pairs


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ErrorItem:
    article_id: str
    level: str  # core | loose | event
    kind: str  # miss | false_positive
    record: dict
    sentence: Optional[str]


@dataclass
class ArticleScore:
    article_id: str
    core: Counts = field(default_factory=Counts)
    loose: Counts = field(default_factory=Counts)
    event: Counts = field(default_factory=Counts)
    field_hits: dict[str, list[int]] = field(default_factory=dict)
    errors: list[ErrorItem] = field(default_factory=list)


def _record_json(record) -> dict:
    return json.loads(record.model_dump_json(exclude={"evidence"}, exclude_none=False))


def _sentence(record, text: Optional[str]) -> Optional[str]:
    evidence = getattr(record, "evidence", None)
    if text is None or evidence is None:
        return None
    return text[evidence.start:evidence.end].strip()


def score_article(pred: ArticleResult, gold: GoldArticle, text: Optional[str] = None) -> ArticleScore:
    score = ArticleScore(pred.article_id)
    published = gold.anchor.date

    def core(p: Movement, g: GoldMovement) -> bool:
        return (p.country == g.country and p.count == g.count
                and dates_match(p.date_start, p.date_end, g.date_start, g.date_end, published)
                and sources_match(p.source, g.source, g.source_alt))

    def loose(p: Movement, g: GoldMovement) -> bool:
        return p.country == g.country and p.count == g.count

    def event(p: PolicyEvent, g: GoldPolicyEvent) -> bool:
        return p.type == g.type and p.actor == g.actor and dates_match(
            p.date_start, p.date_end, g.date_start, g.date_end, published)

    levels = (("core", score.core, pred.movements, gold.movements, core, _ALL_MOVEMENT_FIELDS),
              ("loose", score.loose, pred.movements, gold.movements, loose, _ALL_MOVEMENT_FIELDS),
              ("event", score.event, pred.policy_events, gold.policy_events, event, _ALL_EVENT_FIELDS))
    for level, counts, preds, golds, accept, fields in levels:
        pairs = match(preds, golds, accept, fields)
        counts.tp, counts.pred, counts.gold = len(pairs), len(preds), len(golds)
        matched_p = {pi for pi, _ in pairs}
        matched_g = {gi for _, gi in pairs}
        for gi, g in enumerate(golds):
            if gi not in matched_g:
                score.errors.append(ErrorItem(pred.article_id, level, "miss", _record_json(g), _sentence(g, text)))
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                score.errors.append(ErrorItem(pred.article_id, level, "false_positive", _record_json(p), _sentence(p, text)))
        if level == "loose":
            for pi, gi in pairs:
                p, g = preds[pi], golds[gi]
                for name in MOVEMENT_FIELDS:
                    if name == "source":
                        ok = sources_match(p.source, g.source, g.source_alt)
                    elif name in ("date_start", "date_end"):
                        ok = getattr(p, name) == getattr(g, name)
                    else:
                        ok = getattr(p, name) == getattr(g, name)
                    hits = score.field_hits.setdefault(name, [0, 0])
                    hits[0] += int(ok)
                    hits[1] += 1
    return score


@dataclass
class Report:
    articles: list[ArticleScore]
    missing_gold: list[str]
    missing_pred: list[str]

    def total(self, level: str) -> Counts:
        out = Counts()
        for article in self.articles:
            out.add(getattr(article, level))
        return out

    def field_accuracy(self) -> dict[str, float]:
        totals: dict[str, list[int]] = {}
        for article in self.articles:
            for name, (hit, n) in article.field_hits.items():
                slot = totals.setdefault(name, [0, 0])
                slot[0] += hit
                slot[1] += n
        return {name: totals[name][0] / totals[name][1] for name in MOVEMENT_FIELDS if name in totals and totals[name][1]}

    @property
    def errors(self) -> list[ErrorItem]:
        return [e for a in self.articles for e in a.errors]

    def summary_line(self) -> str:
        return (f"core_f1={self.total('core').f1:.3f} loose_f1={self.total('loose').f1:.3f} "
                f"event_f1={self.total('event').f1:.3f}")

    def render(self, show_errors: bool = True) -> str:
        lines = [f"{'article':40} {'core P/R/F1':>17} {'loose F1':>8} {'event P/R/F1':>17}"]
        for a in self.articles:
            lines.append(f"{a.article_id[:40]:40} {a.core.precision:5.2f}/{a.core.recall:4.2f}/{a.core.f1:4.2f}"
                         f" {a.loose.f1:8.2f} {a.event.precision:5.2f}/{a.event.recall:4.2f}/{a.event.f1:4.2f}")
        lines.append("")
        for level in ("core", "loose", "event"):
            c = self.total(level)
            lines.append(f"{level:6} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} "
                         f"(tp={c.tp} pred={c.pred} gold={c.gold})")
        accuracy = self.field_accuracy()
        if accuracy:
            lines.append("field accuracy on loose matches: " +
                         " ".join(f"{k}={v:.3f}" for k, v in accuracy.items()))
        for name in self.missing_gold:
            lines.append(f"warning: no gold for article {name}")
        for name in self.missing_pred:
            lines.append(f"warning: gold article {name} was not among the inputs")
        if show_errors and self.errors:
            lines.append("")
            lines.append("errors (core/event misses and false positives):")
            for e in self.errors:
                if e.level == "loose":
                    continue
                r = e.record
                what = (f"{r.get('count')} {r.get('country')} {r.get('date_start')}..{r.get('date_end')} src={r.get('source')!r}"
                        if e.level != "event" else f"{r.get('type')} {r.get('actor')} {r.get('date_start')}..{r.get('date_end')}")
                lines.append(f"  [{e.level} {e.kind}] {e.article_id}: {what}")
                if e.sentence:
                    lines.append(f"      \"{e.sentence[:300]}\"")
        lines.append(self.summary_line())
        return "\n".join(lines)


def load_gold(directory: Path) -> dict[str, GoldArticle]:
    """Gold files in a folder (and below it): `<article_id>.json` or `<article_id>.gold.json`."""
    gold: dict[str, GoldArticle] = {}
    for path in sorted(Path(directory).rglob("*.json")):
        if path.name.endswith(".meta.json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "article_id" not in data:
            continue
        article = GoldArticle.model_validate(data)
        gold[article.article_id] = article
    return gold


def evaluate(predictions: Iterable[ArticleResult], gold: dict[str, GoldArticle],
             texts: Optional[dict[str, str]] = None, restrict_to_inputs: bool = True) -> Report:
    texts = texts or {}
    scores: list[ArticleScore] = []
    missing_gold: list[str] = []
    seen: set[str] = set()
    for pred in predictions:
        seen.add(pred.article_id)
        if pred.article_id not in gold:
            missing_gold.append(pred.article_id)
            continue
        scores.append(score_article(pred, gold[pred.article_id], texts.get(pred.article_id)))
    missing_pred = [] if restrict_to_inputs else sorted(set(gold) - seen)
    return Report(scores, missing_gold, missing_pred)
