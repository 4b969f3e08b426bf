"""Word lists the rule extractors share: who can be an actor, what is a place, which words
trigger which relation, and which words make an event unreal.

Lists hold lemmas (lower case). They describe how news English says things in general, never
particular sentences or names.
"""

from __future__ import annotations

from functools import cache

#: spaCy entity labels that can name an actor or a place.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Common nouns that denote an actor (a person, a group, an institution) in news text.
ACTOR_NOUNS = frozenset("""
government governments administration authority authorities official officials minister
ministers ministry president presidents leader leaders king queen prince emir sultan chancellor
premier diplomat diplomats ambassador ambassadors envoy envoys delegation delegations delegate
delegates negotiator negotiators representative representatives spokesman spokeswoman
spokesperson rebels rebel insurgents militants militant guerrillas fighters opposition party
parties army military forces police court tribunal prosecutor prosecutors judge judges
parliament congress senate lawmakers lawmaker legislators council committee commission agency
organization organisation group groups movement coalition alliance union bloc critics critic
activists activist protesters protestors demonstrators campaigners observers officers officer
commander commanders general generals secretary director chief head mayor governor senator
senators candidate candidates contender contenders nominee counterpart counterparts predecessor
successor regime junta cabinet state states country countries nation nations power powers team
mission member members watchdog monitors investigators agents company firm bank unions
supporters loyalists separatists extremists terrorists residents villagers witnesses militias
militia gunmen troops soldiers jihadists islamists insurgent dissidents clerics cleric side
sides regulator regulators media management leadership staff airline airlines carrier carriers
founder founders boss bosses royals operator operators
""".split())  # noqa: SIM905

#: Nouns of people only with a modifier that says which ("opposition figures", "senior
#: figures"; not "the figures show").
MODIFIED_PEOPLE = frozenset({"figure", "figures", "personality", "personalities"})

#: Nouns naming a part of an organisation, an actor when a possessive or a name says whose
#: ("its America Online unit", "Siemens' medical subsidiary"), not a unit of measure.
PART_NOUNS = frozenset({"unit", "units", "subsidiary", "subsidiaries", "affiliate", "affiliates",
                        "arm", "division", "branch", "offshoot"})

#: Nouns naming a group whose members are given by an "of"/"from" phrase ("a team from X").
GROUP_NOUNS = frozenset("""
group team delegation mission members member representatives representative leaders leader
officials official envoys envoy diplomats delegates minister ministers heads chiefs
""".split())  # noqa: SIM905

#: Titles, by which a description ("the SVR chief") points back to a named person.
TITLE_NOUNS = frozenset("""
president king queen prince emir sultan chancellor premier minister leader chief head director
secretary ambassador envoy governor mayor senator general commander spokesman spokeswoman
monarch ruler pope cardinal judge prosecutor official diplomat counterpart predecessor successor
""".split())  # noqa: SIM905
#: Titles that are interchangeable in descriptions ("the SVR chief" for its director).
TITLE_SYNONYMS = {
    "chief": {"chief", "director", "head"}, "head": {"chief", "director", "head"},
    "director": {"chief", "director", "head"},
    "leader": {"leader", "president", "premier", "king", "chancellor", "minister", "emir", "ruler"},
    "ruler": {"leader", "president", "king", "emir", "ruler", "sultan", "monarch"},
    "monarch": {"king", "queen", "monarch", "emir", "sultan"},
    "premier": {"premier", "minister"},
}

#: Head nouns of organisations' names (the last word of "... Review Commission", "Procter &
#: Gamble Co"): a name that ends in one is one organisation even with "and" or "&" inside.
ORG_HEADS = frozenset("""
organization organisation organizations commission committee council agency union bank fund
court ministry service services association alliance federation institute institution
foundation party forum group office authority board programme program corporation company
bureau conference league movement front assembly parliament network centre center
university tribunal mission coalition secretariat directorate administration department
commissariat inc corp ltd plc gmbh co force army
""".split())  # noqa: SIM905

#: Common nouns that can be the place of a visit ("visited the arch", "toured the camp").
PLACE_NOUNS = frozenset("""
arch center centre camp camps site sites hospital hospitals city town village villages region
area areas base airbase border museum memorial palace school university factory plant mosque
church temple cathedral capital island islands port harbor harbour embassy consulate
headquarters monument prison jail facility facilities zone province state district neighborhood
neighbourhood park square market farm mine dam reactor ruins shrine cemetery frontline front
parliament crossing checkpoint reservoir lake valley canal glacier gorge oasis
""".split())  # noqa: SIM905

