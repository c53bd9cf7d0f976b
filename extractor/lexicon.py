"""The word lists the rules read, each kept in one place."""
from __future__ import annotations

# Words before a figure and the SPEC qualifier they give (the longest phrase that ends right
# before the figure wins, so "no fewer than" is not read as "fewer than").
QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("more than", "more_than"),
    ("at least", "more_than"), ("over", "more_than"), ("above", "more_than"),
    ("no fewer than", "more_than"), ("no less than", "more_than"), ("not less than", "more_than"),
    ("not fewer than", "more_than"), ("a minimum of", "more_than"), ("north of", "more_than"),
    ("upward of", "more_than"), ("a good", "more_than"),
    ("as many as", "less_than"), ("as much as", "less_than"), ("fewer than", "less_than"),
    ("less than", "less_than"), ("just under", "less_than"), ("close to", "less_than"),
    ("up to", "less_than"), ("nearly", "less_than"), ("almost", "less_than"), ("under", "less_than"),
    ("below", "less_than"), ("no more than", "less_than"), ("not more than", "less_than"),
    ("at most", "less_than"), ("a maximum of", "less_than"), ("shy of", "less_than"),
    ("as high as", "less_than"), ("barely", "less_than"), ("not quite", "less_than"), ("within", "less_than"),
    ("something like", "approx"), ("an estimated", "approx"), ("approximately", "approx"), ("roughly", "approx"),
    ("around", "approx"), ("about", "approx"), ("some", "approx"), ("estimated", "approx"),
    ("circa", "approx"), ("approx.", "approx"), ("approx", "approx"), ("~", "approx"),
    ("more or less", "approx"), ("give or take", "approx"), ("in the region of", "approx"),
    ("of the order of", "approx"), ("on the order of", "approx"), ("somewhere around", "approx"),
    ("somewhere near", "approx"), ("in the neighbourhood of", "approx"), ("in the neighborhood of", "approx"),
    ("close on", "approx"), ("the best part of", "less_than"),
    (">", "more_than"), ("<", "less_than"),
    ("only", "exact"), ("just", "exact"), ("a mere", "exact"), ("exactly", "exact"), ("precisely", "exact"),
)
# Words right after a figure that bound it ("5,000 or more", "40 or so", "300-plus", "5,000+").
QUALIFIERS_AFTER: tuple[tuple[str, str], ...] = (
    ("or more", "more_than"), ("or over", "more_than"), ("plus", "more_than"), ("- plus", "more_than"),
    ("+", "more_than"), ("or so", "approx"), ("- odd", "approx"), ("odd", "approx"),
    ("or less", "less_than"), ("or fewer", "less_than"), ("at most", "less_than"),
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
               "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
               "crores": 10_000_000,
               "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
               "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
# The short multipliers, written against the figure ("40m", "1.5bn", "10k") or after it ("5 bn").
SHORT_MULTIPLIERS = {"k", "m", "mn", "mln", "bn", "b", "tn", "trn"}
# Fractions, by the word for one part ("a third", "two-thirds", "three quarters").
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
             "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
# Ordinals written as words.
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}
# Multiples written as one word ("twice as many", "a tenfold rise").
MULTIPLE_WORDS = {"twice": 2, "thrice": 3, "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5,
                  "tenfold": 10, "hundredfold": 100}

# Rates after a figure.
RATES = {
    ("a", "day"): "day", ("per", "day"): "day", ("each", "day"): "day", ("every", "day"): "day",
    ("a", "week"): "week", ("per", "week"): "week", ("each", "week"): "week",
    ("every", "week"): "week", ("a", "month"): "month", ("per", "month"): "month",
    ("each", "month"): "month", ("every", "month"): "month",
}
RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "nightly": "day"}
# What makes a day a usual one, as a regex alternation: "on a normal day", "on a typical March Sunday".
USUAL_DAY_WORDS = r"(?:normal|ordinary|typical|average|usual)"

