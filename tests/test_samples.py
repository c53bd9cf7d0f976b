"""The seed's facts retold in other words (corpora/samples) extract as perfectly as the seed.

These stories change sentence order, put attribution before and after the figure, say "said",
"told reporters", "figures from", "data released by" instead of "according to", refer back to
"the agency" and "the ministry", and write dates out instead of weekdays: a rule tuned to the
seed's wording would fail here.
"""
import ast
import re

import pytest

from extractor.api import evaluate_paths

from .conftest import ROOT, SEED


def test_every_retelling_of_the_seed_extracts_perfectly():
    report = evaluate_paths(ROOT / "gold" / "samples", [ROOT / "corpora" / "samples"])
    assert len(report.articles) >= 3
    imperfect = [(a.article_id, a.core.f1, a.event.f1) for a in report.articles
                 if (a.core.f1, a.loose.f1, a.event.f1) != (1.0, 1.0, 1.0)]
    assert not imperfect, report.render()


def _words(text):
    return set(re.findall(r"[a-z][a-z'-]+", text.lower()))


# Output labels (the kinds of number) are names the code gives, not words it looks for.
LABELS = {"count", "percent", "money", "year", "age", "ordinal", "time", "measure", "date", "vague"}


def _rule_text() -> str:
    """Every word the extractor's rules name: string literals of the code (not docstrings) and data files."""
    parts = []
    for source in (ROOT / "extractor").rglob("*"):
        if source.suffix in (".json", ".tsv"):
            parts.append(source.read_text(encoding="utf-8"))
        elif source.suffix == ".py":
            tree = ast.parse(source.read_text(encoding="utf-8"))
            docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                          if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                          and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
            parts += [node.value for node in ast.walk(tree)
                      if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]
    return "\n".join(parts)


def test_no_rule_names_a_word_or_figure_that_only_the_seed_uses():
    """Words the seed uses and no other story does must not appear among the rules' words."""
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    seed = SEED.read_text(encoding="utf-8")
    others = set()
    for story in (ROOT / "corpora").rglob("*"):
        if story.suffix in (".txt", ".html", ".jsonl"):
            others |= _words(story.read_text(encoding="utf-8"))
    seed_only = {w for w in _words(seed) - others - LABELS if len(w) > 3 and w.rstrip("s") not in others}
    rules = _rule_text()
    assert not (seed_only & _words(rules)), sorted(seed_only & _words(rules))
    # (calendar years are no figure of the seed's: the table of officials' years in office names 2022 too)
    figures = {f for f in re.findall(r"\d[\d,.]*\d", seed) if len(f.replace(",", "")) >= 3
               and not re.fullmatch(r"(?:19|20)\d\d", f)}
    assert not [f for f in figures if re.search(rf"(?<![\d,.]){re.escape(f)}(?![\d,.])", rules)]
