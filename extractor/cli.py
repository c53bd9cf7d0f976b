"""The `extractor` command."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Extract movements of people and border policy events from news articles.")
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="write one JSON line of records per article",
                             description="Read .txt/.html/.jsonl articles (files or folders) and write "
                                         "SPEC JSON lines, one per article. An article that cannot be read "
                                         "(empty, binary, not UTF-8, not JSON, not English, a duplicate id) "
                                         "is reported and skipped; the others are written.",
                             epilog="Exit status: 0 all articles written, 1 some articles failed (see "
                                    "stderr and --errors), 2 usage error, 130 interrupted (the output "
                                    "holds every article completed before Ctrl-C).")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    extract.add_argument("-o", "--output", metavar="OUT.jsonl", help="output file (default: standard output)")
    extract.add_argument("--published", type=_date, metavar="DATE",
                         help="publication date for every article (overrides metadata)")
    extract.add_argument("--model", metavar="NAME", help="spaCy pipeline to load (default: %(default)s)",
                         default=None)
    extract.add_argument("--errors", metavar="FILE", help="write unreadable inputs here as JSON lines")
    extract.add_argument("--workers", type=int, default=1, metavar="N",
                         help="worker processes, each with its own model (default: %(default)s)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")
    extract.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="local processes (default) or a Dask cluster")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster of --workers)")
    extract.add_argument("--resume", action="store_true",
                         help="keep the articles already in -o OUT.jsonl and extract only the others")
    extract.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                         help="jsonl (default), or flat tables OUT.movements.csv|.parquet and "
                              "OUT.policy_events.csv|.parquet (needs -o)")
    extract.add_argument("--db", metavar="FILE.duckdb", help="also write tables movements and policy_events to DuckDB")

    ev = sub.add_parser("eval", help="score extraction against gold files",
                        description="Extract from PATHs and score against the gold in DIR (SPEC section 4). "
                                    "The last line is `core_f1=... loose_f1=... event_f1=...`.")
    ev.add_argument("--gold", required=True, metavar="DIR", help="folder of gold JSON files")
    ev.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    ev.add_argument("--model", metavar="NAME", default=None, help="spaCy pipeline to load")
    ev.add_argument("--errors", metavar="FILE", help="write every miss and false positive here as JSON lines")
    ev.add_argument("--quiet-errors", action="store_true", help="do not print the misses and false positives")

    numbers = sub.add_parser("numbers", help="print the numeric mentions of a text as JSON",
                             description="Every numeric mention of a text: start, end, text, value, high "
                                         "(ranges), bound (exact/approx/more_than/less_than), kind and rate.")
    numbers.add_argument("path", metavar="FILE|-", help="a text file, or - for standard input")
    numbers.add_argument("--jsonl", action="store_true",
                         help='read lines {"text": ...} and write one line {"mentions": [...]} per input line')
    numbers.add_argument("--model", metavar="NAME", default=None, help="spaCy pipeline to load")

    merge = sub.add_parser("merge", help="one record per figure across articles; conflicts side by side",
                           description="Read extract outputs (JSONL) and write one line per figure (same "
                                       "country, count and dates), listing every article and source that "
                                       "reported it, then one line per conflict: different figures for the "
                                       "same country, direction and period.")
    merge.add_argument("paths", nargs="+", metavar="OUT.jsonl")
    merge.add_argument("-o", "--output", metavar="MERGED.jsonl")

    review = sub.add_parser("review", help="write a static HTML page to review the records",
                            description="Each article with the evidence of every record highlighted and its "
                                        "fields beside it; with --gold, matches, false positives and misses "
                                        "marked in different colours. Articles are re-read from their input files.")
    review.add_argument("path", metavar="OUT.jsonl")
    review.add_argument("--html", required=True, metavar="report.html")
    review.add_argument("--gold", metavar="DIR", help="gold files to compare with")

    sub.add_parser("schema", help="print the JSON Schema of an output line")
    return parser


def _numbers(args: argparse.Namespace) -> int:
    from . import nlp as nlp_mod
    from .numbers import find_numbers

    nlp = nlp_mod.load(args.model)
    source = sys.stdin if args.path == "-" else open(args.path, encoding="utf-8")
    try:
        if not args.jsonl:
            doc = nlp(source.read())
            print(json.dumps([m.as_json() for m in find_numbers(doc)], ensure_ascii=False, indent=1))
            return EXIT_OK
        failed = 0
        texts: list[str] = []
        for number, line in enumerate(source, start=1):
            try:
                texts.append(str(json.loads(line)["text"]))
            except (json.JSONDecodeError, KeyError, TypeError):
                print(f"extractor: line {number}: not a JSON object with a 'text'", file=sys.stderr)
                texts.append("")
                failed += 1
        for doc in nlp.pipe(texts, batch_size=64):
            print(json.dumps({"mentions": [m.as_json() for m in find_numbers(doc)]}, ensure_ascii=False))
        return EXIT_SOME_FAILED if failed else EXIT_OK
    finally:
        if source is not sys.stdin:
            source.close()


def _done_ids(path: Path) -> tuple[list[str], frozenset[str]]:
    """The complete lines of an earlier output and the article ids they hold (for --resume)."""
    lines: list[str] = []
    ids: set[str] = set()
    if not path.exists():
        return lines, frozenset()
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut short by an interrupted run
        if isinstance(record, dict) and "article_id" in record:
            lines.append(line)
            ids.add(str(record["article_id"]))
    return lines, frozenset(ids)


def _extract(args: argparse.Namespace) -> int:
    from .api import extract_paths, to_jsonl

    if args.workers < 1:
        print("extractor: --workers must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    if args.resume and not args.output:
        print("extractor: --resume needs -o OUT.jsonl (the output to resume)", file=sys.stderr)
        return EXIT_USAGE
    if args.output and not Path(args.output).resolve().parent.is_dir():
        print(f"extractor: the folder of -o {args.output} does not exist; create it first", file=sys.stderr)
        return EXIT_USAGE
    if args.format != "jsonl" and not args.output:
        print(f"extractor: --format {args.format} needs -o OUT (tables go to OUT.movements.{args.format} "
              f"and OUT.policy_events.{args.format})", file=sys.stderr)
        return EXIT_USAGE
    if args.format != "jsonl" or args.db:
        return _extract_tables(args)
    errors: list = []
    target = Path(args.output) if args.output else None
    kept, skip = _done_ids(target) if (target and args.resume) else ([], frozenset())
    # Results go to a temporary file beside the output and are renamed into place at the end (or
    # on Ctrl-C), so the output is never a half-written file.
    temporary = target.with_name(target.name + ".partial") if target else None
    out = temporary.open("w", encoding="utf-8") if temporary else sys.stdout
    for line in kept:
        out.write(line + "\n")
    written = undated = 0
    interrupted = False
    progress = _progress(args.quiet)
    try:
        for result in extract_paths(args.paths, published=args.published, model=args.model, errors=errors,
                                    workers=args.workers, skip_ids=skip, engine=args.engine,
                                    scheduler=args.scheduler,
                                    on_warning=lambda message: print(f"extractor: warning: {message}", file=sys.stderr)):
            out.write(to_jsonl(result) + "\n")
            out.flush()
            written += 1
            undated += result.anchor.how == "none"
            progress.update(1)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        progress.close()
        if temporary:
            out.close()
            os.replace(temporary, target)
    for error in errors:
        reason = error.reason.removeprefix(f"{error.origin}: ")
        print(f"extractor: skipped {error.origin}: {reason}", file=sys.stderr)
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as handle:
            for error in errors:
                handle.write(json.dumps({"article_id": error.article_id, "input": error.origin,
                                         "reason": error.reason}, ensure_ascii=False) + "\n")
    if undated:
        print(f"extractor: {undated} of {written} articles gave no publication date the extractor could trust; "
              "their relative dates ('on Friday', 'last week') are left null. Give --published DATE, a "
              "'published' key, or a NAME.meta.json sidecar to date them.", file=sys.stderr)
    resumed = f", {len(kept)} kept from the earlier run" if kept else ""
    print(f"extractor: {written} articles written{resumed}, {len(errors)} failed"
          + (" (interrupted; the output holds every completed article)" if interrupted else ""), file=sys.stderr)
    if interrupted:
        return 130
    return EXIT_SOME_FAILED if errors else EXIT_OK


def _extract_tables(args: argparse.Namespace) -> int:
    """Run the JSONL extraction into a scratch file, then write the tables from it."""
    import tempfile

    from .writers import read_jsonl, write_duckdb, write_tables

    with tempfile.TemporaryDirectory() as scratch:
        jsonl = Path(args.output) if args.format == "jsonl" else Path(scratch) / "records.jsonl"
        status = _extract(argparse.Namespace(**{**vars(args), "output": str(jsonl), "format": "jsonl", "db": None}))
        if status not in (EXIT_OK, EXIT_SOME_FAILED):
            return status
        results = read_jsonl(jsonl)
        if args.format != "jsonl":
            for path in write_tables(results, Path(args.output), args.format):
                print(f"extractor: wrote {path}", file=sys.stderr)
        if args.db:
            write_duckdb(results, Path(args.db))
            print(f"extractor: wrote {args.db}", file=sys.stderr)
    return status


def _merge(args: argparse.Namespace) -> int:
    from .merge import merge
    from .writers import read_jsonl

    results = [r for path in args.paths for r in read_jsonl(Path(path))]
    figures, conflicts = merge(results)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for figure in figures:
            out.write(json.dumps({"kind": "figure", **figure}, ensure_ascii=False) + "\n")
        for conflict in conflicts:
            out.write(json.dumps({"kind": "conflict", **conflict}, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    print(f"extractor: {len(figures)} figures from {len(results)} articles, {len(conflicts)} conflicts",
          file=sys.stderr)
    return EXIT_OK


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(quiet: bool):
    """A progress bar on stderr for a person watching a terminal; nothing for pipes and --quiet."""
    if quiet or not sys.stderr.isatty():
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)


def _eval(args: argparse.Namespace) -> int:
    from .api import evaluate_paths

    if not Path(args.gold).is_dir():
        print(f"extractor: --gold {args.gold!r} is not a folder", file=sys.stderr)
        return EXIT_USAGE
    report = evaluate_paths(args.gold, args.paths, model=args.model)
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as handle:
            for e in report.errors:
                handle.write(json.dumps({"article_id": e.article_id, "level": e.level, "kind": e.kind,
                                         "record": e.record, "sentence": e.sentence}, ensure_ascii=False) + "\n")
    print(report.render(show_errors=not args.quiet_errors))
    return EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "eval":
            return _eval(args)
        if args.command == "numbers":
            return _numbers(args)
        if args.command == "merge":
            return _merge(args)
        if args.command == "review":
            from .review import render
            from .writers import read_jsonl

            page = render(read_jsonl(Path(args.path)), Path(args.gold) if args.gold else None)
            Path(args.html).write_text(page, encoding="utf-8")
            print(f"extractor: wrote {args.html}", file=sys.stderr)
            return EXIT_OK
        if args.command == "schema":
            from .models import SCHEMA_VERSION, ArticleResult

            schema = ArticleResult.model_json_schema()
            schema["$id"] = f"extractor/article-result/{SCHEMA_VERSION}"
            print(json.dumps(schema, indent=2))
            return EXIT_OK
    except RuntimeError as exc:
        print(f"extractor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
