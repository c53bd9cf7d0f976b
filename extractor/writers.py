"""Flat tables of the records, for pandas, R and SQL: CSV, Parquet or a DuckDB database.

Two tables, one row a record: `movements` and `policy_events`, each row with the article's id,
url, title, outlet and anchor and the evidence sentence. Lists (countries, origins) are written
as ";"-joined codes so every format holds the same plain columns.

DuckDB rather than SQLite: it is columnar, reads the Parquet and CSV files directly, and pandas
and R query it without an export step; one file holds both tables.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterable

from .models import ArticleResult

FORMATS = ("jsonl", "csv", "parquet")

_ARTICLE_COLUMNS = ("article_id", "url", "title", "outlet", "anchor_date", "anchor_how")
MOVEMENT_COLUMNS = _ARTICLE_COLUMNS + (
    "country", "direction", "origin", "group", "count", "count_high", "qualifier", "per",
    "date_start", "date_end", "source", "evidence_start", "evidence_end", "sentence")
EVENT_COLUMNS = _ARTICLE_COLUMNS + (
    "type", "actor", "actor_name", "target", "date_start", "date_end", "source",
    "evidence_start", "evidence_end", "sentence")


def _article_part(result: ArticleResult) -> dict:
    return {"article_id": result.article_id, "url": result.url, "title": result.title, "outlet": result.outlet,
            "anchor_date": result.anchor.date.isoformat() if result.anchor.date else None,
            "anchor_how": result.anchor.how}


def _evidence_part(record) -> dict:
    evidence = record.evidence
    return {"evidence_start": evidence.start if evidence else None,
            "evidence_end": evidence.end if evidence else None,
            "sentence": evidence.text if evidence else None}


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def rows(results: Iterable[ArticleResult]) -> tuple[list[dict], list[dict]]:
    """(movement rows, policy event rows), flat."""
    movements: list[dict] = []
    events: list[dict] = []
    for result in results:
        article = _article_part(result)
        for m in result.movements:
            movements.append({**article, "country": ";".join(m.country), "direction": m.direction,
                              "origin": ";".join(m.origin), "group": m.group, "count": m.count,
                              "count_high": m.count_high, "qualifier": m.qualifier, "per": m.per,
                              "date_start": _iso(m.date_start), "date_end": _iso(m.date_end),
                              "source": m.source, **_evidence_part(m)})
        for e in result.policy_events:
            events.append({**article, "type": e.type, "actor": e.actor, "actor_name": e.actor_name,
                           "target": e.target, "date_start": _iso(e.date_start), "date_end": _iso(e.date_end),
                           "source": e.source, **_evidence_part(e)})
    return movements, events


def table_paths(prefix: Path, suffix: str) -> tuple[Path, Path]:
    """OUT.csv -> OUT.movements.csv and OUT.policy_events.csv."""
    stem = prefix.with_suffix("") if prefix.suffix in (".csv", ".parquet", ".jsonl") else prefix
    return (stem.with_name(stem.name + f".movements{suffix}"), stem.with_name(stem.name + f".policy_events{suffix}"))


def write_tables(results: Iterable[ArticleResult], prefix: Path, fmt: str) -> tuple[Path, Path]:
    movements, events = rows(results)
    paths = table_paths(prefix, "." + fmt)
    for path, data, columns in ((paths[0], movements, MOVEMENT_COLUMNS), (paths[1], events, EVENT_COLUMNS)):
        if fmt == "csv":
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns)
                writer.writeheader()
                writer.writerows(data)
        elif fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(data, schema=_arrow_schema(columns)) if data else \
                pa.Table.from_pylist([], schema=_arrow_schema(columns))
            pq.write_table(table, path)
        else:
            raise ValueError(f"unknown table format {fmt!r}")
    return paths


_INTEGER_COLUMNS = {"count", "count_high", "evidence_start", "evidence_end"}


def _arrow_schema(columns):
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in _INTEGER_COLUMNS else pa.string()) for c in columns])


def write_duckdb(results: Iterable[ArticleResult], path: Path) -> None:
    """Tables `movements` and `policy_events` in a DuckDB file (replaced if it exists)."""
    import duckdb

    movements, events = rows(results)
    if path.exists():
        path.unlink()
    connection = duckdb.connect(str(path))
    try:
        for name, data, columns in (("movements", movements, MOVEMENT_COLUMNS),
                                    ("policy_events", events, EVENT_COLUMNS)):
            types = ", ".join(f'"{c}" {"BIGINT" if c in _INTEGER_COLUMNS else "VARCHAR"}' for c in columns)
            connection.execute(f"CREATE TABLE {name} ({types})")
            if data:
                marks = ", ".join("?" for _ in columns)
                connection.executemany(f"INSERT INTO {name} VALUES ({marks})",
                                       [[row[c] for c in columns] for row in data])
    finally:
        connection.close()


def read_jsonl(path: Path) -> list[ArticleResult]:
    return [ArticleResult.model_validate(json.loads(line))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
