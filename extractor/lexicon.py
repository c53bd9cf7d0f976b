"""The word lists the rules read, each kept in one place."""
from __future__ import annotations

# Words before a figure, longest first, and the SPEC qualifier they give.
QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("more than", "more_than"),
    ("at least", "more_than"), ("over", "more_than"), ("above", "more_than"),
    ("as many as", "less_than"), ("fewer than", "less_than"), ("less than", "less_than"),
    ("just under", "less_than"), ("close to", "less_than"), ("up to", "less_than"),
    ("nearly", "less_than"), ("almost", "less_than"), ("under", "less_than"),
    ("below", "less_than"),
    ("something like", "approx"), ("an estimated", "approx"), ("approximately", "approx"), ("roughly", "approx"),
    ("around", "approx"), ("about", "approx"), ("some", "approx"), ("estimated", "approx"),
    ("or so", "approx"),
    ("only", "exact"), ("just", "exact"), ("a mere", "exact"),
)
# Verbs that put a bound on the figure they take ("arrivals topped 8,000").
BOUND_VERBS = {"top": "more_than", "exceed": "more_than", "surpass": "more_than",
               "pass": "more_than", "approach": "less_than"}

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "k": 1_000, "m": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}

# Rates after a figure.
RATES = {
    ("a", "day"): "day", ("per", "day"): "day", ("each", "day"): "day", ("every", "day"): "day",
    ("a", "week"): "week", ("per", "week"): "week", ("each", "week"): "week",
    ("every", "week"): "week", ("a", "month"): "month", ("per", "month"): "month",
    ("each", "month"): "month", ("every", "month"): "month",
}
RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "nightly": "day"}

# Nouns that name people (the nationality nouns of the country table count too).
PEOPLE_NOUNS = {
    "people", "person", "persons", "refugee", "migrant", "asylum", "seeker", "asylum-seeker",
    "man", "woman", "child", "boy", "girl", "minor", "adult", "resident", "citizen", "national",
    "civilian", "traveler", "traveller", "tourist", "evacuee", "returnee", "worker", "student",
    "passenger", "individual", "family member", "inhabitant", "villager", "displaced",
    "deportee", "escapee", "newcomer", "arrival", "departure", "entrant", "crosser", "exile",
    "soldier", "conscript", "reservist", "foreigner", "immigrant", "emigrant", "emigre",
    "émigré", "pilgrim", "holder", "draftee", "youth", "elderly", "patient", "applicant",
    "survivor", "victim", "member", "other", "ethnic", "more",
    # peoples the country table does not name by nationality
    "rohingya", "kurd", "yazidi", "uyghur", "uighur", "karen", "chin", "tutsi", "hutu", "roma",
    "tamil", "pashtun", "hazara", "tigrayan", "amhara", "oromo", "masalit", "darfuri",
}
# Nouns whose figures are never people who moved.
NON_PEOPLE_NOUNS = {
    "car", "vehicle", "truck", "lorry", "bus", "visa", "flight", "plane", "ticket", "family",
    "household", "home", "house", "country", "day", "hour", "week", "month", "year", "minute",
    "percent", "kilometer", "kilometre", "mile", "km", "dollar", "euro", "ruble", "rouble",
    "pound", "tent", "bed", "shelter", "camp", "application", "permit", "passport", "crossing point",
    "checkpoint", "point", "border", "region", "province", "city", "village", "town", "boat",
    "ship", "train", "tonne", "ton", "case", "time", "incident", "attempt", "death", "body",
    "casualty", "dead", "injury", "meal", "place", "seat", "destination", "route", "office",
    "centre", "center", "troop", "document", "record", "request", "claim", "decision",
}
# Verbs of moving across a border or being displaced, with the direction they give.
MOVE_VERBS = {
    "cross": "entry", "enter": "entry", "arrive": "entry", "come": "entry", "reach": "entry",
    "return": "entry", "pour": "entry", "stream": "entry", "flood": "entry", "land": "entry",
    "seek": "entry", "head": "entry", "travel": "entry", "migrate": "entry", "go": "entry",
    "leave": "exit", "flee": "exit", "exit": "exit", "depart": "exit", "escape": "exit",
    "emigrate": "exit", "deport": "exit", "expel": "exit",
    "displace": "internal", "uproot": "internal", "evacuate": "internal", "relocate": "internal",
    "move": "internal", "walk": "entry", "rescue": "entry", "airlift": "exit",
    # the receiving country's verbs: "Uganda received 3,618 refugees"
    "receive": "entry", "admit": "entry", "welcome": "entry",
}
# Nouns that name a movement ("arrivals", "the exodus") with the direction they give.
MOVE_NOUNS = {
    "arrival": "entry", "influx": "entry", "entry": "entry", "crossing": "entry",
    "inflow": "entry", "return": "entry", "flow": "entry", "crosser": "entry",
    "departure": "exit", "exodus": "exit", "outflow": "exit", "exit": "exit",
    "displacement": "internal", "evacuation": "internal",
}
# "made the trip", "made the crossing": a journey made is a movement.
JOURNEY_NOUNS = {"trip", "journey", "crossing", "passage", "voyage", "trek"}
# Verbs whose subject records movement in its territory ("Georgia saw 9,642 entering").
RECORDING_VERBS = {"see", "record", "register", "count", "receive", "welcome", "take",
                   "admit", "log", "tally", "report", "process", "host"}
