"""Reading articles: `.txt`, `.html`, `.jsonl`, with an optional `NAME.meta.json` sidecar.

Every reader yields `Article`s; an input that cannot be read yields an `InputError` in its
place, so one bad file never stops a batch.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .html_text import html_to_text

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: Optional[dt.date] = None
    published_how: str = "none"  # "metadata" | "html" | "none"
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    origin: str = ""  # the file (and line) it came from, for messages
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class InputError:
    article_id: Optional[str]
    origin: str
    reason: str


def parse_date(value: object) -> Optional[dt.date]:
    """An ISO date or datetime string to a date; None when it is not one."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _decode(raw: bytes, origin: str) -> str:
    if b"\x00" in raw:
        raise ValueError(f"{origin}: binary content (NUL bytes); not a text article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{origin}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc


def _article_from_record(record: dict, default_id: str, origin: str, is_html: bool) -> Article:
    warnings: list[str] = []
    published = parse_date(record.get("published"))
    if record.get("published") and published is None:
        warnings.append(f"invalid published {record.get('published')!r} ignored; date inferred instead")
    how = "metadata" if published else "none"
    html = record.get("html")
    if is_html or (html and not record.get("text")):
        page = html_to_text(html if html is not None else record.get("text", ""))
        text = page.text
        if published is None and page.published is not None:
            published, how = page.published, "html"
        title = record.get("title") or page.title
    else:
        text = record.get("text")
        title = record.get("title")
    if not isinstance(text, str):
        raise ValueError(f"{origin}: no 'text' or 'html' string")
    if not text.strip():
        raise ValueError(f"{origin}: empty article text")
    return Article(
        id=str(record.get("id") or default_id),
        text=text,
        published=published,
        published_how=how,
        url=record.get("url"),
        title=title,
        outlet=record.get("outlet"),
        origin=origin,
        warnings=tuple(warnings),
    )


def _sidecar(path: Path) -> dict:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if not isinstance(meta, dict):
        raise ValueError(f"{meta_path}: metadata must be a JSON object")
    return meta


def read_file(path: Path) -> Iterator[Union[Article, InputError]]:
    """The articles of one input file, in order."""
    origin = str(path)
    if path.suffix == ".jsonl":
        yield from _read_jsonl(path)
        return
    try:
        text = _decode(path.read_bytes(), origin)
        record = dict(_sidecar(path))
        record["html" if path.suffix in (".html", ".htm") else "text"] = text
        yield _article_from_record(record, path.stem, origin, path.suffix in (".html", ".htm"))
    except (OSError, ValueError) as exc:
        yield InputError(article_id=path.stem, origin=origin, reason=str(exc))


def _read_jsonl(path: Path) -> Iterator[Union[Article, InputError]]:
    try:
        lines = _decode(path.read_bytes(), str(path)).splitlines()
    except (OSError, ValueError) as exc:
        yield InputError(article_id=None, origin=str(path), reason=str(exc))
        return
    for number, line in enumerate(lines, start=1):
        origin = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"{origin}: a line must be a JSON object")
            yield _article_from_record(record, f"{path.stem}-{number}", origin, False)
        except json.JSONDecodeError as exc:
            yield InputError(article_id=None, origin=origin, reason=f"{origin}: not JSON ({exc.msg})")
        except ValueError as exc:
            yield InputError(article_id=None, origin=origin, reason=str(exc))


def expand_paths(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """Files as given; folders to the supported files below them, sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.suffix in SUPPORTED_SUFFIXES and not _is_sidecar(child):
                    yield child
        elif not _is_sidecar(path):
            yield path


def _is_sidecar(path: Path) -> bool:
    """A NAME.meta.json is read with its article, also when a shell glob ("corpora/dev/*") names it."""
    return path.name.endswith(".meta.json")


def iter_articles(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Article, InputError]]:
    for path in expand_paths(paths):
        if not path.exists():
            yield InputError(article_id=None, origin=str(path), reason=f"{path}: no such file")
            continue
        yield from read_file(path)
