"""Movement assembly: which figures count people who moved, and their country, period and source.

A figure is a movement when the clause that governs it moves people across a border or
displaces them (a movement verb, a movement noun such as "arrivals", or a figure left
elliptical after one: "compared to 5,262 on Thursday"), and the clause is neither negated
nor hypothetical nor a refusal. Its fields come from that clause first, then from the other
figures of the sentence, then from what the reader carries from earlier sentences.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span, Token

from . import breakdown
from .components import text_of
from .discourse import Attribution, Discourse, Place, agent_of, dating_clause, expand_plural, in_a_dating_clause
from .lexicon import (USUAL_DAY_WORDS, AUTHORITY_NOUNS, BOUND_VERBS, CROSSING_POINT_NOUNS, CARRIER_VERBS, DURATION_UNITS, VEHICLE_NOUNS, DENIAL_VERBS, DEPLOYING_VERBS, EVENT_NOUNS,
                      FORCE_NOUNS, JOURNEY_NOUNS, MISSION_NOUNS, REPORT_NOUNS,
                      STOCK_VERBS, INTENT_NOUNS, IRREALIS_HEADS, WAITING_HEADS, LEVEL_VERBS, MODAL_WORDS, MOVE_NOUNS,
                      MOVE_VERBS, NON_PEOPLE_NOUNS, PEOPLE_NOUNS, PHRASAL_MOVES, PLACE_NOUNS, RECEIVING_PHRASALS, REGION_WORDS, RATE_ADVERBS, RECORDING_VERBS,
                      REFUSAL_WORDS, REPORTING_VERBS, SMALL_NUMBERS, SOURCE_NOUNS, SPEECH_VERBS, TOTAL_NOUNS, TRANSPARENT_VERBS, infinitive,
                      noun_lemma)
from .models import Evidence, Movement
from .numbers import NumberMention
from .places import country_of, neighbours, place_country, region_country
from .temporal import TimeMention, date_words, days_spanned, governing_verb, part_of_day, period, years_later


@dataclass(frozen=True)
class Trigger:
    token: Token
    direction: str


# Nouns that stand for a figure already introduced ("the daily figure had been above 8,000").
_FIGURE_NOUNS = {"figure", "number", "total", "count", "tally", "toll", "flow", "influx", "rate"}
_COUNTING_VERBS = {"count", "record", "register", "log", "tally", "put", "clock", "report"}


def _continues_count(verb: Token, number: Token) -> bool:
    """A clause that restates the figure of the movement just discussed, without naming it."""
    lemma = verb.lemma_.lower()
    nouns = {c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    if "toll" in nouns or any(c.lemma_.lower() in ("death", "casualty") for c in verb.subtree if c.dep_ == "compound"):
        return False  # "put the confirmed death toll at 242": the dead, not the people who moved
    if nouns & _FIGURE_NOUNS and lemma in LEVEL_VERBS | _COUNTING_VERBS | {"be", "fall", "drop", "compare"}:
        return True
    # "Iraqis account for about 2,800 of them", "Around 30,000 of them are children"
    if _partitive(number) and lemma in ("account", "be", "include", "make", "comprise"):
        return True
    # "Of those, 12,700 were carried on military flights": whatever the clause says of the part
    if _opens_on_part(verb.sent) and number.dep_ in ("nsubj", "nsubjpass"):
        return True
    # "That was down from 9,642 between September 28 and 29.", "That compared with 10,000 a day"
    if lemma in ("be", "compare") and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in verb.children):
        return True
    return lemma in _COUNTING_VERBS and number.dep_ in ("dobj", "pobj") and any(
        c.dep_ == "nsubj" and (c.pos_ == "PRON" or noun_lemma(c) in AUTHORITY_NOUNS) for c in verb.children)


def _is_people(token: Token, value: Optional[int] = None) -> bool:
    lemma = token.lemma_.lower()
    if lemma in NON_PEOPLE_NOUNS:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in NON_PEOPLE_NOUNS | {"remains"}:
        return False  # "the bodies of more than 1,700 Syrians"
    if lemma == "crossing" and (value is None or value < 100):
        return False  # "the eight road crossings": crossing points, not people crossing
    compound = " ".join(t.text for t in token.lefts if t.dep_ == "compound")
    if token.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in PEOPLE_NOUNS:
        return True  # "Yazidis", "Rohingyas": the tagger leaves a people's plural unlemmatised
    named = (token.pos_ == "PROPN" and token.tag_ in ("NNP", "NNPS")) \
        or (token.tag_ == "NNS" and token.text[:1].isupper() and not token.is_sent_start)  # "Quebecers", a common noun
    if named and token.ent_type_ in ("PERSON", "NORP", "") \
            and token.dep_ == "nsubj" and token.head.lemma_.lower() in MOVE_VERBS \
            and not any(c.dep_ == "compound" for c in token.children):
        # "About 46,000 Ingush have fled", "100,000 Quebecers have left their homes": a people the tables do not
        # know, by what they did
        return True
    if lemma.endswith(("worker", "workers", "hand", "hands")) and lemma.isalpha() and len(lemma) > 6:
        return True  # "mineworkers", "farmworkers", "farmhands": workers, told in one word
    if token.pos_ in ("PROPN", "NOUN") and (country_of(token.text) or ("", ""))[1] == "adjective" \
            and any(c.dep_ == "nummod" for c in token.children):
        return True  # "About 150,000 Burkinabe were newly displaced": a people's word that is also its adjective
    return lemma in PEOPLE_NOUNS or lemma in MOVE_NOUNS or token.ent_type_ == "NORP" \
        or (country_of(token.text) or ("", ""))[1] == "people" \
        or (bool(compound) and (country_of(f"{compound} {token.text}") or ("", ""))[1] == "people")  # "Sri Lankans"


def _counts_things(token: Token) -> bool:
    """'three countries', '4,000 cars', '10 of the city's neighbourhoods': a figure of something other
    than people ("a record 287" is no thing)."""
    digits = re.sub(r"[^\d]", "", token.text)
    value = int(digits) if digits and token.text[:1].isdigit() else None  # "55,436 crossings" are people crossing
    if token.dep_ in ("nummod", "quantmod", "amod", "compound") and token.head.pos_ in ("NOUN", "PROPN") \
            and not _is_people(token.head, value) and not _time_after(token) and not _before_its_total(token) \
            and not (token.head.i < token.i
                     and token.head.lemma_.lower() in _FIGURE_NOUNS | {"record", "peak", "high", "low"}):
        return True
    whole = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), None)
    return whole is not None and whole.pos_ == "NOUN" and not _is_people(whole) and whole.lemma_.lower() not in _FIGURE_NOUNS


def _governor(token: Token) -> Token:
    """The first verb above the token, transparent or not ("That compares with 540")."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token.sent.root)


_SINCE_IN = re.compile(r"\b(?:since|so far|this year|to date|in total|altogether)\b", re.IGNORECASE)


def _compared(token: Token) -> bool:
    """"down from 6,170", "compared with 161", "against 5,300": a figure set beside another."""
    doc = token.doc
    before = " ".join(t.lower_ for t in doc[max(token.i - 3, 0):token.i])
    return bool(re.search(r"\b(?:from|with|(?:(?<=compared )|(?<=comparison )|(?<=contrast )|(?<=relative ))to|against|(?<!\bmore )(?<!\bfewer )(?<!\bless )than|versus|vs\.?)"
                          r"(?: (?:about|some|around|nearly|almost|roughly|just|only|a|the|record))*$", before))


def _before_something(token: Token, time: Optional[TimeMention]) -> bool:
    """A rate said of the time before some change: "400 a day before the outbreak", "before April"."""
    if time is not None and time.relation == "before":
        return True
    after = token.doc[token.i + 1:min(token.i + 7, len(token.doc))]
    return any(t.lower_ == "before" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("the", "a", "an", "its")
               for t in after)


# "about 600 on a normal day", "as many as 6,000 a day at the height of the crisis": what was usual
_USUAL_TIMES = re.compile(rf"\b(?:on\s+an?\s+{USUAL_DAY_WORDS}\s+(?:[A-Z][a-z]+\s+)?"
                          r"(?:day|weekday|weekend|week|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                          r"|at\s+the\s+height\s+of|used\s+to"
                          r"|average\s+of\s+[^.;]{0,20}\bbefore\s+the)\b", re.IGNORECASE)
_NOW = {"now", "currently", "still"}
# What may stand between a usual time that opens a clause and its figure: "On a normal day, about 600 ..."
_CLAUSE_OPENER_GAP = re.compile(r"[\s,]*(?:(?:about|some|around|roughly|nearly|almost|only|just|up to|as many as"
                                r"|more than)\s+)?")
# "the highest daily number so far this year", "the largest single-day total since 2015"
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:highest|largest|biggest|lowest|busiest|most)\b[\w\s-]{0,40}$", re.IGNORECASE)


def _undated_rate(number: NumberMention, per: Optional[str], time: Optional[TimeMention], verb: Optional[Token],
                  sent: Span) -> bool:
    """A rate the text gives no day of its own: "..., and said about 5,000 people a day are still leaving",
    "compared to about 600 on a normal day" (GUIDELINES: a present-tense or habitual rate has both dates null)."""
    doc = sent.doc
    around = text_of(doc)[max(number.start_char - 40, sent.start_char):min(number.end_char + 60, sent.end_char)]
    usual = _USUAL_TIMES.search(around)
    # the figure's own: after it with no other figure between (not "fell to about 40,000 that day, against some
    # 95,000 on a typical weekday"), or opening its clause ("On a normal day, 600 people cross"; not "about twice as
    # many as on a normal weekend, and another 1,100 on Monday morning")
    offset = max(number.start_char - 40, sent.start_char)
    start, end = number.start_char - offset, number.end_char - offset
    if usual and (usual.start() >= end and not re.search(r"\d", around[end:usual.start()])
                  or usual.end() <= start and _CLAUSE_OPENER_GAP.fullmatch(around[usual.end():start])
                  # ("a daily average of about 5,900 before the mobilisation order": around it)
                  or usual.start() <= start and usual.end() >= end):
        return True
    if per is None or verb is None:
        return False
    owner = governing_verb(doc, time) if time is not None else None
    if owner is not None and owner.i == verb.i:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _NOW for c in verb.children):
        return True  # "are now running at roughly 500 each week", after what peaked in August
    if time is None or owner is None:
        return False
    if owner.tag_ in ("VBP", "VBZ") and part_of_day(time):
        return True  # "About 7,000 cross each working day ..., and many now leave home before dawn": a habit
    # a date before the figure dates it only in the figure's own clause ("Since Monday, about 3,000 a day have
    # crossed"), not in one joined to it ("612 crossed on Monday, and that around 700 a day had entered")
    return time.start_char < number.start_char and not _clause_holds(owner, verb) and verb not in owner.ancestors


def _clause_holds(owner: Token, verb: Token) -> bool:
    """The owner is the verb or a verb it hangs under, not across an "and"."""
    current = verb
    while current.i != owner.i:
        if current.dep_ == "conj" or current.head.i == current.i:
            return False
        current = current.head
    return True


def _follows_other_figure(number: NumberMention, numbers: list[NumberMention], counts: list[NumberMention], doc) -> bool:
    """"recorded 501 attempts to cross on Wednesday, compared with 161 the day before": the figure
    before it in the sentence counts something else, and this one continues that."""
    before = [n for n in numbers if n.end <= number.start and n.kind == "count" and not _how_or_where_they_came(doc[n.end - 1])]
    return bool(before) and before[-1] not in counts


def _how_or_where_they_came(token: Token) -> bool:
    """"612 people made the crossing in 11 boats on Friday, compared with 141 on Thursday",
    "3,400 people arrived at the two camps in Yola, against about 2,000 on Saturday": the boats and
    places a movement names say how or where the people came; the figure compared is still people."""
    noun = token.head if token.dep_ == "nummod" else None
    while noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "on the two morning trains", where "two" hangs on "morning"
    if noun is None or _is_people(noun):
        return False
    if noun.lemma_.lower() in PLACE_NOUNS | _LOCALITIES | _SAFE_PLACES | CROSSING_POINT_NOUNS:
        return True  # "reached the three camps"
    first = _list_chain(noun)[-1]  # "came off the inter-island ferry and two BWIA flights": an item of the list
    return first.dep_ == "pobj" and first.head.lower_ != "of"


_DYING_VERBS = {"die", "drown", "perish", "kill", "starve"}


# Local governments, which move people they shelter ("the city has moved some 1,500 people to the stadium").
_LOCAL_BODIES = {"city", "municipality", "council", "province", "prefecture", "county"}


def _transfer(verb: Token) -> bool:
    """An authority moving people it holds from one place to another inside the country: a transfer; so is
    anyone moving people already sheltered or held ("health workers moved the 37 patients from the centre to the
    ELWA unit", "1,450 of the newcomers had been taken by bus to a tent camp")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ("move", "transfer", "bus", "shift", "take"):
        return False
    moved = any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ == "nsubjpass" for c in verb.children)
    if _evacuated(verb):
        return False
    if moved and _moves_the_held(verb) and not _prepositions(verb) & {"across", "over", "out", "back", "home"} \
            and (lemma != "take" or _by_vehicle(verb)):
        return True
    if lemma == "take":
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) or agent_of(verb)
    if doer is None and verb.dep_ == "xcomp":
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "UNHCR began moving 1,500 refugees"
    return moved and doer is not None and (noun_lemma(doer) in AUTHORITY_NOUNS | _LOCAL_BODIES or doer.ent_type_ == "ORG"
                                 or (doer.pos_ == "PRON" and doer.lower_ in ("it", "they"))
                                 # "UNHCR trucks moved the first 600 refugees to a new camp": the agency's vehicles
                                 or (doer.lemma_.lower() in VEHICLE_NOUNS and any(
                                     c.dep_ == "compound" and (c.ent_type_ == "ORG" or noun_lemma(c) in AUTHORITY_NOUNS)
                                     for c in doer.children)))


# What makes a place one people are moved out of before a storm or a flood: "low-lying areas".
_EXPOSED = {"low-lying", "coastal", "riverside", "exposed", "vulnerable", "flood-prone", "at-risk"}
# People who live where they are moved from: residents moved are evacuated, not transferred.
_DWELLERS = {"resident", "villager", "inhabitant", "family", "household", "islander", "dweller", "townspeople"}
# People an authority holds or shelters, whom it transfers.
_HELD_PEOPLE = {"refugee", "migrant", "detainee", "prisoner", "asylum", "seeker", "deportee", "evacuee", "patient",
                "newcomer"}


def _moves_the_held(verb: Token) -> bool:
    """Whether the people a verb moves are people already sheltered or held ("the 37 patients", "1,450 of the
    newcomers", "about 4,000 refugees")."""
    for person in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        whole = next((g for c in person.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), None)  # "1,450 of the newcomers"
        if noun_lemma(whole if whole is not None and person.like_num else person) in _HELD_PEOPLE:
            return True
    return False


def _by_vehicle(verb: Token) -> bool:
    """"taken by bus to a tent camp": moved in the authority's vehicles."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(g.lemma_.lower() in VEHICLE_NOUNS for g in c.children)
               for c in verb.children)


def _evacuated(verb: Token) -> bool:
    """"Police and soldiers moved about 900 residents of Rocky Point to higher ground", "officials moved about
    13,000 people out of Srikakulam district": people taken from where they live, out of danger."""
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(noun_lemma(p) in _DWELLERS for p in people):
        return True
    if any(c.lower_ == "inland" and c.dep_ == "advmod" for c in verb.children):
        return True  # "hospital patients ... were moved inland from the Charleston area": out of the storm's way
    if any(noun_lemma(p) in _HELD_PEOPLE for p in people):
        return False  # "the U.N. refugee agency moved about 7,000 refugees to higher ground": those it shelters
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.dep_ == "pobj" and noun_lemma(g) in _LOCALITIES - {"camp"}
            and any(word in _EXPOSED for word in g.doc[g.left_edge.i:g.i].text.lower().split()) for g in c.children)
           for c in [*verb.children, *(c for p in people for c in p.children)]):
        return True  # "West Bengal has moved more than 500,000 people from low-lying areas": out of harm's way
    return any((c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod"))
               or (c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                   g.lemma_.lower() in ("ground", "safety", "shelter") for g in c.children))
               for c in verb.children)


def _population(token: Token) -> bool:
    """"a city of 28,000", "a coral island of some 10,000 people", "home to about 30,000 people": the
    people who live in a place, named with it."""
    if token.dep_ != "pobj":
        return False
    holder = token.head.head
    if token.head.lower_ == "of":
        return holder.lemma_.lower() in PLACE_NOUNS | {"nation", "territory", "enclave", "archipelago", "community", "population"}
    return token.head.lower_ == "to" and holder.lower_ == "home" and holder.dep_ in ("attr", "appos", "advmod", "ROOT")


def _ordered_to_move(token: Token) -> bool:
    """"ordered 6,000 residents to leave on Monday", "ordered the 430 residents of three districts to leave their
    homes": those an order names, not a count of people who went."""
    verb = token.head
    if token.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "give" and any(
            t.lemma_.lower() in ("leave", "go") and t.tag_ == "VB" for t in verb.subtree):
        return True  # "had given the roughly 900 Namibians still at the camp until Thursday to leave"
    # ("to take down their homes and leave within 48 hours": the leaving is the second of the things told)
    told = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i
                 and {v.lemma_.lower() for v in (c, *c.conjuncts)} & {"leave", "evacuate", "move", "go", "flee"}), None)
    if token.dep_ != "dobj" or verb.lemma_.lower() not in ("order", "tell", "instruct", "direct", "urge") or told is None:
        return False
    # (but "ordered some 250 residents to leave their homes, and they were moved to the parish hall": they went)
    return not any(c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "they" for g in c.children)
                   for c in verb.children)


def _turned_away(token: Token) -> bool:
    """"turned back 44 Cubans who arrived without visas": people kept out are no movement (GUIDELINES), whatever
    the clause about them says."""
    verb = token.head
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    return token.dep_ == "dobj" and (verb.lemma_.lower() in ("turn", "push") and particles & {"back", "away"}
                                     or verb.lemma_.lower() in ("refuse", "deny"))


def _capacity(token: Token) -> bool:
    """"room for 5,000 people", "a camp built for 1,000 people", "capacity of 2,000", "each helicopter
    carries up to 20 passengers"."""
    verb = token.head
    if token.dep_ == "dobj" and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in ("carry", "hold", "seat", "take") \
            and (any(c.dep_ == "nsubj" and c.lemma_.lower() in VEHICLE_NOUNS for c in verb.children)
                 or (verb.dep_ in ("relcl", "acl") and noun_lemma(verb.head) in VEHICLE_NOUNS)):
        return True  # what a vehicle can carry, told in the present of every trip ("on ships that each carry up to 2,000")
    if token.dep_ == "dobj" and verb.tag_ == "VBG" and verb.lemma_.lower() in ("carry", "hold", "seat") \
            and verb.dep_ == "acl" and verb.head.lower_ == "each":
        return True  # "The 60 buses, each carrying up to 50 people, reached Huehuetenango": a load per bus
    if token.dep_ != "pobj" or token.head.lower_ not in ("for", "of"):
        return False
    holder = token.head.head
    return holder.lemma_.lower() in ("room", "space", "capacity", "place", "bed") \
        or (holder.lemma_.lower() in ("build", "design", "equip", "plan", "mean") and holder.tag_ == "VBN")


def _habitual(number: NumberMention, doc) -> bool:
    """"compared with a usual 300 to 400 a day": what is normal, not what happened."""
    return any(t.lower_ in _HABITUAL for t in doc[max(number.start - 2, 0):number.start])


_HABITUAL = {"usual", "normal", "typical", "customary", "ordinary"}


def _predicate(token: Token) -> Optional[Token]:
    """The verb whose clause a figure belongs to, seen through prepositions, 'compared to', and the
    vehicles that carry people ("112 boats carrying 5,112 people reached the island")."""
    current = token
    for _ in range(12):
        head = current.head
        if current.pos_ in ("ADJ", "ADV") or current.dep_ == "advmod":
            # "Upwards of 4,000 people crossed ...": the parser took the fronted quantifier for the
            # head of the clause and hung the clause's verb under it (and, capitalised, for a name)
            hung = next((c for c in current.children
                         if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > token.i), None)
            if hung is not None:
                return hung
        if head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        if head.pos_ == "ADP" and current.dep_ == "pobj" and head.is_sent_start:
            # "Between 11,000 and 15,000 Rohingya crossed ...": the parser hung the subject and its verb
            # side by side under "Between"; the verb is the figure's
            verb = next((c for c in head.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
            if verb is not None:
                return verb
        # ("71 international flights left carrying about 10,400 passengers": the flights' own verb)
        carrier = head.lemma_.lower() in CARRIER_VERBS and (head.dep_ == "acl" or (
            head.dep_ == "advcl" and head.tag_ == "VBG"
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in VEHICLE_NOUNS for c in head.head.children)))
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in TRANSPARENT_VERBS and not carrier:
            if head.dep_ == "aux" and head.lemma_.lower() == "have" and head.head.pos_ == "VERB" and head.head.i > head.i:
                # (not "9,600 were Syrians fleeing the war", which the parser may read as "were fleeing")
                return head.head  # "about 120 Romanians had swum the Danube": the parser hung them on the auxiliary
            return head
        current = head
    return None


# What people are put on to be sent away: "put on a commercial flight to Brisbane".
_CONVEYANCES = {"flight", "plane", "aircraft", "airliner", "jet", "charter", "ferry", "boat", "ship", "bus", "coach", "train",
                "truck", "lorry", "dhow", "vessel", "freighter", "van"}


def _conveyances(verb: Token) -> list[Token]:
    """"put aboard a chartered ferry", "put on a commercial flight": what the verb put people on."""
    def carried_on(preps: list[Token]) -> list[Token]:
        return [g for c in preps if c.dep_ == "prep" and c.lower_ in ("on", "aboard", "onto")
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _CONVEYANCES]

    own = carried_on(list(verb.children))
    if own or verb.lemma_.lower() != "put":
        return own
    # "put 34 asylum seekers whose claims had been turned down on flights back to Istanbul": the parser hung the
    # conveyance on the people's own clause (or on a participle it took for the verb's: "put 112 migrants facing
    # deportation on a charter flight")
    clauses = [clause for o in verb.children if o.dep_ == "dobj"
               for clause in o.children if clause.dep_ in ("relcl", "acl")] \
        + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i]
    return carried_on([c for clause in clauses for c in clause.subtree])


def _on_route(verb: Token, places: list[Place], preps: tuple[str, ...]) -> list[Place]:
    """The places a route names on what carried people: "aboard a chartered ferry from Zeebrugge to Dover"
    (the parser may hang "to Dover" on "from")."""
    doc = verb.doc
    return [p for c in _conveyances(verb) for p in places if c.i < p.start <= c.right_edge.i
            and doc[p.start].dep_ == "pobj" and doc[p.start].head.lower_ in preps and p.role in ("name", "city")]


def _own_people_carried(verb: Token) -> bool:
    """"Guinea's government flew 263 of its citizens from Niamey to Conakry": a state bringing its own home."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    home = {found[0] for t in subject.subtree if (found := country_of(t.text))} if subject is not None else set()
    carried = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    return any(t.lower_ in ("its", "their") for t in carried) or any(
        (found := country_of(t.text)) is not None and found[1] in ("people", "adjective") and found[0] in home
        for t in carried)


def _foreigners_sent(verb: Token) -> bool:
    """"Ghana flew 16 Liberian refugees back": people of another nation than the state that sends them."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    home = country_of(subject.text) if subject is not None else None
    peoples = _peoples_carried(verb)
    return home is not None and bool(peoples) and home[0] not in peoples


