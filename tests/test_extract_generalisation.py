"""Issue 11's kinds of text the first rules missed, each as a general mechanism. The sentences
are written for these tests (no dev-set item is copied); each family has cases that must give
a triple and cases that must not."""

from __future__ import annotations

import pytest
from extract_helpers import mentions, triple


def triples(text: str, *, date: str | None = None) -> set[tuple[str, str, str]]:
    return {triple(m.predicate, m.subject.text, m.object.text) for m in mentions(text, date=date)}


@pytest.mark.parametrize(("text", "expected"), [
    # kind 1: who can be an argument is decided by head-noun class (WordNet) and modifiers
    ("The union accused the airline of breaking the contract.",
     ("accused", "union", "airline")),
    ("Manila accused Chinese coast guard vessels of ramming a supply boat.",
     ("accused", "Manila", "Chinese coast guard vessels")),
    ("The resolution accuses the junta of torturing prisoners.",
     ("accused", "resolution", "junta")),
    ("A UN report alleged that the militia had recruited children.",
     ("accused", "UN report", "militia")),
    ("Union counsel met with the governor on Monday.", ("met", "Union counsel", "governor")),
    ("Turkey's trade envoy met with Iraqi Prime Minister Ali Hassan in Baghdad.",
     ("met", "Turkey's trade envoy", "Ali Hassan")),
    # kind 2: light verbs and nouns carry the event
    ("Foreign Minister Ana Ruiz held talks on Tuesday with her Chilean counterpart Pablo Soto.",
     ("met", "Ana Ruiz", "Pablo Soto")),
    ("The king gave a warm welcome to President Omar Diallo at the airport.",
     ("met", "king", "Omar Diallo")),
    ("Chancellor Greta Lind made a trip to Kenya last month.", ("visited", "Greta Lind", "Kenya")),
    ("The senator made another stop in Ohio on Saturday.", ("visited", "senator", "Ohio")),
    ("Peru and Bolivia entered a ceasefire agreement in May.", ("agreed", "Bolivia", "Peru")),
    ("Rebel fighters began returning their weapons under a deal with the government of Chad.",
     ("agreed", "Rebel fighters", "government")),
    ("Police said the gang was responsible for the bombing.", ("accused", "Police", "gang")),
    ("U.S. regulators filed fraud charges on Monday against the former chairman John Black.",
     ("accused", "U.S. regulators", "John Black")),
    ("The two journalists face charges brought by the navy for defamation.",
     ("accused", "navy", "two journalists")),
    # two named parties acting together; coordinated modifiers sharing a head
    ("Peru and Chile signed a trade accord with Japan on Friday.", ("agreed", "Chile", "Peru")),
    ("Kenyan and Ethiopian officials met this week in Nairobi.",
     ("met", "Ethiopian officials", "Kenyan officials")),
    # kind 7: reciprocal
    ("Ghana and Togo accuse each other of harbouring rebels.", ("accused", "Togo", "Ghana")),
])
def test_found(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


def test_collective_description_is_the_named_pair() -> None:
    text = ("Relations between Ghana and Togo have warmed. The two countries signed a customs "
            "accord with Benin on Monday.")
    found = triples(text)
    assert triple("agreed", "Ghana", "Benin") in found and triple("agreed", "Togo", "Benin") in found


@pytest.mark.parametrize("text", [
    # kind 6: sport, metaphor, vehicles
    "Real Madrid visited Munich for the Champions League semifinal on Tuesday.",
    "Djokovic met Alcaraz in the final at Wimbledon.",
    "The Lakers visit the Celtics on Friday night.",
    "Tragedy visited the town again last winter.",
    "A military jet carrying the minister landed at an airfield outside Rome.",
    # kind 8: planned events are not events
    "The minister leaves for Korea tomorrow.",
    "Next week's visit to Seoul by the foreign minister was announced on Monday.",
    "Obama's trip to Cuba later this month has drawn criticism.",
    # events and populations are not counterparts
    "Four men were sentenced for hosting sex parties.",
    "Jordan, which hosts 600,000 registered refugees, will restrict entry.",
])
def test_not_found(text: str) -> None:
    found = triples(text)
    assert not {t for t in found if t[0] in ("visited", "met")}, found


def test_a_dateline_is_never_an_actor_and_dates_the_article() -> None:
    text = "ROME, May 2 (Reuters) - The two ministers met Pope Leo at the Vatican on Tuesday."
    ms = mentions(text)
    assert all("ROME" not in (m.subject.text, m.object.text) for m in ms)
    text = "LIMA, Peru, March 3 - Minister Rosa Vega accused Chile of spying."
    (m,) = mentions(text)
    assert (m.subject.text, m.object.text, m.date) == ("Rosa Vega", "Chile", None) or \
        (m.subject.text, m.object.text) == ("Rosa Vega", "Chile")


def test_a_capital_typed_as_a_person_is_a_visit_not_a_meeting() -> None:
    found = triples("German Chancellor Olaf Scholz visited Vilnius on Monday.")
    assert not [t for t in found if t[0] == "met"], found


def test_a_pronoun_skips_names_inside_a_description() -> None:
    text = ("Maria Olsen, the deputy for Leeds and Bradford, was robbed in a park in Accra. "
            "She was not hurt. She was in Ghana before travelling to Togo with a committee.")
    found = {(m.subject.text, m.object.text) for m in mentions(text) if m.predicate == "visited"}
    assert ("Maria Olsen", "Togo") in found and not {s for s, _ in found} - {"Maria Olsen"}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The oil minister said on his return to Tehran from Moscow that the deal was signed.",
     ("visited", "oil minister", "Moscow")),
    ("Agency Kyodo quoted Ito as telling reporters after meeting the envoy that he agreed.",
     ("met", "Ito", "envoy")),
])
def test_return_and_object_control(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


def test_a_present_tense_in_a_time_clause_is_future() -> None:
    assert not triples("The envoy suggested that Ito make proposals when he visits Paris.")


@pytest.mark.parametrize(("text", "expected"), [
    # the subject pronoun of a reported clause is the reporter
    ("Acme Corp. said on Monday it had agreed to settle lawsuits with Zenith Inc.",
     ("agreed", "Acme Corp.", "Zenith Inc.")),
    ("Kenya's deputy president said that he had held talks with leaders of the opposition.",
     ("met", "Kenya's deputy president", "opposition")),
    # passive light verb; an adjective of a place is no remote meeting
    ("Chad's government is engaged in talks with rebel leaders.",
     ("met", "Chad's government", "rebel leaders")),
    ("Secretary Ana Diaz visited troops at a remote air base.", ("met", "Ana Diaz", "troops")),
])
def test_reported_and_passive(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


def test_going_to_is_a_plan() -> None:
    assert not triples('"I am going to Chile," the senator announced last month.')


@pytest.mark.parametrize(("text", "expected"), [
    ("The dispute between Acme and Zenith has been settled, the companies said.",
     ("agreed", "Acme", "Zenith")),
    ("Norway agreed on Friday to meet a Swedish request for more border guards.",
     ("agreed", "Norway", "Swedish")),
    ("The minister shut down charities he accused of fraud.", ("accused", "minister", "charities")),
])
def test_settle_grant_and_relative_object(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


def test_here_is_the_dateline_place() -> None:
    text = "OSLO, May 4 - Chilean minister Rosa Vega said at the end of a brief visit here that trade would grow."
    assert triple("visited", "Rosa Vega", "OSLO") in triples(text, date="2024-05-04")


def test_both_sides_are_the_two_names_of_the_sentence() -> None:
    text = "Peru accused Chile of breaching the 1990 treaty under which both sides agreed to share water."
    assert triple("agreed", "Peru", "Chile") in triples(text)


def test_a_hyphenated_pair_of_countries_is_an_agreements_parties() -> None:
    assert triple("agreed", "Iran", "Iraq") in triples("The Iran-Iraq ceasefire held for a year.")


def test_a_colon_dateline_and_a_subject_hung_on_an_opening_phrase() -> None:
    found = triples("OSLO, Dec 3: Norway and Sweden have agreed to reopen a rail link.")
    assert found == {triple("agreed", "Norway", "Sweden")}
    found = triples("In a move hailed as a boost to often chilly ties, Peru and Chile signed a "
                    "fishing accord with Japan.")
    assert {triple("agreed", "Peru", "Chile"), triple("agreed", "Peru", "Japan")} <= found


@pytest.mark.parametrize(("text", "expected"), [
    ("President Aliyev welcomed Chilean leader Gabriel Boric to Baku.",
     ("visited", "Gabriel Boric", "Baku")),
    ("The Chilean president toured a copper mine in Antofagasta.",
     ("visited", "Chilean president", "Antofagasta")),
])
def test_welcomed_to_and_toured_in(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister said rebels were behind the bombing of the pipeline.",
     ("accused", "minister", "rebels")),
    ('"The police, the army, they are responsible for the killings," said Amina Yusuf.',
     ("accused", "Amina Yusuf", "police")),
    (("The panel said the army was responsible for two attacks, while the militias were "
      "responsible for three."), ("accused", "panel", "militias")),
])
def test_responsibility_in_reported_speech(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


def test_being_behind_a_good_thing_is_no_accusation() -> None:
    assert not triples("The minister said donors were behind the new hospital.")


@pytest.mark.parametrize("text", [
    "The governor vowed to act when he came to office last year.",
    "The two presidents agreed to create Radio Sur, a regional network.",
])
def test_institutions_and_creations_are_no_arguments(text: str) -> None:
    assert not triples(text)


def test_caption_verbs_show_people_together() -> None:
    text = ("Chilean President Gabriel Boric, center, chats with Peruvian President Dina Boluarte "
            "and Bolivian President Luis Arce at the summit in Lima.")
    found = triples(text)
    assert {triple("met", "Gabriel Boric", "Dina Boluarte"), triple("met", "Gabriel Boric", "Luis Arce"),
            triple("met", "Dina Boluarte", "Luis Arce")} <= found
    assert not triples("The president speaks with reporters at the White House.")


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Prime Minister Sara Holm, left, greets President Ivan Petrov before a meeting in Rome.",
     {("met", "Sara Holm", "Ivan Petrov")}, set()),
    ("The minister then headed to three cities, Lyon, Lille and Nantes.",
     {("visited", "minister", "Lyon"), ("visited", "minister", "Nantes")},
     {("visited", "minister", "three cities")}),
    ("President Ana Mora spent three days in Ghana.", {("visited", "Ana Mora", "Ghana")}, set()),
    ("Kenya and Uganda each blamed the other for the clashes.",
     {("accused", "Kenya", "Uganda"), ("accused", "Uganda", "Kenya")}, set()),
    ("The ministry repeated charges by Seoul about Pyongyang's missile tests.",
     {("accused", "Seoul", "Pyongyang")}, set()),
    ("During a meeting on Monday, the minister asked the envoy to leave.",
     {("met", "minister", "envoy")}, set()),
])
def test_issue_kinds_two_to_four_and_seven(text: str, expected: set, absent: set) -> None:  # type: ignore[type-arg]
    found = triples(text)
    assert {triple(*t) for t in expected} <= found
    assert not {triple(*t) for t in absent} & found


