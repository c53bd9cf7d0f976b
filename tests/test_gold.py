"""Every gold file is a valid record set, and every gold count is in its evidence sentence."""
import json
import re

import pytest

from extractor.ingest import Article, iter_articles
from extractor.models import GoldArticle
from extractor.numbers import find_numbers

from .conftest import ROOT

GOLD_FILES = sorted((ROOT / "gold").glob("*/*.json"))


def _texts() -> dict[str, str]:
    return {a.id: a.text for a in iter_articles([ROOT / "corpora"]) if isinstance(a, Article)}


def test_the_gold_set_is_large_enough_to_mean_something():
    golds = [GoldArticle.model_validate(json.loads(p.read_text())) for p in GOLD_FILES]
    assert len(golds) >= 40
    assert sum(len(g.movements) for g in golds) >= 250
    assert sum(len(g.policy_events) for g in golds) >= 60
    assert len(list((ROOT / "gold" / "test").glob("*.json"))) >= 15


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_validates_against_the_output_models(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    gold = GoldArticle.model_validate(data)
    assert gold.article_id == path.stem
    for movement in gold.movements:
        assert movement.country == sorted(movement.country)
        assert movement.count_high is None or movement.count_high > movement.count


def test_every_gold_story_has_its_article_and_every_count_is_in_its_evidence(nlp):
    texts = _texts()
    problems = []
    for path in GOLD_FILES:
        gold = GoldArticle.model_validate(json.loads(path.read_text(encoding="utf-8")))
        text = texts.get(gold.article_id)
        if text is None:
            problems.append(f"{gold.article_id}: no article in corpora/")
            continue
        for movement in gold.movements:
            evidence = text[movement.evidence.start:movement.evidence.end] if movement.evidence else text
            values = {m.value for m in find_numbers(nlp(evidence))} | {m.high for m in find_numbers(nlp(evidence))}
            if movement.count not in values and not re.search(rf"\b{movement.count:,}\b|\b{movement.count}\b", evidence):
                problems.append(f"{gold.article_id}: {movement.count} not in {evidence[:80]!r}")
    assert not problems, "\n".join(problems)


def test_every_story_in_corpora_has_a_gold_file():
    stories = {a.id for a in iter_articles([ROOT / "corpora"]) if isinstance(a, Article)}
    golds = {p.stem for p in GOLD_FILES}
    assert stories == golds


def test_every_story_is_a_wire_story_of_250_to_900_words():
    lengths = {a.id: len(a.text.split()) for a in iter_articles([ROOT / "corpora"]) if isinstance(a, Article)}
    assert not {k: n for k, n in lengths.items() if not 250 <= n <= 900}
