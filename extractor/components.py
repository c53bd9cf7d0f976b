"""spaCy components the project adds to the English pipeline."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, HEAD
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


# Past forms that take the place left or crossed as their object, with their lemma: the parser can
# read "9,000 more left Sampit" as "the left Sampit", a figure and an adjective of a place.
_PLACE_OBJECT_VERBS = {"left": "leave", "fled": "flee", "crossed": "cross", "entered": "enter"}


@Language.component("verbs_read_as_adjectives")
def verbs_read_as_adjectives(doc: Doc) -> Doc:
    """Re-hang "about 9,000 more left Sampit by sea" and "another 6,000 left fishing villages" as the
    clauses they are: the figure the subject of the verb, the place its object."""
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    changed = []
    for verb in doc:
        place = verb.head
        if verb.lower_ not in _PLACE_OBJECT_VERBS or verb.dep_ != "amod" or place.i <= verb.i:
            continue
        figure = doc[verb.i - 1]
        if figure.lower_ in ("more", "others") and verb.i >= 2:
            figure = doc[verb.i - 2]
        if not figure.like_num or figure.dep_ != "nummod" or figure.head.i != place.i:
            continue
        root = verb.sent.root
        if place.dep_ == "ROOT":
            heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        else:
            governor = place.head if place.head.pos_ in ("VERB", "AUX") else root
            heads[verb.i], deps[verb.i] = governor.i, "ccomp"
            if governor.i > verb.i:
                # "Between Wednesday and Thursday, ... left Sampit ..., police said": what opens the
                # sentence belongs to what was said, as the parser hangs it on a well-read clause
                for child in governor.children:
                    if child.i < figure.i and child.dep_ in ("prep", "npadvmod", "advmod", "punct"):
                        heads[child.i] = verb.i
        heads[place.i], deps[place.i] = verb.i, "dobj"
        heads[figure.i], deps[figure.i] = verb.i, "nsubj"
        for child in place.children:
            if child.i > place.i or child.i < figure.i:
                heads[child.i] = verb.i  # "by sea", "for Palangkaraya": the verb's, not the place's
        changed.append(verb)
    if changed:
        # HEAD is stored as an offset to the head, in the unsigned array spaCy reads
        rows = [[(h - i) % 2 ** 64, doc.vocab.strings.add(d)] for i, (h, d) in enumerate(zip(heads, deps))]
        doc.from_array([HEAD, DEP], numpy.array(rows, dtype="uint64"))
        for verb in changed:
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", _PLACE_OBJECT_VERBS[verb.lower_]
    return doc


@Language.component("predicates_after_relatives")
def predicates_after_relatives(doc: Doc) -> Doc:
    """Re-hang "About 450 Guatemalan villagers who fled an eviction by police in the park crossed into Mexico" as
    the clause it is: the parser makes the noun the sentence's root and hangs the past-tense verb after the
    relative clause inside it, as a clause of the last noun there ("an eviction ... crossed")."""
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    changed = False
    for sent in doc.sents:
        root = sent.root
        # ("..., reopened on Wednesday, letting stranded tourists leave": the parser may make the participle
        # after it the root, and the noun its subject)
        noun = root if root.tag_.startswith("NN") else next(
            (c for c in root.children if c.dep_ == "nsubj" and c.tag_.startswith("NN") and root.tag_ == "VBG"), None)
        relative = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None) if noun is not None else None
        if relative is None:  # (tags only: the attribute ruler sets POS later)
            continue
        verb = next((t for t in relative.subtree if t.dep_ == "acl" and t.tag_ == "VBD" and t.i > relative.i), None) \
            if noun is root else None
        if verb is None:
            # "Juba International Airport, which was closed on Monday, reopened on Wednesday": hung on the noun
            # itself, after the relative clause, and tagged a participle
            verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                         and c.i > relative.right_edge.i and doc[c.i - 1].text == ","), None)
        if verb is None:
            continue
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[noun.i], deps[noun.i] = verb.i, "nsubj"
        if noun is not root:
            heads[root.i], deps[root.i] = verb.i, "advcl"
            for child in root.children:
                if child.dep_ == "punct" and child.i == sent.end - 1:
                    heads[child.i] = verb.i  # the full stop closes the whole sentence
        for child in noun.children:
            if child.i > verb.i:
                heads[child.i] = verb.i  # the full stop, and what follows the verb
        changed = True
    if changed:
        rows = [[(h - i) % 2 ** 64, doc.vocab.strings.add(d)] for i, (h, d) in enumerate(zip(heads, deps))]
        doc.from_array([HEAD, DEP], numpy.array(rows, dtype="uint64"))
    return doc


# Past-tense verbs of saying that close a report: "..., the governor of the East region said on Wednesday".
_SAID = {"said", "says", "told", "announced", "reported", "added", "confirmed", "stated"}


@Language.component("reports_after_clauses")
def reports_after_clauses(doc: Doc) -> Doc:
    """Re-hang "Cameroon has sent more troops (BIR) to the border, the governor said on Wednesday" as the report
    it is: after a parenthesis the parser makes "said" a second clause joined to the first, so the report
    loses its speaker and its day. A verb of saying with a subject of its own, set off by a comma and joined
    by no "and", is the root; the clause before it is what was said."""
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    changed = False
    for sent in doc.sents:
        root = sent.root
        if not root.tag_.startswith("VB"):
            continue
        said = next((c for c in root.children if c.dep_ == "conj" and c.lower_ in _SAID and c.i > root.i), None)
        if said is None or any(c.dep_ == "cc" and c.i < said.i for c in root.children):
            continue
        speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.left_edge.i == 0 or doc[speaker.left_edge.i - 1].text != ",":
            continue
        heads[said.i], deps[said.i] = said.i, "ROOT"
        heads[root.i], deps[root.i] = said.i, "ccomp"
        for child in root.children:
            if child.i > said.i:
                heads[child.i] = said.i  # the full stop
        changed = True
    if changed:
        rows = [[(h - i) % 2 ** 64, doc.vocab.strings.add(d)] for i, (h, d) in enumerate(zip(heads, deps))]
        doc.from_array([HEAD, DEP], numpy.array(rows, dtype="uint64"))
    return doc


# Verb forms the model's rule lemmatizer cuts to another verb that its tables also know: "hoped" to
# "hop" (so "Pakistan hoped to welcome 10,000 visitors" read as no hope at all), "waded" to "wad".
_VERB_LEMMAS = {form: lemma for lemma, forms in {
    "hope": ("hope", "hoped", "hopes", "hoping"),
    "wade": ("wade", "waded", "wades", "wading"),
    "scrape": ("scrape", "scraped", "scrapes", "scraping"),
}.items() for form in forms}


@Language.component("mend_lemmas")
def mend_lemmas(doc: Doc) -> Doc:
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and token.lower_ in _VERB_LEMMAS:
            token.lemma_ = _VERB_LEMMAS[token.lower_]
    return doc
