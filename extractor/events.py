"""Policy events: typed by the patterns in `data/policy_patterns.json`, with actor, target,
date and source read off the clause of the trigger verb.

A verb fits a pattern when its lemma (with its particle: "set up", "turn away") is one of the
pattern's verbs, its object phrase holds one of the pattern's objects, and its clause holds
one of the pattern's context words. A negated, modal, planned or demanded clause is no event.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Optional, Sequence

from spacy.tokens import Span, Token

from .discourse import Attribution, Discourse, Place, expand_plural, _phrase_tokens, _source_text, agent_of
from .lexicon import (AUTHORITY_NOUNS, DENIAL_VERBS, FORCE_NOUNS, REPORT_NOUNS, IRREALIS_HEADS, LASTING_VERBS, MEASURE_NOUNS, MISSION_NOUNS,
                      MODAL_WORDS, PEOPLE_NOUNS,
                      REPORTING_VERBS, SPEECH_VERBS, SUPRANATIONAL_BODIES, STATE_INSTRUMENTS, TOTAL_NOUNS, VEHICLE_NOUNS, WISH_NOUNS, infinitive,
                      noun_lemma, small_number)
from .models import EVENT_TYPES, Evidence, PolicyEvent
from .places import (agency_country, capital_country, country_name, country_of, person_country, place_country, region_country,
                     subdivision_countries)
from .temporal import WEEKDAYS, TimeMention, governing_verb, next_weekday, years_later


# The pattern type of a measure named as like the one before it ("a similar rule").
_SAME = "SAME_AS_BEFORE"
# Verbs that open or close a crossing.
_OPENING, _CLOSING = {"open", "reopen"}, {"close", "shut", "seal"}


@dataclass(frozen=True)
class Pattern:
    type: str
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    context: tuple[str, ...]
    subjects: tuple[str, ...] = ()  # the measure is the subject: "Finland's ban ... took effect"
    # With no authority named, the actor is the one of this event type in the story:
    # "draft offices have appeared at border checkpoints" serve the state that mobilized.
    implied_actor: Optional[str] = None
    frame: bool = False  # a state of emergency: it gives way to the measure it is declared for
    without: tuple[str, ...] = ()  # words of the clause that rule the pattern out
    # The measure is a permission the state grants: "Syrians could travel to Syria and come back
    # without losing their status" needs its "could"; the actor is the one who announced it.
    permission: bool = False
    # The measure ends a facilitation: "would no longer admit Russian tourists" needs its "no longer".
    ended: bool = False
    people_object: bool = False  # "removed 34 people", not "removed the shipping containers"
    # The people go to another state's officers: "handed four Uzbek men to Uzbek security officers", not
    # "stopped 23 people setting off and handed them to police"
    to_other_state: bool = False
    # The measure halts a practice of this type: where the story told of that practice by the same state,
    # it ends that record instead of standing as one ("Niger on Friday suspended the expulsion of
    # Mahamid Arab herders" after the expulsions); otherwise it is a measure of its own.
    halts: Optional[str] = None
    # The verb tells the news in a clause of its own: "The Torkham crossing reopened on Monday", not a clause
    # that dates something else by it ("since the border closed", "before the airport shut")
    main_clause: bool = False
    # The measure is a requirement the state does not make: "Botswana does not require visas from Zimbabweans"
    # is a standing facilitation, and needs its "not"
    waived: bool = False


@functools.lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    raw = json.loads(resources.files("extractor.data").joinpath("policy_patterns.json").read_text(encoding="utf-8"))
    return tuple(Pattern(p["type"], tuple(p["verbs"]), tuple(p.get("objects", ())), tuple(p.get("context", ())),
                         tuple(p.get("subjects", ())), p.get("implied_actor"), p.get("frame", False),
                         tuple(p.get("without", ())), p.get("permission", False), p.get("ended", False),
                         p.get("people_object", False), p.get("to_other_state", False), p.get("halts"),
                         p.get("main_clause", False), p.get("waived", False))
                 for p in raw["patterns"])


@functools.lru_cache(maxsize=1)
def _all_trigger_verbs() -> frozenset[str]:
    return frozenset(verb for pattern in patterns() for verb in pattern.verbs)


@dataclass(frozen=True)
class NominalPattern:
    """A measure named by a noun whose start the sentence reports: "the first day of a Finnish ban"."""

    type: str
    nouns: tuple[str, ...]
    context: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def nominal_patterns() -> tuple[NominalPattern, ...]:
    raw = json.loads(resources.files("extractor.data").joinpath("policy_patterns.json").read_text(encoding="utf-8"))
    return tuple(NominalPattern(p["type"], tuple(p["nouns"]), tuple(p.get("context", ())))
                 for p in raw.get("nominal", ()))


# Nouns that mark the start of a measure named after "of".
_START_NOUNS = {"day", "start", "beginning", "introduction", "imposition", "onset"}


def _verb_keys(verb: Token) -> set[str]:
    lemma = verb.lemma_.lower()
    keys = {lemma}
    # "let all Ukrainians in": the parser may hang the particle as a clause of its own
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod") or c.tag_ == "RP"
                 or (c.pos_ in ("ADP", "ADV") and c.dep_ == "ccomp")]  # "allowed workers back through Erez"
    particles += [g for c in particles for g in c.children if g.dep_ in ("prt", "advmod")]  # "straight back"
    # "allowed traders back through Rafah": the parser may hang "back" on the preposition after it
    particles += [g for c in verb.children if c.dep_ == "prep" for g in c.children
                  if g.dep_ == "advmod" and g.lower_ == "back" and g.i < c.i]
    # "cordoned off the centre of Durres": the parser may take the particle for a preposition
    particles += [c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ == "off"]
    if lemma in ("let", "allow", "permit"):
        # "will let in everyone fleeing the war", "were allowed in at Jaber": the parser takes the particle for a
        # preposition (one with no object of its own, or right after the verb)
        particles += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "through") and (
            c.i == verb.i + 1 or not any(g.dep_ == "pobj" for g in c.children))]
        if any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children):
            keys.add("let in")  # "residents of South Ossetia would be let into Russia"
    for child in particles:
        if child.lower_ in ("up", "away", "back", "down", "off", "out", "in", "over", "through", "home"):
            keys.add(f"{lemma} {child.lower_}")
        if child.dep_ == "advmod" and child.lower_ == "forcibly":
            keys.add(f"forcibly {lemma}")
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("begin", "start", "resume"):
        keys.add(f"begin {lemma}")  # ("resumed issuing tourist visas": issuing them again begins)
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("agree", "decide", "offer", "vote"):
        keys.add(f"agree {lemma}")  # "agreed to temporarily host Afghan evacuees"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("order", "instruct", "direct", "tell"):
        keys.add(f"order {lemma}")  # "ordered border posts to admit returnees": the order is the measure
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("stop", "halt", "suspend", "freeze"):
        keys.add(f"stop {lemma}")  # "stopped sending domestic workers to Malaysia": the halt is the measure
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ("keep", "continue"):
        keys.add(f"keep {lemma}")  # "would keep receiving everyone fleeing Burundi"
    return keys


def _misparsed_predicate(verb: Token) -> bool:
    """A main verb the parser hung inside its own subject phrase.

    "Authorities in X, the region that ..., barred cars from ..." sometimes comes out with no
    main verb: the sentence's root is the noun "authorities", and "barred" hangs as an
    adjective of "cars" or as a relative clause of "region". A past-tense verb right after
    the comma that closes such a subject, in a sentence whose root is a noun, is the predicate.
    """
    root = verb.sent.root
    return root.pos_ in ("NOUN", "PROPN") and verb.i > root.i and verb.dep_ in ("amod", "relcl") \
        and verb.tag_ in ("VBD", "VBN") and verb.i > 0 and verb.doc[verb.i - 1].text == ","


# What closes and opens by itself in headline grammar: "Land border with Togo closed since March".
_CROSSING_NOUNS = {"border", "borders", "crossing", "crossings", "checkpoint", "checkpoints", "frontier", "airport",
                   "airports", "port", "ports", "bridge", "bridges"}


def _crossing_named(token: Token) -> bool:
    """A crossing point named as a thing; the tagger can take "the Sremska Raca crossing" for a verb,
    but not when it stands where a noun does."""
    if token.pos_ in ("NOUN", "PROPN"):
        return token.lemma_.lower() in _CROSSING_NOUNS | {"gate", "pass"}
    return token.lower_ in ("crossing", "crossings") and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj")


def _antecedent(pronoun: Token) -> Optional[Token]:
    """What "it" or "them" stands for: the last crossing named before it in the sentence ("closed its
    Jaber crossing on Dec. 6 ... and reopened it on Monday"), else the object of the verb it hangs on
    ("reopened its land checkpoints, after closing them")."""
    named = [t for t in pronoun.sent if t.i < pronoun.i and _crossing_named(t)]  # "shut the First Friendship Bridge ... and reopened it"
    if named:
        return named[-1]
    found = _antecedent_in_clause(pronoun)
    start = pronoun.sent.start
    if found is None and start > 0 and pronoun.head.lemma_.lower() in _OPENING | _CLOSING \
            and pronoun.head.tag_ in ("VBD", "VBZ", "VBP", "VBN"):  # (a clause of its own, not "an order to open it")
        # "Chad closed the Tine crossing on Friday. The government reopened it on Monday": the crossing of the
        # sentence before
        named = [t for t in pronoun.doc[start - 1].sent if _crossing_named(t)]
        if named:
            return named[-1]
    return found


def _antecedent_in_clause(pronoun: Token) -> Optional[Token]:
    verb = pronoun.head
    relative = verb.head if verb.dep_ == "conj" else None
    if pronoun.lower_ == "them" and relative is not None and relative.dep_ == "relcl" \
            and relative.head.pos_ in ("NOUN", "PROPN"):
        return relative.head  # "caught 140 Albanians who crossed the mountains ... and handed them back"
    governor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    antecedent = next((c for c in governor.children if c.dep_ == "dobj"), None) if governor is not None else None
    if antecedent is not None and pronoun.lower_ == "it" and antecedent.tag_ == "NNS":
        return None  # "Russia is using people as a tool ..., and we will not accept it": "it" is no plural
    if antecedent is not None and antecedent.pos_ == "PROPN" and governor.lemma_.lower() in _CLOSING:
        return antecedent  # "Pakistan closed Torkham to all traffic the same day and reopened it on June 18"
    return antecedent if antecedent is not None and antecedent.pos_ == "NOUN" else None


# Verbs that put a duty on their object: "required arrivals to take a test".
_OBLIGING_VERBS = {"require", "oblige", "force", "order", "compel"}


def _kept(verb: Token) -> bool:
    """"kept the border closed", "left the crossing shut": told at "kept" or, as the parser may hang it, at
    "closed"."""
    return verb.lemma_.lower() in _KEEPING_VERBS or (
        verb.dep_ in ("advcl", "oprd", "xcomp", "ccomp", "acomp") and verb.head.lemma_.lower() in _KEEPING_VERBS
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children))


def _object(verb: Token) -> Optional[Token]:
    named = _named_object(verb)
    if named is not None:
        return named  # "introduced what it called enhanced checks"
    if _kept(verb) and verb.lemma_.lower() not in _KEEPING_VERBS:
        kept = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if kept is not None:
            return kept  # "have kept the road from Chaurjahari to Khalanga closed to private vehicles"
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.dep_ == "dobj" and _a_time(child):
                continue  # "was closed on Nov. 17 and reopened the following day": a time, not what was opened
            if child.lower_ in ("which", "that") and verb.dep_ == "relcl":
                return verb.head  # "the Kuznica crossing, which Poland closed on Nov. 9"
            if child.lower_ in ("them", "it") and child.dep_ == "dobj":
                antecedent = _antecedent(child)
                if antecedent is not None:
                    return antecedent
            return child
    participle = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
                       and not any(g.dep_ in ("nsubj", "aux", "mark") for g in c.children)), None)
    if participle is not None:
        # "questioned all arriving travellers": the parser took the participle for a verb whose object the people are
        held = next((c for c in participle.children if c.dep_ == "dobj"
                     and all(t.dep_ in ("amod", "compound", "nmod", "poss", "case") for t in c.doc[participle.i + 1:c.i])),
                    None)
        if held is not None:
            return held
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and not any(c.dep_ == "nsubj" for c in verb.children) \
            and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.head.children):
        return verb.head.head  # "a road that Azerbaijan built south of the town and opened to traffic"
    if verb.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in verb.children) \
            and verb.head.lemma_.lower() in SPEECH_VERBS - {"tell", "inform", "assure", "warn"}:
        # "the service said Ukrainians from the Donetsk and Luhansk regions would be allowed to stay": the parser
        # made the people the object of the saying
        said = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if said is not None:
            return said
    if verb.lemma_.lower() in _ORDERING_VERBS:
        # "ordered everyone living within 500 metres of the shore to move": the parser made them the subject of
        # the infinitive
        told = next((c for c in verb.children if c.dep_ == "ccomp"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        ordered = next((c for c in told.children if c.dep_ == "nsubj"), None) if told is not None else None
        if ordered is not None:
            return ordered
    ergative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _CROSSING_NOUNS), None)
    if ergative is not None and verb.lemma_.lower() in _OPENING | _CLOSING:
        return ergative
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") \
            and not (verb.tag_ == "VBG" and verb.i < verb.head.i):
        head = verb.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            return head.head.head  # "Partial mobilization of reservists decreed by President Putin"
        return head  # "the crossing, which Poland closed"; not "returning Syrians", who do the returning
    undergoer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if undergoer is not None and ((verb.tag_ == "VBN" and agent_of(verb) is not None)
                                  or (verb.tag_ in ("VBN", "VBD") and noun_lemma(undergoer) in
                                      MEASURE_NOUNS | {"entry", "visa", "requirement"})):
        return undergoer  # "Entry eased by Brasília", "Visa requirement abolished for all visitors": tracker passives
    if undergoer is not None and _headline_passive(verb, undergoer):
        return undergoer  # "All incoming passenger flights to Morocco suspended for two weeks": what was acted on
    if undergoer is not None and verb.lemma_.lower() in ("order", "tell", "instruct", "direct") and _names_people(undergoer) \
            and not any(c.dep_ == "dobj" for c in verb.children):
        return undergoer  # "residents of villages within shelling range ordered to evacuate": headline grammar
    if undergoer is not None and noun_lemma(undergoer) in FORCE_NOUNS and verb.lemma_.lower() in (
            "deploy", "send", "station", "post", "dispatch"):
        return undergoer  # "additional Border Security Force battalions deployed": headline grammar
    if _misparsed_predicate(verb):
        if verb.dep_ == "amod":
            return verb.head
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    for child in verb.children:
        # "announced the call-up ... to reinforce": the parser makes the object a subject of the complement
        if child.dep_ == "ccomp":
            for grandchild in child.children:
                if grandchild.dep_ == "nsubj" and grandchild.i > verb.i and (
                        grandchild.pos_ in ("NOUN", "PROPN") or _anyone_doing(grandchild)):
                    return grandchild  # "to admit anyone fleeing the violence", parsed as a clause
                if grandchild.dep_ == "nsubj" and grandchild.lower_ == "them" and verb.lemma_.lower() in ("let", "help"):
                    return _antecedent(grandchild)  # "agreed to let them cross at the Habur gate"
    dative = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if dative is not None:
        return dative  # "gave Colombia's diplomats 24 hours to leave": the parser left "hours" no object
    for child in verb.children:
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ not in ("DATE", "TIME"):
                    return obj
    return None


def _named_object(verb: Token) -> Optional[Token]:
    """The thing in "introduced what it called enhanced checks": the parser hangs it on "called"."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    calling = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in ("call", "describe", "term")
                    and any(g.dep_ == "dobj" and g.lower_ == "what" for g in c.children)), None)
    if calling is None:
        return None
    return next((g for g in calling.children if g.dep_ in ("dobj", "oprd") and g.lower_ != "what"), None)


def _headline_passive(verb: Token, subject: Token) -> bool:
    """Tracker and headline grammar drops the auxiliary of a passive: "land borders with Guinea and
    Liberia closed by government decision", "22 of 35 land entry points ... shut from 3 May". The
    verb is a bare participle at the head of its clause and its subject is no one who could act."""
    # the tagger reads "flights ... suspended" as a past tense as often as a participle
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ in ("relcl", "acl", "amod", "advcl", "xcomp", "pcomp") or subject.i > verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    after = verb.right_edge.i + 1
    if after < verb.sent.end and verb.doc[after].pos_ == "AUX":
        return False  # "Russian men mistakenly called up for service should be returned home": a reduced relative
    lemma = noun_lemma(subject)
    return not (lemma in AUTHORITY_NOUNS | STATE_INSTRUMENTS | FORCE_NOUNS or subject.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                or subject.pos_ == "PRON")


def _phrase(token: Token) -> str:
    """The token's phrase as written, with an apposition that follows it ("Raja-Jooseppi, the only crossing")."""
    doc = token.doc
    end = token.right_edge.i + 1
    if doc[end - 1].text == "," and end - 1 > token.i:
        end -= 1
    if token.pos_ == "PROPN" and end < len(doc) and doc[end].text == ",":
        # the apposition runs to the next comma, however the parser attached it
        stop = min(len(doc), end + 14, token.sent.end)
        closing = next((k for k in range(end + 1, stop) if doc[k].text in (",", ";", ".")), stop)
        end = closing
    return doc[token.left_edge.i:end].text.lower()


_MISTAGGED_HEADS = {"crossing", "crossings"}


def _object_text(verb: Token, obj: Optional[Token]) -> str:
    """The object phrase; for an instrument, with what it is about: "signed a decree on mobilization"."""
    if obj is None:
        return ""
    text = _phrase(obj)
    relative = [c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i and verb not in c.subtree]
    if relative and not _names_people(obj):  # "men who had received call-up papers" say who the men are
        # "closing a route that tens of thousands had used to fly ... to the U.S. border": what the clause
        # about the object says is not the object
        text = obj.doc[obj.left_edge.i:relative[0].left_edge.i].text.lower()
    following = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    if obj.pos_ == "PROPN" and following is not None and following.lower_ in _MISTAGGED_HEADS:
        text += " " + following.lower_  # "opened the Kerem Shalom crossing": the tagger made "crossing" a verb
    # "granted Venezuelans temporary protected status": the second object says what is granted
    text += "".join(" | " + _phrase(c) for c in verb.children if c.dep_ == "dobj" and c.i != obj.i)
    if noun_lemma(obj) in STATE_INSTRUMENTS:
        text += "".join(" " + _phrase(c) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "for"))
    if obj.ent_type_ == "TIME":
        # "imposed a 6 p.m. to 6 a.m. curfew": the parser took the hour for the object and hung the rest on "to"
        text += "".join(" " + _phrase(c) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "until"))
    return text


def _foreigners_mark(obj: Optional[Token], subject: Optional[Token], places: list[Place],
                     discourse: Discourse) -> str:
    """" | foreigners" when the people the verb acts on are nationals of another state than the
    one acting: "Georgian border guards turned back dozens of Russians" keeps them out of Georgia."""
    if obj is not None and not _people_phrase(obj):
        # "began demanding passports from Venezuelans": the people the papers are asked of
        # (the parser may hang "from" on the verb)
        obj = next((g for c in [*obj.children, *obj.head.children] if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children if g.dep_ == "pobj" and _people_phrase(g)), None)
    if obj is None or subject is None:
        return ""
    actor = _actor(subject, places, discourse)
    if actor is None:
        return ""
    nationals = {p.code for p in places if obj.left_edge.i <= p.start <= obj.right_edge.i and p.role in ("people", "adjective")}
    return " | foreigners" if nationals and actor[0] not in nationals else ""


_GOING_ABROAD = re.compile(r"\b(?:heading|travell?ing|going|bound|leaving|wishing to travel|to travel|to work)\s+(?:to|for|in|abroad)\b",
                           re.IGNORECASE)


def _own_people_going_abroad(verb: Token, actor: str, places: list[Place]) -> bool:
    """"Egypt suspended work-travel permits for Egyptians heading to eastern Libya": a bar on its own people
    leaving, not on anyone entering."""
    clause = list(verb.subtree)
    own = any(p.code == actor and p.role in ("people", "adjective") and clause[0].i <= p.start <= clause[-1].i
              for p in places)
    return own and bool(_GOING_ABROAD.search(" ".join(t.text for t in clause)))


def _owner_of_border(verb: Token, places: list[Place]) -> Optional[tuple[str, str]]:
    """The country whose border the verb's object names by a possessive: "all of Gambia's land borders"."""
    obj = _object(verb)
    if obj is None:
        return None
    for token in obj.subtree:
        if token.dep_ == "poss" and token.head.lemma_.lower() in _CROSSING_NOUNS:
            place = next((p for p in places if p.start <= token.i < p.end and p.role == "name"), None)
            if place is not None:
                return place.code, country_name(place.code)
    return None


def _shut_to_a_group_mark(verb: Token) -> str:
    """" | shut to a group" for "shut its frontier to the Kurds", "closed the crossing to Afghans without passports":
    a border shut to a group of people, not to traffic (GUIDELINES)."""
    # ("kept its border closed to Afghan refugees": the preposition may hang on the state it was kept in)
    held = [verb] + [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lemma_.lower() in _CLOSING]
    for prep in (c for word in held for c in word.children):
        if prep.dep_ == "prep" and prep.lower_ == "to" and not any(c.lower_ == "even" for c in prep.children) and any(
                g.dep_ == "pobj" and (_people_phrase(g) or _a_nations_craft(g) or _arrivals_only(g))
                and noun_lemma(g) not in _EVERYONE and not any(c.lower_ == "own" for c in g.children) for g in prep.children):
            return " | shut to a group"  # (not "even to its own citizens": to everyone)
        if prep.dep_ == "prep" and prep.lower_ == "to" and any(
                g.dep_ == "pcomp" and g.lower_ in ("incoming", "inbound", "arriving") for g in prep.children):
            return " | shut to a group"  # "to incoming passenger flights", the parser's verb
    return ""


_CRAFT = {"aircraft", "airline", "plane", "carrier", "ship", "vessel", "flight"}


def _a_nations_craft(noun: Token) -> bool:
    """"closed its airspace to Russian aircraft", "to Belarusian airlines": one nation's planes or ships."""
    return noun_lemma(noun) in _CRAFT and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                                               for c in noun.children)


def _arrivals_only(noun: Token) -> bool:
    """"closed its airports to incoming passenger flights": shut to those arriving, not to those leaving."""
    return noun_lemma(noun) in _CRAFT | {"passenger", "traveller", "traveler"} and any(
        c.lower_ in ("incoming", "inbound", "arriving") for c in noun.children)



def _two_countries_mark(verb: Token, places: list[Place]) -> str:
    """" | between the two countries" for "flights between Baku and Tehran": two places of two states."""
    for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "between"):
        codes = {p.code for p in places if prep.i < p.start <= prep.right_edge.i and p.role in ("name", "city")}
        if len(codes) == 2:
            return " | between the two countries"
    return ""


def _from_a_state_mark(verb: Token, obj: Optional[Token], places: list[Place]) -> str:
    """" | people from a state" for "barred travellers from South Africa, Namibia and Botswana": the people acted on
    are named by the country they come from, wherever the parser hung the "from" right after them (not "people
    from the streets of Bishkek")."""
    if obj is None or obj.dep_ != "dobj":
        return ""  # (not a passive's subject, whose actor the sentence does not name: "Travellers from mainland China,
        # Hong Kong and Macau have been barred since Feb. 2")
    preps = [c for c in obj.children if c.dep_ == "prep"] + [c for c in verb.children if c.dep_ == "prep"
                                                             and c.i == obj.right_edge.i + 1]
    # ("barred residents of mainland China", "citizens of Nigeria": people named by the state they belong to)
    belong = obj.lemma_.lower() in ("resident", "citizen", "national", "holder")
    for prep in (c for c in preps if c.lower_ == "from" or (belong and c.lower_ == "of")):
        if any(prep.i < p.start <= prep.right_edge.i and p.role == "name" and not p.size for p in places):
            return " | people from a state"
    return ""


def _to_a_state_mark(verb: Token, places: list[Place]) -> str:
    """" | across to a state" for "banned canoe crossings from Chadian waters to Nigeria": a route the clause
    names as leading to a country."""
    for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ("to", "into")):
        if any(prep.i < p.start <= prep.right_edge.i and p.role == "name" for p in places):
            return " | across to a state"
    return ""


def _domestic_route_mark(verb: Token, places: list[Place]) -> str:
    """" | between cities" for "ferry sailings from Zamboanga to Basilan and Sulu": a route from one town or
    region to another of the same country, or between two of them, named by no country's name."""
    def ends(*words: str) -> list[Place]:
        preps = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in words]
        return [p for p in places if any(t.i < p.start <= t.right_edge.i for t in preps)]

    between, start, finish = ends("between"), ends("from"), ends("to")
    route = between if len(between) >= 2 else (start + finish if start and finish else [])
    if route and len({p.code for p in route}) == 1 and all(p.role == "city" for p in route):
        return " | between cities"
    return ""


def _shelter_promised_mark(verb: Token) -> str:
    """" | shelter promised" when the verb promises people shelter: "would give shelter to anyone fleeing the
    fighting", "Tajiks fleeing the fighting would be given shelter", "agreed to take in up to 20,000 Iraqis",
    "promised to shelter everyone who crossed" (GUIDELINES: a promise of protection to arrivals is an
    ENTRY_FACILITATION). Shelter given and told as done is a count or an aid story, not a promise."""
    return " | shelter promised" if _shelter_promised(verb) else ""


def _shelter_promised(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    given = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    given += [g for c in given for g in c.conjuncts]  # "food and shelter"
    if lemma in _GIVING and any(noun_lemma(c) in _SHELTER_NOUNS for c in given):
        recipients = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj"]
        recipients += [c for c in verb.children if c.dep_ in ("dative", "nsubjpass") and c.pos_ != "ADP"]
    elif lemma in _SHELTERING and (lemma != "take" or "take in" in _verb_keys(verb)):
        recipients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return False
    # ("every Sri Lankan Tamil who arrived on its shores": whoever a who-clause tells of is people)
    if not any(_people_phrase(r) or r.lower_ in ("them", "they") or any(
            c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in r.children) for r in recipients):
        return False
    if lemma == "protect" and not any(noun_lemma(r) in _COMERS or r.lower_ in ("them", "they") or any(
            c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _COMING for c in r.children) for r in recipients):
        return False  # "troops would protect all citizens", "rules to protect workers": no one taken in
    if verb.dep_ == "acl":
        return False  # "has given no sign that it would take in new refugees": what a noun tells of
    if any(c.lower_ in ("rather", "only") for c in verb.children) or any(
            g.lower_ == "only" for c in verb.children if c.dep_ == "advcl" for g in c.children):
        return False  # "would rather shelter Iraqis on the Iraqi side", "would take in deportees only when ...": a bar
    promising = verb
    while promising.dep_ == "conj" and promising.head.pos_ == "VERB":
        promising = promising.head  # "would take in and house any child"
    return any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in promising.children) \
        or (promising.dep_ in ("xcomp", "ccomp") and promising.head.lemma_.lower() in _PROMISING)


