"""One article in, one `ArticleResult` out: ingest -> spaCy doc -> annotations -> records.

    article ──> spaCy doc ──> per sentence: numbers, dates, places, sources
                                   │
                                   ├─> movements.assemble ─┐
                                   └─> events.find_events ─┴─> merge ─> ArticleResult
    article text ──> factbox.find_movements ("Tanzania: 70,187 | Rwanda: 26,302") ─┘
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import chrome, events, factbox, movements, nlp as nlp_mod
from .anchor import infer_anchor
from .components import BULLET, text_of
from .discourse import (Discourse, subject_country, dateline_country, dateline_town, find_attributions, find_places, heading_country, note_sources,
                         note_filed_abroad, rulers_country, sentence_frame_country, city_frame_country)
from .ingest import Article, InputError
from .models import Anchor, ArticleResult, Evidence, Movement, PolicyEvent
from .numbers import find_numbers
from .places import state_on
from .temporal import (CONFLICT_NOUNS, attach_to_clauses, beginnings, conflict_named, find_times, names_a_day,
                       since_thing, started_day, years_in)


def resolve_anchor(article: Article, published: Optional[dt.date] = None) -> Anchor:
    if published is not None:
        return Anchor(date=published, how="metadata")
    if article.published is not None:
        return Anchor(date=article.published, how="html" if article.published_how == "html" else "metadata")
    guess = infer_anchor(article.text, article.url)
    return Anchor(date=guess.date, how=guess.how)  # type: ignore[arg-type]


def _in_body(start: int, end: int, body: list[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(end, b) - max(start, a)) for a, b in body)
    return inside * 2 > (end - start)


# How many sentences into the body a dateline ("SPIELFELD, Austria —") may still open a paragraph.
_DATELINE_WITHIN = 6


def extract_doc(doc: Doc, article: Article, published: Optional[dt.date] = None) -> ArticleResult:
    anchor = resolve_anchor(article, published)
    text = article.text
    body = chrome.body_mask(text)
    years = years_in(text)
    fallback_year = anchor.date.year if anchor.date else (max(years) if years else None)
    numbers = find_numbers(doc)
    discourse = Discourse(anchor=anchor.date)
    found_movements: list[Movement] = []
    found_events: list[PolicyEvent] = []
    waiting: list[tuple[Movement, str]] = []  # movements whose start is "since <an event>"
    started_later: list[tuple[Movement, str]] = []  # movements "since the <thing> began", told of later
    body_sentences = 0
    dated_here = False  # the sentence that gave the dateline, whose places may show the story filed from abroad
    for sent in doc.sents:
        if not discourse.dateline_country and _in_body(sent.start_char, sent.end_char, body) \
                and body_sentences < _DATELINE_WITHIN:
            # a scraped page may put a headline, a standfirst and a byline before the dateline
            body_sentences += 1
            discourse.dateline_country = dateline_country(sent.text) or ""
            discourse.last_town = dateline_town(sent.text)  # "the town's mayor" before any town is named
            dated_here = bool(discourse.dateline_country)
        times = attach_to_clauses(sent, find_times(sent.text, anchor.date, offset=sent.start_char,
                                                   fallback_year=fallback_year, last_day=discourse.last_day,
                                                   last_day_is_year=discourse.last_day_is_year),
                                  discourse.conflict_start, discourse.started, discourse.story_since)
        for noun, day in beginnings(sent, times).items():
            discourse.started.setdefault(noun, day)
        if discourse.story_since is None:
            discourse.story_since = next((t.start for t in times if t.relation == "since" and names_a_day(t)), None)
        if discourse.conflict_start is None:
            discourse.conflict_start = next((t.start for t in times if t.relation == "since" and t.explicit), None) \
                or conflict_named(sent.doc, times)
        if sent.start == 0:
            discourse.record_country = heading_country(sent)  # a tracker record opens on its country
        # so does an item of a list, for itself only: "- Mongolia: land border with China closed ..."
        discourse.heading_country = heading_country(sent) if BULLET.match(sent.text) else discourse.record_country
        places = find_places(sent, discourse)
        if dated_here:
            note_filed_abroad(places, discourse)
            dated_here = not places and len(sent) < 15  # (a dateline the splitter left as a sentence of its own)
        # "In Latvia, the government extended ... Soldiers were deployed ...": the frame holds to the paragraph's end
        same_paragraph = sent.start > 0 and "\n" not in text_of(doc)[doc[sent.start - 1].idx:sent.start_char]
        discourse.sentence_country = sentence_frame_country(sent, places) \
            or (discourse.sentence_country if same_paragraph else None)
        discourse.town_frame_country = city_frame_country(sent, places) \
            or (discourse.town_frame_country if same_paragraph else None)
        if not same_paragraph:
            discourse.paragraph_topic = None
        discourse.rulers_country = rulers_country(sent, places) or discourse.rulers_country
        attributions = find_attributions(sent, places, discourse)
        if _in_body(sent.start_char, sent.end_char, body):
            in_sentence = [n for n in numbers if sent.start <= n.start and n.end <= sent.end
                           and not any(t.start_char <= n.start_char < t.end_char for t in times)]
            assembled = movements.assemble(sent, in_sentence, times, places, attributions, discourse)
            if assembled and not any(t.relation == "since" for t in times):
                pointed = movements.since_event(sent)
                if pointed:
                    waiting.extend((record, pointed) for record in assembled if record.date_start is None)
                elif thing := since_thing(sent.text):
                    # "since the fighting began", before the story has said when it did
                    started_later.extend((record, thing) for record in assembled if record.date_start is None)
            found_movements += assembled
            found_events += events.find_events(sent, times, places, attributions, discourse)
        note_sources(discourse, attributions)
        # "Djibouti ... has moved quickly to take in the new arrivals. The government last month granted ...":
        # the country the sentence is about, for "the government" of the next one
        discourse.paragraph_topic = subject_country(sent, places) or discourse.paragraph_topic
        days = [t.single_day for t in times if t.single_day is not None]
        spans = [t.start for t in times if t.relation == "range" and t.start is not None and t.end is not None
                 and (t.end - t.start).days < 7]
        if days:
            discourse.last_day, discourse.last_day_is_year = days[-1], False
            discourse.news_day = discourse.news_day or days[0]
        elif spans:
            # "between Wednesday and Thursday ... over the previous weekend": the weekend before them
            discourse.last_day, discourse.last_day_is_year = spans[-1], False
        elif years := [t.start for t in times if t.explicit and t.start is not None and re.fullmatch(
                r"(?:in\s+)?(?:19|20)\d\d", t.text.strip(), re.IGNORECASE)]:
            discourse.last_day = years[-1]  # "the numbers seen in 2021 ... That year, 4,200 crossed": in 2021
            discourse.last_day_is_year = True
        if len(set(days)) == 1:  # "an air strike hit the road early on Friday": the strike's day
            discourse.noun_days.update((t.lemma_.lower(), days[0]) for t in sent if t.pos_ == "NOUN")
    # After the prose, so that a figure the body also gives keeps its sentence (_dedupe keeps the first).
    found_movements += factbox.find_movements(text, body, anchor.date, fallback_year, discourse.last_origin or [])
    _as_states_of_the_day(found_movements, found_events, anchor.date)
    merged_events = events.merge(found_events, discourse.halts)
    for record, event_type in waiting:
        dated = [e.date_start for e in merged_events if e.type == event_type and e.date_start]
        if len(dated) == 1:
            record.date_start = dated[0]
    for record, thing in started_later:
        record.date_start = started_day(discourse.started, thing, discourse.story_since) \
            or (discourse.conflict_start if thing in CONFLICT_NOUNS else None)
    kept = _dedupe(found_movements)
    for record in [*kept, *merged_events]:
        if record.evidence is not None:
            start, end = record.evidence.start, record.evidence.end
            record.evidence = Evidence(start=start, end=end, text=text[start:end].strip())
    return ArticleResult(
        article_id=article.id,
        anchor=anchor,
        movements=kept,
        policy_events=merged_events,
        url=article.url,
        title=article.title,
        outlet=article.outlet,
        input=article.origin or None,
    )


def _as_states_of_the_day(found_movements: list[Movement], found_events: list[PolicyEvent],
                          day: Optional[dt.date]) -> None:
    """Countries as they stood when the story was filed: a 1998 story from Wau is about Sudan."""
    for movement in found_movements:
        when = day or movement.date_start or movement.date_end
        movement.country = sorted({state_on(code, when) for code in movement.country})
        movement.origin = sorted({state_on(code, when) for code in movement.origin})
    for event in found_events:
        event.actor = state_on(event.actor, day or event.date_start or event.date_end)


def _dedupe(records: list[Movement]) -> list[Movement]:
    """One record per figure: a repeated number is the same report (SPEC 2.1)."""
    seen: set[tuple[int, Optional[int]]] = set()
    out: list[Movement] = []
    for record in records:
        key = (record.count, record.count_high)
        if key not in seen:
            seen.add(key)
            out.append(record)
    return out


# Longer texts are parsed in pieces of about this many characters, cut at paragraph breaks, and
# joined back into one Doc so every offset still points into the text as given.
PIECE_CHARS = 100_000


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Contiguous pieces of at most about `limit` characters, cut after a blank line, a newline,
    a sentence end or, failing all, a space."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "), window.rfind(" "))
        end = start + (cut + 1 if cut > 0 else limit)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def make_doc(nlp: Language, text: str) -> Doc:
    """The parsed Doc of a text of any length."""
    if len(text) <= PIECE_CHARS:
        return nlp(text)
    docs = list(nlp.pipe(split_text(text)))
    for piece in docs:
        piece.user_data.clear()  # a piece's cached text is no text of the whole
    return Doc.from_docs(docs, ensure_whitespace=False)


def extract_articles(articles: Iterable[Article], nlp: Optional[Language] = None,
                     published: Optional[dt.date] = None, batch_size: int = 16,
                     errors: Optional[list[InputError]] = None) -> Iterator[ArticleResult]:
    """Results in input order. An article that fails is reported in `errors` (when given) and
    skipped, so one bad article never stops a batch; without `errors` the failure is raised."""
    nlp = nlp or nlp_mod.load()
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, batch_size)):
        short = [a for a in chunk if len(a.text) <= PIECE_CHARS]
        parsed = dict(zip((id(a) for a in short), nlp.pipe([a.text for a in short], batch_size=batch_size)))
        for article in chunk:
            try:
                doc = parsed.get(id(article)) or make_doc(nlp, article.text)
                yield extract_doc(doc, article, published)
            except Exception as exc:  # one article's failure must not cost the others
                if errors is None:
                    raise
                errors.append(InputError(article.id, article.origin or article.id,
                                         f"extraction failed: {type(exc).__name__}: {exc}"))