# Nouns that name people (the nationality nouns of the country table count too).
PEOPLE_NOUNS = {
    "people", "person", "persons", "refugee", "migrant", "asylum", "seeker", "asylum-seeker",
    "man", "woman", "child", "boy", "girl", "minor", "adult", "resident", "citizen", "national",
    "civilian", "traveler", "traveller", "tourist", "evacuee", "returnee", "worker", "student",
    "passenger", "individual", "family member", "inhabitant", "villager", "displaced",
    "deportee", "escapee", "newcomer", "arrival", "departure", "entrant", "crosser", "exile",
    "soldier", "conscript", "reservist", "foreigner", "immigrant", "emigrant", "emigre",
    "émigré", "pilgrim", "holder", "draftee", "youth", "elderly", "patient", "applicant",
    "survivor", "victim", "member", "other", "ethnic", "more", "expatriate", "expat", "labourer", "laborer",
    "visitor", "serviceman", "servicemen", "servicewoman", "holidaymaker", "trekker", "backpacker",
    "driver", "trucker", "seafarer", "fisherman", "fishermen", "trader", "porter", "herder", "merchant", "vendor",
    # people by trade, age, kin or plight, when a story counts them moving ("flew 87 Brazilian gold miners out")
    "miner", "prospector", "picker", "cutter", "harvester", "farmer", "peasant", "maid", "housemaid", "helper", "nanny", "shopkeeper",
    "teacher", "nurse", "doctor", "sailor", "seaman", "crewman", "climber", "rescuer", "volunteer",
    "settler", "nomad", "pastoralist", "shepherd", "herdsman", "herdsmen", "tribesman", "tribesmen", "hunter",
    "squatter", "protester", "worshipper", "fan", "spectator", "guest",
    "baby", "infant", "teenager", "pupil", "schoolchild", "orphan", "retiree", "pensioner", "relative", "spouse",
    "compatriot", "stowaway", "deserter", "defector", "dissident", "hostage", "detainee",
    "staff", "employee", "personnel", "diplomat", "engineer", "technician", "contractor", "missionary", "journalist",
    "pedestrian", "commuter", "shopper", "customer", "client", "cyclist", "hiker", "supporter",
    # ("11,400 foreign property owners had entered", "about 12,000 islanders have been evacuated", "3,000 fighters
    # left the enclave in buses")
    "islander", "mainlander", "highlander", "southerner", "northerner", "camper", "walker", "swimmer", "athlete",
    "scout", "marcher", "demonstrator", "follower", "participant", "delegate", "reporter", "companion", "carer",
    "caregiver", "parent", "dependant", "dependent", "tripper", "day-tripper", "owner", "homeowner", "landowner",
    "rancher", "businessman", "businessmen", "dealer", "gambler", "beggar", "servant", "trainee", "digger",
    "welder", "priest", "cleric", "churchman", "churchmen", "cheerleader", "claimant", "expellee",
    "resettler", "rafter", "suspect", "ringleader", "violator", "prisoner", "inmate", "fighter", "combatant",
    "militiaman", "militiamen", "tribespeople", "garimpeiro", "harraga",
    # ("229 cheerleaders, 26 taekwondo performers and 21 journalists crossed the line")
    "performer", "artist", "musician", "dancer", "singer", "actor",
    # peoples the country table does not name by nationality
    "rohingya", "kurd", "yazidi", "uyghur", "uighur", "karen", "chin", "tutsi", "hutu", "roma",
    "tamil", "pashtun", "hazara", "tigrayan", "amhara", "oromo", "masalit", "darfuri",
    "tatar", "chechen", "ingush", "circassian", "meskhetian", "baloch", "kachin", "shan", "karenni", "hmong",
    "tuareg", "fulani", "peul", "nuer", "dinka", "shilluk", "afar", "banyamulenge", "miskito", "garifuna",
    "sahrawi", "druze", "assyrian", "yanomami", "bedouin",
    # people by faith or cause
    "bahai", "baha'i", "copt", "ahmadi", "christian", "hindu", "sikh", "jew", "activist",
}
# Nouns for one person by role or kin ("the suspect, 31,": the figure set off after it is an age).
PERSON_ROLES = {
    "man", "woman", "boy", "girl", "child", "person", "president", "minister", "suspect", "victim", "mother",
    "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather",
    "widow", "pensioner", "teacher", "farmer", "nurse", "doctor", "pilot", "driver", "owner", "founder",
    "chairman", "chairwoman", "chief", "executive", "coach", "player", "veteran", "trader", "fisherman",
    "shopkeeper", "mechanic", "engineer", "lawyer", "judge", "priest", "student", "worker", "resident",
    "refugee", "migrant", "soldier", "officer", "actor", "singer", "author", "leader", "governor", "mayor",
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
    "defect": "entry",  # "about 480 North Koreans have defected to the South"
    "emigrate": "exit", "emerge": "entry", "wade": "entry", "wad": "entry", "swim": "entry",  # "wad": the model's lemma of "waded"
    # "agents apprehended 4,200 migrants": people caught after crossing (GUIDELINES: detained after crossing count)
    "apprehend": "entry",
    # "agents encountered 8,790 Nicaraguans at the southwest border": U.S. border encounters, labelled as entries
    "encounter": "entry",
    "displace": "internal", "uproot": "internal", "evacuate": "internal", "relocate": "internal",
    "move": "internal", "walk": "entry", "rescue": "entry", "airlift": "exit",
    "dock": "entry",  # "a boat carrying 212 people from Mukalla docked at Berbera"
    "sail": "exit",  # "an Australian navy ship sailed from Honiara with 486 foreigners aboard"
    "visit": "entry",  # "1.98 million Iranians visited Turkey last year": tourists cross too
    # the receiving country's verbs: "Uganda received 3,618 refugees"
    "receive": "entry", "admit": "entry", "welcome": "entry",
    # the expelling country's verbs: "Mexico deported 1,100 Guatemalans" (GUIDELINES: its exits)
    "deport": "exit", "expel": "exit", "repatriate": "exit",
    # "Lebanese authorities have handed more than 2,700 Syrians to Syrian officials": a handover is its exit
    "hand": "exit",
}
# A verb with its particle or adverb that together name a movement: "a boat carrying 139
# refugees ran aground", "312 people climbed over the fence".
PHRASAL_MOVES = {
    ("run", "aground"): "entry", ("come", "ashore"): "entry", ("wash", "ashore"): "entry",
    ("climb", "over"): "entry", ("pour", "out"): "exit", ("get", "across"): "entry", ("get", "through"): "entry",
    # "42 foreigners who had got over the barrier", "87 more got in"
    ("get", "over"): "entry", ("get", "in"): "entry", ("cut", "through"): "entry",
    ("bring", "across"): "entry",  # "81 wounded Palestinians were brought across"
    ("cross", "out"): "exit", ("get", "out"): "exit",  # "crossed out of Jordan"
    ("touch", "down"): "entry",  # "the flight touched down at Erbil with 398 Iraqis on board"
    ("take", "off"): "exit",  # "the last transport plane took off from Kabul with 83 people aboard"
    # "24 migrants were detained after slipping across the frontier from Turkey"
    ("slip", "across"): "entry", ("slip", "into"): "entry", ("sneak", "across"): "entry", ("sneak", "into"): "entry",
    ("go", "abroad"): "exit", ("go", "overseas"): "exit", ("travel", "abroad"): "exit", ("travel", "overseas"): "exit",
    # "another 700 set off on Monday" (not "set off a wave of reprisals": the figure is then no one who left)
    ("set", "off"): "exit", ("set", "out"): "exit",
    # "a column of 46 trucks carrying 1,830 people rolled into Hargeisa", "about 2,000 Indians drove across"
    ("roll", "into"): "entry", ("roll", "across"): "entry", ("pull", "into"): "entry",
    ("drive", "into"): "entry", ("drive", "across"): "entry",
    # "About 200 people got into Melilla", "4,215 passengers were cleared into Singapore", "A ship put 174 people
    # ashore", "Turkish ambulances brought 47 wounded Syrians through the gate", "Boats ferried about 4,200 of them
    # across the river", "Nepal sent roughly 354,000 workers abroad"
    ("get", "into"): "entry", ("clear", "into"): "entry", ("put", "ashore"): "entry", ("bring", "through"): "entry",
    ("ferry", "across"): "entry", ("send", "abroad"): "exit", ("send", "overseas"): "exit",
    ("climb", "into"): "entry", ("climb", "across"): "entry",  # "swam or climbed into Ceuta"
    # "1,100 people ... stepped ashore at a naval base", "patrol boats escorted 11 boats carrying 752 people into the
    # harbour", "survivors are still trudging into the town of Labutta"
    ("step", "ashore"): "entry", ("go", "ashore"): "entry", ("get", "ashore"): "entry", ("escort", "into"): "entry",
    ("hurry", "across"): "entry", ("rush", "across"): "entry",  # "About 1,000 of them hurried back across"
    ("carry", "across"): "entry",  # "the number carried across the Caspian Sea"
    ("trudge", "into"): "entry", ("trek", "into"): "entry", ("trek", "across"): "entry", ("straggle", "into"): "entry",
}
# The same, said of a place or an authority that receives people: "Pidie district took in 256
# people" (but "the reserve takes in most men younger than 65" counts no one who moved).
RECEIVING_PHRASALS = {("take", "in"): "entry", ("let", "in"): "entry", ("let", "through"): "entry"}
PLACE_NOUNS = {"district", "province", "region", "state", "country", "city", "town", "village", "camp",
               "island", "county", "municipality", "governorate", "oblast", "department", "port"}
