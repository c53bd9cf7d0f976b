"""Extraction spread over worker processes, one model load per worker, results in input order."""
from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
from typing import Iterable, Iterator, Optional

from .ingest import Article, InputError
from .models import ArticleResult

_NLP = None  # the worker's spaCy pipeline, loaded once by _start


def _start(model: Optional[str]) -> None:
    global _NLP
    from . import nlp as nlp_mod

    _NLP = nlp_mod.load(model)


def _run(job: tuple[list[Article], Optional[dt.date]]) -> tuple[list[ArticleResult], list[InputError]]:
    from .pipeline import extract_articles

    articles, published = job
    errors: list[InputError] = []
    return list(extract_articles(articles, _NLP, published=published, errors=errors)), errors


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def extract_in_workers(articles: Iterable[Article], workers: int, model: Optional[str] = None,
                       published: Optional[dt.date] = None, chunk_size: int = 8,
                       errors: Optional[list[InputError]] = None) -> Iterator[ArticleResult]:
    """The results of `pipeline.extract_articles`, computed by `workers` processes, in input order;
    articles that fail go to `errors`."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(workers, initializer=_start, initargs=(model,)) as pool:
        jobs = ((chunk, published) for chunk in _chunks(articles, chunk_size))
        for results, failed in pool.imap(_run, jobs):
            if errors is not None:
                errors.extend(failed)
            yield from results
