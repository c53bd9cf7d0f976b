"""What a reader carries from one sentence to the next: the countries just named, the
sources just quoted, the day just discussed, and which person or body belongs to which country.

Places and sources are found here, sentence by sentence, so that "the Nordic country", "the
country's Interior Ministry", "the agency" and "Putin" resolve against what came before.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Span, Token

from .lexicon import (CROSSING_POINT_NOUNS, VEHICLE_NOUNS, REGION_WORDS, AUTHORITY_NOUNS, COUNTRY_ANAPHORS, PEOPLE_NOUNS, REPORTING_VERBS,
                      MISSION_NOUNS, NON_PEOPLE_NOUNS, REPORT_NOUNS, SOURCE_ANAPHORS, SOURCE_NOUNS, SPEECH_VERBS, WITNESS_NOUNS, RECORDING_VERBS, noun_lemma,
                      small_number)
from .components import text_of
from .models import PolicyEvent
from .places import (agency_country, country_group, SEATS_OF_GOVERNMENT, capital_country, countries, country_name, country_of, person_country, place_country,
                     famous_city, minor_name, namesake_countries, shared_name_country, shares_the_tongue, small_town,
                     overshadowed, region_country)


@dataclass(frozen=True)
class Place:
    code: str
    start: int  # token index
    end: int
    role: str  # name | adjective | people | city | anaphor
    # "the three countries": the countries named before it, most recent last, and how many it takes
    pool: tuple[str, ...] = ()
    size: int = 0


@dataclass(frozen=True)
class Attribution:
    source: str
    start: int  # token index of the source phrase
    end: int
    cue: int  # token index of the verb or preposition that attributes
    scope: tuple[int, int] = (0, 0)  # tokens of the whole source phrase with its clauses ("... in Geneva")


@dataclass
class Discourse:
    last_country: Optional[str] = None
    recent_countries: list[str] = field(default_factory=list)  # named countries, distinct, most recent last
    last_source: Optional[str] = None
    last_day: Optional[dt.date] = None
    last_day_is_year: bool = False  # last_day is the first day of a year named alone ("in 2008")
    sources: list[str] = field(default_factory=list)
    # A body's common noun to the name the story set off after it ("The sea rescue service, Salvamento Maritimo,"
    # -> service: Salvamento Maritimo), for "the service said" later
    named_bodies: dict[str, str] = field(default_factory=dict)
    # Surnames and bodies seen with a country ("Russian President Vladimir Putin" -> Putin: RU).
    entity_country: dict[str, str] = field(default_factory=dict)
    last_movement_countries: Optional[list[str]] = None
    last_movement: Optional[dict] = None  # the fields of the last movement, for figures that restate it
    first_movement: Optional[dict] = None  # the figure the last sentence with movements led with
    last_origin: Optional[list[str]] = None  # where the people of the story's last entry came from
    # where the story's people are at home: where those who fled came from, or where those going home went
    last_home: Optional[list[str]] = None
    last_exit_countries: Optional[list[str]] = None  # the countries of the story's last exit
    sentences_since_movement: int = 99
    periods: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # the dated periods of movements, in order
    dateline_country: Optional[str] = None  # "WARSAW (Agency) —": where the story is filed from
    conflict_start: Optional[dt.date] = None  # the first "since <date>" of the story, for "since the war began"
    started: dict[str, dt.date] = field(default_factory=dict)  # what the story dated the start of, by its noun
    story_since: Optional[dt.date] = None  # the first day the story counts from ("have fled since Jan. 3")
    sentence_country: Optional[str] = None  # "In Hungary, ...": the country the current sentence opens on
    paragraph_topic: Optional[str] = None  # the country the paragraph's sentences so far are about
    rulers_country: Optional[str] = None  # the country of the junta or coup the story last told of
    town_frame_country: Optional[str] = None  # "In Colombo, ...": the country of the town the paragraph opened on
    record_country: Optional[str] = None  # "Nigeria: Land border ... closed": a tracker record's country
    heading_country: Optional[str] = None  # the record's country, or the one a list item opens on
    noun_days: dict[str, dt.date] = field(default_factory=dict)  # a noun to the one day of its last sentence
    anchor: Optional[dt.date] = None  # the story's date, for a weekday that lies ahead ("will close from Saturday")
    news_day: Optional[dt.date] = None  # the first day the story names: the day its news is of
    last_region: Optional[str] = None  # the region last named, for "the region's disaster office"
    last_town_country: Optional[str] = None  # the country of the town or region last named ("Batangas": PH)
    last_town: Optional[str] = None  # the town last named, for "the town's mayor"
    filed_abroad: bool = False  # the lead names places of another country and none of the dateline's
    _people: Optional[list[Span]] = None  # the doc's PERSON entities, found once

    _crossings: Optional[frozenset[str]] = None  # names the story gives to crossing points, found once

    def crossing_names(self, doc) -> frozenset[str]:
        """Names the story uses for a crossing point: "the Ras Jdir crossing", "the Petrapole land port"."""
        if self._crossings is None:
            names = set()
            for token in doc:
                if token.lemma_.lower() == "cross" and token.pos_ == "VERB":
                    # "11,000 people crossed from Pakistan into Spin Boldak", "crossed at Kisoro": a town on the line
                    names.update(doc[g.left_edge.i:g.i + 1].text.lower() for c in token.children
                                 if c.dep_ == "prep" and c.lower_ in ("into", "at", "via")
                                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                                 and country_of(doc[g.left_edge.i:g.i + 1].text) is None and g.left_edge.pos_ == "PROPN")
                    continue
                if token.lemma_.lower() not in CROSSING_POINT_NOUNS and token.lower_ not in CROSSING_POINT_NOUNS:
                    continue
                # "the Ras Jdir crossing", "the Storskog border crossing": the proper nouns of its compounds
                name = [t for c in token.lefts if c.dep_ in ("compound", "amod") for t in c.subtree if t.pos_ == "PROPN"]
                if name:
                    names.add(doc[name[0].left_edge.i:name[-1].i + 1].text.lower())
                # "the Arctic posts of Salla and Vartius", "four crossings, Vaalimaa, Nuijamaa and Imatra"
                named = [c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
                if token.dep_ == "appos" and token.head.pos_ == "PROPN":
                    named.append(token.head)  # "Artand, the main crossing on the road west from Oradea"
                named += [g for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                for head in named:
                    for member in (head, *head.conjuncts):
                        if member.pos_ == "PROPN" and country_of(member.text) is None:
                            names.add(member.text.lower())
            self._crossings = frozenset(names)
        return self._crossings

    _named: Optional[frozenset[str]] = None  # the countries the story names, found once

    def countries_named(self, doc) -> frozenset[str]:
        """Every country the story names, by its name, adjective, people or capital, anywhere in it."""
        if self._named is None:
            found = {hit[0] for ent in doc.ents if (hit := country_of(ent.text))}
            found |= {hit[0] for token in doc if (hit := country_of(token.text))}
            found |= {code for ent in doc.ents if ent.label_ == "GPE" and (code := capital_country(ent.text))}
            self._named = frozenset(found)
        return self._named

    def people_in(self, sent: Span) -> list[Span]:
        if self._people is None:
            self._people = [e for e in sent.doc.ents if e.label_ == "PERSON"]
        return [e for e in self._people if sent.start <= e.start < sent.end]

    source_country: dict[str, str] = field(default_factory=dict)  # a source to the country it speaks for
    last_actor: Optional[tuple[str, str]] = None  # (code, name) of the last acting authority
    acted: list[tuple[str, str]] = field(default_factory=list)  # every acting authority so far, most recent last
    actors_by_type: dict[str, tuple[str, str]] = field(default_factory=dict)  # first actor of each event type
    last_event: Optional[PolicyEvent] = None  # the last measure of the previous sentence, for "the ban will last until ..."
    events: list[PolicyEvent] = field(default_factory=list)  # every measure so far, for "The suspension took effect on Sunday"
    # measures that halt a practice ("suspended the expulsions"), with the type of practice they halt
    halts: list[tuple[PolicyEvent, str]] = field(default_factory=list)

    def frame_country(self) -> Optional[str]:
        """The country the sentence is framed in: "In Hungary, ..." or, for events, "In Colombo, ..."."""
        return self.sentence_country or self.town_frame_country

    def home_country(self) -> Optional[str]:
        """The country a body the story names without one belongs to: the sentence's frame, else the dateline's."""
        return self.frame_country() or self.dateline_country


_DET = {"the", "a", "an"}


def _is_people_head(token: Token) -> bool:
    return token.lemma_.lower() in PEOPLE_NOUNS or (country_of(token.text) or ("", ""))[1] == "people"


class _SentenceTokens:
    """The tokens of one sentence, indexed by their position in the doc."""

    def __init__(self, sent: Span) -> None:
        self.offset = sent.start
        self.tokens = list(sent)

    def __getitem__(self, i: int) -> Token:
        return self.tokens[i - self.offset]


# The land around a town, named by the town: "Daraa's eastern countryside", "Goma's outskirts".
_OWNED_LAND = {"countryside", "outskirts", "suburb", "hinterland", "environs", "village", "district", "neighbourhood",
               "neighborhood", "province"}


# Bodies only a state has: "the island's Interior Ministry" and "the island's Immigration Department" are a
# state's, "the island's mayor" a town's.
_STATE_BODIES = {"ministry", "government", "president", "minister", "cabinet", "parliament", "premier", "department",
                 "immigration"}

# The states a title names: "the kingdom", "the sultanate", "the emirate".
# Countries made of states, where "the state" after the country is one of its states, not another country:
# "On the Malaysian side, Sarawak's committee said 6,870 people had entered the state from Brunei"
_FEDERATIONS = {"US", "MX", "BR", "VE", "IN", "MY", "NG", "AU", "DE", "AT", "SD", "SS", "MM", "FM", "SO", "ET"}


def _federation_named_before(token: Token, places: list[Place]) -> Optional[str]:
    """The federation a sentence names before "the state", whose state that is."""
    if token.lemma_.lower() != "state":
        return None
    return next((p.code for p in reversed(places) if p.end <= token.i and p.code in _FEDERATIONS
                 and p.role in ("name", "adjective")), None)


_STATES_OF_A_KIND = {
    # "the island's Interior Ministry" in a story about Cuba; no state when the story names none ("the island"
    # after Lesbos is Lesbos)
    "island": {"CU", "JM", "TW", "LK", "MT", "CY", "IS", "SG", "BH", "MU", "MV", "FJ", "TT", "BB", "BS", "CV", "KM", "MG",
               "ST", "SC", "TO", "WS", "VU", "SB", "NR", "PW", "KI", "TV", "MH", "FM", "DM", "LC", "VC", "GD", "AG", "KN"},
    "sultanate": {"OM", "BN"},
    # "the territory" after Gibraltar or Hong Kong (not a district a country calls a territory: "The territory
    # sent extra police", of a Congolese territory, names no state)
    "territory": {"GI", "HK", "MO", "PR", "GU", "VI", "AS", "MP", "NC", "PF", "FK", "BM", "KY", "TC", "VG", "AI", "MS",
                  "GF", "GP", "MQ", "RE", "YT", "PS", "EH", "AW", "CW", "SX", "GL", "FO", "IM", "JE", "GG"},
    "emirate": {"AE", "KW", "QA"},
    "kingdom": {"SA", "JO", "MA", "BH", "GB", "ES", "NL", "BE", "NO", "SE", "DK", "TH", "KH", "BT", "LS", "SZ",
                "TO", "NP"},  # Nepal, a kingdom until 2008
}


# Nouns of where people's forebears came from: "of Indian descent".
_ANCESTRY = {"descent", "origin", "ancestry", "extraction", "heritage", "stock", "background"}


_RIVERS = {"river", "rivers", "delta", "basin", "estuary"}


# Titles before a person's name: "Prime Minister Kengo wa Dondo's government".
_TITLES = {"president", "minister", "premier", "king", "queen", "general", "gen.", "leader", "chancellor", "emir",
           "sheikh", "prince", "colonel", "col."}


def _named_person_before(token: Token) -> bool:
    """The last word of a person's name, told with their title or their given name as a person: "President Charles
    Taylor's government", "Prime Minister Kengo wa Dondo's government"."""
    before = token.doc[max(token.sent.start, token.i - 4):token.i]
    return any(t.lower_ in _TITLES or t.ent_type_ == "PERSON" for t in before)


def _river_named(name: Token) -> bool:
    """A country's name that names a river: "the Niger and Benue rivers", "the Congo River"."""
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    return name.dep_ in ("compound", "nmod", "amod") and name.head.i > name.i and name.head.lower_ in _RIVERS


def _measured_against(name: Span) -> bool:
    """A country named as a measure of size: "larger than Switzerland", "the size of Belgium"."""
    before = name.doc[max(name.start - 3, 0):name.start]
    words = [t.lower_ for t in before]
    return (len(words) >= 2 and words[-1] == "than" and before[-2].tag_ in ("JJR", "RBR")) \
        or (len(words) >= 2 and words[-2:] == ["size", "of"])