# Verbs that give shelter as their object, verbs that shelter whom they act on, the shelter given, and the verbs
# that promise it.
_GIVING = {"give", "offer", "provide", "grant", "extend", "promise"}
# (not "house": "will be housed in reception centres" tells where; "protect" only people who come: see below)
_SHELTERING = {"shelter", "take", "protect"}
_SHELTER_NOUNS = {"shelter", "refuge", "sanctuary", "haven", "asylum", "protection"}
_PROMISING = {"agree", "promise", "pledge", "vow", "offer", "undertake"}
# Those a state protects by taking them in: refugees, or anyone who comes ("the families who cross").
_COMERS = {"refugee", "asylum", "seeker", "migrant", "anyone", "everyone", "returnee", "arrival", "newcomer", "evacuee"}
_COMING = {"flee", "cross", "arrive", "come", "return", "run", "escape", "seek", "reach", "face"}


def _coordinated_actors(subject: Optional[Token], first: tuple[str, str], places: list[Place],
                        discourse: Discourse) -> list[tuple[str, str]]:
    """The other states of a coordinated subject ("Estonia, Latvia and Lithuania")."""
    if subject is None or subject.pos_ == "PRON":
        return []
    found: list[tuple[str, str]] = []
    core = {t.i for t in _core_tokens(subject)}
    for place in places:
        # "The three Baltic states ...": the group's other states, named by one phrase
        if place.start in core and place.code != first[0] and place.role == "name" \
                and any(p.start == place.start and p.code == first[0] for p in places) \
                and place.code not in {a[0] for a in found}:
            found.append((place.code, country_name(place.code)))
    # "Slovenian and Croatian police stopped checking travellers": each nationality of one body's name
    # (not the agent of a passive: "was agreed by Peruvian and Chilean officials" is one side's corridor)
    for adjective in (c for c in subject.children if c.dep_ in ("amod", "compound") and subject.dep_ == "nsubj"):
        for conjunct in adjective.conjuncts:
            place = next((p for p in places if p.start == conjunct.i and p.role == "adjective"), None)
            if place is not None and place.code != first[0] and place.code not in {a[0] for a in found}:
                found.append((place.code, country_name(place.code)))
    for conjunct in subject.conjuncts:
        if noun_lemma(conjunct) not in AUTHORITY_NOUNS | FORCE_NOUNS and not any(
                p.start in {t.i for t in conjunct.subtree} and p.role in ("name", "adjective", "people") for p in places):
            continue  # "Botswana's Ministry of Defence, Justice and Security": the rest of one body's name
        actor = _actor(conjunct, places, discourse)
        if actor is not None and actor[0] != first[0] and actor[0] not in {a[0] for a in found}:
            found.append(actor)
    return found


def _group_actors(subject: Optional[Token], verb: Token, places: list[Place]) -> list[tuple[str, str]]:
    """"The three countries barred Qatari citizens", "All three ...": each state the group stands for,
    leaving out the one the measure is aimed at."""
    if subject is None:
        return []
    # (the group is the subject itself, not where the people it names come from: "all travellers arriving from the
    # seven countries must spend 10 days in hotel quarantine")
    group = next((p for p in places if p.size and p.start in {t.i for t in _core_tokens(subject)}), None)
    if group is None:
        return []
    after = {t.i for t in verb.subtree if t.i > verb.i}
    aimed = [p.code for p in places if p.start in after]
    return [(code, country_name(code)) for code in expand_plural(group, aimed)]


def _target(obj: Optional[Token]) -> Optional[str]:
    if obj is None:
        return None
    words = obj.doc[obj.left_edge.i:obj.right_edge.i + 1]
    text = words.text.strip(" ,;:")
    return text[4:] if text.lower().startswith("the ") else text


def _tells_news(verb: Token) -> bool:
    """A verb heading a clause of its own, or one reported ("said the border had reopened"), not one that
    dates or describes something else ("since the border closed", "the frontier, closed since the war")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ in ("ROOT", "ccomp") and not any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)


def _in_a_comparison(doc, time: TimeMention) -> bool:
    """"reopened for the first time since deadly fighting in 2022", "the largest since a similar hunt in 1968":
    the day of what the act is measured against, not of the act."""
    span = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
    if span is None:
        return False
    since = next((a for a in [span.root, *span.root.ancestors] if a.dep_ == "prep" and a.lower_ == "since"), None)
    if since is None:
        return False
    # (also "the largest since a similar hunt in 1968": what a superlative measures against)
    return (since.head.lower_ == "time" and any(c.lower_ in ("first", "last") for c in since.head.children)) \
        or since.head.tag_ == "JJS" or any(c.tag_ == "JJS" for c in since.head.children)


def _told_alongside(verb: Token) -> bool:
    """"Families crossed on Thursday as two road crossings reopened": news told in a clause of the same
    moment as the news it goes with (not "since the border closed", the background)."""
    return verb.dep_ == "advcl" and _tells_news(verb.head) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _participle(verb: Token) -> bool:
    """A subjectless -ing adjunct that shares its head's clause ("sealed off Tigray, closing the roads")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children)


def _clause_text(verb: Token) -> str:
    """The clause of the verb (and of the verbs it completes: "started sending"), without its subject."""
    while (verb.dep_ == "xcomp" or _participle(verb)) and verb.head.i != verb.i:
        verb = verb.head  # "took command of the Channel, deploying navy ships": the participle's clause is its head's
    skip = {t.i for child in verb.children if child.dep_ in ("nsubj", "nsubjpass") for t in child.subtree}
    # nor a clause that concedes something else: "barred most foreigners from entering, although foreigners
    # are still allowed to leave"
    skip |= {t.i for child in verb.subtree if child.dep_ == "advcl" and child.i != verb.i and any(
        m.dep_ == "mark" and m.lower_ in _CONCESSIVE for m in child.children) for t in child.subtree}
    kept = [t for t in verb.subtree if t.i not in skip]
    return " ".join(t.text.lower() for t in kept) + " | " + " ".join(t.lemma_.lower() for t in kept)


_CONCESSIVE = {"although", "though", "whereas", "while"}


@functools.lru_cache(maxsize=None)
def _words_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(w[3:] if w.startswith("re:") else rf"(?<![\w-]){re.escape(w)}(?![\w-])"
                               for w in words))


def _has(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text holds one of the words (or, for entries starting 're:', matches the regex)."""
    return bool(_words_re(words).search(text))


# A measure that permits an action is itself an action of the state ("a regulation allowed guards to ...").
PERMISSION_VERBS = {"allow", "permit", "authorize", "authorise", "empower"}


def _speaker(verb: Optional[Token]) -> Optional[Token]:
    """Who says what the verb tells: the subject of its verb of saying."""
    speech = _speech_head(verb) if verb is not None else None
    return next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None


def _speech_head(verb: Token) -> Optional[Token]:
    """The verb of saying whose reported content `verb` belongs to ("X said [that ... verb]", or
    "[... verb ...], the ministry said", where the parser hangs the speech verb below)."""
    current = verb
    for _ in range(4):
        tag = next((c for c in current.children if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS), None)
        if tag is not None:
            return tag
        if current.dep_ in ("ccomp", "conj", "xcomp") and current.head.i != current.i:
            if current.dep_ == "ccomp" and current.head.lemma_.lower() in SPEECH_VERBS | {"confirm", "decide", "announce"}:
                return current.head
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.lower_ == "on" and current.head.head.lemma_.lower() in _GOING_ON:
            current = current.head.head  # "said Thailand would go on giving temporary shelter": what goes on is said
            continue
        if current.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children):
            # "said on Tuesday during a visit to Cucuta that Colombia would take in ...": the parser hung the
            # that-clause on the noun before it
            return next((a for a in list(current.ancestors)[:4] if a.lemma_.lower() in SPEECH_VERBS), None)
        break
    return None


# Verbs that, with "on", carry an act on: "would go on giving temporary shelter".
_GOING_ON = {"go", "keep", "carry"}


# Verbs that end or withhold what their complement does: "refused to accept more refugees".
_ENDING_HEADS = {"refuse", "cease", "decline"}


def _ending_head(verb: Token) -> Optional[Token]:
    """The verb that withholds this one ("refused to accept"), if any."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ENDING_HEADS:
        return verb.head
    return None


def _no_longer(verb: Token) -> bool:
    """"would no longer admit", "refused to accept", "will not accept any new applications": a
    practice that ends or is withheld from now on."""
    children = list(verb.children)
    # ("would admit no more refugees from Bosnia": the object says none)
    refused = any(c.dep_ == "neg" for c in children) or any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in children)
    decided_not = refused and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll") for c in children)
    # ("Under the Feb. 2 order, Filipinos may not travel to the three places": a rule that forbids)
    forbidden = any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("may", "can", "ca", "must") for c in children) and _forbidding_rule(verb)
    return decided_not or forbidden or _ending_head(verb) is not None \
        or any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in children)


def _forbidding_rule(verb: Token) -> bool:
    """A "may not" that a rule or a government states ("Under the order, Filipinos may not travel", "the ministry said
    that Filipinos may not travel"), not one a story tells of what people could not do."""
    return any(c.dep_ == "prep" and c.lower_ in ("under", "by") and any(
        noun_lemma(g) in MEASURE_NOUNS | {"order", "decree", "rule", "rules", "law", "regulation", "ban"} for g in c.children)
               for c in verb.children) or _speech_head(verb) is not None


# Modals that grant rather than guess, when a government announces them: "Syrians could travel home".
PERMISSION_MODALS = {"can", "could", "may"}
_STANDING_PERMISSION = {"can", "may"}