def _peoples_carried(verb: Token) -> set[str]:
    """The nations of the people the verb carries: "16 Liberian refugees", "212 Vietnamese citizens"."""
    return {found[0] for c in verb.children if c.dep_ == "dobj" for t in c.subtree
            if (found := country_of(t.text)) is not None and found[1] in ("people", "adjective")}


def _authority_country(verb: Token) -> set[str]:
    """The country of the state or officers (named by country, adjective or town) that are the verb's subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return set()
    if (found := country_of(subject.text)) is not None and found[1] == "name":
        return {found[0]}
    if noun_lemma(subject) in AUTHORITY_NOUNS:
        codes = {c for t in subject.subtree if t.i != subject.i for c in [_token_country(t)] if c}
        return codes if len(codes) == 1 else set()
    return set()


def _authority_sends_foreigners(verb: Token) -> bool:
    """A state or its officers (named by country, adjective or town) carry people of another nation."""
    home = _authority_country(verb)
    peoples = _peoples_carried(verb)
    return bool(home) and bool(peoples) and not home & peoples


def _token_country(token: Token) -> Optional[str]:
    """The country a word of a body's phrase names: "Italian police", "police in Siracusa"."""
    if (found := country_of(token.text)) is not None and found[1] in ("name", "adjective"):
        return found[0]
    return place_country(token.text) if token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC") else None


# A run of a vehicle that carries people: "A second trip on Sunday brought 85 from San Salvador". (Not all of
# JOURNEY_NOUNS: "Thursday's crossings bring to 120,000 the number" are people crossing, and a trek is made on foot.)
_RUNS = {"trip", "voyage", "sailing", "rotation", "shuttle", "airlift"}


def _a_vehicle(token: Token) -> bool:
    """A vehicle or a run of one, also named: "the flight", "the mail boat Lady Rosalind", "a second trip"."""
    return token.lemma_.lower() in VEHICLE_NOUNS | _RUNS or (token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in VEHICLE_NOUNS for c in token.children))


def _state_subject(verb: Token) -> bool:
    """"Italy flew ...", "The government ferried ...": a state does it, not an airline or a charity."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and ((found := country_of(subject.text)) is not None and found[1] == "name"
                                    or noun_lemma(subject) in ("government", "authority"))


def _verb_trigger(verb: Token) -> Optional[Trigger]:
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBZ" and lemma in MOVE_NOUNS and lemma not in MOVE_VERBS and verb.lower_.endswith("s"):
        return Trigger(verb, MOVE_NOUNS[lemma])  # "a count for the crossings: 4,480 returnees on Tuesday", read as a verb
    # "flew 21,600 people out of Kabul": the parser makes that "out" a preposition
    # (not the "up" of a comparison: "flew to Managua in October, up from about 4,100 in August")
    particles = {c.lower_ for c in verb.children if (c.dep_ in ("prt", "advmod") and not _compares(c))
                 or (c.dep_ == "prep" and c.lower_ == "out")
                 # "about 3,100 people have flown in": a preposition with no object is the verb's particle
                 or (c.dep_ == "prep" and c.lower_ in _STRANDED_PARTICLES and c.n_lefts + c.n_rights == 0)
                 # "troops let in 146 Afghans", "Sweden flew in 320 refugees": the parser takes the particle for a
                 # preposition
                 or (lemma == "let" and c.dep_ == "prep" and c.lower_ in ("in", "through"))
                 or (lemma in ("fly", "bring") and c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1
                     and any(g.dep_ == "pobj" and _is_people(g) and noun_lemma(g) not in FORCE_NOUNS
                             for g in c.children))} \
        | {g.lower_ for c in verb.children if c.dep_ == "dobj" for g in c.children  # "flew 1,047 people home"
           if g.dep_ == "advmod" and g.lower_ in ("home", "back")} \
        | _particle_after_the_object(verb) \
        | {g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children  # "sent 90 miners back across the border"
           if g.dep_ == "advmod" and g.lower_ in ("back", "home") and g.i < c.i}
    if lemma == "leave" and "behind" in particles | {c.lower_ for c in verb.children}:
        return None  # "I left my wife and three children behind": those left stayed
    if lemma in ("escape", "flee", "break") and any(
            noun_lemma(g) in _PRISONS for c in verb.children if c.dep_ == "dobj" or c.lower_ in ("from", "out")
            for g in c.subtree):
        return None  # "293 inmates escaped from the women's prison": a jailbreak, no journey (not "fled to the prison")
    if lemma == "hand" and (handed := [c for c in verb.children if c.dep_ == "dobj"]) \
            and not any(_is_people(c) or _of_people(c) or c.like_num for c in handed):
        return None  # "12,000 Contra fighters are to hand in their weapons": what they hand over is no one
    if lemma == "set" and (verb.dep_ == "relcl" or (verb.dep_ == "acl" and not _counted(verb.head))
                           or any(c.dep_ == "dobj" or (c.dep_ == "nsubj" and not (_is_people(c) or c.like_num))
                                  for c in verb.children)):
        # "set off the crisis", "after the army's column set out from Anefis"; "a boat that had set off from
        # Tripoli reached Cape Greco", "six Egyptians who set out from Libya": where they came from, told of
        # people whose movement is another verb's (but "another 700 set off on Monday", "900 migrants set
        # off", which the parser hangs on the figure as a participle, are the figure's own)
        return None
    # (not "climbed into lorries": boarding, which _vehicle_leaving reads; nor "the floods had driven 65,400 people
    # from their homes across the state", where "drive" has people for its object)
    boarding = (lemma in _BOARDING_VERBS and any(
        c.dep_ == "prep" and any(noun_lemma(g) in VEHICLE_NOUNS for g in c.children) for c in verb.children)) \
        or (lemma == "drive" and any(c.dep_ == "dobj" for c in verb.children))
    phrasal = None if boarding else next((PHRASAL_MOVES[(lemma, word)] for word in particles | _prepositions(verb)
                                          if (lemma, word) in PHRASAL_MOVES), None)
    if phrasal:
        return Trigger(verb, phrasal)
    received = next((RECEIVING_PHRASALS[(lemma, word)] for word in particles
                     if (lemma, word) in RECEIVING_PHRASALS), None)
    if received and _receiver_subject(verb):
        return Trigger(verb, received)
    if lemma in _CARRIED_OUT_VERBS | {"pluck", "winch"} and _carried_off_a_stranding(verb):
        return Trigger(verb, "internal")  # "helicopters lifted 1,350 people off rooftops and hillsides"
    if lemma in ("bring", "carry") and "out" not in particles \
            and any(c.dep_ == "nsubj" and _a_vehicle(c) for c in verb.children):
        # "A second flight, from Vladivostok, brought 70 more on Friday", "The mail boat Lady Rosalind carried up to
        # 140 more from Inagua", "A second trip on Sunday brought 85 from San Salvador"
        return Trigger(verb, "entry")
    if lemma == "bring" and "from" in _prepositions(verb) and not particles & {"out"} \
            and any(c.dep_ == "dobj" and (_is_people(c) or _of_people(c)) for c in verb.children):
        return Trigger(verb, "entry")  # "Stena Line has brought up to 2,400 passengers a day from Kiel"
    if lemma in ("bring", "pick", "fly", "carry") and particles & {"ashore", "up", "in"}:
        return Trigger(verb, "entry")  # "brought ashore", "picked up off Lesbos"
    if lemma in _CARRIED_OUT_VERBS and _carried_out_of_a_locality(verb):
        return Trigger(verb, "internal")  # "helicopters flew about 1,800 people out of the Saas valley"
    if lemma in ("fly", "bring", "carry", "take", "lift") and particles & {"out"}:
        return Trigger(verb, "exit")  # "flew 21,600 people out of Kabul", "helicopters lifted 412 more people out"
    vehicle_leaving = _vehicle_leaving(verb) if lemma in _BOARDING_VERBS else None
    if vehicle_leaving is not None:
        return _verb_trigger(vehicle_leaving)  # "Some 8,000 crowded onto boats leaving Kutubdia for Cox's Bazar"
    if lemma in ("take", "move", "relocate", "evacuate", "bring") and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.lemma_.lower() in _SAFE_PLACES for g in c.children)
            for c in verb.children):
        return Trigger(verb, "internal")  # "had been taken to safer areas", "moved to higher ground"
    if lemma in ("flee", "head") and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                g.lemma_.lower() in _SHELTERS and not any(t.ent_type_ == "GPE" for t in g.subtree) for g in c.children)
            for c in verb.children):
        # "Some 8,500 people fled to evacuation centres as the storm approached" (not "fled to camps in Chad":
        # a camp across a border is a crossing)
        return Trigger(verb, "internal")
    if lemma in ("ferry", "transport", "fly", "ship", "bus") and _prepositions(verb) & {"to"} and _state_subject(verb) \
            and not _own_people_carried(verb) \
            and any(c.dep_ == "dobj" and (_is_people(c) or _of_people(c)) for c in verb.children):
        return Trigger(verb, "exit")  # "Italy flew another 300 migrants from Lampedusa to Libya": a state sends them out
    if lemma in ("bring", "ferry", "transport", "carry", "fly") and _prepositions(verb) & {"to", "into"} \
            and any(c.dep_ == "dobj" and (_is_people(c) or _of_people(c)) for c in verb.children):
        return Trigger(verb, "entry")  # "buses are bringing 3,000 people a day to Wad Madani"
    if lemma in ("bring", "ferry", "transport", "fly", "airlift") and _prepositions(verb) & {"to", "into"} \
            and any(c.dep_ == "auxpass" for c in verb.children) \
            and any(c.dep_ == "nsubjpass" and (_is_people(c) or _of_people(c)) for c in verb.children):
        return Trigger(verb, "entry")  # "Six refugees were flown from Nauru to Brisbane on Monday"
    if lemma == "fly" and "into" in _prepositions(verb) and not particles & {"out", "back", "home"} \
            and not _opens_on_part(verb.sent) \
            and not any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(noun_lemma(g) in _CARE_PLACES | _SAFE_PLACES
                                                                     for g in c.children) for c in verb.children):
        # (not "Eleven of them were flown into hospitals in Perth": carried to care inside the country; and "flown
        # to" a town is most often told by the side that sends people there)
        return Trigger(verb, "entry")  # "1,900 people flew into Khujand from Russia last week", "212 were flown into
        # Homestead": they land where they flew to
    if lemma == "fly" and "to" in _prepositions(verb) and not particles & {"out", "back", "home"} \
            and not any(c.dep_ in ("dobj", "auxpass") for c in verb.children) and not _opens_on_part(verb.sent):
        return Trigger(verb, "exit")  # "some 730 Nepali workers flew to Doha on Sunday": counted where they left
    if lemma in _CATCHING_VERBS | {"take"} and _border_agents_catching(verb):
        return Trigger(verb, "entry")  # "Agents in the Tucson sector arrested about 15,600 migrants last week"
    if (entering := _held_for_entering(verb)) is not None:
        return Trigger(entering, "entry")  # "55,000 people were arrested for entering Greece illegally": where they got in
    if lemma in ("find", "detect", "discover") and _found_hidden_on_arrival(verb):
        return Trigger(verb, "entry")  # "officers found 143 people hidden in lorries that rolled off ferries from Calais"
    if lemma == "remove" and _removes_people(verb):
        return Trigger(verb, "exit")  # "France removed close to 10,000 Romanians last year": a removal (GUIDELINES)
    if lemma in ("escort", "send") and not particles & {"home", "back"} and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(
                (noun_lemma(g) in CROSSING_POINT_NOUNS | {"border", "frontier"} or g.lower_ == "crossing") for g in c.children)
            for c in verb.children):
        # "the army escorted 244 Haitians to the Jimani crossing", "4,000 Afghans had been detained and sent to the
        # border": put out
        return Trigger(verb, "exit")
    if lemma == "send" and particles & {"back"} and not particles & {"home"}:
        return Trigger(verb, "exit")  # "Mexico sent back 1,876 Guatemalans": a deportation (GUIDELINES)
    if lemma in ("fly", "ship", "ferry", "take") and "back" in particles and _state_subject(verb) \
            and _foreigners_sent(verb):
        return Trigger(verb, "exit")  # "Ghana flew 16 Liberian refugees back to Monrovia": a removal
    if lemma in ("fly", "ship", "ferry") and particles & {"back", "home"} and _authority_sends_foreigners(verb):
        # "Russia flew 212 Vietnamese citizens home", "Police in Siracusa flew 71 Egyptian men back to Cairo": a
        # removal, counted by the side that sends them (GUIDELINES)
        return Trigger(verb, "exit")
    if lemma in ("bring", "fly", "take", "escort", "ship", "airlift") and particles & {"home", "back"}:
        return Trigger(verb, "entry")  # "brought home 8,200 Egyptians", "escorted about 3,500 Ugandans home"
    if lemma == "put" and _conveyances(verb) and any(c.dep_ in ("dobj", "nsubjpass") and (_is_people(c) or _of_people(c)) for c in verb.children):
        return Trigger(verb, "exit")  # "211 fans were put aboard a chartered ferry to Dover": sent out
    if lemma == "send" and particles & {"home"} and (any(c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ == "dobj" and (_is_people(c) or _of_people(c)) for c in verb.children)):
        # "410 Cubans had been sent home from Mexico": a removal, as "sent back" is (not "send home $400 million")
        return Trigger(verb, "exit")
    if lemma == "leave" and any((c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in _LEFT_IN_A_STATE)
                                or (c.dep_ == "pobj" and c.head.lower_ == "in" and c.lower_ in ("need", "limbo", "danger"))
                                or (c.dep_ == "pobj" and c.head.lower_ == "of" and c.lower_ in ("class", "school", "work"))
                                for c in verb.subtree):
        return None  # "protests that left more than 300 people dead", "left 9 million in need of aid"
    if lemma == "evacuate" and _foreigners_leaving(verb, _towns_left(verb)):
        return Trigger(verb, "exit")  # "2,000 foreigners were evacuated from Asmara": out of its country
    if lemma in ("flee", "leave", "abandon", "escape") and _left_a_locality(verb):
        return Trigger(verb, "internal")  # "left the 10 provinces hit by the earthquakes", "left border villages"
    if lemma in ("flee", "leave", "abandon") and any(c.dep_ == "dobj" and c.lemma_.lower() in _DWELLINGS for c in verb.children):
        return Trigger(verb, "internal")  # "fled their homes", "4,200 Eritrean refugees left their huts"
    if lemma in ("drive", "force", "push") and not particles & {"back", "away"} and not _from_their_homes(verb) \
            and _prepositions(verb) & {"into", "across"} and any(c.dep_ == "dobj" and _is_people(c) for c in verb.children):
        return Trigger(verb, "entry")  # "drove about 3,000 people across the river into Mae Sot"
    if lemma == "evacuate" and (_prepositions(verb) | _object_prepositions(verb)) & {"from", "to", "out"} \
            and _crosses_border(verb):
        return Trigger(verb, "exit")  # "evacuated from Sudan by ship to Saudi Arabia"
    if lemma in ("force", "drive", "chase", "push", "uproot") and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in _HOMES for g in c.children)
            for c in [*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children)]):
        return Trigger(verb, "internal")  # "forced from their homes", "driven from their villages"
    if lemma in ("force", "drive", "chase", "push") and "out" in particles | _prepositions(verb) and any(
            g.dep_ == "pobj" and noun_lemma(g) in _HOMES | _LOCALITIES for c in verb.subtree if c.lower_ == "of"
            and c.head.lower_ == "out" for g in c.children):
        return Trigger(verb, "internal")  # "were forced out of low-lying neighbourhoods by the swollen Tana River"
    if lemma in ("drive", "move", "head", "go", "flee", "travel", "retreat") \
            and any(c.lower_ == "inland" and c.dep_ in ("advmod", "prt") for c in verb.children):
        return Trigger(verb, "internal")  # "100,000 people drove inland on Thursday and Friday before the storm"
    if lemma == "make" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        # "made it across the border", "made it out"
        for child in verb.children:
            if child.lower_ in ("across", "into", "to", "through", "over", "in"):
                return Trigger(verb, "entry")
            if child.lower_ == "out":
                return Trigger(verb, "exit")
    if lemma == "make" and any(c.dep_ == "dobj" and c.lemma_.lower() in JOURNEY_NOUNS for c in verb.children):
        return Trigger(verb, "entry")  # "1,113 more had made the trip"
    if lemma in ("allow", "permit", "let") and any(c.dep_ == "auxpass" for c in verb.children) \
            and (_prepositions(verb) | particles | _particle_prepositions(verb)) & {"into", "in", "through", "across"}:
        return Trigger(verb, "entry")  # "4,000 Venezuelans were allowed into Chile": admitted, so they entered
    if lemma == "go" and any(c.lower_ in ("missing", "unaccounted") for c in verb.children):
        return None  # "went missing at sea"
    if lemma == "board" and verb.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in VEHICLE_NOUNS for c in verb.children):
        return Trigger(verb, "exit")  # "Fifty-three workers boarded a Malaysia Airlines flight to Kuala Lumpur"
    if lemma in ("make", "force", "push", "fight", "find", "pick", "wend") \
            and any(c.dep_ == "dobj" and c.lemma_.lower() == "way" for c in verb.children):
        # "about 4,000 people forced their way through the Chaman crossing into Pakistan", "had made their own way
        # back across the river"
        return Trigger(verb, "exit" if "out" in particles | _prepositions(verb) else "entry")
    if lemma in ("drive", "force", "chase", "push") and "out" in particles | _prepositions(verb) \
            and any(c.dep_ in ("nsubjpass", "dobj") and _is_people(c) for c in verb.children):
        return Trigger(verb, "exit")  # "750,000 people have been driven out of Kosovo" (their homes are above)
    if lemma in MOVE_VERBS and verb.pos_ == "VERB":
        if lemma in ("seek",) and not any(c.lemma_ in ("refuge", "shelter", "safety") for c in verb.children):
            return None
        return Trigger(verb, MOVE_VERBS[lemma])
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                   and any(t.lower_ == "or" and t.dep_ == "cc" for t in verb.children)
                   and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)), None)
    if joined is not None and (shared := _verb_trigger(joined)) is not None:
        # "6,500 people were flown or trucked out of the two towns", "swam or climbed into Ceuta": one movement
        # told by two verbs, whose place phrase hangs on the last
        return Trigger(joined, shared.direction)
    return None


# Verbs of a journey someone makes or is carried on, which the side it starts from counts.
_JOURNEY_VERBS = {"carry", "fly", "ferry", "transport", "ship", "travel", "go", "sail", "bus"}


def _carried_from_the_counters_side(trigger: Optional[Trigger], places: list[Place], counter: Optional[str],
                                    nationality: list[str]) -> bool:
    """People carried or travelling to a country other than the one that counts them, from its side: their own
    people, or from a place of its own."""
    if trigger is None or counter is None or trigger.token.pos_ != "VERB" \
            or trigger.token.lemma_.lower() not in _JOURNEY_VERBS:
        return False
    verb = trigger.token
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "home") for c in verb.children):
        return False  # "had gone back to Syria": a return, counted where they came home
    reached = {p.code for p in _places_under(verb, places, _TOWARD)}
    left = {p.code for p in _places_under(verb, places, {"from", "out"})} \
        | {p.code for c in verb.children if c.dep_ == "dobj" for p in _places_under(c, places, {"from"})}
    return bool(reached) and counter not in reached and (counter in left or (not left and counter in nationality))


def _compares(word: Token) -> bool:
    """"up from 4,100", "down by a third": an adverb that sets the figure against another."""
    return word.lower_ in ("up", "down") and any(g.dep_ == "prep" and g.lower_ in ("from", "by", "on") for g in word.children)


def _particle_after_the_object(verb: Token) -> set[str]:
    """"flew 112 Haitians who had been held at the detention centre back to Cap-Haitien": the parser hangs the
    verb's "back" at the end of the clause told of the people it carried."""
    if verb.lemma_.lower() not in ("send", "fly", "ship", "ferry", "take", "bring", "escort", "return"):
        return set()
    # (the clause tells what had been before: "who had been held", "who had come through the loophole"; or what
    # they lacked, which takes no "back": "sent 236 Iraqis who lacked residence papers back across the border")
    return {g.lower_ for c in verb.children if c.dep_ == "dobj" for clause in c.children if clause.dep_ == "relcl"
            and (any(a.dep_ == "auxpass" or (a.dep_ == "aux" and a.lower_ == "had") for a in clause.children)
                 or (clause.lemma_.lower() in _HAVING and _across_after(clause)))
            for g in clause.children if g.dep_ == "advmod" and g.lower_ in ("back", "home")}


def _across_after(clause: Token) -> bool:
    """A "back" in the clause followed by where across: "back across the border" (not "back on board")."""
    doc = clause.doc
    return any(g.lower_ == "back" and g.i + 1 < len(doc) and doc[g.i + 1].lower_ in ("across", "over", "to", "into")
               for g in clause.children)


# Verbs of having, which take no "back" of their own.
_HAVING = {"lack", "have", "hold", "carry", "possess", "need"}


def _found_hidden_on_arrival(verb: Token) -> bool:
    """People found hidden in what brought them, told as come in ("hidden in lorries that rolled off ferries from
    Calais", "in lorries after they drove off ferries at Dover", "on ferries arriving from Greece"), not before
    they left ("hidden in lorries bound for Italy") nor on a road inside the country ("in a truck carrying
    plantains")."""
    hidden = [g for c in verb.children if c.dep_ == "dobj" and (_is_people(c) or _of_people(c))
              for g in c.children if g.dep_ == "acl" and g.lemma_.lower() in ("hide", "conceal", "stow")]
    # ("found 11 stowaways in lorries that drove off ferries from Ouistreham": people hidden by their name)
    hidden += [c for c in verb.children if c.dep_ == "dobj" and noun_lemma(c) == "stowaway"]
    told = [t for h in hidden for t in h.subtree] + [t for c in verb.children if c.dep_ == "advcl" for t in c.subtree]
    words = {t.lower_ for t in told}
    if words & {"bound", "heading", "headed", "trying", "waiting"}:
        return False
    return bool(hidden) and (bool(words & {"from", "off"}) or any(t.lemma_.lower() in ("arrive", "land", "dock") for t in told))


_LOCALITIES = {"province", "village", "area", "town", "neighbourhood", "neighborhood", "district", "region", "zone",
               "community", "settlement", "city", "camp", "valley", "pass", "gorge"}


def _left_a_locality(verb: Token) -> bool:
    """"left the 10 Turkish provinces hit by the earthquakes", "fled border villages": a place inside a
    country, with nowhere abroad named as where they went."""
    left = [c for c in verb.children if c.dep_ == "dobj"] \
        + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    left += [c for t in left for c in t.conjuncts]  # "fled Masiaka, Port Loko and nearby villages"
    if not any(t.lemma_.lower() in _LOCALITIES and t.pos_ == "NOUN" for t in left):
        towns = [t for t in left if _a_town(t)]
        if not towns or _foreigners_leaving(verb, towns):
            return False
    if any(c.dep_ == "nsubj" and any(a.lower_ == "international" for a in c.children) for c in verb.children):
        return False  # "71 international flights left Cancun": abroad, wherever they were bound
    # "fled Aleppo for Turkey": the parser may hang the onward phrase on the town left, or on the way they went
    # ("left the city by road for Nepal")
    ways = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "on", "via") for g in c.children
            if g.dep_ == "pobj"]
    return not _country_named_onward([verb, *(c for c in left if _a_town(c)), *ways])


