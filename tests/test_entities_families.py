"""The failure families of issue 12, each on names other than the issue's examples.

Arguments are built at their real offsets with the label spaCy's small model gives them there
(its mistakes included: a capital typed PERSON, a person typed ORG), as the extractors pass them.
"""

from __future__ import annotations

import itertools

import pytest
from entity_helpers import art, at, iri
from rdflib import URIRef

from graph.articles import Article
from graph.entities import Resolution, resolve
from graph.entities.model import named
from graph.entities.names import is_title, person_name, slug
from graph.entities.places import find_city
from graph.entities.review import close_pairs, initials
from graph.extract.base import Argument, Mention
from graph.namespaces import NG, NGR


def build(*items: tuple[Article, list[tuple[Argument, str]]]) -> Resolution:
    """Resolve (argument, role) pairs of each article; role "place" makes it a visit's place."""
    batch = []
    for article, args in items:
        ms = [Mention("visited" if role == "place" else "met", a, a, "", 0, 0, None, 1.0, "test") for a, role in args]
        batch.append((article, ms))
    return resolve(batch)


def close(res: Resolution, a: URIRef, b: URIRef) -> bool:
    return b in res.entities[a].close_matches and a in res.entities[b].close_matches


# ------------------------------------------------ 1. later short forms within an article


@pytest.mark.parametrize(
    ("text", "full", "short", "short_label"),
    [
        ("Dutch Prime Minister Dick Schoof met NATO chiefs on Monday. Schoof said Europe must spend more.",
         "Dick Schoof", "Schoof", "PERSON"),
        ("Chinese Premier Li Qiang visited Canberra on Sunday. Li said trade had recovered.",
         "Li Qiang", "Li", "PERSON"),
        ("North Korea's Kim Yo Jong warned Seoul on Friday. Kim said the balloons would continue.",
         "Kim Yo Jong", "Kim", "PERSON"),
        ("South Korean Prime Minister Han Duck-soo visited Hanoi. Han met Vietnamese leaders there.",
         "Han Duck-soo", "Han", "ORG"),  # the small model types the bare surname ORG
        ("General Abdel Fattah al-Burhan visited Cairo on Sunday. Burhan met Egyptian officials.",
         "Abdel Fattah al-Burhan", "Burhan", "PERSON"),
        ("Mexican President Andrés Manuel López Obrador met Blinken. López Obrador said migration fell.",
         "Andrés Manuel López Obrador", "López Obrador", "PERSON"),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani visited Ankara. Sudani met Turkish officials.",
         "Mohammed Shia al-Sudani", "Sudani", ""),  # "Sudani" also reads as a demonym
    ],
)
def test_a_later_short_form_binds_to_the_full_name(text: str, full: str, short: str, short_label: str) -> None:
    a = art("short", text)
    f, s = at(a, full, "PERSON"), at(a, short, short_label, nth=1 if short in full else 0)
    res = build((a, [(f, "actor"), (s, "actor")]))
    assert iri(res, a, s) == iri(res, a, f)
    entity = res.entities[iri(res, a, f)]
    assert entity.type == NG.Person and entity.name == full


def test_surname_first_names_are_keyed_by_family_and_whole_given_name() -> None:
    assert person_name("Li Qiang").key == person_name("Li  Qiang").key == "l1a/qiang"  # type: ignore[union-attr]
    assert person_name("Kim Jong Un").key != person_name("Kim Jong Il").key  # type: ignore[union-attr]
    assert person_name("Kim Jong-un").key == person_name("Kim Jong Un").key  # type: ignore[union-attr]
    assert person_name("Tsai Ing-wen").surname_key == person_name("Tsai").surname_key  # type: ignore[union-attr]
    # an English name that starts like a Korean family name is not read surname-first
    assert person_name("Lee Anderson").surname == "Anderson"  # type: ignore[union-attr]