def _standing_denial(verb: Token) -> bool:
    """"Botswana does not require visas from Zimbabweans": a rule told in the present as not made."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("does", "do") for c in verb.children)


def _negated_or_irrealis(verb: Token, pattern: Optional[Pattern] = None) -> bool:
    promise = pattern is not None and pattern.type == "ENTRY_FACILITATION" and _shelter_promised(verb)
    reported = _speech_head(verb) is not None or promise
    # (a rule told in the present needs no announcer: "Iranian citizens may stay in Turkey for up to 90 days
    # without a visa", "Russians can enter Kazakhstan with their internal identity cards")
    granted = (PERMISSION_MODALS if reported else _STANDING_PERMISSION) if pattern is not None and pattern.permission \
        else set()
    ends = pattern is not None and (pattern.ended or pattern.waived)
    ending = _ending_head(verb) if pattern is not None and pattern.ended else None
    if _purpose(verb):
        return True  # "deployed guards along the frontier to stop further crossings": an aim, not a measure
    if any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might") for c in verb.children) and any(
            c.dep_ == "advcl" and any(m.lower_ in ("if", "once", "when") and m.i < c.i
                                      and not (m.i > 0 and m.nbor(-1).lower_ == "even")
                                      for m in [*(g for g in c.children if g.dep_ in ("mark", "advmod")), c.left_edge])
            # (not a day it is set for: "would close the border when the new rules take effect on Friday")
            and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            for c in verb.children):
        # "migrants could enter Europe without visas if the deal collapsed", "would be repatriated once flights could
        # be arranged": a condition, not a rule (but "would be let in even if they had lost their passports" is the
        # rule, and "unless" its exception)
        return True
    speech = _speech_head(verb)
    if speech is not None and speech.lemma_.lower() == "warn" \
            and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could") for c in verb.children):
        return True  # "Thai officials warned that anyone arriving with a weapon would be pushed back": a threat
    if verb.dep_ == "pcomp" and _instead(verb.head):
        return True  # "kept the post open around the clock instead of closing it at 11 p.m.": not done
    if verb.dep_ in ("acl", "ccomp") and verb.head.lemma_.lower() in REPORT_NOUNS \
            and verb.head.head.lemma_.lower() in DENIAL_VERBS:
        return True  # "officials denied reports that Belarus had shut its border"
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "no plans to close the bridge or to restore the visa requirement"
    if first.dep_ in ("acl", "relcl") and infinitive(first) and noun_lemma(first.head) in WISH_NOUNS:
        return True  # "despite calls from traders to shut it", "plans to close the crossing": asked, not done
    if _denied_or_charged(verb):
        return True
    scheduled = _from_a_date(verb)
    current = verb
    for step in range(6):
        for child in current.children:
            # "said anyone escaping the war would be let in": a decision reported, not a guess.
            decided = reported or (ends and step == 0)  # "will not accept": the decision that ends it
            # "will be refused entry from Monday": a measure announced with the day it starts
            settled = (decided and child.lower_ in ("would", "will", "'ll", "wo", "must")) \
                or (scheduled and step == 0 and child.lower_ in ("will", "'ll", "must")) \
                or (ends and step == 0 and child.lower_ in ("may", "can", "ca") and _no_longer(current))  # "may not"
            modal = child.dep_ == "aux" and child.lower_ in MODAL_WORDS - granted and not settled
            if (child.dep_ == "neg" and not (ends and step == 0) and not (step == 0 and _not_until(current))) or modal:
                return True
            if child.dep_ in ("dobj", "nsubjpass", "nsubj") and any(g.lower_ in ("no",) for g in child.children) \
                    and not (ends and step == 0 and child.dep_ == "dobj"):  # "would admit no more refugees": ended
                return True
            if child.dep_ in ("dobj", "nsubjpass") and child.lower_ in ("none", "nobody", "noone"):
                return True  # "none of the survivors would be sent back to Indonesia"
            if child.dep_ == "mark" and child.lower_ == "whether":
                return True  # "would decide by the end of the week whether to call up reservists": an open question
        withheld = ending is not None and current.i == ending.i
        if step > 0 and promise and current.lemma_.lower() in _PROMISING:
            break  # "promised that Tajiks fleeing the fighting would be given shelter": the promise is the measure
        if step > 0 and _verb_keys(current) & (IRREALIS_HEADS - PERMISSION_VERBS) and not withheld:
            return True  # "plans to close", "ruled out closing"
        # ("could respond by imposing visas": through the preposition to the verb it hangs on)
        if (current.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp", "conj")
                and not (current.dep_ == "prep" and current.pos_ == "ADP")) or current.head.i == current.i:
            break
        if current.dep_ in ("ccomp", "conj") and current.head.lemma_.lower() in REPORTING_VERBS:
            break
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children) and current.head.dep_ == "ccomp":
                # "demanded that Kiev guarantee land and that police stop ...": a second thing demanded, which only
                # the verb both hang on can negate ("said it would not close its side and that civilians would
                # continue to be welcomed" is said, not denied)
                current = current.head.head
                continue
            break  # "Ecuador has not closed the bridge, but Venezuelans have needed a visa": a clause of its own
        if current.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < current.i
                                          for c in current.head.children):
            break  # "did not want a mass influx but would shelter anyone ...": the contrast is not negated
        if current.dep_ == "conj" and any(c.dep_ == "aux" for c in current.children) \
                and not any(c.dep_ == "neg" for c in current.children) \
                and any(c.dep_ == "neg" for c in current.head.children):
            break  # "would not be drawn into the conflict and would give shelter": the second "would" is not negated
        if current.dep_ == "conj" and current.tag_ in ("VBD", "VBZ") and current.head.tag_ == "VB":
            # "saying its camps could take no more people, and reopened it on Sunday": a verb in the past is no
            # bare verb under the other's "could" or "did not" (the parser joined it to the wrong verb)
            break
        current = current.head
    return False


# Verbs that charge someone with an act, which the story does not thereby report as done.
_CHARGING_VERBS = {"accuse", "allege"}


def _not_until(verb: Token) -> bool:
    """"did not reopen them until July 30": done on that day, not undone."""
    return verb.lemma_.lower() in _OPENING | _CLOSING and any(
        c.dep_ == "prep" and c.lower_ == "until" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _first_day_told(end: dt.date, times: list[TimeMention]) -> dt.date:
    """The first day of the month or year an "until" names ("did not fully reopen until February 1985": in February,
    dated by its first day, GUIDELINES), else the day itself."""
    told = next((t for t in times if t.end == end and t.relation == "until"), None)
    if told is None or re.search(r"\b\d{1,2}\b(?!\d)", told.text.replace(str(end.year), "")):
        return end
    if re.search(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", told.text):
        return end.replace(day=1)
    return end.replace(month=1, day=1) if re.fullmatch(r"(?i)until\s+\d{4}", told.text.strip()) \
        else end


def _denied_or_charged(verb: Token) -> bool:
    """"denied accusations that they were forcing Armenians out", "denied any plan to tighten entry rules",
    "has been accused of stopping civilians from leaving": denied or charged, not done (GUIDELINES); not
    "Zaire's government, which expelled 15,000 refugees, accused the rebels": a clause of the accuser."""
    if verb.lemma_.lower() in DENIAL_VERBS and any(c.dep_ == "dobj" and noun_lemma(c) in WISH_NOUNS | REPORT_NOUNS
                                                   for c in verb.children):
        return True  # "denied any plan to tighten entry rules": the denial is no measure either
    current = verb
    while current.head.i != current.i:
        if current.dep_ in ("nsubj", "nsubjpass"):
            return False
        current = current.head
        if current.pos_ == "VERB" and current.lemma_.lower() in DENIAL_VERBS | _CHARGING_VERBS:
            return True
    return False


def _from_a_date(verb: Token) -> bool:
    """The clause gives the day the measure starts: "from Monday", "starting March 18", "as of Jan. 1"
    (wherever the parser hung it inside the clause, but not inside another verb's clause)."""
    clause = {t.i for t in verb.subtree}
    for prep in verb.subtree:
        if prep.lower_ not in ("from", "starting", "beginning", "effective", "as") or prep.i == verb.i:
            continue
        if any(a.pos_ == "VERB" and a.i != verb.i for a in prep.ancestors if a.i in clause):
            continue
        if any(t.ent_type_ == "DATE" for t in prep.subtree if t.i != prep.i):
            return True
    return False


def _purpose(verb: Token) -> bool:
    """An infinitive that says what another action is for: "sent troops to stop crossings"."""
    return verb.dep_ == "advcl" and infinitive(verb) \
        and verb.head.lemma_.lower() not in PERMISSION_VERBS | _ORDERING_VERBS  # "authorized its guards to force ... back"


# Verbs whose infinitive is what they command, not what they aim at.
_ORDERING_VERBS = {"order", "instruct", "direct", "tell", "require", "oblige", "force", "command"}


def _let_do(verb: Token) -> bool:
    """What a state lets people do: "let Kyrgyz citizens stay", "allowed them to enter"."""
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ("let", "allow", "permit")


def _permitted(verb: Token) -> bool:
    """Whether a permission modal governs the verb or the verb it is coordinated with."""
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    if _let_do(verb):
        return True  # "said it would let Kyrgyz citizens stay for up to 30 days without registering"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "able" and verb.head.head.lemma_ == "be":
        return not any(c.dep_ == "neg" for c in verb.head.head.children)  # "have been able to enter Ukraine without a visa since May 1": "can", told of the time since
    return any(c.dep_ == "aux" and c.lower_ in PERMISSION_MODALS for h in heads for c in h.children)


def _subject(verb: Token) -> Optional[Token]:
    """Who acts: the subject of the verb or of the verbs it completes; for a passive without an
    agent in reported speech, the speaker ("police said the Rohingya would be barred")."""
    found = _grammatical_subject(verb)
    before = _acted_before(verb)
    if before is not None and (found is None or noun_lemma(found) not in AUTHORITY_NOUNS and found.ent_type_ != "GPE"):
        found = before  # "... as fighting reached the south of Syria and reopened it": the parser's subject is wrong
    if found is None:
        speech = _speech_head(verb)
        if speech is not None:
            found = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if found is None and verb.dep_ == "ROOT":
        # "Burundian authorities have, since April 28, required ...": the parenthesis broke the parse;
        # the authority that opens the sentence is the one acting
        found = next((t for t in verb.sent if t.i < verb.i and t.pos_ in ("NOUN", "PROPN")
                      and (noun_lemma(t) in AUTHORITY_NOUNS or t.ent_type_ == "GPE")
                      and t.dep_ not in ("pobj", "compound", "poss")), None)
    return found


# Nouns of time the parser may take for a verb's object: "reopened the following day".
_TIME_NOUNS = {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", *WEEKDAYS}


def _a_time(token: Token) -> bool:
    """A day the act fell on ("the following day"), not a length of time the clause is about ("spend 14 days")."""
    return token.ent_type_ in ("DATE", "TIME") and token.lemma_.lower() in _TIME_NOUNS \
        and not any(c.dep_ == "nummod" or c.like_num for c in token.children)


def _shut_then_opened(verb: Token) -> Optional[Token]:
    """"The airport was closed on Nov. 17 and reopened the following day": the crossing point closed is
    what opened, of itself, in the verb joined to it."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in _OPENING | _CLOSING \
            or any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "dobj" and not _a_time(c)) for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass" and _crossing_named(c)), None)


def _acted_before(verb: Token) -> Optional[Token]:
    """"Jordan closed its Jaber crossing ... and reopened it": who acted on what "it" stands for."""
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("it", "them")), None)
    antecedent = _antecedent(pronoun) if pronoun is not None else None
    if antecedent is None or antecedent.head.pos_ not in ("VERB", "AUX") or antecedent.dep_ != "dobj":
        return None
    return next((c for c in antecedent.head.children if c.dep_ == "nsubj"), None)


def _stray_conjunct_subject(verb: Token) -> Optional[Token]:
    """"Tunisia closed its crossing ..., and Egypt on the same day barred its citizens from travelling": the
    parser may hang "Egypt" on the first verb as a conjunct and leave "barred" with no subject; a state's name
    just after the "and", right before the verb's phrase, is its subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    before = verb.left_edge.i - 1
    if before < 1:
        return None
    name, joint = verb.doc[before], verb.doc[before - 1]
    if name.dep_ == "conj" and name.pos_ == "PROPN" and name.ent_type_ in ("GPE", "NORP", "ORG") \
            and name.head.pos_ in ("VERB", "AUX") and joint.lower_ == "and":
        return name
    return None


def _grammatical_subject(verb: Token) -> Optional[Token]:
    if (shut := _shut_then_opened(verb)) is not None:
        return shut
    if verb.tag_ == "VBN" and (doer := agent_of(verb)) is not None \
            and not any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ != "acl":
        return doer  # "Entry eased by Brasília": the doer is the agent, whatever the parser made the subject
    relative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")), None)
    if relative is not None and verb.dep_ == "relcl" and (noun_lemma(verb.head) in AUTHORITY_NOUNS
                                                          or _a_state(verb.head)):
        # "Honduran police, who had set up checkpoints", "Pakistan, which has carried out its own
        # expulsion drive" (not "rules that bar ...")
        return verb.head
    if _misparsed_predicate(verb):
        return verb.sent.root
    if (stray := _stray_conjunct_subject(verb)) is not None:
        return stray
    if verb.dep_ == "acl" and noun_lemma(verb.head) in _CAMPAIGN_NOUNS:
        # "Iran pressed ahead with a campaign to expel undocumented Afghans": who runs the campaign
        governor = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None:
            return _grammatical_subject(governor)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        # "Russia's practice of sending men back": the possessor acts
        for child in verb.head.head.children:
            if child.dep_ == "poss":
                return child
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ == "nsubj" and _caught_and_sent_back(verb, current, child):
                # "police caught 140 Albanians who crossed ... and handed them back": the parser joins the
                # sending back to the crossing; "them" are the people who crossed, so who caught them acts
                return _grammatical_subject(_object_governor(current))
            if child.dep_ == "nsubj" and child.lower_ in ("who", "which") and current.dep_ == "relcl" \
                    and (noun_lemma(current.head) in AUTHORITY_NOUNS or _a_state(current.head)):
                return current.head  # "Turkey, which agreed on Sunday to take up to 20,000 refugees"
            if child.dep_ == "nsubj":
                return _nearest_subject(current, child)
            if child.dep_ == "csubj" and child.tag_ == "VBG" and (who := next(
                    (g for g in child.children if g.dep_ == "nsubj"), None)) is not None:
                return who  # "everyone arriving from abroad ... must spend 14 days": the parser's clause subject
        if (doer := agent_of(current)) is not None:
            return doer
        if (current.dep_ in ("xcomp", "conj", "advcl") or (current.dep_ == "prep" and current.tag_ == "VBG")) \
                and current.head.i != current.i:
            current = current.head  # "signed a proclamation barring the entry of ...": the parser's "prep"
            continue
        if current.dep_ == "acl" and current.head.dep_ == "dobj" and noun_lemma(current.head) in AUTHORITY_NOUNS \
                and current.head.head.lemma_.lower() in _DIRECTING_VERBS | {"tell", "instruct"}:
            current = current.head.head  # "ordered the migration authority to deport ...": who gave the order
            continue
        if current.dep_ == "acl" and noun_lemma(current.head) in STATE_INSTRUMENTS | _DOCUMENT_NOUNS \
                and current.head.head.pos_ in ("VERB", "AUX"):
            current = current.head.head  # "signed an executive order suspending entry": who signed it
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
            current = current.head.head  # "reopened the crossing after keeping it open only to pedestrians"
            continue
        break
    return None


_NAMED_ACTORS = {"GPE", "NORP", "PERSON", "LOC"}


def _a_state(token: Token) -> bool:
    """A country by its name, however the tagger read it ("Mozambique, which scrapped visas ..." came out an ORG)."""
    return token.ent_type_ == "GPE" or (token.pos_ == "PROPN" and (country_of(token.text) or ("", ""))[1] == "name")


def _nearest_subject(verb: Token, first: Token) -> Token:
    """Of two subjects the parser gave one verb, the one next to it: in "Downstream, Moldova's government
    ordered ...", "Downstream" is an adverb set off by its comma."""
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(before) > 1 and first.i == before[0].i and not list(first.children) and first.ent_type_ not in _NAMED_ACTORS \
            and first.i + 1 < len(first.doc) and first.doc[first.i + 1].text == "," \
            and before[-1].ent_type_ != "DATE":  # (not "Ukraine, for its part, has since March refused")
        return before[-1]
    return first


def _caught_and_sent_back(verb: Token, clause: Token, subject: Token) -> bool:
    """"caught 1,150 Albanians who crossed into Greece and sent them back": a verb joined to a relative
    clause whose object pronoun stands for the relative's own antecedent cannot share its subject."""
    return verb.i != clause.i and clause.dep_ == "relcl" and subject.lower_ in ("who", "that") \
        and _object_governor(clause) is not None \
        and any(c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in verb.children)


def _object_governor(clause: Token) -> Optional[Token]:
    """The verb whose object a relative clause describes, through a part named by "of" ("disarmed about 450 of
    Barre's gunmen who had crossed at El Wak")."""
    head = clause.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.head.i:
        head = head.head.head
    return head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None


# Words naming a transport company, whose own decisions are no state's measure.
_CARRIER_WORDS = {"airlines", "airways", "carrier", "carriers"}
_DIRECTING_VERBS = {"direct", "announce", "order", "decide", "instruct", "decree", "approve", "sign"}
# Papers by which a government acts, besides its laws and decrees: "published an ordinance granting".
# Verbs of people coming out of somewhere ("foreigners coming out of Tibet"), not of roads ("leading out of Saravan").
_COMING_OUT = {"come", "flee", "escape", "walk", "pour", "stream", "cross", "arrive", "travel", "head", "get"}
_DOCUMENT_NOUNS = {"ordinance", "proclamation", "circular", "notice", "resolution", "memorandum", "edict", "waiver",
                   "exemption", "agreement", "deal", "scheme", "programme", "program"}
# Nouns for a course of action under way, whose infinitive is the action itself ("a drive to deport").
_CAMPAIGN_NOUNS = {"campaign", "drive", "operation", "crackdown", "push", "effort"}


def _core_tokens(subject: Token) -> list[Token]:
    """The subject phrase and the head phrases of its appositions, without clauses.

    "officials in North Ossetia, the southern Russian region that holds the crossing into
    Georgia" keeps "Russian" and drops "Georgia": the region is Russian, the crossing leads away.
    """
    core = {t.i: t for t in _phrase_tokens(subject)}
    for token in list(subject.subtree):
        if token.dep_ == "appos" and token.head.i in core:
            core.update({t.i: t for t in _phrase_tokens(token)})
    return sorted(core.values(), key=lambda t: t.i)


def _region_in(tokens: list[Token]) -> Optional[str]:
    """The country of a region named among the tokens, in one or two words ("North Ossetia")."""
    doc = tokens[0].doc if tokens else None
    for token in tokens:
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue  # (a name is capitalised: "off the north coast" names no Coast Region of Tanzania)
        pair = doc[token.i:token.i + 2].text if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() \
            else token.text
        code = region_country(pair) or region_country(token.text)
        if code:
            return code
    return None


def _country_in(tokens: list[Token], places: list[Place]) -> Optional[tuple[str, Place]]:
    """The country the tokens name: a country first, then a region of the English table, then a town
    ("the province of Lodi, Lombardy": Lombardy, not Lodi, California)."""
    indices = {t.i for t in tokens}
    found = [p for p in places if p.start in indices and p.role in ("name", "adjective", "city", "anaphor")]
    if not found:
        return None
    doc = tokens[0].doc

    def rank(place: Place) -> int:
        if place.role != "city":
            return 0
        return 1 if region_country(doc[place.start:place.end].text) else 2
    best = min(found, key=lambda p: (rank(p), found.index(p)))
    return best.code, best


# Titles of officials below the state: a governor or mayor the table's surnames may share with a head of state.
_LOCAL_TITLES = {"gov.", "governor", "mayor", "prefect", "lt.", "lieutenant"}


def _named_officials_country(name: Token, discourse: Discourse) -> Optional[str]:
    """The country of an official the table knows by surname; a governor or mayor only where the story names
    that country ("Gov. Wanda Vazquez" in a story from Puerto Rico is no president of Uruguay)."""
    code = discourse.entity_country.get(name.text) or person_country(_full_name(name))
    phrase = name
    while phrase.dep_ == "compound" and phrase.head.i != phrase.i:
        phrase = phrase.head  # "Wanda" of "Gov. Wanda Vazquez"
    titled_locally = any(t.lower_ in _LOCAL_TITLES for t in phrase.subtree if t.i < phrase.i)
    if code is None or not titled_locally:
        return code
    return code if code in discourse.recent_countries or code == discourse.dateline_country else None


def _actor(subject: Token, places: list[Place], discourse: Discourse, verb: Optional[Token] = None,
           nominal: bool = False) -> Optional[tuple[str, str]]:
    """(country, name) of the authority that acts, or None when the subject is no authority."""
    if subject.pos_ == "PRON":
        speaker = _speaker(verb)
        if subject.lower_ == "it" and speaker is not None and speaker.pos_ == "PROPN" and speaker.ent_type_ != "GPE" \
                and not any(c.dep_ == "compound" for c in speaker.children) and noun_lemma(speaker) not in AUTHORITY_NOUNS \
                and (named := _state_named_before(subject, places)):
            # "Guatemala has not closed the border, but on Sunday it sent 150 police ..., Mendez said": a person
            # named by surname alone is no "it" (not "Qatar Airways said it would resume flights")
            return named
        if speaker is not None and speaker.pos_ != "PRON" and subject.lower_ in ("it", "they", "he", "she") \
                and not (subject.lower_ == "it" and speaker.ent_type_ == "PERSON"):  # a person is no "it"
            # "France's Interior Ministry said it had sent 200 officers": "it" is the speaker
            return _actor(speaker, places, discourse, None)
        again = subject.lower_ == "it" and any(t.lower_ == "it" and t.dep_ == "nsubj" and t.i < subject.i
                                               for t in subject.sent)
        if again and discourse.last_actor is not None:
            # "On March 3 it suspended visas issued to nationals of Iran, Italy, South Korea and Japan, and from
            # Friday it suspended almost all visas": the state the first "it" was
            return discourse.last_actor
        if subject.lower_ == "it" and not again and (named := _state_named_before(subject, places)) is not None:
            return named  # "Iran pressed ahead with a campaign that it launched": the state just named
        if subject.lower_ == "it" and discourse.last_actor is None and discourse.paragraph_topic \
                and not any(p.role == "name" and p.start < subject.i for p in places if p.start >= subject.sent.start):
            # "India has tightened its rules. On March 3 it suspended ...": the state the paragraph is about
            return discourse.paragraph_topic, country_name(discourse.paragraph_topic)
        opener = next((c for c in subject.sent.root.children if c.dep_ == "nsubj" and c.i < subject.i
                       and c.pos_ != "PRON" and noun_lemma(c) in AUTHORITY_NOUNS | FORCE_NOUNS), None)
        between = [p for p in places if opener is not None and opener.right_edge.i < p.start < subject.i
                   and p.role in ("name", "adjective")]
        if between and subject.lower_ == "it":
            # "... Russia's practice of sending men back, or the recruitment offices it opened": the state just named
            return between[-1].code, country_name(between[-1].code)
        if opener is not None and subject.lower_ in ("it", "they"):
            # "The Israeli military said ..., the largest number since it ordered ...": the body the sentence opened on
            return _actor(opener, places, discourse, None)
        return discourse.last_actor if subject.lower_ in ("they", "it", "he", "she") else None
    if noun_lemma(subject) in {"country", "nation", "government"} | FORCE_NOUNS and verb is not None \
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "our") for c in subject.children):
        # "Kerekou said on Tuesday that his country would keep its border open", "Dostum said his men would
        # let all the refugees in": the speaker's country
        speaker = _speaker(verb)
        spoken_for = _actor(speaker, places, discourse, None) if speaker is not None and speaker.pos_ != "PRON" else None
        if spoken_for is None and speaker is not None and speaker.pos_ == "PROPN":
            # "Benin has opened camps ..., and President Mathieu Kerekou said that his country would ...": a
            # leader the story gives no country speaks for the state the sentence has just made act
            acting = [p for p in places if p.role == "name" and p.end <= speaker.i and p.code
                      and any(t.dep_ == "nsubj" for t in subject.doc[p.start:p.end])]
            spoken_for = (acting[-1].code, "") if acting else None
        if spoken_for is not None:
            return spoken_for[0], country_name(spoken_for[0])
    tokens = _core_tokens(subject)
    if _has(" ".join(t.lower_ for t in tokens), SUPRANATIONAL_BODIES):
        return None  # "the European Union activated ...": out of scope (SPEC 2.2), and no country's act
    if any(t.lower_ in _CARRIER_WORDS for t in tokens) or (tokens and tokens[0].text == "Air"):
        return None  # "Air India and IndiGo cancelled their flights": a company's decision (GUIDELINES)
    name = _source_text(_phrase_tokens(subject), places) or subject.text
    if noun_lemma(subject) in MISSION_NOUNS:
        # "the embassy in Beijing ... stopped issuing student visas", told by Australia's immigration minister: a
        # mission acts for the state that sent it, not for the one it sits in
        hosts = {t.i for c in subject.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree}
        tokens = [t for t in tokens if t.i not in hosts]
        speaker = _speaker(verb)
        if hosts and not _country_in(tokens, places) and speaker is not None and speaker.pos_ != "PRON":
            return _actor(speaker, places, discourse, None)
    found = _country_in(tokens, places)
    if found is None and noun_lemma(subject) in FORCE_NOUNS | AUTHORITY_NOUNS:
        # "Chilean soldiers began patrolling": a nationality word on the state's own forces
        own = next((p for p in places if p.start in {t.i for t in tokens} and p.role == "people"), None)
        found = (own.code, own) if own is not None else None
    code = found[0] if found else None
    if code is None:
        # a town the subject names ("Goma said"), not a common word that is also a town's name
        # ("Police have set up checkpoints": Police is a town in Poland)
        # (nor the last word of a body's name: "The National Police said": Police, Poland, again)
        # (nor the last word of a longer name: "the General National Congress" is no Congress, Arizona)
        code = (place_country(subject.text) if subject.ent_type_ in ("GPE", "LOC", "FAC", "ORG")
                and noun_lemma(subject) not in AUTHORITY_NOUNS | FORCE_NOUNS
                and not any(c.dep_ == "compound" and c.text[:1].isupper() for c in subject.children) else None) \
            or _named_officials_country(subject, discourse) \
            or (capital_country(subject.text) if subject.pos_ == "PROPN" else None)  # "Yerevan declared"
    # a national body the news names without its country: "the Assam Rifles sent two more companies"
    agency = agency_country(" ".join(t.text for t in tokens)) if code is None else None
    if agency is None and code is None and subject.pos_ == "PROPN":
        # "the Sashastra Seema Bal sent extra guards": the parser split the name and made two subjects of it
        agency = agency_country(_proper_name_run(subject).text)
    code = code or agency
    if code is None:
        # "President Nicolas Maduro's government", "the government of President Teodoro Obiang Nguema": the
        # leader's country
        led_by = [t for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" and noun_lemma(subject) in
                  ("government", "administration", "regime", "junta") for g in c.children if g.dep_ == "pobj"
                  for t in g.subtree]
        code = next((c for t in [*tokens, *led_by] if t.ent_type_ == "PERSON" and t.i != subject.i
                     for c in [_named_officials_country(t, discourse)] if c), None)
    code = code or _region_in(tokens)  # "the government of the neighbouring Amhara region"
    head = noun_lemma(subject)
    named_before = False
    if code is None and any(c.lower_ == "the" for c in subject.children) and len(tokens) <= 2:
        # "The Anti-Illegal Immigration Agency in Benghazi deported ... The agency launched the drive": that agency,
        # even when another state acted in between ("The Center for the Resolution of the Emergency Situation
        # imposed the curfew ... Laos ... On Monday the center ordered residents to leave")
        # (a body of a common kind, "the government", "the navy", "the ministry", is the last one that acted,
        # or the one the sentence frames, not any that acted before)
        told = [discourse.last_actor] if discourse.last_actor else []
        # (nor a place: "the crossing", "the islands"); the word must stand in the earlier body's proper name
        if head not in AUTHORITY_NOUNS | FORCE_NOUNS | STATE_INSTRUMENTS | MISSION_NOUNS | _PARTS | _CROSSING_NOUNS \
                and subject.ent_type_ not in ("GPE", "LOC", "FAC"):
            told = [*discourse.acted, *told]
        code = next((code for code, name in reversed(told) if re.search(rf"\b{re.escape(subject.lower_)}\b", name.lower())
                     and (told[-1] == (code, name) or re.search(rf"\b{re.escape(subject.text.capitalize())}\b", name))),
                    None)
        named_before = code is not None
    if code is None and verb is not None and head in AUTHORITY_NOUNS | FORCE_NOUNS and not discourse.frame_country() \
            and (speaker := _speaker(verb)) is not None and speaker.i != subject.i \
            and any(noun_lemma(t) == head for t in speaker.subtree):
        # "Police on Wednesday closed the East Coast public road ..., the Guyana Police Force said": the body speaks
        # for itself, under its full name (not "the army ..., Croatia's Interior Ministry said", another body)
        named = _country_in(list(speaker.subtree), places)
        code = named[0] if named else None
    if code is None and discourse.paragraph_topic and not discourse.frame_country() \
            and _bare_state_body(subject, tokens):
        # "Hungarian police counted 13,722 arrivals ... The government on Monday opened", "Indonesia's Foreign
        # Ministry said ... The navy's western fleet sent four patrol boats to the waters off Batam"
        code = discourse.paragraph_topic
    if code is None and verb is not None and (head in AUTHORITY_NOUNS | STATE_INSTRUMENTS or subject.ent_type_ in ("GPE", "LOC")):
        # "officials in North Ossetia barred cars from elsewhere in Russia": the clause names the country.
        misparsed = _misparsed_predicate(verb)
        own = list(verb.head.subtree if (misparsed and verb.dep_ == "amod") or _participle(verb) or verb.dep_ == "acl"
                   else verb.subtree)  # "Ten municipalities in Lombardy placed under quarantine": the head too
        subject_part = {t.i for t in subject.subtree} - ({t.i for t in own} if misparsed else set())
        scope = own
        # not the country people flee ("granted temporary refuge to people fleeing Ukraine")
        fled = {t.i for v in scope if v.lemma_.lower() in ("flee", "escape", "leave") for t in v.subtree} \
            | {t.i for p in scope if p.dep_ == "prep" and (p.lower_ == "from" or (
                p.lower_ == "of" and p.head.lower_ == "out" and p.head.head.lemma_.lower() in _COMING_OUT))
               # "pushed through from Honduras", "foreigners coming out of Tibet"
               and not any(c.ent_type_ in ("TIME", "DATE") for c in p.children) for t in p.subtree}  # not "from 8 p.m."
        # nor a clause of its own about something else ("... on Sunday, two days before Matthew came ashore after
        # pounding Haiti's southwestern peninsula")
        aside = {t.i for c in verb.children if c.dep_ == "advcl"
                 and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
        # nor the two states a stretch lies between ("to patrol the Windward Passage between Haiti and Cuba")
        between = {t.i for p in scope if p.dep_ == "prep" and p.lower_ == "between"
                   and len({pl.code for pl in places if p.i < pl.start <= p.right_edge.i}) >= 2 for t in p.subtree}
        # nor the nationality of the people or things acted on ("suspended the processing of Syrian claims")
        objects = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
        whose = {p.start for p in places if p.role in ("adjective", "people") and p.start in objects
                 and not _on_a_line(verb.doc[p.start])}
        # nor where people are sent back to ("found 47 people ... and sent all of them back to Italy")
        sent_to = {t.i for p in scope if p.dep_ == "prep" and p.lower_ in ("to", "into") and (
            p.head.lower_ == "back" or any(c.lower_ == "back" for c in p.head.children)) for t in p.subtree}
        # nor where people are bound ("stopped issuing emigration clearance to Oman-bound workers")
        doc = verb.doc
        bound = {p.start for p in places if p.end + 1 < len(doc) and doc[p.end].text == "-" and doc[p.end + 1].lower_ == "bound"}
        clause = [t for t in scope if t.i not in subject_part and t.i not in fled and t.i not in aside
                  and t.i not in between and t.i not in whose and t.i not in sent_to and t.i not in bound
                  and not _beyond_the_border(t)]
        found = _country_in(clause, places)
        code = found[0] if found else _region_in(clause)  # "federal authorities have sealed off Tigray"
    # ("soldiers and police", "health workers took the temperature of every traveller", "the civil defence ordered
    # the evacuation", "Mexican customs closed the bridges": the model reads "customs" as the plural of "custom")
    titled = head in AUTHORITY_NOUNS | STATE_INSTRUMENTS | FORCE_NOUNS or any(noun_lemma(t) in AUTHORITY_NOUNS for t in tokens) \
        or any(c.dep_ == "conj" and noun_lemma(c) in AUTHORITY_NOUNS for c in subject.children) \
        or _health_staff(subject) or _civil_protection(subject) or any(t.lower_ == "customs" for t in tokens)
    if code is None and verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) \
            and (subject.ent_type_ == "PERSON" or head in _LOCAL_RULERS):
        # "In Florida, where Gov. Rick Scott on Thursday ordered residents of the Keys to leave": the place the
        # clause is about
        here = next((p for p in places if p.start <= verb.head.i < p.end), None)
        code = here.code if here is not None else None
    if code is None and titled and discourse.frame_country():
        # "In France, about 800 police officers patrol the coast", "In Colombo, the government ... The army on
        # Thursday recalled all reservists"
        code = discourse.frame_country()
    if code is None and titled and discourse.dateline_country and head not in _FOREIGN_RULERS:
        code = discourse.dateline_country  # "the Defense Ministry" in a story datelined WARSAW
    if code is None and head in _FOREIGN_RULERS and discourse.rulers_country and any(c.lower_ == "the" for c in subject.children):
        # "the country's new military rulers reopened the borders ... The junta also barred members of the ousted
        # government from leaving": the country of the coup the story told of
        code = discourse.rulers_country
    if code is None and head == "government" and discourse.last_actor and any(c.lower_ == "the" for c in subject.children):
        code = discourse.last_actor[0]  # "Chad announced ... Ten days later the government said ..."
    if code is None:
        return None
    if nominal:
        # "Finland's ban ... took effect": the actor is the country that owns the measure.
        return code, country_name(code) if found is None else subject.doc[found[1].start:found[1].end].text
    # (an army's command acts for its state too: "the Russian command said it had opened a corridor")
    is_authority = titled or named_before or agency is not None or head == "command" \
        or subject.ent_type_ in ("GPE", "PERSON", "ORG") \
        or (country_of(subject.text) or ("", ""))[1] == "name" \
        or (found is not None and found[1].role == "name" and found[1].start <= subject.i < found[1].end) \
        or any(p.start == subject.i and p.role == "anaphor" for p in places) \
        or (subject.text.isupper() and subject.text in discourse.entity_country) \
        or (subject.pos_ == "PROPN" and person_country(_full_name(subject)) == code)  # "Bongo on Thursday called up ..."
    if not is_authority:
        return None
    # "officials in Russia's southern region of North Ossetia" -> "officials in North Ossetia"
    regions = [t for t in tokens if t.ent_type_ in ("GPE", "LOC") and not country_of(t.text)]
    if head in ("official", "authority") and regions:
        name = f"{subject.text} in {' '.join(t.text for t in regions)}"
    return code, name


# Who checks travellers for a state's health service: "health workers", "medical teams", "quarantine officers"
# (but not "aid workers", who work for charities).
_HEALTH_STAFF = {"worker", "team", "staff", "inspector", "doctor", "nurse", "officer", "personnel"}
_HEALTH_WORDS = {"health", "medical", "quarantine", "sanitary"}


def _proper_name_run(token: Token) -> Span:
    """The run of proper nouns a name token stands in, whatever the parser made of it."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > token.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end < token.sent.end and doc[end].pos_ == "PROPN":
        end += 1
    return doc[start:end]


def _health_staff(subject: Token) -> bool:
    return noun_lemma(subject) in _HEALTH_STAFF and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _HEALTH_WORDS for c in subject.children)


def _civil_protection(subject: Token) -> bool:
    """"The civil defence", "the civil protection": a state's emergency service (not "the defence" in court, nor
    the paramilitary "Self-Defense Forces")."""
    return subject.lemma_.lower() in ("defence", "defense", "protection") \
        and any(c.dep_ in ("amod", "compound") and c.lower_ == "civil" for c in subject.children)


def _full_name(token: Token) -> str:
    """The whole name a person's token belongs to ("Ernest Bai Koroma" for "Koroma"): the table knows
    some leaders only by more than their surname."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "PERSON"), None)
    return entity.text if entity is not None else token.text


# Rulers a story most often names abroad: "the junta" in a story filed from MAE SOT, Thailand, is Myanmar's.
_FOREIGN_RULERS = {"junta", "regime", "taliban", "rebel", "militia"}


def _bare_state_body(subject: Token, tokens: list[Token]) -> bool:
    """A state's body or force named without its state: "the government", "the navy's western fleet"."""
    if subject.left_edge.lower_ != "the" or len(tokens) > 5:
        return False
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return noun_lemma(subject) in AUTHORITY_NOUNS | FORCE_NOUNS or (owner is not None and noun_lemma(owner) in AUTHORITY_NOUNS)


def _day_it_happened(verb: Token) -> bool:
    """"were flown out on Thursday, the first day the airport reopened to commercial jets": a clause that names the
    day by what happened on it tells that it happened."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in ("day", "date", "morning", "night") \
        and not any(c.dep_ in ("aux", "neg") and c.lower_ in ("would", "will", "not", "could") for c in verb.children)


def _pattern_actor(pattern: Pattern, subject: Optional[Token], verb: Token, places: list[Place],
                   discourse: Discourse) -> Optional[tuple[str, str]]:
    """The authority behind a measure: the subject; else the actor the pattern implies, the country
    people are removed from, or the government that announced what people may or must do."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    affected = patient if patient is not None else subject
    people = affected is not None and (_names_people(affected) or affected.lower_ in ("everyone", "anyone"))
    if people and pattern.type in _ARRIVAL_MEASURES and not pattern.permission \
            and (entered := _country_entered(verb, places)) is not None:
        return entered  # "Citizens of Nigeria are no longer allowed into Oman": Oman's measure
    if people and pattern.type == "EXIT_RESTRICTION":
        # "Men of military age have needed written permission from the army to leave Syria": the country left;
        # "Algerian men ... still need the army's written permission to leave the country": their state
        left = _country_left(verb, places) or _state_of_people(affected, places)
        if left is None and noun_lemma(affected) in ("citizen", "national") and discourse.home_country() \
                and not any(c.dep_ in ("poss", "amod", "compound") for c in affected.children):
            # "Citizens need an exit visa to leave the country", in a story filed from Asmara: the state the story
            # is about
            home = discourse.home_country()
            left = (home, country_name(home))
        if left is not None:
            return left
    if pattern.type == "RETURN_OR_EXPULSION" and (removed := _removed_from(verb, places)) is not None and (
            subject is not None and _names_people(subject) or patient is not None and _people_phrase(patient)):
        # "2,146 Hondurans deported from Mexico arrived home", however it is parsed: people removed are no actor;
        # "400 Basotho were deported from South Africa, Lesotho's ministry said": nor is who told of it
        return removed
    if pattern.permission and _let_do(verb):
        # "Romania has let foreigners leaving Ukraine enter without a visa": who lets them
        letter = _grammatical_subject(verb.head)
        granted = _actor(letter, places, discourse, verb.head) if letter is not None else None
        if granted is not None:
            return granted
    owner = _owner_of_border(verb, places) if subject is not None and subject.pos_ == "PRON" else None
    if owner is not None and pattern.type in ("BORDER_CLOSURE", "ENTRY_FACILITATION", "BORDER_CONTROL"):
        return owner  # "It shut all of Gambia's land borders on Nov. 30": a state shuts its own borders
    if pattern.implied_actor in discourse.actors_by_type and subject is not None \
            and not any(subject.left_edge.i <= p.start <= subject.right_edge.i for p in places):
        # "Draft offices have appeared at border checkpoints" in a story filed from Tbilisi: the offices of the
        # state that called men up, not of the dateline's
        return discourse.actors_by_type[pattern.implied_actor]
    actor = _actor(subject, places, discourse, verb, nominal=bool(pattern.subjects)) if subject is not None else None
    if affected is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        affected = verb.head  # "male Ukrainian citizens aged 18 to 60 barred from leaving the country"
    if actor is None and pattern.type in _OWN_PEOPLE_TYPES and affected is not None and _names_people(affected):
        actor = _state_of_people(affected, places)  # "Turkmen citizens under 40 barred from leaving the country"
    if actor is None and pattern.type == "BORDER_CONTROL" and patient is not None and noun_lemma(patient) in FORCE_NOUNS:
        # "Chadian soldiers were deployed along the river": the state whose forces they are
        # "Chadian soldiers", "Soldiers of the South African National Defence Force"
        own = next((p for p in places if patient.left_edge.i <= p.start <= patient.right_edge.i and p.start != patient.i
                    and p.role in ("adjective", "name", "people")), None)
        if own is not None:
            actor = own.code, country_name(own.code)
    if actor is None and pattern.implied_actor and pattern.implied_actor in discourse.actors_by_type:
        actor = discourse.actors_by_type[pattern.implied_actor]
    if actor is None and pattern.subjects and pattern.type in _ARRIVAL_MEASURES and subject is not None \
            and not _names_people(subject) and subject.lower_ not in _CROSSING_NOUNS:
        # "A requirement that Egyptian men hold a visa to enter Sudan took effect": the country entered; "the
        # suspension of all new visas, which took effect on Wednesday", in a story filed from Hanoi: the story's
        home = discourse.home_country()
        actor = _country_entered(verb, places) or ((home, country_name(home)) if home else None)
    if actor is None and subject is None and _passive(verb) and (frame := discourse.frame_country()):
        # "In Macau, entry was halted for everyone except residents": the place the sentence opens on
        actor = frame, country_name(frame)
    if actor is None and pattern.type in _STORY_ACTOR_TYPES and _passive(verb):
        # "34 people being removed from Britain"; else the state the story has shown taking such measures
        # ("1,200 people were rounded up and forced across the borders" after "Tunisian forces expelled";
        # "only Sudanese men had been required to hold a visa" after "Egypt will require ..."), but not a
        # count of deportees ("2,874 of whom had been deported")
        actor = _removed_from(verb, places) or (discourse.actors_by_type.get(pattern.type)
                                                if not _counts_people(verb) else None)
    # (a permission told of something withdrawn: "suspended an agreement that let Ecuadoreans enter")
    clause = verb.head if _let_do(verb) else verb
    described = clause.dep_ in ("relcl", "acl") and clause.head.dep_ == "dobj" \
        and clause.head.head.lemma_.lower() in _HALTING_VERBS | {"scrap", "cancel", "revoke", "abolish"}
    if actor is None and pattern.permission and pattern.type in _ARRIVAL_MEASURES and not described:
        # "foreign rescue and medical teams could enter Turkey without visas": the country they may enter (not
        # "suspended an agreement that let Ecuadoreans enter northern Peru with only their identity cards")
        actor = _country_entered(verb, places)
    if actor is None and subject is not None and _names_people(subject) and pattern.type in _ARRIVAL_MEASURES:
        # "Qatar has not suspended any flights, but from Saturday all travellers arriving ... must spend 10 days in
        # hotel quarantine": the state the clause it is joined to is about
        actor = _state_of_joined_clause(verb, places)
    if actor is None and subject is not None and (_names_people(subject) or subject.lower_ in _CROSSING_NOUNS):
        actor = _announcer(verb, places, discourse)  # "the ministry said the crossings would stay open to ..."
        if actor is None and pattern.type == "ENTRY_FACILITATION" and verb.lemma_.lower() in _RECEIVING_VERBS \
                and _names_people(subject):
            # "Under a cabinet decree, the arrivals get residence permits on landing": the state they are in
            code = discourse.home_country()
            actor = (code, country_name(code)) if code else None
        if actor is None and pattern.type == "BORDER_CONTROL" and pattern.subjects and _names_people(subject):
            # "Ghana reopened its borders on Friday. Travellers must now show a vaccination card": the state
            # the story has just shown acting sets the rule for those arriving; else the state the story is in
            # ("TAIPEI — ... everyone arriving from abroad must spend 14 days in quarantine at home")
            home = discourse.home_country()
            actor = discourse.last_actor or ((home, country_name(home)) if home else None)
        if actor is None and pattern.permission and pattern.type in _ARRIVAL_MEASURES and _names_people(subject) \
                and _tells_news(verb) and not _MUTUAL.search(_clause_text(verb)) and (home := discourse.home_country()):
            # "TAIPEI — From 00:00 on Thursday, foreigners may enter only if they hold a resident certificate": a
            # rule on who may come in, told with no one announcing it, is the rule of the country the story is in
            actor = home, country_name(home)
    if actor is None and subject is not None and pattern.type in ("BORDER_CLOSURE", "ENTRY_FACILITATION") \
            and noun_lemma(subject) in _CROSSING_NOUNS and (subject.dep_ == "nsubj" or subject == _shut_then_opened(verb)) \
            and not any(c.dep_ == "dobj" and not _a_time(c) for c in verb.children) \
            and (_tells_news(verb) or _told_alongside(verb) or _day_it_happened(verb)):
        actor = _own_crossing_state(subject, places, discourse)  # "The Torkham crossing reopened on Monday"
    if actor is None and pattern.type == "INTERNAL_MOVEMENT_RESTRICTION" and subject is not None \
            and (subject.ent_type_ in ("PERSON", "ORG") or subject.pos_ == "PROPN") \
            and not _abroad_in_clause(verb, subject, "", places):
        # "Mutonga ordered everyone still living in the low-lying villages to leave", "COPECO ordered the mandatory
        # evacuation of 20 municipalities": an official or body the story gives no country acts at home
        code = discourse.home_country()
        actor = (code, subject.text) if code else None
    if actor is None:
        actor = _owner_of_passive(verb, pattern.type, places)
    if actor is None and pattern.type == "ENTRY_FACILITATION" and subject is None and patient is not None and people \
            and _passive(verb) and agent_of(verb) is None and _ENTRY_PAPERS.search(_clause_text(verb)) \
            and (home := discourse.home_country()):
        # "Residents of Russia's seven North Caucasus republics have been let in without visas since October 2010",
        # in a story filed from Tbilisi: let into the country the story is in, not the one they come from
        actor = home, country_name(home)
    if actor is None and patient is not None and subject is None and pattern.type == "BORDER_CLOSURE" \
            and any(_shut_then_opened(c) == patient for c in verb.children if c.dep_ == "conj") \
            and agent_of(verb) is None and _tells_news(verb):
        # "Fua'amotu International Airport was closed on Nov. 17 and reopened the following day": a closure told
        # with its end is news of the crossing's own state (alone, "the airport was closed" is often background)
        actor = _own_crossing_state(patient, places, discourse)
    if actor is None and patient is not None and subject is None and pattern.type == "BORDER_CLOSURE" \
            and noun_lemma(patient) in _CROSSING_NOUNS and _passive(verb) and agent_of(verb) is None \
            and _tells_news(verb) and not _future(verb) \
            and not any(c.dep_ == "prep" and c.lower_ == "between" for c in patient.children):
        # "Turkmenistan has shut its land borders ... The land crossings into Kazakhstan and Uzbekistan were closed
        # on Tuesday": a closure the story has told of, told again in the passive, is that state's
        state = _own_crossing_state(patient, places, discourse)
        if state is not None and any(e.type == "BORDER_CLOSURE" and e.actor == state[0] for e in discourse.events):
            actor = state
    if actor is None and subject is None and _passive(verb) and pattern.type == "INTERNAL_MOVEMENT_RESTRICTION" \
            and (people or verb.lemma_.lower() in ("ban", "bar", "prohibit", "forbid", "restrict")) \
            and agent_of(verb) is None:  # (not "the only road out of the village was blocked by snow")
        # "Journalists and aid workers have been barred from the border zone since Sept. 2, when Poland declared a
        # state of emergency": the state the clause names, else the one the story is filed from
        named = next((p.code for p in places if p.role == "name" and verb.left_edge.i <= p.start <= verb.right_edge.i), None)
        code = named or discourse.home_country()
        actor = (code, country_name(code)) if code else None
    if actor is None and subject is None and _passive(verb) and pattern.type == "EXIT_RESTRICTION" and people \
            and agent_of(verb) is None and _ABROAD.search(_clause_text(verb)) and (home := discourse.home_country()):
        # "TAIPEI — Doctors, nurses and other hospital staff have been barred from travelling abroad since Feb. 25":
        # people the story gives no nationality, kept in by the state the story is in
        actor = home, country_name(home)
    if actor is None:
        # "... is prohibited for 21 days, as directed by President Kenyatta": who ordered it
        directed = next((a for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in _DIRECTING_VERBS
                         and (a := agent_of(c)) is not None), None)
        if directed is not None:
            actor = _actor(directed, places, discourse, verb)
    if actor is None and discourse.heading_country and (subject is None or _actor(subject, places, discourse, verb) is None):
        actor = discourse.heading_country, country_name(discourse.heading_country)  # "Nigeria: Land border ... closed"
    elif actor is not None and discourse.heading_country and actor[0] != discourse.heading_country and subject is not None \
            and not any(subject.left_edge.i <= p.start <= subject.right_edge.i for p in places if p.code == actor[0]):
        # "Mexico: About 6,000 National Guard troops deployed to the border with Guatemala": the record's
        # country, not the one its clause names
        actor = discourse.heading_country, country_name(discourse.heading_country)
    return actor