def _country_named_onward(heads: list[Token]) -> bool:
    """Whether a country is named as where people went: "fled Aleppo for Turkey", "flown out of the valley to Italy"."""
    return any(country_of(g.text) and country_of(g.text)[1] == "name" for h in heads for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("to", "into", "for", "across") for g in c.subtree)


_CARRIED_OUT_VERBS = {"fly", "airlift", "ferry", "lift", "evacuate", "carry", "take", "helicopter", "truck", "bus", "pull"}


# Where floods and storms strand people, who are then lifted off: "lifted 1,350 people off rooftops".
_STRANDINGS = {"roof", "rooftop", "hillside", "hilltop", "tree", "treetop", "ledge", "embankment"}
# Verbs of getting onto what carries people away: "crowded onto boats leaving Kutubdia".
_BOARDING_VERBS = {"crowd", "cram", "pack", "pile", "squeeze", "climb", "board"}


def _counted(token: Token) -> bool:
    """"700", "900 migrants": a figure, or what one counts."""
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _removes_people(verb: Token) -> bool:
    """"removed 311 Nigerians", "removed 31 people to the Azores": people a state put out (not "removed
    137 Guatemalans from farm plots inside the forest", moved within the country)."""
    people = any(c.dep_ in ("dobj", "nsubjpass") and (_is_people(c) or _of_people(c)) for c in verb.children)
    from_a_place = any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    return people and not from_a_place


# Land that people are carried off to the mainland ("Char" names the river islands of Bangladesh), and the people
# who, carried off an island, go home rather than inland.
_ISLANDS = {"island", "islet", "atoll", "char"}
# Where people live, which they leave when uprooted.
_DWELLINGS = {"home", "hut", "house", "flat", "apartment", "dwelling", "shelter", "tent"}
# Prepositions the parser leaves without an object when they are a verb's particle ("flown in", "got in").
_STRANDED_PARTICLES = {"in", "back", "over", "across", "through", "off"}
# Places of confinement: escaping one is a jailbreak, no journey ("escaped from a jail in Tirana").
_PRISONS = {"prison", "jail", "gaol", "penitentiary", "cell", "custody", "detention"}
# What a flood or a slide leaves a place: "from cut-off villages".
_CUT_OFF = {"cut-off", "isolated", "flooded", "marooned", "stranded", "submerged"}
_VISITORS = {"tourist", "foreigner", "visitor", "holidaymaker", "national", "citizen", "expatriate", "passenger"}


def _carried_off_a_stranding(verb: Token) -> bool:
    """"lifted 1,350 people off rooftops", "carried more than 6,000 survivors off the devastated Nicobar islands",
    "ferried about 2,000 survivors a day from the offshore islands ... to the mainland"."""
    def holds(prep: Token, words: set[str]) -> bool:
        return any(g.lemma_.lower() in words for g in prep.children)

    def cut_off(prep: Token) -> bool:  # "from cut-off villages"
        return any(g.dep_ == "pobj" and any(w in _CUT_OFF for w in g.doc[g.left_edge.i:g.i].text.lower().split())
                   for g in prep.children)

    preps = [c for c in verb.children if c.dep_ == "prep"]
    # ("plucked 340 people from rooftops and trees": the parser may hang the place on the people)
    people_preps = [c for o in verb.children if o.dep_ in ("dobj", "nsubjpass") for c in o.children if c.dep_ == "prep"]
    if any(c.lower_ in ("off", "from") and (holds(c, _STRANDINGS) or cut_off(c)) for c in preps + people_preps):
        return True
    # (not "flew 300 tourists off the island": visitors leave for home)
    visitors = any(c.dep_ in ("dobj", "nsubjpass") and noun_lemma(c) in _VISITORS for c in verb.children)
    return not visitors and not _country_named_onward([verb]) and (
        any(c.lower_ == "off" and holds(c, _ISLANDS) for c in preps)
        or (any(c.lower_ == "from" and holds(c, _ISLANDS) for c in preps)
            and any(t.dep_ == "prep" and t.lower_ == "to" and holds(t, {"mainland"}) for t in verb.subtree)))


def _vehicle_leaving(verb: Token) -> Optional[Token]:
    """"crowded onto boats leaving Kutubdia": the vehicle's own verb of leaving carries the movement."""
    vehicles = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("onto", "into", "on", "aboard")
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in VEHICLE_NOUNS | _CONVEYANCES]
    return next((a for v in vehicles for a in v.children if a.dep_ == "acl" and a.lemma_.lower() in MOVE_VERBS), None)


def _carried_out_of_a_locality(verb: Token) -> bool:
    """"flew 1,800 people out of the Saas valley": out of a part of a country, with nowhere abroad named."""
    # (the parser may hang "out of the pass" on the people lifted)
    carried = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    out = [c for t in carried for c in t.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
    left = [g for o in out for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]
    # (not "out of the city" or "out of the camp": airlifts from capitals and refugee camps often go abroad)
    if not any(t.lemma_.lower() in _LOCALITIES - {"city", "camp"} and t.pos_ == "NOUN" for t in left):
        return False
    return not _country_named_onward([verb])


def _towns_left(verb: Token) -> list[Token]:
    left = [c for c in verb.children if c.dep_ == "dobj"] \
        + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "out") for g in c.subtree if g.dep_ == "pobj"]
    return [t for t in left if _a_town(t)]


def _foreigners_leaving(verb: Token, towns: list[Token]) -> bool:
    """"16,000 Armenians had left Baku", "Malaysian students who had left Yogyakarta": people of another
    nation leaving a town leave its country too."""
    if not towns:
        return False
    homes = {place_country(_town_name(t)) or region_country(_town_name(t)) for t in towns}
    who = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":
        who.append(verb.head)  # "students who had left Yogyakarta"
    words = [list(w.subtree) for w in who]
    nations = {found[0] for phrase in words for size in (3, 2, 1) for i in range(len(phrase) - size + 1)
               if (found := country_of(" ".join(t.text for t in phrase[i:i + size])))
               and (found[1] in ("people", "adjective") or phrase[i + size - 1].dep_ == "compound")}  # "New Zealand tourists"
    # "2,000 foreigners were evacuated from Asmara", "foreign nationals"
    foreign = any(t.lemma_.lower() in ("foreigner", "expatriate", "expat") or (t.lower_ == "foreign" and t.dep_ == "amod")
                  for w in who for t in w.subtree)
    return foreign or bool(nations - homes)


def _town_name(token: Token) -> str:
    return " ".join(t.text for t in token.subtree if t.dep_ in ("compound", "flat") or t.i == token.i)


def _a_town(token: Token) -> bool:
    """"fled Aleppo", "left Kunduz": a named town or region, not a country."""
    if token.pos_ != "PROPN":
        return False
    name = _town_name(token)
    return country_of(name) is None and (place_country(name) is not None or region_country(name) is not None)


def _sent_home(verb: Token) -> bool:
    """"flew them home", "sent 3,000 Ethiopians back home", "brought its citizens home"."""
    return verb.pos_ == "VERB" and any(c.lower_ == "home" and c.dep_ in ("advmod", "prt", "npadvmod", "dobj")
                                       for c in verb.children)


def _crosses_border(verb: Token) -> bool:
    """"evacuated from Sudan", "evacuated to Saudi Arabia": a country (not a town) is left or reached,
    and not only as the frame of a trip within it ("from Omdurman to Khartoum in Sudan")."""
    # "evacuated 4,000 American citizens from Haiti": the parser often hangs the "from" on the people
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [prep for head in heads for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("from", "to", "out")]
    named = {found[0] for prep in preps for obj in prep.subtree if (found := country_of(obj.text)) and found[1] == "name"}
    # "from the Central African Republic": a name of several words
    named |= {found[0] for prep in preps for obj in prep.children if obj.dep_ == "pobj"
              and (found := country_of(" ".join(t.text for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i)))
              and found[1] == "name"}
    if not named:
        return False
    return len(named) > 1 or not _prepositions(verb) >= {"from", "to"}


def _receiver_subject(verb: Token) -> bool:
    """The subject is a place or an authority, which can take people in."""
    # ("its reception centres in Tizi Ouzou province took in 3,400 people")
    return any(c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "LOC") or c.lemma_.lower() in PLACE_NOUNS | AUTHORITY_NOUNS
                                      | {"centre", "center", "shelter"})
               for c in verb.children)


def _prepositions(verb: Token) -> set[str]:
    """The verb's prepositions, with "to" of "from X to Y", which the parser hangs on "from"."""
    return {c.lower_ for c in verb.children if c.dep_ == "prep"} \
        | {g.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
           for g in c.children if g.dep_ == "prep" and g.lower_ in _TOWARD}


def _particle_prepositions(verb: Token) -> set[str]:
    """"allowed back into Agullana": the prepositions the parser hangs on the verb's particle."""
    return {g.lower_ for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in _PARTICLES
            for g in c.children if g.dep_ == "prep"}


def _object_prepositions(verb: Token) -> set[str]:
    return {p.lower_ for c in verb.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"}


def _clause_trigger(verb: Token) -> Optional[Trigger]:
    """A movement in the clause of `verb`: the verb itself, its complements, or its subject noun."""
    found = _verb_trigger(verb)
    if found:
        return found
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp", "acomp", "advcl", "conj") and child.pos_ in ("VERB", "ADJ", "AUX"):
            if child.dep_ == "conj" and not _verb_trigger(child):
                continue
            nested = _verb_trigger(child) or (_clause_trigger(child) if child.dep_ in ("acomp", "xcomp", "ccomp") else None)
            if nested:
                return nested
    for child in verb.children:
        # "have been detained in Poland after crossing from Belarus": they crossed, then were caught
        if child.dep_ == "prep" and child.lower_ == "after":
            nested = next((found for c in child.children if c.dep_ == "pcomp" and (found := _verb_trigger(c))), None)
            if nested:
                return nested
    if verb.lemma_.lower() in LEVEL_VERBS | RECORDING_VERBS | REPORTING_VERBS:
        for child in verb.children:
            # "were registered as having crossed into the Uvira area"
            if child.dep_ == "prep" and child.lower_ == "as":
                nested = next((found for c in child.children if c.dep_ == "pcomp" and (found := _verb_trigger(c))), None)
                if nested:
                    return nested
            # "Among the arrivals since August were 262 Yemenis"
            if child.dep_ == "prep" and child.lower_ == "among":
                for obj in child.children:
                    if obj.lemma_.lower() in MOVE_NOUNS and obj.pos_ == "NOUN":
                        return Trigger(obj, MOVE_NOUNS[obj.lemma_.lower()])
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
                for sub in child.subtree:
                    if sub.lemma_.lower() in MOVE_NOUNS and sub.pos_ == "NOUN":
                        return Trigger(sub, MOVE_NOUNS[sub.lemma_.lower()])
                    nested = _verb_trigger(sub)
                    if nested and sub.i != verb.i:
                        return nested
            if child.dep_ == "prep" and child.lower_ == "from" and verb.lemma_.lower() in RECORDING_VERBS:
                # "counted 2,740 refugees from Burkina Faso arriving between June 1 and June 15": the
                # parser hung the arriving on the place they came from
                nested = next((found for sub in child.subtree if sub.dep_ == "acl" and (found := _verb_trigger(sub))), None)
                if nested:
                    return nested
    if verb.lemma_.lower() in LEVEL_VERBS and verb.dep_ == "advcl" and verb.head.dep_ == "relcl":
        # "The number of people who have fled their homes around Taal since Sunday has passed 82,000": the parser
        # took "since" for a conjunction and hung the total's verb on the movement's
        moved, people = verb.head, verb.head.head
        of = people.head
        if people.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in TOTAL_NOUNS:
            return _verb_trigger(moved)
    if verb.lemma_.lower() in _TALLYING_VERBS and (_at_the_border(verb) or _post_counting(verb)) \
            and any(c.dep_ == "dobj" and (_is_people(c) or _of_people(c) or any(_is_people(g) for g in c.subtree))
                    for c in verb.children):
        return Trigger(verb, "entry")  # "IOM staff at the border recorded an average of 410 people a day"
    return None


# Verbs of counting people as they pass, and the places where that counts as their crossing.
_TALLYING_VERBS = {"record", "register", "count", "log", "tally"}
_BORDER_POINTS = {"border", "crossing", "checkpoint", "frontier", "bridge", "post", "gate"}


def _post_counting(verb: Token) -> bool:
    """"Mozambique's immigration post at Machipanda recorded an average of 4,200 Zimbabweans a day": a border post
    counts those who pass it."""
    return any(c.dep_ == "nsubj" and noun_lemma(c) in _BORDER_POINTS - {"border", "frontier"} for c in verb.children)


def _at_the_border(verb: Token) -> bool:
    return any(t.lemma_.lower() in _BORDER_POINTS and t.dep_ == "pobj" and t.head.lower_ in ("at", "on")
               for t in verb.subtree)


def _irrealis(verb: Token, sent: Span) -> bool:
    """Negated, modal, planned, predicted or refused: not a reported movement."""
    current: Optional[Token] = verb
    steps = 0
    while current is not None and steps < 6:
        for child in current.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODAL_WORDS):
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ in ("no", "none") for g in child.children):
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless") and current.dep_ == "advcl":
                return True  # "ready to open a transit centre if arrivals passed 2,000": a condition, not a count
        lemma = current.lemma_.lower()
        if steps > 0 and (lemma in IRREALIS_HEADS or (lemma in REFUSAL_WORDS and not _refused_after_entry(current))
                          or lemma == "unable"):
            return True
        if steps > 0 and lemma in WAITING_HEADS and infinitive(verb):
            return True  # "were still waiting to leave": not gone yet
        if current.dep_ == "acl" and current.head.lemma_.lower() in INTENT_NOUNS and infinitive(current):
            return True  # "a proposal to relocate 40,000 asylum seekers": what is meant to happen
        if current.dep_ not in ("xcomp", "ccomp", "acomp", "advcl", "pcomp") or current.head.i == current.i:
            break
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in REPORTING_VERBS:
            break
        if current.dep_ == "ccomp" and current.i < current.head.i and current.tag_ == "VBD" \
                and any(c.dep_ == "nsubj" for c in current.children):
            # "9,800 Zimbabweans crossed on Friday, the first day they could do so": a told clause the parser hung
            # before a later verb that is no report of it keeps its own mood
            break
        if current.dep_ == "advcl" and current.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in current.children) \
                and current.head.tag_ == "VBG":
            break  # "2,000 Syrians crossed into Syria on Monday, many of them hoping to return", hung the wrong way
        current = current.head
        steps += 1
    return False


def _then_stays(clause: Token) -> bool:
    """The people a relative clause describes are then said to live or stay somewhere: the verb right
    after the clause (where the parser often loses it) is a verb of staying ("who escaped Myanmar live
    in camps", "displaced from the north are staying in hotels")."""
    after = clause.right_edge.i + 1
    while after < len(clause.doc) and clause.doc[after].pos_ == "AUX":
        after += 1
    if after >= len(clause.doc):
        return False
    following = clause.doc[after]
    return following.pos_ in ("VERB", "AUX") and following.lemma_.lower() in STOCK_VERBS


def _refused_after_entry(verb: Token) -> bool:
    """Caught once across: "detained in Poland after crossing from Belarus" (GUIDELINES), "detained
    12,000 migrants who entered the country illegally"."""
    return any(c.dep_ == "prep" and c.lower_ == "after" and any(g.dep_ == "pcomp" and _verb_trigger(g) for g in c.children)
               for c in verb.children) or (verb.lemma_.lower() in _CATCHING_VERBS and _caught_inside(verb)) \
        or _held_for_entering(verb) is not None


def _refused(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in REFUSAL_WORDS and _refused_after_entry(verb):
        return False
    if lemma == "push" and "into" in _prepositions(verb) \
            and not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "away") for c in verb.children):
        return False  # "India's Border Security Force pushed 167 people into Bangladesh": put across, not kept out
    if lemma in REFUSAL_WORDS:
        return True
    # "turned back", "pushed back" before they crossed; "sent back" is a deportation (GUIDELINES)
    return any(c.dep_ == "prt" and c.lower_ in ("back", "away") for c in verb.children) and lemma in ("turn", "push")


# Nouns of a call-up, whose people are called to arms, not moving across a border.
_CALL_UP_NOUNS = {noun for noun, kind in EVENT_NOUNS.items() if kind == "MOBILIZATION"} | {"recruitment"}
def _call_up(noun: Token) -> bool:
    """"the call-up", "a mobilization" (the tokenizer cuts "call-up" into "call", "-", "up")."""
    return noun.lemma_.lower() in _CALL_UP_NOUNS or (noun.lower_ == "up" and any(c.lower_ == "call" for c in noun.lefts))


# Verbs of catching people, which may come before or after they get in.
_CATCHING_VERBS = {"detain", "arrest", "intercept", "apprehend", "catch"}


def _caught_inside(verb: Token) -> bool:
    """"intercepted 39,171 people crossing irregularly into Quebec", "detained 12,000 migrants who entered
    the country illegally", "caught 134 people who waded across the Rio Grande": the people are told of as
    having got in (not "trying to cross"); and people whom border agents catch are caught once in
    (GUIDELINES: border encounters are entries)."""
    if _border_agents_catching(verb):
        return True
    people = [c for c in verb.children if c.dep_ == "dobj"]
    told = [g for p in people for g in p.children if g.dep_ in ("relcl", "acl")] \
        + [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]
    return any(t.lemma_.lower() in _GETTING_IN and not _only_trying(t)
               and (t.lemma_.lower() == "enter" or any(c.dep_ == "prep" and c.lower_ in ("into", "from", "across", "over")
                                                       for c in t.children))
               for t in told)


_GETTING_IN = {"enter", "cross", "come", "arrive", "wade", "swim", "walk", "slip", "sail", "climb"}
# Who catches people at a border for a living: "Border Patrol agents", "migration agents", "the sector"
_BORDER_CATCHERS = {"agent", "sector"}


def _border_guards(catcher: Token) -> bool:
    """"Border guards", "guards", "the Border Patrol", "border police", "Poland's Border Guard": who keeps a land
    border (not a coast guard or a national guard, who stop boats at sea or people at home)."""
    words = {c.lower_ for c in catcher.children if c.dep_ in ("compound", "amod")}
    if words & {"coast", "national", "prison", "security", "palace", "republican", "presidential"}:
        return False
    if noun_lemma(catcher) == "guard":
        return True
    return catcher.lower_ in ("patrol", "police") and "border" in words


def _only_trying(verb: Token) -> bool:
    """"migrants trying to cross": not got in."""
    return any(a.lemma_.lower() in ("try", "attempt", "seek") for a in [verb, *verb.children])


def _border_agents_catching(verb: Token) -> bool:
    """"Agents in the Tucson sector arrested about 15,600 migrants last week", "the sector has arrested more
    than 101,000 people", "agents took about 1,200 people into custody": the people border agents catch
    (not those caught trying to cross, nor arrests by police, who catch people for many reasons)."""
    if verb.lemma_.lower() == "take" and not any(
            c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "custody" for g in c.children) for c in verb.children):
        return False
    if verb.lemma_.lower() == "intercept":
        return False  # "Patrols intercepted 27 boats carrying 1,140 Indonesians": stopped at sea, mostly before landing
    # (the last subject: "In the Tucson sector, the busiest on the border, agents have caught": the parser makes
    # the apposition a subject too)
    catcher = next((c for c in reversed(list(verb.children)) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if catcher is None or not (noun_lemma(catcher) in _BORDER_CATCHERS or _border_guards(catcher)):
        return False
    caught = [c for c in verb.children if c.dep_ == "dobj" and noun_lemma(c) not in VEHICLE_NOUNS]
    return bool(caught) and not any(_only_trying(g) for c in caught for g in c.subtree if g.dep_ in ("acl", "relcl"))


def _held_for_entering(verb: Token) -> Optional[Token]:
    """"arrested for entering Greece illegally", "detained for crossing the border": caught for having got in;
    the getting in."""
    if verb.lemma_.lower() not in _CATCHING_VERBS:
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in ("enter", "cross")), None)


# Nouns of land a country adjective names: "the Greek islands", "Turkish soil".
_LAND_NOUNS = {"island", "islands", "shore", "coast", "soil", "territory", "side", "mainland", "border", "frontier"}
# Settlements a country's adjective places, where people came from: "from the Peruvian border town of Inapari"
# (where they went is told by the town's own name: "to the Egyptian port of Nuweiba" is no arrival in Egypt's count)
_TOWN_NOUNS = {"town", "village", "city", "port"}
_ONWARD = {"to", "into", "toward", "towards", "in", "on", "for"}
# Parts of a land named by what they belong to: "the Doolo zone of Ethiopia's Somali region".
_PARTS_OF_LAND = {"zone", "region", "province", "district", "area", "part", "state", "county"}
# Where evacuees are taken inside their country: "taken to safer areas", "moved to higher ground".
# Where people run to from a storm or a flood within their own country.
_SHELTERS = {"ground", "shelter", "centre", "center", "school", "safety", "church", "mosque", "stadium", "gym"}
_SAFE_PLACES = {"area", "ground", "shelter", "camp", "site", "centre", "center", "school", "safety", "location"}
_CARE_PLACES = {"hospital", "clinic", "infirmary", "treatment"}
# "left more than 300 people dead": a state people were left in, not a place they left.
_LEFT_IN_A_STATE = {"dead", "injured", "wounded", "homeless", "stranded", "missing", "hurt", "jobless", "destitute"}
# Where people live, which they are driven from: "driven from their villages".
_HOMES = {"home", "village", "town", "house", "land", "farm", "neighbourhood", "neighborhood"}
# "900 of them", "most of those": pronouns for the figure just given.
_PART_PRONOUNS = ("them", "those", "these")
# Adverbs of a movement verb that can carry its place phrase ("came back from Iran").
_PARTICLES = {"back", "home", "away", "over", "across", "in"}


def _after_partitive(prep: Token) -> bool:
    """A preposition right after "most of them" / "some of those", however the parser attached it."""
    doc = prep.doc
    return prep.i >= 2 and doc[prep.i - 2].lower_ == "of" and doc[prep.i - 1].lower_ in _PART_PRONOUNS