def test_two_people_sharing_a_surname_stay_apart_and_a_bare_surname_takes_the_first() -> None:
    a = art("kims", "Kim Jong Un inspected a factory. His sister Kim Yo Jong accused Seoul. Kim said tests would go on.")
    un, yo, bare = at(a, "Kim Jong Un", "PERSON"), at(a, "Kim Yo Jong", "PERSON"), at(a, "Kim", "PERSON", nth=2)
    res = build((a, [(un, "actor"), (yo, "actor"), (bare, "actor")]))
    assert iri(res, a, un) != iri(res, a, yo)
    assert iri(res, a, bare) == iri(res, a, un)


# ------------------------------------------------ 2. variants across articles: merged or linked


def test_a_shorter_full_name_in_another_article_is_linked_for_review() -> None:
    a = art("a", "Sheikh Mohammed bin Zayed Al Nahyan visited Paris on Thursday.")
    b = art("b", "UAE President Mohammed bin Zayed met Narendra Modi in Abu Dhabi.")
    c = art("c", "Brazilian President Luiz Inácio Lula da Silva visited Lisbon on Monday.")
    d = art("d", "Lula da Silva met Gabriel Boric in Santiago on Friday.")
    e = art("e", "Lula visited Caracas on Monday.")
    mbz_a, mbz_b = at(a, "Sheikh Mohammed bin Zayed Al Nahyan", "PERSON"), at(b, "Mohammed bin Zayed", "PERSON")
    lula_c, lula_d, lula_e = (at(c, "Luiz Inácio Lula da Silva", "PERSON"), at(d, "Lula da Silva", "PERSON"),
                              at(e, "Lula", ""))
    res = build((a, [(mbz_a, "actor")]), (b, [(mbz_b, "actor")]), (c, [(lula_c, "actor")]),
                (d, [(lula_d, "actor")]), (e, [(lula_e, "actor")]))
    assert close(res, iri(res, a, mbz_a), iri(res, b, mbz_b))
    full = iri(res, c, lula_c)
    assert close(res, full, iri(res, d, lula_d))
    assert close(res, full, iri(res, e, lula_e))
    assert res.entities[full].name == "Luiz Inácio Lula da Silva"  # the text's accents


def test_an_organisation_and_its_acronym_in_other_articles() -> None:
    """Known intergovernmental bodies are merged; others are linked by a shared form or initials."""
    a = art("a", "The International Atomic Energy Agency said on Monday that Iran had enriched more uranium.")
    b = art("b", "The IAEA accused Tehran of hiding material.")
    c = art("c", "The Economic Community of Central African States (ECCAS) suspended Gabon.")
    d = art("d", "ECCAS lifted the suspension on Friday.")
    e = art("e", "The Intergovernmental Panel on Climate Change warned governments on Monday.")
    f = art("f", "The IPCC said warming would pass 1.5C.")
    args = {
        "a": at(a, "International Atomic Energy Agency", "ORG"), "b": at(b, "IAEA", "ORG"),
        "c": at(c, "Economic Community of Central African States", "ORG"), "d": at(d, "ECCAS", "ORG"),
        "e": at(e, "Intergovernmental Panel on Climate Change", "ORG"), "f": at(f, "IPCC", "ORG"),
    }
    arts = {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}
    res = build(*((arts[k], [(v, "actor")]) for k, v in args.items()))
    i = {k: iri(res, arts[k], v) for k, v in args.items()}
    assert i["a"] == i["b"] == NGR["organisation/international-atomic-energy-agency"]
    assert close(res, i["c"], i["d"])
    assert close(res, i["e"], i["f"])
    assert initials("Organization for Security and Co-operation in Europe") == "OSCE"


# ------------------------------------------------ 3. no false merges


