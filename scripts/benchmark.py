"""Throughput of the extractor against the bare spaCy pass, measured in one run.

    python scripts/benchmark.py [--mb 2] [--batch-size 16] [--json FILE]

Builds a corpus of at least --mb megabytes from the stories in corpora/ (repeated, each copy with
its own id), then measures, on the same machine in the same run:
  (a) the bare spaCy pass: nlp.pipe over the texts with the same model and batch size;
  (b) the full extractor over the same texts (spaCy included);
  (c) the peak resident memory of `extractor extract` over the corpus with one worker;
  (d) the cold start of `extractor extract` on one article (a fresh process, model load included);
  (e) `extractor extract --workers 2` against one worker on the corpus, and whether both wrote the
      same records.
Prints a table and the ratios; --json writes them (ratio_full_to_bare, articles_per_s, words_per_s,
peak_rss_mb, cold_start_s, speedup_2_workers, same_results_1_and_2_workers, ...).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import nlp as nlp_mod  # noqa: E402
from extractor.ingest import Article, iter_articles  # noqa: E402
from extractor.pipeline import extract_articles  # noqa: E402


def build_corpus(megabytes: float) -> list[Article]:
    stories = [a for a in iter_articles([ROOT / "corpora"]) if isinstance(a, Article)]
    corpus: list[Article] = []
    size = 0
    copy = 0
    while size < megabytes * 1_000_000:
        for story in stories:
            corpus.append(Article(id=f"{story.id}#{copy}", text=story.text, published=story.published,
                                  published_how=story.published_how))
            size += len(story.text.encode("utf-8"))
            if size >= megabytes * 1_000_000:
                break  # the corpora have grown past several megabytes: --mb is the size, not a floor
        copy += 1
    return corpus


def _timed_cli(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one `extractor` process."""
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "extractor.cli", *args], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - began
    if status != 0:
        raise SystemExit(f"extractor {' '.join(args)} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in megabytes (default: 2)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    corpus = build_corpus(args.mb)
    texts = [a.text for a in corpus]
    words = sum(len(t.split()) for t in texts)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
    nlp = nlp_mod.load()

    began = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size):
        pass
    bare = time.perf_counter() - began

    began = time.perf_counter()
    records = sum(len(r.movements) + len(r.policy_events)
                  for r in extract_articles(corpus, nlp, batch_size=args.batch_size))
    full = time.perf_counter() - began

    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "corpus.jsonl"
        with batch.open("w", encoding="utf-8") as handle:
            for article in corpus:
                handle.write(json.dumps({"id": article.id, "text": article.text,
                                         "published": article.published.isoformat() if article.published else None}) + "\n")
        one = ROOT / "corpora" / "samples" / "samples_01_exodus_slows.txt"
        cold, _ = _timed_cli(["extract", str(one), "-o", str(Path(tmp) / "one.jsonl"), "--quiet"])
        one_worker, peak_rss = _timed_cli(["extract", str(batch), "-o", str(Path(tmp) / "w1.jsonl"), "--quiet"])
        two_workers, _ = _timed_cli(["extract", str(batch), "-o", str(Path(tmp) / "w2.jsonl"), "--quiet",
                                     "--workers", "2"])
        same = (Path(tmp) / "w1.jsonl").read_bytes() == (Path(tmp) / "w2.jsonl").read_bytes()

    result = {
        "corpus_mb": round(megabytes, 2), "articles": len(corpus), "words": words, "records": records,
        "batch_size": args.batch_size, "cpu_count": os.cpu_count(),
        "bare_spacy_s": round(bare, 2), "full_extractor_s": round(full, 2),
        "ratio_full_to_bare": round(full / bare, 3),
        "articles_per_s": round(len(corpus) / full, 2), "words_per_s": round(words / full, 1),
        "peak_rss_mb": round(peak_rss, 1), "cold_start_s": round(cold, 2),
        "one_worker_s": round(one_worker, 2), "two_workers_s": round(two_workers, 2),
        "speedup_2_workers": round(one_worker / two_workers, 2),
        "same_results_1_and_2_workers": same,
    }
    print(f"corpus: {result['corpus_mb']} MB, {len(corpus)} articles, {words} words, {os.cpu_count()} cores")
    print(f"{'measure':36}{'value':>12}")
    rows = [("(a) bare spaCy pass, s", bare), ("(b) full extractor, s", full),
            ("    ratio full / bare", full / bare), ("    articles/s", len(corpus) / full),
            ("    words/s", words / full), ("(c) peak RSS, one worker, MB", peak_rss),
            ("(d) cold start, one article, s", cold), ("(e) one worker, s", one_worker),
            ("    two workers, s", two_workers), ("    speed-up with 2 workers", one_worker / two_workers)]
    for name, value in rows:
        print(f"{name:36}{value:12.2f}")
    print(f"    same records with 1 and 2 workers: {same}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