def _places_under(token: Token, places: list[Place], preps: set[str]) -> list[Place]:
    """Places that are the objects of `token` or of its prepositions in `preps`."""
    out: list[Place] = []
    by_index = {p.start: p for p in places}

    def coordinated(obj: Token) -> list[Token]:
        """The object and those coordinated with it, not places deeper in its phrase ("most of them for
        Colombia, Peru and Chile")."""
        # ("from Mexico, the Bahamas and the Cayman Islands": the parser may hang the list's second item as an appos)
        return [obj, *[t for c in obj.children if c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN")
                       for t in coordinated(c)]]

    def collect(obj: Token) -> None:
        for t in coordinated(obj):
            covering = [p for p in places if p.start <= t.i < p.end]
            if covering:
                out.extend(p for p in covering if p.role in ("name", "anaphor", "city"))
                continue
            # "Sudan's border", "the Uvira area", "the Greek islands": the place that names the noun
            named = [by_index[c.i] for c in t.children if c.i in by_index and (
                (c.dep_ in ("poss", "compound") and by_index[c.i].role in ("name", "anaphor", "city"))
                or (c.dep_ == "amod" and by_index[c.i].role == "adjective"
                    and (t.lemma_.lower() in _LAND_NOUNS or (t.lemma_.lower() in _TOWN_NOUNS and "from" in preps and not preps & _ONWARD))))]
            if not named and t.lemma_.lower() in _SITES and preps & {"from", "out"}:
                # "out of the American embassy compound in Monrovia": left the town the site is in
                named = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near")
                         for g in c.children if g.dep_ == "pobj" for p in places
                         if p.start <= g.i < p.end and p.role in ("name", "city")]
            if not named and t.lemma_.lower() in _PARTS_OF_LAND and preps & {"into", "to"}:
                # "into the Doolo zone of Ethiopia's Somali region": the land the part belongs to
                for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for whole in (g for g in prep.children if g.dep_ == "pobj"):
                        collect(whole)
            out.extend(named)

    def collect_objects(prep: Token) -> None:
        for obj in prep.children:
            if obj.dep_ == "pobj":
                collect(obj)

    for child in token.children:
        if child.dep_ == "prep" and _after_partitive(child):
            continue  # "flown out of Kabul, most of them to Tashkent": where a part went, not the figure
        if child.dep_ == "prep" and child.lower_ in preps - {"out"}:
            collect_objects(child)
        elif child.dep_ == "prep" and child.lower_ == "from" and preps & _TOWARD:
            # "carried 2,200 workers from Benghazi to Valletta": the parser hangs "to" on "from"
            for onward in child.children:
                if onward.dep_ == "prep" and onward.lower_ in preps & _TOWARD:
                    collect_objects(onward)
        elif child.dep_ in ("advmod", "prt") and child.lower_ in _PARTICLES:
            # "have come back from Iran": the parser hangs the place on the particle, not the verb
            out.extend(_places_under(child, places, preps - {"out", "DOBJ"}))
        elif child.lower_ == "out" and "out" in preps:
            # "flew 21,600 people out of Kabul"
            for prep in child.children:
                if prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            collect(obj)
        elif child.dep_ == "dobj" and "DOBJ" in preps:
            collect(child)
    return out


# Sites people are taken out of, which stand in a town: "the embassy compound in Monrovia".
_SITES = {"compound", "embassy", "airport", "base", "port", "harbour", "harbor", "hotel", "residence", "station"}


def _group(head: Optional[Token]) -> Optional[str]:
    if head is None:
        return None
    words = [t for t in head.lefts if t.dep_ in ("amod", "compound") and not t.like_num and t.lower_ not in ("fewer", "more", "other")]
    return " ".join([t.text for t in words] + [head.text])


def _figure_trigger(token: Token, head: Optional[Token], verb: Optional[Token]) -> Optional[Trigger]:
    """The movement a figure counts: a noun over it ("an exodus of 20,000", "5,000 arrivals"), a
    verb it governs ("10,000 arriving"), or the movement of its clause."""
    if head is not None and head.lemma_.lower() in MOVE_NOUNS:
        named = Trigger(head, MOVE_NOUNS[head.lemma_.lower()])
        own = _verb_trigger(verb) if verb is not None and _is_people(head) else None
        # "a flight with 114 returnees landed in Mogadishu": the verb says where the people went
        return own if own is not None and own.direction == named.direction else named
    for anc in [token, *token.ancestors]:
        if anc.pos_ == "NOUN" and anc.lemma_.lower() in MOVE_NOUNS and anc.i != token.i:
            return Trigger(anc, MOVE_NOUNS[anc.lemma_.lower()])
        if anc.pos_ in ("VERB", "AUX"):
            break
    if verb is not None and (real := _participle_read_as_verb(verb)) is not None:
        # "286 Chadians evacuated from Jos by road arrived in N'Djamena": the parser took the participle for the
        # verb and the verb for a second one; the people are counted where the real verb puts them
        return _verb_trigger(real) or _verb_trigger(verb)
    own = verb is not None and _verb_trigger(verb)
    for child in (head or token).children:
        # "people who had crossed"; not "a city of 700,000 people receiving a country" (the receiver's verb)
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() not in RECORDING_VERBS \
                and (found := _verb_trigger(child)):
            if own and (child.lemma_.lower() in _EXPELLING_VERBS | _CARRYING_VERBS | {"evacuate", "airlift"}
                        or (child.lemma_.lower() in ("flee", "escape") and own.direction == "entry")
                        or (found.direction == "exit" and own.direction == "entry" and not _compared(token))):
                # "2,380 people expelled by Algerian forces arrived in Assamaka", "40,000 people airlifted out
                # of Kabul have landed in Qatar", "received 3,700 Venezuelans expelled from the United States",
                # "1,100 people fleeing Lebanon landed in Cyprus", "760 migrants who had sailed from Libya
                # reached Lampedusa": counted where the clause's own verb puts them
                return own
            if own and _before_the_clause(child, own.token) and own.token.lemma_.lower() not in _CATCHING_VERBS \
                    and not _compared(token):
                # "40 Iraqi Kurds who had been visiting relatives in Iran crossed back into Iraq", "400 Iraqis
                # who reached Germany and Finland have flown back to Erbil": the clause tells where they had
                # been; the movement counted is the verb's
                return own
            return found
    return _clause_trigger(verb) if verb is not None else None


def _participle_read_as_verb(verb: Token) -> Optional[Token]:
    """The verb of a clause whose subject a past participle describes, when the parser made the participle the
    verb and the verb its second conjunct with no "and" between ("286 Chadians evacuated from Jos arrived ...")."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "cc") for c in verb.children) \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP")
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                 and verb.doc[c.i - 1].text not in (",", ";", "—")), None)


def _displaced_now(token: Token) -> bool:
    """Where displaced people are now, not a movement (GUIDELINES: "are displaced" stays a stock): "some 240,000
    Malians are displaced inside their country", "Mali already counts more than 120,000 people displaced"."""
    if token.lemma_.lower() != "displace" or token.tag_ != "VBN":
        return False
    helpers = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if helpers & {"are", "is"} and not helpers & {"have", "has", "had", "been", "being", "will", "would"}:
        return not any(c.lower_ == "newly" for c in token.children)
    counting = token.head.head if token.dep_ == "acl" else None
    return counting is not None and token.head.dep_ == "dobj" and counting.tag_ in ("VBZ", "VBP") \
        and counting.lemma_.lower() in ("count", "number", "have", "host", "record")


def _obliged(verb: Token) -> bool:
    """"nearly 600 people have had to leave their homes": "have" of what one had to do, no stock (not "59,000 people
    still have to be moved", which is still to do)."""
    return verb.lemma_.lower() == "have" and verb.tag_ == "VBN" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)


def _then_sent_out(caught: Token, trigger: Optional[Trigger]) -> bool:
    """"4,000 Afghans had been detained and sent to the border": caught, then put out, which is a movement."""
    return trigger is not None and trigger.direction == "exit" and trigger.token.dep_ == "conj" \
        and trigger.token.head.i == caught.i and trigger.token.lemma_.lower() in _EXPELLING_VERBS


def _before_the_clause(told: Token, verb: Token) -> bool:
    """A relative clause told as earlier than its clause's verb: in the past perfect, or before a
    return ("who reached Germany have flown back")."""
    earlier = any(c.dep_ == "aux" and c.lower_ == "had" for c in told.children) \
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return earlier or any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in verb.children)


def _whole_of_a_part(head: Token) -> bool:
    """The people a part is counted out of, with no movement of their own: "8,000 of the estimated 25,000
    Americans in Lebanon" (not "2,800 of the 5,000 who crossed")."""
    of = head.head
    # ("about half of the territory's 1.5 million people", "most of the town's 220,000 residents had gone": the
    # whole a share is told of)
    share = of.head.lower_ in _SHARES and any(c.dep_ == "poss" or c.lower_ == "the" for c in head.children)
    # (a finite verb the parser hung on the whole is the part's: "Some 20,000 of the town's 45,000 residents left")
    return head.dep_ == "pobj" and of.lower_ == "of" and (of.head.pos_ == "NUM" or share) \
        and not any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                    and not (c.dep_ == "acl" and (c.tag_ == "VBD" or of.head.dep_ == "ROOT")) for c in head.children)


def _counts_the_whole_of(figure: Token, part: Token) -> bool:
    """"20,000 of the town's 45,000 residents": the second figure counts the whole the first is a part of."""
    whole = figure.head if figure.dep_ == "nummod" else figure
    return whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.i == part.i