# Words after a name that make it a region: "Ituri province", "Assam state".
REGION_WORDS = {"province", "region", "state", "district", "county", "governorate", "oblast", "department", "prefecture"}
# Nouns that name a movement ("arrivals", "the exodus") with the direction they give.
MOVE_NOUNS = {
    "arrival": "entry", "influx": "entry", "entry": "entry", "crossing": "entry",
    "inflow": "entry", "return": "entry", "flow": "entry", "crosser": "entry", "returnee": "entry",
    "encounter": "entry",  # "242,418 migrant encounters at the southwest border"
    "entrant": "entry",  # "detected 8,460 clandestine entrants since Jan. 1"
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
                "report", "count", "information", "total", "statement", "update", "bulletin", "dashboard",
                "release", "circular", "notice"}
# Words that make a clause hypothetical, planned or predicted rather than reported.
MODAL_WORDS = {"could", "would", "might", "may", "will", "shall", "should", "'ll", "wo", "can"}
IRREALIS_HEADS = {
    "plan", "expect", "project", "forecast", "predict", "prepare", "consider", "threaten",
    "propose", "want", "seek", "hope", "intend", "aim", "call", "urge", "appeal", "demand", "ask",
    "deny", "promise", "pledge", "vow", "fear", "warn", "likely",
    "unable", "allow", "permit", "refuse", "try", "attempt", "wish", "need", "discuss",
    "debate", "weigh", "mull", "study", "suggest", "recommend", "rule out",
    "due", "schedule", "slate",  # "another 250 were due to leave on Sunday", "were scheduled to leave"
    "arrange", "mean",  # "was arranging to fly home some 90 of them", "is meant to bring some 50,000 men"
}
# Verbs of waiting, signing up or consenting to do something, which then is not done: "40 more were still waiting
# to leave", "640 had registered with the consulate to leave" (but "registered 1,874 Colombians entering"), "175
# have agreed to be flown home", "20 more were ready to make the crossing".
WAITING_HEADS = {"wait", "queue", "register", "apply", "sign", "agree", "ready", "volunteer", "opt", "choose"}
# Words that turn people away rather than let them through: no movement happened.
REFUSAL_WORDS = {"turn", "refuse", "deny", "reject", "stop", "block", "push", "prevent", "bar",
                 "intercept", "detain", "arrest"}