def _country_just_counted(discourse: Discourse) -> Optional[str]:
    """The one country of the figure the sentence before counted, for a sentence that has named none yet: "Foreign
    arrivals fell to 284,000, the ministry said. It added that 7,900 foreigners had entered the country on Sunday"
    (not Saudi Arabia, named as where the outbreak began; but "Georgia saw fewer Russians entering ..., the
    country's Interior Ministry reported" is Georgia's)."""
    counted = discourse.last_movement_countries
    return counted[0] if discourse.sentences_since_movement <= 1 and counted and len(counted) == 1 else None


def _common_word_town(place: Place, sent: Span) -> bool:
    """A town named by a word the news uses as a noun of people or bodies ("Quang Ngai's People's Committee", "the
    General Police Department"): Police in Poland and People in Ethiopia are not meant."""
    return place.role == "city" and sent.doc[place.start].lower_ in _COMMON_NOUN_TOWNS


# Words the news uses as nouns of people and bodies that some gazetteer town is also called.
_COMMON_NOUN_TOWNS = frozenset({"people", "police", "guard", "guards", "army", "navy", "security", "ministry", "government",
                                "office", "service", "agency", "bureau", "department", "military", "official", "officer",
                                "president", "minister", "committee", "council", "court", "embassy", "consulate",
                                "commander", "chief", "general", "leader", "king", "refugee", "refugees", "migrant"})


# Seas and gulfs named after a country: "the Gulf of Finland", "the Sea of Japan".
_WATERS = {"Gulf", "Sea", "Bay", "Strait", "Straits", "Gulfs"}


def find_places(sent: Span, discourse: Discourse) -> list[Place]:
    """Country mentions of a sentence in reading order, updating `discourse.last_country`."""
    places: list[Place] = []
    doc = _SentenceTokens(sent)  # a list indexes far faster than the Doc
    i = sent.start
    while i < sent.end:
        token = doc[i]
        ent_end = i + 1
        if token.ent_iob_ == "B" and token.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "ORG"):
            ent_end = i + 1
            while ent_end < sent.end and doc[ent_end].ent_iob_ == "I":
                ent_end += 1
        surface = sent.doc[i:ent_end].text
        found = country_of(surface) if ent_end > i + 1 else None
        if found is None and token.text[:1].isupper():
            # "South Sudan", "Costa Rica", "Turks and Caicos Islands": names of two to four words the NER may split
            for size in (4, 3, 2):
                if i + size <= sent.end:
                    longer = country_of(sent.doc[i:i + size].text)
                    if longer and longer[1] in ("name", "people", "adjective"):
                        found, ent_end = longer, i + size
                        break
        if found is None and ent_end > i + 1:
            # "Russia's southern region": the country inside a longer entity.
            for j in range(i, ent_end):
                if country_of(doc[j].text):
                    ent_end = j + 1 if j == i else j
                    break
            if ent_end > i + 1 or not country_of(token.text):
                found = None
        if found is None and ent_end == i + 1:
            found = country_of(token.text) if token.pos_ in ("PROPN", "ADJ", "NOUN") and token.text[:1].isupper() else None
        town = _town_around_a_country(sent, i) if token.text[:1].isupper() and (found is None or ent_end == i + 1) else None
        if town is not None:
            # "New Mexico", "Port of Spain": a place whose name holds a country's is not that country
            places.append(Place(town[0], i, i + town[1], "city"))
            i += town[1]
            continue
        group = next(((n, codes) for n in (2, 1) if i + n <= sent.end
                      and (codes := country_group(sent.doc[i:i + n].text))), None) if token.text[:1].isupper() else None
        if group is not None:
            # "The three Baltic states and Poland": each state of the group
            places.extend(Place(code, i, i + group[0], "name") for code in group[1])
            i += group[0]
            continue
        if found is None and token.text[:1].isupper() and places and places[-1].end == i - 1 \
                and places[-1].role == "city" and doc[i - 1].tag_ == "POS":
            i = ent_end  # "Helsinki's South Harbour": a part of the town just named, not a namesake elsewhere
            continue
        # the tail of a place's own name is no place ("Vado Hondo", "Kye-Ossi": no Hondo, Texas or Ossi, Sardinia)
        tail = token.ent_iob_ == "I" and token.ent_type_ in ("FAC", "LOC", "GPE")
        if found is None and token.text[:1].isupper() and not tail:
            # "Lesbos", "North Kivu", "Canary Islands": regions the tagger may not call places
            size = next((n for n in (3, 2, 1) if i + n <= sent.end and region_country(sent.doc[i:i + n].text)), None)
            if size:
                places.append(Place(region_country(sent.doc[i:i + size].text), i, i + size, "city"))
                discourse.last_region = sent.doc[i:i + size].text
                i = i + size
                continue
        if found and i > sent.start and doc[i - 1].text == "Air" and found[1] == "name":
            i = ent_end  # "a special Air New Zealand flight", "Air India": an airline's name, no place
            continue
        if found and ent_end + 1 < sent.end and doc[ent_end].text == "-" and doc[ent_end + 1].lower_ == "based":
            i = ent_end + 2  # "the Britain-based Syrian Observatory": where a body sits, not where people went
            continue
        if found and found[1] == "name" and _measured_against(sent.doc[i:ent_end]):
            i = ent_end  # "a reserve larger than Switzerland", "an area the size of Belgium": a yardstick, no place
            continue
        if found and found[1] == "name" and i - 2 >= sent.start and doc[i - 1].lower_ == "of" \
                and doc[i - 2].text in _WATERS:
            i = ent_end  # "the Gulf of Finland", "the Sea of Japan": a sea, no country
            continue
        if found and found[1] == "name" and _river_named(doc[ent_end - 1]):
            i = ent_end  # "the swollen Niger and Benue rivers", "the Congo River": a river, no country
            continue
        if found:
            code, role = found
            code = shared_name_country(surface if ent_end > i + 1 else token.text, code, discourse.dateline_country)
            if role == "adjective" and token.head.lemma_.lower() in PEOPLE_NOUNS and token.dep_ in ("amod", "compound"):
                role = "people"
            elif role == "people" and ent_end == i + 1 and token.dep_ in ("amod", "compound") \
                    and token.head.i > token.i and token.head.lemma_.lower() not in PEOPLE_NOUNS:
                role = "adjective"  # "Vietnamese authorities": the word that names a people modifies a noun
            if role in ("adjective", "name") and token.head.lemma_.lower() in VEHICLE_NOUNS and token.dep_ in ("amod", "compound"):
                i = ent_end
                continue
            if role in ("adjective", "people") and token.head.lemma_.lower() in _ANCESTRY and token.dep_ in ("amod", "compound"):
                i = ent_end  # "citizens of Indian descent": whose forebears, not where anyone went
                continue
            places.append(Place(code, i, ent_end, role))
            if role == "name" or (role == "adjective" and token.head.lemma_.lower() not in _OTHER_COUNTRY_NOUNS):
                # not "Since the Russian invasion began, 86,500 people have entered the country"
                discourse.last_country = code
                if role == "name":
                    if code in discourse.recent_countries:
                        discourse.recent_countries.remove(code)
                    discourse.recent_countries.append(code)
            i = ent_end
            continue
        if (half := _korean_half(token, discourse)) is not None:
            # "139 defectors arrived in the South": in a story of the two Koreas, the South is South Korea
            places.append(Place(half, i, i + 1, "name"))
            i += 1
            continue
        if found is None and ent_end > i + 2 and doc[i + 1].tag_ == "POS" and token.ent_type_ in ("FAC", "ORG") \
                and token.text[:1].isupper() and (code := place_country(token.text, small_towns=False)):
            # "Warsaw's Chopin airport", "Lagos's Murtala Muhammed airport": the city whose airport it is
            places.append(Place(code, i, i + 1, "city"))
            i = ent_end
            continue
        if token.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and ent_end > i and token.text[:1].isupper() and not tail:
            # (a name is capitalised: "canton police" are no police of Canton, Ohio)
            whole = ent_end
            while token.ent_type_ in ("GPE", "LOC") and whole < sent.end and doc[whole].tag_ == "NNP" \
                    and doc[whole - 1].dep_ == "compound":
                whole += 1  # "Dera Murad Jamali", of which the tagger named only "Dera"
            if whole > ent_end and place_country(sent.doc[i:whole].text):
                ent_end, surface = whole, sent.doc[i:whole].text
            code = place_country(surface, small_towns=token.ent_type_ == "GPE")
            # (a seat of government by its own name, not the last word of another body's: "the General National
            # Congress" is Libya's)
            seat = surface.lower().removeprefix("the ") in SEATS_OF_GOVERNMENT \
                and not (i > sent.start and doc[i - 1].ent_type_ == "ORG" and doc[i - 1].text[:1].isupper())
            # (nor a person the tagger took for a place: "Prime Minister Kengo wa Dondo's government")
            person = ent_end < sent.end and doc[ent_end].tag_ == "POS" and _named_person_before(token)
            if code and not person and (token.ent_type_ != "ORG" or seat or _after_place_preposition(sent.doc[i:ent_end])):
                places.append(Place(code, i, ent_end, "city"))
                i = ent_end
                continue
        if token.text[:1].isupper() and ent_end == i + 1 and token.dep_ in ("nmod", "compound") and not country_of(surface) \
                and noun_lemma(token.head) in AUTHORITY_NOUNS and token.head.i - i <= 3 \
                and (code := place_country(surface)) and code in discourse.recent_countries:
            # "The Wroclaw provincial governor ordered ...", which the tagger took for a body: the town's authority
            places.append(Place(code, i, ent_end, "city"))
            i = ent_end
            continue
        if token.text[:1].isupper() and ent_end < sent.end and doc[ent_end].tag_ == "POS" and not country_of(surface) \
                and not _named_person_before(token) \
                and (code := place_country(surface)) and code in discourse.recent_countries \
                and any(noun_lemma(t) in AUTHORITY_NOUNS for t in sent.doc[ent_end + 1:min(ent_end + 4, sent.end)]):
            # (not "President Charles Taylor's government": a person, whatever towns bear the name)
            # "Sylhet's district administration ordered ...": a town of a country the story names, whose authority acts
            places.append(Place(code, i, ent_end, "city"))
            i = ent_end
            continue
        if token.text[:1].isupper() and ent_end < sent.end and doc[ent_end].tag_ == "POS" and not country_of(surface) \
                and (code := place_country(surface)) and code in discourse.recent_countries \
                and any(t.lemma_.lower() in _OWNED_LAND for t in sent.doc[ent_end + 1:min(ent_end + 4, sent.end)]):
            # "fled Daraa's eastern countryside", which the tagger took for a body: a town's land
            places.append(Place(code, i, ent_end, "city"))
            i = ent_end
            continue
        if token.text[:1].isupper() and token.ent_type_ in ("PERSON", "NORP", "") and not token.is_sent_start \
                and _in_place_slot(sent.doc[i:ent_end]):
            # "left for Bukavu", "northwest of Goma": a town of a country the story is about, which the
            # tagger took for a person or for nothing (its namesakes elsewhere stay out); a capital or a great city
            # is the one a reader takes its name for ("flew 1,300 foreigners out of N'Djamena")
            code = place_country(surface)
            if code and (code in discourse.recent_countries or famous_city(surface)):
                places.append(Place(code, i, ent_end, "city"))
                i = ent_end
                continue
        if token.text[:1].isupper() and ent_end < sent.end and doc[ent_end].lower_ in REGION_WORDS:
            # "in Ituri province", "Hatay province": a region by its name, whatever the tagger made of it
            code = place_country(surface)
            if code:
                discourse.last_region = surface
                places.append(Place(code, i, ent_end + 1, "city"))
                i = ent_end + 1
                continue
        if token.lower_ in ("countries", "states", "governments") and discourse.recent_countries:
            # "the three countries", "all three countries": the last N countries named.
            size = next((small_number(c) for c in token.children if c.dep_ == "nummod"), None)
            if size and len(discourse.recent_countries) >= size:
                places.append(Place(discourse.recent_countries[-1], i, i + 1, "anaphor",
                                    pool=tuple(discourse.recent_countries), size=size))
            i += 1
            continue
        if token.dep_ in ("nsubj", "nsubjpass") and discourse.recent_countries and (
                (token.pos_ == "NUM" and any(c.lower_ in ("all", "the") for c in token.children))
                or (token.lower_ == "both" and token.pos_ in ("DET", "PRON"))):
            # "All three barred Qatari citizens from entering": the last three states named
            size = 2 if token.lower_ == "both" else small_number(token)
            if size and 1 < size <= len(discourse.recent_countries):
                places.append(Place(discourse.recent_countries[-1], i, i + 1, "anaphor",
                                    pool=tuple(discourse.recent_countries), size=size))
            i += 1
            continue
        if token.lemma_.lower() in COUNTRY_ANAPHORS | {"island", "territory"} and token.pos_ == "NOUN" and discourse.last_country \
                and any(c.lower_ in ("the", "this", "that") for c in token.children) and token.tag_ == "NN":
            # "the sultanate" is the last sultanate named, not the last country
            kind = _STATES_OF_A_KIND.get(token.lemma_.lower())
            code = next((c for c in reversed(discourse.recent_countries) if c in kind), None) if kind \
                else _federation_named_before(token, places) or _framed_country(token, sent, places) \
                or _leavers_country(token, places, discourse) \
                or _citizens_entered(token, places) \
                or _authorities_country(token, places, discourse) or _counting_authority(token, places) \
                or (_country_just_counted(discourse) if not any(p.role in ("name", "adjective") for p in places) else None) \
                or discourse.last_country
            if token.lemma_.lower() == "island" and not (token.dep_ == "poss" and noun_lemma(token.head) in _STATE_BODIES):
                code = None  # "the island's mayor" after Lampedusa is no island state's
            if code:
                places.append(Place(code, i, i + 1, "anaphor"))
        elif token.lower_ == "its" and discourse.last_country and noun_lemma(token.head) in AUTHORITY_NOUNS | {"border"}:
            # "Italy resumed readmissions to Slovenia, and its police have since handed ...": the state that
            # is a subject before it in the sentence, else the last one named
            acting = [p for p in places if p.role == "name" and doc[p.end - 1].dep_ == "nsubj"]
            # ("Costa Rica had issued special transit visas to Cubans arriving from Panama. Its migration directorate
            # says ...": the country the last sentence was about, not the last one it named)
            topic = discourse.paragraph_topic if not any(p.start < i for p in places) else None
            places.append(Place(acting[-1].code if acting else topic or discourse.last_country, i, i + 1, "anaphor"))
        elif token.lemma_.lower() in COUNTRY_ANAPHORS | {"homeland"} and any(c.lower_ == "their" for c in token.children):
            # "3.4 million Venezuelans have left their country": the country of the people just named
            nationals = [found[0] for t in sent.doc[sent.start:i] if (found := country_of(t.text)) and found[1] == "people"]
            if nationals:
                places.append(Place(nationals[-1], i, i + 1, "anaphor"))
        i += 1
    places = [_town_of_the_story(p, places, sent, discourse) for p in places if not _common_word_town(p, sent)]
    places = [p for p in places if not _stray_namesake(p, sent, discourse)]
    towns = [p for p in places if p.role == "city"]
    if towns:
        discourse.last_town_country = towns[-1].code
        discourse.last_town = sent.doc[towns[-1].start:towns[-1].end].text
    return places