#: Plural nouns of people moving for other reasons than a visit (rule: not visits).
NON_VISITOR_NOUNS = frozenset("""
refugee refugees migrant migrants immigrant immigrants asylum-seekers seekers people civilians
troops soldiers forces fighters militants jihadists ships vessels warships tourists residents
villagers witnesses
""".split())  # noqa: SIM905
NON_VISITOR_LABELS = frozenset({"NORP"})

# -- relation triggers -------------------------------------------------------------------------
VISIT_VERBS = frozenset({"visit", "tour", "inspect", "survey"})
#: Verbs of travel and the prepositions that introduce their destination.
TRAVEL_VERBS = {
    "arrive": ("in", "at"), "travel": ("to",), "fly": ("to", "into"), "come": ("to",),
    "go": ("to",), "head": ("to",), "journey": ("to",), "land": ("in", "at"),
    "stop": ("in", "at"), "jet": ("to",), "cross": ("into",),
    "touch": ("in", "at"),  # "touched down in Cape Town" (with "down" only, see visits)
}
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "arrival", "journey", "stopover", "stay", "voyage",
                         "inspection"})
#: Nouns that are a visit only as the object of a light verb ("made a stop in Ohio").
LIGHT_VISIT_NOUNS = frozenset({"stop", "swing", "detour", "appearance"})

#: Light verbs: their object noun carries the event, the verb its participants and places
#: ("held talks with Y", "paid a visit to X", "made a trip to X", "gave a welcome to Y",
#: "entered an agreement with Y").
LIGHT_VERBS = frozenset("""
hold have conduct begin start open resume continue wrap attend pay make undertake give extend
accord receive engage enter sign secure reach forge strike conclude finish end
""".split())  # noqa: SIM905

MEET_VERBS = frozenset({"meet", "host", "welcome", "receive", "greet", "confer", "negotiate"})
#: Nouns of an in-person encounter ("talks with", "a meeting between").
MEET_NOUNS = frozenset("""
talk talks meeting meetings negotiation negotiations summit conference dinner lunch luncheon
breakfast banquet encounter session audience consultation consultations discussion discussions
welcome
""".split())  # noqa: SIM905
#: Modifiers that make a meeting noun remote, not in person ("phone talks").
REMOTE_WORDS = frozenset({"phone", "telephone", "video", "virtual", "online", "call", "letter",
                          "teleconference", "videoconference", "telephonic", "remote",
                          "indirect"})  # "indirect talks through mediators"
#: Gestures that only happen in person ("shook hands with").
MEET_GESTURES = {"shake": "hand", "clasp": "hand", "embrace": "", "hug": ""}

AGREE_VERBS = frozenset({"agree", "sign", "ratify", "accept", "conclude", "reach", "endorse",
                         "approve", "initial", "seal", "strike", "clinch", "finalize", "finalise",
                         "enter", "secure", "forge", "negotiate"})
#: Verbs that only mean agreement when their object is an agreement noun ("signed a deal").
AGREE_OBJECT_VERBS = frozenset({"sign", "ratify", "conclude", "reach", "seal", "strike", "clinch",
                                "finalize", "finalise", "initial", "endorse", "approve", "enter",
                                "secure", "forge", "negotiate", "announce", "unveil", "ink", "renew",
                                "extend", "formalise", "formalize"})
AGREE_NOUNS = frozenset("""
agreement agreements accord accords deal deals treaty treaties pact pacts memorandum compact
truce ceasefire cease-fire armistice settlement contract contracts protocol merger mergers
partnership partnerships
""".split())  # noqa: SIM905
#: Nouns of one company buying another: with a named firm as "of" object, an agreement
#: between buyer and bought ("completed its takeover of BG Group").
ACQUISITION_NOUNS = frozenset({"acquisition", "acquisitions", "takeover", "takeovers", "buyout",
                               "buyouts", "purchase"})
#: What "accepted" must have as object to count as agreement with its author.
ACCEPT_OBJECTS = frozenset({"proposal", "offer", "request", "demand", "demands", "plan", "terms",
                            "invitation", "conditions", "proposals", "offers", "requests", "call",
                            # WordNet 3.0's bid.n.01 and counteroffer (hyponyms of offer.n.02)
                            "bid", "bids", "counteroffer", "counterproposal"})
