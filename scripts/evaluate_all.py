"""Score the extractor on every gold split in one run and print one line per split.

    python scripts/evaluate_all.py [--model NAME]

The seed article is included when ../shared/seeds is beside the checkout. `test` is measured,
never tuned on (gold/GUIDELINES.md).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from extractor.api import evaluate_paths

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    args = parser.parse_args()
    splits = []
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        splits.append(("seed", seeds, sorted(seeds.glob("*.txt"))))
    for name in ("samples", "dev", "test"):
        splits.append((name, ROOT / "gold" / name, [ROOT / "corpora" / name]))
    print(f"{'split':8} {'stories':>7} {'core P/R/F1':>18} {'loose P/R/F1':>18} {'event P/R/F1':>18}")
    for name, gold, inputs in splits:
        report = evaluate_paths(gold, inputs, model=args.model)
        cells = []
        for level in ("core", "loose", "event"):
            c = report.total(level)
            cells.append(f"{c.precision:.3f}/{c.recall:.3f}/{c.f1:.3f}")
        print(f"{name:8} {len(report.articles):7} {cells[0]:>18} {cells[1]:>18} {cells[2]:>18}")
        accuracy = report.field_accuracy()
        print(" " * 17 + " ".join(f"{k}={v:.2f}" for k, v in accuracy.items()))


if __name__ == "__main__":
    main()
