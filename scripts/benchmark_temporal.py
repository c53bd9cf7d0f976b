"""Speed of the TIMEX3 normaliser alone over TBAQ-cleaned, against dateparser in the same run.

    python scripts/benchmark_temporal.py [TIMEML_DIR] [--repeat N] [--json FILE]

Reads every .tml file's plain text and DCT (as scripts/tempeval.py does), then times
`extractor.timex.tag` over all of them (best of N runs), and, as the baseline, dateparser's
`search_dates` with languages=['en'] and the DCT as RELATIVE_BASE over the same texts (one run:
it is slow). Prints expressions per second for both and the ratio.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extractor.timex import tag  # noqa: E402
from tempeval import read  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("timeml_dir", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    docs = [(text, dct) for _, dct, text, _, _ in (read(p) for p in sorted(args.timeml_dir.rglob("*.tml")))]
    words = sum(len(text.split()) for text, _ in docs)

    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        began = time.perf_counter()
        found = sum(len(tag(text, dct)) for text, dct in docs)
        best = min(best, time.perf_counter() - began)

    import dateparser.search

    began = time.perf_counter()
    baseline_found = 0
    for text, dct in docs:
        hits = dateparser.search.search_dates(
            text, languages=["en"], settings={"RELATIVE_BASE": dt.datetime.combine(dct, dt.time())})
        baseline_found += len(hits or [])
    baseline = time.perf_counter() - began

    result = {
        "documents": len(docs), "words": words,
        "timex_expressions": found, "timex_seconds": round(best, 3),
        "timex_expressions_per_s": round(found / best, 1), "timex_words_per_s": round(words / best, 1),
        "dateparser_expressions": baseline_found, "dateparser_seconds": round(baseline, 3),
        "dateparser_expressions_per_s": round(baseline_found / baseline, 1),
        "speedup_over_dateparser": round(baseline / best, 1),
    }
    print(f"{'':24}{'expressions':>12}{'seconds':>10}{'expr/s':>10}{'words/s':>11}")
    print(f"{'extractor.timex.tag':24}{found:12}{best:10.3f}{found / best:10.0f}{words / best:11.0f}")
    print(f"{'dateparser search_dates':24}{baseline_found:12}{baseline:10.3f}{baseline_found / baseline:10.0f}"
          f"{words / baseline:11.0f}")
    print(f"timex is {baseline / best:.1f}x faster than dateparser's search_dates on the same {len(docs)} documents")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