def _town_around_a_country(sent: Span, i: int) -> Optional[tuple[str, int]]:
    """The country and length of a place's name of two to four words, starting at `i`, that holds a
    country's name after its first word: "New Mexico" (US), "Port of Spain" (TT)."""
    for size in (4, 3, 2):
        if i + size > sent.end:
            continue
        words = sent.doc[i:i + size]
        if not words[-1].text[:1].isupper() or country_of(words.text):
            continue
        code = place_country(words.text)
        if code and any(country_of(t.text) for t in words[1:]):
            return code, size
    return None


def _town_of_the_story(place: Place, places: list[Place], sent: Span, discourse: Discourse) -> Place:
    """A town whose name towns of several countries share is the one in a country the sentence or the
    story names: "the Peruvian island village of Santa Rosa", not the larger Santa Rosa abroad."""
    if place.role != "city":
        return place
    # (a capital or a great city yields only to a country named: "from Buenos Aires to Colonia and Montevideo"
    # is no Montevideo of the country a namesake of Colonia lies in)
    famous = famous_city(sent.doc[place.start:place.end].text)
    nearby = [p.code for p in sorted(places, key=lambda p: abs(p.start - place.start)) if p is not place and p.code
              and not (famous and p.role == "city")]
    story = [*nearby, *reversed(discourse.recent_countries), discourse.dateline_country]
    if place.code in story:
        return place
    name = sent.doc[place.start:place.end].text
    namesakes = namesake_countries(name)
    # (a village by the name of a city abroad is the village only where the sentence names its country: "arrived
    # at Waterloo on Lille tickets" in a story filed from Brussels is Lille in France)
    named_here = {p.code for p in places if p.role in ("name", "adjective")}
    ours = next((c for c in story if c in namesakes and (c in named_here or not overshadowed(name, c))), None)
    if ours is None and namesakes and discourse.dateline_country and not set(story) & namesakes \
            and not famous_city(sent.doc[place.start:place.end].text) \
            and shares_the_tongue(discourse.dateline_country, namesakes):
        # "left San Rafael" in a story filed from Quito that names none of the countries with a San Rafael
        # the gazetteer knows, all of them Spanish-speaking: a town of the country the story is filed from,
        # as a reader takes it (a Dover in a story from Brussels stays the English one)
        ours = discourse.dateline_country
    if ours is None and not namesakes and small_town(sent.doc[place.start:place.end].text):
        # "about 11,500 residents left Santa Catalina and Rio Hondo" in a story about Zamboanga: a small town
        # of a country the story never names, listed with a town of one it does, is a namesake the gazetteer
        # does not know, in that country (not "the ferry between Baku and Aktau": a city of its own country)
        ours = next((p.code for p in places if p.role == "city" and p.code in story and p.code != place.code
                     and _listed_together(sent.doc[p.end - 1], sent.doc[place.end - 1])), None)
    return dataclasses.replace(place, code=ours) if ours else place


def _stray_namesake(place: Place, sent: Span, discourse: Discourse) -> bool:
    """A small town, or a town's other name, of a country the story never names, in a story about others: the
    gazetteer's namesake of a place it does not know ("arrived at Yida" in a story of South Sudan is not Jeddah,
    which also goes by that name)."""
    if place.role != "city" or not (discourse.recent_countries or discourse.dateline_country):
        return False
    name = sent.doc[place.start:place.end].text
    return minor_name(name) and place.code not in discourse.countries_named(sent.doc) \
        and place.code != discourse.dateline_country


def _korean_half(token: Token, discourse: Discourse) -> Optional[str]:
    """"the South" as the news of the two Koreas names South Korea, alone (not "the South China Sea"). ("the North"
    is most often the other side's government in such stories, "the list the North had sent", not a place.)"""
    if token.text != "South" or token.i == 0 or token.doc[token.i - 1].lower_ != "the":
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.text[:1].isupper():
        return None
    return "KR" if {"KR", "KP"} & {*discourse.recent_countries, discourse.dateline_country} else None


def _listed_together(one: Token, other: Token) -> bool:
    """"Santa Catalina and Rio Hondo": two names conjoined in one list."""
    return other in one.conjuncts or one in other.conjuncts


def _counting_authority(country: Token, places: list[Place]) -> Optional[str]:
    """"Belgian border police counted about 9,500 England supporters entering the country": the country
    of the authority the sentence opens on, which counts people entering its own."""
    doc = country.doc
    subject = next((p for p in places if p.start < country.i and p.role in ("adjective", "name")
                    and doc[p.end - 1].dep_ in ("amod", "compound", "poss")
                    and noun_lemma(doc[p.end - 1].head) in AUTHORITY_NOUNS - MISSION_NOUNS
                    and doc[p.end - 1].head.dep_ == "nsubj"), None)
    return subject.code if subject is not None else None


def _authorities_country(country: Token, places: list[Place], discourse: Discourse) -> Optional[str]:
    """"sent 52,560 Salvadorans back to El Salvador ... from Mexico ... from the United States, according to
    the country's General Directorate of Migration", filed from San Salvador: the country the story is filed
    from, when the sentence has named it among others."""
    if country.dep_ == "poss" and noun_lemma(country.head) in AUTHORITY_NOUNS and discourse.dateline_country \
            and any(p.code == discourse.dateline_country and p.role == "name" for p in places):
        return discourse.dateline_country
    return None