# Verbs that introduce a report, and so a source.
REPORTING_VERBS = {
    "say", "report", "tell", "announce", "state", "add", "note", "estimate", "count", "record",
    "register", "confirm", "write", "post", "publish", "show", "indicate", "point", "put",
    "tweet", "explain", "told", "describe", "acknowledge", "disclose", "reveal", "release", "cite",
    "tally", "log", "put", "calculate", "warn", "claim",
}
# Nouns that carry a source ("figures from X", "data released by X").
SOURCE_NOUNS = {"figure", "data", "datum", "statistic", "number", "count", "tally", "estimate", "record",
                "report", "count", "information", "total"}
# Words that make a clause hypothetical, planned or predicted rather than reported.
MODAL_WORDS = {"could", "would", "might", "may", "will", "shall", "should", "'ll", "wo", "can"}
IRREALIS_HEADS = {
    "plan", "expect", "project", "forecast", "predict", "prepare", "consider", "threaten",
    "propose", "want", "seek", "hope", "intend", "aim", "call", "urge", "demand", "ask",
    "deny", "promise", "pledge", "vow", "fear", "warn", "likely",
    "unable", "allow", "permit", "refuse", "try", "attempt", "wish", "need", "discuss",
    "debate", "weigh", "mull", "study", "suggest", "recommend",
}
# Words that turn people away rather than let them through: no movement happened.
REFUSAL_WORDS = {"turn", "refuse", "deny", "reject", "stop", "block", "push", "prevent", "bar",
                 "intercept", "detain", "arrest", "apprehend"}
# Titles and bodies that can act for a state or report for it.
AUTHORITY_NOUNS = {
    "authority", "official", "government", "ministry", "minister", "president", "premier",
    "police", "guard", "service", "agency", "office", "administration", "cabinet", "army",
    "military", "force", "troop", "council", "parliament", "governor", "prime", "chancellor",
    "king", "leader", "spokesman", "spokeswoman", "spokesperson", "department", "committee",
    "commission", "kremlin", "junta", "regime", "state", "court", "mayor", "head",
    "commander", "embassy", "directorate", "bureau", "security", "officer", "ranger", "coastguard",
    "region", "province", "republic", "oblast", "governorate", "municipality",
}
# "The Nordic country" style references back to a country just named.
COUNTRY_ANAPHORS = {"country", "nation", "kingdom", "republic", "state", "emirate"}
# Verbs that state a level a total reached ("arrivals topped 8,000", "the number rose to 5,000").
LEVEL_VERBS = {"top", "exceed", "surpass", "reach", "rise", "climb", "hit", "stand", "total", "average",
               "pass", "jump", "grow", "increase", "fall", "drop", "decline", "swell", "near", "be"}
# Verbs a figure passes through on its way to the clause that counts it ("compared to 5,262").
TRANSPARENT_VERBS = {"compare", "accord", "include", "contrast", "versus", "against"}
# Pronouns and nouns that refer back to a source named before.
SOURCE_ANAPHORS = {"it", "he", "she", "they", "ministry", "agency", "guard", "service", "minister", "institute",
                   "office", "official", "authority", "police", "spokesman", "spokeswoman",
                   "spokesperson", "department", "organization", "organisation", "body", "group",
                   "commission", "government"}