# rules two states give each other's people ("citizens of either country may stay in the other")
_MUTUAL = re.compile(r"\b(?:each other|either|one another)\b", re.IGNORECASE)
# leaving the country, not a town or a camp ("barred from leaving since Oct. 5, when the headquarters ordered them
# to stay and defend Dubrovnik")
_ABROAD = re.compile(r"\b(?:the country|abroad|overseas)\b", re.IGNORECASE)
# what people let in passively are let in with or without ("let in without quarantine from April 13")
_ENTRY_PAPERS = re.compile(r"\b(?:visas?|visa-free|passports?|without)\b", re.IGNORECASE)


def _state_of_joined_clause(verb: Token, places: list[Place]) -> Optional[tuple[str, str]]:
    """The state named as the subject of the clause the verb's clause is joined to: "Qatar has not suspended any
    flights, but ... all travellers arriving must spend 10 days in quarantine"."""
    joined = [verb.head] if verb.dep_ == "conj" else [
        c for c in verb.head.children if c.dep_ in ("ccomp", "conj") and c.i < verb.i] if verb.dep_ == "ccomp" else []
    told = next((p for clause in reversed(joined) for c in clause.children if c.dep_ == "nsubj" for p in places
                 if p.start == c.i and p.role == "name"), None)
    return (told.code, country_name(told.code)) if told is not None else None


def _own_crossing_state(crossing: Token, places: list[Place], discourse: Discourse) -> Optional[tuple[str, str]]:
    """The state a crossing point that opened or closed belongs to: the country its own name places it in
    ("San Juan's airport"), not the one it leads to ("the Jaber crossing with Syria"); else the country the
    sentence opens on or the story is filed from."""
    beyond = {t.i for c in crossing.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "into", "from")
              for t in c.subtree}
    own = next((p.code for p in places if crossing.left_edge.i <= p.start <= crossing.right_edge.i
                and p.start not in beyond and p.role in ("name", "adjective", "city")), None)
    if own is None:
        # "Juba International Airport", which the tagger took whole for a facility: the town in its name
        own = next((code for t in crossing.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"
                    for code in [place_country(t.text)] if code), None)
    # ("Spain closed the land frontier in June 1969 ... The frontier did not fully reopen until February 1985", in a
    # story filed from Gibraltar: the state that closed it)
    head = noun_lemma(crossing)
    closer = next((e.actor for e in reversed(discourse.events) if e.type == "BORDER_CLOSURE" and head in _CROSSING_NOUNS
                   and re.search(rf"\b{re.escape(head)}", (e.target or "").lower())), None)
    code = own or closer or discourse.home_country()
    return (code, country_name(code)) if code else None


# Verbs by which people are given a status: the giver is the state they are in.
_RECEIVING_VERBS = {"get", "receive", "obtain"}
# Measures stated of the people they apply to, whose actor is the country those people enter.
_ARRIVAL_MEASURES = {"ENTRY_RESTRICTION", "ENTRY_FACILITATION", "BORDER_CONTROL"}
# Measures a state takes only on its own people: "Russian men have been banned from leaving" is Russia's.
_OWN_PEOPLE_TYPES = {"EXIT_RESTRICTION", "MOBILIZATION"}


# Parts of a country one may be kept in: leaving them is no leaving the country.
_PARTS = {"island", "camp", "region", "province", "city", "district", "town", "zone", "area", "settlement", "valley",
          "neighbourhood", "neighborhood", "village", "enclave", "peninsula", "state", "county", "municipality",
          "capital", "reserve", "park", "forest", "reservation", "site", "township", "canton", "commune", "governorate",
          "radius", "grounds"}  # ("barred anyone from entering a 7-kilometre radius around the crater")


def _leaves_a_part(verb: Token, code: str, places: list[Place]) -> bool:
    """"barred from leaving the island for the mainland", "may not leave the camps", "barred boats from
    leaving Riosucio": a part of the country, or one of its towns."""
    towns = {p.start for p in places if p.role == "city" and p.code == code}
    for token in verb.subtree:
        if token.lemma_.lower() in ("leave", "exit") and token.pos_ == "VERB":
            left = next((c for c in token.children if c.dep_ == "dobj"), None)
            # not "from leaving Anjouan for Mayotte": bound abroad
            abroad = any(p.code != code and p.start in {t.i for c in token.children if c.dep_ == "prep"
                                                         and c.lower_ in ("for", "to", "toward", "towards")
                                                         for t in c.subtree} for p in places)
            if left is not None and not abroad and (left.lemma_.lower() in _PARTS or left.i in towns
                                                    or _own_town(left, code)):
                return True
    return False


def _checkpoint_inland(verb: Token, subject: Optional[Token], code: str, places: list[Place],
                       crossings: frozenset[str]) -> Optional[bool]:
    """Whether the verb's clause puts what it does at checkpoints that nothing in it puts at a border (None when it
    names no checkpoint): on roads, at a town's entrances, along a line inside it (GUIDELINES: checkpoints on roads
    restrict movement inside the country; checks at the border are border control). The clauses of other subjects
    joined to it do not count ("sent 650 more troops to the river, and migration agents have set up checkpoints on
    the road")."""
    others = {t.i for c in verb.subtree if c.dep_ == "conj" and c.i != verb.i
              and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
    tokens = [t for t in verb.subtree if t.i not in others]
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "troops at the checkpoints on the western road have been stopping men ... and sending them back": the
        # subject the two verbs share
        tokens = [t for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree] + tokens
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
        # "soldiers have manned checkpoints on the main roads into Port Harcourt, searching every car and bus": how
        # the checkpoints the sentence has just set up are run
        tokens = [t for c in verb.head.children if c.dep_ in ("dobj", "prep") for t in c.subtree] + tokens
    posts = [t for t in tokens if t.lemma_.lower() in _POSTS]
    if not posts:
        # "putting police and soldiers at every road into the city": posts all the same
        words = " ".join(t.lower_ for t in tokens)
        return True if _INTO_A_TOWN.search(words) and not _AT_THE_BORDER.search(words) else None
    if any(c.pos_ == "PROPN" for t in posts for c in t.subtree if c.i < t.i) \
            or any(t.i > 0 and t.nbor(-1).pos_ == "PROPN" for t in posts):
        return False  # "at the Verkhny Lars checkpoint", "the Johor Bahru and Tanjung Kupang checkpoints": crossings
    if any(t.lemma_.lower() in _LINKS for t in tokens):
        return False  # "the checkpoint at the eastern end of the bridge", "checks on the causeway": where states meet
    # "the checkpoint", "the western checkpoints": a crossing the story knows, unless something places it inside
    # ("the checkpoints on the roads around Arsal"); "set up checkpoints", "a new checkpoint": posts put up
    known = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "every", "all") for t in posts for c in t.children)
    placing = [t for p in posts for t in p.subtree] + [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]
    inland = any(t.lemma_.lower() in _ROADS | _INLAND_SPOTS for t in placing)
    # a road's own words say where it leads, not where the checkpoint stands: "on the road from Dire Dawa to the
    # Dewele border crossing" (GUIDELINES: even on roads that lead to the border)
    roads = {t.i for r in tokens if r.lemma_.lower() in _ROADS and r.dep_ == "pobj" for t in r.subtree}
    # (also where the parser hung the road's ends elsewhere: "on the road from Mamfe | to the Ekok border crossing",
    # "a checkpoint on the highway | from Juarez into the valley")
    for _ in range(2):
        roads |= {t.i for c in tokens if c.dep_ == "prep" and c.lower_ in ("from", "to", "toward", "towards", "into")
                  and c.i - 1 in roads for t in c.subtree}
    # nor where the people checked come from: "checking the papers of anyone coming from the direction of the border"
    comers = {t.i for c in tokens if c.dep_ in ("acl", "relcl") and _people_phrase(c.head) for t in c.subtree}
    where = [t for t in tokens if t.i not in roads | comers]
    common = " ".join(t.lower_ for t in where if not t.text[:1].isupper())  # (not the "Port" of "Port Harcourt")
    # nor does whom the checks are for say where they are: "to stop migrants heading for Djibouti"
    purposes = {t.i for c in tokens if c.dep_ == "advcl" and infinitive(c) and c.lemma_.lower() in _STOPPING
                for t in c.subtree}
    inside = {t.i for t in where} - purposes - ({t.i for t in subject.subtree} if subject is not None else set())
    # (a town the story says people crossed at is a crossing only where the checkpoint is placed, not on the road
    # that leads to it: "a checkpoint on the highway from Juarez into the valley")
    named = " ".join(t.lower_ for t in placing if t.i not in roads)
    return (inland or not known) and not _AT_THE_BORDER.search(common) \
        and not any(_has(named, (name,)) for name in crossings) and not any(
        p.code != code and p.start in inside and p.role in ("name", "adjective") for p in places)


def _on_a_line(token: Token) -> bool:
    """"the Ivorian side of the border", "the Colombian border": a nationality word on a border or a part of one
    names whose it is, not whom a measure is for."""
    return noun_lemma(token.head) in _CROSSING_NOUNS | _LINE_NOUNS | {"side", "end", "part", "stretch", "section"}


# What puts checkpoints inside a country, and what links it to another.
_INLAND_SPOTS = {"entrance", "exit", "outskirts", "neighbourhood", "neighborhood", "district", "camp", "village", "line",
                 "province", "city", "town", "capital", "around"}
_LINKS = {"bridge", "causeway", "tunnel"}
_POSTS = ("checkpoint", "checkpoints", "roadblock", "roadblocks")
_POSTING = {"set up", "establish", "install", "instal", "erect", "put up", "man", "mount"}
# Offices set up at checkpoints, which serve a call-up at a crossing ("set up enlistment offices at several
# checkpoints"), not the checks themselves.
_OFFICES = ("office", "offices", "recruitment", "enlistment", "draft", "military registration")
_INTO_A_TOWN = re.compile(r"\b(?:roads?|highways?) (?:out of|leading out of|into) (?:the |this )?(?:city|town|district|capital)\b")
# What puts checkpoints at a border.
_AT_THE_BORDER = re.compile(r"\b(?:borders?|frontiers?|cross|crossings?|airports?|ports?)\b")
_STOPPING = {"stop", "catch", "intercept", "halt", "prevent", "deter", "curb", "search", "check", "find"}


def _bound_for_a_part(verb: Token, code: str, places: list[Place]) -> bool:
    """"barred private boats from sailing to Tanna and the other southern islands", "barred non-residents from
    travelling to Siargao": a journey to a part of the country, or one of its towns, and to nowhere abroad."""
    towns = {p.start for p in places if p.role == "city" and p.code == code}
    for token in verb.subtree:
        if token.lemma_.lower() not in _JOURNEYS or token.pos_ != "VERB":
            continue
        ends = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for g in c.children
                if g.dep_ == "pobj"]
        ends += [c for g in ends for c in g.children if c.dep_ == "conj"]  # "to Tanna and the other southern islands"
        inside = {t.i for g in ends for t in g.subtree}
        if ends and not any(p.code != code and p.start in inside for p in places) and any(
                (g.lemma_.lower() in _PARTS and not _names_a_country(g)) or g.i in towns or _a_quarter(g) for g in ends):
            return True
    return False


_JOURNEYS = {"sail", "travel", "go", "fly", "move", "head", "journey"}
_QUARTERS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
             "north-west", "south-east", "south-west", "interior"}


def _a_quarter(noun: Token) -> bool:
    """"travelling to the north": a quarter of the country, written small (not "the North", a state's name)."""
    return noun.lower_ in _QUARTERS and noun.text.islower() and any(c.lower_ == "the" for c in noun.children)


def _names_a_country(noun: Token) -> bool:
    """"the other Korea", "the Dominican Republic": a part-like noun that names a state; "six Gulf Arab states",
    "the Baltic states": states of the world, not of a federation."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children) or noun.pos_ == "PROPN" \
        or (noun.tag_ == "NNS" and noun.lemma_.lower() == "state"
            and any(t.lower_ in _STATES_ABROAD for t in noun.subtree if t.i < noun.i))


# Words for a group of sovereign states: "the Gulf Arab states", "the Baltic states", "member states".
_STATES_ABROAD = {"gulf", "arab", "baltic", "european", "nordic", "scandinavian", "african", "asian", "caribbean",
                  "member", "foreign", "sovereign", "western", "islamic", "muslim"}


# Acts whose stopping is the measure told: a fee, or a removal, ended.
_STOPPED_ACTS = {"charge", "hand", "deport", "expel", "send", "return", "push", "repatriate", "remove"}


_ADMITTING = {"let in", "allow in", "permit in", "admit", "let", "allow"}


def _only_some_admitted(verb: Token, obj: Optional[Token]) -> bool:
    """"Only Jordanians would be allowed in", "will let in only its own citizens": an admission of some that
    keeps the others out."""
    people = [obj] if obj is not None else []
    people += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(t.lower_ == "only" and t.i <= p.i for p in people for t in p.subtree) \
        or any(c.lower_ == "only" and c.dep_ == "advmod" and c.i < min((p.left_edge.i for p in people), default=c.i + 1)
               and c.i > verb.i for c in verb.children)


def _requirement_dropped(verb: Token) -> bool:
    """"stopped requiring visas", "ceased to demand passports", "stopped charging visa fees": the requirement
    ends, which eases entry."""
    return (verb.lemma_.lower() in ("require", "demand") or (verb.lemma_.lower() == "charge" and any(
        t.lower_ in ("fee", "fees") for t in verb.subtree))) and verb.dep_ == "xcomp" \
        and verb.head.lemma_.lower() in ("stop", "cease", "end", "quit")


_KEEPING_BACK = {"stop", "prevent", "block", "keep"}


def _kept_from_going_abroad(verb: Token, code: str, places: list[Place]) -> bool:
    """"Moroccan police stopped the women ... from crossing into Ceuta": people a state kept from crossing into
    another state's land leave its own, and the measure is on their leaving (GUIDELINES: stopping people from
    leaving, turning them back)."""
    if verb.lemma_.lower() not in _KEEPING_BACK:
        return False
    # (the parser may hang the "from" on the people, or on a clause that tells who they are: "stopped the women who
    # carry goods out of this Spanish enclave on their backs from crossing into Ceuta")
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for going in (g for g in prep.children if g.dep_ == "pcomp" and g.lemma_.lower() in ("cross", "go", "enter", "travel")):
            ends = {t.i for t in going.subtree if t.i != going.i}
            if any(p.start in ends and p.code and p.code != code and p.role in ("name", "city") for p in places):
                return True
    return False


def _bound_abroad(verb: Token, code: str, places: list[Place]) -> bool:
    """People a state keeps from going to another state: stopped from crossing into it, or forbidden to travel to
    places that are not the state's own ("Filipinos may not travel to the three places"; not "relatives may no longer
    travel to the Netherlands", told of the Netherlands' rule)."""
    if verb.lemma_.lower() in _KEEPING_BACK:
        return _kept_from_going_abroad(verb, code, places)
    bound = {t.i for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "into") for t in prep.subtree}
    return not any(p.start in bound and p.code == code for p in places)


def _enters_a_part(verb: Token, code: str, places: list[Place]) -> bool:
    """"barred outsiders from entering Sanamxay district", "barring residents from re-entering New Orleans": a
    part of the country, or one of its towns, is no country entered (the road "into Azerbaijan's Lachin
    district" leads abroad, and stays a closure)."""
    towns = {p.start for p in places if p.role == "city" and p.code == code}  # not Crimea barred by Russia
    # (also "requires foreigners to obtain his written permission before entering the province"; not an entering
    # told of what the object is, "suspended the border passes that let traders enter Aranyaprathet")
    described = {t.i for c in verb.subtree if c.dep_ in ("relcl", "acl") and c.i != verb.i for t in c.subtree}

    def a_part(place: Token) -> bool:
        # ("from entering Kaloum, the capital's administrative and business district": the name set off says what
        # it is; "travellers from China's Hubei province": a part of another country is abroad)
        if any(p.role in ("name", "adjective") and p.code != code and place.left_edge.i <= p.start < place.i
               for p in places):
            return False
        return place.lemma_.lower() in _PARTS or place.i in towns or _own_town(place, code) or any(
            c.dep_ == "appos" and c.lemma_.lower() in _PARTS for c in place.children)

    # "barred tourists from Ruma, Rowangchhari and Thanchi", "barred the new arrivals from Belgrade" (not
    # "barred from the binational market in Dajabon"); the parser may hang the "from" on the people barred
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if verb.lemma_.lower() in ("bar", "ban") and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and a_part(g) for g in c.children)
            for h in holders for c in h.children):
        return True
    # "barred all private flights into the reserve", "barred the newcomers from travelling beyond Dolo", "barred
    # tourists from travelling north of Gangtok"
    if verb.lemma_.lower() in ("bar", "ban") and any(
            t.dep_ == "prep" and (t.lower_ in ("into", "beyond", "outside", "toward", "towards") or (
                t.lower_ == "of" and t.head.lower_ in ("north", "south", "east", "west", "outside")))
            and any(g.dep_ == "pobj" and a_part(g) for g in t.children)
            for t in verb.subtree if t.i not in described):
        return True
    # "has barred buses coming from Khartoum from entering the state": the parser may hang the entering on the
    # clause that tells which buses
    if verb.lemma_.lower() in ("bar", "ban") and any(
            t.lemma_.lower() in ("enter", "re-enter") and t.dep_ == "pcomp" and t.head.lower_ == "from"
            and any(c.dep_ == "dobj" and a_part(c) for c in t.children) for t in verb.subtree):
        return True
    for token in verb.subtree:
        # (a "from entering" the parser hung inside the clause that tells who is kept out is still the verb's: "stopped
        # anyone who is not a registered resident from entering the area")
        if token.i in described and not (token.dep_ == "pcomp" and token.head.lower_ == "from"):
            continue
        if token.lemma_.lower() in ("enter", "re-enter", "reenter") and token.pos_ == "VERB":
            # ("from entering or leaving the Prigorodny district": the object hangs on the last verb)
            coordinated = [token, *(c for c in token.children if c.dep_ == "conj")]
            entered = next((c for v in coordinated for c in v.children if c.dep_ == "dobj"), None)
            # (the parser may fold what follows into the place: "from entering or leaving the capital and closed
            # schools", the capital read as a modifier of the schools)
            if entered is not None and (a_part(entered) or any(t.i in towns or (
                    t.dep_ == "nmod" and t.lemma_.lower() in _PARTS) for t in entered.subtree)):
                return True
    return False


# "on the Colombian border", "the border with Brazil": the country on the other side ("Mali's borders" are Mali's own)
_LINE_NOUNS = {"border", "frontier", "boundary"}


def _beyond_the_border(token: Token) -> bool:
    """A country named as what a border line runs along ("posted police on the Colombian border", "sent
    officers to the crossing on the border with Brazil"): the neighbour, not the state that acts."""
    for _ in range(8):
        if token.dep_ in ("amod", "compound") and noun_lemma(token.head) in _LINE_NOUNS:
            return True
        if token.dep_ not in ("conj", "compound", "flat", "appos") or token.head.i == token.i:
            break
        # "the borders with Algeria, Burkina Faso and Mali": each name, whole; "reopened them with five
        # neighbours — Algeria, ...": the names set off after what they name
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in ("into", "to", "toward", "towards") \
            and noun_lemma(token.head.head) in _CROSSING_NOUNS | _LINE_NOUNS | {"road", "route", "bridge", "highway", "gate"}:
        return True  # "closed the Habur border gate, the only road crossing into Iraq": where the crossing leads
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    held = token.head.head  # the border, or the verb the parser hung "with" on ("reopened the border with Mali")
    return noun_lemma(held) in _LINE_NOUNS or (held.pos_ == "VERB" and any(
        c.dep_ == "dobj" and noun_lemma(c) in _LINE_NOUNS for c in held.children))


_HALTING_VERBS = {"stop", "halt", "cease", "suspend", "end"}
_SPANS_OF_TIME = {"decade", "year", "month", "week", "era", "period"}


