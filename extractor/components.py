"""spaCy components the project adds to the English pipeline."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import chrome


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line and after every line that is not body prose.

    Scraped pages put widgets, headlines and captions on lines of their own; without this the
    parser glues "Recommended Videos" onto the next sentence and misreads its subject.
    """
    text = doc.text
    breaks = set()
    for line in chrome.lines(text):
        if line.kind != "body":
            breaks.add(line.end)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            continue
        if previous.is_space and ("\n\n" in previous.text or "\n" in previous.text and _ends_break(previous, breaks)):
            token.is_sent_start = True
        elif previous.idx + len(previous.text) in breaks and "\n" in text[previous.idx + len(previous.text):token.idx]:
            token.is_sent_start = True
    return doc


def _ends_break(space, breaks: set[int]) -> bool:
    start = space.idx
    return any(start <= b <= start + len(space.text) for b in breaks) or space.idx in breaks
