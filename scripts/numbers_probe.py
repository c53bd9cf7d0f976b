"""Score the number layer on a labelled probe file, by value and by value+bound.

    python scripts/numbers_probe.py [FILE] [--model NAME] [--show]

Each line of FILE (default tests/data/numbers_probe.jsonl) is {"text": ..., "gold": [[value, high,
bound, kind], ...]}. A predicted mention matches a gold one of the same sentence when value and high
agree (to 0.1%; a vague amount has value null); "value+bound" also asks for the same bound sign.
Kind is reported as the share of value matches whose kind agrees. --show prints each miss.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent


def _same(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-3 * max(1.0, abs(a), abs(b))


def _match(gold: list[list], found: list[dict], with_bound: bool) -> list[tuple[list, dict]]:
    pairs, free = [], list(found)
    for g in gold:
        for f in free:
            if _same(g[0], f["value"]) and _same(g[1], f["high"]) and (not with_bound or g[2] == f["bound"]):
                pairs.append((g, f))
                free.remove(f)
                break
    return pairs


def _f1(tp: int, n_gold: int, n_found: int) -> tuple[float, float, float]:
    p = tp / n_found if n_found else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(ROOT / "tests" / "data" / "numbers_probe.jsonl"))
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    parser.add_argument("--show", action="store_true", help="print the sentences with a miss")
    args = parser.parse_args()

    from extractor import nlp as nlp_mod
    from extractor.numbers import find_numbers

    nlp = nlp_mod.load(args.model)
    rows = [json.loads(line) for line in open(args.path, encoding="utf-8") if line.strip()]
    n_gold = n_found = tp_value = tp_bound = kind_ok = 0
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows])):
        found = [m.as_json() for m in find_numbers(doc)]
        by_value = _match(row["gold"], found, with_bound=False)
        by_bound = _match(row["gold"], found, with_bound=True)
        n_gold += len(row["gold"])
        n_found += len(found)
        tp_value += len(by_value)
        tp_bound += len(by_bound)
        kind_ok += sum(g[3] == f["kind"] for g, f in by_value)
        if args.show and (len(by_bound) < max(len(row["gold"]), len(found))):
            print(row["text"])
            print("   gold:", [tuple(g) for g in row["gold"]])
            print("   found:", [(f["text"], f["value"], f["high"], f["bound"], f["kind"]) for f in found])
    for name, tp in (("value", tp_value), ("value+bound", tp_bound)):
        p, r, f = _f1(tp, n_gold, n_found)
        print(f"{name:12} P={p:.3f} R={r:.3f} F1={f:.3f}")
    print(f"kind agrees on {kind_ok}/{tp_value} value matches; {len(rows)} sentences, {n_gold} gold mentions")


if __name__ == "__main__":
    main()
