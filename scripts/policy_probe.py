"""Score the policy-event layer on short policy descriptions, as a border-policy tracker writes them.

    python scripts/policy_probe.py [FILE] [--model NAME] [--show]

Each line of FILE (default tests/data/policy_probe.jsonl) is {"id", "published", "text", "expect":
[{"actor", "type"}, ...]}; an empty `expect` is a text that must yield no event (a plan, a demand,
a denial, a negation). An expected event is found when an extracted event has its actor and a
compatible type: the same type, or one of the same family, since trackers and the SPEC cut border
measures differently ("closed its borders to foreigners" is a closure to one coder and an entry
restriction to another). Extracted events that match nothing are false positives. Prints P/R/F1
with compatible types and with exact types.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.api import extract_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# measures at the border that keep people out or slow them down
_AT_THE_BORDER = {"ENTRY_RESTRICTION", "BORDER_CLOSURE", "BORDER_CONTROL"}


def compatible(expected: str, found: str) -> bool:
    if expected == found:
        return True
    if {expected, found} <= _AT_THE_BORDER:
        return True
    return {expected, found} == {"EXIT_RESTRICTION", "BORDER_CLOSURE"}


def _score(items: list[dict], results: list[list[tuple[str, str]]], same) -> tuple[int, int, int, list]:
    tp = found_total = expected_total = 0
    misses = []
    for item, events in zip(items, results):
        free = list(events)
        found_total += len(events)
        expected_total += len(item["expect"])
        for want in item["expect"]:
            hit = next((e for e in free if e[0] == want["actor"] and same(want["type"], e[1])), None)
            if hit is None:
                misses.append((item["id"], "miss", want["actor"], want["type"], events))
                continue
            free.remove(hit)
            tp += 1
        misses.extend((item["id"], "extra", actor, kind, events) for actor, kind in free)
    return tp, found_total, expected_total, misses


def _prf(tp: int, found: int, expected: int) -> str:
    p = tp / found if found else 0.0
    r = tp / expected if expected else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=ROOT / "tests" / "data" / "policy_probe.jsonl")
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    parser.add_argument("--show", action="store_true", help="print every miss and extra event")
    args = parser.parse_args()
    items = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    for item in items:
        published = dt.date.fromisoformat(item["published"]) if item.get("published") else None
        result = extract_text(item["text"], published=published, article_id=item["id"], model=args.model)
        results.append([(e.actor, e.type) for e in result.policy_events])
    tp, found, expected, misses = _score(items, results, compatible)
    exact = _score(items, results, lambda a, b: a == b)
    print(f"{len(items)} texts, {expected} expected events, {found} extracted")
    print(f"compatible type: {_prf(tp, found, expected)}")
    print(f"exact type:      {_prf(*exact[:3])}")
    if args.show:
        for row in misses:
            print(*row[:4], "| extracted:", row[4])


if __name__ == "__main__":
    main()