def _in_an_era_ended(verb: Token) -> bool:
    """"ending more than three decades in which Russian border guards checked arriving passengers": what
    was done through a span of time the sentence closes is background, not a measure of the day."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in _SPANS_OF_TIME:
        return False
    ended = verb.head.head
    return ended.lemma_.lower() in ("end", "close", "conclude") or (ended.dep_ == "dobj" and ended.head.lemma_.lower() in ("end", "close"))


def _border_between_own_regions(subject: Optional[Token], obj: Optional[Token], code: str) -> bool:
    """"New South Wales closed its border with Victoria": a state of the country shuts its line with another."""
    if subject is None or obj is None or noun_lemma(obj) not in ("border", "boundary"):
        return False
    acting = subject.doc[subject.left_edge.i:subject.i + 1].text.removeprefix("the ").removeprefix("The ")
    if country_of(acting) or code not in subdivision_countries(acting):
        return False
    other = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    names = [g.doc[g.left_edge.i:g.i + 1].text.removeprefix("the ") for g in other]
    return bool(names) and all(country_of(name) is None and code in subdivision_countries(name) for name in names)


_INSTEAD = {"of": "instead", "than": "rather"}


def _instead(prep: Token) -> bool:
    """"instead of", "rather than": what follows is not what was done."""
    word = _INSTEAD.get(prep.lower_)
    return word is not None and (prep.head.lower_ == word or any(c.lower_ == word for c in prep.children))


def _own_town(name: Token, code: str) -> bool:
    """"from entering Derna", "from leaving Riosucio": a name, whatever the tagger called it, that the
    gazetteer knows as a town of the acting state, and not as a country."""
    if name.pos_ != "PROPN" or name.ent_type_ == "NORP":
        return False
    words = [t for t in name.subtree if t.dep_ == "compound" or t.i == name.i]
    surface = name.doc[words[0].i:name.i + 1].text
    return country_of(surface) is None and place_country(surface) == code


# Who rules a place a clause is about: "In Florida, where Gov. Rick Scott ordered ..." (not "where the ECOMOG force
# has pushed the rebels back").
_LOCAL_RULERS = {"governor", "mayor", "government", "authority", "official", "police", "administration", "council"}
# Who governs a part of a country: "the provincial government", "the city", "Mayor ...".
_LOCAL_WORDS = {"provincial", "regional", "municipal", "local", "district", "county", "city", "town", "prefectural",
                "village", "mayor", "municipality", "prefecture", "province"}
# Words that put a measure at a border, whoever takes it.
# The country's own waters and shores, where boats and bathers are kept off inside it.
_HOME_WATERS = ("island", "islands", "islet", "islets", "lake", "beach", "beaches", "bay", "lagoon", "putting to sea",
                "going to sea", "go to sea", "put to sea")
_BORDER_WORDS = ("border", "borders", "frontier", "frontiers", "crossing", "crossings", "abroad", "foreign", "foreigners",
                 "foreign nationals", "international", "airport", "airports", "port", "ports", "visa", "visas", "country",
                 "entering the country", "checkpoint", "immigration", "entries", "arrivals", "crossing point")


def _local_authority(subject: Optional[Token]) -> bool:
    """A subject that governs a part of a country: "The city", "Phang Nga provincial authorities", "the provincial
    government", "Mayor Jan Mans"."""
    if subject is None:
        return False
    words = [t for t in subject.subtree if t.i <= subject.i]
    return noun_lemma(subject) in _LOCAL_WORDS or any(
        t.lemma_.lower() in _LOCAL_WORDS and t.dep_ in ("amod", "compound") for t in words)


def _abroad_in_clause(verb: Token, subject: Optional[Token], code: str, places: list[Place],
                      roles: tuple[str, ...] = ("name", "adjective")) -> bool:
    """Whether the verb's clause, its subject aside, names a country other than the actor's (or, with the role
    "city", a town of another: "the boats that cross the Mekong between Nong Khai and Vientiane")."""
    own = {t.i for t in verb.subtree} - ({t.i for t in subject.subtree} if subject is not None else set())
    # (not a clause that describes a thing: "closed the Mandalay-Muse highway, which carries most of Myanmar's
    # overland trade with China")
    # (but "the boats that cross the Mekong between Nong Khai and Vientiane" says where they go)
    own -= {t.i for c in verb.subtree if c.dep_ == "relcl" and c.head.i != verb.i and c.lemma_.lower() not in _ROUTE_VERBS
            and not any(w.dep_ == "advmod" and w.lower_ in ("where", "when") for w in c.children) for t in c.subtree}
    return any(p.code != code and p.start in own and p.role in roles for p in places)


# Verbs that say where a road or a crossing goes.
_ROUTE_VERBS = {"cross", "lead", "link", "connect", "run", "go", "join", "reach", "head", "span", "serve"}


# Roads (and airstrips) closed are kept to inside a country, unless the road is named as leading abroad ("the
# mountain road into Azerbaijan's Lachin district"); a "road crossing" (the noun is "crossing") is a border one.
_ROADS = {"road", "highway", "motorway", "route", "expressway", "tunnel", "causeway", "track", "boulevard", "avenue",
          "street", "airstrip", "freeway", "turnpike", "autopista", "carretera", "autobahn", "autoroute", "autostrada"}


def _road(obj: Optional[Token]) -> bool:
    """A road, also named by a stretch of it ("the stretch of the Regional Central highway")."""
    if obj is None:
        return False
    if noun_lemma(obj) in _STRETCHES:
        obj = next((g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), obj)
    if obj.lower_ in _HALVES:
        # "closed the coastal highway west of La Libertad": the parser may make the direction the head
        obj = next((c for c in obj.children if noun_lemma(c) in _ROADS), obj)
    # ("the Autopista del Sol", whose head the parser takes to be "Sol")
    # ("the Gwangan Bridge and the coastal roads of Haeundae": roads, one of them a bridge)
    # ("La Farola, the winding mountain road that is Baracoa's only land link": a road by its apposition)
    # ("closed the BR-317 between Rio Branco and Brasileia", "the A4": a road by its number)
    if _ROAD_NUMBER.fullmatch(obj.doc[obj.left_edge.i:obj.i + 1].text):
        return True
    return noun_lemma(obj) in _ROADS or (obj.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in _ROADS for c in obj.subtree if c.i < obj.i)) or any(
        (c.dep_ == "conj" or (c.dep_ == "appos" and obj.pos_ == "PROPN")) and noun_lemma(c) in _ROADS for c in obj.children)


_STRETCHES = {"stretch", "section", "part", "portion", "length", "lane", "carriageway"}
_ROAD_NUMBER = re.compile(r"(?:the\s+)?[A-Z]{1,3}\s?-?\s?\d{1,4}")


def _part_of_a_place(obj: Optional[Token]) -> bool:
    """"the lower part of Bab El Oued", "the old quarter": a part of a town or of the land, not a border."""
    return obj is not None and noun_lemma(obj) in _STRETCHES | _PARTS | {"quarter", "centre", "center", "area"}


def _between_halves(obj: Optional[Token]) -> bool:
    """"the Museum crossing between east and west Beirut": a crossing between two halves of one town."""
    return obj is not None and any(c.dep_ == "prep" and c.lower_ == "between"
                                   and len([t for t in c.subtree if t.lower_ in _HALVES]) >= 2 for c in obj.children)


_HALVES = {"east", "west", "north", "south", "eastern", "western", "northern", "southern"}


def _home_road_taken_up(verb: Token, obj: Optional[Token], code: str) -> bool:
    """A road inside the country the verb acts on, also as "it" after the road the verb before it named ("closed
    the highway ... and reopened it"); not one named for a town abroad ("the Zagreb-Belgrade motorway")."""
    if obj is not None and obj.lower_ in ("it", "them") and verb.dep_ == "conj":
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return _road(obj) and not any(t.text[:1].isupper() and (elsewhere := place_country(t.text)) and elsewhere != code
                                  for t in obj.subtree if t.i < obj.i)


# Words that put a bridge inside a country: "links the island city to the mainland", "into the district".
_BRIDGE_INLAND = ("mainland", "island", "district", "neighbourhood", "neighborhood", "city centre", "city center",
                  "main road", "old town", "suburbs")
# Words that put a bridge on a border ("the border bridge", "the bridge to the crossing", "the Friendship bridge").
_BRIDGE_ABROAD = ("border", "borders", "frontier", "frontiers", "crossing", "crossings", "customs", "friendship",
                  "international", "abroad")


def _bridge_in_own_town(obj: Optional[Token], code: str, places: list[Place]) -> bool:
    """"closed the bridge over the Vistula in Sandomierz": a bridge the text places in one of the state's own
    towns carries a road inside it (not "the Friendship Bridge over the Amu Darya"); so does a bridge the text
    names by a common noun and ties to no other country ("the Faidherbe bridge, which links the island city to
    the mainland", "the bridge that carries the main road to the airport over the Ambouli")."""
    if obj is not None and noun_lemma(obj) != "bridge":
        # "all but two of Dresden's Elbe bridges": the bridges the partitive counts
        obj = next((t for t in obj.subtree if noun_lemma(t) == "bridge" and t.dep_ == "pobj" and t.head.lower_ == "of"),
                   None)
    if obj is None or noun_lemma(obj) != "bridge":
        return False
    towns = {p.start for p in places if p.role == "city" and p.code == code}
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.i in towns for g in c.subtree) for c in obj.subtree):
        return True
    # (not a bare "the bridge", which a border story means as its crossing, nor "the bridge over the Dawa")
    words = " ".join(t.lower_ for t in obj.subtree)
    named = [p for p in places if p.start in {t.i for t in obj.subtree}]
    # ("all but two of Dresden's Elbe bridges": the bridges of one of its own towns)
    owned = any(p.code == code and p.role == "city" and obj.doc[p.end - 1].dep_ == "poss" for p in named)
    inside = _has(words, _BRIDGE_INLAND) or owned \
        or (len(named) >= 2 and all(p.code == code and p.role == "city" for p in named))
    return inside and obj.text.islower() and not _has(words, _BRIDGE_ABROAD) and not any(p.code != code for p in named)


def _state_of_people(people: Token, places: list[Place]) -> Optional[tuple[str, str]]:
    """The state whose citizens a phrase names: "Turkmen citizens under 40" is Turkmenistan."""
    own = next((p for p in places if people.left_edge.i <= p.start <= people.i and p.role in ("people", "adjective")), None)
    return (own.code, country_name(own.code)) if own is not None else None


def _country_left(verb: Token, places: list[Place]) -> Optional[tuple[str, str]]:
    """The country named as what people leave, in the verb's clause ("from leaving Russia")."""
    for token in verb.subtree:
        if token.lemma_.lower() in ("leave", "exit") and token.pos_ == "VERB":
            for obj in token.children:
                place = next((p for p in places if p.start == obj.i and p.role == "name"), None)
                if obj.dep_ == "dobj" and place is not None:
                    return place.code, obj.text
    return None


def _owner_of_passive(verb: Token, kind: str, places: list[Place]) -> Optional[tuple[str, str]]:
    """The state behind a passive with no agent: the owner of what was acted on ("Hungary's border
    with Serbia was sealed"), or, for measures on one's own people, their nationality."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"
                    or (c.dep_ == "nsubj" and _headline_passive(verb, c))), None)
    if patient is None:
        return None
    if kind == "EXIT_RESTRICTION" and (left := _country_left(verb, places)) is not None:
        return left  # "men with call-up papers were prevented from leaving Russia"
    if kind in ("ENTRY_RESTRICTION", "ENTRY_FACILITATION") and (entered := _country_entered(verb, places)
                                                                  or _country_entered(patient, places)) is not None:
        return entered  # "foreign travellers will be refused entry to Norway", "flights to Morocco suspended"
    if kind == "INTERNAL_MOVEMENT_RESTRICTION":
        # "travel between Indian states was banned": the country whose regions are named
        inside = {t.i for t in patient.subtree}
        place = next((p for p in places if p.start in inside and p.role in ("name", "adjective")), None)
        if place is not None:
            return place.code, country_name(place.code)
    people = _names_people(patient)
    if people and kind not in _OWN_PEOPLE_TYPES:
        return None
    roles = ("adjective", "people") if people else ("name",)
    modifiers = {c.i for c in patient.children if c.dep_ in ("poss", "amod", "compound")} | ({patient.i} if people else set())
    place = next((p for p in places if p.start in modifiers and p.role in roles), None)
    return (place.code, country_name(place.code)) if place is not None else None


def _country_entered(verb: Token, places: list[Place]) -> Optional[tuple[str, str]]:
    """The country named after "into" or "to" in the verb's clause ("allowed into Kuwait", "entry to
    Norway"), or where the people it applies to arrive ("everyone arriving in Cyprus must ...")."""
    # (and where they may stay: "Turkmen citizens may stay in Turkey for up to 30 days without a visa")
    arrivals = [t for t in verb.subtree if t.lemma_.lower() in ("arrive", "enter", "come", "return", "land", "fly", "stay")]
    for prep in verb.subtree:
        arriving_in = prep.lower_ == "in" and any(prep.head.i == a.i for a in arrivals)
        # ("Syrians have needed an entry visa to come to Lebanon": where the coming is to, however deep)
        coming_to = prep.lower_ in ("into", "to") and any(prep.head.i == a.i for a in arrivals)
        if prep.dep_ == "prep" and (prep.lower_ in ("into", "to") or arriving_in) \
                and (arriving_in or coming_to or prep.head.i in (verb.i, *(c.i for c in verb.children))):
            inside = {t.i for t in prep.subtree}
            place = next((p for p in places if p.start in inside and p.role == "name"), None)
            if place is not None:
                return place.code, country_name(place.code)
    for entering in (a for a in arrivals if a.lemma_.lower() == "enter"):
        # "Venezuelans have needed a visa ... to enter Trinidad and Tobago"
        inside = {t.i for c in entering.children if c.dep_ == "dobj" for t in c.subtree}
        place = next((p for p in places if p.start in inside and p.role == "name"), None)
        if place is not None:
            return place.code, country_name(place.code)
    return None


def _to_other_state(verb: Token, code: str, places: list[Place]) -> bool:
    """Whether the verb's "to" phrase names a state other than the actor's ("to Uzbek security officers")."""
    inside = {t.i for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ == "to" for t in prep.subtree}
    return any(p.start in inside and p.code != code for p in places)


def _flies_own_people_home(verb: Token, obj: Optional[Token], code: str, places: list[Place]) -> bool:
    """"India flew 3,000 Indians back home from Port Sudan": an evacuation of its own people, no expulsion
    (GUIDELINES); "Jamaica flew 45 Haitians back" is one."""
    if verb.lemma_.lower() not in ("fly", "airlift", "ship") or obj is None:
        return False
    inside = {t.i for t in obj.subtree}
    if any(p.start in inside and p.role in ("people", "adjective") and p.code == code for p in places):
        return True
    # "flew 200 of its citizens back to Madrid": to a place of its own
    destination = {t.i for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ == "to" and (
        prep.head.i == verb.i or (prep.head.head.i == verb.i and prep.head.lower_ in ("back", "home"))) for t in prep.subtree}
    reached = [p for p in places if p.start in destination]
    return bool(reached) and all(p.code == code for p in reached)


def _people_phrase(token: Token) -> bool:
    """A phrase naming people, also as a count of them ("dozens of Russians"), or by what they do ("anyone
    fleeing the violence")."""
    # ("sent all of them back to Italy": the people the sentence has just counted)
    if token.lower_ in ("all", "most", "many", "some") and any(
            g.lower_ == "them" for c in token.children if c.lower_ == "of" for g in c.children):
        return True
    return _names_people(token) or any(_names_people(g) for c in token.children if c.lower_ == "of" for g in c.children) \
        or (token.lower_ in _ANYONE and any(c.dep_ in ("acl", "relcl") for c in token.children)) or _anyone_doing(token)


_ANYONE = {"anyone", "anybody", "everyone", "everybody", "those", "all"}
# Those a border shut to is shut to all traffic: "closed its borders to all travellers, including its own citizens".
_EVERYONE = _ANYONE - {"those"} | {"traveller", "traveler", "passenger", "people", "person", "civilian", "pedestrian",
                                   "commuter", "resident", "arrival"}


def _anyone_doing(token: Token) -> bool:
    """"anyone fleeing the violence" when the parser made it the subject of "fleeing"."""
    return token.lower_ in _ANYONE and token.dep_ == "nsubj" and token.head.tag_ == "VBG"


def _names_people(token: Token) -> bool:
    # ("began admitting mainland tour groups": groups of travellers, where a count of "groups" is no count of people)
    return noun_lemma(token) in PEOPLE_NOUNS or (country_of(token.text) or ("", ""))[1] == "people" or (
        noun_lemma(token) == "group" and any(c.dep_ == "compound" and c.lower_ in ("tour", "tourist") for c in token.children))


# Measures a story's passives without an agent keep attributing to the state it showed taking them.
_STORY_ACTOR_TYPES = {"RETURN_OR_EXPULSION", "ENTRY_RESTRICTION"}


def _counted_letting(verb: Token) -> bool:
    """People let in, or given a right to stay, told as a count, not a measure: "the number of asylum seekers they
    let into the port each day", "Some 16,000 people were let into Germany over the same two days", "Taiwan granted
    residency to 11,173 people from Hong Kong last year"."""
    def counted(people: Optional[Token]) -> bool:
        return people is not None and (people.like_num or any(c.dep_ == "nummod" and c.like_num for c in people.children))

    if verb.lemma_.lower() in _RECEIVING_VERBS:
        # "About 16,000 Russians had received Kazakh residence permits by the end of December": a tally of holders
        return counted(next((c for c in verb.children if c.dep_ == "nsubj"), None))
    if verb.lemma_.lower() in ("grant", "give", "issue"):
        # "Taiwan granted residency to 11,173 people from Hong Kong last year": the same tally, told of the giver
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "granted permits to ...", however hung
        given = [c for c in verb.children if c.dep_ == "dative"] + [
            g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
            if g.dep_ == "pobj"]
        if any(counted(g) for g in given):
            return True
    if verb.lemma_.lower() not in ("let", "admit", "allow"):
        return False
    head = verb.head
    if verb.dep_ == "relcl" and (head.lemma_.lower() in TOTAL_NOUNS or head.dep_ == "pobj" and head.head.lower_ == "of"
                                 and head.head.head.lemma_.lower() in TOTAL_NOUNS):
        return True
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # ("1,180 of them had been allowed into Peru": the figure is the subject itself)
    return patient is not None and (any(c.dep_ == "nummod" and c.like_num for c in patient.children) or patient.like_num)


def _passive(verb: Token) -> bool:
    """A passive verb, or one coordinated with a passive ("were rounded up and forced across"), or a
    participle of a tracker record ("600 migrants expelled from Algeria and left at Point Zero")."""
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(c.dep_ == "auxpass" for h in heads for c in h.children) \
        or (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ == "nsubj" for c in verb.children))