def _leavers_country(country: Token, places: list[Place], discourse: Discourse) -> Optional[str]:
    """"About 41,000 Ukrainian citizens have left the country": the country of the people who left it, when
    the story names it ("80 Americans had left the country" in a story about Bolivia is Bolivia)."""
    verb = country.head.head if country.dep_ == "pobj" else country.head
    if country.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in ("leave", "flee", "quit", "escape"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and discourse.dateline_country and _foreigners(subject, places, discourse.dateline_country):
        # "some 21,000 foreign tourists had left the country", "About 700 French nationals left the country" in a
        # story filed from Libreville: the country the story is filed from, which they were visiting
        return discourse.dateline_country
    own = subject is not None and (found := country_of(subject.text)) is not None and found[1] == "people" \
        and found[0] == discourse.dateline_country  # "8,930 Bulgarians have left the country", filed from Bulgaria
    if subject is None or (subject.lemma_.lower() not in ("citizen", "national", "man", "resident") and not own):
        return None  # "Ukrainian citizens", not "Americans", who may be foreigners leaving the country of the story
    homes = [p.code for c in subject.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _LIVING_VERBS
             for p in places if c.i < p.start <= c.right_edge.i and p.role == "name"]
    if homes:
        return homes[0]  # "150 Ukrainian men living in Portugal have left the country": the country they lived in
    if own:
        return discourse.dateline_country
    nationals = {p.code for p in places if p.start < subject.i and subject.left_edge.i <= p.start}
    return nationals.pop() if len(nationals) == 1 and nationals <= set(discourse.recent_countries) else None


def _foreigners(people: Token, places: list[Place], home: str) -> bool:
    """"foreign tourists", "French nationals" (in a story filed from Gabon): people who are not the country's own."""
    if people.lemma_.lower() in ("foreigner", "tourist", "expatriate", "visitor") or any(
            c.lower_ == "foreign" for c in people.children):
        return True
    nationals = {p.code for p in places if people.left_edge.i <= p.start <= people.i and p.role in ("adjective", "people")}
    return bool(nationals) and home not in nationals


def _framed_country(country: Token, sent: Span, places: list[Place]) -> Optional[str]:
    """"In Moldova, whose crossing lies near the Ukrainian port of Reni, police said 1,870 Ukrainians entered the
    country": the country the sentence opens on."""
    if country.lemma_.lower() not in ("country", "nation"):
        return None
    return sentence_frame_country(sent, [p for p in places if p.end <= country.i])


def _citizens_entered(country: Token, places: list[Place]) -> Optional[str]:
    """"1,200 Batswana returned from South Africa, taking to 3,418 the number of citizens who have entered the
    country": the country whose citizens the sentence has coming home, when it names one such people (not
    "Moldova's Border Police said 2,960 Russian citizens entered the country": Moldova)."""
    verb = country.head.head if country.dep_ == "pobj" else country.head
    if country.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in ("enter", "return", "come", "reach", "arrive"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None and (found := country_of(subject.text)) is not None and found[1] == "people" \
            and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("return", "come") for c in subject.children):
        return found[0]  # "118,600 Mexicans returning from the United States entered the country": Mexico
    if subject is None or subject.lemma_.lower() not in ("citizen", "national"):
        return None
    peoples = {p.code for p in places if p.role == "people" and _coming_home(country.doc[p.start])}
    return peoples.pop() if len(peoples) == 1 else None


def _coming_home(people: Token) -> bool:
    """"1,200 Batswana returned", "Batswana came back": nationals told of as going home."""
    verb = people.head
    return people.dep_ == "nsubj" and (verb.lemma_.lower() == "return" or any(
        c.lower_ in ("home", "back") and c.dep_ in ("advmod", "prt") for c in verb.children))


_LIVING_VERBS = {"live", "reside", "work", "stay", "settle"}
_PLACE_PREPOSITIONS = {"in", "into", "to", "from", "across", "at", "through", "near", "toward", "towards", "around", "outside",
                       "inside", "via", "beyond", "within"}


def _after_place_preposition(span: Span) -> bool:
    """"displaced in Tigray", "crossed at Kisoro": a name the tagger took for an organisation is a
    place when it is the object of a preposition of place (the whole name: "Qala" of "Islam Qala" is none)."""
    root = span.root
    # ("carried 577 people out of Niamey"; "The port of Sete said": a port named by its town)
    return span[0].ent_iob_ == "B" and root.dep_ == "pobj" and (root.head.lower_ in _PLACE_PREPOSITIONS or (
        root.head.lower_ == "of" and root.head.head.lower_ in ("out", "port")))


# Nouns an adjective of another country qualifies without making it the story's "the country": what
# one country does to another ("the Russian invasion"), the border with it ("the Ukrainian border"),
# and its papers and missions abroad ("holders of Russian passports have left the country", "the
# Russian Embassy in Ashgabat").
_OTHER_COUNTRY_NOUNS = {"invasion", "war", "attack", "attacks", "offensive", "troops", "forces", "army", "military",
                        "strike", "strikes", "airstrikes", "bombing", "shelling", "occupation", "incursion",
                        "aggression", "border", "frontier", "side", "passport", "embassy", "consulate",
                        "ambassador", "diplomat", "visa"}
# Vehicles a country adjective names the carrier of, not a place: "deportees arrived on U.S. flights".
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west", "outskirts"}


def _in_place_slot(span: Span) -> bool:
    """The name is where people went or were: "to Sake", "into Gisenyi", "left for Bukavu",
    "northwest of Goma", or the town they left: "fled Kunduz"."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "to Colonia and Montevideo": the slot of the list
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in ("flee", "leave", "abandon", "escape")  # "fled Kunduz"
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in ("in", "into", "to", "from", "across", "at", "through", "near", "toward", "towards"):
        return True
    if prep.lower_ == "for":
        return prep.head.lemma_.lower() in ("leave", "depart", "head", "set", "sail", "flee", "bind")
    # "northwest of Goma", "carried 2,300 foreigners out of Bissau"
    return prep.lower_ == "of" and (prep.head.lower_ in _COMPASS or prep.head.lower_ == "out")


_HEADING = re.compile(r"\s*(?:[-•*–—]\s+)?([A-Z][^\W\d_]*(?:[ .'’-]+[^\W\d_]+){0,5}?)\s*:\s")  # "Côte d'Ivoire: ..."


def heading_country(sent: Span) -> Optional[str]:
    """"Sri Lanka: Visa-free entry for tourists ...": the country a tracker record is filed under."""
    match = _HEADING.match(sent.text)
    found = country_of(match.group(1)) if match else None
    return found[0] if found and found[1] == "name" else None


def subject_country(sent: Span, places: list[Place]) -> Optional[str]:
    """The country the sentence's main subject names: "Hungarian police counted ...", "Armenia's
    government said ...", "Djibouti, a country of fewer than a million people, has moved ..."."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    core = {subject.i} | {c.i for c in subject.children if c.dep_ in ("poss", "amod", "compound")} \
        | {g.i for c in subject.children if c.dep_ == "poss" for g in c.subtree}
    found = next((p for p in places if p.start in core and p.role in ("name", "adjective", "anaphor")), None)
    return found.code if found is not None else None


# Who rules after a coup: "the junta", "the country's new military rulers", "seized power".
_RULER_WORDS = re.compile(r"\b(?:junta|coup|military (?:rulers|government|leaders)|seized power|regime)\b", re.IGNORECASE)


def rulers_country(sent: Span, places: list[Place]) -> Optional[str]:
    """The one country a sentence about a junta or a coup names ("soldiers ousted Burkina Faso's president",
    "the country's new military rulers reopened the borders"), for "the junta" of later sentences."""
    if not _RULER_WORDS.search(sent.text):
        return None
    codes = {p.code for p in places if p.role in ("name", "adjective", "anaphor") and p.code}
    return codes.pop() if len(codes) == 1 else None


def sentence_frame_country(sent: Span, places: list[Place]) -> Optional[str]:
    """The country a sentence opens on: "In Hungary, police reported that ...", "In neighboring Slovakia, ...",
    "On the Zimbabwean side, ..."."""
    first = sent[0]
    if first.lower_ == "on" and len(sent) > 4 and sent[1].lower_ == "the":
        # ("On the South Sudanese side,": a name of two words)
        side = next((t for t in sent[3:6] if t.lower_ == "side"), None)
        if side is not None and side.i + 1 < sent.end and side.nbor(1).text == ",":
            return next((p.code for p in places if p.start == first.i + 2 and p.end == side.i
                         and p.role in ("adjective", "name", "people")), None)
    if first.lower_ not in ("in", "within", "inside", "across"):
        return None
    # "In Hungary,", "In neighboring Slovakia,", "In nearby Jordan,", "In the Comoros,"
    start = first.i + 1
    while start < sent.end - 1 and start - first.i <= 2 and sent.doc[start].lower_ in (
            "the", "neighboring", "neighbouring", "nearby", "southern", "northern", "eastern", "western"):
        start += 1
    if first.lower_ == "across" and start + 2 < sent.end and sent.doc[start].lower_ in ("border", "frontier") \
            and sent.doc[start + 1].lower_ == "in":
        start += 2  # "Across the border in Serbia,"
    for place in places:
        if place.start == start and place.role == "name":
            after = sent.doc[place.end] if place.end < len(sent.doc) else None
            if after is not None and after.text == ",":
                return place.code
            # "In Mozambique's Inhambane province,": a part of the country
            owner = place.end if sent.doc[place.end - 1].tag_ == "POS" else place.end + 1
            if after is not None and sent.doc[owner - 1].tag_ == "POS" \
                    and any(t.text == "," for t in sent.doc[owner + 1:min(owner + 5, sent.end)]):
                return place.code
    return None


def city_frame_country(sent: Span, places: list[Place]) -> Optional[str]:
    """The country of the town a sentence opens on: "In Colombo, the government put the country on a war
    footing", for the bare bodies that act in it and the paragraph after it (or of the island: "On Grand Turk, ...
    Governor Gordon Wetherell imposed a round-the-clock curfew")."""
    first = sent[0]
    if first.lower_ not in ("in", "on") or len(sent) < 3:
        return None
    town = next((p for p in places if p.start == first.i + 1 and p.role == "city" and p.code), None)
    if town is None or town.end >= sent.end or sent.doc[town.end].text != ",":
        return None
    return town.code


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of a source: the head with its modifiers, without clauses and appositions."""
    keep: list[Token] = []

    def walk(token: Token) -> None:
        for child in token.lefts:
            if child.dep_ in ("det", "amod", "compound", "poss", "case", "nmod", "nummod", "punct") \
                    and not (child.dep_ == "punct" and child.text in (",", "—", "(")):
                walk(child)
        keep.append(token)
        for child in token.rights:
            if child.dep_ in ("compound", "flat", "case"):
                walk(child)
            elif child.dep_ == "prep" and child.i == token.i + 1 and (
                    child.lower_ in ("of", "for", "in", "at")
                    or token.text[:1].isupper() and child.text[:1].isupper() and child.text[1:].islower()
                    and any(c.dep_ == "pobj" and _named(c) for c in child.children)):
                # ("Doctors Without Borders": a preposition written with a capital is inside a name)
                keep.append(child)
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        walk(grandchild)
            elif child.dep_ == "appos" and child.i == token.i + 1 and child.pos_ == "PROPN" \
                    and noun_lemma(token) in _BODIES | {"commission", "council", "committee", "organisation", "organization"}:
                # "the government refugee agency SAARA", "the immigration agency Migraciones": the body's own name
                keep.extend(t for t in child.subtree if t.pos_ == "PROPN" or t.text in ("-", "."))
            elif child.dep_ == "appos" and child.ent_type_ == "PERSON":
                keep.extend(t for t in child.subtree if t.ent_type_ == "PERSON" or t.text == "-")  # "its commandant, Patrick Okumu", "Eli Ben-Ami"
            elif child.dep_ == "appos" and child.pos_ == "PROPN" and noun_lemma(token) in _SET_OFF_TITLES:
                # "its head, Abdulkarim Shaif, told Reuters", a name the tagger took for a body's: the person
                keep.extend(t for t in child.subtree if t.pos_ == "PROPN" or t.text == "-")
            elif child.dep_ == "cc" and child.lower_ == "and" and _named(token) and token.ent_iob_ in ("B", "I"):
                # "Customs and Border Protection": one body's name, whether the tagger cut it at "and" or
                # ran it on ("U.S. Customs and Border Protection figures")
                conj = next((c for c in token.rights if c.dep_ == "conj" and c.i > child.i), None)
                one_name = conj is not None and (conj.ent_iob_ == "O" and token.ent_iob_ == "B"
                                                 or conj.ent_iob_ == "I" and child.ent_iob_ == "I")
                if one_name and conj.text[:1].isupper() and all(t.text[:1].isupper() for t in conj.subtree):
                    keep.append(child)
                    walk(conj)

    walk(head)
    return sorted({t.i: t for t in keep}.values(), key=lambda t: t.i)


_BODIES = {"ministry", "government", "office", "department", "agency", "service", "guard", "police",
           "authority", "commission", "directorate", "bureau", "institute", "administration", "official"}


def _with_entity(tokens: list[Token]) -> list[Token]:
    """The whole name of an organisation the phrase ends in ("Disaster and Emergency Management Authority")."""
    head = tokens[-1] if tokens else None
    if head is None or head.ent_type_ != "ORG":
        return tokens
    doc = head.doc
    start = head.i
    # (not back over a comma: "... and Gubkin, Gladkov said", which the tagger ran into one name)
    while start > 0 and doc[start - 1].ent_type_ == "ORG" and doc[start].ent_iob_ != "B" and doc[start - 1].text != ",":
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "ORG":
        end += 1  # "figures from Customs and Border Protection": the name runs on past the parser's head
    kept = {**{t.i: t for t in tokens}, **{k: doc[k] for k in range(start, end)}}
    for i in list(kept):
        # "Police and Border Guard Board": an "and" between two capitalised words of one name
        if i + 2 in kept and i + 1 not in kept and doc[i + 1].lower_ == "and" \
                and doc[i].text[:1].isupper() and doc[i + 2].text[:1].isupper():
            kept[i + 1] = doc[i + 1]
    return sorted(kept.values(), key=lambda t: t.i)


_SHOWING = {"show", "shows", "showed", "suggest", "suggests", "indicate", "indicates"}
# Services named by what they do, whose data a story cites: "Chinese customs data", "immigration figures".
_SERVICES_BY_NAME = {"customs", "immigration"}


def _source_text(tokens: list[Token], places: list[Place]) -> str:
    cut = next((k for k, t in enumerate(tokens) if k > 0 and t.lower_ in _SHOWING), None)
    if cut is not None:
        # "data from Turkey's AFAD show", "Figures from the RCMP show officers intercepted": the parser
        # took the verb, and what follows it, into the name
        tokens = tokens[:cut]
    text = _source_words(tokens, places)
    text = re.sub(r"\s*-\s*", "-", text)  # "Taliban-run", as written
    return re.sub(r"^-based\s+", "", text)  # "the Britain-based Syrian Observatory", once the place is left out


# Words that place a country the story names beside another: "Neighbouring Kyrgyzstan said".
_WHERE_IT_LIES = {"neighbouring", "neighboring", "nearby", "adjacent"}


def _source_words(tokens: list[Token], places: list[Place]) -> str:
    words: list[str] = []
    for k, token in enumerate(tokens):
        if k == 0 and token.lower_ in _DET:
            continue
        if not words and token.lower_ in _WHERE_IT_LIES and k + 1 < len(tokens) and tokens[k + 1].pos_ == "PROPN":
            continue  # "Neighbouring Kyrgyzstan said": the country, not where it lies
        if token.tag_ == "POS" and words and words[-1].endswith("'s"):
            continue
        text = token.text
        if token.lower_ in ("country", "nation", "island") and k + 1 < len(tokens) and tokens[k + 1].tag_ == "POS" \
                or token.lower_ == "its":
            code = next((p.code for p in places if p.start == token.i), None)
            if code:
                text = country_name(code) + "'s"
                if words and words[-1].lower() in _DET:
                    words.pop()
                words.append(text)
                continue
        if token.tag_ == "POS":
            if words:
                words[-1] += token.text.replace("’", "'")
            continue
        words.append(text)
    return re.sub(r"\s+", " ", " ".join(words)).strip(" ,")


def _named(token: Token) -> bool:
    return (token.pos_ == "PROPN" or bool(token.ent_type_)) and token.text[:1].isupper()


def _own_words(head: Token) -> list[Token]:
    """The words of a noun's own name: those before it, and an "of"/"for" phrase right after it, not an
    apposition the parser hung on it ("The agency broke the figure down: South Korea, 124,100; ...")."""
    doc = head.doc
    after = [t for c in head.children if (c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ in ("of", "for"))
             # "its refugee agency, ARRA, said": the name set off by a comma right after it, or right after it with
             # none ("the national disaster agency BNPB said", "the migration agency Migracion Colombia said")
             or (c.dep_ == "appos" and c.left_edge.i == head.i + 2 and doc[head.i + 1].text == ",")
             or (c.dep_ == "appos" and c.left_edge.i == head.i + 1 and c.pos_ == "PROPN")
             for t in c.subtree]
    return [t for t in head.subtree if t.i < head.i] + after


def _has_country_word(head: Token) -> bool:
    """A phrase that names its country itself: "Zimbabwe's immigration department", "the Polish ministry"."""
    return any(country_of(t.text) for t in head.subtree if t.i != head.i)


def _resolve_anaphor(head: Token, phrase: str, discourse: Discourse) -> Optional[str]:
    """'The agency', 'the ministry', 'it', 'he' to the source they point back to ("Its figures show": it)."""
    lemma = {"its": "it", "their": "they"}.get(head.lower_, head.lemma_.lower())
    if any(c.lower_ == "same" for c in head.children) and discourse.sources:
        return discourse.sources[-1]  # "according to the same official", "the same figures": the source just quoted
    if lemma in _BARE_FIGURES and [c.lower_ for c in head.children] == ["the"]:
        # "Between Christmas Day and New Year's Eve, the net outflow was about 6,800, the figures show": the figures
        # of the body the story last cited, not a person it quoted
        return next((e for e in reversed(discourse.sources) if not _names_a_person(e)), None)
    frame = discourse.sentence_country
    if frame and lemma in ("ministry", "department", "service", "office") and not _has_country_word(head) \
            and any(c.lower_ == "the" for c in head.children):
        # "On the Zimbabwean side, the immigration department said": that country's department
        return f"{country_name(frame)}'s {re.sub(r'^the ', '', phrase, flags=re.IGNORECASE)}"
    if frame and lemma in ("police", "authority", "official", "government") and not any(
            c.dep_ in ("amod", "compound", "poss") or (c.dep_ == "prep" and c.i == head.i + 1) for c in head.children):
        # "In Hungary, police reported": the police of the country the sentence opens on;
        # "government figures show" there is that country's government
        if lemma == "government":
            return f"{country_name(frame)}'s government"
        country = countries().get(frame)
        return f"{country.adjectives[0]} {head.text}" if country and country.adjectives else None
    if lemma in ("agency", "organization", "organisation", "body") and _un_qualified(head):
        # "the U.N. agency said": the U.N. body the story named before, when it named just one
        bodies = {e for e in discourse.sources if _UN_BODY.search(e)}
        remit = next((_UN_REMITS[c.lower_] for c in head.children if c.lower_ in _UN_REMITS), None)
        if remit is not None:
            # "the U.N. refugee agency" is UNHCR, not the IOM named before
            bodies = {e for e in bodies if remit.search(e)}
        if len(bodies) == 1:
            return bodies.pop()
    if lemma == "official" and head.tag_ == "NNS":
        # "Officials of the authority said": the body named before that they speak for
        body = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN" and _bare_definite(g)), None)
        found = _resolve_anaphor(body, body.lower_, discourse) if body is not None else None
        if found is not None:
            return found
    if lemma in ("spokesman", "spokeswoman", "spokesperson"):
        # "a ministry spokeswoman said": the spokeswoman of the ministry the story named before
        body = next((c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in SOURCE_ANAPHORS
                     and not _named(c)), None)
        named = next((e for e in reversed(discourse.sources) if body is not None
                      and re.search(rf"\b{re.escape(body.lemma_.lower())}\b", e.lower()) and not _names_a_person(e)), None)
        if named is not None and len(list(head.children)) <= 2:
            return f"{named} {head.text}"
        # "a spokesman for the society said": the body named before that the noun after "for" points back to
        body = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN" and any(d.lower_ == "the" for d in g.children)), None)
        found = _resolve_anaphor(body, body.lower_, discourse) if body is not None else None
        if found is not None and head.text not in found:  # (not the spokesman's own phrase)
            return found
        if (counter := _counting_body_spoken_for(head)) is not None:
            return counter
    # a name is capitalised: "the migration institute" is a common noun whatever the tagger says
    has_name = any(_named(t) for t in _own_words(head)) or (head.pos_ == "PROPN" and head.text[:1].isupper())
    # "provincial officials", "local authorities" name their own source; "the migration agency" points back
    described = lemma in ("official", "authority", "police", "officer") and any(c.dep_ == "amod" for c in head.children)
    # "aid agencies say": a bare plural names a kind of source, it does not point back to one
    indefinite = head.tag_ == "NNS" and not any(c.lower_ in ("the", "these", "those", "both") for c in head.children) \
        or any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children)  # "a police spokesman": someone new
    if has_name or described or indefinite:
        return None
    if lemma in discourse.named_bodies and any(c.lower_ == "the" for c in head.children) \
            and not any(c.dep_ in ("amod", "compound") for c in head.children):
        return discourse.named_bodies[lemma]  # "the service said", after "The sea rescue service, Salvamento Maritimo,"
    if lemma not in SOURCE_ANAPHORS | _BODY_WORDS:
        # "the delegation said": the source named before with that word, if any
        definite = any(c.lower_ == "the" for c in head.children) and head.pos_ == "NOUN" \
            and not any(c.dep_ in ("amod", "compound", "prep") for c in head.children)
        if definite and lemma in _FIRM_WORDS:
            # "workers of the China Road and Bridge Corporation ... left, the company said": the firm just named
            firm = next((e for e in reversed(head.sent.ents) if e.label_ == "ORG" and e.end <= head.i
                         and e[-1].lower_ in _FIRM_NAME_ENDS), None)
            if firm is not None:
                return re.sub(r"^the\s+", "", firm.text, flags=re.IGNORECASE)
            if lemma in _CARRIER_WORDS and (carrier := _carrier_named(head)) is not None:
                return carrier
        if not definite:
            return None
        # "Agents in the San Diego sector arrested ..., according to figures the sector released": the one the
        # sentence named before with that word, else the last source with it
        # ("At Copenhagen Airport, ... the airport said": the name, however the tagger took it)
        mentioned = [t for t in head.sent if t.i < head.i and t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN")
                     and any(_named(w) for w in _own_words(t))]
        if mentioned:
            return _source_text(_with_entity(_phrase_tokens(mentioned[-1])), [])
        return next((e for e in reversed(discourse.sources) if re.search(rf"\b{re.escape(lemma)}s?\b", e.lower())), None)
    # "the ministry" -> a source with that word ("it" is no part of "charity"); "the board" -> "Police and
    # Border Guard Board"; "the force" -> the police named before
    # "the society" -> the Red Crescent named before; "the organisation" -> the "... Organization"
    word = {"force": r"(?:police|force|guard)", "society": r"(?:society|red crescent|red cross)",
            "organisation": r"organi[sz]ation", "organization": r"organi[sz]ation"}.get(lemma, re.escape(lemma))
    # the subject the sentence opened on comes first: "The Federal Police registered 12,406 ..., the force said"
    openers = [_source_text(_with_entity(_phrase_tokens(t)), []) for t in head.sent
               if t.i < head.i and t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ == "VERB"
               and head not in t.subtree  # (not "a spokesman for the society" itself)
               and noun_lemma(t) not in VEHICLE_NOUNS]  # (nor "Police boats brought 150 people across")
    # then a body the sentence named before with that word: "reached the U.N. refugee agency's Shagarab centre
    # ..., the agency said", "in buses laid on by the Costa Rican Tourism Institute, the institute said"
    mentioned = [re.sub(r"\s*['’]s$", "", _source_text(_with_entity(_phrase_tokens(t)), [])) for t in head.sent
                 if t.i < head.i and t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN")
                 and any(_named(w) for w in _own_words(t))]
    named = [e for e in [*reversed(openers), *reversed(mentioned), *reversed(discourse.sources)]
             if head.pos_ != "PRON" and re.search(rf"\b{word}s?\b", e.lower())]
    if named:
        return named[0]  # "the ministry" -> the last source that is a ministry
    acting = [t for t in head.sent if t.i < head.i and t.dep_ == "nsubj" and t.ent_type_ == "ORG" and t.head.pos_ == "VERB"] \
        if lemma in ("agency", "service", "organization", "organisation", "body") else []
    if acting:
        # "U.S. Customs and Border Protection admitted 1,094 Ukrainians ..., the agency said": the body acting,
        # by the fuller name the story quoted it by before ("The Border Guard recorded ..." after "Polish Border Guard")
        body = _source_text(_with_entity(_phrase_tokens(acting[-1])), [])
        return next((e for e in reversed(discourse.sources) if body.lower() in e.lower()), body)
    if lemma in ("agency", "organization", "organisation"):
        # "UNHCR", also as the body of "UNHCR's representative in Juba"
        acronyms = [m.group(1) for e in reversed(discourse.sources) if (m := re.match(r"([A-Z.]{3,})(?:'s\b|$)", e))]
        if acronyms:
            return acronyms[0]  # "the agency" after "UNHCR"
    if lemma in ("department", "unit"):
        # "the department said", with no department named before: the body last quoted
        body = next((e for e in reversed(discourse.sources) if e[:1].isupper() and not _names_a_person(e)), None)
        if body is not None:
            return body
    if lemma == "it" and openers and head.dep_ == "nsubj" and head.head.lemma_.lower() in _GIVING_FIGURES:
        # "The directorate expelled 1,908 foreigners ..., according to figures it released": the body the
        # sentence opened on, not the last one quoted
        return openers[-1]
    for earlier in reversed(discourse.sources):
        if lemma == "it" and not earlier[:1].isupper() and earlier.split()[-1].endswith("s"):
            continue  # "its staff": a body, not "aid workers" quoted last
        if lemma in ("agency", "organization", "organisation", "body", "group") and (
                _names_a_person(earlier) or _a_person_named(earlier, head.doc)):
            continue  # "the migration agency said" after "an army spokesman said" or "Putin announced": no person
        if lemma in ("he", "she") and re.search(r"\b[a-z]+[^s\W]s$", earlier):
            continue  # "Another 650 came in on Monday, he said": one person, not "U.S. commanders" quoted before
        if lemma in ("it", "they", "agency", "organization", "organisation", "body", "group") \
                or (lemma in ("he", "she") and (earlier[:1].isupper() or _names_a_person(earlier)
                                                 # "its manager, Hussein Abbas": a phrase that ends on a name
                                                 or re.search(r"\b[A-Z][a-z]+$", earlier))):
            return earlier
    return None


# What a firm is called back ("the company said"), and the last words of firms' names.
_FIRM_WORDS = {"company", "firm", "airline", "carrier", "operator"}
_FIRM_NAME_ENDS = {"corporation", "company", "airlines", "airline", "airways", "line", "lines", "ferries", "railways",
                   "group", "corp", "corp.", "ltd", "ltd.", "inc", "inc."}


# Figures a story has cited before: "the figures show", "the data showed"
_BARE_FIGURES = {"figure", "figures", "data", "datum", "statistic", "statistics"}
_CARRIER_WORDS = {"airline", "carrier"}
# What an airline's name is written before: "An Air Mauritanie flight", "A Somon Air plane"
_CRAFT_NOUNS = {"flight", "flights", "plane", "planes", "jet", "jets", "charter", "charters", "aircraft", "airliner", "airliners"}


def _carrier_named(head: Token) -> Optional[str]:
    """"An Air Mauritanie flight left for Paris with 162 passengers, the airline said", "Bahamasair flew home
    some 300 Bahamians, the airline said": the airline the sentence named before "the airline", as the name
    written before a flight or plane, or as the subject of "flew" (the tagger rarely takes either for an ORG)."""
    for token in head.sent:
        if token.i >= head.i:
            break
        # (the tagger may take an airline's name for a place: "A Tarom plane"; a place's name is none)
        named = token.pos_ == "PROPN" and token.ent_type_ not in ("NORP", "DATE") \
            and country_of(token.text) is None and place_country(token.text) is None
        if named and token.dep_ == "compound" and token.head.lower_ in _CRAFT_NOUNS:
            return " ".join(t.text for t in head.doc[token.left_edge.i:token.i + 1] if t.pos_ == "PROPN")
        if named and token.dep_ == "nsubj" and token.head.lemma_.lower() == "fly":
            return " ".join(t.text for t in token.subtree if t.pos_ == "PROPN")
    return None


_REPORTS = {"report", "statement", "update", "tally", "count", "figure", "data", "bulletin", "release"}
_DEFINITE_BODIES = {"directorate", "force", "agency", "service", "commission", "institute", "administration",
                    "department", "ministry", "board", "centre", "center", "office", "committee", "council"}


def _named_before(head: Token, phrase: str) -> Optional[str]:
    """"the directorate said", "the force said", with the body named earlier in the story but never quoted:
    the last capitalised name before it that ends on (or is headed by) that word, "General Directorate of
    Migration", "Border Security Force"."""
    lemma = head.lemma_.lower()
    if lemma not in _DEFINITE_BODIES or head.pos_ != "NOUN" or phrase.lower() not in (lemma, head.lower_) \
            or not any(c.lower_ == "the" for c in head.children):
        return None
    word = lemma.capitalize()
    before = text_of(head.doc)[:head.sent.start_char]
    names = re.findall(rf"((?:[A-Z][\w'’.-]*\s+)*{word}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)",
                       before)
    names = [re.sub(r"^(?:The|A|An)\s+", "", n) for n in names]
    names = [n for n in names if n != word]
    return names[-1] if names else None


def _expand_acronym(text: str, discourse: Discourse, doc=None) -> Optional[str]:
    """"Data from the DTM show", after "the International Organization for Migration's Displacement
    Tracking Matrix said": the body the letters stand for, as first named; or as the story spelled it
    out: "the Police and Border Guard Board (PPA)"."""
    if not re.fullmatch(r"[A-Z]{2,6}", text):
        return None
    if doc is not None:
        defined = re.search(rf"((?:[A-Z][\w'’.-]*\s+(?:(?:and|of|for|the)\s+)?)*[A-Z][\w'’.-]*)\s+\({text}\)", text_of(doc))
        if defined:
            return re.sub(r"^The\s+", "", defined.group(1))
    for earlier in reversed(discourse.sources):
        words = re.findall(r"[A-Z][\w]*", earlier)
        initials = "".join(w[0] for w in words if w.lower() not in ("of", "and", "for", "the"))
        if text in initials and text != earlier:
            return earlier
    return None


# the U.N. bodies wire stories quote on people on the move
_UN_BODY = re.compile(r"\b(?:UNHCR|IOM|OCHA|UNICEF|UNRWA|WFP|U\.N\.|UN|United Nations|International Organization for Migration)\b")


# What a U.N. body is named by in "the U.N. refugee agency", and the names that body goes by.
_UN_REMITS = {
    "refugee": re.compile(r"\b(?:UNHCR|refugee|High Commissioner)", re.IGNORECASE),
    "migration": re.compile(r"\b(?:IOM|migration)", re.IGNORECASE),
    "children": re.compile(r"\b(?:UNICEF|children)", re.IGNORECASE),
    "food": re.compile(r"\b(?:WFP|food)", re.IGNORECASE),
}


def _un_qualified(head: Token) -> bool:
    """"the U.N. agency", "the UN migration agency": definite, and named only as a U.N. body."""
    children = list(head.children)
    named = [t for t in head.subtree if t.i != head.i and _named(t)]
    return any(c.lower_ == "the" for c in children) and bool(named) \
        and all(t.text in ("U.N.", "UN", "United", "Nations") for t in named)


# Words by which a source is one person, whom "he" or "she" can take up.
_PERSON_TITLES = {"spokesman", "spokeswoman", "spokesperson", "official", "minister", "officer", "commander",
                  "governor", "mayor", "director", "chief", "head", "commandant", "ambassador", "consul", "prefect"}
# Titles a speaker's name is set off after ("a local Red Cross coordinator, Mercy Chege, said"); some also name
# bodies ("the U.N. High Commissioner for Refugees"), so they are not _PERSON_TITLES.
_SET_OFF_TITLES = _PERSON_TITLES | {"coordinator", "administrator", "commissioner", "representative", "chairman",
                                    "chairwoman", "superintendent", "inspector", "manager", "envoy"}


def _bare_body_name(word: Token) -> bool:
    """"Migri figures show", "Frontex data": a one-word name before the figures that names no place, people or
    person is the body that gives them."""
    return word.dep_ == "compound" and word.pos_ == "PROPN" and word.text[:1].isupper() \
        and word.ent_type_ not in ("GPE", "NORP", "PERSON", "DATE", "LOC") \
        and not any(c.dep_ == "compound" for c in word.children) and word.head.i == word.i + 1 \
        and country_of(word.text) is None and place_country(word.text) is None


def _a_person_named(source: str, doc) -> bool:
    """Whether a source is the name of someone the story names as a person ("Putin", "Ali Haidar")."""
    return any(e.label_ == "PERSON" and (e.text == source or e.text.endswith(" " + source)) for e in doc.ents)


def _names_a_person(source: str) -> bool:
    """"a spokesman for the Frontier Corps": one person, though not named."""
    return any(word in _PERSON_TITLES for word in re.findall(r"[a-z]+", source.lower()))


# Words that end the names of bodies ("Police and Border Guard Board", "Kenya Red Cross Society").
# Words in the name of a group that helps people abroad ("Danish Refugee Council", "Swiss Relief Society").
_AID_WORDS = {"refugee", "refugees", "relief", "rescue", "aid", "humanitarian"}
_BODY_WORDS = {"board", "society", "association", "council", "union", "network", "alliance", "foundation",
               "federation", "coalition", "centre", "center", "charity", "mission", "observatory", "branch"}


# Verbs of a body handing out figures ("figures the ministry released").
_GIVING_FIGURES = {"release", "publish", "compile", "provide", "present", "give", "issue", "share", "submit", "post"}


# Verbs of speaking: whoever does them, by whatever noun, is the one the figure comes from.
_SAYING = {"say", "tell", "add", "estimate"}
# Subjects of saying that are not who gives a figure: those the figure counts, and what speaks for someone.
# Those who work for a body: what they say, the body says.
_STAFF = {"staff", "team", "personnel", "employee", "worker", "monitor"}
# (people counted as they move may also be who speaks: "an airport employee said", "diplomats said")
_NOT_SPEAKERS = (PEOPLE_NOUNS - _STAFF - {"diplomat", "journalist"}) | NON_PEOPLE_NOUNS | SOURCE_NOUNS | REPORT_NOUNS \
    | {"most", "many", "some", "few", "all"} | _COMPASS


def _body_of_staff(head: Token) -> Optional[Token]:
    if noun_lemma(head) == "official":
        # "officials from Sierra Leone's Office of National Security said": the body they speak for
        return next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                     for o in c.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"), None)
    if noun_lemma(head) not in _STAFF:
        return None
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and _names_a_body(child):
            return child  # "IOM teams", "UNHCR staff"
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            return next((o for o in child.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"), None)
    return None


def _names_a_body(token: Token) -> bool:
    """"IOM", "UNHCR", "Frontex": a body's name before its staff, not a common noun opening the sentence ("Agency
    staff said")."""
    return token.pos_ == "PROPN" and not token.is_sent_start and (token.ent_type_ == "ORG" or token.text.isupper()) \
        or (token.text.isupper() and len(token.text) > 1)


def _set_off_before(verb: Token) -> Optional[Token]:
    """The name set off by a comma right before a verb of saying: ", Colombia's National Unit for Disaster
    Risk Management said" speaks, whatever the parser made of the clause before it."""
    sent = verb.sent
    end = verb.i - 1 if verb.i - 1 > sent.start and sent.doc[verb.i - 1].text == "," else verb.i
    comma = next((t.i for t in reversed(sent.doc[max(sent.start, end - 15):end]) if t.text == ","), None)
    if comma is None or comma + 1 >= end:
        return None
    phrase = range(comma + 1, end)
    heads = [t for t in sent.doc[comma + 1:end] if t.head.i not in phrase]
    if len(heads) == 1 and heads[0].dep_ == "appos" and heads[0].pos_ == "NOUN" and heads[0].head.i == comma - 1 \
            and heads[0].head.ent_type_ == "PERSON" and end != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "..., Zulfi Bukhari, the prime minister's special assistant on overseas Pakistanis, said": the name before
        # its title, where the parser left the verb no subject (not "Border officials in Medyka, the busiest
        # pedestrian crossing, said")
        return heads[0].head
    if len(heads) != 1 or heads[0].dep_ == "nsubj" or heads[0].ent_type_ not in ("ORG", "PERSON"):
        return None
    if end == verb.i:
        return heads[0]
    # "..., most of them Guineans from villages along the Makona River, the prefect, Mamadou Sylla, told reporters":
    # a name set off after its title
    title = heads[0].head
    return title if heads[0].dep_ == "appos" and noun_lemma(title) in _SET_OFF_TITLES and title.i == comma - 1 else None


def _counted(head: Token) -> bool:
    """"640 Nigerians", "an average of 7,400 of its citizens": people a figure counts."""
    return any(c.dep_ == "nummod" for c in head.children) or (noun_lemma(head) in _FIGURE_HEADS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.like_num for g in c.children)
        for c in head.children))


# Nouns a figure of people is given through: "an average of 7,400", "a total of 1,200".
_FIGURE_HEADS = {"average", "total", "number", "tally", "maximum", "minimum", "peak", "record"}


def _bare_definite(head: Token, but: tuple[str, ...] = ()) -> bool:
    """"the command", "the airline": a noun that points back, with nothing of its own to name it (`but` the
    relations let pass: "the agency, UNHCR," has its name set off)."""
    return head.pos_ == "NOUN" and any(c.lower_ == "the" for c in head.children) \
        and not any(c.dep_ in ("amod", "compound", "prep", "poss", "appos") and c.dep_ not in but for c in head.children)


def _speaking_role(head: Token) -> bool:
    """A common noun that says something speaks in a role ("the regional border command", "Egypt's consul"),
    unless it is one of the people the story counts ("refugees said") or a document ("the statement said")."""
    return head.pos_ == "NOUN" and head.ent_type_ not in ("DATE", "TIME", "CARDINAL") \
        and noun_lemma(head) not in _NOT_SPEAKERS and head.lemma_.lower() not in _NOT_SPEAKERS


def _authority_word(token: Token) -> bool:
    """A word that names a body or its chief ("police", "ministry", "the head of the agency"), but not a head
    that heads nothing ("citing head counts at 14 camps")."""
    return noun_lemma(token) in AUTHORITY_NOUNS and not (noun_lemma(token) == "head" and not any(token.children))


# Places run by a body that speaks for them: "the airport said".
_FACILITY_SOURCES = {"airport", "port", "hospital"}


def _is_source_like(head: Token) -> bool:
    if head.ent_type_ in ("DATE", "TIME"):
        return False  # "Sunday's figures", "last year's data": whose day, not whose count
    if head.pos_ == "PRON":
        return head.lower_ in ("it", "he", "she", "they", "its", "their")
    if head.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
        return True
    if noun_lemma(head) in AUTHORITY_NOUNS | SOURCE_ANAPHORS | WITNESS_NOUNS | {"media", "unhcr", "iom", "un", "source", "customs", "custom"}:
        return True
    if noun_lemma(head) in _BODY_WORDS and any(c.lower_ == "the" for c in head.children):
        return True  # "the board said", "the society counted": a body named before
    if noun_lemma(head) in _FACILITY_SOURCES and any(c.lower_ == "the" for c in head.children) \
            and head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEECH_VERBS:
        return True  # "At Copenhagen Airport, about 11,000 passengers arrived on Sunday, the airport said"
    if head.pos_ == "NOUN" and noun_lemma(head) not in SOURCE_NOUNS | REPORT_NOUNS | _STAFF | PEOPLE_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1
            and any(g.dep_ == "pobj" and (g.ent_type_ == "ORG" or noun_lemma(g) in AUTHORITY_NOUNS) for g in c.children)
            for c in head.children):
        return True  # "figures from the Podlasie unit of the Border Guard show": a part of a body
    if head.pos_ == "NOUN" and any(c.dep_ in ("compound", "poss") and (_authority_word(c) or c.ent_type_ == "ORG")
                                   for c in head.children):
        return True  # "the border guard post said", "UNHCR's representative told": one who speaks for a body
    return head.pos_ == "PROPN"