#: Verbs that ask something of someone; a conjoined "and Y agreed" agrees with the asker.
REQUEST_VERBS = frozenset({"ask", "request", "propose", "urge", "call", "suggest", "press"})

#: Verbs of accusing: the core ones and the other members and troponyms of WordNet 3.0's
#: charge.v.02 / accuse.v.01 ("blame for, make a claim of wrongdoing against": accuse, impeach,
#: incriminate, criminate, arraign, recriminate, indict, blame, fault) and incriminate.v.01
#: (inculpate, implicate); not its slander family (defame, smear: criticism) nor "tax" or
#: "complain" (not accusations in news).
ACCUSE_VERBS = frozenset({"accuse", "blame", "charge", "indict", "allege", "fault", "implicate",
                          "impeach", "incriminate", "criminate", "inculpate", "arraign",
                          "recriminate"})
#: Nouns of an accusation: WordNet 3.0's accusation.n.01 and accusation.n.02 (charge) with their
#: hyponyms (allegation, countercharge, recrimination, imputation, incrimination, blame,
#: indictment) and impeachment; not "implication" or "information" (mostly other senses).
ACCUSE_NOUNS = frozenset({"allegation", "allegations", "accusation", "accusations", "charge",
                          "charges", "blame", "indictment", "indictments", "accusal", "countercharge",
                          "countercharges", "recrimination", "recriminations", "imputation",
                          "imputations", "incrimination", "impeachment"})
#: Verbs that attribute an event to someone (WordNet 3.0's attribute.v.01: attribute, ascribe,
#: impute, assign): an accusation when the event is an attack or a crime ("attributed the
#: bombing to Hezbollah").
ATTRIBUTE_VERBS = frozenset({"attribute", "ascribe", "impute"})
#: Words that make "charge" mean something else ("charged the battery", "free of charge").
NOT_ACCUSE_CHARGE_OBJECTS = frozenset({"fee", "price", "battery", "phone", "tax", "interest", "rate",
                                       "money", "dollar", "dollars", "customer", "customers"})

# -- modality -----------------------------------------------------------------------------------
#: Words that, governing an event, make it planned, wished, refused, hedged or otherwise unreal.
IRREALIS_GOVERNORS = frozenset("""
plan set expect schedule hope want wish intend seek aim offer promise propose refuse decline
reject cancel call postpone delay fail try attempt invite urge ask consider prepare threaten
pledge vow demand agree due likely able going ready willing eager suggest seem appear deny mull
weigh discuss debate contemplate hint rule need would-be bar ban prevent block forbid prohibit stop avoid skip boycott snub
miss halt scrap abandon bid vie compete
""".split())  # noqa: SIM905
#: Nouns that, governing an event noun or verb, make it unreal ("a plan to visit").
IRREALIS_NOUNS = frozenset("""
plan plans invitation invitations proposal proposals offer offers hope hopes bid attempt
attempts effort efforts possibility prospect prospects request requests call calls intention
readiness willingness idea
""".split())  # noqa: SIM905
MODAL_AUX = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "must",
                       "'ll", "wo", "ca", "'d"})
IRREALIS_NOUN_MODIFIERS = frozenset("""
planned upcoming proposed possible future scheduled expected potential forthcoming cancelled
canceled postponed prospective next hypothetical failed aborted would-be mooted
""".split())  # noqa: SIM905
CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether"})
NEGATING_DETERMINERS = frozenset({"no", "never", "neither", "nor"})


