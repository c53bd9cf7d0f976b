"""Agreement between two labellings of the same stories (a second blind pass against the gold).

    python scripts/agreement.py gold/dev /path/to/second/pass [--list]

The second pass is scored as if it were a prediction (SPEC section 4), so core/loose/event F1
are inter-annotator agreement figures; `--list` prints every record the two disagree on.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from extractor.evaluate import evaluate, load_gold
from extractor.models import ArticleResult


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("other", type=Path)
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    other = [ArticleResult.model_validate(a.model_dump()) for a in load_gold(args.other).values()]
    report = evaluate(other, gold)
    print(report.render(show_errors=args.list))


if __name__ == "__main__":
    main()
