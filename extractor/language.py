"""Is an article English? py3langid decides, on the start of the text."""
from __future__ import annotations

import functools
from typing import Optional


@functools.lru_cache(maxsize=1)
def _identifier():
    from pathlib import Path

    from py3langid import langid

    return langid.LanguageIdentifier.from_modelpath(Path(langid.MODEL_DIR) / langid.MODEL_FILE, norm_probs=True)


def non_english(text: str, sample: int = 3000, confidence: float = 0.9) -> Optional[str]:
    """The language code of a text that is confidently not English, else None.

    Short or mixed texts (chrome, tables of figures) stay with English: only a confident other
    language is turned away.
    """
    snippet = text[:sample]
    if sum(ch.isalpha() for ch in snippet) < 40:
        return None
    language, probability = _identifier().classify(snippet)
    return language if language != "en" and probability >= confidence else None