# Verbs of saying: a date on them dates the statement, not the figure.
SPEECH_VERBS = {"say", "tell", "announce", "state", "add", "note", "report", "confirm", "write",
                "post", "tweet", "explain", "point", "warn", "claim", "describe", "brief", "insist",
                "release", "publish", "issue", "update"}
# Nouns that name a policy event, for "since the call-up was announced" style period starts.
EVENT_NOUNS = {
    "call-up": "MOBILIZATION", "callup": "MOBILIZATION", "mobilization": "MOBILIZATION",
    "mobilisation": "MOBILIZATION", "draft": "MOBILIZATION", "conscription": "MOBILIZATION",
    "ban": "ENTRY_RESTRICTION", "closure": "BORDER_CLOSURE", "reopening": "ENTRY_FACILITATION",
}

# Words around a figure that say what it counts, when it is not people.
CURRENCY_BEFORE = {"$", "€", "£", "¥", "₽", "us$", "usd", "eur"}
CURRENCY_AFTER = {"dollar", "euro", "pound", "ruble", "rouble", "yuan", "rupee", "lira", "franc"}
PERCENT_AFTER = {"%", "percent", "per", "pct"}
UNIT_AFTER = {"º", "°", "degree", "km", "kilometer", "kilometre", "mile", "meter", "metre", "kg",
               "kilogram", "tonne", "ton", "acre", "hectare", "mph", "kph", "foot", "feet", "inch",
               "liter", "litre", "gallon", "square", "mm", "cm"}
AGE_BEFORE = {"age", "aged", "ages"}
VAGUE_AMOUNTS = {"hundreds", "thousands", "millions", "dozens", "tens", "scores", "billions"}
# Nouns for unconfirmed accounts, and the verbs that deny them ("denied reports that ...").
REPORT_NOUNS = {"report", "claim", "rumor", "rumour", "allegation", "speculation", "suggestion"}
DENIAL_VERBS = {"deny", "dismiss", "reject", "refute", "debunk", "contradict", "disprove"}
# People who report what they saw, and so can be a source ("volunteers said 2,000 arrived").
WITNESS_NOUNS = {"volunteer", "witness", "worker", "resident", "activist", "monitor", "journalist",
                 "observer", "organizer", "organiser", "doctor", "priest", "driver", "guard"}
# Instruments through which a state acts ("a regulation has allowed border guards to ...").
STATE_INSTRUMENTS = {"regulation", "law", "decree", "order", "rule", "directive", "ordinance", "measure"}
# Nouns that refer back to a measure just reported ("The emergency ... will remain in force until Nov. 10").
MEASURE_NOUNS = STATE_INSTRUMENTS | {"emergency", "ban", "restriction", "closure", "curfew", "lockdown",
                                     "suspension", "requirement", "prohibition", "state"}
# Verbs that give a measure's lifetime.
LASTING_VERBS = {"remain", "last", "run", "stay", "continue", "expire"}
# Verbs of holding people in a place: their figures are stocks, whatever the people did before.
STOCK_VERBS = {"host", "shelter", "house", "accommodate", "have", "keep", "hold", "live", "stay",
               "remain", "reside", "care"}
# Verbs of vehicles that carry the people whose movement another verb reports ("boats carrying 5,112 people reached").
CARRIER_VERBS = {"carry", "bring", "transport", "ferry", "take", "hold"}


def noun_lemma(token) -> str:
    """The lower-case lemma of a noun, also when the tagger took a capitalised plural that opens a
    sentence for a name ("Authorities in Kassala announced ...": PROPN, lemma "Authorities")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "PROPN" or token.ent_type_:
        return lemma
    known = AUTHORITY_NOUNS | PEOPLE_NOUNS | WITNESS_NOUNS
    for singular in (lemma[:-3] + "y" if lemma.endswith("ies") else "", lemma[:-1] if lemma.endswith("s") else "", lemma):
        if singular in known:
            return singular
    return lemma