def expand_plural(place: Place, exclude: list[str]) -> list[str]:
    """The countries "the three countries" stands for, skipping those it cannot mean."""
    if not place.size:
        return [place.code]
    pool = [code for code in place.pool if code not in exclude]
    return pool[-place.size:] if len(pool) >= place.size else list(place.pool[-place.size:])


def agent_of(verb: Token) -> Optional[Token]:
    """The doer of a passive verb: "data released by [UNHCR]"."""
    for agent in verb.children:
        if agent.dep_ == "agent":
            for obj in agent.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _behind_data(head: Token, discourse: Discourse) -> Token:
    """"figures from the Moldovan Interior Ministry", "data released by X": the body behind the data."""
    if head.lemma_.lower() not in SOURCE_NOUNS | {"datum"}:
        return head
    for child in head.children:
        # "a Vistula Wire tally of government figures": who tallied is the source, not whose figures
        if child.dep_ in ("compound", "amod", "poss") and child.ent_type_ in ("ORG", "PERSON") \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return child
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
        if child.dep_ == "acl" and child.lemma_.lower() not in ("cite", "quote") and (doer := agent_of(child)) is not None:
            return doer  # (not "Maldives Immigration data cited by the newspaper Sun Online": whose data they are)
        if child.dep_ == "relcl" and child.lemma_.lower() in _GIVING_FIGURES:
            # "according to figures it released on Thursday": who released them
            # ("according to figures the sector released on Monday": the sector the sentence named)
            giver = next((c for c in child.children if c.dep_ == "nsubj" and (_is_source_like(c) or _bare_definite(c))), None)
            if giver is not None:
                return giver
    # "ministry data": the ministry named before; "UNHCR figures": the body that gives them
    for child in head.children:
        if child.dep_ == "compound" and (child.lemma_.lower() in SOURCE_ANAPHORS or child.ent_type_ == "ORG"):
            return child
    return head