def _deportee_count(verb: Token) -> bool:
    """"410 Cubans had been sent home from Mexico since January", "About 1,200 Haitians are deported from the
    United States in a typical month": a count of people removed, told with no one doing it and no drive,
    programme or agreement it comes under, is a movement and no measure (GUIDELINES)."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is None or agent_of(verb) is not None:
        return False
    counted = patient.like_num or any(c.dep_ == "nummod" and c.like_num for c in patient.children)
    return counted and not any(noun_lemma(t) in _OPERATION_NOUNS for t in verb.sent)


def _told_by_its_own_state(verb: Token, actor: tuple[str, str], places: list[Place], discourse: Discourse) -> bool:
    """"Kenya's Immigration Department said 86 Somalis found in Mombasa without papers were put aboard a dhow":
    a state telling of its own removals tells of a measure; the country they were sent to, an aid group or a
    rights group counting them tells of people arriving."""
    speaker = _announcer(verb, places, discourse)
    if speaker is not None:
        return speaker[0] == actor[0]
    # "The Federal Government informs that 28 Afghan nationals were deported": a state body naming no country
    # is the acting state's own
    telling = verb.head if verb.dep_ == "ccomp" else None
    teller = next((c for c in telling.children if c.dep_ == "nsubj"), None) if telling is not None else None
    return teller is not None and noun_lemma(teller) in AUTHORITY_NOUNS and not any(country_of(t.text) for t in teller.subtree)


# What removals come under, which makes them a measure: "since the crackdown began on Monday"
_OPERATION_NOUNS = {"campaign", "crackdown", "drive", "operation", "program", "programme", "agreement", "deal",
                    "repatriation", "sweep", "order", "rule", "decree", "policy", "plan", "scheme", "pact"}


def _counts_people(verb: Token) -> bool:
    """A relative clause that counts some of the people just named ("2,874 of whom had been deported")."""
    if verb.dep_ in ("relcl", "acl"):
        return True
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return patient is not None and any(t.lower_ in ("whom", "which") for t in patient.subtree)


def _announcer(verb: Token, places: list[Place], discourse: Discourse) -> Optional[tuple[str, str]]:
    """"Its government said that Venezuelans will need a visa": when the subject is the people the
    rule applies to, the government that states the rule acts."""
    speech = _speech_head(verb)
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
    if speaker is None:
        return None
    return _actor(speaker, places, discourse, speech)


def _state_named_before(pronoun: Token, places: list[Place]) -> Optional[tuple[str, str]]:
    """The country named last before "it" in its own sentence, unless a possessive or an adjective."""
    before = [p for p in places if pronoun.sent.start <= p.start < pronoun.i and p.role == "name"
              and not any(t.dep_ == "poss" for t in pronoun.doc[p.start:p.end])]
    for ancestor in pronoun.head.ancestors:
        # "Colombia reopened its border with Venezuela, 14 months after it closed the frontier": the
        # subject of the clause the pronoun's clause hangs on
        doer = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
        place = next((p for p in before if doer is not None and p.start <= doer.i < p.end), None)
        if place is not None:
            return place.code, pronoun.doc[place.start:place.end].text
        if doer is not None and noun_lemma(doer) in AUTHORITY_NOUNS:
            # "Chad's government on Thursday ordered ..., two weeks after it sealed the border": the
            # government's state, not the country named since
            owner = next((p for p in places if doer.left_edge.i <= p.start < doer.i and p.role in ("name", "adjective")), None)
            if owner is not None:
                return owner.code, doer.doc[doer.left_edge.i:doer.i + 1].text
    if not before:
        return None
    return before[-1].code, pronoun.doc[before[-1].start:before[-1].end].text


def _removed_from(verb: Token, places: list[Place]) -> Optional[tuple[str, str]]:
    """"expelled from Algeria"; "deported to Afghanistan on a charter flight from Leipzig": where from."""
    for prep in [c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "from"]:
        for obj in prep.children:
            place = next((p for p in places if p.start <= obj.i < p.end and p.role in ("name", "city")), None)
            if place is not None:
                return place.code, verb.doc[place.start:place.end].text  # "South Africa", not its head word
    return None


def _xcomp_family(verb: Token) -> set[int]:
    """The verb with the verbs it completes and that complete it ("began refusing", "stopped letting")."""
    family = {verb.i}
    current = verb
    while current.dep_ == "xcomp" and current.head.i != current.i:
        current = current.head
        family.add(current.i)
    stack = [verb]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ == "xcomp":
                family.add(child.i)
                stack.append(child)
    return family


def _days_apart(verb: Token) -> Optional[tuple[int, Token]]:
    """"four days after sealing them": -4 (the sealing came four days before the act it hangs on), with that
    act; "a day before announcing it": +1; "on Tuesday, six days after Putin announced a mobilization": -6."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before") and verb.head.head.pos_ == "VERB":
        prep, act = verb.head, verb.head.head
    elif verb.dep_ in ("advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        # (the parser may coordinate the clause its "after" opens: "filled the streets on Tuesday, a day after Germany
        # and Switzerland reopened the border")
        prep = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        act = verb.head
    else:
        return None
    if prep is None:
        return None
    for span in (c for c in [*prep.children, *verb.children] if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")):
        count = next((c for c in span.children if c.dep_ in ("nummod", "det")), None)
        number = small_number(count, article=True) if count is not None else None
        if number:
            days = number * (7 if span.lemma_.lower() == "week" else 1)
            return (-days if prep.lower_ == "after" else days), act
    return None


def _counted_from_the_act(verb: Token, times: list[TimeMention], sent: Span) -> Optional[dt.date]:
    """The day of an act told as so many days before or after another, from that other act's one day."""
    apart = _days_apart(verb)
    if apart is None:
        return None
    shift, act_verb = apart
    act = _event_date(act_verb, times, sent)
    if act[0] is None or act[0] != (act[1] or act[0]):
        return None
    return act[0] + dt.timedelta(days=shift)


def _reduced_relative(clause: Token) -> bool:
    """A participle the parser hung on the verb that describes a noun before it ("granted refugee status
    to Burundians fleeing the unrest on April 30", "opened the bridge, normally used only by traders, to
    all displaced people on Sunday"): a day at its end is the verb's. A present participle after a comma
    is the verb's own sequel instead ("closed the road, leaving thousands stranded")."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBN", "VBG") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in clause.children):
        return False
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if before is None:
        return False
    if before.pos_ in ("NOUN", "PROPN"):
        return True
    return clause.tag_ == "VBN" and before.text == "," and before.i > 0 \
        and clause.doc[before.i - 1].pos_ in ("NOUN", "PROPN")


# What a place is ordered to be by a day: "ordered the three camps ... closed by March 31".
_EMPTIED = {"closed", "shut", "evacuated", "cleared", "emptied", "dismantled"}


def _deadline_to_leave(verb: Token, times: list[TimeMention], ordered: Optional[dt.date]) -> Optional[dt.date]:
    """The day people were ordered out by: "gave those already on their territory until June 19 to leave".

    A deadline follows the order: "ordered on Thursday all Pakistanis to leave by Sunday" is the Sunday
    after it, "told them in November to leave by Jan. 31" the January after it."""
    if verb.lemma_.lower() not in _ORDERING_VERBS | {"give"} \
            or not any((t.lemma_.lower() in ("leave", "go") and t.pos_ == "VERB") or t.lower_ in _EMPTIED
                       for t in verb.subtree):
        return None
    inside = (verb.idx, verb.right_edge.idx + len(verb.right_edge))
    deadline = next((t for t in times if t.relation in ("by", "until") and not t.vague and t.end is not None
                     and inside[0] < t.start_char < inside[1]), None)
    if deadline is None:
        return None
    day = deadline.end
    if ordered is not None and day < ordered:
        if deadline.weekday is not None and not deadline.explicit:
            day += dt.timedelta(days=7)
        elif not _YEAR.search(deadline.text):
            day = years_later(day, 1)
    return day


def _event_date(verb: Token, times: list[TimeMention], sent: Span) -> tuple[Optional[dt.date], Optional[dt.date]]:
    doc = sent.doc
    usable = [t for t in times if not t.vague and not _in_a_comparison(doc, t)]

    def owner(time: TimeMention) -> Optional[Token]:
        return governing_verb(doc, time)

    framed = _framing_measure_start(verb, usable, owner)
    if framed is not None:
        return framed, None
    put_in_force = next((c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in _PUT_IN_FORCE
                         and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None) \
        if verb.lemma_.lower() in _DECIDING else None
    if put_in_force is not None:
        # "The corridor was agreed by Peruvian and Chilean officials on Tuesday and opened on Wednesday morning":
        # in force from the day it opened (GUIDELINES: the day a measure takes effect)
        opened = _event_date(put_in_force, times, sent)
        if opened[0] is not None:
            return opened
    top = verb
    while top.dep_ == "xcomp" and top.head.i != top.i:
        top = top.head
    # "on Saturday, Sept. 16, three days after Lithuania started applying the same rule on Wednesday": counted
    # from the act it hangs on, which a bare weekday of its own would only repeat less surely
    counted = _counted_from_the_act(top, times, sent) if top.dep_ == "advcl" else None
    if counted is not None:
        return counted, None
    family = _xcomp_family(verb)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
        family.add(verb.head.head.i)  # "retaliated on March 7 by barring all Malaysians from leaving": the same act
    # The verb's own date first: "decided on Tuesday to close X from Nov. 30 until Dec. 13" is in
    # force from Nov. 30.
    said = verb.head.idx if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS else None
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    mine = sorted((t for t in usable if owner(t) is not None and owner(t).i in family
                   # "said on Monday it had deported 4,750 in November": the Monday is the saying's
                   and not (said is not None and doer is not None and said < t.start_char < doer.left_edge.idx)),
                  key=lambda t: (owner(t).i != verb.i, t.start_char))
    if not mine and verb.dep_ == "acl" and verb.head.lemma_.lower() in ("decision", "order", "decree", "move"):
        # "reversing its February decision to close it": the decision's date is the measure's
        decision = {t.idx for t in verb.head.subtree} - {t.idx for t in verb.subtree}
        mine = [t for t in usable if t.start_char in decision]
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in ("day", "date", "night", "morning"):
        # "21 September, the day President Vladimir Putin ordered a partial mobilization"
        before = [t for t in usable if t.start_char < verb.head.idx]
        if before and before[-1].start is not None:
            return before[-1].start, None
    if not mine:
        # "closed the bridge late on Thursday after gunfire reached the riverbank": the parser hung the day
        # on the after-clause, but it stands before the clause begins
        marks = [m for c in verb.children if c.dep_ == "advcl" for m in c.children
                 if m.dep_ == "mark" and m.i > verb.i]
        mine = [t for t in usable if any(verb.idx < t.start_char and t.end_char <= m.idx
                                         and owner(t) is not None and owner(t).i == m.head.i for m in marks)]
    if not mine:
        # "sent 180 soldiers to reinforce the Huaquillas crossing on Saturday": the day of the sending,
        # though the parser hung it on the purpose; other clauses keep their own dates
        coordinated = {t.i for c in verb.children if c.dep_ in ("conj", "advcl") and not infinitive(c)
                       and not _reduced_relative(c) for t in c.subtree}
        # nor a clause that tells the opposite act: "reopened the gate, which it had shut on Feb. 23", "closed
        # the borders the day it seized power and reopened them on March 26" (however the parser hung it)
        relative = {t.i for c in verb.subtree if c.i != verb.i and c.pos_ == "VERB" and _opposite_acts(verb, c)
                    for t in c.subtree}
        # nor a clause about a thing the verb names ("the evacuation of all villages downstream of the dam,
        # which was completed in 2017")
        asides = [c for c in verb.subtree if _aside_about_a_thing(c, verb)]
        described = {t.i for c in asides for t in c.subtree}
        inside = {t.i for t in verb.subtree} - coordinated - relative - described
        # nor a year or a month the clause on the people acted on names ("called up reservists who left the army in
        # 1995 and 1996"): their past (a day or "last week" at its end is most often the act's, however the parser
        # hung it: "deported 35 Syrians who had entered the region without permission back to Syria on Wednesday")
        history = {t.i for c in verb.children if c.dep_ == "dobj" for r in c.children if r.dep_ == "relcl"
                   and any(w.lower_ == "who" for w in r.children) for t in r.subtree}
        mine = [t for t in usable if owner(t) is not None and (owner(t).i in inside or (
            owner(t).i in described and _after_the_aside(t, asides)))
                and not (owner(t).i in history and t.start != t.end and t.explicit)]
    if not mine and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.tag_ == verb.head.tag_ \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "flew to the region on Friday and ordered the evacuation": one subject's two acts, on one day
        own = {t.i for t in verb.subtree}
        mine = [t for t in usable if t.relation == "at" and owner(t) is not None and owner(t).i == verb.head.i
                and owner(t).i not in own]
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if not mine:
        # "Hours after the Swedish rule took effect on Monday, Denmark began random checks": the same day
        soon = [c for c in clause.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "before")
                for m in c.children) and any(t.lemma_.lower() in ("hour", "minute") or t.lower_ in ("shortly", "soon")
                                             for t in c.children if t.i < c.i and t.dep_ in ("dep", "npadvmod", "advmod"))]
        mine = [t for t in usable if t.relation == "at" and owner(t) is not None and any(owner(t).i == c.i for c in soon)]
    if not mine and clause.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        # "The jam began building on Friday, when Kenya started testing every driver": that Friday
        mine = [t for t in usable if owner(t) is not None and owner(t).i in _xcomp_family(clause.head) | {clause.head.i}]
    if not mine and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        # "turned back cars at the crossing on Thursday, closing one of the two crossings": one act, dated as
        # the act it describes ("decided on Thursday to stop admitting Russians from Sept. 30, closing ...")
        act = _event_date(verb.head, times, sent)
        if act[0] is not None:
            return act
    if not mine and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        # "have barred most Russians holding Schengen visas since Sept. 19": a perfect's "since", wherever
        # the parser hung it inside the clause
        inside = {t.i for t in verb.subtree}
        mine = [t for t in usable if t.relation == "since" and owner(t) is not None and owner(t).i in inside]
    if not mine:
        mine = _date_later_in_the_clause(verb, usable, owner)
    if not mine:
        mine = _started_with_its_instrument(verb, usable, owner)
    if not mine:
        # "had kept the crossing largely shut since Hamas seized Gaza in June 2007": from the day the since-clause names
        since = _since_clause(verb)
        dated = [t for t in usable if t.explicit and t.relation == "at" and owner(t) is not None
                 and any(owner(t).i == c.i for c in since)]
        if dated:
            return dated[0].start, None
    if not mine:
        # "sent back 87 rejected asylum seekers on a charter flight that landed in Pristina on Thursday": the day of
        # the flight they were sent on
        rides = {r.i for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("on", "aboard", "by", "in")
                 for g in c.children if g.dep_ == "pobj" and noun_lemma(g) in VEHICLE_NOUNS
                 for r in g.children if r.dep_ in ("relcl", "acl")}
        mine = [t for t in usable if t.relation == "at" and owner(t) is not None and owner(t).i in rides]
    speech = _speech_head(verb)
    if not mine and speech is not None:
        # "Bangladeshi police said on Wednesday the Rohingya would be barred": announced that day
        mine = [t for t in usable if owner(t) is not None and owner(t).i == speech.i]
    if not mine:
        # A lone date of the sentence dates what the sentence reports, unless it sits in a clause
        # of its own ("Georgia, which fought a war in 2008, allows Russians to stay"), or the measure
        # does ("Pakistan, which has carried out its own expulsion drive since late 2023, said last
        # week ..."): a vague date of its own leaves it undated. So does a clause set before or after
        # the main one ("reopened the crossing on Monday, after keeping it open only to pedestrians").
        if clause.dep_ == "relcl" and clause.head.ent_type_ == "DATE":
            # "Since Sept. 21, when President Vladimir Putin ordered the mobilization": the day it hangs on
            # "halted on Saturday and Sunday, when the authority stopped them leaving": both days
            # ("since Sept. 5, when Germany and Austria agreed to let in thousands": the agreeing's clause)
            day = next((t for t in usable if t.start_char <= clause.head.idx < t.end_char), None)
            if day is None:
                return None, None
            return day.start, day.end if day.relation == "range" else None
        # "reopened the borders on Saturday, four days after sealing them": that many days from the act
        counted = _counted_from_the_act(verb, times, sent)
        if counted is not None:
            return counted, None
        earlier = verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before", "since", "until")
        if (verb.dep_ == "relcl" and not _misparsed_predicate(verb)) or earlier \
                or any(t.vague and owner(t) is not None and owner(t).i == verb.i for t in times):
            return None, None
        governing = {verb.i, sent.root.i} | {a.i for a in verb.ancestors}
        if len(usable) == 1 and owner(usable[0]) is not None and owner(usable[0]).i in governing:
            mine = usable
        else:
            return None, None
    time = mine[0]
    effective = _taking_effect(verb, time, usable) if time.relation == "at" else None
    if effective is not None:
        # "decided on Thursday to stop admitting Russians ... from midnight on Sept. 30", "said on Thursday
        # it would close the border from Friday": in force from the day it takes effect (GUIDELINES)
        return effective, None
    if owner(time) is not None and owner(time).i != verb.i and time.relation == "at":
        # "decided on Tuesday to close X ..., from Nov. 30 until Dec. 13": the measure's own period wins
        # (not a period a clause about the object gives: "called up reservists who finished their service in 1996
        # and 1997")
        periods = [t for t in usable if t.relation == "range" and t.start_char > verb.idx
                   and not (owner(t) is not None and owner(t).dep_ == "relcl" and owner(t).i != verb.i
                            and owner(t).i not in family)]
        if periods:
            time = periods[0]
    if time.relation in ("by", "until"):
        start = _start_in_object(verb, time, usable)
        if start is None and time.relation == "until" and time.end is not None:
            # "on Tuesday ordered migration officers ... to stop anyone on the list from leaving the country until
            # July 14": from the day of the order the measure completes
            orderer = verb.head if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and infinitive(verb)) else None
            start = next((t.start for t in usable if orderer is not None and t.relation == "at" and t.start is not None
                          and t.start == t.end and owner(t) is not None and owner(t).i == orderer.i
                          and t.start <= time.end), None)
        return start, time.end
    if time.relation == "range":
        return time.start, time.end
    if time.start != time.end and time.start is not None and time.relation != "since":
        # "earlier this month": the measure began then; the text gives no end (GUIDELINES)
        return time.start, None
    return time.start, _end_given(verb, time, usable, owner)


def _counted_object(verb: Token) -> bool:
    """The people the verb acts on are told as a figure: "turned back 130 foreigners", "repatriated 2,815 Haitians"."""
    people = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return people is not None and any(c.dep_ == "nummod" or c.like_num for c in [people, *people.children])


def _counted_turn_back(verb: Token, times: list[TimeMention]) -> bool:
    """"Iranian border guards turned back about 150 Pakistanis who tried to cross on Friday": a count of people kept
    out on a day, which GUIDELINES fold into the measure that kept them out (a practice stays a measure: "began
    turning back migrants", "have been turning back men of military age since Saturday")."""
    keys = _verb_keys(verb)
    if not keys & {"turn back", "turn away", "stop"} or verb.tag_ == "VBG":
        return False
    if "stop" in keys and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False  # "the coast guard stopped 23 people from setting off in a boat": kept from leaving
    if not _counted_object(verb):
        return False
    turned = next(c for c in verb.children if c.dep_ == "dobj")
    if noun_lemma(turned) in VEHICLE_NOUNS and any(c.dep_ == "acl" for c in turned.children):
        return False  # "turned back three boats carrying Rohingya": a pushback at sea, not a tally of people kept out
    return not any(t.relation == "since" for t in times) and not any(
        a.lemma_.lower() in ("begin", "start", "continue", "keep") for a in verb.ancestors)


def _counted_removals(verb: Token, sent: Span, times: list[TimeMention]) -> bool:
    """People removed, told as a year's count ("expelled more than 10,000 migrants in 2024", "The Bahamas repatriated
    2,815 Haitians in 2009") with nothing named that they were removed under: a tally, not a measure (GUIDELINES
    decision 19); a removal told on its day, in its month or since a day stays one ("deported 35 Syrians on
    Wednesday", "has sent back 300 Moroccans on ferries since Sunday", "expelled some 15,000 Rwandan refugees in
    August 1995")."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    passive = patient is not None and any(c.dep_ == "nummod" or c.like_num for c in [patient, *patient.children])
    if not (_counted_object(verb) or passive):
        return False
    if any(t.pos_ == "NOUN" and noun_lemma(t) in _DRIVE_NOUNS | {"order", "decree", "plan", "ruling"} for t in sent):
        return False
    if not passive and _counted_by_the_receiving_side(verb):
        return True  # "Iran deported 612 Pakistanis through Taftan on Monday, officials of Pakistan's FIA said": a count
    told = [t for t in times if t.start is not None and (owner := governing_verb(sent.doc, t)) is not None
            and owner.i == verb.i]
    if passive:
        # "2,350 Haitians were deported through Dajabon last week": a count, unless told on the day it was done
        return not any(t.relation == "at" and t.end == t.start for t in told)
    # (half a year or more: "Ukraine expelled 2,340 foreigners in the first six months of the year")
    return bool(told) and all(t.relation == "at" and t.end is not None and (t.end - t.start).days >= 150 for t in told)


def _counted_by_the_receiving_side(verb: Token) -> bool:
    """People removed, counted by the side they were sent to: the one who tells it names the state of the people
    removed ("Saudi authorities have sent 171 Nigerian women back ..., the National Hajj Commission of Nigeria
    said"), a movement into that state, not a measure it reports of another (GUIDELINES decision 19)."""
    speaker = _speaker(verb)
    if speaker is None:
        return False
    telling = _countries_named(speaker.subtree, ("name", "adjective"))
    removed = _countries_named((t for c in verb.children if c.dep_ == "dobj" for t in c.subtree), ("people", "adjective"))
    acting = _countries_named((t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree), ("name", "adjective"))
    return bool(telling & removed) and not telling & acting


def _countries_named(tokens, roles: tuple[str, ...]) -> set[str]:
    """The countries the words name in the given roles ("Pakistan's", "Nigerian", "Pakistanis")."""
    return {found[0] for t in tokens if (found := country_of(t.text)) and found[1] in roles}


# The drives and instruments a measure is carried out under, whose start is the measure's.
_DRIVE_NOUNS = STATE_INSTRUMENTS | {"campaign", "drive", "crackdown", "operation", "programme", "program", "scheme",
                                    "agreement", "accord", "deal", "policy"}


def _started_with_its_instrument(verb: Token, usable: list[TimeMention], owner) -> list[TimeMention]:
    """"a campaign to expel undocumented foreigners that began on Nov. 1", "capped the number it admits under a
    law that took effect in January 1993": the measure starts with the drive or the law it is part of."""
    def starts(clause: Token) -> bool:
        needs = _STARTING.get(clause.lemma_.lower())
        return clause.dep_ == "relcl" and clause.head.lemma_.lower() in _DRIVE_NOUNS and needs is not None and (
            not needs or any(c.lower_ in needs for c in clause.subtree))

    near = {a.i for a in verb.ancestors} | {t.i for t in verb.sent if t.dep_ == "pobj" and t.head.lower_ == "under"}
    return [t for t in usable if t.relation in ("at", "since") and (clause := owner(t)) is not None
            and starts(clause) and clause.head.i in near]


def _since_clause(verb: Token) -> list[Token]:
    """"(kept the crossing shut) since Hamas seized Gaza in June 2007": a clause that says from when."""
    return [c for c in verb.subtree if c.dep_ == "advcl" and (c.head.i == verb.i or c.head.head.i == verb.i)
            and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)]


# Verbs of deciding a measure, and of the measure then coming into force.
_DECIDING = {"agree", "approve", "announce", "decide", "sign", "adopt"}
_PUT_IN_FORCE = {"open", "reopen", "start", "begin"}


def _date_later_in_the_clause(verb: Token, usable: list[TimeMention], owner) -> list[TimeMention]:
    """"deported 120 Cambodians caught working on fishing boats on Tuesday", "closed the crossing to everyone
    but returning Indonesians on Saturday": a day later in the same clause, however the parser hung it,
    unless another clause with a subject of its own, or an opposite act, comes first."""
    doc = verb.doc
    if verb.dep_ == "relcl":
        return []  # "Friday, Sept. 12, when Warsaw sealed the frontier ... two days earlier": the day it hangs on
    for time in usable:
        if time.start_char <= verb.idx or time.relation not in ("at", "since", "range"):
            continue
        tokens = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
        between = doc[verb.i + 1:tokens.start] if tokens is not None else None
        if between is None or len(between) > 25 or any(t.text in (";", ":") or t.lower_ in _CLAUSE_OPENERS for t in between):
            return []
        other = owner(time)
        if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and (any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                                                                 or _opposite_acts(verb, t)) for t in between) \
                or (other is not None and other.i != verb.i and _opposite_acts(verb, other)):
            return []
        return [time]
    return []


# Words that open a clause of its own before a date: "closed the border after rebels attacked on Monday".
_CLAUSE_OPENERS = {"after", "before", "when", "while", "until", "since", "which", "who", "where", "as", "because"}


# The clauses hung on a verb, whose words are not the verb's own phrases.
_CLAUSE_DEPS = ("conj", "advcl", "relcl", "ccomp")


def _after_the_aside(time: TimeMention, asides: list[Token]) -> bool:
    """A date after the comma that closes an aside is the act's: "shut the crossing, which faces Syria's
    Nassib post, on Dec. 6", however the parser hung it."""
    for clause in asides:
        closing = next((u for u in clause.subtree if u.text == "," and u.i > clause.i), None)
        if closing is not None and closing.idx < time.start_char:
            return True
    return False


def _aside_about_a_thing(clause: Token, verb: Token) -> bool:
    """", which was completed in 2017": a clause set off by a comma that tells of a thing, not of the act."""
    return clause.i != verb.i and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") \
        and clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == "," \
        and any(c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and not any(c.lower_ in ("effect", "force") for c in clause.subtree)  # "The law, which took effect on July 1,"


def _clause_words(verb: Token, deps: tuple[str, ...] = _CLAUSE_DEPS) -> set[int]:
    return {t.i for c in verb.children if c.dep_ in deps for t in c.subtree}


def _start_in_object(verb: Token, until: TimeMention, usable: list[TimeMention]) -> Optional[dt.date]:
    """The day a measure that runs "until" a day began, when the parser hung it on the object: "reopened
    the Adre crossing to humanitarian convoys on Aug. 15 for three months, until Nov. 15"."""
    if until.relation != "until" or until.end is None:
        return None
    doc = verb.doc
    inside = {t.i for t in verb.subtree} - _clause_words(verb)
    for time in usable:
        tokens = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
        if time.relation in ("at", "since") and time.start is not None and tokens is not None \
                and tokens[0].i in inside and time.start_char < until.start_char and time.start <= until.end:
            return time.start
    return None


def _opposite_acts(verb: Token, other: Token) -> bool:
    """An opening and a closing: each carries its own day."""
    pair = {verb.lemma_.lower(), other.lemma_.lower()}
    return bool(pair & _OPENING) and bool(pair & _CLOSING)


def _after_dated_event(verb: Token, discourse: Discourse) -> Optional[dt.date]:
    """The day of the event a measure followed: "halted all traffic through Masnaa after the strike",
    the strike told of, with its day, in an earlier sentence."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("after", "following"):
            event = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if event is not None and any(c.lower_ == "the" for c in event.children):
                return discourse.noun_days.get(event.lemma_.lower())
    return None


# Words that set an act at an hour of the day the story is telling of, without naming the day: "shut the crossing
# at about 2 p.m.", "opened their borders at midnight", "with immediate effect".
_AT_AN_HOUR = re.compile(
    r"\b(?:at|from|after|before|around|until)\s+(?:about\s+|around\s+|roughly\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.)"
    r"|midnight|noon|dawn|daybreak|dusk|nightfall)(?!\s+(?:on|of|in)\b)|\bwith immediate effect\b", re.IGNORECASE)
# Words that set an act right after the one just told: "closed their side at the same time", "within hours of the
# shooting", "minutes after the quake struck".
_RIGHT_AFTER = re.compile(r"\bat the same time\b|\bwithin (?:hours|an hour|minutes|the hour)\b"
                          r"|\b(?:hours|minutes) (?:after|later)\b", re.IGNORECASE)


def _on_the_day_told(verb: Token, times: list[TimeMention], discourse: Discourse) -> Optional[dt.date]:
    """The day of an act its own clause sets only at an hour: the one day its sentence names ("On Monday, the
    command post barred all vehicles from the road after 6 p.m."); else, for an act right after another, the day
    last named; for an hour alone, the day the story's news is of (its lead's day, not a background day told
    since: "an agreement reached on Friday" in a story of Sunday's crossings), or the story's own day."""
    own = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ in ("conj", "relcl", "ccomp")
                                         and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    words = " ".join(verb.doc[i].text for i in sorted(own))
    right_after = bool(_RIGHT_AFTER.search(words))
    if not right_after and not _AT_AN_HOUR.search(words):
        return None
    days = {t.single_day for t in times if t.single_day is not None and not t.vague and t.relation == "at"}
    if len(days) == 1:
        return days.pop()
    if right_after:
        return discourse.last_day or discourse.anchor
    return discourse.news_day or discourse.anchor


# Nouns of a standing measure an action is carried out under.
_FRAMES = {"crackdown", "drive", "campaign", "operation", "programme", "program", "scheme", "deal", "agreement",
           "rule", "law", "regulation", "decree", "order", "policy"}


def _framing_measure_start(verb: Token, usable: list[TimeMention], owner) -> Optional[dt.date]:
    """"deported 4,750 expatriates in November ..., under a crackdown on violators that began on Oct. 1":
    an action carried out under a measure that began on a day is that measure, from that day."""
    clauses = _clause_words(verb)
    # the parser may hang the "under" on the object's own phrase: "issued visas to people fleeing the war
    # under the laws, which took effect on March 21"
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "under" or prep.i in clauses:
            continue
        frame = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _FRAMES), None)
        if frame is None:
            continue
        starts = {t.i for t in frame.subtree if t.pos_ == "VERB" and t.lemma_.lower() in _STARTING_VERBS}
        found = next((t for t in usable if owner(t) is not None and owner(t).i in starts and t.start is not None), None)
        if found is not None:
            return found.start
    return None


_STARTING_VERBS = {"begin", "start", "launch", "take", "come", "resume"}  # "took effect", "came into force"


def _taking_effect(verb: Token, said: TimeMention, usable: list[TimeMention]) -> Optional[dt.date]:
    """The "from <day>" inside the measure's own clause, on or after the day it was decided; a weekday
    alone after a verb of the future is the one ahead ("said on Thursday it would close ... from Friday")."""
    if said.start is None:
        return None
    doc = verb.doc
    # not the "from" of a second act coordinated with it ("stopped issuing visas on Jan. 27 and suspended
    # flights from Monday, Feb. 3")
    # (nor of a clause of its own about something else: "..., and Male has been under lockdown since April 15")
    second = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    span = set(range(verb.left_edge.i, verb.right_edge.i + 1)) - second
    for time in usable:
        tokens = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
        if time.relation != "since" or time.start is None or tokens is None or tokens[0].i not in span:
            continue
        start = time.start
        if start < said.start and time.weekday is not None and not time.explicit and _future(verb):
            start = _nearer_ahead(start, said.start)
        if start >= said.start:
            return start
    return None


_FUTURE_AUX = {"will", "'ll", "shall", "would"}
# "kept the rest of its border closed", "left the crossing shut": a closure that goes on, not one that begins
_KEEPING_VERBS = {"keep", "leave"}
_DECIDING_VERBS = {"decide", "agree", "vote", "order", "announce", "resolve"}


def _ahead(dates: tuple[Optional[dt.date], Optional[dt.date]], verb: Token, times: list[TimeMention],
           anchor: Optional[dt.date]) -> tuple[Optional[dt.date], Optional[dt.date]]:
    """"China will stop foreigners from entering from Saturday", published on a Friday: the Saturday
    ahead, as a wire reader takes it (a weekday alone is otherwise the last one, SPEC 2.1)."""
    start, end = dates
    # ahead of the day it was said, if the sentence gives one ("said on Wednesday that from Thursday ...")
    said = [t.start for t in times if t.start is not None and t.start_char < verb.idx and t.relation == "at"]
    reference = max(said) if said else anchor
    if start is None or reference is None or start >= reference:
        return dates
    first = min((t.start_char for t in times), default=0)
    bare = next((t for t in times if t.start == start
                 and ((t.start_char > verb.idx and ((t.weekday is not None and not t.explicit) or _FROM_WEEKDAY.match(t.text)))
                      or (t.start_char > first and _FROM_WEEKDAY.match(t.text)))),
                None)  # "will stop ... from Saturday", "from Friday until Dec. 23"; not "said on Tuesday it would";
    # and "announced on Sunday that from Wednesday flights would be barred": a "from" after the day it was said
    yearless = next((t for t in times if t.start == start and t.start_char > verb.idx and t.explicit
                     and not _YEAR.search(t.text)), None)
    if bare is None and yearless is not None and _future(verb) and (reference - start).days > 31:
        # "Indian citizens would also need visas from Jan. 1", said in November: the coming January
        return years_later(start, 1), (years_later(end, 1) if end is not None and end >= start else end)
    if bare is None or not _future(verb):
        return dates
    moved = _nearer_ahead(start, reference)
    if end is not None and end != start and end < moved and (moved - end).days < 7:
        # "would impose a curfew from 8 p.m. on Saturday until 6 a.m. on Monday": the Monday after that Saturday
        return moved, next_weekday(moved, end.weekday())
    return moved, (moved if end is not None and end == start else end)


def _forward(until: TimeMention, start: dt.date) -> dt.date:
    """The end an "until" names, moved past a start it falls before: "until Nov. 10" of a measure taken in
    August is the next November; "until Sunday" of a curfew imposed on Wednesday is the Sunday after it."""
    end = until.end
    assert end is not None
    if until.weekday is not None and not until.explicit:
        return next_weekday(start, end.weekday())
    return end.replace(year=end.year + 1)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FROM_WEEKDAY = re.compile(r"(?:from|between)\s+(?:" + "|".join(WEEKDAYS) + r")\b(?!,?\s+\w+\.?\s+\d)", re.IGNORECASE)


def _nearer_ahead(day: dt.date, reference: dt.date) -> dt.date:
    """The same weekday a week later when that is nearer the reference day: "will close from Saturday"
    said on a Friday is the next day, "will not accept claims from Sunday" said on a Monday the day before."""
    ahead = day + dt.timedelta(days=7)
    return ahead if (ahead - reference) < (reference - day) else day


def _future(verb: Token) -> bool:
    """The verb, or the verb it completes, speaks of what will be done: "will stop", "would close"."""
    current = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in current.children):
            return True
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in _DECIDING_VERBS:
            return True  # "decided on Wednesday to shut Vartius ... from Friday": a decision looks ahead
        if current.dep_ not in ("xcomp", "conj") and not (current.dep_ == "acomp" and current.lower_ == "able") \
                or current.head.i == current.i:
            return False  # ("will be able to enter": the "will" of the "be")
        current = current.head
    return False


def _end_given(verb: Token, time: TimeMention, usable: list[TimeMention], owner) -> Optional[dt.date]:
    """The end an "until" gives a measure that starts at `time`: on a verb coordinated with it ("shut
    the crossing on Sept. 6 ... and it stayed closed until Wednesday") or on the verb that holds
    the start ("from Sunday until the end of March")."""
    top = verb
    while top.dep_ in ("conj", "xcomp") and top.head.i != top.i:
        top = top.head
    conjuncts = {t.i for t in top.subtree} - {verb.i}
    # (not a later act of its own, with its doer and its day: "Doctors have been barred from travelling abroad
    # since Feb. 25, and on Tuesday the education ministry barred teachers ... until June 30")
    # (but "and on Monday the ministry said the waiver would stay in place until 31 October", "and on Thursday the
    # cabinet extended the closure until Oct. 1" tell of the same one)
    conjuncts -= {t.i for c in top.subtree if c.dep_ == "conj" and c.i != verb.i and c.pos_ == "VERB"
                  and c.lemma_.lower() not in REPORTING_VERBS | LASTING_VERBS | _EXTENDING
                  and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                  and any(t.relation == "at" and owner(t) is not None and owner(t).i == c.i for t in usable)
                  for t in c.subtree}
    # "from Sunday until the end of March" ends where the "until" on the same verb says
    own = {owner(time).i} if owner(time) is not None else set()
    until = next((t for t in usable if (t.relation == "until" or _span_from(t, time)) and owner(t) is not None
                  and owner(t).i in conjuncts | own | _phrases_of(verb)), None)
    if until is None:
        return None
    if time.start is not None and until.end is not None and until.end < time.start:
        return _forward(until, time.start)  # "from Monday until the end of October" runs forward
    return until.end


# Verbs that make a measure last longer.
_EXTENDING = {"extend", "prolong", "renew"}


def _span_from(span: TimeMention, time: TimeMention) -> bool:
    """A span of days that begins on the measure's day: "on Thursday, Sept. 29, for 10 days until Oct. 8"."""
    return span.relation == "range" and span is not time and span.start is not None and span.start == time.start


def _phrases_of(verb: Token) -> set[int]:
    """The words of the verb's own phrases, not its clauses: "restored checks ... on Thursday, Sept. 29,
    for 10 days until Oct. 8" ends with the "until" the parser hung on "days"."""
    return {t.i for t in verb.subtree} - _clause_words(verb, _CLAUSE_DEPS + ("xcomp", "acl"))


def _note_entities(sent: Span, places: list[Place], discourse: Discourse) -> None:
    """Remember which country a named person belongs to ("Russian President Vladimir Putin")."""
    for ent in discourse.people_in(sent):
        left = ent.start
        nearby = [p for p in places if p.end <= left and left - p.end <= 3 and p.role in ("adjective", "name")]
        if nearby:
            for token in ent:
                discourse.entity_country[token.text] = nearby[-1].code
            discourse.entity_country[ent.text] = nearby[-1].code
    for letters in sent:
        # "Ethiopia's Administration for Refugee and Returnee Affairs (ARRA)": the letters stand for that
        # country's body when they act later ("ARRA stopped registering new arrivals")
        if not (re.fullmatch(r"[A-Z]{2,6}", letters.text) and letters.i > sent.start and letters.i + 1 < sent.end
                and letters.nbor(-1).text == "(" and letters.nbor(1).text == ")"):
            continue
        start = letters.i - 1
        while start > sent.start and (letters.doc[start - 1].is_title or letters.doc[start - 1].lower_ in _NAME_LINKS):
            start -= 1
        while start < letters.i - 1 and not letters.doc[start].is_title:
            start += 1  # not a linking word the name cannot begin with
        owner = [p for p in places if p.role in ("adjective", "name") and p.code
                 and (p.start == start or p.end == start  # ("Ethiopia's" may be one place with its "'s")
                      or (p.end == start - 1 and letters.doc[p.end].lower_ in ("'s", "’s")))]
        if owner and letters.text not in discourse.entity_country:
            discourse.entity_country[letters.text] = owner[-1].code


# the little words a body's spelled-out name may hold: "Administration for Refugee and Returnee Affairs"
_NAME_LINKS = {"for", "of", "and", "the", "on"}


def find_events(sent: Span, times: list[TimeMention], places: list[Place],
                attributions: list[Attribution], discourse: Discourse) -> list[PolicyEvent]:
    _note_entities(sent, places, discourse)
    _extend_last_measure(sent, times, discourse)
    dated_before = _date_earlier_measure(sent, times, discourse.events)
    out: list[PolicyEvent] = []
    verbs: list[Token] = []  # the trigger of each record in `out`
    frames: list[int] = []  # indices in `out` of legal frames (a state of emergency)
    for verb in sent:
        if verb.pos_ not in ("VERB",):
            continue
        keys = _verb_keys(verb)
        if not keys & _all_trigger_verbs():
            continue
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("to", "for"):
            continue  # "opened the gate to returning Syrians": who the measure serves, not a measure
        if verb.lemma_.lower() in ("stop", "cease") and any(c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower()
                                                             in _STOPPED_ACTS for c in verb.children):
            continue  # "had stopped charging visa fees": the act stopped says what the measure is
        obj = _object(verb)
        obj_text = _object_text(verb, obj)
        subject = _subject(verb)
        subject_text = _phrase(subject) if subject is not None else ""
        # a measure stated of what it stops: "Travel between Indian states was banned"
        undergoer = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if undergoer is None and verb.dep_ == "xcomp":
            # "everyone arriving in Georgia has been required to spend 14 days in quarantine": who must do it;
            # "Japan has required arrivals from the mainland to take a test": the one told to
            undergoer = next((c for c in verb.head.children if c.dep_ == "nsubjpass"
                              or (c.dep_ == "dobj" and verb.head.lemma_.lower() in _OBLIGING_VERBS)), None)
        if undergoer is None and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "Muscat International Airport was closed to all flights from Tuesday evening and reopened on Thursday":
            # the second verb acts on the first's subject
            undergoer = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        undergoer_text = _phrase(undergoer) if undergoer is not None else ""
        if subject is not None:  # "everyone arriving from abroad": the whole phrase, for the context words
            subject_text += " | " + " ".join(t.lower_ for t in subject.subtree)
        clause = _clause_text(verb) + " | " + obj_text + _foreigners_mark(obj, subject, places, discourse) \
            + _two_countries_mark(verb, places) + _domestic_route_mark(verb, places) + _shut_to_a_group_mark(verb) \
            + _shelter_promised_mark(verb) + _to_a_state_mark(verb, places) + _from_a_state_mark(verb, obj, places)
        if any(_has(clause, (name,)) for name in discourse.crossing_names(sent.doc)):
            clause += " | crossing"  # "sent an extra 1,000 soldiers to Ras Jdir", named before as a crossing
        if any(_has(obj_text, (name,)) for name in discourse.crossing_names(sent.doc)) or (
                verb.lemma_.lower() in _OPENING and obj is not None and obj.pos_ == "PROPN" and obj.i < verb.i
                and obj.head.lemma_.lower() in _CLOSING):
            # "to shut Vartius, Kuusamo and Salla", the posts named before; "closed Torkham ... and reopened it"
            obj_text += " | crossing"
        if verb.lemma_.lower() in ("deny", "refuse") and any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and (any(
                g.dep_ in ("nsubj", "mark") for g in c.children) or c.left_edge.pos_ == "SCONJ")) for c in verb.children):
            continue  # "officials denied that any refugees had been deported", "denied that Roma faced persecution"
        if any(_requirement_dropped(c) for c in verb.children):
            continue  # "stopped requiring visas": the requirement it ends is the measure, read at "requiring"
        clause_verb = verb
        while clause_verb.dep_ == "xcomp" and clause_verb.head.i != clause_verb.i:
            clause_verb = clause_verb.head  # ("dropping a rule that forced arrivals to spend five nights in quarantine")
        if clause_verb.dep_ == "relcl" and clause_verb.head.dep_ == "dobj" \
                and clause_verb.head.head.lemma_.lower() in _WAIVING:
            continue  # "waived the re-entry permit that foreign residents need to come back": what was waived
        if _counted_turn_back(verb, times):
            continue  # "Officers turned back 130 foreigners at the bridges on Sunday": people kept out, told as a count
        for pattern in patterns():
            if not keys & set(pattern.verbs):
                continue
            if pattern.subjects and not _has(subject_text + " | " + undergoer_text, pattern.subjects):
                continue
            if pattern.objects and not _has(obj_text, pattern.objects):
                continue
            if pattern.context and not _has(clause + " | " + (subject_text + " | " + undergoer_text if pattern.subjects else ""),
                                            pattern.context):
                continue
            if pattern.without and _has(clause, pattern.without):
                continue
            if pattern.people_object and not (obj is not None and _people_phrase(obj)):
                continue
            if pattern.main_clause and not _tells_news(verb):
                continue
            if pattern.permission and (not _permitted(verb) or any(v.i == verb.head.i for v in verbs)):
                continue  # "has let Fan ID holders enter without a visa": told once, at "let"
            # (told once: "stopped issuing visas" is read at "stopped" where that names the measure)
            halted = pattern.ended and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _HALTING_VERBS \
                and not any(v.i == verb.head.i for v in verbs)
            if pattern.ended != (_no_longer(verb) or halted):
                # "no longer closes" is no closure; "no longer admits" is a restriction, and so is "stopped
                # registering newly arrived refugees"
                continue
            if pattern.type == "BORDER_CONTROL" and verb.lemma_.lower() in ("send", "move", "fly") \
                    and _sent_back_across(verb):
                continue  # "sent 380 of the soldiers back across the border": a removal, not a deployment
            if pattern.type == "BORDER_CONTROL" and verb.lemma_.lower() in ("order", "instruct", "tell", "direct") \
                    and any(c.dep_ in ("xcomp", "advcl", "ccomp") and infinitive(c) and c.lemma_.lower() in _KEEPING_BACK
                            and any(g.dep_ == "prep" and g.lower_ == "from" for t in c.subtree for g in [t])
                            for c in verb.children):
                continue  # "ordered police at the port ... to stop any child under 18 from leaving the country": the
                # order is the measure its infinitive tells, read there
            if pattern.type == "RETURN_OR_EXPULSION" and verb.lemma_.lower() == "return" \
                    and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
                continue  # "some 200 refugees returned to Syria last week": they went back; no one sent them
            if pattern.type == "RETURN_OR_EXPULSION" and _counted_removals(verb, sent, times):
                break  # "The Bahamas repatriated 2,815 Haitians in 2009": a count, no measure (GUIDELINES decision 19)
            if pattern.waived != _standing_denial(verb):
                continue  # "does not require visas": no requirement, a standing facilitation
            if pattern.type == _SAME:
                # "Peru began requiring Venezuelans to show a passport, and Ecuador imposed a similar rule": the
                # kind of measure just told of, taken by another state ("followed suit" may mean any of the story's)
                told = out or discourse.events  # this sentence's measures are the latest
                if not told:
                    break
                before = told[-1]
                pattern = dataclasses.replace(pattern, type=before.type)
            if _negated_or_irrealis(verb, pattern) or _in_an_era_ended(verb):
                break
            if pattern.type == "ENTRY_FACILITATION" and _counted_letting(verb):
                break
            actor = _pattern_actor(pattern, subject, verb, places, discourse)
            if actor is not None and pattern.type == "RETURN_OR_EXPULSION" and _deportee_count(verb) \
                    and not _told_by_its_own_state(verb, actor, places, discourse):
                break
            if actor is None or (pattern.type == "RETURN_OR_EXPULSION" and _flies_own_people_home(verb, obj, actor[0], places)) \
                    or (pattern.to_other_state and not (_bound_abroad(verb, actor[0], places)
                                                        if pattern.type == "EXIT_RESTRICTION"
                                                        else _to_other_state(verb, actor[0], places))):
                break
            start, end = _ahead(_event_date(verb, times, sent), verb, times, discourse.anchor)
            if end is not None and _not_until(verb) and any(c.dep_ == "neg" for c in verb.children):
                start, end = _first_day_told(end, times), None  # "did not reopen them until July 30": reopened then
            deadline = _deadline_to_leave(verb, times, start) if pattern.type == "RETURN_OR_EXPULSION" or (
                pattern.type == "INTERNAL_MOVEMENT_RESTRICTION" and start is None) else None
            if deadline is not None:
                # "ordered undocumented foreigners to leave by Nov. 1" (GUIDELINES); an evacuation order with no day
                # of its own, by its deadline ("ordered everyone still living in Sovetskoye to leave by Sunday")
                start, end = deadline, None
            if _kept(verb) and pattern.type == "BORDER_CLOSURE" and not any(t.relation == "since" for t in times) \
                    and not _since_clause(verb):
                # "reopened Pamelap on Tuesday but kept the rest of its border closed": the closure goes on;
                # that Tuesday is not when it began
                start = None
            if start is None and end is None:
                start = _after_dated_event(verb, discourse) or _on_the_day_told(verb, times, discourse)
            if start is None and end is not None:
                start = _day_told_done(verb, times)
            if end is None and start is not None and _for_hours(verb):
                end = start  # "closed the Kapshtica crossing for four hours on Tuesday": over the same day
            ancestors = {a.i for a in verb.ancestors}
            source = next((a.source for a in attributions if a.cue in ancestors), None)
            if pattern.frame:
                frames.append(len(out))
            told = len(out)
            for each in _group_actors(subject, verb, places) or [actor] + _coordinated_actors(subject, actor, places, discourse):
                # "Estonia, Latvia and Lithuania closed their borders": one measure of each state
                kind = "EXIT_RESTRICTION" if pattern.type == "ENTRY_RESTRICTION" and _own_people_going_abroad(
                    verb, each[0], places) else pattern.type
                if kind == "EXIT_RESTRICTION" and (_leaves_a_part(verb, each[0], places)
                                                   or _bound_for_a_part(verb, each[0], places)):
                    kind = "INTERNAL_MOVEMENT_RESTRICTION"  # "barred from leaving the island for the mainland"
                if kind == "ENTRY_FACILITATION" and not pattern.ended and verb.dep_ == "xcomp" \
                        and verb.head.lemma_.lower() in _HALTING_VERBS:
                    kind = "ENTRY_RESTRICTION"  # "stopped granting refugee status to Burundians": a welcome withdrawn
                if kind == "ENTRY_FACILITATION" and keys & _ADMITTING and _only_some_admitted(verb, obj):
                    kind = "ENTRY_RESTRICTION"  # "Only Jordanians would be allowed in at Jaber": the rest are kept out
                if kind == "ENTRY_RESTRICTION" and _requirement_dropped(verb):
                    kind = "ENTRY_FACILITATION"  # "Germany stopped requiring visas of Polish citizens"
                if kind in ("BORDER_CONTROL", "RETURN_OR_EXPULSION") and verb.dep_ == "xcomp" \
                        and verb.head.lemma_.lower() in _HALTING_VERBS:
                    # "Malta stopped checking the passports of travellers": a control ended; "Poland had stopped
                    # handing back East Germans caught without papers": a removal ended
                    kind = "ENTRY_FACILITATION"
                inland = _checkpoint_inland(verb, subject, each[0], places, discourse.crossing_names(sent.doc)) \
                    if kind in ("BORDER_CONTROL", "INTERNAL_MOVEMENT_RESTRICTION") else None
                if kind == "BORDER_CONTROL" and inland and not _has(obj_text, _OFFICES):
                    # "searched every car leaving the city at checkpoints on the road to Zubair": inside the
                    # country (GUIDELINES: checkpoints on roads are no border control)
                    kind = "INTERNAL_MOVEMENT_RESTRICTION"
                elif kind == "INTERNAL_MOVEMENT_RESTRICTION" and inland is False and _has(obj_text, _POSTS) \
                        and keys & _POSTING:
                    kind = "BORDER_CONTROL"  # "manned checkpoints at the Kapikule crossing": posts put at a border
                    # (not "kept the Khazir checkpoint open to Christians": what passes a post is another matter)
                if kind == "ENTRY_RESTRICTION" and _enters_a_part(verb, each[0], places):
                    kind = "INTERNAL_MOVEMENT_RESTRICTION"  # "barred outsiders from entering Sanamxay district"
                elif kind == "ENTRY_RESTRICTION" and _kept_from_going_abroad(verb, each[0], places):
                    kind = "EXIT_RESTRICTION"  # "Moroccan police stopped the women ... from crossing into Ceuta"
                if kind in ("ENTRY_RESTRICTION", "EXIT_RESTRICTION") and verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(
                        v.i == verb.head.i and e.type == "INTERNAL_MOVEMENT_RESTRICTION" and e.actor == each[0]
                        for e, v in zip(out, verbs)):
                    # "barred civilians from entering Derna, turning cars back", "placed the neighbourhood under
                    # quarantine, barring 300 residents from leaving": how the act inside the country is carried out
                    kind = "INTERNAL_MOVEMENT_RESTRICTION"
                if kind in ("ENTRY_RESTRICTION", "EXIT_RESTRICTION", "BORDER_CLOSURE") and _local_authority(subject) \
                        and not _has(clause, _BORDER_WORDS) \
                        and not _abroad_in_clause(verb, subject, each[0], places, roles=("name", "adjective", "city")):
                    # "The city stopped residents from leaving on March 31", "Phang Nga provincial authorities closed
                    # the coastal highway": a town's or a province's measure keeps people inside the country
                    kind = "INTERNAL_MOVEMENT_RESTRICTION"
                if kind in ("ENTRY_RESTRICTION", "EXIT_RESTRICTION") and _has(clause, _HOME_WATERS) \
                        and not _has(clause, _BORDER_WORDS + ("migrant", "migrants", "refugees", "asylum")) \
                        and not _abroad_in_clause(verb, subject, each[0], places, roles=("name", "adjective", "city", "people")):
                    # "halted ferries to Co To, Quan Lan and other islands", "barred all vessels from sailing on Lake
                    # Malawi", "barred people from going to the city's beaches": kept off the country's own waters
                    kind = "INTERNAL_MOVEMENT_RESTRICTION"
                if kind == "BORDER_CLOSURE" and _border_between_own_regions(subject, obj, each[0]):
                    kind = "INTERNAL_MOVEMENT_RESTRICTION"  # "New South Wales closed its border with Victoria"
                road = _road(obj) or _bridge_in_own_town(obj, each[0], places)
                # (a bridge's towns on the other side say where it leads, as a country does)
                roles = ("name", "adjective", "city") if obj is not None and noun_lemma(obj) == "bridge" \
                    else ("name", "adjective")
                if kind == "BORDER_CLOSURE" and road and not _abroad_in_clause(verb, subject, each[0], places, roles=roles):
                    kind = "INTERNAL_MOVEMENT_RESTRICTION"  # "closed the Lokoja-Abuja highway to all traffic"
                elif kind == "BORDER_CLOSURE" and (_part_of_a_place(obj) and not _has(clause, _BORDER_WORDS)
                                                   or _between_halves(obj)) \
                        and not _abroad_in_clause(verb, subject, each[0], places):
                    # "sealed off the lower part of Bab El Oued to all vehicles", "ordered the Museum crossing between
                    # east and west Beirut closed"
                    kind = "INTERNAL_MOVEMENT_RESTRICTION"
                elif kind == "INTERNAL_MOVEMENT_RESTRICTION" and road and verb.lemma_.lower() in _CLOSING \
                        and _abroad_in_clause(verb, subject, each[0], places):
                    kind = "BORDER_CLOSURE"  # "closed the Simplon Pass road to Italy between Brig and Gondo"
                if kind == "ENTRY_FACILITATION" and _still(verb):
                    continue  # "people on foot were still allowed through", "Croatians can still enter Bosnia with an
                    # identity card": what a closure or a rule leaves as it was, not a measure of its own
                if kind == "ENTRY_FACILITATION" and verb.lemma_.lower() in _OPENING and _home_road_taken_up(verb, obj, each[0]) \
                        and not _abroad_in_clause(verb, subject, each[0], places, roles=("name", "adjective", "city")):
                    continue  # "closed the Autopista del Sol ... and reopened it on Thursday evening": a road inside the
                    # country lifted, which ends the closure and eases no one's way in (GUIDELINES: a lifting alone)
                out.append(_record(kind, each, _target(obj), start, end, sent, source))
                verbs.append(verb)
                if pattern.halts:
                    discourse.halts.append((out[-1], pattern.halts))
            for extra in _more_dates(verb, times, sent, start) if deadline is None and len(out) > told else ():
                # "shut four crossings on Nov. 18 and three more on Nov. 24": two closures
                out.append(out[-1].model_copy(update={"date_start": extra, "date_end": None}))
                verbs.append(verb)
            discourse.last_actor = actor
            discourse.acted.append(actor)
            discourse.actors_by_type.setdefault(pattern.type, actor)
            break
    _end_closures_at_reopening(out, verbs)
    _end_at_lifting(out, verbs, times, sent)
    served = {i for i in frames if any(j not in frames and out[j].actor == out[i].actor
                                           and _continues(verbs[i], verbs[j]) for j in range(len(out)))}
    # ("suspended buses, subways and all outbound flights and trains from Thursday, telling residents not to leave the
    # city": the participle tells what the measure means, no measure of its own)
    served |= {i for i, verb in enumerate(verbs) if verb.dep_ == "advcl" and verb.tag_ == "VBG"
               and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
               and any(j != i and verbs[j].i == verb.head.i and out[j].type == out[i].type
                       and out[j].actor == out[i].actor for j in range(len(out)))}
    out = [event for i, event in enumerate(out) if i not in served]
    out += _lifted_measures(sent, times, places, discourse)
    out += _withdrawn_permissions(sent, times, places, discourse)
    out += _nominal_events(sent, times, places, discourse)
    out += _curfews_in_force(sent, times, places, discourse, out)
    if out and not dated_before:
        _date_earlier_measure(sent, times, out, before=max(v.i for v in verbs) if verbs else None)
    discourse.last_event = out[-1] if out else None
    if out:
        _extend_last_measure(sent, times, discourse)  # "suspended asylum applications; the suspension expires on ..."
    discourse.events += out
    # Authorities named as subjects stay available for "they" in the next sentence.
    for token in sent:
        if token.dep_ == "nsubj" and noun_lemma(token) in AUTHORITY_NOUNS:
            actor = _actor(token, places, discourse)
            if actor:
                discourse.last_actor = actor
    return out


_ENDING_VERBS = {"expire", "end", "lapse"}
_LIFTED_IN_PASSIVE = {"lift", "rescind", "revoke", "cancel", "scrap", "end"}


def _extend_last_measure(sent: Span, times: list[TimeMention], discourse: Discourse) -> None:
    """The sentence after a measure may give its end: "The emergency covers four municipalities
    and will remain in force until Nov. 10"."""
    event = discourse.last_event
    if event is None or event.date_end is not None:
        return
    for time in times:
        verb = governing_verb(sent.doc, time)
        if time.end is None or verb is None:
            continue
        lasting = time.relation == "until" and verb.lemma_.lower() in LASTING_VERBS
        # "...; the suspension expires on March 31"
        ending = time.relation == "at" and (verb.lemma_.lower() in _ENDING_VERBS or (
            # "The order was lifted on Wednesday afternoon"
            verb.lemma_.lower() in _LIFTED_IN_PASSIVE and any(c.dep_ == "auxpass" for c in verb.children)))
        if not (lasting or ending):
            continue
        subject = _grammatical_subject(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or noun_lemma(subject) not in MEASURE_NOUNS \
                or not any(c.lower_ in ("the", "this") for c in subject.children):
            continue
        end = time.end
        if event.date_start is not None and end < event.date_start:
            end = _forward(time, event.date_start)  # "until Nov. 10" of a measure taken in August
        event.date_end = end
        return


# The measure a definite noun takes up, by the event types it can name.
_MEASURE_TYPES = {
    "closure": {"BORDER_CLOSURE"}, "shutdown": {"BORDER_CLOSURE"}, "deployment": {"BORDER_CONTROL"},
    "crackdown": {"RETURN_OR_EXPULSION"}, "drive": {"RETURN_OR_EXPULSION"}, "campaign": {"RETURN_OR_EXPULSION"},
    "mobilization": {"MOBILIZATION"}, "mobilisation": {"MOBILIZATION"},
    "waiver": {"ENTRY_FACILITATION"}, "exemption": {"ENTRY_FACILITATION"},
}
_RESTRICTIONS = {"ENTRY_RESTRICTION", "EXIT_RESTRICTION", "INTERNAL_MOVEMENT_RESTRICTION", "BORDER_CLOSURE"}
# Nouns for any measure at all: "The change took effect on Monday" after a visa waiver.
_ANY_MEASURE = {"change", "decision", "policy", "scheme", "arrangement"}
_ANY_TYPE = set(EVENT_TYPES)
# "took effect", "came into force", "began": the day a measure starts.
_STARTING = {"take": {"effect"}, "come": {"force", "effect"}, "go": {"effect", "force"}, "enter": {"force"},
             "begin": set(), "start": set(), "announce": set(), "introduce": set()}


def _kinds_named(noun: str) -> Optional[set[str]]:
    """The event types a definite noun can take up: "the closure" a closure, "the change" any measure, "the rule"
    a restriction."""
    return _MEASURE_TYPES.get(noun) or (_ANY_TYPE if noun in _ANY_MEASURE else
                                        _RESTRICTIONS if noun in MEASURE_NOUNS - {"state", "emergency"} else None)


def _date_earlier_measure(sent: Span, times: list[TimeMention], told: list[PolicyEvent],
                          before: Optional[int] = None) -> bool:
    """"Kuwait has suspended work visas for five nationalities, the ministry said on Wednesday. The
    suspension took effect on Sunday": the measure already reported starts on the day it took effect.
    With `before`, only a subject after that token counts ("would scrap visas ..., and the change took
    effect on Monday, Jan. 1")."""
    for subject in sent:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        named = subject
        if subject.lower_ == "it" and subject.head.dep_ == "conj":
            # "signed the order on Tuesday, and it took effect on Thursday": the measure the first act names
            named = next((c for c in subject.head.head.children if c.dep_ == "dobj"), subject)
        if not any(c.lower_ in ("the", "this") for c in named.children):
            continue
        if before is not None and subject.i < before:
            continue
        noun = noun_lemma(named)
        kinds = _kinds_named(noun)
        verb = subject.head
        needs = _STARTING.get(verb.lemma_.lower())
        if not kinds or needs is None:
            continue
        if needs and not any(t.lemma_.lower() in needs for t in verb.subtree):
            continue
        if verb.lemma_.lower() in ("announce", "introduce") and subject.dep_ != "nsubjpass":
            continue
        # the day told after it ("The suspension took effect on Sunday"), not a span the sentence opens on
        # ("In the three days before the closure took effect, more than 5,000 people crossed")
        # ("since the rule took effect on June 15": the day the clause gives, read as a start)
        day = next((t.single_day or t.start for t in times if (t.single_day or t.start) is not None
                    and t.relation in ("at", "since")
                    and t.start_char > subject.idx
                    and (owner := governing_verb(sent.doc, t)) is not None and _said_of(owner, verb)), None)
        earlier = next((e for e in reversed(told) if e.type in kinds), None)
        if day is not None and earlier is not None:
            earlier.date_start = day
            return True
    return _date_enforced_measure(sent, times, told, before) or _date_lifted_measure(sent, times, told)


# Verbs by which a state puts a measure it has decided into practice: "began enforcing the rule on Monday".
_ENFORCING = {"enforce", "implement", "apply", "approve", "adopt"}


def _date_enforced_measure(sent: Span, times: list[TimeMention], told: list[PolicyEvent],
                           before: Optional[int] = None) -> bool:
    """"Croatia has stopped letting in refugees from Bosnia ... Croatian border police began enforcing the rule
    on Monday", "The government approved the arrangement on Tuesday morning": the measure the story has told of
    with no day starts on the day it was put into practice."""
    for verb in sent:
        if verb.lemma_.lower() not in _ENFORCING or verb.pos_ != "VERB" or (before is not None and verb.i < before):
            continue
        measure = next((c for c in verb.children if c.dep_ == "dobj"
                        and any(d.lower_ in ("the", "this", "these") for d in c.children)), None)
        if measure is None or any(c.dep_ == "neg" for c in verb.children) or _future(verb):
            continue
        noun = noun_lemma(measure)
        kinds = _kinds_named(noun)
        if not kinds:
            continue
        doing = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("begin", "start") else verb
        day = next((t.single_day or t.start for t in times if (t.single_day or t.start) is not None
                    and t.relation in ("at", "since")
                    and (owner := governing_verb(sent.doc, t)) is not None
                    and (_said_of(owner, verb) or _said_of(owner, doing))), None)
        earlier = next((e for e in reversed(told) if e.type in kinds), None)
        if day is not None and earlier is not None and earlier.date_start is None \
                and (earlier.date_end is None or earlier.date_end >= day):
            earlier.date_start = day
            return True
    return False


def _date_lifted_measure(sent: Span, times: list[TimeMention], told: list[PolicyEvent]) -> bool:
    """"Governor Ricardo Rossello lifted the island-wide curfew on Wednesday. He had imposed it on Sept. 19":
    the measure told of as it ended began on the day its imposing is dated."""
    lifted = told[-1] if told and told[-1].date_start is None and told[-1].date_end is not None else None
    if lifted is None:
        return False
    for verb in sent:
        if verb.lemma_.lower() not in _IMPOSING_VERBS | _CLOSING \
                or not any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children):
            continue
        day = next((t.single_day or t.start for t in times if t.relation in ("at", "since")
                    and (t.single_day or t.start) is not None and (t.single_day or t.start) < lifted.date_end
                    and (owner := governing_verb(sent.doc, t)) is not None and _said_of(owner, verb)), None)
        if day is not None:
            lifted.date_start = day
            return True
    return False


def _said_of(owner: Token, verb: Token) -> bool:
    """A date hangs on the verb, or on a noun the tagger took for a verb inside its phrases ("took effect at
    the Karama crossing on Sunday")."""
    return owner.i == verb.i or (owner.dep_ in ("pobj", "dobj") and verb in owner.ancestors)


def _end_closures_at_reopening(out: list[PolicyEvent], verbs: list[Token]) -> None:
    """A closure the sentence reports beside the reopening that ended it ends on the reopening day:
    "reopened the crossing to cars on Monday, after keeping it open only to pedestrians"."""
    reopenings = [e for e, v in zip(out, verbs) if v.lemma_.lower() == "reopen" and e.type == "ENTRY_FACILITATION"]
    for event in out:
        # "Macedonia, which closed its southern border to migrants on Thursday, reopened it on Saturday"
        # (a closure "for several hours on Sunday evening", "reopened at 8 a.m. on Monday", too)
        if event.type not in ("BORDER_CLOSURE", "ENTRY_RESTRICTION") \
                or event.date_end is not None and event.date_end != event.date_start:
            continue
        day = next((r.date_start for r in reopenings if r.actor == event.actor and r.date_start is not None
                    and (event.date_start is None or event.date_start < r.date_start)), None)
        event.date_end = day or event.date_end
    # "had opened its frontier to the refugees on Friday, then shut it again on Monday": open until shut
    closures = [e for e, v in zip(out, verbs) if e.type == "BORDER_CLOSURE" and e.date_start is not None]
    for event, verb in zip(out, verbs):
        if event.type != "ENTRY_FACILITATION" or event.date_end is not None or event.date_start is None \
                or verb.lemma_.lower() not in _OPENING:
            continue
        event.date_end = next((c.date_start for c in closures if c.actor == event.actor and c.date_start > event.date_start),
                              None)


# Measures that stop or hold people, which a later act of the same sentence can lift.
_HOLDING_TYPES = {"BORDER_CLOSURE", "ENTRY_RESTRICTION", "EXIT_RESTRICTION", "INTERNAL_MOVEMENT_RESTRICTION",
                  "BORDER_CONTROL"}
_LIFTING = {"lift", "remove", "scrap", "dismantle", "end", "reopen", "resume"}
# Words that put a lifting on the day of the measure: "let them resume that evening".
_SAME_DAY = re.compile(r"\b(?:that|the same) (?:evening|afternoon|night|day)\b|\blater that day\b|\bhours later\b")


def _end_at_lifting(out: list[PolicyEvent], verbs: list[Token], times: list[TimeMention], sent: Span) -> None:
    """A measure lifted in the same sentence ends on the day of the lifting: "set up checkpoints on the roads
    into Almaty on Jan. 6 and lifted them on Monday", "halted onward flights on Monday morning ... and let them
    resume that evening"."""
    for event, verb in zip(out, verbs):
        if event.type not in _HOLDING_TYPES or event.date_end is not None or event.date_start is None:
            continue
        for act in (t for t in verb.subtree if t.dep_ == "conj" and t.pos_ == "VERB"):
            lifting = act if act.lemma_.lower() in _LIFTING else next(
                (x for x in act.children if x.dep_ in ("xcomp", "ccomp") and x.lemma_.lower() in _LIFTING), None)
            taken_up = any(o.dep_ in ("dobj", "nsubj") and o.lower_ in ("it", "them") for o in
                           [*act.children, *(lifting.children if lifting is not None else [])])
            if lifting is None or not taken_up or any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in
                                                      [*act.children, *lifting.children]):
                continue  # "and has never formally reopened it": not lifted
            day, _ = _event_date(lifting, times, sent)
            if day is None and lifting is not act:
                day, _ = _event_date(act, times, sent)
            if day is None and _SAME_DAY.search(" ".join(t.lower_ for t in act.subtree)):
                day = event.date_start  # "let them resume that evening"
            if day is not None and day >= event.date_start:
                event.date_end = day
                break


def _continues(first: Token, later: Token) -> bool:
    """Whether `later` is in a clause conjoined to `first` that keeps its subject: "Latvia declared
    a state of emergency ... and authorized its border guards to force migrants back"."""
    return any(c.dep_ == "conj" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
               and later in c.subtree for c in first.children)


def _more_dates(verb: Token, times: list[TimeMention], sent: Span, first: Optional[dt.date]) -> list[dt.date]:
    """Other single days the verb itself takes, each a separate action of the same kind (when the verb is dated
    by one of its own days at all: "three days after Estonia started applying it on Wednesday" is dated by the
    act it hangs on, and its Wednesday is no second action)."""
    own = [t.single_day for t in times if t.relation == "at" and t.single_day is not None
           and (token := governing_verb(sent.doc, t)) is not None and token.i == verb.i]
    if first not in own:
        return []
    days = []
    for time in times:
        if time.relation != "at" or time.single_day is None or time.single_day == first:
            continue
        if time.start_char < verb.idx:
            continue  # "said on Thursday it would close ... from Friday": the day it was said, not another action
        token = governing_verb(sent.doc, time)
        if token is not None and token.i == verb.i and time.single_day not in days:
            days.append(time.single_day)
    return days


_LIFT_VERBS = {"lift", "scrap", "revoke", "rescind", "end", "remove", "drop"}
_MEASURE_NOUNS = {"ban", "restriction", "closure", "curfew", "requirement", "suspension", "lockdown"}


def _measure_type(text: str) -> Optional[str]:
    """The kind of restriction a noun phrase names, read with the patterns' own context words."""
    for pattern in patterns():
        if pattern.type in ("INTERNAL_MOVEMENT_RESTRICTION", "EXIT_RESTRICTION", "ENTRY_RESTRICTION",
                            "BORDER_CLOSURE") and pattern.context and not pattern.subjects \
                and _has(text, pattern.context):
            return pattern.type
    return None


# France's overseas departments and collectivities, whose state measures are France's (GUIDELINES: Mayotte and
# Reunion keep their codes for where people are counted, with France the actor of the state's measures there).
_ACTING_STATE = {"YT": "FR", "RE": "FR", "NC": "FR", "PF": "FR", "GP": "FR", "MQ": "FR", "GF": "FR", "PM": "FR",
                 "WF": "FR", "BL": "FR", "MF": "FR"}


def _sent_back_across(verb: Token) -> bool:
    """"sent 380 of the soldiers back across the border", also where the parser hung the "back" on the clause told
    of the people sent ("sent 109 Colombians who had fled the fighting back across the border", "sent about 300
    Afghans caught working without permits back across the border"); not a "back" of another subject's clause
    ("a day after residents chased hundreds of them back across the border")."""
    doc = verb.doc
    sent_people = [c for c in verb.children if c.dep_ == "dobj"]
    for back in verb.subtree:
        if back.lower_ != "back" or back.i + 1 >= len(doc) or doc[back.i + 1].lower_ not in ("across", "over"):
            continue
        if back.head.i == verb.i:
            return True
        path = [a for a in back.ancestors if a.i != verb.i and verb in a.ancestors]
        told_of = any(a in sent_people for a in path)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "which", "that")
                          for a in path for c in a.children)
        if told_of and not own_subject:
            return True
    return False