# Titles and bodies that can act for a state or report for it.
AUTHORITY_NOUNS = {
    "authority", "official", "government", "ministry", "minister", "president", "premier",
    "police", "guard", "service", "agency", "office", "administration", "cabinet", "army",
    "military", "force", "troop", "council", "parliament", "governor", "prime", "chancellor",
    "king", "leader", "spokesman", "spokeswoman", "spokesperson", "department", "committee",
    "commission", "kremlin", "junta", "regime", "state", "court", "mayor", "head",
    "commander", "director", "general", "chief", "secretary", "embassy", "directorate", "bureau", "security", "officer", "ranger", "coastguard",
    "region", "province", "republic", "oblast", "governorate", "municipality", "commissioner",
    "prefect", "prefecture", "city", "county", "administrator", "magistrate",
    "high commission", "consulate", "gendarmerie", "navy", "coast guard",
    # the emergency bodies a state sets up: "the crisis headquarters", "the national taskforce" ("task force" is
    # a "force")
    "headquarters", "taskforce",
    "institute",  # "the Civil Aviation Institute closed Jose Marti International Airport"
}
# What carries people: "a plane carrying 144 Nigerians landed", "a Kenyan plane" is no Kenyan.
VEHICLE_NOUNS = {"flight", "plane", "aircraft", "jet", "airliner", "ship", "vessel", "boat", "bus", "truck",
                 "charter", "convoy", "carrier", "warship", "helicopter", "transport", "train", "ferry",
                 "frigate", "corvette", "destroyer", "catamaran", "liner", "yacht", "dhow", "tanker", "freighter",
                 "barge", "canoe", "raft", "pirogue", "dinghy", "skiff", "cutter", "trawler", "hydrofoil", "lorry",
                 "minibus"}