def _verb_on_the_rate(token: Token, head: Optional[Token]) -> Optional[Trigger]:
    """"Before the war about 1,500 passengers a day left Yemen": the parser hung the verb on the rate's "day"."""
    if head is None:
        return None
    rate = next((c for c in head.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week", "month")), None)
    verb = next((c for c in rate.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None) if rate is not None else None
    return _verb_trigger(verb) if verb is not None else None


def _verb_of_the_whole(token: Token) -> Optional[Trigger]:
    """"Some 20,000 of the town's 45,000 residents left on Friday": the parser hung the part's verb on the whole."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if whole is None or not any(c.dep_ == "nummod" for c in whole.children):
        return None
    verb = next((c for c in whole.children if c.dep_ == "acl" and c.pos_ == "VERB"
                 and (c.tag_ == "VBD" or token.dep_ == "ROOT")), None)
    return _verb_trigger(verb) if verb is not None else None


# Words for a share of a whole: "half of the town's 23,000 residents".
_SHARES = {"half", "most", "third", "quarter", "majority", "two-thirds", "three-quarters", "bulk", "rest"}


def _header_trigger(token: Token, sent: Span) -> Optional[Trigger]:
    """"gave these figures for Afghans leaving Pakistan through Chaman: 4,213 on Saturday, 3,870 on
    Friday": the movement the words before the colon name, for the first bare figure listed after it
    (the rest follow it as figures of the same movement)."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or token.i < colon.i or any(t.pos_ in ("VERB", "AUX") for t in sent.doc[colon.i + 1:token.i]):
        return None
    for word in reversed(sent.doc[sent.start:colon.i]):
        if word.pos_ == "VERB" and word.dep_ in ("acl", "relcl", "pcomp") and (found := _verb_trigger(word)):
            return found  # a movement that qualifies the heading's noun: "figures for Afghans leaving ..."
    return None


def _implied_people(trigger: Optional[Trigger], places: list[Place], sent: Span) -> Optional[Token]:
    """Who a bare figure counts: the people of its movement verb, else the one people group named."""
    if trigger is not None:
        for child in trigger.token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and _is_people(child) and not child.like_num:
                return child
    people = [p for p in places if p.role == "people"]
    if people and len({p.code for p in people}) == 1:
        return sent.doc[people[0].start]
    return None


_CITIZEN_NOUNS = {"citizen", "national", "passport-holder"}


def _nationality(head: Optional[Token]) -> list[str]:
    if head is None:
        return []
    # "South Sudanese", "Costa Ricans": a nationality of two words is not the one of its last word
    words = [t for t in head.lefts if t.dep_ in ("compound", "amod") and t.text[:1].isupper()]
    named = country_of(" ".join(t.text for t in [*words, head])) if words else None
    if named and named[1] in ("people", "adjective"):
        return [named[0]]
    codes: list[str] = []
    # "U.S. citizens", "Sri Lanka nationals": a country's name before the word for its citizens
    roles = ("people", "adjective", "name") if head.lemma_.lower() in _CITIZEN_NOUNS else ("people", "adjective")
    for t in [head, *head.lefts]:
        found = country_of(t.text)
        if found and found[1] in roles:
            codes.append(found[0])
    return sorted(set(codes))


def _origin(head: Optional[Token], trigger: Optional[Trigger], places: list[Place], home: Optional[str] = None) -> list[str]:
    """Where the people came from: the place the text states, else their nationality (GUIDELINES)."""
    stated = [p.code for p in _places_under(trigger.token, places, {"from", "out"})] if trigger is not None else []
    if not stated and trigger is not None:
        # "have come back or been sent back from Iran": the place closes the coordination
        stated = [p.code for c in trigger.token.children if c.dep_ == "conj"
                  for p in _places_under(c, places, {"from", "out"})]
    if not stated and trigger is not None:
        # "put aboard a chartered ferry from Zeebrugge to Dover"
        stated = [p.code for p in _on_route(trigger.token, places, ("from",))]
    if not stated and trigger is not None:
        # "A plane from Mexico City landed with 122 Salvadorans", "arrived on 12 deportation flights from the
        # United States": where what carried them came from
        stated = [p.code for p in _vehicle_from(trigger.token, places, home)]
    if not stated and trigger is not None:
        # "entered Germany across the Austrian border": the other side of the border crossed, when the text
        # names where they went ("streamed across the Turkish border" alone may be either side)
        went = {p.code for p in _places_under(trigger.token, places, {"into", "to", "DOBJ"})}
        stated = [p.code for p in _places_under(trigger.token, places, {"across"}) if went and p.code not in went]
    if not stated and head is not None:
        stated = [p.code for p in _places_under(head, places, {"from"})]  # "27,000 people from Sudan"
    if not stated and head is not None:
        # "2,380 people expelled by Algerian security forces arrived": the expelling state is where they came from
        stated = [p.code for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _EXPELLING_VERBS
                  for agent in c.children if agent.dep_ == "agent"
                  for p in places if agent.i < p.start <= agent.right_edge.i and p.role in ("name", "adjective")]
    if not stated and _going_home(trigger):
        return []  # GUIDELINES: nationals returning home have no origin unless a place is stated
    return sorted(set(stated)) or _nationality(head)


def _vehicle_from(verb: Token, places: list[Place], home: Optional[str] = None) -> list[Place]:
    """The places named after "from" on the vehicle that carried people: its subject ("a plane from
    Mexico City landed") or what they came on ("on flights from the United States")."""
    doc = verb.doc
    vehicles = _conveyances(verb) + [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in VEHICLE_NOUNS]

    def head_of(place: Place) -> Token:
        token = doc[place.end - 1]
        while token.dep_ == "compound":  # "Mexico" of "Mexico City"
            token = token.head
        return token

    # (a country's name, "from Mexico City" included, or a town abroad; a town of the country the story is
    # filed from may be in the country they reached: "buses from Khartoum are bringing 3,000 people a day to
    # Wad Madani", filed from PORT SUDAN)
    return [p for v in vehicles for p in places if v.i < p.start <= v.right_edge.i
            and (p.role == "name" or (p.role == "city" and home is not None and p.code != home))
            and (t := head_of(p)).dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.i == v.i]


def _going_home(trigger: Optional[Trigger]) -> bool:
    """"returned", "came back", "went home", "returnees", "returning Rwandans crossed": people going back to
    their own country."""
    if trigger is None:
        return False
    verb = trigger.token
    if verb.lemma_.lower() in ("return", "returnee"):
        return True
    returning = [c for c in verb.children if c.dep_ == "nsubj"
                 and any(a.dep_ == "amod" and a.lemma_.lower() == "return" for a in c.children)]
    if verb.pos_ == "VERB" and returning:
        return True  # "1,430 returning Rwandans crossed"
    if verb.pos_ == "VERB" and verb.lemma_.lower() == "bring" and any(c.dep_ == "auxpass" for c in verb.children) \
            and any(c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt") for c in verb.children):
        return True  # "Eighty-four Yemeni fishermen were brought back to Hodeidah from the port of Assab"
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("come", "go", "head", "travel", "cross", "move", "walk") \
        and any(c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt", "npadvmod") for c in verb.children)


# Verbs of leaving a country for good, which the country left counts, as it counts those who "left for" one:
# "2,340 residents of the region emigrated to Russia, Ukraine and Israel" (GUIDELINES)
_EMIGRATING = {"emigrate"}


def _flown_from_the_counters_side(verb: Token, reached: list[Place], speaker: Optional[str]) -> bool:
    """"Some 730 Nepali workers flew to Doha, immigration officials at Tribhuvan International Airport said": people
    who flew somewhere are counted by the side they flew from, unless the one who counts sits where they landed ("some
    1,900 Tunisians had flown to Rome and Palermo, the Tunisian consulate in Palermo said"); so are passengers who
    sailed ("some 1.7 million passengers sailed from Spanish ports to Morocco, according to Spain's Interior Ministry")."""
    travelled = verb.lemma_.lower() == "fly" or (verb.lemma_.lower() == "sail" and any(
        c.dep_ == "nsubj" and noun_lemma(c) in ("passenger", "traveller", "traveler", "tourist", "pilgrim")
        for c in verb.children))  # (not "3,000 migrants sailed to Italy", who arrive where the crossing ends)
    return travelled and not (speaker and speaker in {p.code for p in reached})
# Verbs of people going by themselves ("crossed back", "went back"), not of being carried ("taken back").
_GOING_VERBS = {"cross", "go", "come", "head", "walk", "move", "flee", "trickle", "stream", "swim", "travel", "drift", "wade"}


def _back_where_they_came_from(trigger: Optional[Trigger], direction: str, whole: Optional[_Frame],
                               origin: list[str], places: list[Place]) -> Optional[tuple[list[str], list[str]]]:
    """Some of those who had come in go back: "About 500 of them crossed back from Argentina", "600 of
    Monday's arrivals had gone back across the border" enter the country they came from, out of the one
    they had entered. Only a "back" that goes out of the whole's country, to no other place."""
    if trigger is None or whole is None or direction != "entry" or whole.fields["direction"] != "entry":
        return None
    verb = trigger.token
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GOING_VERBS \
            or not any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children):
        return None  # not "640 of them were taken back upriver": carried back by the state that holds them
    entered, came_from = list(whole.fields["country"]), list(whole.fields["origin"] or [])
    if not came_from or set(came_from) & set(entered) or _places_under(verb, places, {"to", "into", "toward"}):
        return None
    if origin and set(origin) != set(entered):
        return None
    return came_from, entered


def _catchers_country(trigger: Optional[Trigger], direction: str, places: list[Place]) -> list[str]:
    """The country whose forces caught the people who crossed, when the crossing is told in a clause about them."""
    if trigger is None or direction != "entry" or trigger.token.dep_ != "relcl":
        return []
    people = trigger.token.head
    catching = people.head
    if people.dep_ not in ("dobj", "nsubjpass") or catching.lemma_.lower() not in _CATCHING_VERBS:
        return []
    catcher = next((c for c in catching.children if c.dep_ in ("nsubj", "agent")), None)
    if catcher is None:
        return []
    scope = {t.i for t in catcher.subtree}
    found = {p.code for p in places if p.start in scope and p.role in ("adjective", "name", "anaphor")}
    return sorted(found) if len(found) == 1 else []


def _countries(trigger: Trigger, direction: str, places: list[Place], origin: list[str], sent: Span) -> list[str]:
    """The places of the movement's own verb, or the subject of the verb that records it."""
    verb = trigger.token
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ == "VERB" \
            and not any(c.dep_ == "prep" for c in verb.children):
        verb = verb.head  # "counted 12,000 departures from Russia": the parser hangs "from" on the verb
    if direction == "exit":
        # "fled Ukraine": the place left; not "sent 1,086 Myanmar nationals home": the people sent
        left = set() if any(c.dep_ == "dobj" and _is_people(c) for c in verb.children) else {"DOBJ"}
        found = _places_under(verb, places, {"from", "out"} | left)
        if not found and verb.lemma_.lower() == "evacuate":
            # "evacuated 4,000 American citizens from Haiti": the parser hangs the country left on the people
            found = [p for c in verb.children if c.dep_ == "dobj" for p in _places_under(c, places, {"from"})]
    elif direction == "internal":
        # "have fled Aleppo": the town they left is in the country they are displaced within
        left = {"DOBJ"} if verb.lemma_.lower() in ("flee", "leave", "abandon", "escape") else set()
        found = _places_under(verb, places, {"in", "within", "across", "inside", "throughout", "from", "out"} | left)
        if not found:
            # "fled Masiaka and nearby villages toward Freetown": where they went, however the parser hung it
            left_nouns = [c for c in verb.children if c.dep_ == "dobj"]
            # (a town: "left the camp for Iraq" crosses a border, whatever the direction says)
            found = [p for h in [verb, *left_nouns, *(c for t in left_nouns for c in t.conjuncts)]
                     for p in _places_under(h, places, {"to", "toward", "towards", "into", "for"}) if p.role == "city"]
    else:  # "arriving on Yemen's shores", "landed on Lampedusa"; "crossed the Lachin corridor into
        # Armenia": where they went wins over what they crossed
        onward = {"into", "to", "toward", "towards"}
        crossed = [c for c in verb.children if c.dep_ == "dobj"]  # "the corridor into Armenia": the parser's attachment
        # "entered Germany across the Austrian border": the country entered, not the side they came from
        found = _places_under(verb, places, onward) or [p for c in crossed for p in _places_under(c, places, onward)] \
            or _places_under(verb, places, {"into", "to", "in", "on", "toward", "towards", "DOBJ"}) \
            or _places_under(verb, places, {"across"}) \
            or (_places_under(verb, places, {"at"}) if verb.lemma_.lower() in ("land", "arrive", "dock", "touch") else [])
        # ("landed at Warsaw's Chopin airport": where a plane or boat came in)
    if not found and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        # "on to Frankfurt, where around 2,800 evacuees had arrived by Tuesday": the place the clause hangs on
        found = [p for p in places if p.start <= verb.head.i < p.end and p.role in ("name", "city")]
    codes = sorted({code for p in found for code in expand_plural(p, origin)})
    if not codes:
        # "Georgia saw 9,642 Russians entering": the recording country is the subject.
        root = verb
        while root.head.i != root.i and root.dep_ in ("ccomp", "xcomp", "acl", "relcl", "advcl", "conj", "pobj", "prep", "dobj", "nsubj"):
            root = root.head
            if root.lemma_.lower() in RECORDING_VERBS:
                break
        if root.lemma_.lower() in RECORDING_VERBS:
            for child in root.children:
                if child.dep_ == "nsubj":
                    # "Lithuania, Latvia and Poland have recorded 5,000 crossings", "the two countries had received"
                    # ("Honduras' National Migration Institute recorded": the country that owns the body)
                    subjects = set(range(child.left_edge.i, child.i + 1)) | {c.i for c in child.subtree if c.dep_ == "conj"}
                    codes = sorted({code for p in places if any(p.start <= i < p.end for i in subjects)
                                    and p.role in ("name", "anaphor", "city") for code in expand_plural(p, origin)})
    return codes


_COMPARED_PERIOD = re.compile(r"\b(?:from|than|with|against|on)\s+the\s+same\s+(?:period|time|months?|weeks?)\s+(?:of|in)\s*$",
                              re.IGNORECASE)


def _pick_time(number: NumberMention, times: list[TimeMention], next_count_char: int,
               sent: Span, counts: list[NumberMention]) -> Optional[TimeMention]:
    """The period of a figure: the first date after it, before the next figure; else the last before it.

    A date that only dates the report ("the ministry said on Saturday") is skipped.
    """
    doc = sent.doc

    def dates_report(time: TimeMention) -> bool:
        span = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
        if span is None or time.relation == "since":
            return False  # "have left since the order was announced on July 22": the start, not a report's day
        head = span.root
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lemma_.lower() in SOURCE_NOUNS:
            return True  # "put the number at 1,037 in a statement on Monday": the day of the statement
        if head.dep_ == "pobj" and head.head.lower_ not in ("on", "in", "at", "during", "late", "early"):
            return False  # "told stories about November": the date is what was told
        while head.dep_ in ("pobj", "prep", "npadvmod", "compound", "nummod") and head.head.i != head.i:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                break
        estimated = head.lemma_.lower() in ("estimate", "calculate") and any(c.dep_ == "ccomp" for c in head.children) \
            and time.start_char > head.idx  # not "On Monday night, police estimated that 3,000 people walked across"
        if (head.lemma_.lower() not in SPEECH_VERBS or head.pos_ not in ("VERB", "AUX")) and not estimated:
            # (but "estimated on Thursday that 180,000 people had been driven from their homes" says so; and
            # "through three smaller posts on Sunday" is no posting)
            return False
        if head.lemma_.lower() in RECORDING_VERBS and any(c.dep_ == "dobj" for c in head.children):
            return False  # "In February, field workers counted an average of 1,800 arrivals a day": the days counted
        if time.end_char <= head.idx and number.end_char <= head.idx:
            return False  # "On Monday and Tuesday alone 4,150 people left by air, the department said", "a plane
            # brought 86 refugees from Skopje on Monday, the ministry said": the report closes what it tells, date
            # and figure both (the parser may hang the date on "said")
        if any(head.idx < c.start_char and c.end_char <= time.start_char for c in counts):
            return False  # "..., the institute said, against 4,812 in October": a figure told after the verb owns
            # the date that follows it, wherever the parser hangs the date
        # "On Sept. 24-25, the agency said, more than 8,000 ...": a parenthetical "X said," leaves
        # the date before it to the report's content.
        parenthetical = head.i + 1 < len(doc) and doc[head.i + 1].text == "," and time.end_char <= head.idx
        return not parenthetical

    number_token = doc[number.end - 1]

    def other_clause(time: TimeMention) -> bool:
        """A date inside a clause that does not hold the figure ("..., and on each day of the
        previous weekend it recorded more than 8,000" does not date the figure before it)."""
        owner = governing_verb(doc, time)
        if owner is None or owner.pos_ not in ("VERB", "AUX"):
            return False
        while owner.dep_ in ("xcomp", "acomp") and owner.head.i != owner.i:
            owner = owner.head
        if owner.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in owner.children):
            return False  # "312 people climbed over or cut through the fence last week": one subject, one clause
        inside = {t.i for t in owner.subtree}
        return number_token.i not in inside and any(c.end - 1 in inside for c in counts if c is not number)

    def names_a_thing(time: TimeMention) -> bool:
        """"the Feb. 6 quakes", "the 2015 crisis": a date inside a noun phrase names the thing."""
        span = date_words(doc, time)  # "hit by the Feb. 6 quakes": the date without its preposition
        return time.relation in ("at", "by") and span is not None and span.root.dep_ in ("compound", "nmod", "amod") \
            and span.root.head.pos_ == "NOUN" and span.root.head.lemma_.lower() not in (
                "weekend", "week", "day", "month", "period", "night", "morning", "year", "fortnight", "sailing",
                "trip", "voyage", *VEHICLE_NOUNS)  # ("arrived on the two Sunday flights from Miami": that Sunday)

    def another_figure(time: TimeMention) -> bool:
        """"roughly twice the figure for the week before": the date of another figure the text compares."""
        span = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        prep = root.head if root.dep_ == "pobj" else root
        return prep.dep_ == "prep" and prep.lower_ in ("for", "of", "in") and prep.head.lemma_.lower() in _FIGURE_NOUNS \
            and prep.head.pos_ in ("NOUN", "PROPN") \
            and not any(prep.head.i == c.end - 1 for c in counts) and prep.head.i != number_token.i \
            and not (prep.head.dep_ in ("nsubj", "nsubjpass") and prep.head.head.i == _governor(number_token).i)
        # ("The figure for July alone was 11,320": the figure is the subject of the figure's own clause)

    def figureless_comparison(time: TimeMention) -> bool:
        """"229,000 have crossed since January, down a third from the same period of 2023": the date of
        a comparison that gives no figure of its own."""
        before = text_of(doc)[max(time.start_char - 40, 0):time.start_char]
        return bool(_COMPARED_PERIOD.search(before)) and not any(
            number.end_char <= c.start_char < time.start_char for c in counts)

    def of_a_compared_figure(time: TimeMention) -> bool:
        """"259,000 entered on Sunday, up from 217,000 on Saturday, while about 231,000 left": the Saturday
        is the compared figure's, not the one that follows."""
        return any(c is not number and c.end_char <= time.start_char and _compared(doc[c.start])
                   and len(text_of(doc)[c.end_char:time.start_char].split()) <= 2 for c in counts)

    def describes_the_people(time: TimeMention) -> bool:
        """"docked on Wednesday with 234 migrants it had picked up off Libya last Thursday", "27 citizens, most
        of them traders caught in Arys on Monday, had crossed home on Tuesday": the date of a clause that tells
        who the people are."""
        owner = governing_verb(doc, time)
        if owner is None or owner.dep_ not in ("relcl", "acl") or owner.head.pos_ not in ("NOUN", "PROPN"):
            return False  # (not "another 700 set off on Monday", which the parser may hang on the figure itself)
        # what was done to them ("it had picked up", "caught in Arys"), not what they did ("people crossing the
        # Darien in January", "refugees who fled on Monday")
        done_to = owner.tag_ == "VBN" and owner.dep_ == "acl" or any(
            c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which") for c in owner.children)
        # (and what they had done before, no movement: "1,100 people who had sheltered on a beach on New Year's Eve
        # stepped ashore on Saturday")
        done_to = done_to or (owner.dep_ == "relcl" and _verb_trigger(owner) is None
                              and any(c.dep_ == "aux" and c.lower_ == "had" for c in owner.children))
        if not done_to or (owner.dep_ == "acl" and (_verb_trigger(owner) is not None
                                                    or owner.lemma_.lower() in CARRIER_VERBS | {"fly", "ship", "bus"})):
            return False  # (nor "3,700 Venezuelans expelled from the United States between Oct. 12 and Tuesday")
        noun = number_token.head if number_token.dep_ == "nummod" else number_token
        # (the parser may make "most of them traders" a second subject of the figure's verb)
        described = {noun.i} | {c.i for c in noun.children if c.dep_ in ("appos", "conj")}  # (not "a jet bound for ...")
        return owner.head.i in described or (
            noun.dep_ in ("nsubj", "nsubjpass") and owner.head.dep_ == noun.dep_ and owner.head.head.i == noun.head.i)

    def of_a_superlative(time: TimeMention) -> bool:
        """"755 people crossed on Thursday, the highest daily number so far this year": the span a record is
        measured over, not the figure's own."""
        before = text_of(doc)[max(time.start_char - 60, number.end_char):time.start_char]
        return bool(_SUPERLATIVE_BEFORE.search(before))

    usable = [t for t in times if not dates_report(t) and not t.vague and not other_clause(t) and not names_a_thing(t)
              and not another_figure(t) and not figureless_comparison(t) and not of_a_superlative(t)]
    if any(describes_the_people(t) for t in usable) and not all(describes_the_people(t) for t in usable):
        usable = [t for t in usable if not describes_the_people(t)]  # (when the movement's own clause has a date)
    # "By the end of March, 39 had made the crossing; rough seas kept the boats away in April": a date
    # past a semicolon belongs to the next clause
    after = [t for t in usable if number.end_char <= t.start_char < next_count_char
             and ";" not in text_of(doc)[number.end_char:t.start_char]]
    if after:
        return after[0]
    before = [t for t in usable if t.end_char <= number.start_char]
    own_before = [t for t in before if not of_a_compared_figure(t)]
    if own_before and own_before[-1] is not before[-1] and not _compared(number_token):
        return own_before[-1]
    if before and _compared(number_token) and not any(t.start_char >= number.end_char for t in times) and any(
            c is not number and before[-1].end_char <= c.start_char and c.end_char <= number.start_char for c in counts):
        return None  # "Between Tuesday and Thursday, 1,150 maids left, against about 600 in a normal week": the
        # days are the first figure's; the one set beside it names no days of its own
    if before:
        return before[-1]
    # "16,000 people have arrived since gunmen killed at least 86 civilians there on June 11": the start
    # of the period, though another figure stands between
    return next((t for t in usable if t.relation == "since" and t.start_char >= number.end_char
                 and ";" not in text_of(doc)[number.end_char:t.start_char]), None)


def _since_the_act_before(verb: Optional[Token], times: list[TimeMention]) -> Optional[dt.date]:
    """The day of the act a clause joined by "and ... have since" follows, as its own day names it."""
    if verb is None or verb.dep_ != "conj" or not any(c.dep_ == "advmod" and c.lower_ == "since" for c in verb.children):
        return None
    doc = verb.doc
    own = [t for t in times if t.start is not None and t.relation == "at" and governing_verb(doc, t) is not None
           and governing_verb(doc, t).i == verb.head.i]
    return own[0].start if own else None


def _group_that_moved(group: Token) -> bool:
    """"A second group of 312 sailed on Friday": one group, the subject of its own movement (not "in groups of 40")."""
    return group.tag_ == "NN" and group.dep_ in ("nsubj", "nsubjpass") and _verb_trigger(group.head) is not None


def _time_after(figure: Token) -> bool:
    """"up from about 800 two days earlier", "against about 1,500 the previous weekend": the parser hangs the
    figure on the days that follow it, a time of their own with its own number or article."""
    unit = figure.head
    return unit.lemma_.lower() in DURATION_UNITS | {"weekend"} \
        and any(t.like_num or t.lower_ in ("the", "that", "this") for t in figure.doc[figure.i + 1:unit.i])


def _list_chain(item: Token) -> list[Token]:
    """An item of a list and the items before it, back to the first: "49 children", "63 women", "380 men"."""
    chain = [item]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _coordinated(figure: Token, other: Token) -> bool:
    """"brought back 647 Indians and seven Maldivians from Wuhan on Saturday and Sunday": two figures of one
    list, which share what follows the last of them (also the last item of a longer list: "380 men, 63 women and
    49 children")."""
    noun = figure.head
    if figure.dep_ != "nummod" or other.dep_ != "nummod":
        return False
    chain = [t.i for t in _list_chain(other.head)]
    if noun.i not in chain[1:]:
        return False
    items = set(chain[:chain.index(noun.i, 1) + 1])
    # (an item may have words of its own: "229 cheerleaders, 26 taekwondo performers and 21 journalists")
    return all(t.dep_ in ("cc", "punct") or t.i in items or (t.dep_ in ("nummod", "compound", "amod") and t.head.i in items)
               for t in figure.doc[noun.i:other.i])


def _breakdown_of(figure: Token, other: Token) -> bool:
    """"the 492 passengers of the MV Sun Sea — 380 men, 63 women and 49 children — came ashore on Friday": the
    figures of a breakdown set beside the whole do not end its clause."""
    first = _list_chain(other.head)[-1]
    if figure.dep_ != "nummod" or other.dep_ != "nummod" or first.dep_ != "appos":
        return False
    if first.head.i == figure.head.i:
        return True
    # "A convoy of buses carrying 280 North Koreans — 229 cheerleaders, ... —": the parser hung the breakdown on
    # a noun above the figure's, though only a dash stands between them
    between = figure.doc[figure.head.i + 1:min(t.i for t in first.subtree)]
    return first.head in figure.head.ancestors and len(between) > 0 and all(t.is_punct for t in between)


def since_event(sent: Span) -> Optional[str]:
    """The event type a "since ..." phrase without a date points to ("since the call-up was announced")."""
    for token in sent:
        if token.lower_ != "since":
            continue
        scope = token.head.subtree if token.dep_ == "mark" else token.subtree
        for word in scope:
            key = word.lower_ if word.lower_ in EVENT_NOUNS else sent.doc[word.i - 2:word.i + 1].text.lower() \
                if word.i >= 2 and word.lower_ == "up" else ""
            if key in EVENT_NOUNS:
                return EVENT_NOUNS[key]
    return None


def _acting_authority(verb: Token, attributions: list[Attribution], discourse: Discourse) -> Optional[str]:
    """"the service detained just 11 people who had crossed": the body that counts what it did."""
    from .discourse import _phrase_tokens, _resolve_anaphor, _source_text, _with_entity

    for child in verb.children:
        if child.dep_ == "nsubj" and (noun_lemma(child) in AUTHORITY_NOUNS or child.ent_type_ == "ORG") \
                and child.lemma_.lower() not in ("it", "they") \
                and not any(c.like_num or c.dep_ == "nummod" for c in child.subtree):  # "250,000 Rohingya crossed"
            # "Lebanon's General Security deported 2,731 Syrians": the body's whole name, not its head word
            name = _source_text(_with_entity(_phrase_tokens(child)), []) if child.ent_type_ == "ORG" else None
            # "The sea rescue service, Salvamento Maritimo, brought 230 people ashore": the name set off after it
            name = name or discourse.named_bodies.get(noun_lemma(child)) if any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in child.children) else name
            # ("police in Moscow put 112 migrants facing deportation on a charter flight to Dushanbe": the police
            # as the sentence names them with their place, where bare "guards" or "officers" name no one)
            located = any(t.ent_type_ in ("GPE", "LOC") for t in child.subtree if t.i > child.i)
            return _resolve_anaphor(child, child.text, discourse) or name \
                or (_source_text(_with_entity(_phrase_tokens(child)), []) if located else None)
    return None


def _choose_source(number: NumberMention, attributions: list[Attribution], sent: Span) -> Optional[str]:
    if not attributions:
        return None
    doc = sent.doc
    cited = [a for a in attributions if doc[a.cue].lemma_.lower() == "cite" and not dating_clause(doc[a.cue])]
    if cited:
        return cited[-1].source  # "SANA reported, citing Syria's Interior Ministry": the body cited (GUIDELINES)
    token = doc[number.end - 1]
    ancestors = {a.i for a in token.ancestors}
    governing = [a for a in attributions if a.cue in ancestors]
    named = [a for a in governing if not _bare_plural(a.source)]
    if named and len(named) < len(governing):
        # "Last week, it added, guards logged 2,410 entries": the body speaking, not its staff at work
        return named[-1].source
    if governing and (country := country_of(governing[-1].source)) and country[1] == "name":
        # "Zambia recorded 915,000 international tourist arrivals last year, according to the Ministry of Tourism
        # and Arts": the country keeps the count, the body it names tells it
        told_by = [a for a in attributions if a.cue not in ancestors and doc[a.cue].head.i in ancestors
                   and not dating_clause(doc[a.cue]) and not country_of(a.source)]
        if told_by:
            return min(told_by, key=lambda a: abs(a.cue - token.i)).source
    if governing:
        return governing[-1].source
    # "arrived in Serbia between Sept. 21, when Putin announced the call-up, and Wednesday, according to Serbia's
    # Interior Ministry": the attribution hung on the figure's own clause, not a report told to date it
    attached = [a for a in attributions if doc[a.cue].head.i in ancestors and not dating_clause(doc[a.cue])]
    if attached:
        return min(attached, key=lambda a: abs(a.cue - token.i)).source
    told = [a for a in attributions if not dating_clause(doc[a.cue])]
    return min(told, key=lambda a: abs(a.cue - token.i)).source if told else None


def _listed_after(head: Token, previous: Optional[_Frame]) -> bool:
    """"Of them, 341 were Mozambicans, 118 Basotho and 64 Zimbabweans": people listed after the part the figure
    before them was, and so parts of the same whole."""
    if previous is None or previous.verb is None or head.dep_ != "conj":
        return False
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "attr" and first.head.i == previous.verb


def _bare_plural(source: str) -> bool:
    """"guards", "officials": a kind of source, not one named."""
    return " " not in source.strip() and source.islower() and source.endswith("s")


@dataclass
class _Frame:
    """What a figure inherits when its clause leaves it out: an earlier figure's movement."""

    fields: dict
    verb: Optional[int]  # the predicate of that figure, within the sentence (None from earlier sentences)
    from_discourse: bool = False
    part: bool = False  # that figure was itself a part of an earlier one ("62,040 of them")
    trigger: Optional[int] = None  # the word that told that figure's movement, within the sentence


# Verbs that break a figure just told down by nationality: "Chinese visitors were the largest group, with 5,100,
# followed by about 3,400 Britons", "Venezuelans made up 1,904 of Wednesday's arrivals".
_SHARE_VERBS = {"be", "follow", "make", "include", "account", "number", "comprise"}


def _national_share(head: Optional[Token], verb: Optional[Token], value: float, discourse: Discourse) -> bool:
    """A figure of one nationality among the people the last sentence counted moving, told without a movement
    of its own."""
    whole = discourse.last_movement
    if whole is None or discourse.sentences_since_movement > 1 or not whole.get("count") or value >= whole["count"]:
        return False
    if verb is None or verb.lemma_.lower() not in _SHARE_VERBS:
        return False
    people = head if head is not None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return people is not None and bool(_nationality(people))


def _largest_part_of_last(head: Token, trigger: Trigger, value: float, discourse: Discourse) -> bool:
    """"The largest group, about 6,100, went to Russia" right after an exit counted: the largest part of the
    figure just given, where it went, not an entry of that country."""
    whole = discourse.last_movement
    if whole is None or discourse.sentences_since_movement > 1 or not whole.get("count") \
            or value >= whole["count"] or whole.get("direction") != "exit" or trigger.direction != "entry":
        return False
    if head.dep_ == "appos":
        head = head.head  # "The largest group, about 6,100,"
    return noun_lemma(head) in ("group", "share", "part", "contingent") and any(
        c.dep_ == "amod" and c.tag_ == "JJS" for c in head.children)


# Verbs that repeat the movement just counted ("9,400 crossed on Saturday and a further 8,900 followed").
SAME_MOVEMENT_VERBS = {"follow", "do", "join"}


def _verb_read_as_noun(token: Token) -> Optional[Trigger]:
    """A movement verb the tagger took for a noun: "Venezuelans cross into Colombia"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in MOVE_VERBS and lemma not in MOVE_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("into", "to", "from", "across", "through") for c in token.children):
        return Trigger(token, MOVE_VERBS[lemma])
    return None


# Verbs that bring a running total to a new figure (the nouns for that total are TOTAL_NOUNS).
_TOTALLING_VERBS = {"take", "bring", "push", "raise", "lift", "put", "swell"}


def _before_its_total(figure: Token) -> bool:
    """"bringing to more than 4,600 the number of people who have entered": the parser hung the figure on
    "the number" after it, as if it counted numbers; it is that number's value."""
    total = figure.head
    if figure.dep_ == "pobj" and total.lower_ == "to" and total.head.lemma_.lower() in _TOTALLING_VERBS:
        # "The convoy brought to 2,317 the number of refugees who have gone home": not people brought anywhere
        return any(c.dep_ == "dobj" and c.lemma_.lower() in TOTAL_NOUNS for c in total.head.children)
    return figure.dep_ == "nummod" and total.i > figure.i and total.lemma_.lower() in TOTAL_NOUNS \
        and any(c.dep_ == "det" and figure.i < c.i < total.i for c in total.children)


def _total_brought_to(figure: Token) -> Optional[Trigger]:
    """"That took the number of arrivals since the invasion began to about 156,000", "bringing to 1,295
    the number of Nigerians flown home": the figure is the new total of the movement named after
    "the number of". Found from the words, since the parser often hangs the figure elsewhere."""
    sent = figure.sent
    before = [t for t in sent.doc[sent.start:figure.i] if not (t.like_num or t.lower_ in _APPROXIMATORS)]
    if not before or before[-1].lower_ != "to":
        return None
    if not any(t.lemma_.lower() in _TOTALLING_VERBS and t.pos_ == "VERB" for t in sent):
        return None
    for noun in sent:
        if noun.lemma_.lower() not in TOTAL_NOUNS:
            continue
        # "That brought to more than 71,000 the number who have fled Macedonia for Kosovo"
        # ("the number carried across the Caspian Sea since Sunday")
        told = next((found for c in noun.children if c.dep_ in ("relcl", "acl") and (found := _verb_trigger(c))), None)
        if told is not None:
            return told
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for counted in prep.children:
                if counted.lemma_.lower() in MOVE_NOUNS:
                    return Trigger(counted, MOVE_NOUNS[counted.lemma_.lower()])  # "the number of arrivals"
                if not _is_people(counted):
                    continue
                # "the number of Nigerians flown home" (the parser may hang "flown" on "number")
                moved = next((found for c in [*counted.children, *noun.children]
                              if c.dep_ in ("acl", "relcl") and (found := _verb_trigger(c))), None)
                if moved is not None:
                    return moved
    return None


_FIRST_DAY = re.compile(r"\b(?:on )?the first day\b(?! of)", re.IGNORECASE)


def _first_day_of_what_was_told(discourse: Discourse) -> Optional[dt.date]:
    """The start of the measure told of in the sentence before, else of the flow last counted."""
    if discourse.last_event is not None and discourse.last_event.date_start is not None:
        return discourse.last_event.date_start
    return discourse.last_movement["date_start"] if discourse.last_movement is not None else None


def _brings_a_total(sent: Span) -> bool:
    """"bringing the number ... to", "brought to 3,517 the number", "taking the total to" (and "brought to more
    than 4,600 the number", where the parser made the number the object of "to")."""
    return any(t.lemma_.lower() in _TOTALLING_VERBS and any(
        (c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TOTAL_NOUNS)
        or (c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in TOTAL_NOUNS for g in c.children))
        for c in t.children) for t in sent)


def _day_totalled(times: list[TimeMention], start: dt.date, discourse: Discourse) -> Optional[dt.date]:
    """The last day the sentence names after the total's start, else the day the story last named."""
    ends = [t.end for t in times if t.relation != "since" and t.end is not None and t.end >= start]
    if ends:
        return max(ends)
    # (the end of the span the figure before it counted: "640 ... between Sunday and Tuesday. That brought to about
    # 5,200 the number ... since the start of October" runs to Tuesday)
    told = discourse.last_movement if discourse.last_movement is not None else {}
    span_end = told.get("date_end") if told.get("date_start") and told.get("date_end") \
        and (told["date_end"] - told["date_start"]).days < 7 else None
    days = [day for day in (discourse.last_day, span_end) if day is not None and day >= start]
    return max(days) if days else None


# Words between "to" and a total: "to about 156,000".
_APPROXIMATORS = {"about", "around", "some", "nearly", "almost", "roughly", "more", "than", "over", "above", "just",
                  "under", "an", "estimated", "approximately"}


def _of_people(figure: Token) -> bool:
    """"263 of its citizens": a figure that counts the people named after it."""
    return figure.like_num and any(c.dep_ == "prep" and c.lower_ == "of" and any(_is_people(g) for g in c.children)
                                   for c in figure.children)


# What sets a part off right after the figure it is part of: "137 Syrians, among them 34 children".
_SET_OFF_PART = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?,\s+(?:among\s+them|including|of\s+whom)\s+(?:about\s+|some\s+|at\s+least\s+)?")


def _in_with_phrase(token: Token) -> bool:
    """"crossed with his wife and four children": company of the one who moved (not "a canoe with 321 people")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if not (token.dep_ == "pobj" and token.head.lower_ in ("with", "alongside")):
        return False
    if token.lemma_.lower() in MOVE_NOUNS:
        return False  # "July was the busiest month, with 55,436 crossings": the movement itself
    if any(c.lower_ in ("aboard", "onboard") for c in token.children):
        return False  # "sailed from Honiara with 486 foreigners aboard": the load, who moved
    holder = token.head.head
    if holder.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and (c.lemma_.lower() in VEHICLE_NOUNS or any(
            g.dep_ in ("compound", "appos") and g.lemma_.lower() in VEHICLE_NOUNS for g in c.children))
            for c in holder.children):
        # "a plane from Beijing landed in Pyongyang with about 200 passengers", "The British frigate HMS Cumberland
        # arrived from Benghazi with 207 evacuees": its load
        return False
    return holder.pos_ in ("VERB", "AUX") or _is_people(holder)


def _rate_of(token: Optional[Token]) -> Optional[str]:
    """A rate on a movement's verb or noun: "daily arrivals", "had come across each day"."""
    if token is None:
        return None
    for child in token.children:
        if child.lower_ in RATE_ADVERBS:
            return RATE_ADVERBS[child.lower_]
        if child.dep_ == "npadvmod" and child.lemma_.lower() in ("day", "week", "month") \
                and any(g.lower_ in ("each", "every", "a", "per") for g in child.children):
            return child.lemma_.lower()
    return None


def _opener_comma(sent: Span) -> Optional[int]:
    """The position in the sentence of the comma that closes an opening "Of ...,", if it comes within five words."""
    if len(sent) < 3 or sent[0].lower_ != "of":
        return None
    return next((k for k in range(1, min(len(sent), 6)) if sent[k].text == ","), None)


def _opens_on_part(sent: Span) -> bool:
    """"Of those, ...", "Of the total, ...", "Of Saturday's total, ...", "Of Monday's arrivals, ...", "Of the 345,
    ...": every figure of the sentence is a part of the one just given."""
    comma = _opener_comma(sent)
    if comma is None:
        return False
    whole = sent[comma - 1]
    # ("Of the 345, 97 were children": the figure just given, named by its number)
    return (comma == 2 and whole.lower_ in _PART_PRONOUNS) or whole.lemma_.lower() in _WHOLE_NOUNS \
        or (whole.like_num and comma <= 3)


def _whole_named_by_its_number(sent: Span, discourse: Discourse) -> bool:
    """"Of the 147, 61 are children": the opening names the figure the last movement sentence led with by its
    number, however many sentences ago."""
    if not _opens_on_part(sent) or discourse.first_movement is None:
        return False
    whole = sent[_opener_comma(sent) - 1]  # type: ignore[operator]
    return whole.like_num and re.sub(r"\D", "", whole.text) == str(discourse.first_movement["count"])


def _covers_the_whole(time: TimeMention, whole: Optional["_Frame"]) -> bool:
    """Whether a time spans all of the whole's period ("this year's" over "between Jan. 1 and Thursday")."""
    if whole is None or time.start is None:
        return False
    start, end = whole.fields["date_start"], whole.fields["date_end"]
    return start is not None and end is not None and time.start <= start and (time.end is None or time.end >= end)


def _opener_end(sent: Span) -> int:
    """Where the opening "Of ...," of a sentence about a part ends (its comma), as a character offset."""
    comma = _opener_comma(sent)
    return sent[comma].idx if comma is not None else sent.start_char


# Nouns for the figure just given: "Of the total, 9,705 were Russian citizens".
_WHOLE_NOUNS = {"total", "figure", "number", "arrival", "departure", "returnee", "deportee", "crosser", "evacuee", "group"}


def _partitive(token: Token) -> bool:
    """"900 of them", "some of those", any figure after "Of those,": a part of the figure just given."""
    return _opens_on_part(token.sent) or _of_them(token)


def _included(token: Token) -> bool:
    noun = token.head if token.dep_ == "nummod" else token
    return noun.dep_ == "pobj" and noun.head.lower_ == "including"


def _among(token: Token, head: Optional[Token]) -> bool:
    """A figure told as part of a group just counted: "Among them were 112 women", "Among those who crossed
    on Wednesday were some 3,000 soldiers", "counted about 1,100 children among them", "8,500 people, among
    them some 3,000 fighters" (not the group itself: "nine Chadians among the 133")."""
    noun = head or token
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "112 women and 38 boys"
    if any(c.dep_ == "prep" and c.lower_ == "among" and any(g.lower_ in _PART_PRONOUNS for g in c.children)
           for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "among":
        return any(g.lower_ in _PART_PRONOUNS and g.i < noun.i for g in noun.head.children)
    made_of = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head if noun.dep_ == "dobj" else None
    if made_of is not None and made_of.lemma_.lower() in ("make", "include", "comprise", "consist") and any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in (*_PART_PRONOUNS, "they") or (
                noun_lemma(c) in ("group", "batch", "convoy") and any(d.lower_ == "the" for d in c.children)))
            for c in made_of.children):
        return True  # "The group was made up of 53 men and 29 women", "They included 12 children": the whole just counted
    verb = noun.head
    return noun.dep_ in ("nsubj", "attr") and verb.lemma_ == "be" \
        and any(c.dep_ == "prep" and c.lower_ == "among" and c.i < verb.i for c in verb.children)


def _describes_the_part(verb: Token, head: Token, times: list[TimeMention]) -> bool:
    """Whether a movement verb only describes the people a part names ("212 children travelling without their
    parents", "23 pilgrims who had been visiting temples in Sindh and cut their trip short"): a clause on the
    part's noun that dates nothing of its own."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head  # "who sell vegetables in Ebebiyin and usually go home each evening"
    if verb.dep_ not in ("relcl", "acl") or verb.head.i != head.i:
        return False
    first, last = min(t.idx for t in verb.subtree), max(t.idx + len(t) for t in verb.subtree)
    return not any(first <= t.start_char and t.end_char <= last for t in times)


def _of_them(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _PART_PRONOUNS for g in c.children)
               for c in token.children)


def _said_of_a_part(place: Place, sent: Span, figure: Token) -> bool:
    """"crossed on Tuesday, most of them arriving on buses from Lviv": a place told of a part only
    (unless the part is the figure itself: "700,000 of them fled ... in Rakhine state")."""
    token = sent.doc[place.start]
    return any((_of_them(a) and a.i != figure.i)
               or any(c.dep_ in ("nsubj", "nsubjpass") and _of_them(c) and c.i != figure.i for c in a.children)
               for a in token.ancestors)


def _whole_of(token: Token, previous: Optional[_Frame], discourse: Discourse) -> Optional[_Frame]:
    """The figure a part belongs to: "1,571 were returned, 21 of them minors" the one just given in
    the sentence; after an opening "Of those," the one the last sentence led with; "carried 1,079
    people out of Niamey, including 577 French nationals": the one the sentence just gave."""
    if previous is not None and _included(token):
        return previous
    if not _partitive(token):
        return None
    if previous is not None and not _opens_on_part(token.sent):
        return previous
    return _Frame(discourse.first_movement, None, True) if discourse.first_movement is not None else None


def _part_of_figure(token: Token, value: int, previous: Optional[_Frame], discourse: Discourse) -> bool:
    """A part of the figure just given, which it cannot outnumber: after "3,700 Rohingya left by boat
    in 2022", "700,000 of them fled in 2017" is of the Rohingya, not of the 3,700."""
    whole = _whole_of(token, previous, discourse)
    if whole is None and _partitive(token) and discourse.last_movement is not None:
        whole = _Frame(discourse.last_movement, None, True)
    return whole is not None and value <= whole.fields["count"]


def _denied_report(verb: Token) -> bool:
    """"played down reports that 20,000 people crossed", "denied a claim that 100,000 had"."""
    for ancestor in verb.ancestors:
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in REPORT_NOUNS:
            return any(t.lemma_.lower() in DENIAL_VERBS or (t.lemma_.lower() == "play" and
                       any(c.lower_ == "down" for c in t.children)) for t in verb.sent)
    return False


def _in_source(place: Place, attributions: list[Attribution]) -> bool:
    """"a spokeswoman for the agency in Geneva": where the source sits is not where people moved."""
    return any(a.scope[0] <= place.start < a.scope[1] for a in attributions)


# Who speaks for a state's citizens abroad.
_MISSION_WORDS = (*MISSION_NOUNS, "state department", "foreign ministry", "foreign office",
                  "ministry of foreign affairs", "foreign affairs ministry", "external affairs")


def _missions(places: list[Place], attributions: list[Attribution], sent: Span) -> set[str]:
    """"The U.S. Embassy said", "the State Department said": the countries whose missions or foreign
    ministries report the figure. They count their own nationals leaving the country where they are, not
    their own."""
    return {p.code for a in attributions if any(w in a.source.lower() for w in _MISSION_WORDS)
            for p in places if a.scope[0] <= p.start < a.scope[1] and p.role in ("name", "adjective")
            and not any(sent.doc[i].lower_ in ("in", "to") for i in range(a.start, p.start))}


# Verbs by which a state puts people out of its territory.
_EXPELLING_VERBS = {"deport", "expel", "return", "send", "remove", "repatriate", "hand"}
# Verbs by which someone carries other people away: their doer is not where they were counted (who
# deports or expels people is: they leave its territory).
_CARRYING_VERBS = {"fly", "bring", "carry", "take", "airlift", "transport", "ferry"}


_ARRIVING_VERBS = {"arrive", "dock", "land", "reach"}
# Words for a country's own people, who come home to the country that counts them ("7,000 citizens have returned")
_OWN_PEOPLE_NOUNS = {"citizen", "national", "resident"}


def _carriers(trigger: Optional[Trigger], direction: str, places: list[Place]) -> set[str]:
    """Countries of who flew or brought people out: "brought out by British forces". Who "brought
    home" people is where they arrived; who evacuates people is most often their own state."""
    if trigger is not None and direction == "entry" and trigger.token.lemma_.lower() in _ARRIVING_VERBS:
        # "The British frigate HMS Cumberland arrived from Benghazi with 207 evacuees": the ship's flag is not
        # where it came in
        vessel = next((c for c in trigger.token.children if c.dep_ == "nsubj" and (noun_lemma(c) in VEHICLE_NOUNS or any(
            g.dep_ in ("compound", "appos") and g.lemma_.lower() in VEHICLE_NOUNS for g in c.children))), None)
        span = range(vessel.left_edge.i, vessel.right_edge.i + 1) if vessel is not None else range(0)
        return {p.code for p in places if p.start in span and p.role in ("adjective", "people")}
    if trigger is None or direction == "entry" or trigger.token.pos_ != "VERB" \
            or trigger.token.lemma_.lower() not in _CARRYING_VERBS or _sent_out_of_its_own(trigger, places):
        return set()
    verb = trigger.token
    doer = agent_of(verb) or next((c for c in verb.children if c.dep_ == "nsubj"
                                   and any(o.dep_ == "dobj" for o in verb.children)), None)
    if doer is None:
        return set()
    span = range(doer.left_edge.i, doer.right_edge.i + 1)
    return {p.code for p in places if p.start in span}


def _carried_out(trigger: Optional[Trigger], direction: str) -> bool:
    """"A chartered Qantas jet flew out another 210 people, the department in Canberra said": who tells
    of flying people out is most often the state that flew them, not the one they left."""
    return trigger is not None and direction == "exit" and trigger.token.pos_ == "VERB" \
        and trigger.token.lemma_.lower() in _CARRYING_VERBS and any(c.dep_ == "dobj" for c in trigger.token.children)


def _sent_out_of_its_own(trigger: Optional[Trigger], places: list[Place]) -> bool:
    """"Italy flew another 300 migrants from the island of Lampedusa to Libya": a state sending people out of
    its own land is the country they leave (not "Britain flew 300 of its citizens out of Kinshasa")."""
    if trigger is not None and trigger.direction == "exit" and _authority_sends_foreigners(trigger.token) \
            and not any(c.dep_ == "prep" and c.lower_ in ("from", "out") for c in trigger.token.children):
        return True  # "Police in Siracusa flew 71 Egyptian men back to Cairo": out of Italy
    if trigger is None or not _state_subject(trigger.token):
        return False
    subject = next(c for c in trigger.token.children if c.dep_ == "nsubj")
    own = {p.code for p in places if subject.left_edge.i <= p.start <= subject.i}  # ("The Bahamas")
    inside = {t.i for c in trigger.token.children if c.dep_ == "prep" and c.lower_ in ("from", "out") for t in c.subtree}
    left = [p for p in places if p.start in inside]  # ("from the island of Lampedusa")
    if not left and trigger.direction == "exit" and _foreigners_sent(trigger.token):
        return bool(own)  # "Ghana flew 16 Liberian refugees back to Monrovia": out of Ghana
    return bool(own) and bool(left) and {p.code for p in left} <= own


def _carried_back(trigger: Optional[Trigger]) -> bool:
    """"planes and ferries carried 4,300 people back to Albania": people sent back, told actively."""
    if trigger is None or trigger.token.pos_ != "VERB":
        return False
    verb = trigger.token
    return verb.lemma_.lower() in _CARRYING_VERBS | _EXPELLING_VERBS and any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children)