def _record(kind: str, actor: tuple[str, str], target: Optional[str], start: Optional[dt.date],
            end: Optional[dt.date], sent: Span, source: Optional[str] = None) -> PolicyEvent:
    return PolicyEvent(type=kind, actor=_ACTING_STATE.get(actor[0], actor[0]), actor_name=actor[1], target=target,
                       date_start=start,
                       date_end=end, source=source,
                       evidence=Evidence(start=sent.start_char, end=sent.end_char, text=sent.text))


def _lifted_measures(sent: Span, times: list[TimeMention], places: list[Place],
                     discourse: Discourse) -> list[PolicyEvent]:
    """"North Ossetia on Monday lifted the ban on cars from other regions that it had imposed on
    28 September": the measure, from the day it was imposed to the day it was lifted."""
    out: list[PolicyEvent] = []
    doc = sent.doc
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LIFT_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or obj.lemma_.lower() not in _MEASURE_NOUNS or _negated_or_irrealis(verb):
            continue
        kind = _measure_type(_phrase(obj) + " | " + " ".join(t.lemma_.lower() for t in obj.subtree))
        subject = _subject(verb)
        actor = _actor(subject, places, discourse, verb) if subject is not None else None
        if kind is None or actor is None:
            continue
        span = (doc[obj.left_edge.i].idx, doc[obj.right_edge.i].idx + len(doc[obj.right_edge.i]))
        imposed = next((t.start for t in times if span[0] <= t.start_char < span[1] and t.start), None)
        lifted = next((t.single_day for t in times if not span[0] <= t.start_char < span[1] and t.single_day), None)
        out.append(_record(kind, actor, _target(obj), imposed, lifted, sent))
    return out