# Nouns a crossing point's name comes before: "the Ras Jdir crossing", "the Petrapole land port".
CROSSING_POINT_NOUNS = {"crossing", "checkpoint", "border post", "post", "port", "bridge", "gate", "terminal"}
# Blocs and international bodies: their decisions are no country's measure (SPEC 2.2).
SUPRANATIONAL_BODIES = ("european union", "eu", "european commission", "frontex", "united nations", "u.n.",
                        "unhcr", "iom", "nato", "african union", "red cross", "icrc", "red crescent")
# "The Nordic country" style references back to a country just named.
# A state's offices abroad, which count its people leaving the country they sit in.
MISSION_NOUNS = {"embassy", "consulate", "mission", "high commission"}
COUNTRY_ANAPHORS = {"country", "nation", "kingdom", "republic", "state", "emirate", "sultanate"}
# Nouns for a running total or a count of people ("bringing the number to 175,000", "the number of asylum
# seekers they let into the port").
TOTAL_NOUNS = {"number", "total", "tally", "count"}
# Verbs that state a level a total reached ("arrivals topped 8,000", "the number rose to 5,000").
LEVEL_VERBS = {"top", "exceed", "surpass", "reach", "rise", "climb", "hit", "stand", "total", "average",
               "pass", "jump", "grow", "increase", "fall", "drop", "decline", "swell", "near", "be", "slow",
               "ease", "dip", "double", "surge", "soar", "slump"}
# Verbs a figure passes through on its way to the clause that counts it ("compared to 5,262").
TRANSPARENT_VERBS = {"compare", "accord", "include", "contrast", "versus", "against"}
# Pronouns and nouns that refer back to a source named before.
SOURCE_ANAPHORS = {"it", "he", "she", "they", "ministry", "agency", "guard", "service", "minister", "institute",
                   "office", "official", "authority", "police", "spokesman", "spokeswoman",
                   "spokesperson", "department", "organization", "organisation", "body", "group",
                   "commission", "government", "force", "administration", "directorate", "bureau"}
# Verbs of saying: a date on them dates the statement, not the figure.
SPEECH_VERBS = {"say", "tell", "announce", "state", "add", "note", "report", "confirm", "write",
                "post", "tweet", "explain", "point", "warn", "claim", "describe", "brief", "insist",
                "release", "publish", "issue", "update"}