def _expelling_verb(trigger: Optional[Trigger], direction: str) -> bool:
    """An exit told by a verb by which a state puts people out: "deported", "were sent back"."""
    return trigger is not None and direction == "exit" and trigger.token.pos_ == "VERB" \
        and trigger.token.lemma_.lower() in _EXPELLING_VERBS


def _expelling(trigger: Optional[Trigger], direction: str) -> bool:
    """The same, active, with the people as its object: "it had deported 2,950 Haitians"."""
    return _expelling_verb(trigger, direction) and any(c.dep_ == "dobj" for c in trigger.token.children)


def _sending_state(trigger: Optional[Trigger], direction: str, places: list[Place],
                   counter: Optional[str] = None) -> list[str]:
    """The state named as the subject that sends people of another nation out, when the verb itself names no
    place they left ("Egypt put 133 Syrians ... on flights to Beirut", not "Italy flew 300 migrants from
    Lampedusa to Libya", whose "from" says where)."""
    if trigger is None or direction != "exit" or trigger.token.pos_ != "VERB" \
            or not _authority_sends_foreigners(trigger.token):
        return []
    if counter is not None and counter not in _authority_country(trigger.token):
        return []  # "Mexico bused 540 Guatemalans to the El Ceibo crossing, Guatemala's Migration Institute said": an
        # entry counted by the side that took them in (GUIDELINES)
    carried = {t.i for c in trigger.token.children if c.dep_ == "dobj" for t in c.subtree}
    # (a "from" right after the people is theirs, wherever the parser hung it: "Palestinians from Syria")
    if any(c.dep_ == "prep" and c.lower_ in ("from", "out") and c.i - 1 not in carried for c in trigger.token.children):
        return []
    subject = next(c for c in trigger.token.children if c.dep_ == "nsubj")
    return sorted({p.code for p in places if subject.left_edge.i <= p.start <= subject.right_edge.i
                   and p.role in ("name", "adjective")})[:1]


def _expeller(trigger: Optional[Trigger], direction: str, places: list[Place]) -> list[str]:
    """The country of who sends people out: the subject of an active verb of expelling."""
    if not _expelling_verb(trigger, direction):
        return []
    doer = next((c for c in trigger.token.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return []
    span = range(doer.left_edge.i, doer.right_edge.i + 1)
    return sorted({p.code for p in places if p.start in span and p.role in ("name", "adjective", "anaphor", "people")})


def _receiver_country(trigger: Optional[Trigger], direction: str, places: list[Place]) -> list[str]:
    """The country of the authority that takes people in: "Tajik border troops let in 146 Afghans"."""
    if trigger is None or direction != "entry" or trigger.token.pos_ != "VERB" or not _receiver_subject(trigger.token) \
            or not any((trigger.token.lemma_.lower(), w) in RECEIVING_PHRASALS for w in ("in", "through")):
        return []
    doer = next(c for c in trigger.token.children if c.dep_ == "nsubj")
    span = range(doer.left_edge.i, doer.right_edge.i + 1)
    return sorted({p.code for p in places if p.start in span and p.role in ("name", "adjective", "anaphor")})


def _expelled_by_speaker(trigger: Optional[Trigger], direction: str, places: list[Place],
                         speaker: Optional[str]) -> bool:
    """"Guatemala's Migration Institute said it had expelled 2,314 foreigners to Honduras": the
    speaker expelled them; so did the one whose officers did ("Agents had expelled about 1,200 migrants
    to Mexico, Customs and Border Protection said"), unless it speaks for where they were sent."""
    if trigger is None or direction != "exit" or trigger.token.lemma_.lower() not in _EXPELLING_VERBS:
        return False
    subjects = [c for c in trigger.token.children if c.dep_ == "nsubj"]
    if any(c.lower_ in ("it", "they", "we") for c in subjects):
        return True
    sent_to = {p.code for p in _places_under(trigger.token, places, {"to", "into"})}
    return speaker is not None and speaker not in sent_to and any(_unnamed_authority(c) for c in subjects)


def _unnamed_authority(token: Token) -> bool:
    """"Agents had expelled about 1,200 migrants to Mexico, Customs and Border Protection said": officers
    whose phrase names no country, who act for the one who reports them."""
    return noun_lemma(token) in AUTHORITY_NOUNS | FORCE_NOUNS | {"agent"} and not any(t.text[:1].isupper() for t in token.subtree if t.i != token.i)


# What people leave a country for, in a phrase that names where: "left for work in Russia".
_PURPOSE_NOUNS = {"work", "job", "jobs", "employment", "study", "studies", "school", "university", "treatment",
                  "holiday", "holidays", "vacation"}


def _for_a_purpose(place: Token, verb: Token) -> bool:
    """A place in the verb's clause named where people went to work or study: "for jobs in Thailand"."""
    for above in place.ancestors:
        if above.i == verb.i:
            return False
        if above.dep_ == "pobj" and above.head.lower_ == "for" and above.lemma_.lower() in _PURPOSE_NOUNS:
            return verb.i in {a.i for a in above.ancestors}
    return False


def _destinations(trigger: Optional[Trigger], direction: str, places: list[Place]) -> set[str]:
    """Where people leaving went ("returned to Honduras"): not the country they left."""
    if trigger is None or direction != "exit":
        return set()
    went = {p.code for p in _places_under(trigger.token, places, {"to", "into", "toward", "towards", "for"})}
    # "put aboard a chartered ferry from Zeebrugge to Dover": the route hangs on what carried them
    went |= {p.code for p in _on_route(trigger.token, places, ("to", "for"))}
    # "put on a chartered bus to the Russian border post at Borisoglebsk" (the parser may hang the "to" on
    # the bus or on the verb)
    went |= {p.code for owner in [trigger.token, *_conveyances(trigger.token)] for c in owner.children
             if c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards")
             for p in places if c.i < p.start <= c.right_edge.i and p.role == "adjective"}
    # "have left for work in Russia", "left for jobs in Thailand", "flew out in the first half of this year for
    # seasonal farm jobs in Australia": where the work is
    went |= {p.code for p in places if _for_a_purpose(trigger.token.doc[p.end - 1], trigger.token)}
    if trigger.token.lemma_.lower() in ("hand", "turn", "deliver"):
        # "handed 214 people to Hungarian border guards": the state of those they were handed to
        # ("handed 412 people back to Slovenian officers": the parser may hang "to" on "back")
        preps = [c for c in trigger.token.children if c.dep_ == "prep"] \
            + [g for c in trigger.token.children if c.lower_ in ("back", "over") for g in c.children if g.dep_ == "prep"]
        receivers = {t.i for c in preps if c.lower_ == "to" for t in c.subtree}
        went |= {p.code for p in places if p.start in receivers and p.role in ("adjective", "name", "people")}
    return went


def _speaker_country(place: Place, attributions: list[Attribution], discourse: Discourse,
                     places: list[Place], sent: Span) -> Place:
    """"Georgia's Interior Ministry said 49,000 Russians entered the country": "the country" is the
    speaker's, when the speaker is a national body; not when the sentence has just named the country
    ("The U.S. Embassy said 8,000 of the Americans in Lebanon had left the country")."""
    if place.role != "anaphor" or place.size:
        return place
    if any(c.lower_ == "their" for c in sent.doc[place.start].children):
        return place  # "Soylu said 337,729 Syrians had returned to their country": the people's, not the speaker's
    if any(p.role == "name" and p.code == place.code and p.start < place.start for p in places):
        return place
    homes = {h for a in attributions if (h := discourse.source_country.get(a.source))}
    if len(homes) == 1 and place.code not in homes:
        return Place(homes.pop(), place.start, place.end, place.role)
    return place


def _bound_for(place: Place, sent: Span) -> bool:
    """"a chartered jet bound for Hong Kong", "flights to Miami": a place someone went to, never the country
    people left."""
    token = sent.doc[place.end - 1]  # "Hong Kong": the name's last word is the object
    if any(_purpose_abroad(a) for a in token.ancestors):
        return True  # "left on a charter flight to Tel Aviv to work on Israeli farms"
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "fled to Senegal and Mali"
    return token.dep_ == "pobj" and token.head.lower_ in ("to", "for", "into", "toward", "towards")


# What people leave to do where they go: "left for Tel Aviv to work on Israeli farms".
_PURPOSES_ABROAD = {"work", "study", "live", "join", "settle", "seek", "take"}


def _purpose_abroad(verb: Token) -> bool:
    """"to work on Israeli farms": an infinitive saying what people left to do."""
    return verb.lemma_.lower() in _PURPOSES_ABROAD and verb.dep_ in ("advcl", "xcomp") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _came_from(place: Place, sent: Span) -> bool:
    """"85,000 came from Tunisia and some 40,000 from Libya": a place people came from is never where
    they were counted; nor a place across the line from where they were ("opposite Bulgaria's post"), nor
    one in a clause that dates the figure ("since Turkey launched its operation on Oct. 9")."""
    token = sent.doc[place.start]
    if token.dep_ == "pobj" and token.head.lower_ in ("from", "out"):
        return True
    below = token
    for above in token.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            break
        if above.dep_ == "prep" and above.lower_ == "from" and below.pos_ == "PROPN":
            return True  # "on the road from Tete in Mozambique" (not "driven from their villages in Niger")
        if (above.dep_ == "prep" and above.lower_ == "opposite") or (above.lower_ == "facing" and above.dep_ in ("acl", "prep")):
            return True  # "came through the Kapikule gate, opposite Bulgaria's Kapitan Andreevo checkpoint": across the line
        below = above
    return any((a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("since", "after", "before", "when", "until")
                                          for c in a.children))
               or (a.dep_ == "prep" and a.lower_ in ("since", "after", "before", "until") and any(
                   c.dep_ == "pcomp" for c in a.children)) for a in token.ancestors)


def _namesake_region(place: Place, sent: Span, discourse: Discourse) -> bool:
    """"evacuated from Buzi district" in a story about Mozambique: a district of the same name in a
    country the story never named is not the one meant."""
    return place.role == "city" and bool(discourse.recent_countries) and place.code not in discourse.recent_countries \
        and any(t.lower_ in REGION_WORDS for t in sent.doc[place.end - 1:place.end + 1]) \
        and region_country(sent.doc[place.start:place.end].text) is None


def _known_country(place: Place, sent: Span, discourse: Discourse) -> bool:
    """A town the gazetteer places in a country the story never named ("Joda", also a town in India)
    is too weak to count a figure there on its own; a region from the English-name table is known
    without it (capitals have namesakes too: Victoria, Kingston, San Jose)."""
    if place.role != "city" or place.code in discourse.recent_countries:
        return True
    if any(t.lower_ in REGION_WORDS for t in sent.doc[place.end - 1:place.end + 1]) and not discourse.recent_countries:
        # "in Assam state", "Ituri province": named as a region, not a namesake town; but in a story about
        # Mozambique, "Buzi district" is no district of Taiwan
        return True
    return region_country(sent.doc[place.start:place.end].text) is not None


def _from_their_homes(verb: Token) -> bool:
    """"driven 150,000 Eritreans from their homes", "fled their homes": uprooted where they live, not
    refugees leaving a camp."""
    def theirs(place: Token) -> bool:
        return place.lemma_.lower() in ("home", "village", "house") and any(c.lower_ == "their" for c in place.children)

    if verb.lemma_.lower() in ("flee", "leave", "abandon") and any(c.dep_ == "dobj" and theirs(c) for c in verb.children):
        return True  # "10,000 Bangladeshi villagers fled their homes near the Indian border"
    return any(p.dep_ == "prep" and p.lower_ == "from" and o.dep_ == "pobj" and theirs(o)
               for p in verb.children for o in p.children)


def _across_a_border(place: Place, sent: Span) -> bool:
    """"on Russia's border with Ukraine": the country on the far side of a border named."""
    return any(a.lemma_.lower() in ("border", "frontier") for a in sent.doc[place.start].ancestors)


def _a_side(place: Place, sent: Span, figure: Token) -> bool:
    """"and that buses were still queueing on the Syrian side": a country named as the side of a crossing people
    wait on, in a clause of its own (not "reached camps on the Syrian side", said of the figure's own move)."""
    side = sent.doc[place.start].head
    if side.lemma_.lower() != "side":
        return False
    clause = next((a for a in side.ancestors if a.pos_ in ("VERB", "AUX")), None)
    people = figure.head if figure.dep_ == "nummod" else figure  # ("migrants who ... were caught on the Spanish side")
    return clause is not None and clause.i not in {a.i for a in figure.ancestors} \
        and clause.i not in {t.i for t in people.subtree}


def _homes_abroad(verb: Token, places: list[Place], nationality: list[str], discourse: Discourse) -> bool:
    """"600 Chinese residents fled their homes and shops for the police academy at Rove" (in a story from
    Honiara), "Inside Baghdad, 1,000 Palestinians fled their homes": foreigners uprooted where they live, in
    a country the clause names (not "on Russia's border with Ukraine", nor a town of the same name abroad)."""
    clause = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ == "advcl" for t in c.subtree}
    return any(p.start in clause and p.code not in nationality and not _across_a_border(p, verb.sent)
               and (p.role == "name" or (p.role == "city" and p.code == discourse.dateline_country)) for p in places)