def _body_behind(figures: Token) -> bool:
    """Whether a figures noun names the body behind it besides its country: "Japan's Immigration Bureau figures",
    "Belarus's own figures, released by the State Border Committee"."""
    for child in figures.children:
        if child.dep_ in ("compound", "nmod") and (noun_lemma(child) in AUTHORITY_NOUNS or child.ent_type_ == "ORG"):
            return True
        if child.dep_ == "acl" and any(a.dep_ == "agent" for a in child.children):
            return True
    return False


# Words that open a clause dating something else: "when Putin announced the call-up"
_DATING_WORDS = ("when", "since", "after", "before", "until")


def dating_clause(cue: Token) -> bool:
    """"when Putin announced the call-up", "a precedent Trudeau has often cited": a report that dates or
    describes something else, not one that gives the sentence's figures."""
    return cue.dep_ == "relcl" or (cue.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _DATING_WORDS + ("as", "while") for c in cue.children)
        and not _said_after_a_dated_phrase(cue))


def in_a_dating_clause(token: Token) -> bool:
    """"when the heaviest fighting broke out around the town of Laukkai": a word in a clause that says when."""
    return any(a.pos_ in ("VERB", "AUX") and a.dep_ in ("advcl", "relcl") and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _DATING_WORDS + ("while",) for c in a.children)
        for a in token.ancestors)