# Nouns that name a policy event, for "since the call-up was announced" style period starts.
EVENT_NOUNS = {
    "call-up": "MOBILIZATION", "callup": "MOBILIZATION", "mobilization": "MOBILIZATION",
    "mobilisation": "MOBILIZATION", "draft": "MOBILIZATION", "conscription": "MOBILIZATION",
    "ban": "ENTRY_RESTRICTION", "closure": "BORDER_CLOSURE", "reopening": "ENTRY_FACILITATION",
    "reopened": "ENTRY_FACILITATION", "rule": "ENTRY_RESTRICTION", "restriction": "ENTRY_RESTRICTION",
    "lockdown": "INTERNAL_MOVEMENT_RESTRICTION", "curfew": "INTERNAL_MOVEMENT_RESTRICTION",
    "crackdown": "RETURN_OR_EXPULSION", "deportations": "RETURN_OR_EXPULSION", "drive": "RETURN_OR_EXPULSION",
}

# Words around a figure that say what it counts, when it is not people.
CURRENCY_BEFORE = {"$", "€", "£", "¥", "₽", "₹", "₩", "₺", "us$", "a$", "c$", "hk$", "s$", "nz$", "r$",
                   "usd", "eur", "gbp", "rs", "rs.", "inr", "chf", "jpy", "cny"}
CURRENCY_AFTER = {"dollar", "euro", "pound", "ruble", "rouble", "yuan", "rupee", "lira", "franc", "yen",
                  "won", "peso", "rand", "shekel", "dinar", "dirham", "riyal", "naira", "shilling",
                  "hryvnia", "zloty", "krona", "krone", "baht", "ringgit", "rupiah", "taka", "cent",
                  "usd", "eur", "gbp", "sterling", "renminbi", "lari", "dram", "tenge", "som", "manat"}
PERCENT_AFTER = {"%", "percent", "per", "pct", "pc", "percentage"}
UNIT_AFTER = {"º", "°", "degree", "km", "kilometer", "kilometre", "mile", "meter", "metre", "kg",
               "kilogram", "tonne", "ton", "acre", "hectare", "mph", "kph", "foot", "feet", "inch",
               "liter", "litre", "gallon", "square", "mm", "cm", "cubic", "nautical"}
AGE_BEFORE = {"age", "aged", "ages"}
# "men younger than 65", "those older than 60": a comparison of age, whatever the qualifier says
AGE_COMPARATIVES = {"younger", "older"}
# "children under 12", "men over 60": a bound on the age of the people just named
AGE_BOUNDS = {"under", "over", "below", "above"}
AGE_GROUP_NOUNS = {"child", "children", "kid", "kids", "boy", "boys", "girl", "girls", "man", "men", "woman",
                   "women", "people", "those", "anyone", "everyone", "citizen", "citizens", "resident", "residents"}
# Units of duration: "12 years", "three weeks" are times, not counts.
DURATION_UNITS = {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
                  "century", "yr", "hr", "min", "sec"}
VAGUE_AMOUNTS = {"hundreds", "thousands", "millions", "dozens", "tens", "scores", "billions"}
# Words that make a round number vague ("several hundred", "a few thousand", "many thousands").
VAGUE_DETERMINERS = {"several", "few", "many", "couple"}
# Words before a figure that make it a label, not an amount ("flight 370", "Article 5", "No. 1").
ID_BEFORE = {"flight", "article", "resolution", "route", "highway", "chapter", "section", "room",
             "gate", "platform", "channel", "version", "model", "code", "id", "#", "no", "no.",
             "number", "line", "bus", "paragraph", "clause", "rule", "exit", "pier", "hangar", "apartment",
             "category", "phase", "tier", "stage", "grade", "page", "terminal", "runway", "episode", "season",
             "volume", "precinct", "ward", "district", "division", "title", "interstate", "bill", "act",
             # market indices
             "s&p", "ftse", "nikkei", "stoxx", "russell", "cac", "dax", "fortune", "nasdaq"}
# Words that end a street name ("10 Downing Street"): the figure before the name is an address.
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd", "drive", "place",
                "square", "way", "terrace", "crescent", "court"}