def test_the_name_after_bin_tells_people_apart() -> None:
    a = art("a", "Saudi Defence Minister Prince Khalid bin Salman Al Saud met Lloyd Austin in Washington.")
    b = art("b", "Prince Khalid bin Bandar Al Saud, the ambassador to Britain, met James Cleverly in London.")
    c = art("c", "Prince Khalid Al Saud attended the race.")
    ks, kb = at(a, "Prince Khalid bin Salman Al Saud", "PERSON"), at(b, "Prince Khalid bin Bandar Al Saud", "PERSON")
    bare = at(c, "Prince Khalid Al Saud", "PERSON")
    res = build((a, [(ks, "actor")]), (b, [(kb, "actor")]), (c, [(bare, "actor")]))
    assert iri(res, a, ks) != iri(res, b, kb)
    assert not close(res, iri(res, a, ks), iri(res, b, kb))
    # "Prince Khalid Al Saud" could be either: no link at all rather than a wrong one
    assert not res.entities[iri(res, c, bare)].close_matches


def test_no_review_link_between_different_patronymics() -> None:
    a = art("a", "Sheikh Hamdan bin Mohammed Al Maktoum opened the show.")
    b = art("b", "Sheikh Hamdan bin Zayed Al Nahyan visited the site.")
    x, y = at(a, "Sheikh Hamdan bin Mohammed Al Maktoum", "PERSON"), at(b, "Sheikh Hamdan bin Zayed Al Nahyan", "PERSON")
    res = build((a, [(x, "actor")]), (b, [(y, "actor")]))
    assert iri(res, a, x) != iri(res, b, y)
    assert not close_pairs(named(e) for e in res.entities.values() if e.type == NG.Person)


# ------------------------------------------------ 4. names with "and" / "&"


def test_a_country_cut_at_and_is_the_whole_country() -> None:
    a = art("tt", "Prime Minister Keith Rowley of Trinidad and Tobago visited Caracas on Monday.")
    trinidad, tobago = at(a, "Trinidad", "GPE"), at(a, "Tobago", "GPE")
    res = build((a, [(trinidad, "actor"), (tobago, "place")]))
    assert iri(res, a, trinidad) == iri(res, a, tobago) == NGR["country/tt"]


def test_ampersand_and_long_names_are_kept_whole() -> None:
    a = art("ms", "Marks & Spencer accused the Bank for International Settlements of bad advice, "
                  "and the Commission on Security and Cooperation in Europe agreed with Economic.")
    marks, bank = at(a, "Marks", "ORG"), at(a, "Bank", "ORG")
    res = build((a, [(marks, "actor"), (bank, "actor")]))
    assert res.entities[iri(res, a, marks)].name == "Marks & Spencer"
    assert res.entities[iri(res, a, bank)].name == "Bank for International Settlements"


def test_a_word_cut_out_of_an_organisation_at_and_is_no_person() -> None:
    a = art("cscf", "The Commission on Religious Freedom and Economic Rights accused Nicaragua of jailing priests.")
    piece = at(a, "Economic Rights", "PERSON")
    res = build((a, [(piece, "actor")]))
    entity = res.entities[iri(res, a, piece)]
    assert entity.type == NG.Organisation
    assert entity.name == "Commission on Religious Freedom and Economic Rights"


# ------------------------------------------------ 5. titles


@pytest.mark.parametrize("title", ["Tánaiste", "Cardinal", "Field Marshal", "Grand Ayatollah", "Archdeacon",
                                   "Sultan", "Crown Prince", "Brigadier General", "Rabbi", "Emir"])
def test_titles_come_from_a_general_lexicon(title: str) -> None:
    assert all(is_title(w) for w in title.split())