def _named_before_show(show: Token) -> bool:
    """"figures from the Norwegian Directorate of Immigration show", "figures from the directorate show": the
    parser took "show" for the noun the body's name modifies (and may take "directorate" for an adjective)."""
    before = show.doc[show.i - 1]
    return before.pos_ in ("NOUN", "PROPN") or (before.pos_ == "ADJ" and noun_lemma(before) in AUTHORITY_NOUNS)


def _when_clause(verb: Token) -> bool:
    """"between Sept. 21, when Putin announced the mobilization, and Tuesday": a clause that dates something
    says when, not who reports any figures, and is no source the story goes on with (but "on Sunday, when the
    society counted 5,200 arrivals" reports its own); `dating_clause` keeps it from this sentence's figures."""
    return verb.dep_ in ("relcl", "advcl") and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _DATING_WORDS for c in verb.children) \
        and not any(t.like_num for t in verb.subtree) and not _said_after_a_dated_phrase(verb)


def _said_after_a_dated_phrase(verb: Token) -> bool:
    """"... crossing home since Wednesday's bombing in Damascus, Iraq's Ministry of Displacement said": the parser
    made the report the clause of "since"; its last subject, set off by a comma, is the one who speaks."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) > 1 and verb.lemma_.lower() in _SAYING and verb.doc[subjects[-1].left_edge.i - 1].text == ","


def _says_next(noun: Token) -> bool:
    """"... near the village of Bir Ali, the U.N. refugee agency said": a body that speaks, whatever the parser hung
    it on, describes nothing before it."""
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].lemma_.lower() in REPORTING_VERBS


def _note_named_bodies(sent: Span, discourse: Discourse) -> None:
    """"The sea rescue service, Salvamento Maritimo, brought 230 people ashore": what "the service" names later."""
    for noun in sent:
        # (a body's description written small may be tagged a name: "CONASUR, the national council for ...")
        if not (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.text.islower())) \
                or noun_lemma(noun) not in _BODIES | _BODY_WORDS:
            continue
        name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == noun.i + 2
                     and noun.doc[noun.i + 1].text == ","), None)
        described = noun_lemma(noun) in _BODY_WORDS | {"agency", "service", "institute"}  # (not "a border official")
        # the name just before the description, however the parser hung the two (and the comma between)
        start = next(t.i for t in noun.subtree if not t.is_punct)
        before = noun.doc[start - 2] if start >= 2 else None
        if name is None and described and before is not None and before.pos_ == "PROPN" \
                and (noun.dep_ in ("appos", "conj") or noun.head.i == before.i) \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children) \
                and noun.doc[start - 1].text == "," and not _says_next(noun):
            # "The Mother Teresa Society, an ethnic Albanian charity, ...", "according to CONASUR, the national
            # council for emergency relief": the name before its description
            name = before
        if name is None and described and noun.dep_ == "compound" and noun.head.pos_ == "PROPN" \
                and noun.head.ent_type_ == "ORG" and noun.head.i > noun.i:
            # "the French medical charity Medecins Sans Frontieres": the name the noun describes
            discourse.named_bodies[noun_lemma(noun)] = " ".join(
                t.text for t in noun.doc[noun.i + 1:noun.head.i + 1] if t.ent_type_ == "ORG")
        if name is not None:
            discourse.named_bodies[noun_lemma(noun)] = _source_text(_with_entity(_phrase_tokens(name)), [])


def _puts_a_figure(verb: Token) -> bool:
    """"Police put the number at 800", "put the toll at 12": an estimate given (not "put 800 people on buses")."""
    return any(t.dep_ == "prep" and t.lower_ == "at" and any(g.like_num or g.dep_ == "nummod" for g in t.subtree)
               for t in verb.subtree) \
        or any(c.dep_ == "dobj" and noun_lemma(c) in SOURCE_NOUNS | {"toll", "figure"} for c in verb.children)


def find_attributions(sent: Span, places: list[Place], discourse: Discourse) -> list[Attribution]:
    _note_named_bodies(sent, discourse)
    found: list[Attribution] = []

    def add(head: Token, cue: Token, start: Optional[int] = None) -> None:
        if start is not None:
            tokens = list(head.doc[start:head.i + 1])  # one phrase the parser split into several subjects
        elif head.lower_ in _SHOWING and head.i > sent.start and _named_before_show(head):
            # "figures from the agency show": the parser made the verb the noun, and the name its modifiers
            tokens = [t for t in _phrase_tokens(head) if t.i < head.i]
            head = head.doc[head.i - 1]
        else:
            name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i + 1
                         and head.doc[c.left_edge.i - 1].text == ","), None) \
                if head.pos_ == "NOUN" and noun_lemma(head) in _BODIES | _BODY_WORDS and _bare_definite(head, but=("appos",)) \
                else None
            # "the agency, UNHCR, said": the body by its name
            tokens = _with_entity(_phrase_tokens(name if name is not None else head))
        text = _source_text(tokens, places)
        if discourse.last_region:
            # "the region's disaster prevention office", "the state's Coastal Security Group": the region named before
            text = re.sub(r"^(?:region|state|province)'s\b", f"{discourse.last_region}'s", text)
        if discourse.last_town:
            # "according to the town's mayor, Enrique Robledo": the mayor of the town just named ("the island's
            # mayor" after Lampedusa)
            text = re.sub(r"^(?:town|city|island|village|port)'s\b", f"{discourse.last_town}'s", text)
        if head.dep_ == "poss":
            text = re.sub(r"['’]s$", "", text)  # "IOM's teams counted": IOM
        resolved = _resolve_anaphor(head, text, discourse) or _expand_acronym(text, discourse, head.doc) \
            or _named_before(head, text)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        body = (_resolve_anaphor(owner, owner.lower_, discourse) or _named_before(owner, owner.lower_)) \
            if owner is not None and not resolved else None
        if not resolved and not body and noun_lemma(head) in _STAFF | WITNESS_NOUNS \
                and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
            # "The United Nations Border Relief Operation said its workers counted 11,200 arrivals": the body whose
            # staff they are
            resolved = _whose_staff(cue, places) or _body_just_named(head, places)
        if not resolved and not body and re.match(r"its\s", text) and (owner := _subject_reported(cue)) is not None:
            # "Quang Nam province evacuated 172,450 people on Friday, its People's Committee said": the committee of
            # the place the report is about
            resolved = re.sub(r"^its\b", owner + "'s", text)
        if body and head.lemma_.lower() in _REPORTS:
            resolved = body  # "according to the directorate's monthly report": the directorate named before
        elif body:
            # "the agency's Nigeria office said": the office of the agency named before
            resolved = re.sub(rf"^(?:the\s+)?{re.escape(owner.text)}(?=['’]s\b)", body, text, flags=re.IGNORECASE)
        if resolved:
            text = resolved
        elif head.pos_ == "PRON" or not text:
            return
        elif _bare_definite(head) and not _is_source_like(head):
            return  # "the command said", "the airline said", with no such body quoted before: who, is told elsewhere
        elif len(tokens) == 1 and head.pos_ == "PROPN":
            # "Akhmetzhanov told a briefing": the full name given earlier
            text = next((s for s in reversed(discourse.sources) if s.split()[-1] == head.text), text)
        found.append(Attribution(text, tokens[0].i, tokens[-1].i + 1, cue.i,
                                 (head.left_edge.i, head.right_edge.i + 1)))
        if text not in discourse.source_country:
            # a national body's country: named in its phrase, or where it sits ("the Ministry ... in Kabul")
            # (and "the port of Sete": a port counts where it is)
            body = head.lemma_.lower() in _BODIES | _BODY_WORDS | {"port", "airport"} and head.ent_type_ != "PERSON"
            scope = (min(head.left_edge.i, tokens[0].i), head.right_edge.i + 1) if body else (tokens[0].i, tokens[-1].i + 1)
            # where a ministry sits is its country; where a spokeswoman speaks ("in Geneva") is not
            roles = ("name", "adjective", "anaphor", "city") if body else ("name", "adjective", "anaphor")
            home = next((p.code for p in places if scope[0] <= p.start < scope[1] and p.role in roles), None)
            # ("the Border Patrol said", in a story filed from Ciudad Juarez that names the United States only by
            # El Paso: a national body the news names without its country keeps it)
            by_name = None if home else agency_country(text)
            home = home or person_country(text) or by_name or discourse.entity_country.get(head.text)
            if head.lemma_.lower() in MISSION_NOUNS:
                # "the Russian Embassy in Ashgabat": a mission counts in the country it sits in, not for its own
                home = next((p.code for p in places if scope[0] <= p.start < scope[1] and p.role == "city"), None)
            if home and head.lemma_.lower() in _BODY_WORDS and home not in discourse.recent_countries \
                    and _AID_WORDS.intersection(text.lower().split()):
                home = None  # the Norwegian Refugee Council, counting in Syria: an aid group works abroad
            if home and home != by_name and discourse.dateline_country \
                    and home not in (discourse.dateline_country, *discourse.recent_countries) \
                    and not any(p.code == home and p.role != "city" for p in places if scope[0] <= p.start < scope[1]):
                # "the Western Province Council of Churches said", filed from CAPE TOWN: a region's name of the
                # story's own country, not the Zambian province of that name
                home = None
            if home:
                discourse.source_country[text] = home

    for token in sent:
        low, lemma = token.lower_, token.lemma_.lower()
        if low == "according":
            for prep in token.children:
                if prep.lower_ == "to":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            add(_behind_data(obj, discourse), token)
        elif lemma in ("cite",) and token.tag_ == "VBG":
            for obj in token.children:
                if obj.dep_ in ("dobj", "pobj") and obj.lemma_.lower() in SOURCE_NOUNS:
                    # "citing border police estimates": the body whose estimates they are
                    body = next((c for c in obj.children if c.dep_ == "compound" and _authority_word(c)), None)
                    behind = body if body is not None else _behind_data(obj, discourse)
                    if behind.i != obj.i or _is_source_like(obj):
                        add(behind, token)  # (not "NEMA said, citing head counts at 14 camps": no body, NEMA's)
                elif obj.dep_ in ("dobj", "pobj") and _is_source_like(obj):
                    add(obj, token)
        elif lemma in SOURCE_NOUNS and token.pos_ == "NOUN":
            if token.dep_ == "compound" and token.head.lower_ in _SHOWING and token.head.pos_ == "NOUN":
                # "..., Border Guard data show.": the parser took "show" for a noun that the data and the body's
                # name both modify
                body = [c for c in token.head.children if c.dep_ == "compound" and c.i < token.i and _is_source_like(c)]
                if body:
                    add(body[-1], token)
            if token.dep_ == "nsubj" and token.head.lower_ in _SHOWING and [c.lower_ for c in token.children] == ["the"]:
                add(token, token)  # "..., the figures show.": those the story cited before
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                    for obj in child.children:
                        if obj.dep_ == "pobj" and (_is_source_like(obj) or (
                                obj.lower_ in _SHOWING and obj.i > obj.sent.start and _named_before_show(obj))):
                            # (", figures from the Norwegian Directorate of Immigration show": the parser took the
                            # verb for the noun the name belongs to)
                            add(obj, token)
                elif child.dep_ in ("acl",) and child.lemma_ in ("release", "publish", "compile", "provide", "show"):
                    for agent in child.children:
                        if agent.dep_ == "agent":
                            for obj in agent.children:
                                if obj.dep_ == "pobj":
                                    add(obj, token)
                elif child.dep_ == "poss" and _is_source_like(child) and not (country_of(child.text) and _body_behind(token)):
                    add(child, token)  # not "Japan's Immigration Bureau figures", "Belarus's own figures, released by ..."
                elif child.dep_ == "relcl" and child.lemma_.lower() in _GIVING_FIGURES:
                    # "figures the agency presented to a parliamentary committee this week show": who presented them
                    for subj in child.children:
                        if subj.dep_ == "nsubj" and _is_source_like(subj):
                            add(subj, token)
                elif child.dep_ in ("compound", "nmod", "amod") and token.lemma_.lower() in ("figure", "data", "datum", "statistic") \
                        and (noun_lemma(child) in AUTHORITY_NOUNS or (child.ent_type_ == "ORG" and child.dep_ != "amod")
                             or (child.dep_ == "compound" and _names_a_body(child) and not country_of(child.text))
                        or _bare_body_name(child)):
                    # "government figures show", "police data", "military figures", "UNHCR figures show",
                    # "U.S. Customs and Border Protection figures released last week"
                    add(child, token)
                elif child.dep_ == "compound" and child.lower_ in _SERVICES_BY_NAME \
                        and token.lemma_.lower() in ("figure", "data", "datum", "statistic"):
                    # "Chinese customs data showed": the service, with the country it serves
                    whose = next((c for c in token.children if c.dep_ == "amod" and c.i < child.i and c.ent_type_ == "NORP"), None)
                    add(child, token, start=whose.i if whose is not None else None)
        elif lemma in REPORTING_VERBS and token.pos_ in ("VERB", "AUX") and not _when_clause(token) \
                and not (lemma == "put" and not _puts_a_figure(token)):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if _said_after_a_dated_phrase(token):
                subjects = subjects[-1:]
            run = _one_phrase(subjects)
            if run is not None:
                add(subjects[-1], token, start=run)
                continue
            speaker = _set_off_before(token) if lemma in _SAYING else None
            if speaker is not None and all(s.i < speaker.left_edge.i for s in subjects):
                subjects = [speaker]  # "..., when Maduro declared a state of exception in Tachira state, Colombia's
                # National Unit for Disaster Risk Management said": the parser hung the name on "state"
            if not subjects and token.tag_ == "VBG" and token.dep_ == "advcl":
                # "The administration gave its own count, saying ...": the subject of the clause it closes
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            for subj in subjects:
                listed = next((c for c in subj.children if c.dep_ == "conj" and c.i > subj.i and _is_source_like(c)
                               and sent.doc[c.left_edge.i - 1].text == ","), None)
                if lemma in _SAYING and listed is not None and (
                        not _is_source_like(subj) or any(c.dep_ == "prep" and c.lower_ == "among" for c in subj.children)):
                    # "..., among them Latvian residents returning home and Russians with residence permits, a border
                    # guard spokeswoman, Kristine Pastare, said": the parser listed the speaker with those counted
                    add(listed, token)
                    continue
                named = next((c for c in subj.children if c.dep_ == "appos" and _is_source_like(c)), None)
                if lemma in _SAYING and named is not None and (noun_lemma(subj) in _COMPASS or _counted(subj)):
                    # "Further west, Botswana's immigration officials at Ramokgwebana ... said"; "..., 204 of them
                    # Nepalis, the state's chief minister, Conrad Sangma, said": the parser hung the speaker on them
                    add(named, token)
                    continue
                if _counted(subj) and noun_lemma(subj) not in AUTHORITY_NOUNS:
                    continue  # "640 Nigerians had registered with the consulate": those counted, not who counts
                owner = next((c for c in subj.children if (c.dep_ == "poss" and c.ent_type_ == "ORG")
                              or (c.dep_ == "compound" and noun_lemma(subj) in _STAFF and _names_a_body(c))),
                             None)  # "IOM teams recorded"
                if owner is not None and noun_lemma(subj) not in AUTHORITY_NOUNS | _PERSON_TITLES | _BODY_WORDS \
                        and not (subj.pos_ == "PROPN" and subj.text[:1].isupper()) \
                        and not (country_of(owner.text) and _body_behind(subj)) \
                        and not (owner.ent_type_ in ("ORG", "GPE") and place_country(owner.text) and noun_lemma(subj) == "staff"
                                 and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in subj.children)):
                    # (nor "Wroclaw's crisis staff said", the body of a town the tagger took for a firm)
                    # not "the Kurdistan Regional Government's Joint Crisis Coordination Centre said", a name
                    add(owner, token)  # "IOM's monitoring teams counted": the body whose staff counted
                elif _is_source_like(subj) and subj.lemma_.lower() not in SOURCE_NOUNS:
                    # "UNHCR's representative told": the one who speaks for it; "officials from Sierra Leone's
                    # Office of National Security said": the body
                    add((_body_of_staff(subj) if noun_lemma(subj) == "official" else None) or subj, token)
                elif noun_lemma(subj) in _STAFF and _body_just_named(subj, places) is not None:
                    add(subj, token)  # "Its staff counted about 4,000 arrivals": the body the sentence before named
                elif lemma in _SAYING and _speaking_role(subj):
                    # "the regional border command said", "raft operators at Ciudad Hidalgo said"; "staff of the
                    # International Organization for Migration said", "its staff at the border estimated": the body
                    add(_body_of_staff(subj) or subj, token)
            if lemma in _SAYING and not subjects:
                # "1,270 people crossed, said the Levies force that guards the border": the parser took the
                # body after the verb for what was said
                subjects = [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i and c.pos_ in ("NOUN", "PROPN")
                            and (_is_source_like(c) or _speaking_role(c))]
                for subj in subjects:
                    add(subj, token)
            if not any(_is_source_like(s) or _bare_definite(s) for s in subjects) \
                    and lemma in ("say", "tell", "add", "report", "note"):
                # (but "..., the airline said": the speaker is there, and who it is is told elsewhere)
                # "most of them at the post, the ministry said": the parser took "most" for the subject;
                # ", a spokesman for the Frontier Corps said." parsed without a subject: the phrase before it
                for back in range(token.i - 1, max(sent.start, token.i - 12) - 1, -1):
                    candidate = sent.doc[back]
                    named_right_before = candidate.ent_type_ == "PERSON" and candidate.i + 2 == token.i \
                        and sent.doc[candidate.i + 1].text == ","  # "..., MSF's coordinator in Assamaka, Schemssa Kimina, said"
                    if candidate.pos_ in ("NOUN", "PROPN") and candidate.dep_ in ("appos", "npadvmod", "conj", "dobj", "pobj") \
                            and candidate.head.i < candidate.i and _is_source_like(candidate) \
                            and (noun_lemma(candidate) in AUTHORITY_NOUNS | WITNESS_NOUNS or named_right_before):
                        add(candidate, token)
                        break
    if not found:
        # "Georgia's Interior Ministry painted a similar picture: 6,109 ...": what follows the colon is its report.
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is not None:
            for verb in sent:
                if verb.i >= colon or verb.pos_ != "VERB":
                    continue
                for subj in verb.children:
                    if subj.dep_ == "nsubj" and subj.pos_ != "PRON" and (
                            noun_lemma(subj) in AUTHORITY_NOUNS or subj.ent_type_ in ("ORG", "PERSON")):
                        add(subj, verb)
    return found


def _whose_staff(cue: Token, places: list[Place]) -> Optional[str]:
    """The body a speech verb above the cue names as its subject."""
    for verb in cue.ancestors:
        if verb.lemma_.lower() in SPEECH_VERBS:
            speaker = next((c for c in verb.children if c.dep_ == "nsubj" and _is_source_like(c) and c.pos_ != "PRON"), None)
            if speaker is not None:
                return _source_text(_with_entity(_phrase_tokens(speaker)), places)
    return None


def _counting_body_spoken_for(head: Token) -> Optional[str]:
    """"The Congolese Red Cross counted some 18,000 people walking into Goma ..., a spokesman said": a bare "a
    spokesman" speaks for the body whose count his words report."""
    if [c.lower_ for c in head.children] not in (["a"], ["an"]) or head.dep_ != "nsubj":
        return None
    said = head.head
    told = next((c for c in said.children if c.dep_ in ("ccomp", "parataxis") and c.i < head.i), None) \
        if said.dep_ == "ROOT" else (said.head if said.dep_ in ("parataxis", "ccomp") and said.head.i < head.i else None)
    if told is None or told.lemma_.lower() not in RECORDING_VERBS:
        return None
    counter = next((c for c in told.children if c.dep_ == "nsubj"), None)
    if counter is None or counter.pos_ == "PRON" or not _is_source_like(counter):
        return None
    return _source_text(_with_entity(_phrase_tokens(counter)), [])