# Nouns for unconfirmed accounts, and the verbs that deny them ("denied reports that ...").
REPORT_NOUNS = {"report", "claim", "rumor", "rumour", "allegation", "speculation", "suggestion"}
DENIAL_VERBS = {"deny", "dismiss", "reject", "refute", "debunk", "contradict", "disprove"}
# People who report what they saw, and so can be a source ("volunteers said 2,000 arrived").
WITNESS_NOUNS = {"volunteer", "witness", "worker", "resident", "activist", "monitor", "journalist",
                 "observer", "organizer", "organiser", "doctor", "priest", "driver", "guard", "agent"}
# Instruments through which a state acts ("a regulation has allowed border guards to ...").
STATE_INSTRUMENTS = {"regulation", "law", "decree", "order", "rule", "directive", "ordinance", "measure"}
# Nouns that refer back to a measure just reported ("The emergency ... will remain in force until Nov. 10").
MEASURE_NOUNS = STATE_INSTRUMENTS | {"emergency", "ban", "restriction", "closure", "curfew", "lockdown",
                                     "suspension", "requirement", "prohibition", "state"}
# Verbs that give a measure's lifetime.
LASTING_VERBS = {"remain", "last", "run", "stay", "continue", "expire"}
# Forces a state sends to its borders.
FORCE_NOUNS = {"troop", "soldier", "battalion", "brigade", "unit", "officer", "guard", "police", "company", "force",
               "reinforcement", "gendarme", "patrol", "warship", "fleet", "gunboat",
               "command"}  # "The federal command had ordered everyone still living in Sovetskoye to leave"
# Verbs by which a state puts its forces somewhere: "moved 2,000 extra soldiers to the border" is no movement.
DEPLOYING_VERBS = {"deploy", "redeploy", "station", "post", "dispatch", "send", "move", "rush", "fly", "bring", "add"}
# Verbs of holding people in a place: their figures are stocks, whatever the people did before.
STOCK_VERBS = {"host", "shelter", "house", "accommodate", "have", "keep", "hold", "live", "stay",
               "remain", "reside", "care"}
# Verbs of vehicles that carry the people whose movement another verb reports ("boats carrying 5,112 people reached").
CARRIER_VERBS = {"carry", "bring", "transport", "ferry", "take", "hold"}


# Nouns of what is meant to be done: a figure in their "to" clause moved no one ("a plan to resettle 20,000",
# "a bid to bring home 5,000").
INTENT_NOUNS = {"proposal", "plan", "bid", "attempt", "call", "demand", "offer", "pledge", "promise", "target",
                "goal", "scheme", "programme", "program", "effort", "quota", "deal", "agreement", "request"}
# Nouns of wanting or asking: a measure in their "to" clause was not taken ("despite calls from traders to
# shut it"). Not a promise or a pledge, which GUIDELINES count when they keep a border open.
WISH_NOUNS = {"call", "plan", "threat", "proposal", "demand", "request", "appeal", "pressure", "push", "bid",
              "suggestion", "idea", "talk", "effort", "attempt"}


def small_number(token, article: bool = False) -> "int | None":
    """The value of "3" or "three" (and of "a" in "a day after" when `article` is set)."""
    if token.text.isdigit():
        return int(token.text)
    if article and token.lower_ in ("a", "an"):
        return 1
    return SMALL_NUMBERS.get(token.lower_)


def infinitive(verb) -> bool:
    """A verb with its "to": "waiting to leave", "a proposal to relocate"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def noun_lemma(token) -> str:
    """The lower-case lemma of a noun, also when the tagger took a capitalised plural that opens a
    sentence for a name ("Authorities in Kassala announced ...": PROPN, lemma "Authorities")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "PROPN":
        return lemma
    if token.ent_type_ and token.i != token.sent.start:
        # (but "the Kurds", a plural name of a people, is that people; "the Self-Defense Forces" stays a name)
        return lemma[:-1] if token.tag_ == "NNPS" and lemma.endswith("s") and lemma[:-1] in PEOPLE_NOUNS else lemma
    known = AUTHORITY_NOUNS | PEOPLE_NOUNS | WITNESS_NOUNS
    for singular in (lemma[:-3] + "y" if lemma.endswith("ies") else "", lemma[:-1] if lemma.endswith("s") else "", lemma):
        if singular in known:
            return singular
    return lemma