# Prepositions of where people went.
_TOWARD = {"to", "into", "toward", "towards"}

# The prepositions of a figure whose verb is gapped that say where it was counted.
_GAPPED_PREPOSITIONS = {"entry": {"into", "to"}, "exit": {"from"}, "internal": {"in", "within"}}


def _where_they_lived(figure: Token, places: list[Place]) -> list[str]:
    """The one country of the towns and countries named in the figure's own phrase ("residents of villages
    in the Grayvoron district on Russia's border with Ukraine": not the land across the border, nor places
    of a clause told of them)."""
    noun = figure.head if figure.dep_ == "nummod" else figure

    def phrase(token: Token) -> list[Token]:
        if token.dep_ in ("relcl", "acl", "appos") or token.lemma_.lower() in ("border", "frontier", "boundary"):
            return [token] if token.lemma_.lower() in ("border", "frontier", "boundary") else []
        return [token, *(t for c in token.children for t in phrase(c))]

    words = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "from") for t in phrase(c)}
    codes = {p.code for p in places if p.role in ("name", "city") and p.start in words}
    return sorted(codes) if len(codes) == 1 else []


def _gapped_places(figure: Token, direction: str, places: list[Place], origin: list[str]) -> list[str]:
    """Where a figure whose verb is left out went: "300,000 Kosovars have fled into Albania ..., and about
    120,000 into Macedonia", "100,000 have crossed into Benin and between 40,000 and 50,000 into Ghana"."""
    own = [figure, *([figure.head] if figure.dep_ == "conj" and figure.head.pos_ == "NUM" else [])]
    # ("and between 3,000 and 4,000 into Cameroon": the parser makes "between" the conjunct)
    gapped = [t for t in own if t.pos_ == "NUM" and ((t.dep_ == "conj" and t.head.pos_ != "NUM") or (
        t.dep_ == "pobj" and t.head.lower_ == "between" and t.head.dep_ == "conj"))]
    if direction not in _GAPPED_PREPOSITIONS:
        return []
    return sorted({code for t in gapped for p in _places_under(t, places, _GAPPED_PREPOSITIONS[direction])
                   for code in expand_plural(p, origin)})


def _resolve_countries(trigger: Optional[Trigger], direction: str, places: list[Place], origin: list[str],
                       sent: Span, previous: Optional[_Frame], source: Optional[str],
                       discourse: Discourse, nationality: list[str], attributions: list[Attribution],
                       figure: Token) -> list[str]:
    """Where the figure was counted, from the strongest evidence to the weakest:

    the places of its own verb ("entered Georgia"), the subject of a recording verb ("Georgia saw"),
    the country the sentence opens on ("In Hungary, ..."), the figure it restates, the country of
    the national authority that reports it, the one country the sentence names, the origin of an
    exit ("1,000 Russians left"), and last the country the story named most recently. The weaker
    steps skip the origin, where people leaving went, and the country of who carried them.
    """
    went = _destinations(trigger, direction, places)
    # (not the origin of a move inside the country the story is filed from: "150,000 Burkinabe were newly displaced",
    # from Ouagadougou)
    home = {discourse.dateline_country} if direction == "internal" else set()
    elsewhere = (set(origin) - home) | went | _carriers(trigger, direction, places) \
        | (set(nationality) if _expelling(trigger, direction) else set()) \
        | ({discourse.source_country.get(source or "")} - {None}
           if _carried_out(trigger, direction) and not _sent_out_of_its_own(trigger, places) else set())
    # countries the sentence names only where people came from or in a clause that dates the figure; for an
    # exit, also only where someone went ("the remaining 28 left aboard a jet bound for Hong Kong")
    aside = {p.start for p in places if _came_from(p, sent) or (direction == "exit" and _bound_for(p, sent))}
    dating = {p.code for p in places if p.start in aside} - {p.code for p in places if p.start not in aside}
    missions = _missions(places, attributions, sent)

    def named() -> list[str]:
        """The one country the sentence names, other than where people came from or went."""
        found = sorted({p.code for p in places if p.role in ("name", "anaphor", "city", "adjective")
                        and not p.size  # "between the two countries" names no one country
                        and p.code not in elsewhere and not _in_source(p, attributions)
                        and not _said_of_a_part(p, sent, figure) and _known_country(p, sent, discourse)
                        and not _came_from(p, sent) and not (direction == "exit" and _bound_for(p, sent))
                        # (nor "near the Ukrainian border": the country across it; nor "queueing on the Syrian
                        # side": the side people wait on, not where they were counted)
                        and not (p.role == "adjective" and (_across_a_border(p, sent) or _a_side(p, sent, figure)))
                        and not in_a_dating_clause(sent.doc[p.start])})
        return found if len(found) == 1 else []

    steps = [
        # "2,500 people a day are arriving here", "have fled to this port city": where the story is filed from
        lambda: [discourse.dateline_country] if trigger is not None and discourse.dateline_country
        and _to_here(trigger.token) else [],
        # "Saudi Arabia has flown 100,000 Ethiopians home": home is the people's own country
        # ("Malaysia sent 1,086 Myanmar nationals home": counted as they left, by who sent them)
        lambda: list(nationality) if trigger is not None and direction != "exit" and _sent_home(trigger.token) else [],
        # "Swiss border guards caught 5,760 migrants who had slipped across the Italian border": caught after
        # crossing, an entry of the country that caught them (GUIDELINES)
        lambda: _catchers_country(trigger, direction, places),
        # "300,000 Kosovars have fled into Albania ..., and about 120,000 into Macedonia": a figure whose
        # verb is left out says where it went itself
        lambda: _gapped_places(figure, direction, places, origin),
        # "Egypt put 133 Syrians and Palestinians from Syria on flights to Beirut": out of the state that sends them,
        # whatever the people's own phrase says they came from
        lambda: _sending_state(trigger, direction, places, discourse.source_country.get(source or "")),
        lambda: _countries(trigger, direction, places, origin, sent) if trigger is not None else [],
        # "Some 1,400 residents of villages in the Grayvoron district ... have left their homes": uprooted
        # where they lived
        lambda: _where_they_lived(figure, places) if direction == "internal" else [],
        # "Peruvian officials let through 95 Haitians": the state of who let them in
        lambda: _receiver_country(trigger, direction, places),
        # "Dominican soldiers sent 1,837 Haitians back across the border": the expelling state's exit
        lambda: _expeller(trigger, direction, places) or (
            [h] if (h := discourse.source_country.get(source or "")) and _expelled_by_speaker(trigger, direction, places, h)
            else []),
        # "The fighting has driven about 150,000 Eritreans from their homes": displaced in their own country
        lambda: list(nationality) if direction == "internal" and len(nationality) == 1 and trigger is not None
        and _from_their_homes(trigger.token) and not _homes_abroad(trigger.token, places, nationality, discourse) else [],
        # "6,180 Syrians had crossed from Turkey": nationals coming from abroad are going home
        lambda: [c for c in nationality if c not in origin] if direction == "entry" and _going_home(trigger) else [],
        # "Last year, 32,000 refugees went home from Tanzania": home is where the story's people came from
        lambda: list(discourse.last_home) if direction == "entry" and _going_home(trigger) and not nationality
        and discourse.last_home and not set(discourse.last_home) & (elsewhere | set(origin))
        and noun_lemma(figure.head if figure.dep_ == "nummod" else figure) not in _OWN_PEOPLE_NOUNS else [],
        # "Ethiopia's foreign ministry said 2,870 Ethiopians landed in Addis Ababa": its own people, home
        lambda: [h] if direction == "entry" and (h := discourse.source_country.get(source or "")) in nationality else [],
        lambda: [c] if (c := discourse.sentence_country) and c not in elsewhere else [],
        lambda: list(previous.fields["country"]) if previous is not None else [],
        # "A second flight brought 70 more": more of the people the story just counted, in the same place
        lambda: list(discourse.last_movement_countries or []) if _more_of_the_same(figure) and not named() else [],
        # "About 1,300 Syrians went home through Peshkhabour ... On Saturday alone 412 crossed, against 260 on
        # Friday, the centre said": a figure told by its verb alone, right after a movement the same way, is of it
        lambda: list(discourse.last_movement_countries or []) if _bare_sequel(trigger, direction, places, discourse) else [],
        lambda: [h] if (h := discourse.source_country.get(source or "")) and h not in elsewhere else [],
        # "Bulgarian National Television reported, citing border police estimates": the country of the
        # one who passes the figure on, when the body cited has none
        lambda: [h] if (h := next((c for a in attributions if (c := discourse.source_country.get(a.source))), None))
        and h not in elsewhere and not named() else [],
        named,
        # "870 Syrians crossed from Turkey", and nothing else says where: nationals going home (not "130
        # Ethiopians walked across the bridge from Myawaddy": home is no neighbour of where they came from)
        lambda: [c for c in nationality if c not in origin and set(origin) & neighbours(c)]
        if direction == "entry" and origin else [],
        # (not "1,100 Iraqis left for Iraq": people going home left somewhere else)
        # (nor "about 350 Americans had left, the U.S. Embassy said": a mission's nationals leave where it sits)
        lambda: [c for c in origin if c not in went | missions] if direction == "exit" else [],
        # ... but the country people were last counted leaving
        lambda: list(discourse.last_exit_countries) if direction == "exit" and missions and discourse.last_exit_countries
        and not set(discourse.last_exit_countries) & (elsewhere | missions) else [],
        # "Hong Kong has moved in the same direction. ... The Immigration Department said 3,913 people arrived
        # at the airport": the country the paragraph is about
        # (not "Italy flew out 99 people" after a paragraph about France's airlift: who flies people out is
        # most often not where they left)
        lambda: [c] if (c := discourse.paragraph_topic) and c not in elsewhere
        and not (direction == "exit" and trigger is not None and trigger.token.lemma_.lower() in _CARRYING_VERBS) else [],
        # "More than 24,000 have arrived at the Dadaab camps", filed from NAIROBI, Kenya: with nothing in the
        # sentence to say where, arrivals are counted where the story is filed from
        lambda: [c] if direction == "entry" and (c := discourse.dateline_country) and c not in elsewhere
        and c in discourse.recent_countries else [],
        # "About 1,100 Jamaicans landed at Norman Manley and Sangster international airports", filed from KINGSTON,
        # Jamaica: nationals arriving where nothing else is named come home to the country the story is filed from
        lambda: [c] if direction == "entry" and (c := discourse.dateline_country) and nationality == [c]
        and trigger is not None and (trigger.token.lemma_.lower() in _ARRIVING_VERBS or _going_home(trigger))
        and not _unknown_place_reached(trigger.token, places) and not went
        # (places said of the people themselves do not count: "144 Nigerians who had been held in Libyan detention")
        and not any(p.code != c for p in places if p.role in ("name", "city", "adjective")
                    and not figure.head.left_edge.i <= p.start <= figure.head.right_edge.i)
        else [],
        # (not for people uprooted after a count of foreigners flown home: "Malaysia said 216 Malaysians had
        # flown home from Lombok. ... rescuers evacuated 1,090 climbers stranded on Mount Rinjani")
        # (not where these people went: "about 900 Burkinabe ... left for Burkina Faso", after a count of people
        # arriving there)
        lambda: list(discourse.last_movement_countries or []) if not _uprooted_after_a_crossing(direction, places, discourse)
        and not set(discourse.last_movement_countries or []) & went else [],
        # "the provincial avalanche commission ordered some 250 residents of Wirl to leave their homes", filed
        # from GALTUER, Austria, after "Germany sent 12 army helicopters": people uprooted where the sentence
        # names no country are uprooted in the country the story is filed from, not the last one it named
        # (not from NICOSIA in a story of the Iranian capital the lead names: the story is filed from abroad)
        lambda: [c] if direction == "internal" and (c := discourse.dateline_country) and c not in elsewhere | dating
        and not discourse.filed_abroad
        and not any(p.code != c and not _across_a_border(p, sent) for p in places
                    if p.role in ("name", "adjective", "city", "anaphor")) else [],
        lambda: [next(c for c in reversed(discourse.recent_countries) if c not in elsewhere | dating)]
        if any(c not in elsewhere | dating for c in discourse.recent_countries) else [],
        # "EAGLE PASS, Texas — agents apprehended 4,200 migrants": where the story is filed from
        lambda: [c] if (c := discourse.dateline_country) and c not in elsewhere else [],
        # "More than 30,000 people left towns around Taal Lake" in a story that names only Batangas and Cavite
        lambda: [c] if direction == "internal" and (c := discourse.last_town_country) and not discourse.recent_countries
        else [],
    ]
    for step in steps:
        found = step()
        if found:
            if direction == "internal" and discourse.recent_countries and discourse.dateline_country \
                    and not set(found) & set(discourse.recent_countries) and discourse.dateline_country not in found \
                    and discourse.source_country.get(source or "") not in found \
                    and not any(p.code in found and p.role in ("name", "adjective") for p in places):
                # "11,101 people displaced from Palma" in a story filed from Mozambique: not Palma de Mallorca
                # (but "the Haitian Red Cross estimated" says whose people left the city, and "Mexican
                # authorities evacuated" whose country they were in)
                return [discourse.dateline_country]
            return found
    return []


# Where people land inside a country whose name no table needs to know: "Norman Manley International Airport".
_STATIONS = {"airport", "port", "harbour", "harbor", "terminal", "station", "airbase"}


def _unknown_place_reached(verb: Token, places: list[Place]) -> bool:
    """"had reached Zongo": a place the verb names that no table knows, which may lie anywhere."""
    ends = [c for c in verb.children if c.dep_ == "dobj"] + [g for c in verb.children if c.dep_ == "prep"
                                                             and c.lower_ in ("in", "to", "at", "into") for g in c.children]
    known = {i for p in places for i in range(p.start, p.end)}
    # (not "landed at Norman Manley and Sangster international airports": where in a country, not which)
    return any((e.pos_ == "PROPN" or e.ent_type_ in ("GPE", "LOC")) and e.i not in known
               and not any(t.lemma_.lower() in _STATIONS for t in e.subtree) for e in ends)


def _uprooted_after_a_crossing(direction: str, places: list[Place], discourse: Discourse) -> bool:
    """People uprooted inside a country, in a sentence that names no other, counted after a crossing into or
    out of a country other than the one the story is filed from."""
    last = discourse.last_movement
    return direction == "internal" and discourse.dateline_country is not None and last is not None \
        and last["direction"] != "internal" and discourse.dateline_country not in (discourse.last_movement_countries or []) \
        and all(p.code == discourse.dateline_country for p in places)


def _to_here(verb: Token) -> bool:
    """"arriving here", "fled to this port city": the town the story is filed from."""
    if any(c.lower_ == "here" and c.dep_ == "advmod" for c in verb.children):
        return True
    return any(o.lemma_.lower() in _TOWN_NOUNS | {"capital"} and any(d.lower_ == "this" for d in o.children)
               for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into", "in")
               for o in p.children if o.dep_ == "pobj")


def _bare_sequel(trigger: Optional[Trigger], direction: str, places: list[Place], discourse: Discourse) -> bool:
    """A movement verb with no place, no way and no people named, in a sentence that names no place, told just after
    a movement the same way."""
    return trigger is not None and trigger.token.pos_ == "VERB" and not places \
        and discourse.last_movement is not None and discourse.sentences_since_movement <= 1 \
        and discourse.last_movement.get("direction") == direction and len(discourse.last_movement_countries or []) == 1 \
        and not any(c.dep_ == "dobj" or c.lower_ in _WAYS for c in trigger.token.children)


# Words that say which way or where people went.
_WAYS = {"from", "into", "to", "across", "through", "at", "via", "toward", "towards", "onto", "out", "back", "home",
         "inside", "over", "away", "in", "abroad", "ashore", "there", "here", "by", "for"}


def _more_of_the_same(figure: Token) -> bool:
    """"brought 70 more", "another 1,100": a figure that adds to the one just given."""
    after = figure.nbor(1) if figure.i + 1 < len(figure.doc) else None
    before = figure.nbor(-1) if figure.i > 0 else None
    return (after is not None and after.lower_ == "more") or (before is not None and before.lower_ == "another")


# "in the same period last year", "the same period a year earlier": the period just given, a year back.
# "over the same three days a week earlier", "in the same period of 2022": the period just given, moved back.
# "detained 1,712 last month, compared with 3,480 a year earlier": the same period, moved back
_PERIOD_BEFORE = re.compile(r"\s*(?P<when>a year (?:earlier|before|ago)|a week (?:earlier|before))\b", re.IGNORECASE)
_SAME_PERIOD_BEFORE = re.compile(
    r"\bsame (?:period|time|(?:\w+ )?(?:days?|dates?|weeks?|months?)) (?:of |in )?"
    r"(?P<when>last year|a year (?:earlier|before|ago)|a week (?:earlier|before|ago)|the (?:previous|prior) week|"
    r"last week|(?:19|20)\d\d)\b", re.IGNORECASE)


# "over the same period", with no move back: the period just given.
# ("went the other way over the two days": the days just given)
_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for|on) the (?:same (?:period|time|days?|dates?|weeks?|months?)|"
                          r"(?:two|three|four|five|six|seven) (?:days|weeks))\b"
                          r"(?! (?:of |in )?(?:last|a year|a week|the previous|the prior|(?:19|20)\d\d))", re.IGNORECASE)


def _year_before(day: Optional[dt.date]) -> Optional[dt.date]:
    return _in_year(day, day.year - 1) if day is not None else None


def _in_year(day: Optional[dt.date], year: int) -> Optional[dt.date]:
    return years_later(day, year - day.year) if day is not None else None


def _moved_back(day: Optional[dt.date], when: str) -> Optional[dt.date]:
    """The day `when` ("a week earlier", "last year", "2022") puts the same period in."""
    if day is None:
        return None
    if "week" in when.lower():
        return day - dt.timedelta(days=7)
    if when.isdigit():
        return _in_year(day, int(when))
    return _year_before(day)


_DAYS_BEFORE = re.compile(r"\b(?:in|during|over)\s+the\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+"
                          r"before\s+the\s+(?P<noun>[a-z-]+)", re.IGNORECASE)


def _day_of_measure(noun: str, discourse: Discourse) -> Optional[dt.date]:
    """The day the story dated a measure it names by a noun ("the closure"): the last such measure told."""
    kind = EVENT_NOUNS.get(noun)
    if kind is None:
        return None
    dated = [e.date_start for e in discourse.events if e.type == kind and e.date_start is not None]
    return dated[-1] if dated else discourse.started.get(noun)


_PAST_HOURS = re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:past|last)\s+(\d+)\s+hours\b", re.IGNORECASE)