@pytest.mark.parametrize(
    ("titled", "bare", "label"),
    [
        ("Tánaiste Simon Harris", "Simon Harris", "PERSON"),
        ("Cardinal Matteo Zuppi", "Matteo Zuppi", "ORG"),
        ("Field Marshal Asim Munir", "Asim Munir", "ORG"),
        ("Grand Ayatollah Ali al-Sistani", "Ali al-Sistani", "ORG"),
    ],
)
def test_a_title_neither_keys_nor_retypes_a_person(titled: str, bare: str, label: str) -> None:
    a = art("t1", f"{titled} visited Rome on Monday.")
    b = art("t2", f"{bare} met reporters on Tuesday.")
    x, y = at(a, titled, label), at(b, bare, "PERSON")
    res = build((a, [(x, "actor")]), (b, [(y, "actor")]))
    assert iri(res, a, x) == iri(res, b, y)
    assert res.entities[iri(res, a, x)].type == NG.Person


# ------------------------------------------------ 6. places


def test_a_building_is_never_a_city_by_an_alternate_name() -> None:
    assert find_city("White House", alternates=None) is None
    a = art("wh", "Kenyan President William Ruto visited the White House on Thursday.")
    wh = at(a, "White House", "FAC")
    res = build((a, [(wh, "place")]))
    entity = res.entities[iri(res, a, wh)]
    # no Casablanca (Morocco): the seat of the US government (graph.entities.owners.SEATS)
    assert entity.type == NG.Place and not entity.same_as and entity.country == NGR["country/us"]


def test_a_country_the_small_model_calls_a_person_is_a_country() -> None:
    a = art("am", "Armenia accused Azerbaijan of shelling border villages.")
    x = at(a, "Armenia", "PERSON")
    res = build((a, [(x, "actor")]))
    assert iri(res, a, x) == NGR["country/am"]


@pytest.mark.parametrize(("city", "geonameid"), [("Yerevan", 616052), ("Tbilisi", 611717), ("Riga", 456172)])
def test_a_capital_the_small_model_calls_a_person_is_a_linked_city(city: str, geonameid: int) -> None:
    a = art("cap", f"The prime minister met {city} officials after talks in {city}.")
    x = at(a, city, "PERSON")
    res = build((a, [(x, "actor")]))
    assert iri(res, a, x) == NGR[f"place/{geonameid}"]
    assert res.entities[iri(res, a, x)].type == NG.City


def test_a_person_named_like_a_city_stays_a_person() -> None:
    a = art("syd", "Actress Sydney Sweeney met fans in London. Sydney said she loved the city.")
    full, bare = at(a, "Sydney Sweeney", "PERSON"), at(a, "Sydney", "PERSON", nth=1)
    res = build((a, [(full, "actor"), (bare, "actor")]))
    assert iri(res, a, bare) == iri(res, a, full)


# ------------------------------------------------ 7. labels


def test_labels_keep_accents_whatever_the_order() -> None:
    a = art("a", "José Raúl Mulino visited Bogota on Monday.")
    b = art("b", "Jose Raul Mulino met Gustavo Petro in Bogota.")
    x, y = at(a, "José Raúl Mulino", "PERSON"), at(b, "Jose Raul Mulino", "PERSON")
    for order in itertools.permutations([(a, [(x, "actor")]), (b, [(y, "actor")])]):
        res = build(*order)
        assert iri(res, a, x) == iri(res, b, y)
        assert res.entities[iri(res, a, x)].name == "José Raúl Mulino"


def test_a_generic_body_keeps_its_owner_in_its_label() -> None:
    a = art("mfa", "Armenia's Foreign Ministry accused Georgia's Foreign Ministry of delays.")
    x, y = at(a, "Armenia's Foreign Ministry", "ORG"), at(a, "Georgia's Foreign Ministry", "ORG")
    res = build((a, [(x, "actor"), (y, "actor")]))
    assert res.entities[iri(res, a, x)].name == "Armenia's Foreign Ministry"
    assert res.entities[iri(res, a, y)].name == "Georgia's Foreign Ministry"
    assert iri(res, a, x) != iri(res, a, y)


# ------------------------------------------------ issue 14 item 10: IRI collisions


