"""The Python API: the same jobs as the command line."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from . import nlp as nlp_mod
from .evaluate import Report, evaluate, load_gold
from .ingest import Article, InputError, iter_articles
from .models import ArticleResult
from .pipeline import extract_articles

PathLike = Union[str, Path]


def extract_text(text: str, published: Optional[dt.date] = None, article_id: str = "article",
                 model: Optional[str] = None) -> ArticleResult:
    """Extract from one article's plain text."""
    article = Article(id=article_id, text=text, published=published,
                      published_how="metadata" if published else "none")
    return next(extract_articles([article], nlp_mod.load(model)))


def extract_paths(paths: Iterable[PathLike], published: Optional[dt.date] = None,
                  model: Optional[str] = None, errors: Optional[list[InputError]] = None,
                  workers: int = 1) -> Iterator[ArticleResult]:
    """Extract from files and folders; unreadable inputs go to `errors` (when given) and are skipped.

    With `workers` > 1 the articles are spread over that many processes (one model load each);
    the results come back in input order either way.
    """
    def good() -> Iterator[Article]:
        for item in iter_articles(paths):
            if isinstance(item, InputError):
                if errors is not None:
                    errors.append(item)
                continue
            yield item

    if workers > 1:
        from .parallel import extract_in_workers

        yield from extract_in_workers(good(), workers, model=model, published=published)
    else:
        yield from extract_articles(good(), nlp_mod.load(model), published=published)


def evaluate_paths(gold_dir: PathLike, paths: Iterable[PathLike], model: Optional[str] = None) -> Report:
    """Extract from `paths` and score the results against the gold files in `gold_dir`."""
    articles = [a for a in iter_articles(paths) if isinstance(a, Article)]
    texts = {a.id: a.text for a in articles}
    predictions = list(extract_articles(articles, nlp_mod.load(model)))
    return evaluate(predictions, load_gold(Path(gold_dir)), texts)


def to_jsonl(result: ArticleResult) -> str:
    return json.dumps(json.loads(result.model_dump_json()), ensure_ascii=False)