def _subject_reported(cue: Token) -> Optional[str]:
    """The named subject of the clause a verb of saying reports ("Quang Nam province evacuated ..., its People's
    Committee said": "Quang Nam province"), the owner an "its" in the speaker's phrase points back to."""
    reported = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in reported.children if c.dep_ == "nsubj"), None) if reported is not None else None
    if subject is None or not (subject.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                              for c in subject.children)):
        return None
    words = [t for t in subject.subtree if t.dep_ not in ("det", "punct") and t.i <= subject.i]
    return " ".join(t.text for t in words) if words else None


def _body_just_named(head: Token, places: list[Place]) -> Optional[str]:
    """"UNHCR said 9,000 Sudanese had crossed since Friday. Its staff counted about 4,000 arrivals at Kurmuk ...":
    the body the sentence before opened on, whose staff a sentence opening on "Its staff" means."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if owner is None or head.left_edge.i != head.sent.start or head.sent.start == 0:
        return None
    before = head.doc[head.sent.start - 1].sent
    speaker = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" or not _is_source_like(speaker) \
            or any(p.start == speaker.i and p.role == "name" for p in places):
        return None  # (not a state: "Sudan said ... Its teams" may be the ministry's)
    return _source_text(_with_entity(_phrase_tokens(speaker)), places)


def _one_phrase(subjects: list[Token]) -> Optional[int]:
    """Where a name starts that the parser split into several subjects of one verb ("Red Crescent coordinator
    Salem al-Mansouri said": "coordinator", "-" and "Mansouri"), when they run on without a gap and end in a
    person's name."""
    if len(subjects) < 2 or subjects[-1].ent_type_ != "PERSON":
        return None
    start = subjects[0].left_edge.i
    verb = subjects[-1].head
    covered = {t.i for c in verb.children if start <= c.i <= subjects[-1].i for t in c.subtree}
    if covered != set(range(start, subjects[-1].right_edge.i + 1)):
        return None
    if any(t.pos_ not in ("PROPN", "NOUN", "PUNCT") or t.text == "," for t in verb.doc[start:subjects[-1].i + 1]):
        return None  # names and titles only, not "200 deportees, including 81 children, ..., Minister X said"
    return start


def note_filed_abroad(places: list[Place], discourse: Discourse) -> None:
    """"NICOSIA (Wire) — Hundreds of thousands have abandoned Tehran since Iraq began hitting the Iranian capital": a
    lead that names cities or countries of others and nothing of the dateline's is a story filed from abroad, and the
    countries whose capitals it names are the ones it is about."""
    home = discourse.dateline_country
    told = [p for p in places if p.role in ("name", "adjective", "city")]
    if not home or not told or any(p.code == home for p in places):
        return
    discourse.filed_abroad = True
    for place in told:
        if place.role == "city" and place.code not in discourse.recent_countries:
            discourse.recent_countries.append(place.code)


def note_sources(discourse: Discourse, attributions: list[Attribution]) -> None:
    for attribution in attributions:
        if attribution.source not in discourse.sources[-1:]:
            discourse.sources.append(attribution.source)
        discourse.last_source = attribution.source


# "WARSAW (Agency) —", "CONAKRY, Guinea, Aug. 20, 2014 (West Africa Wire) —"
DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,}?)(?:,\s*([A-Z][\w .]*?))?"
                      # ("FIRA, Santorini, Greece, Feb. 7, 2025 (Agency) -": an island or a region, then the country)
                      r"(?:,\s*(?![A-Z][a-z]{2,8}\.?\s+\d)([A-Z][a-z][\w .]*?))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
                      # (a hyphen inside the name is no dash: "LA FAUTE-SUR-MER, France (AFP) —")
                      r"\s*(?:\([^)]*\)\s*(?:[—–]|-{1,2})|[—–]|-{1,2}(?=\s|$))")


def dateline_town(text: str) -> Optional[str]:
    """The town of a story's dateline, as a name: "COMITAN, Mexico (Agency) —" gives "Comitan"."""
    match = DATELINE.match(text)
    if not match:
        return None
    town = match.group(1).strip().title()
    return town if country_of(town) is None and place_country(town) else None


def dateline_country(text: str) -> Optional[str]:
    """The country of a story's dateline city: "WARSAW (Vistula Press Agency) —" gives PL."""
    match = DATELINE.match(text)
    if not match:
        return None
    if match.group(3) and (named := country_of(match.group(3).strip())) and named[1] == "name":
        return named[0]  # "FIRA, Santorini, Greece"
    if match.group(2):
        named = country_of(match.group(2).strip())  # "COX'S BAZAR, Bangladesh"
        if named and named[1] == "name":
            # "BRAZZAVILLE, Congo": a name two states share, told apart by the town
            town = place_country(match.group(1).strip().title()) or capital_country(match.group(1).strip().title())
            return shared_name_country(match.group(2).strip(), named[0], town)
        if region := region_country(match.group(2).strip()) or place_country(match.group(2).strip()):
            return region  # "EMERSON, Manitoba": the province's country, not the namesake town's
    city = match.group(1).strip().title()
    found = country_of(city)
    return found[0] if found and found[1] == "name" else (place_country(city) or capital_country(city))
