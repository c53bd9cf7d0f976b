"""Extraction on a Dask cluster: the same pipeline, one model load per worker, results in order.

Dask.distributed rather than Ray: it is a plain PyPI install, runs a local cluster with no
extra services, and a real cluster is one `dask scheduler` and some `dask worker ADDRESS`
processes away. Point `--scheduler tcp://host:8786` at it; without an address a local cluster
of `--workers` processes is started for the run and shut down after it.
"""
from __future__ import annotations

import datetime as dt
import itertools
from typing import Iterable, Iterator, Optional

from .ingest import Article, InputError
from .models import ArticleResult


def _extract_chunk(articles: list[Article], model: Optional[str], published: Optional[dt.date]):
    """Runs on a worker; the model is loaded once per worker process (nlp.load caches it)."""
    from . import nlp as nlp_mod
    from .pipeline import extract_articles

    errors: list[InputError] = []
    results = list(extract_articles(articles, nlp_mod.load(model), published=published, errors=errors))
    return results, errors


def extract_on_dask(articles: Iterable[Article], scheduler: Optional[str] = None, workers: int = 2,
                    model: Optional[str] = None, published: Optional[dt.date] = None, chunk_size: int = 8,
                    errors: Optional[list[InputError]] = None) -> Iterator[ArticleResult]:
    from distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                   dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        iterator = iter(articles)
        chunks = iter(lambda: list(itertools.islice(iterator, chunk_size)), [])
        futures = [client.submit(_extract_chunk, chunk, model, published, pure=False) for chunk in chunks]
        for future in futures:  # in submission order, so the output keeps the input's order
            results, failed = future.result()
            if errors is not None:
                errors.extend(failed)
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