@pytest.mark.parametrize(("one", "other"), [("AT&T", "AT T"), ("C++ Group", "C Group"), ("H&M", "HM"),
                                              ("Rock@Home", "Rock Home"), ("100% Energy", "100 Energy")])
def test_names_differing_by_a_symbol_never_share_an_iri(one: str, other: str) -> None:
    assert slug(one) != slug(other)
    a = art("sym", f"{one} accused {other} of copying its logo.")
    x, y = at(a, one, "ORG"), at(a, other, "ORG")
    res = build((a, [(x, "actor"), (y, "actor")]))
    assert iri(res, a, x) != iri(res, a, y)


def test_ampersand_and_the_word_and_are_one_name() -> None:
    assert slug("Procter & Gamble") == slug("Procter and Gamble")


@pytest.mark.parametrize(("demonym", "code"), [("Nigerian", "NG"), ("Nigerien", "NE"), ("Austrian", "AT"),
                                                ("Australian", "AU"), ("Malian", "ML"), ("Malaysian", "MY")])
def test_demonyms_that_regular_endings_confuse(demonym: str, code: str) -> None:
    from graph.entities.places import find_demonym

    assert find_demonym(demonym).alpha_2 == code  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [("the Prime Minister of New Zealand Christopher Luxon, at talks", "Christopher Luxon", "NZ"),
     ("Archbishop of Canterbury Justin Welby said", "Justin Welby", None),
     ("European Commission President Ursula von der Leyen arrived", "Ursula von der Leyen", None),
     ("North Korea's Kim Yo Jong said", "Kim Yo Jong", "KP")],
)
def test_the_person_a_run_of_titles_and_places_names(text: str, name: str, code: str | None) -> None:
    from graph.entities.context import ArticleContext

    people = ArticleContext.of("x", text).persons
    assert [p.name.full for p in people] == [name]
    assert (people[0].country.alpha_2 if people[0].country else None) == code


def test_a_given_name_two_people_share_binds_to_neither() -> None:
    a = art("marks", "Prime Minister Mark Carney met Mark Rutte in Ottawa. Mark said the talks went well.")
    carney, rutte = at(a, "Mark Carney", "PERSON"), at(a, "Mark Rutte", "PERSON")
    bare = at(a, "Mark", "PERSON", nth=2)
    res = build((a, [(carney, "actor"), (rutte, "actor"), (bare, "actor")]))
    assert iri(res, a, bare) not in (iri(res, a, carney), iri(res, a, rutte))


def test_a_place_is_no_short_form_of_a_person() -> None:
    a = art("paris", "Paris Hilton visited Paris on Monday. Paris welcomed her.")
    person, city = at(a, "Paris Hilton", "PERSON"), at(a, "Paris", "GPE", nth=2)
    res = build((a, [(person, "actor"), (city, "actor")]))
    assert res.entities[iri(res, a, city)].type == NG.City


def test_a_description_binds_to_the_person_a_lower_case_title_introduced() -> None:
    a = art("tolam", "Chinese President Xi Jinping met Vietnamese leader To Lam in Hanoi on Monday. "
                     "The Vietnamese leader said ties were strong.")
    name, desc = at(a, "To Lam", "PERSON"), at(a, "The Vietnamese leader", "")
    res = build((a, [(name, "actor"), (desc, "actor")]))
    assert iri(res, a, desc) == iri(res, a, name)
    assert res.entities[iri(res, a, name)].name == "To Lam"  # "To" opens no sentence here


def test_control_characters_never_reach_a_label_or_a_note() -> None:
    a = art("ctl", "Serbian President Aleksandar Vucic met Milorad Dodik in Belgrade.\f Dodik later\x1b visited Moscow.")
    full, bare = at(a, "Milorad Dodik", "PERSON"), at(a, "Dodik later\x1b", "PERSON")
    res = build((a, [(full, "actor"), (bare, "actor")]))
    assert iri(res, a, bare) == iri(res, a, full)
    entity = res.entities[iri(res, a, full)]
    texts = [entity.name, *entity.labels, *entity.merge_reasons]
    assert all(t.isprintable() for t in texts), texts


