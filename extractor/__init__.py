"""Movements of people and border policy events, extracted from news text.

    >>> from extractor import extract_text
    >>> result = extract_text(text, published=datetime.date(2022, 10, 1))
"""
from .api import evaluate_paths, extract_paths, extract_text
from .models import ArticleResult, Movement, PolicyEvent

__all__ = ["extract_text", "extract_paths", "evaluate_paths", "ArticleResult", "Movement", "PolicyEvent"]
__version__ = "0.1.0"
