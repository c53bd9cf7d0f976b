"""The Python API: the same jobs as the command line."""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from . import nlp as nlp_mod
from .evaluate import Report, evaluate, load_gold
from .ingest import Article, InputError, iter_articles
from .models import ArticleResult
from .language import non_english
from .pipeline import extract_articles

PathLike = Union[str, Path]
log = logging.getLogger("extractor")


def extract_text(text: str, published: Optional[dt.date] = None, article_id: str = "article",
                 model: Optional[str] = None) -> ArticleResult:
    """Extract from one article's plain text."""
    article = Article(id=article_id, text=text, published=published,
                      published_how="metadata" if published else "none")
    return next(extract_articles([article], nlp_mod.load(model)))


def extract_paths(paths: Iterable[PathLike], published: Optional[dt.date] = None,
                  model: Optional[str] = None, errors: Optional[list[InputError]] = None,
                  workers: int = 1, skip_ids: frozenset[str] = frozenset(),
                  on_warning: Callable[[str], None] = log.warning, engine: str = "local",
                  scheduler: Optional[str] = None) -> Iterator[ArticleResult]:
    """Extract from files and folders; unreadable inputs go to `errors` (when given) and are skipped.

    With `workers` > 1 the articles are spread over that many processes (one model load each);
    with `engine="dask"` over a Dask cluster (`scheduler` address, or a local one of `workers`
    processes). The results come back in input order either way.
    """
    failed: list[InputError] = errors if errors is not None else []
    if engine == "dask":
        from .cluster import extract_on_dask

        yield from extract_on_dask(readable_articles(paths, failed, skip_ids, on_warning), scheduler=scheduler,
                                   workers=max(workers, 1), model=model, published=published, errors=failed)
    elif workers > 1:
        from .parallel import extract_in_workers

        yield from extract_in_workers(readable_articles(paths, failed, skip_ids, on_warning), workers,
                                      model=model, published=published, errors=failed)
    else:
        yield from extract_articles(readable_articles(paths, failed, skip_ids, on_warning), nlp_mod.load(model),
                                    published=published, errors=failed)


def readable_articles(paths: Iterable[PathLike], errors: list[InputError],
                      skip_ids: frozenset[str] = frozenset(),
                      on_warning: Callable[[str], None] = log.warning) -> Iterator[Article]:
    """The articles worth extracting, in order; the rest go to `errors` with the reason.

    Unreadable inputs, a second article with an id already seen, and text that is confidently
    not English are reported, not extracted. Ids in `skip_ids` (a resumed run) are passed over.
    """
    seen: dict[str, str] = {}
    for item in iter_articles(paths):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        if item.id in skip_ids:
            continue
        if item.id in seen:
            errors.append(InputError(item.id, item.origin,
                                     f"duplicate article id {item.id!r} (first in {seen[item.id]}); skipped"))
            continue
        seen[item.id] = item.origin
        language = non_english(item.text)
        if language:
            errors.append(InputError(item.id, item.origin, f"not English (looks like {language!r}); skipped"))
            continue
        for warning in item.warnings:
            on_warning(f"{item.origin or item.id}: {warning}")
        yield item


def evaluate_paths(gold_dir: PathLike, paths: Iterable[PathLike], model: Optional[str] = None) -> Report:
    """Extract from `paths` and score the results against the gold files in `gold_dir`."""
    articles = [a for a in iter_articles(paths) if isinstance(a, Article)]
    texts = {a.id: a.text for a in articles}
    predictions = list(extract_articles(articles, nlp_mod.load(model)))
    return evaluate(predictions, load_gold(Path(gold_dir)), texts)


def to_jsonl(result: ArticleResult) -> str:
    return json.dumps(json.loads(result.model_dump_json()), ensure_ascii=False)