def test_a_capital_acting_as_an_organisation_is_the_city() -> None:
    a = art("vil", "Gitanas Nauseda met Edgars Rinkevics in Vilnius. Nauseda said Vilnius would host the summit.")
    place, actor = at(a, "Vilnius", "GPE"), at(a, "Vilnius", "ORG", nth=1)
    res = build((a, [(place, "place"), (actor, "actor")]))
    assert iri(res, a, actor) == iri(res, a, place) == NGR["place/593116"]


def test_an_organisation_and_a_place_of_one_name_are_linked_for_review() -> None:
    a = art("wh1", "The White House said on Monday that aid would flow.")
    b = art("wh2", "Kenyan President William Ruto visited the White House on Thursday.")
    x, y = at(a, "The White House", "ORG"), at(b, "White House", "FAC")
    res = build((a, [(x, "actor")]), (b, [(y, "place")]))
    assert iri(res, a, x) != iri(res, b, y)
    assert close(res, iri(res, a, x), iri(res, b, y))


@pytest.mark.parametrize("piece", ["Economic", "EU-Japan Economic"])
def test_the_front_of_an_organisation_cut_at_and_gets_the_whole_name(piece: str) -> None:
    a = art("ejc", "The EU-Japan Economic and Trade Council accused Beijing of dumping steel.")
    x = at(a, piece, "PERSON" if piece == "Economic" else "ORG")
    res = build((a, [(x, "actor")]))
    entity = res.entities[iri(res, a, x)]
    assert (entity.type, entity.name) == (NG.Organisation, "EU-Japan Economic and Trade Council")


def test_a_common_noun_opening_its_sentence_is_a_description_no_place() -> None:
    # "Police" is also a town in Poland (GeoNames 3088461): its capital is the sentence's
    a = art("pol", "Police in Lagos accused the drivers of blocking roads.")
    police = Argument("Police", 0, 6, "", "noun")
    res = build((a, [(police, "actor")]))
    iri = res.iri(police, article=a)
    assert str(iri).startswith(str(NGR["actor/"])) and res.entities[iri].type == NG.Actor
    # the same word inside a sentence and read as a name stays a name
    b = art("pol2", "They met Police Scotland officers.")
    name = at(b, "Police Scotland", "ORG")
    assert "police-scotland" in str(build((b, [(name, "actor")])).iri(name, article=b))


def test_a_continent_is_a_linked_place() -> None:
    a = art("asia", "The minister toured Asia in May.")
    asia = at(a, "Asia", "LOC")
    res = build((a, [(asia, "place")]))
    iri = res.iri(asia, article=a)
    assert iri == NGR["place/6255147"]  # GeoNames' continent, not a town of that name


@pytest.mark.parametrize(("full", "short"), [("Goldman Sachs", "Goldman"), ("Morgan Stanley", "Morgan")])
def test_the_first_word_of_an_organisation_named_before_is_that_organisation(full: str, short: str) -> None:
    a = art("org", f"{full} agreed to buy the stake. Later {short} accused the regulator of delay.")
    whole, part = at(a, full, "ORG"), at(a, short, "", nth=1)
    res = build((a, [(whole, "actor"), (part, "actor")]))
    assert res.iri(part, article=a) == res.iri(whole, article=a)
    assert not any(e.type == NG.Person for e in res.entities.values())


def test_a_company_name_of_two_capitalised_words_is_no_person() -> None:
    a = art("co", "Nordvik Lines said on Monday that Nordvik would appeal.")
    part = at(a, "Nordvik", "", nth=1)
    res = build((a, [(part, "actor")]))
    assert res.entities[res.iri(part, article=a)].type != NG.Person