# -- noun classes from WordNet (graph/extract/data, made by make_lexicons) -----------------------
def _wordnet_list(name: str) -> frozenset[str]:
    from importlib.resources import files

    text = files("graph.extract.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


@cache
def wordnet_class(name: str) -> frozenset[str]:
    """The lemmas of one WordNet-derived class (``agent_nouns``, ``speaker_nouns``, ``group_nouns``,
    ``representative_nouns``,
    ``source_nouns``, ``sport_nouns``, ``vehicle_nouns``, ``abstract_nouns``, ``place_nouns``,
    ``journey_nouns``;
    see :mod:`graph.extract.data.make_lexicons`), read once on first use."""
    return _wordnet_list(name)


#: Event nouns WordNet files under social groups ("meeting", "summit"): never an actor.
NOT_AGENT_NOUNS = frozenset("""
meeting meetings summit conference session talks assembly gathering rally convention delegation
audience congregation party-line market class family crowd people public world body remains
""".split())  # noqa: SIM905


def is_agent_noun(word: str) -> bool:
    """True when a (lower-case) noun lemma can name an actor: a person, a group or an institution
    (the hand list :data:`ACTOR_NOUNS`, or WordNet's people and social groups)."""
    if word in ACTOR_NOUNS:
        return True
    if word.endswith(("maker", "makers")) and len(word) > 7:
        return True  # "the drugmaker", "chipmakers", "policymakers": firms and people by trade
    return word not in NOT_AGENT_NOUNS and word in wordnet_class("agent_nouns")


def is_person_noun(word: str) -> bool:
    """True when a (lower-case) noun lemma names one person by trade or role ("businessman",
    "tycoon", "lawyer"): WordNet's people (``agent_nouns``) that are no social group
    (``group_nouns``: "company", "government") nor an organisation's head (:data:`ORG_HEADS`)."""
    return word in wordnet_class("agent_nouns") and word not in wordnet_class("group_nouns") \
        and word not in ORG_HEADS


def is_owned_group_noun(word: str) -> bool:
    """True when a noun lemma names a party once a name says whose it is ("Ukrainian special
    services", "the Israeli side", "Iran's security establishment"): a social group by any
    WordNet sense (``group_nouns``), not an event noun ("the Chinese summit", "a U.S. visit")."""
    return word in wordnet_class("group_nouns") and word not in NOT_AGENT_NOUNS \
        and word not in MEET_NOUNS and word not in journey_nouns() and not is_sport_word(word)


def is_community_noun(word: str) -> bool:
    """True when a noun lemma names a community or institution that is also where it is: a
    social group by some WordNet sense (:func:`is_owned_group_noun`: "kibbutz", "village",
    "school", "settlement") that is not one of the hand list's actors (:data:`ACTOR_NOUNS`:
    "party", "police", "team") nor a place noun (those have their own reading: "the city").
    Visited in the singular, it is a place, not people met."""
    return is_owned_group_noun(word) and word not in ACTOR_NOUNS and not is_place_noun(word)


def is_place_noun(word: str) -> bool:
    """True when a noun lemma can be the place of a visit (:data:`PLACE_NOUNS` or WordNet's
    structures, facilities and lands)."""
    return word in PLACE_NOUNS or word in wordnet_class("place_nouns")


def journey_nouns() -> frozenset[str]:
    """Nouns of a trip to a place: :data:`VISIT_NOUNS` and WordNet's journeys and visits
    ("pilgrimage", "excursion", "trek"; ``journey_nouns``)."""
    return VISIT_NOUNS | wordnet_class("journey_nouns")


def is_vehicle_noun(word: str) -> bool:
    """True when a noun lemma names a ship, aircraft or vehicle, which news names for its crew
    when a named modifier says whose it is ("Chinese coast guard vessels")."""
    return word in ("vessel", "vessels", "drone", "drones") or word in wordnet_class("vehicle_nouns")


def is_source_noun(word: str) -> bool:
    """True when a noun lemma names a document or statement that can allege on its author's
    behalf ("a UN report alleged ...")."""
    return word in wordnet_class("source_nouns")


#: Ambiguous words that, in a sentence, mark a game rather than politics (WordNet's
#: unambiguous sports nouns, ``sport_nouns``, add the rest).
SPORT_CUES = frozenset("""
match game final league cup season coach player striker goalkeeper championship champions derby
fixture kickoff stadium scorer quarterfinals semifinals playoffs seed seeded grand slam
""".split())  # noqa: SIM905


def is_sport_word(word: str) -> bool:
    """True when a noun lemma marks a sentence as one about a game (a club fixture, a final)."""
    return word in SPORT_CUES or word in wordnet_class("sport_nouns")


#: Verbs of saying, reporting and concluding ("X said Y ...", "X found that Y ...").
SPEECH_VERBS = frozenset("""
say tell claim insist believe conclude find argue contend maintain assert state add write
testify suspect think declare announce report confirm note explain warn acknowledge admit
""".split())  # noqa: SIM905
