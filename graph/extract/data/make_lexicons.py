"""Derive the noun classes the extractors use from Princeton WordNet 3.0.

Run ``python -m graph.extract.data.make_lexicons [WORDNET_DIR]`` (default
``/usr/share/wordnet``, Debian's ``wordnet-base`` package) to rewrite the ``*.txt`` files beside
this module. Each file holds one lower-case lemma a line: single words (letters, hyphens) whose
*first*, most frequent WordNet sense falls in a class:

- ``agent_nouns.txt``: people (lexicographer file ``noun.person``) and social groups (hyponyms
  of ``social_group.n.01``: organisations, governments, parties, armies, teams, ...): nouns that
  can name who acts ("the regulators", "a Pentagon analyst", "union counsel");
- ``speaker_nouns.txt`` (*any* sense): people and social groups, for the subject of a verb of
  saying, where the verb settles the sense ("the panel said", "the board concluded");
- ``group_nouns.txt`` (*any* sense): social groups (hyponyms of ``social_group.n.01``) whose
  first sense is no food, event, time, quantity, substance, plant, animal, body part,
  phenomenon, feeling or shape: nouns that name a party when a name says whose ("Ukrainian
  special services", "Iran's security establishment", "the Israeli side");
- ``representative_nouns.txt``: people who act for others by their first sense (hyponyms of
  ``negotiator.n.01``, ``official.n.01`` and ``representative.n.01``: mediator, delegate,
  envoy, emissary): "mediators from Egypt and Qatar" act for Egypt and Qatar, unlike "teachers
  from Ohio";
- ``source_nouns.txt``: documents and statements (hyponyms of ``document.n.01``,
  ``statement.n.01``, ``report.n.03``, ``publication.n.01``): what can allege or accuse on its
  author's behalf ("a UN report alleged ...", "the resolution accuses ...");
- ``sport_nouns.txt`` (*every* sense; less politics and war, :data:`NOT_SPORT`): sports, contests,
  athletes and teams (hyponyms of ``sport.n.01``,
  ``contest.n.01``, ``athlete.n.01``, ``team.n.01``, ``sports_equipment.n.01``) or in the topic domain of sport, by which a
  sentence is about a game ("visited Munich for the semifinal", "met in the final");
- ``vehicle_nouns.txt``: conveyances and craft (hyponyms of ``conveyance.n.03``,
  ``craft.n.02``), which news names for their crews ("coast guard vessels rammed ...");
- ``abstract_nouns.txt``: acts, events, feelings, states and phenomena by their first sense
  ("tragedy", "violence", "chaos"): a capitalised one alone is no name ("Tragedy visited ...");
- ``place_nouns.txt``: structures, facilities and locations (hyponyms of ``structure.n.01``,
  ``facility.n.01``, ``geographical_area.n.01``, ``land.n.04``):
  what can be visited ("toured the camp", "stopped at the hospital");
- ``journey_nouns``: journeys and visits by their first sense (hyponyms of ``journey.n.01`` and
  of the act senses of ``visit``, less :data:`NOT_TRAVEL`): nouns of a trip to a place ("a
  pilgrimage to Lourdes", "an excursion to Ethiopia").

WordNet 3.0 is (c) Princeton University under the WordNet License (BSD-like), which allows
redistribution of derived data with the notice; see ``WORDNET-LICENSE`` beside this module.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NOUN_PERSON = 18
#: Lexicographer files of abstractions: noun.act, noun.cognition, noun.event, noun.feeling,
#: noun.phenomenon, noun.state.
ABSTRACT_FILES = frozenset({4, 9, 11, 12, 19, 26})
#: Lexicographer files of first senses that keep a word out of ``group_nouns``: noun.animal,
#: noun.body, noun.event, noun.feeling, noun.food, noun.phenomenon, noun.plant, noun.quantity,
#: noun.shape, noun.substance, noun.time ("dinner", "wedding", "trio", "year").
NOT_GROUP_FILES = frozenset({5, 8, 11, 12, 13, 19, 20, 23, 25, 27, 28})
#: (lemma, lexicographer file) of the synsets whose hyponyms make each class.
ROOTS = {
    "agent_nouns": [("social_group", 14)],
    "speaker_nouns": [("social_group", 14)],
    "group_nouns": [("social_group", 14)],
    "representative_nouns": [("negotiator", 18), ("official", 18), ("representative", 18)],
    "source_nouns": [("document", 10), ("statement", 10), ("report", 10), ("publication", 10)],
    "sport_nouns": [("sport", 4), ("contest", 11), ("athlete", 18), ("team", 14),
                    ("sports_equipment", 6)],
    "vehicle_nouns": [("conveyance", 6), ("craft", 6)],
    "place_nouns": [("structure", 6), ("facility", 6), ("geographical_area", 15), ("land", 17)],
    "journey_nouns": [("journey", 4), ("visit", 4)],
}
#: Journeys that are no visit to a place (excluded from ``journey_nouns``): daily or errand
#: travel, exploring a subject, a ride in a vehicle, flights in space.
NOT_TRAVEL = frozenset("""
commute errand exploration ride joyride nonstop redeye spaceflight spacefaring itineration
journeying visiting
""".split())  # noqa: SIM905
#: Contests that are politics or war, not games (excluded from ``sport_nouns``).
NOT_SPORT = frozenset("""
race election contest campaign primary fight battle war struggle competition bid runoff vote
poll ballot duel combat conflict rivalry challenge trial test debate tender auction out over
save serve meet majors minors wade singles floating swim budge bars leaner
""".split())  # noqa: SIM905
_WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")


#: A noun synset as :func:`read_nouns` keeps it: lexicographer file, hypernym offsets, topic-domain
#: offsets, whether it is a named individual.
Synset = tuple[int, list[str], list[str], bool]


def read_nouns(wordnet: Path) -> tuple[dict[str, Synset], dict[str, list[str]]]:
    """WordNet's nouns: synset offset -> (lexicographer file, hypernym offsets, topic-domain
    offsets, whether it is a named individual: an instance hypernym and no class one), and lemma
    (lower case, "_" between words) -> its synset offsets, most frequent sense first."""
    synsets: dict[str, Synset] = {}
    for line in (wordnet / "data.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        rest = parts[4 + 2 * count:]
        pointers = rest[1 : 1 + 4 * int(rest[0])]
        hypernyms = [pointers[i + 1] for i in range(0, len(pointers), 4)
                     if pointers[i] in ("@", "@i")]
        domains = [pointers[i + 1] for i in range(0, len(pointers), 4) if pointers[i] == ";c"]
        instance = "@i" in pointers[0::4] and "@" not in pointers[0::4]  # a named individual
        synsets[parts[0]] = (int(parts[1]), hypernyms, domains, instance)
    senses: dict[str, list[str]] = {}
    for line in (wordnet / "index.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        p = line.split()
        pointer_count = int(p[3])
        senses[p[0]] = p[4 + pointer_count + 2:]
    return synsets, senses


def classes(wordnet: Path) -> dict[str, list[str]]:
    """The lemmas of each class (see the module docstring), sorted."""
    synsets, senses = read_nouns(wordnet)

    def ancestors(offset: str) -> set[str]:
        seen: set[str] = set()
        stack = [offset]
        while stack:
            for h in synsets[stack.pop()][1]:  # type: ignore[index]
                if h not in seen:
                    seen.add(h)
                    stack.append(h)
        return seen

    roots = {name: {o for lemma, lex in pairs for o in senses[lemma] if synsets[o][0] == lex}
             for name, pairs in ROOTS.items()}
    sport = {o for o in senses["sport"] if synsets[o][0] == 4}
    out: dict[str, list[str]] = {name: [] for name in ROOTS}
    out["abstract_nouns"] = []
    for lemma, offsets in senses.items():
        if not _WORD.match(lemma) or not offsets:
            continue
        first = offsets[0]
        up = ancestors(first) | {first}
        if synsets[first][0] == NOUN_PERSON or up & roots["agent_nouns"]:
            out["agent_nouns"].append(lemma)
        if any(synsets[o][0] == NOUN_PERSON or (ancestors(o) | {o}) & roots["speaker_nouns"]
               for o in offsets):
            out["speaker_nouns"].append(lemma)
        if synsets[first][0] not in NOT_GROUP_FILES and any(
                not synsets[o][3] and (ancestors(o) | {o}) & roots["group_nouns"]  # type: ignore[misc]
                for o in offsets):
            out["group_nouns"].append(lemma)
        if synsets[first][0] == NOUN_PERSON and up & roots["representative_nouns"]:
            out["representative_nouns"].append(lemma)
        if up & roots["source_nouns"]:
            out["source_nouns"].append(lemma)
        if not all(synsets[o][3] for o in offsets) and all(  # type: ignore[misc]
               (ancestors(o) - {o}) & roots["sport_nouns"]
               or any(d in sport or ancestors(d) & sport for d in synsets[o][2])  # type: ignore[misc]
               for o in offsets) and lemma not in NOT_SPORT:
            out["sport_nouns"].append(lemma)
        if up & roots["vehicle_nouns"]:
            out["vehicle_nouns"].append(lemma)
        if synsets[first][0] in ABSTRACT_FILES:
            out["abstract_nouns"].append(lemma)
        if up & roots["place_nouns"]:
            out["place_nouns"].append(lemma)
        if up & roots["journey_nouns"] and lemma not in NOT_TRAVEL:
            out["journey_nouns"].append(lemma)
    return {k: sorted(v) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0] if args else "/usr/share/wordnet")
    for name, words in classes(wordnet).items():
        (HERE / f"{name}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{name}: {len(words)} lemmas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