def _withdrawn_permissions(sent: Span, times: list[TimeMention], places: list[Place],
                           discourse: Discourse) -> list[PolicyEvent]:
    """"Afghans would no longer be allowed to take the road to the airport": a permission taken
    away is a restriction, of the kind its complement names."""
    out: list[PolicyEvent] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PERMISSION_VERBS:
            continue
        withdrawn = any(c.dep_ == "neg" for c in verb.children) or any(
            c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children)
        complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if not withdrawn or complement is None or _speech_head(verb) is None and any(
                c.dep_ == "aux" and c.lower_ in MODAL_WORDS - {"will", "would"} for c in verb.children):
            continue
        text = " ".join(t.lower_ for t in complement.subtree) + " | " + " ".join(t.lemma_.lower() for t in complement.subtree)
        if _has(text, ("leave", "exit", "airport", "abroad", "depart", "fly out")):
            kind = "EXIT_RESTRICTION"
        elif _has(text, ("enter", "entry", "cross into", "come in", "visa")):
            kind = "ENTRY_RESTRICTION"
        else:
            continue
        subject = _subject(verb)
        actor = _actor(subject, places, discourse, verb) if subject is not None else None
        if actor is None:
            continue
        start, end = _event_date(verb, times, sent)
        people = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        out.append(_record(kind, actor, _target(people), start, end, sent))
    return out


def _nominal_events(sent: Span, times: list[TimeMention], places: list[Place],
                    discourse: Discourse) -> list[PolicyEvent]:
    """Measures named by a noun and owned by a country: "Egypt's closure of the Rafah crossing on
    Tuesday", "a Finnish ban on Russians travelling on tourist visas".

    A measure whose first day the sentence reports ("That was the first day of a Finnish ban")
    starts on the sentence's day, or on the day "That" points back to; any other is dated by a
    date inside its own phrase, else undated (a later mention merges with the dated one).
    """
    out: list[PolicyEvent] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or _hypothetical_noun(noun):
            continue
        text = _phrase(noun)
        name = noun.lemma_.lower()
        if noun.i >= 2 and sent.doc[noun.i - 1].text == "-":
            name = f"{sent.doc[noun.i - 2].lower_}-{name}"  # "call-up", split by the tokenizer
        for pattern in nominal_patterns():
            if name not in pattern.nouns or not _has(text, pattern.context):
                continue
            owner = next((p for p in places if p.start in {c.i for c in noun.children if c.dep_ in ("amod", "poss", "compound")}
                          and p.role in ("name", "adjective")), None)
            code = owner.code if owner is not None else discourse.heading_country  # "Eritrea: General call-up ..."
            if code is None:
                break
            day = _first_day(noun, times, sent, discourse) if _named_as_starting(noun) else _own_day(noun, times)
            out.append(_record(pattern.type, (code, country_name(code)), _target(noun), day, None, sent))
            break
    return out


# Verbs that keep a curfew in place ("has kept a curfew on the capital since Saturday"), and the state it is in.
_CURFEW_KEEPING_VERBS = {"keep", "maintain", "have"}
_IMPOSING_VERBS = {"impose", "declare", "introduce", "order", "extend"}
_IN_FORCE = re.compile(r"\b(?:in force|in effect|in place)\b", re.IGNORECASE)


def _curfews_in_force(sent: Span, times: list[TimeMention], places: list[Place], discourse: Discourse,
                      found: list[PolicyEvent]) -> list[PolicyEvent]:
    """A curfew or lockdown the sentence tells of as a state rather than an act: "A dusk-to-dawn curfew has
    been in force in Kigali since Friday", "Male has been under lockdown since April 15", "A night curfew was
    imposed on Oct. 4 and lifted on Oct. 10", "The junta has kept a curfew on the capital since Saturday",
    "under a round-the-clock curfew since Thursday". Dated by the day
    its clause gives, owned by the authority that keeps it, else by the country of the place it covers, else
    by the country the story is filed from."""
    if any(e.type == "INTERNAL_MOVEMENT_RESTRICTION" for e in found):
        return []  # the sentence's own act ("imposed a curfew on Sunday") already tells of it
    for noun in sent:
        if noun.lemma_.lower() not in ("curfew", "lockdown") or noun.pos_ != "NOUN" or _hypothetical_noun(noun):
            continue
        clause = noun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        kept = noun.dep_ == "dobj" and clause.lemma_.lower() in _CURFEW_KEEPING_VERBS
        state = noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.lower_ == "under") or kept
        if not state or _negated_or_irrealis(clause):
            continue
        subject = _subject(clause) if kept or noun.dep_ == "pobj" else None
        actor = _actor(subject, places, discourse, clause) if subject is not None else None
        if actor is None:
            covered = [p for p in places if p.role in ("name", "city", "adjective") and p.code]
            code = covered[0].code if covered else discourse.home_country()
            actor = (code, country_name(code)) if code else None
        if actor is None:
            continue
        imposed = {t.i for c in noun.children if c.dep_ == "acl" for t in c.subtree}
        own = {t.i for t in clause.subtree} - {t.i for c in clause.children if c.dep_ in ("conj", "advcl", "relcl")
                                               and c.i != noun.i and c.i not in imposed for t in c.subtree}
        dated = [t for t in times if not t.vague and t.start is not None and _time_in(sent, t, imposed | own)]
        # the day it was imposed ("imposed on Oct. 4", "in force since Friday"), not a day it "remained in force"
        imposing = clause.lemma_.lower() in _IMPOSING_VERBS or (noun.dep_ == "nsubj" and _takes_effect(clause))
        start = next((t.start for t in dated if _time_in(sent, t, imposed)), None) \
            or next((t.start for t in dated if t.relation == "since" or (imposing and t.relation == "at")), None)
        if start is None and not _IN_FORCE.search(sent.text) and not kept:
            continue
        lifted = next((t for t in dated if clause.lemma_.lower() in _LIFT_VERBS and t.relation == "at"
                       and not _time_in(sent, t, imposed)), None)
        end = lifted.start if lifted is not None and start is not None and lifted.start > start else None
        return [_record("INTERNAL_MOVEMENT_RESTRICTION", actor, _target(noun), start, end, sent)]
    return []


def _takes_effect(verb: Token) -> bool:
    """"took effect", "came into force", "began": the verb tells of a measure starting."""
    needs = _STARTING.get(verb.lemma_.lower())
    return needs is not None and verb.lemma_.lower() not in ("announce", "introduce") \
        and (not needs or any(c.lemma_.lower() in needs for c in verb.subtree if c.i > verb.i))


def _time_in(sent: Span, time: TimeMention, indices: set[int]) -> bool:
    """Whether a date ends inside the given tokens."""
    tokens = sent.doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
    return tokens is not None and tokens[-1].i in indices


def _named_as_starting(noun: Token) -> bool:
    """"the first day of a ban", "the start of the closure"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _START_NOUNS


def _first_day(noun: Token, times: list[TimeMention], sent: Span, discourse: Discourse) -> Optional[dt.date]:
    explicit = [t for t in times if t.single_day is not None]
    if explicit:
        return explicit[0].single_day
    if any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it") for c in sent.root.children):
        return discourse.last_day
    return None


def _own_day(noun: Token, times: list[TimeMention]) -> Optional[dt.date]:
    """The day a date inside the measure's own phrase gives ("the closure of the crossing on Tuesday")."""
    doc = noun.doc
    first, last = doc[noun.left_edge.i].idx, doc[noun.right_edge.i].idx
    return next((t.start for t in times if not t.vague and first <= t.start_char <= last and t.start), None)


def _hypothetical_noun(noun: Token) -> bool:
    """A measure that is called for, planned, threatened or denied ("called for a ban on ...")."""
    for ancestor in noun.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return bool(_verb_keys(ancestor) & IRREALIS_HEADS) or _negated_or_irrealis(ancestor)
        if noun_lemma(ancestor) in {"plan", "proposal", "call", "threat", "demand", "possibility"}:
            return True
    return False


# Verbs that lift a rule: what a relative clause says of the rule they lift is no measure of its own.
_WAIVING = {"waive", "lift", "scrap", "drop", "abolish", "suspend", "ease", "remove"}


def _day_told_done(verb: Token, times: list[TimeMention]) -> Optional[dt.date]:
    """"said on Wednesday it had suspended until May 31 the expulsion of ...": a measure told as already taken,
    with only the day it runs to, is in force from the day it was told of."""
    # ("said on Sunday it was issuing free transit visas ... until Dec. 31", "said on Tuesday that Belizeans could
    # enter with only an identity card until Oct. 31": in force as it was told of, too)
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    going_on = verb.tag_ == "VBG" and auxes & {"was", "were", "is", "are"} or auxes & {"could", "can", "may"}
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS \
            or not (auxes & {"had", "has", "have"} or going_on):
        return None
    return next((t.single_day for t in times if t.single_day is not None and t.relation == "at"
                 and (owner := governing_verb(verb.doc, t)) is not None and owner.i == verb.head.i), None)


def _still(verb: Token) -> bool:
    """"still allowed", "can still enter": the verb, or the one it completes, goes on as before."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "conj") else [])
    return any(c.dep_ == "advmod" and c.lower_ == "still" for h in heads for c in h.children)


def _for_hours(verb: Token) -> bool:
    """"for four hours", "for several hours": a measure that lasted less than a day (told in the verb's own
    clause, wherever the parser hung it: "closed the Kapshtica crossing for four hours", "crossing" a verb)."""
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "for" or not any(g.lemma_.lower() == "hour" for g in prep.children):
            continue
        # on the verb, or on the crossing closed (not "let evacuees land and stay for up to 72 hours")
        if prep.head.i == verb.i or prep.head.lower_ in _CROSSING_NOUNS or noun_lemma(prep.head) in _CROSSING_NOUNS:
            return True
    return False


def _reopened(event: PolicyEvent) -> bool:
    """A crossing opened again for good: not "keep open", not a corridor opened through a war ("opened a corridor
    for civilians leaving Grozny"), not a gate opened "for three hours to let stranded Afghans go home"."""
    text = (event.evidence.text or "") if event.evidence is not None else ""
    return event.type == "ENTRY_FACILITATION" and bool(re.search(r"\b(reopen\w*|opened)\b", text, re.IGNORECASE)) \
        and "corridor" not in (event.target or "").lower() and not _FOR_HOURS.search(text)


_FOR_HOURS = re.compile(r"\bfor (?:a few|several|\w+|\d+) hours?\b", re.IGNORECASE)


# "reopened its main crossing ... but kept the rest of its border closed": a closure lifted in part goes on
# "reopened the Galafi crossing to buses carrying its citizens home": opened for some, closed to the rest
_FOR_SOME = re.compile(r"\bto\b.*\b(?:cargo|trucks?|lorries|goods|freight|traders?|buses|citizens|nationals|returnees|"
                       r"students|patients|humanitarian|aid|pedestrians|diplomats)\b", re.IGNORECASE)
_IN_PART = re.compile(r"\b(?:kept|keeps|keeping|left)\b[^.;]{0,90}\b(?:closed|shut|sealed)\b|\bremains?\s+(?:closed|shut)\b",
                      re.IGNORECASE)


def _closures_end_at_reopening(events: list[PolicyEvent]) -> None:
    """A closure ends on the day its state reopened the crossing (GUIDELINES: "a measure ends on the
    day ... a road reopened"), and an undated reopening is the day a closure of the same state ended."""
    reopenings = [e for e in events if _reopened(e) and not _IN_PART.search(e.evidence.text or "")
                  and not _FOR_SOME.search(e.target or "")]
    closures = [e for e in events if e.type == "BORDER_CLOSURE" and e.date_start is not None]
    for closure in closures:
        later = [r.date_start for r in reopenings if r.actor == closure.actor and r.date_start is not None
                 and r.date_start > closure.date_start
                 # (a reopening ends the latest closure before it: "closed it on Oct. 7 last year" is not ended by
                 # the reopening after another closure in September)
                 and not any(c.actor == closure.actor and closure.date_start < c.date_start < r.date_start  # type: ignore[operator]
                             for c in closures)]
        # (and a closure "for several hours on Sunday evening", reopened "at 8 a.m." the next day, ends then)
        if (closure.date_end is None or closure.date_end == closure.date_start) and later:
            closure.date_end = min(later)
        for reopening in (r for r in reopenings if r.actor == closure.actor and r.date_start is None):
            reopening.date_start = closure.date_end


# Removals told of on days less than this apart are one drive, dated by its first day (GUIDELINES).
_DRIVE_DAYS = 31


def _same_drive(kept: PolicyEvent, event: PolicyEvent) -> bool:
    """"Greece began the returns on Monday ... sent a second group back on Friday": one drive."""
    return kept.type == event.type == "RETURN_OR_EXPULSION" and kept.date_start is not None \
        and event.date_start is not None and abs((kept.date_start - event.date_start).days) < _DRIVE_DAYS


# The kinds of restriction inside a country a story may tell of on one day, each a measure of its own ("ordered
# residents of 26 neighbourhoods to leave ... closed the Trans-Canada Highway"), by the words of what they restrict;
# the first kind whose words the target holds is its kind.
_INTERNAL_KINDS = (
    ("curfew", re.compile(r"\bcurfews?\b", re.IGNORECASE)),
    ("transport", re.compile(r"\b(?:ferr(?:y|ies)|trains|flights?|sailings?|launch(?:es)?|catamarans?|boat services)\b",
                             re.IGNORECASE)),
    # checkpoints, the vehicles they search and the roads they shut are one measure on the roads
    ("roads", re.compile(r"\b(?:checkpoints?|roadblocks?|check ?posts?|roads?|highways?|motorways?|expressways?|bridges?|"
                         r"pass|routes?|streets?|traffic|tunnel|buses|cars|trucks|lorries|vehicles|taxis|motorbikes)\b",
                         re.IGNORECASE)),
    ("evacuation", re.compile(r"\b(?:residents|people|everyone|villagers|families|inhabitants|households|population|"
                              r"evacuations?|homes)\b", re.IGNORECASE)),
)


def _internal_kind(event: PolicyEvent) -> Optional[str]:
    if event.type != "INTERNAL_MOVEMENT_RESTRICTION":
        return None
    return next((kind for kind, words in _INTERNAL_KINDS if words.search(event.target or "")), None)


def _different_kinds(kept: PolicyEvent, event: PolicyEvent) -> bool:
    """Two restrictions inside the country of different kinds: an evacuation order and a road closure."""
    ours, theirs = _internal_kind(kept), _internal_kind(event)
    return ours is not None and theirs is not None and ours != theirs


def merge(events: list[PolicyEvent], halts: Sequence[tuple[PolicyEvent, str]] = ()) -> list[PolicyEvent]:
    """One record per action: mentions of the same type and actor merge unless their dates differ, or, inside the
    country, unless they restrict different things (an evacuation, a curfew, a road closed).

    A halt ("suspended the expulsion of the herders") ends the practice it halts where the story tells of
    that practice by the same state, before or after it, and is then no record of its own.
    """
    events = _end_halted_practices(events, halts)
    out: list[PolicyEvent] = []
    for event in events:
        for i, kept in enumerate(out):
            if kept.type != event.type or kept.actor != event.actor or _different_kinds(kept, event):
                continue
            if kept.date_start and event.date_start and kept.date_start != event.date_start \
                    and not _same_drive(kept, event):
                continue
            if _same_drive(kept, event) and event.date_start < kept.date_start:  # type: ignore[operator]
                out[i] = event.model_copy(update={"date_end": kept.date_end or event.date_end})
                break
            if kept.date_start is None and event.date_start is not None:
                out[i] = event  # the dated mention wins
            elif kept.date_end is None and event.date_end is not None and kept.date_start == event.date_start:
                # "tightened its own rules the same day, barring most foreigners from March 18 until May 1"
                out[i] = kept.model_copy(update={"date_end": event.date_end})
            break
        else:
            out.append(event)
    _closures_end_at_reopening(out)
    return out


def _end_halted_practices(events: list[PolicyEvent], halts: Sequence[tuple[PolicyEvent, str]]) -> list[PolicyEvent]:
    dropped: set[int] = set()
    for halt, kind in halts:
        # the practice a halt stops is one under way: begun in the year before it, not a total of years past
        practice = next((e for e in events if e.type == kind and e.actor == halt.actor and e.date_end is None
                         and e.date_start is not None and halt.date_start is not None
                         and dt.timedelta(0) <= halt.date_start - e.date_start <= dt.timedelta(days=365)), None)
        if practice is None:
            continue
        practice.date_end = halt.date_start
        dropped.add(id(halt))
    return [e for e in events if id(e) not in dropped]