def test_a_person_the_model_calls_an_organisation_stays_a_person_when_a_title_is_apposed() -> None:
    a = art("ttl", "Ilze Kalnina, Estonia's foreign minister, accused Moscow of jamming signals.")
    name = at(a, "Ilze Kalnina", "ORG")
    res = build((a, [(name, "actor")]))
    assert res.entities[res.iri(name, article=a)].type == NG.Person


def test_an_older_spelling_of_a_large_city_is_that_city_whatever_spacys_label() -> None:
    a = art("kiev", "Dmitry Peskov accused Kiev of terrorism on Monday.")
    kiev = at(a, "Kiev", "PERSON")
    res = build((a, [(kiev, "actor")]))
    assert res.iri(kiev, article=a) == NGR["place/703448"]  # Kyiv: "Kiev" is its alternate name


def test_a_span_visited_in_one_mention_is_a_place_in_every_mention() -> None:
    a = art("zap", "Andrei Belousov visited Zaporozhye on Friday.")
    who, where = at(a, "Andrei Belousov", "PERSON"), at(a, "Zaporozhye", "PERSON")
    res = resolve([(a, [Mention("met", who, where, "", 0, 0, None, 1.0, "test"),
                        Mention("visited", who, where, "", 0, 0, None, 1.0, "test")])])
    assert res.entities[res.iri(where, article=a)].type != NG.Person
    b = art("ky", "Tom Fletcher visited Khan Younis on Monday.")
    town = at(b, "Khan Younis", "PERSON")
    res = build((b, [(town, "place")]))
    assert res.entities[res.iri(town, article=b)].type != NG.Person


@pytest.mark.parametrize("label", ["ORG", ""])
def test_a_name_written_family_name_first_is_a_person_whatever_spacys_label(label: str) -> None:
    a = art("xi", "Xi Jinping met the visiting delegation in Beijing.")
    xi = at(a, "Xi Jinping", label)
    res = build((a, [(xi, "actor")]))
    assert res.entities[res.iri(xi, article=a)].type == NG.Person


def test_a_surname_the_model_calls_a_place_is_a_person_when_geonames_knows_only_a_small_town() -> None:
    a = art("rub", "Rubio visited Santo Domingo on Thursday.")
    rubio = at(a, "Rubio", "GPE")  # Rubio, Venezuela: 93,000 people
    res = build((a, [(rubio, "actor")]))
    assert res.entities[res.iri(rubio, article=a)].type == NG.Person
    b = art("car", "Claudia Sheinbaum met Mark Carney on Monday. Sheinbaum agreed with Carney on steel.")
    carney, full = at(b, "Carney", "GPE", nth=1), at(b, "Mark Carney", "PERSON")
    res = build((b, [(full, "actor"), (carney, "actor")]))
    assert res.iri(carney, article=b) == res.iri(full, article=b)


def test_one_ministry_whatever_its_spelling_and_word_order() -> None:
    names = ["Russian Defence Ministry", "Russian Defense Ministry", "Russian Ministry of Defence"]
    a = art("mod", ". ".join(f"{n} said so" for n in names) + ".")
    args = [at(a, n, "ORG") for n in names]
    res = build((a, [(x, "actor") for x in args]))
    assert len({res.iri(x, article=a) for x in args}) == 1


def test_the_fathers_name_after_bin_is_another_man() -> None:
    a = art("mbs", "Crown Prince Mohammed bin Salman met the envoy. King Salman later received him.")
    son, father = at(a, "Mohammed bin Salman", "PERSON"), at(a, "King Salman", "PERSON")
    res = build((a, [(son, "actor"), (father, "actor")]))
    assert res.iri(son, article=a) != res.iri(father, article=a)


