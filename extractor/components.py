"""spaCy components the project adds to the English pipeline."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from . import chrome


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line and after every line that is not body prose.

    Scraped pages put widgets, headlines and captions on lines of their own; without this the
    parser glues "Recommended Videos" onto the next sentence and misreads its subject.
    """
    text = text_of(doc)
    breaks = set()
    for line in chrome.lines(text):
        if line.kind != "body" or BULLET.match(text, _next_line_start(text, line.end)):
            breaks.add(line.end)  # and a line before a list item: "- Mongolia: land border ... closed"
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            continue
        if previous.is_space and ("\n\n" in previous.text or "\n" in previous.text and _ends_break(previous, breaks)):
            token.is_sent_start = True
        elif previous.idx + len(previous.text) in breaks and "\n" in text[previous.idx + len(previous.text):token.idx]:
            token.is_sent_start = True
        if token.is_sent_start and token.i > 0:
            continue
    _split_datelines(doc)
    return doc


def _split_datelines(doc: Doc) -> None:
    """"WARSAW (Agency) — Poland closed ...": the dateline is not part of the first sentence."""
    from .discourse import DATELINE

    text = text_of(doc)
    for line in chrome.lines(text):
        if line.kind != "body":
            continue
        match = DATELINE.match(text[line.start:line.end])
        if not match:
            continue
        dateline = doc.char_span(line.start, line.start + match.end(), alignment_mode="contract")
        for token in (dateline or [])[1:]:
            token.is_sent_start = False  # "PORT OF SPAIN, Trinidad, Aug. 4, 1990 (AP) —", which the parser cut after "PORT"
        span = doc.char_span(line.start + match.end(), line.end, alignment_mode="expand")
        if span is not None and len(span) > 0:
            first = next((t for t in span if not t.is_space), None)
            if first is not None and first.i > 0:
                first.is_sent_start = True


def text_of(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins it anew at every `doc.text`."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


BULLET = re.compile(r"[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+\S")


def _next_line_start(text: str, end: int) -> int:
    newline = text.find("\n", end)
    return newline + 1 if newline >= 0 else len(text)


def _ends_break(space, breaks: set[int]) -> bool:
    start = space.idx
    return any(start <= b <= start + len(space.text) for b in breaks) or space.idx in breaks
