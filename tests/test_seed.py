"""The article the project was born from must always extract perfectly."""
from extractor.api import evaluate_paths
from extractor.ingest import iter_articles

from .conftest import SHARED


def test_seed_article_scores_perfectly_on_every_level(seed_path):
    report = evaluate_paths(SHARED / "seeds", [seed_path])
    assert report.summary_line() == "core_f1=1.000 loose_f1=1.000 event_f1=1.000"


def test_seed_anchor_is_inferred_from_caption_date_and_weekdays(seed_path):
    from extractor.pipeline import resolve_anchor

    article = next(iter_articles([seed_path]))
    anchor = resolve_anchor(article)
    assert anchor.how == "inferred"
    assert anchor.date.isoformat() in ("2022-10-01", "2022-10-02")