def test_someone_named_through_another_persons_possessive_is_not_that_person() -> None:
    assert person_name("Li Keqiang's widow") is None and person_name("Mahmoud Abbas' aide") is None
    a = art("wid", "Li Qiang met Li Keqiang's widow in Beijing.")
    full, widow = at(a, "Li Qiang", "PERSON"), at(a, "Li Keqiang's widow", "")
    res = build((a, [(full, "actor"), (widow, "actor")]))
    assert res.entities[res.iri(widow, article=a)].type != NG.Person


def test_an_institution_described_is_no_person_holding_its_office() -> None:
    a = art("fm", "Russian Foreign Minister Sergei Lavrov met the envoy. Russia's foreign ministry accused London.")
    minister, ministry = at(a, "Sergei Lavrov", "PERSON"), at(a, "Russia's foreign ministry", "")
    res = build((a, [(minister, "actor"), (ministry, "actor")]))
    assert res.entities[res.iri(ministry, article=a)].type == NG.Organisation


@pytest.mark.parametrize(("acronym", "code"), [("DPRK", "kp"), ("ROK", "kr"), ("PRC", "cn"), ("KSA", "sa")])
def test_country_acronyms_of_wire_copy(acronym: str, code: str) -> None:
    a = art("acr", f"The {acronym} accused its neighbour of provocations.")
    arg = at(a, acronym, "ORG")
    assert build((a, [(arg, "actor")])).iri(arg, article=a) == NGR[f"country/{code}"]


@pytest.mark.parametrize(("one", "other"), [
    ("al-Qaeda", "Al-Qaida"), ("Taliban", "Taleban"), ("ISIL", "Daesh"), ("Hezbollah", "Hizballah"),
    ("Houthis", "Ansar Allah"),
])
def test_an_armed_group_is_one_organisation_in_any_spelling(one: str, other: str) -> None:
    a, b = art("g1", f"{one} accused the government."), art("g2", f"{other} accused the government.")
    x, y = at(a, one, "PERSON"), at(b, other, "ORG")  # the small model calls some of them people
    res = build((a, [(x, "actor")]), (b, [(y, "actor")]))
    assert res.iri(x, article=a) == res.iri(y, article=b)
    assert res.entities[res.iri(x, article=a)].type == NG.Organisation


def test_a_short_form_of_a_numbered_name_is_that_person() -> None:
    a = art("k3", "Britain's King Charles III met the envoy at Windsor. King Charles agreed with him on climate.")
    full, short = at(a, "King Charles III", "PERSON"), at(a, "King Charles", "PERSON", nth=1)
    res = build((a, [(full, "actor"), (short, "actor")]))
    assert res.iri(short, article=a) == res.iri(full, article=a)


@pytest.mark.parametrize(("full", "given"), [("Jordan Bardella", "Jordan"), ("Chad Wolf", "Chad"), ("Israel Katz", "Israel")])
def test_a_country_written_plainly_before_a_surname_is_a_given_name(full: str, given: str) -> None:
    pn_ = person_name(full)
    assert pn_ is not None and pn_.given == given
    a = art("gv", f"{full} met the envoy on Monday. {full.split()[1]} later accused Iran of meddling.")
    whole, short = at(a, full, "PERSON"), at(a, full.split()[1], "PERSON", nth=1)
    res = build((a, [(whole, "actor"), (short, "actor")]))
    assert res.iri(short, article=a) == res.iri(whole, article=a)
    assert res.entities[res.iri(whole, article=a)].country is None


def test_a_city_of_the_names_size_wins_over_a_small_town_in_a_country_the_article_names() -> None:
    assert find_city("Donetsk", countries=frozenset({"RU"})).country_code == "UA"  # type: ignore[union-attr]
    assert find_city("Odessa").country_code == "UA"  # type: ignore[union-attr]  # not Odessa, Texas
    assert find_city("New Delhi", countries=frozenset({"IN"})).geonameid == 1261481  # type: ignore[union-attr]
    assert find_city("San Jose", countries=frozenset({"CR"})).country_code == "CR"  # type: ignore[union-attr]