def _over_days(sent: Span, date_start: Optional[dt.date], date_end: Optional[dt.date],
               discourse: Discourse) -> tuple[Optional[dt.date], Optional[dt.date]]:
    """"By Sunday ... over the two days" runs Saturday to Sunday; "over the same five days" is the
    five-day stretch a figure before was counted over."""
    before = _DAYS_BEFORE.search(sent.text)
    if before and (day := _day_of_measure(before.group("noun").lower(), discourse)) is not None:
        # "In the three days before the closure took effect, more than 5,000 people crossed": the days up to the
        # day the story dated the measure
        raw = before.group("n").lower()
        count = int(raw) if raw.isdigit() else SMALL_NUMBERS.get(raw, 0)
        if count:
            return day - dt.timedelta(days=count), day - dt.timedelta(days=1)
    hours = _PAST_HOURS.search(sent.text)
    if hours and date_start is None and date_end is None and discourse.anchor is not None:
        # "About 3,000 people were evacuated in the past 48 hours": back from the story's day
        return discourse.anchor - dt.timedelta(days=max(int(hours.group(1)) // 24, 1)), discourse.anchor
    spanned = days_spanned(sent.text)
    if spanned is None:
        return date_start, date_end
    length = dt.timedelta(days=spanned.days - 1)
    if spanned.same:
        earlier = next(((s, e) for s, e in reversed(discourse.periods) if e - s == length), None)
        return earlier or (date_start, date_end)
    if spanned.following and date_start is None and discourse.last_day is not None:
        # "entered the country over the following three days", after a sentence about Monday
        first = discourse.last_day + dt.timedelta(days=1)
        return first, first + length
    if date_start is None and date_end is not None:
        return date_end - length, date_end
    return date_start, date_end


def assemble(sent: Span, numbers: list[NumberMention], times: list[TimeMention], places: list[Place],
             attributions: list[Attribution], discourse: Discourse) -> list[Movement]:
    doc = sent.doc
    places = [_speaker_country(p, attributions, discourse, places, sent) for p in places if not _namesake_region(p, sent, discourse)]
    counts = [n for n in numbers if n.kind == "count" and n.value is not None and n.value > 0
              and not _counts_things(doc[n.end - 1]) and not _habitual(n, doc)]
    listed = breakdown.parts(sent, counts, times, places, attributions, discourse)
    out = _assemble(sent, counts, numbers, times, places, attributions, discourse)
    if listed is not None:
        # the items the sentence alone does not place are parts of the figure broken down
        told = {m.count for m in out}
        out += [m for m in listed if m.count not in told]
    else:
        out += breakdown.parts_of_own_figure(sent, counts, out, places)
    return out


def _assemble(sent: Span, counts: list[NumberMention], numbers: list[NumberMention], times: list[TimeMention],
              places: list[Place], attributions: list[Attribution], discourse: Discourse) -> list[Movement]:
    doc = sent.doc
    out: list[Movement] = []
    previous: Optional[_Frame] = None
    wholes: dict[int, _Frame] = {}  # the whole each part told "among them" belongs to, by the part's noun
    for index, number in enumerate(counts):
        token = doc[number.end - 1]
        head: Optional[Token] = None
        misread: Optional[Trigger] = None
        if token.dep_ in ("nummod", "quantmod", "amod", "compound") and token.head.pos_ in ("NOUN", "PROPN") \
                and not token.head.i < token.i and not _time_after(token) and not _before_its_total(token):
            head = token.head
            misread = _verb_read_as_noun(head)
            if misread is not None:
                # "35,000 Venezuelans cross into Colombia each day", parsed as a noun "cross"
                head = next((c for c in head.children if c.dep_ == "compound" and _is_people(c)), None)
            elif not _is_people(head, number.value):
                continue

        if number.text.lower() == "one":
            continue  # "one of the largest crises": a pronoun, not a count
        if head is not None and head.dep_ == "pobj" and head.head.lower_ == "of" and _call_up(head.head.head):
            continue  # "ordered the call-up of 20,000 military reservists": called up, not moved
        if number.value < 10 and number.text.isalpha() and (head is None or head.lemma_.lower() in ("more", "other")) \
                and not (_compared(token) and any(c.end <= number.start and c.text[:1].isdigit() and c.value >= 10
                                                  for c in counts)):
            # "three more in the east": a small word-number is rarely a count of people who moved (but "23 came in
            # last week, against nine the week before" sets one beside a count, whatever its size)
            continue
        if head is not None and _in_with_phrase(head):
            continue  # "crossed with his wife and four children": company, not the count
        if _population(head or token):
            continue  # "into Eagle Pass, a city of 28,000", "Gibraltar, home to about 30,000 people": who lives there
        if _capacity(head or token):
            continue  # "a transit site with room for 5,000 people": what a place can hold
        if _ordered_to_move(head or token):
            continue  # "ordered 6,000 residents of low-lying neighbourhoods to leave": told to, not yet gone
        if _turned_away(head or token):
            continue  # "turned back 44 Cubans who arrived without visas": kept out
        if head is None and token.dep_ == "pobj" and token.head.lower_ == "of" \
                and token.head.head.lemma_.lower() in ("group", "batch", "bus", "busload", "boatload") \
                and not _group_that_moved(token.head.head):
            continue  # "letting women and children cross in groups of 40": the size of a group
        if head is not None and _whole_of_a_part(head):
            continue  # "8,000 of the estimated 25,000 Americans in Lebanon had left": those who left are the 8,000
        verb = _predicate(head or token)
        trigger = misread or (_total_brought_to(token) if _before_its_total(token) else None) \
            or _figure_trigger(token, head, verb) or _total_brought_to(token) or _verb_of_the_whole(token) \
            or _verb_on_the_rate(token, head) \
            or (_header_trigger(token, sent) if previous is None else None)
        if trigger is not None and head is None and previous is not None and previous.trigger is not None \
                and trigger.token.i != previous.trigger and _compared(token) \
                and counts[index - 1].end <= trigger.token.i < token.i:
            # "caught 1,950 people who crossed ... and escorted them back to Serbia, against 2,600 the week
            # before": the figure set beside the last one is of its movement, not of the act told between them
            trigger = None
        part = _part_of_figure(token, number.value, previous, discourse)
        frame = previous if head is None or (trigger is None and _listed_after(head, previous)) else None
        if frame is not None and trigger is None and verb is not None and token.dep_ in ("nsubj", "nsubjpass") \
                and frame.verb is not None and verb.i != frame.verb and verb.lemma_.lower() not in SAME_MOVEMENT_VERBS \
                and not _opens_on_part(sent):
            # "100,000 of them were still in the country": a clause of its own, and no movement; but after
            # "Of the total, about 69,000 were Egyptians", "and some 17,000 were third-country nationals" is a part too
            frame = None
        if trigger is None and frame is None and previous is None and head is None and verb is not None \
                and discourse.last_movement is not None \
                and (discourse.sentences_since_movement <= 1 or _whole_named_by_its_number(sent, discourse)) \
                and (_continues_count(verb, token) or _continues_count(_governor(token), token)) \
                and not _follows_other_figure(number, numbers, counts, doc):
            # "the ministry counted 6,109", "the figure topped 8,000", "That compared with 10,000";
            # "2,800 of them" is a part of the figure the last sentence led with
            antecedent = discourse.first_movement if part else discourse.last_movement
            frame = _Frame(antecedent, None, from_discourse=True)
        if trigger is not None and frame is None and head is not None and _describes_the_part(trigger.token, head, times) \
                and _among(token, head):
            # "Among them were 212 children travelling without their parents": the clause tells who the part
            # are, the whole's movement is theirs
            trigger = None
        if trigger is None and frame is None and _among(token, head):
            # "Among them were 112 women and 38 boys", "8,500 people, among them some 3,000 fighters": a part
            # of the figure just given, in this sentence or leading the last
            told_before = discourse.first_movement is not None and discourse.sentences_since_movement <= 1
            # "Among them were ...", "counted about 1,100 children among them": of the last sentence's figure;
            # "treated 37 people, among them nine children": of the sentence's own, here no movement
            own_whole = sent[0].lower_ != "among" and any(c.end_char <= number.start_char for c in counts)
            whole = previous if own_whole else _Frame(discourse.first_movement, None, True) if told_before else None
            # ("made up of 53 men and 29 women": the whole of the part listed before this one)
            whole = next((wholes[t.i] for t in _list_chain(head)[1:] if t.i in wholes), whole) if head is not None else whole
            frame = whole if whole is not None and number.value <= whole.fields["count"] else None
            if frame is not None:
                wholes[(head or token).i] = frame
        if trigger is not None and frame is None and _largest_part_of_last(head or token, trigger, number.value, discourse):
            # "About 9,400 of the refugees have left Armenia since Oct. 1 ... The largest group, about 6,100, went to
            # Russia": a part of the figure just given, broken down by where it went, counted where the whole was
            trigger, frame = None, _Frame(discourse.last_movement, None, from_discourse=True)  # type: ignore[arg-type]
        share = trigger is None and frame is None and _national_share(head, verb, number.value, discourse)
        if share:
            frame = _Frame(discourse.last_movement, None, from_discourse=True)  # type: ignore[arg-type]
        if trigger is None and frame is None:
            continue
        if head is None and _compared(token) and _follows_other_figure(number, numbers, counts, doc):
            continue  # "received 4,930 asylum applications in February, down from 6,170 in January"
        if verb is not None and verb.lemma_.lower() in STOCK_VERBS and not _obliged(verb):
            continue  # "Chad was already sheltering 400,000 refugees who escaped earlier violence"
        if trigger is not None and _displaced_now(trigger.token):
            continue  # "some 1.8 million people are displaced in Nigeria's northeast" (GUIDELINES: a stock)
        if head is not None and noun_lemma(head) in FORCE_NOUNS and verb is not None \
                and verb.lemma_.lower() in DEPLOYING_VERBS and head.dep_ in ("dobj", "nsubjpass") \
                and not any(c.lower_ in ("back", "home") for c in verb.children):
            continue  # "Poland has moved about 2,000 extra soldiers to its border": a deployment, no one crossed
        if verb is not None and verb.lemma_.lower() == "leave" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") \
                and (head or token).dep_ == "dobj":
            continue  # "halted all trains, leaving some 3,000 people camped in its underpass": those left where they are
        if verb is not None and verb.lemma_.lower() in _DYING_VERBS:
            continue  # "Twelve died before the group was picked up"
        if trigger is not None and _transfer(trigger.token):
            continue  # "the INM said it had moved about 1,200 others by bus to Villahermosa" (GUIDELINES)
        if trigger is not None and trigger.token.pos_ == "NOUN" and verb is not None \
                and verb.lemma_.lower() in IRREALIS_HEADS:
            continue  # "preparing for as many as 200,000 arrivals": arrivals not yet made
        own_clause = trigger is not None and trigger.token.dep_ in ("relcl", "acl") and head is not None \
            and trigger.token.head.i == head.i
        if own_clause and _then_stays(trigger.token):  # type: ignore[union-attr]
            continue  # "a million Rohingya who escaped Myanmar live in camps": the people, not a movement
        # "detained 11 people who had crossed": they crossed; what happened to them after is another matter
        check_verb = trigger.token if own_clause else (verb if verb is not None else (trigger.token if trigger else None))
        if trigger is None and previous is not None and frame is previous and _compared(token):
            check_verb = None  # "detained just 11 people who had crossed, compared with a record 287 on Aug. 2": the
            # figure set beside one just counted shares its standing, which that one has passed
        if check_verb is not None and (_irrealis(check_verb, sent) or (_refused(check_verb) and not _then_sent_out(check_verb, trigger))
                                       or _denied_report(check_verb)):
            continue
        if trigger is not None and trigger.token.pos_ == "VERB" and trigger.token.i != getattr(check_verb, "i", -1) \
                and (_irrealis(trigger.token, sent) or _refused(trigger.token) or _denied_report(trigger.token)):
            continue
        if head is not None and any(c.lower_ in ("no", "none") for c in head.children):
            continue
        direction = trigger.direction if trigger is not None else frame.fields["direction"]  # type: ignore[union-attr]
        returned = trigger is not None and trigger.token.pos_ == "VERB" \
            and trigger.token.lemma_.lower() in _EXPELLING_VERBS \
            and any(c.dep_ == "auxpass" for c in trigger.token.children)
        if returned:
            direction = "exit"  # "1,571 people had been returned to Honduras": sent out by the country counting
        if trigger is not None and trigger.token.pos_ == "VERB" and not returned:
            # "fled to Poland" is counted where they arrived; "fled Ukraine" where they left; "1,150 maids left for
            # Malaysia" where they left (GUIDELINES), unless the place is a town of the country the story is filed from
            reached = _places_under(trigger.token, places, {"into", "to", "toward", "towards"})
            bound_for = _places_under(trigger.token, places, {"for"})
            if all(p.role == "city" and p.code == discourse.dateline_country for p in bound_for):
                reached += bound_for
            # "were flown out of Basra to Dubai": counted where they were carried out of
            out_of = _places_under(trigger.token, places, {"out"}) \
                if any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in trigger.token.children) else []
            if direction == "exit" and out_of and reached and {p.code for p in reached} <= {p.code for p in out_of}:
                direction = "internal"  # "flew 120 staff out of Kunduz to Kabul"
            elif direction == "exit" and reached and not out_of and not _places_under(trigger.token, places, {"DOBJ"}) \
                    and trigger.token.lemma_.lower() not in _EMIGRATING and not _state_subject(trigger.token) \
                    and not _flown_from_the_counters_side(trigger.token, reached, discourse.source_country.get(
                        _choose_source(number, attributions, sent) or "")) \
                    and not _expelled_by_speaker(trigger, direction, places, discourse.source_country.get(
                        _choose_source(number, attributions, sent) or "")) \
                    and not _expeller(trigger, direction, places):
                direction = "entry"
                if all(p.role == "city" and p.code == discourse.dateline_country for p in reached) \
                        and not _places_under(trigger.token, places, {"from", "out"}) and not _nationality(head):
                    # "2,000 passengers left for Bukavu" in a story filed from Goma: a move inside the country
                    direction = "internal"
            if direction == "exit" and _to_here(trigger.token):
                # "1,300 North Koreans have fled North Korea to this port city": an arrival where the story is filed
                # from; "residents of the island have fled to this port city": a move inside its country
                left = _places_under(trigger.token, places, {"from", "out", "DOBJ"})
                direction = "entry" if any(p.role == "name" for p in left) else "internal"
        if head is None and frame is None:
            head = _implied_people(trigger, places, sent)
        origin = _origin(head, trigger, places, discourse.dateline_country)
        if _expelling(trigger, direction) and origin == _nationality(head):
            origin = []  # "it had deported 2,950 Haitians": where they were sent, not where they left
        if not origin and frame is not None and head is None:
            origin = list(frame.fields["origin"])
        group = _group(head) if head is not None else (frame.fields["group"] if frame else None)
        source = _choose_source(number, attributions, sent)
        if source is None and frame is not None and (frame.from_discourse or part or frame.part):
            source = frame.fields["source"]  # the figure continues the report just quoted
        if source is None and part and discourse.last_movement is not None:
            source = discourse.last_movement["source"]
        if source is None and verb is not None:
            source = _acting_authority(verb, attributions, discourse)
            acting = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            own = next((p.code for p in places if acting is not None and p.code
                        and acting.left_edge.i <= p.start <= acting.right_edge.i), None)
            if source is not None and own and source not in discourse.source_country:
                discourse.source_country[source] = own  # "police in Moscow put 112 migrants on a flight": Russia's

        whole = frame or (_whole_of(token, previous, discourse) if part else None)
        back_out = _back_where_they_came_from(trigger, direction, whole, origin, places)
        if back_out is not None:
            countries, origin = back_out
        else:
            countries = _resolve_countries(trigger, direction, places, origin, sent, whole, source,
                                           discourse, _nationality(head), attributions, token)
            if _expelling_verb(trigger, direction) and countries and set(countries) == set(_nationality(head)) \
                    and not any(p.role in ("name", "city", "anaphor") for p in places):
                # "The ministry said 2,396 Afghans had been deported": put out of the country that deported them,
                # not out of their own; with no place named, the country the figure's teller speaks for
                countries = [c for c in [discourse.source_country.get(source or "") or discourse.sentence_country
                                         or discourse.dateline_country] if c and c not in countries] or countries
        counter = discourse.source_country.get(source or "") or discourse.dateline_country
        if direction == "entry" and countries and back_out is None \
                and _carried_from_the_counters_side(trigger, places, counter, _nationality(head)):
            # "A chartered flight carried 212 Jamaican farm workers to Toronto", filed from Kingston; "221,000
            # Indonesians travelled to Saudi Arabia for the hajj, according to ministry figures", from Jakarta:
            # counted where they left, by the side that counts them (GUIDELINES 17)
            direction, countries = "exit", [counter]  # type: ignore[list-item]
        if not countries:
            continue
        if part and whole is not None and _opens_on_part(sent) and direction == "exit" \
                and whole.fields["direction"] == "entry" and not set(countries) & set(whole.fields["country"]):
            # "Of this year's arrivals, 4,950 set off from Tunisia": where some of those who came set out from
            direction, origin, countries = "entry", list(countries), list(whole.fields["country"])
        receiver = discourse.source_country.get(source or "")
        expelled = returned or _expelling_verb(trigger, direction)
        went_to = {p.code for p in _places_under(trigger.token, places, {"to", "into"})} if expelled else set()
        if expelled and receiver and receiver not in countries and (not went_to or receiver in went_to):
            # "2,300 Afghans were deported from Iran, according to the Taliban's refugee department":
            # counted by the receiving side, an entry there (GUIDELINES)
            direction, origin, countries = "entry", list(countries), [receiver]
        elif receiver and direction == "entry" and _carried_back(trigger) and receiver not in countries \
                and set(countries) <= {p.code for p in _places_under(trigger.token, places, {"to", "into"})}:
            # "carried 4,300 people back to Albania, the (Italian) ministry said": counted by the side that
            # sent them, an exit there (GUIDELINES)
            direction, origin, countries = "exit", [receiver], [receiver]
        elif receiver and direction == "entry" and trigger is not None and _sent_home(trigger.token) \
                and receiver not in countries \
                and any(p.code == receiver and p.role == "name" and sent.doc[p.start].dep_ == "nsubj" for p in places):
            # "Israel has flown about 1,000 Eritreans home, the Interior Ministry said": sent out by the state that
            # tells of it, an exit there
            direction, origin, countries = "exit", [receiver], [receiver]
        elif expelled and receiver and countries == [receiver] and frame is not None \
                and frame.fields["direction"] == "entry" and frame.fields["country"] == [receiver]:
            direction, origin = "entry", list(frame.fields["origin"])  # "..., up from 1,402 the week before"
        if direction in ("exit", "internal"):
            # GUIDELINES: people displaced inside a country, or leaving one, come from that country
            origin = list(countries)
        elif set(origin) == set(countries):
            origin = []  # nationals coming home have no origin unless a place is stated (GUIDELINES)
        elif not origin and discourse.last_origin and not set(discourse.last_origin) & set(countries):
            # "142,300 people crossed on Monday" in a story about people fleeing Ukraine: from Ukraine
            origin = list(discourse.last_origin)
        # "a dinghy carrying 52 people, 23 of them children, ran aground on Thursday": a part set off
        # right after the figure does not end the figure's own clause
        later = [c for c in counts[index + 1:] if not (_of_them(doc[c.end - 1])
                                                      and text_of(doc)[number.end_char:c.start_char].strip(" ,") == doc[number.end - 1].head.text)
                 # ("picked up 137 Syrians, among them 34 children, ... early Friday")
                 and not _SET_OFF_PART.fullmatch(text_of(doc)[number.end_char:c.start_char])
                 and not _coordinated(doc[number.end - 1], doc[c.end - 1])
                 and not _breakdown_of(doc[number.end - 1], doc[c.end - 1])
                 and not _counts_the_whole_of(doc[c.end - 1], token)]
        next_char = later[0].start_char if later else sent.end_char
        time = _pick_time(number, times, next_char, sent, counts)
        if time is not None and part and _opens_on_part(sent) and time.end_char <= _opener_end(sent) \
                and _covers_the_whole(time, _whole_of(token, previous, discourse)):
            time = None  # "Of this year's arrivals, 4,950 ...": the whole's time, which its figure dated more closely
            # (but "Of Wednesday's arrivals, 640 were children": that day's part of the figure)
        date_start, date_end = period(time, times)
        if time is None and _FIRST_DAY.search(sent.text):
            # "reopened it on Monday ... 640 Syrians crossed into Syria there on the first day": the first day
            # of the measure or the flow the story has just told of
            first = _first_day_of_what_was_told(discourse)
            date_start = date_end = first
        if time is not None and time.relation == "at" and verb is not None and verb.lemma_.lower() in LEVEL_VERBS:
            # "displaced since the push began on Feb. 19 rose to 97,012 on Sunday": a running total to Sunday
            since = next((t for t in times if t.relation == "since" and t.start), None)
            if since is not None and since.start <= (time.end or since.start):
                date_start = since.start
        if frame is not None and (frame.from_discourse or part or frame.part):
            # "That compared with 28,120 as of Tuesday evening": the period the report began with; "Americans
            # made up 62,040 of them, Canadians 21,530": each item of a breakdown, that of the whole
            if time is None:
                date_start, date_end = frame.fields["date_start"], frame.fields["date_end"]
            elif date_start is None and time.relation == "by":
                date_start = frame.fields["date_start"]
        elif part and time is None and (whole := _whole_of(token, previous, discourse)
                                        or (_Frame(discourse.last_movement, None, True) if discourse.last_movement else None)):
            # "More than 40,000 have crossed since Nov. 4 ... About 20,000 of them came through Hamdayet": of that period
            date_start, date_end = whole.fields["date_start"], whole.fields["date_end"]
        since_then = _since_the_act_before(trigger.token if trigger is not None else verb, times)
        if since_then is not None:
            # "Italy resumed readmissions last December ..., and its police have since handed 412 people back": the
            # running count from the day of the act its clause follows
            date_start, date_end = since_then, None
        date_start, date_end = _over_days(sent, date_start, date_end, discourse)
        if date_start is not None and date_end is None and _brings_a_total(sent):
            # "3,601 crossed on Friday, bringing the number who have entered since January to 175,000",
            # "The flight brought to 3,517 the number flown home since Nov. 18": the total as of that day
            date_end = _day_totalled(times, date_start, discourse)
        if (number.per or _rate_of(head)) and _before_something(token, time):
            # "against an average of about 400 a day before the outbreak", "Before April, as many as 1,500 a
            # week were landing": a past habit, not a count of these days (GUIDELINES)
            date_start = date_end = None
        if previous is not None and head is None and _compared(token) and previous.fields["date_start"] is not None \
                and previous.fields["date_end"] is not None and previous.fields["date_start"] < previous.fields["date_end"] \
                and date_start is not None and date_start == date_end and date_end < previous.fields["date_end"] \
                and date_end >= previous.fields["date_start"] and _SINCE_IN.search(sent.text):
            # "379,000 had crossed since Aug. 25 as of Wednesday, up from 370,000 a day earlier": the same
            # running total, a day before
            date_start = previous.fields["date_start"]
        since_last = counts[index - 1].end_char if index > 0 else number.start_char
        same = (_SAME_PERIOD_BEFORE.search(text_of(doc), number.end_char, next_char)
                or _SAME_PERIOD_BEFORE.search(text_of(doc), since_last, number.start_char)
                or _PERIOD_BEFORE.match(text_of(doc), number.end_char)) if previous is not None else None
        if same:
            # "126,950 so far this year ..., against 64,529 in the same period last year"
            when = same.group("when")
            date_start, date_end = (_moved_back(previous.fields["date_start"], when),  # type: ignore[union-attr]
                                    _moved_back(previous.fields["date_end"], when))  # type: ignore[union-attr]
        elif time is None and _SAME_PERIOD.search(text_of(doc), number.end_char, next_char):
            # "Croatian police recorded 1,200 since January. Slovenian police counted 6,990 over the same period."
            told = previous.fields if previous is not None else discourse.last_movement
            if told is not None:
                date_start, date_end = told["date_start"], told["date_end"]
        qualifier = number.bound
        if qualifier == "exact" and verb is not None and verb.lemma_.lower() in BOUND_VERBS and token.dep_ in ("dobj", "attr", "pobj"):
            qualifier = BOUND_VERBS[verb.lemma_.lower()]
        per = number.per or _rate_of(trigger.token if trigger else None) or _rate_of(head) \
            or next((_rate_of(c) for c in (verb.children if verb is not None else ())
                     if c.dep_ in ("nsubj", "nsubjpass") and _rate_of(c)), None)
        if _undated_rate(number, per, time, verb, sent):
            date_start = date_end = None
        record = dict(country=countries, direction=direction, origin=origin, group=group,
                      count=number.value, count_high=number.high, qualifier=qualifier, per=per,
                      date_start=date_start, date_end=date_end, source=source)
        # (the nationalities listed after a share are shares of the same whole: "1,105 Portuguese, 760 Britons")
        previous = _Frame(record, verb.i if verb is not None else None,
                          part=bool(part) or share or (frame is not None and frame.part),
                          trigger=trigger.token.i if trigger is not None else None)
        if date_start is not None and date_end is not None:
            discourse.periods.append((date_start, date_end))
        if direction == "entry" and origin:
            discourse.last_origin = list(origin)
        if direction == "entry" and _going_home(trigger):
            discourse.last_home = list(countries)
        elif direction == "entry" and origin and set(origin) == set(_nationality(head)):
            discourse.last_home = list(origin)  # "About 5,000 Burundians fled into Tanzania": home is Burundi
        if direction == "exit":
            discourse.last_exit_countries = list(record["country"])
        out.append(Movement(**record, evidence=Evidence(start=sent.start_char, end=sent.end_char),
                            mention={"start": number.start_char, "end": number.end_char}))
    discourse.sentences_since_movement += 1
    if out:
        discourse.last_movement_countries = out[-1].country
        discourse.last_movement = previous.fields if previous else None
        discourse.first_movement = out[0].model_dump(include={"country", "count", "direction", "origin", "group", "date_start",
                                                             "date_end", "source"})
        discourse.sentences_since_movement = 0
    return out