@pytest.mark.parametrize("text", [
    "Beijing has warned Thai officials against visiting Taipei again.",
    "The announcement is due next week during the premier's Kenya visit.",
    "\u201cI\u2019m going to Peru,\u201d the senator announced last month.",
    "Physicians and engineers from nine countries on Friday wrapped a two-day conference in Accra.",
])
def test_more_unreal_or_unnamed(text: str) -> None:
    assert not triples(text)


def test_field_probes_of_sport_and_metaphor() -> None:
    assert not triples("Inter Milan visited Porto on Tuesday for the first leg of the "
                       "Champions League semi-final against Benfica.")
    assert not triples("Disaster visited the town of Hama again when the river flooded.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Croatian Prime Minister Andrej Plenkovic visited Trinidad and Tobago on Tuesday.",
     ("visited", "Andrej Plenkovic", "Trinidad and Tobago")),
    ("Johnson & Johnson signed a deal with Pfizer.", ("agreed", "Johnson & Johnson", "Pfizer")),
])
def test_names_with_and_stay_whole(text: str, expected: tuple[str, str, str]) -> None:
    found = triples(text)
    assert triple(*expected) in found
    assert not [t for t in found if "Tobago" in t[1:] or "Johnson" in t[1:]], found


def test_a_headline_in_capitals_is_read() -> None:
    text = "SCHOLZ VISITS VILNIUS, PROMISES MORE TROOPS\nGerman Chancellor Olaf Scholz arrived on Monday."
    ms = [m for m in mentions(text) if m.predicate == "visited"]
    assert any((m.subject.text, m.object.text) == ("SCHOLZ", "VILNIUS") for m in ms), ms
    (m,) = [m for m in ms if m.object.text == "VILNIUS"]
    assert text[m.subject.start:m.subject.end] == "SCHOLZ"


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry said Lula and Boric had agreed to expand trade during a meeting in Brasilia.",
     ("met", "Lula", "Boric")),
    (("Chile and Peru agreed to cut tariffs after Presidents Gabriel Boric and Dina Boluarte met "
      "over lunch in Lima."), ("met", "Gabriel Boric", "Dina Boluarte")),
    ("Li Qiang arrived in Chile on Monday. He held talks with President Gabriel Boric a day later.",
     ("met", "Li Qiang", "Gabriel Boric")),
    ("Maria Lopez was greeted by Prime Minister Sam Reid when she landed in Auckland.",
     ("visited", "Maria Lopez", "Auckland")),
    ("Kim Jong Un crossed into South Korea for a summit.", ("visited", "Kim Jong Un", "South Korea")),
])
def test_time_clauses_and_circumstances_are_real(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


def test_a_title_cut_from_its_name_is_no_actor() -> None:
    found = triples("Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister "
                    "Javier Gonzalez-Olaechea met in Lima.")
    assert not [t for t in found if "Foreign Minister" in t[1:]], found


@pytest.mark.parametrize("text", [
    'Police arrested Omar Said on Monday. Prosecutor Ana Ruiz said: "We accuse him of fraud."',
    "Police arrested Omar Said on Monday. Prosecutor Ana Ruiz accused him of fraud.",
])
def test_an_object_pronoun_is_not_its_clause_subject_nor_the_speaker(text: str) -> None:
    found = {(m.subject.text, m.object.text) for m in mentions(text) if m.predicate == "accused"}
    assert ("Prosecutor Ana Ruiz", "Omar Said") in found or ("Ana Ruiz", "Omar Said") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    (("The two leaders agreed to expand trade, officials said after President Ana Mora met "
      "Chilean President Gabriel Boric."), ("agreed", "Ana Mora", "Gabriel Boric")),
    (("Peruvian President Dina Boluarte held a news conference with Chilean President Gabriel "
      "Boric, where the two leaders said they had agreed to share water."),
     ("agreed", "Dina Boluarte", "Gabriel Boric")),
])
def test_the_two_leaders_are_the_two_named_in_the_sentence(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The state of Ohio, Acme Corp., and Zenith Labs LLC have agreed to a consent decree.",
     ("agreed", "Acme Corp.", "Zenith Labs LLC")),
    (("Peru and Chile failed to agree on tariffs. Two days of talks between officials of the two "
      "countries ended on Friday."), ("met", "Peru", "Chile")),
])
def test_parties_hung_on_an_of_place_and_officials_of_a_pair(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Human Rights Watch, upon doing an inspection of the prison in May, called it overcrowded.",
     ("visited", "Human Rights Watch", "prison")),
    ("A team of Chilean officials has started surveying a naval base in Valparaiso.",
     ("visited", "Chilean officials", "Valparaiso")),
])
def test_inspections_and_surveys_are_visits(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


def test_unnamed_plural_places_are_no_destinations() -> None:
    found = triples("The senator launched a tour of swing states on Monday.")
    assert not found, found


def test_to_blame_with_a_quantified_speaker_and_its_negation() -> None:
    assert triple("accused", "Many in his party", "group") in triples(
        "Many in his party say the group is partly to blame for the shootings.")
    assert not triples("The minister said the rebels were not to blame for the attack.")
    assert not triples("The minister said the rebels were not responsible for the attack.")


# -- collective descriptions skip modifiers of names and venues ("the two sides") --------------
def _triples_of(text: str) -> set[tuple[str, str, str]]:
    return {triple(m.predicate, m.subject.text, m.object.text) for m in mentions(text)}


def test_the_two_sides_skip_a_demonym_before_a_title_and_the_venue() -> None:
    text = ("Kenyan President Daniel Otieno hosted Ugandan President Grace Namutebi at State House "
            "on Monday, and the two sides signed accords on trade and fisheries.")
    got = _triples_of(text)
    assert triple("agreed", "Daniel Otieno", "Grace Namutebi") in got
    assert not any("State House" in (s, o) for _, s, o in got)


def test_the_two_sides_need_exactly_two_parties() -> None:
    # three parties named: "the two sides" cannot be settled from this sentence
    text = ("Daniel Otieno, Grace Namutebi and Paul Kagiso met in Arusha, and the two sides later "
            "signed an accord.")
    assert not any(p == "agreed" for p, _, _ in _triples_of(text))


# -- headlines join two names with a comma before a plural verb --------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, Saudi Arabia agree to restore ties", ("agreed", "Iran", "Saudi Arabia")),
    ("Putin, Xi meet in Moscow as war grinds on", ("met", "Putin", "Xi")),
])
def test_headline_comma_pairs(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in _triples_of(text)


@pytest.mark.parametrize("text", [
    # a singular verb: the first name is no second subject ("In Paris, Macron meets ...")
    "Paris, France hosts the summit as leaders meet",
    "In Geneva, diplomats meet to discuss the crisis",
])
def test_no_headline_pair_without_two_names_and_a_plural_verb(text: str) -> None:
    assert not any(p in ("met", "agreed") and "Paris" in (s, o) for p, s, o in _triples_of(text))
    assert not any(p == "met" and "Geneva" in (s, o) for p, s, o in _triples_of(text))


# -- whoever is accused of doing something is an actor, whatever its noun ----------------------
def test_accused_of_doing_makes_the_object_an_actor() -> None:
    got = _triples_of("Rights groups accuse the agency of ignoring complaints from tenants.")
    assert triple("accused", "Rights groups", "agency") in got


def test_charged_a_fee_is_no_accusation() -> None:
    assert not _triples_of("The bank charged the account holder a fee for the transfer.")


def test_the_pronoun_of_a_relative_clause_is_the_main_subject() -> None:
    got = _triples_of("Prosecutors indicted four officials they accused of taking bribes.")
    assert triple("accused", "Prosecutors", "four officials") in got


def test_a_relative_clause_pronoun_needs_an_actor_as_main_subject() -> None:
    # the main clause's subject is no actor: no accuser
    got = _triples_of("The report lists the officials they accused of taking bribes.")
    assert not any(s == "report" for _, s, _ in got)


# -- pronouns: the main subject over a nearer object; surnames the model left untyped -----------
def test_a_pronoun_in_a_clause_on_a_place_is_the_main_subject() -> None:
    text = ("Foreign Minister Lena Vos arrived in Hanoi on Tuesday. Vos met Prime Minister Tran Duc "
            "and Deputy Minister Pham Long, a day after leaving Jakarta, where on Monday she had "
            "signed a fisheries agreement with Indonesia.")
    got = _triples_of(text)
    assert triple("agreed", "Lena Vos", "Indonesia") in got
    assert not any(p == "agreed" and "Pham Long" in (s, o) for p, s, o in got)


def test_a_pronoun_in_a_clause_on_a_person_is_not_lifted_to_the_main_subject() -> None:
    text = "Lena Vos met Tran Duc, who said he had signed an accord with Laos."
    assert not any(p == "agreed" and "Lena Vos" in (s, o) for p, s, o in _triples_of(text))


def test_being_in_charge_somewhere_is_no_visit() -> None:
    text = "While admitting that he is in charge in Ankara now, Mert Kaya blamed his predecessor."
    assert not any(p == "visited" for p, _, _ in _triples_of(text))
    assert triple("visited", "Selin Kaya", "Nairobi") in _triples_of(
        "When she was in Nairobi last week, Selin Kaya met the governor.")


def test_charged_over_a_wrongdoing_is_an_accusation() -> None:
    got = _triples_of("The cycling union on Tuesday charged Team Rovara over doping violations by two riders.")
    assert any(p == "accused" and "cycling union" in s and "Rovara" in o for p, s, o in got)
    assert not _triples_of("Riot police charged the protesters over the bridge.")


def test_a_meeting_never_pairs_an_actor_with_itself() -> None:
    text = ("Swedish Foreign Minister Anna Berg and Russian Foreign Minister Pavel Orlov held tense "
            "talks in Moscow on Tuesday, with Orlov comparing the exchange to a quarrel between strangers.")
    got = _triples_of(text)
    assert triple("met", "Anna Berg", "Pavel Orlov") in got
    assert triple("met", "Orlov", "Pavel Orlov") not in got


def test_a_place_visited_is_no_one_met() -> None:
    got = _triples_of("Sergei Lavrov visited Kiev in 2008.")
    assert not any(p == "met" for p, _, _ in got)


def test_a_country_and_another_whose_name_ends_with_it_are_two_parties() -> None:
    got = _triples_of("Sudan and South Sudan signed an oil agreement in Juba on Tuesday.")
    assert triple("agreed", "Sudan", "South Sudan") in got


def test_two_coordinated_accusers_do_not_accuse_each_other_unless_the_sentence_says_so() -> None:
    got = _triples_of("Japan and South Korea accused Pyongyang of firing the missiles used in the test on "
                      "Sunday, charges Pyongyang rejected as lies.")  # "charges" read as the main verb
    assert triple("accused", "Japan", "Pyongyang") in got
    assert not any(p == "accused" and {s, o} == {"Japan", "South Korea"} for p, s, o in got)
    got = _triples_of("Armenia and Azerbaijan accused each other of shelling border villages.")
    assert triple("accused", "Armenia", "Azerbaijan") in got and triple("accused", "Azerbaijan", "Armenia") in got


def test_a_lead_sentence_whose_subject_the_recogniser_ran_into_the_dateline_date() -> None:
    # the small model makes "May 1, 2025 - Donald Trump" one DATE entity (a new user's finding)
    got = _triples_of("WASHINGTON, May 1, 2025 - Donald Trump met Keir Starmer at the White House on Thursday.")
    assert triple("met", "Donald Trump", "Keir Starmer") in got
