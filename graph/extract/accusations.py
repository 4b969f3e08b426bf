"""``accused(accuser, accused)``: accusations, allegations, blame, charges with a named author.

Patterns: "X accused Y (of ...)", "Y was accused by X", "officials accusing Y", "a report
accusing Y" (the report's author), "X blamed Y for ...", "X blamed the attack on Y", "X holds Y
responsible", "X laid the blame at the feet of / on Y", "X charged Y with ...", "Y did Z, X
charged" (reported charge), "X alleged that Y ...", "Y was indicted by X", nominal "an allegation
by X that Y ...", "X's accusations against Y", "X and Y accusing each other". Not accusations:
criticism, condemnation, complaints, lawsuits, investigations, arrests, denials, negated blame,
and passives with no accuser ("Russia has been accused of meddling").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graph.extract.base import Argument, Context, Extractor, Mention, registry
from graph.extract.clauses import subjects
from graph.extract.common import RuleExtractor
from graph.extract.lexicon import (
    ACCUSE_NOUNS,
    ACCUSE_VERBS,
    ATTRIBUTE_VERBS,
    NOT_ACCUSE_CHARGE_OBJECTS,
    SPEECH_VERBS,
    is_place_noun,
    is_source_noun,
    is_vehicle_noun,
    wordnet_class,
)
from graph.extract.modality import is_irrealis
from graph.extract.spans import is_title, noun_phrase, span_argument
from graph.extract.syntax import arguments
from graph.extract.tree import agents, is_passive, pobjs

#: Verbs by which an actor makes an accusation ("filed charges against", "levelled allegations").
_MAKING = frozenset({"make", "level", "levy", "file", "bring", "lodge", "press", "repeat", "raise",
                     "voice", "renew", "publish", "hurl", "direct"})
_BLAME_VERBS = frozenset({"lay", "put", "place", "pin", "cast", "shift", "lays", "laid"})
#: Verbs by which two sides accuse each other ("traded accusations", "exchanged charges").
_TRADING = frozenset({"trade", "exchange", "swap", "hurl"})
#: Verbs of rejecting an accusation only its target uses ("Beijing denied Japanese allegations
#: of espionage"); a court or a commission "dismisses" or "rejects" them as a third party.
_SELF_DENYING = frozenset({"deny", "refute", "rebut"})
#: Verbs by which the accused rejects an accusation ("denied U.S. charges that it ...").
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest",
                      "brush", "shrug", "counter"})


def _reciprocal(token: Token) -> bool:
    """'accuse each other', 'accuse one another', 'X and Y each blamed the other'."""
    each = any(c.lower_ == "each" for c in token.children) or any(
        c.lower_ == "each" for s in token.children if s.dep_ == "nsubj" for c in s.subtree)
    return any(c.dep_ == "dobj" and c.lower_ == "other" and (
        any(d.lower_ == "each" for d in c.children) or each) for c in token.children) or any(
        c.dep_ == "dobj" and {c.lower_, *(d.lower_ for d in c.children)} >= {"one", "another"}
        for c in token.children)


def _nearest_group(token: Token) -> list[Argument]:
    """For "X and Y ..., accusing each other": the nearest earlier coordinated names."""
    sent = token.sent
    for t in reversed(sent[: token.i - sent.start]):
        if t.conjuncts and t.i < token.i:
            first = min([t, *t.conjuncts], key=lambda x: x.i)
            found = arguments([first])
            if len(found) >= 2:
                return found
    return []


def _that_clause(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _clause_subjects(token: Token) -> list[Token]:
    """Subjects of the clause an allegation states: "that Y had taken over the city"; also a
    "that" clause the parser made a relative clause ("the accusation by X that Y harbours ..."),
    or hung on the verb governing the noun when it follows the noun's phrase directly ("examining
    allegations by X that Y crossed the border")."""
    clauses = [c for c in token.children if c.dep_ == "ccomp" or (
        c.dep_ in ("acl", "relcl") and _that_clause(c))]
    if not clauses and token.pos_ == "NOUN" and token.dep_ == "dobj":
        end = max([token.right_edge.i, *(p.right_edge.i for p in _hung_by(token))])
        clauses = [c for c in token.head.children if c.dep_ == "ccomp" and _that_clause(c)
                   and c.left_edge.i == end + 1]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def _reported_after_comma(token: Token, dobjs: list[Token]) -> bool:
    """'..., a human rights organization charged on Saturday': a reporting use of the verb that
    follows the reported clause, which spaCy parses as a participle modifying its subject."""
    head = token.head
    if token.dep_ != "acl" or dobjs or agents(token) or token.lemma_.lower() not in ("charge", "allege"):
        return False
    left = head.left_edge.i
    return head.dep_ in ("dobj", "npadvmod", "appos", "conj") and left > 0 \
        and token.doc[left - 1].text == ","




def _according_to(verb: Token) -> list[Argument]:
    """'According to X, Y was behind the attack': X, the source the clause is attributed to."""
    return _agents_or_sources([g for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
                               for g in pobjs(c, ("to",))])


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` (:func:`subjects`), also through an adjective predicate ("the
    minister was quick to blame X") and in a headline's comma-joined verbs ("Iran slams Israel,
    accuses it of sabotage", where the parser makes the first verb a clause of the second)."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "ccomp" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in head.children) \
            and head.head.lemma_.lower() in SPEECH_VERBS:
        # "X said that Y had executed civilians, and accused Moscow of ...": a simple past does
        # not share the reported clause's "had"; it goes on with the speaker's clause
        return subjects(head.head)
    if _lifted_participle(verb):
        return subjects(head.head)
    found = subjects(verb)
    if found:
        return found
    if verb.dep_ == "xcomp" and head.dep_ in ("acomp", "attr") and head.pos_ == "ADJ":
        return subjects(head.head)
    first = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
             and verb.doc[verb.left_edge.i : verb.i].text.rstrip().endswith(",")]
    return [s for c in first for s in c.children if s.dep_ == "nsubj"]


def _lifted_participle(verb: Token) -> bool:
    """'Serbia demanded that Kosovo withdraw its police, accusing it of ...': a participle after
    a comma that the parser hung on a reported clause goes with the reporting clause."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" \
        and verb.i > 0 and verb.doc[verb.i - 1].text == "," and head.head.pos_ == "VERB" \
        and any(c.dep_ == "nsubj" for c in head.head.children)


#: Object pronouns and the labels of the names they can stand for.
_OBJECT_PRONOUNS = {"it": ("ORG", "GPE", "NORP", "LOC", ""), "them": ("ORG", "GPE", "NORP", "PERSON", ""),
                    "him": ("PERSON",), "her": ("PERSON",)}


def _previous_target(verb: Token, dobjs: list[Token], accusers: list[Argument]) -> list[Argument]:
    """'North Korea lashed out at Seoul, accusing it of ...', 'Iran slams Israel, accuses it of
    ...': an object pronoun of the accusing verb that coreference left open stands for the
    target of the clause it continues (its object or "at" phrase), never for the accuser."""
    pronouns = [d for d in dobjs if d.lower_ in _OBJECT_PRONOUNS]
    if not pronouns or not accusers:
        return []
    clause = verb.head if verb.dep_ in ("advcl", "conj") else None
    if clause is not None and _lifted_participle(verb):
        clause = clause.head
    if clause is None:
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return []
    targets = [c for c in clause.children if c.dep_ == "dobj"] + pobjs(clause, ("at", "on")) + [
        s for c in clause.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    person = pronouns[0].lower_ in ("him", "her")
    found = [a for t in targets for a in arguments([t])
             if (a.label in _OBJECT_PRONOUNS[pronouns[0].lower_] or (person and is_title(t)))
             and all(a.text != b.text for b in accusers)]
    return found[:1]


#: Nouns of taking part, whose owner an allegation names ("alleged the army's involvement").
_INVOLVEMENT = frozenset({"involvement", "role", "complicity", "participation", "part", "hand",
                          "links", "guilt", "responsibility"})


def _headline_traders(noun: Token) -> list[Argument]:
    """'Serbia, Kosovo trade blame over border clash': a headline that opens with two names
    parted by a comma or "and" and then "trade" / "exchange", which the tagger takes for a
    noun compound: the two names accuse each other."""
    doc = noun.doc
    verb = noun.i - 1
    if verb <= noun.sent.start or doc[verb].lower_ not in ("trade", "trades", "exchange", "exchanges"):
        return []
    ents = [e for e in doc.ents if noun.sent.start <= e.start and e.end <= verb]
    if len(ents) != 2 or ents[0].start != noun.sent.start or ents[1].end != verb \
            or any(e.label_ not in ("GPE", "ORG", "NORP", "PERSON") for e in ents):
        return []
    between = doc[ents[0].end : ents[1].start]
    if len(between) != 1 or between[0].lower_ not in (",", "and"):
        return []
    found = [span_argument(doc, e.start, e.end, e.label_) for e in ents]
    return [a for a in found if a is not None]


def _harmful_claim(noun: Token) -> bool:
    """'Trump's claims that Democrats rigged the election': a claim whose "that" clause says
    someone did harm (a verb of harm, or an attack or crime as its object) is an allegation."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and _that_clause(c)]
    return any(c.lemma_.lower() in _HARM_VERBS or any(
        is_wrongdoing(o) for o in c.children if o.dep_ == "dobj") for c in clauses)


def _parenthetical(token: Token) -> bool:
    """'Y, the report alleged, had recruited children': a verb of charging between commas that
    the parser made a participle of its subject, itself made a second subject of the clause."""
    head = token.head
    doc = token.doc
    return token.dep_ == "acl" and token.lemma_.lower() in ("allege", "charge") \
        and head.dep_ == "nsubj" and head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == "," \
        and token.i + 1 < len(doc) and doc[token.i + 1].text == "," \
        and not any(c.dep_ in ("dobj", "agent") for c in token.children)


def _charged_that_root(token: Token) -> bool:
    """'The rebels charged that ...' parsed as a noun phrase with a participle ("rebels" the
    root): the verb of saying, with its subject the noun it hangs on."""
    head = token.head
    return token.dep_ == "acl" and token.lemma_.lower() in ("charge", "allege") \
        and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("dobj", "agent") for c in token.children)


def _speakers(clause: Token) -> list[Argument]:
    """Who states ``clause`` when it is the complement of a verb of saying ("X said [clause]",
    "[clause], X said") or attributed to a source ("according to X, [clause]"), or ``[]``."""
    source = _according_to(clause)
    if source:
        return source
    current = clause
    for _ in range(3):
        head = current.head
        if head == current and current != clause:
            return []
        if current.dep_ in ("ccomp", "parataxis") and (head.lemma_.lower() in SPEECH_VERBS or (
                head.lower_ in _REPORTING_FORMS and head.i > current.i)):
            # (and "[clause], the magazine charges", "charges" tagged a noun)
            if is_irrealis(head):
                return []
            return _agents_or_sources(subjects(head) or agents(head)
                                      or [c for c in head.children if c.dep_ == "nsubj"])
        if current.dep_ in ("conj", "advcl"):
            current = head  # "..., while the rebels were responsible for one"
            continue
        if current.dep_ == "acl" and _that_clause(current) and head.dep_ == "pobj" \
                and head.head.lower_ == "in" and is_source_noun(head.lemma_.lower()) \
                and head.head.head.lemma_.lower() in SPEECH_VERBS and not is_irrealis(head.head.head):
            # "X said in a statement that Y was responsible": the parser hangs the clause on
            # the statement
            return _agents_or_sources(subjects(head.head.head))
        if head.lemma_.lower() in SPEECH_VERBS and current.dep_ == "ROOT":
            return []
        if clause.dep_ == "ROOT":
            # "[clause], X said": the parser makes the speech verb a dependent of the clause
            said = [c for c in clause.children if c.dep_ in ("ccomp", "parataxis", "advcl")
                    and c.lemma_.lower() in SPEECH_VERBS and c.i > clause.i]
            return _agents_or_sources([s for v in said for s in subjects(v)]) or \
                _trailing_reporter(clause)
        return []
    return []


#: Reporting verbs the tagger takes for plural nouns at the end of a sentence ("..., the
#: magazine charges").
_REPORTING_FORMS = frozenset({"charges", "alleges", "claims", "says", "contends", "argues", "asserts"})


def _trailing_reporter(root: Token) -> list[Argument]:
    """'The blame falls on X, the magazine itself charges.': a closing ", the Y charges" that the
    parser took for a noun in apposition; Y reports the clause."""
    sent = root.sent
    last = sent.end - 1
    while last > root.i and sent.doc[last].is_punct:
        last -= 1
    heads = [t for t in sent.doc[root.i + 1 : last + 1] if t.lower_ in _REPORTING_FORMS
             and t.right_edge.i == last and not t.ent_type_]
    if not heads:
        return []
    verb = heads[0]
    start = verb.left_edge.i
    if start == 0 or sent.doc[start - 1].text != "," or verb.dep_ not in ("appos", "npadvmod", "dobj", "conj"):
        return []
    who = [c for c in verb.children if c.dep_ in ("compound", "nmod", "nsubj") and c.pos_ in ("NOUN", "PROPN")]
    return _agents_or_sources(who)


def _antecedent_names(tokens: list[Token]) -> list[Token]:
    """'Transparency International, a group that has accused ...': a relative pronoun whose
    antecedent is a description in apposition to a name stands for the name."""
    out = []
    for t in tokens:
        head = t.head
        if t.lower_ in ("that", "which", "who") and t.tag_ in ("WDT", "WP") and head.dep_ == "relcl" \
                and head.head.dep_ == "appos" and head.head.head.pos_ == "PROPN" \
                and head.head.pos_ == "NOUN":
            out.append(head.head.head)
        else:
            out.append(t)
    return out


def _previous_subject(pronoun: Token) -> list[Argument]:
    """'Russia's foreign ministry summoned the Polish envoy. It accused Warsaw of ...': a subject
    "it" / "they" opening a sentence, which coreference left open (it resolves names), continues
    the subject of the sentence before when that is an actor described by a common noun of the
    same number."""
    if pronoun.lower_ not in ("it", "they") or pronoun.dep_ != "nsubj" or not pronoun.is_sent_start:
        return []
    sent = pronoun.sent
    if sent.start == 0:
        return []
    prev = pronoun.doc[sent.start - 1].sent
    subj = [c for c in prev.root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if len(subj) != 1:
        return []
    head = subj[0]
    plural = head.tag_ == "NNS" or head.lemma_.lower() in ("police",)
    if plural != (pronoun.lower_ == "they"):
        return []
    found = arguments(subj)
    return [Argument(a.text, a.start, a.end, a.label, "pronoun") for a in found if a.via == "noun"]


def _agents_or_sources(tokens: list[Token]) -> list[Argument]:
    """The arguments of ``tokens``, and documents that speak for their authors ("a UN report",
    "the resolution"), and, as who accuses, any noun a name says whose it is ("the Bush
    campaign", "the Kerry camp": the accusing verb settles that it acts)."""
    tokens = _antecedent_names(tokens)
    found = arguments(tokens)
    if found:
        return found
    found = [a for t in tokens for a in _previous_subject(t)]
    if found:
        return found
    out: list[Argument] = []
    for t in tokens:
        if t.pos_ == "NOUN" and (is_source_noun(t.lemma_.lower())
                                 or t.lemma_.lower() in wordnet_class("speaker_nouns")
                                 or any(c.dep_ in ("compound", "poss") and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                        for c in t.children)):
            start, end = noun_phrase(t)
            arg = span_argument(t.doc, start, end, "", "noun")
            if arg is not None:
                out.append(arg)
    return out


def _responsible(token: Token) -> tuple[list[Argument], list[Argument]]:
    """'X said Y was responsible for Z', 'Y is to blame for Z, X says', and the headline's
    'X says Y responsible for Z' with no verb: (accusers, accused)."""
    cop = token.head
    if not _culpable_for(token):
        return [], []  # "the agency was responsible for security at the summit": a duty
    judging = cop.lemma_.lower() in SPEECH_VERBS or cop.lemma_.lower() in _JUDGING
    if token.lemma_.lower() == "guilty" and cop.lemma_.lower() in ("find", "declare", "judge", "rule"):
        return [], []  # "the jury found the officer guilty": a verdict, not an accusation
    if token.dep_ == "ccomp" and token.lemma_.lower() in ("responsible", "guilty") \
            and judging and not _has_neg(token) and not _has_neg(cop):
        accused = arguments([c for c in token.children if c.dep_ == "nsubj"])
        # "considers X responsible" states a judgement ("consider" is otherwise a verb of mulling)
        unreal = any(c.dep_ in ("aux", "neg") and (c.dep_ == "neg" or c.lower_ in ("will", "would", "could",
                                                                               "may", "might"))
                     for c in cop.children) if cop.lemma_.lower() in _JUDGING else is_irrealis(cop)
        return (_agents_or_sources(subjects(cop)) if accused and not unreal else []), accused
    if token.dep_ not in ("acomp", "xcomp") or cop.lemma_ != "be" or _has_neg(cop) or _has_neg(token):
        return [], []
    if token.lemma_.lower() == "blame" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                   for c in token.children):
        return [], []
    subjects_ = [c for c in cop.children if c.dep_ == "nsubj"]
    if cop.dep_ == "ccomp" and cop.head.dep_ == "relcl":
        # "the cartel, which prosecutors say is responsible for ...": the relative pronoun of
        # the reported clause stands for the relative clause's noun
        subjects_ = [cop.head.head if s.lower_ in ("which", "who", "that") else s for s in subjects_]
    if any(s.lower_ == "they" for s in subjects_):
        # "The Americans, the Russians, the regime, they are all responsible": left dislocation
        dislocated = [c for c in cop.children if c.dep_ == "dep" and c.i < cop.i
                      and c.pos_ in ("NOUN", "PROPN")]
        # "the Russians, the regime, they ...": the parser makes a later item an apposition
        dislocated += [a for d in dislocated for c in d.conjuncts for a in c.children
                       if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")]
        subjects_ = dislocated or subjects_
    accused = arguments(subjects_)
    if not accused:
        return [], []
    return _speakers(cop), accused


#: What one is responsible for as a duty or a merit, not as a fault ("responsible for security
#: at the summit", "for the vaccination programme", "for guarding the border", "for the
#: recovery").
_DUTIES = frozenset("""
security safety program programme programs programmes policy policies relations affairs
operations operation management oversight coordination implementation planning organisation
organization administration running supervision protection defence defense welfare care
logistics budget budgets portfolio portfolios negotiations talks success successes victory
achievement achievements improvement improvements growth progress recovery development
delivery distribution production design maintenance education health training investigation
investigations inquiry preparations preparation arrangements transport supply supplies
""".split())  # noqa: SIM905
_DUTY_VERBS = frozenset("""
guard oversee manage run coordinate organise organize protect ensure provide monitor supervise
handle maintain implement lead direct prepare plan negotiate deliver distribute secure develop
investigate design build train collect
""".split())  # noqa: SIM905


#: Verbs of wrongdoing: a claim that someone did one of these is an allegation ("claims that
#: Democrats rigged the election"); not verbs of force, which a side also claims of its own
#: forces ("claims that the army killed 50 militants").
_HARM_VERBS = frozenset("""
torture massacre loot rape hack leak violate sabotage orchestrate mastermind smuggle steal
embezzle rig launder bribe defraud cheat mislead deceive spy meddle interfere abuse persecute
harbour harbor plagiarize plagiarise falsify fabricate forge manipulate cover
""".split())  # noqa: SIM905


#: What one holds someone for a wrong ("holds X responsible / accountable for").
_ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable"})
#: Words that name someone as the author of a wrong ("pointed to X as responsible / the culprit").
_CULPRITS = frozenset({"responsible", "culprit", "culprits", "perpetrator", "perpetrators",
                       "mastermind", "masterminds", "behind"})
#: Verbs of judging by which someone holds another responsible ("considers the PKK responsible").
_JUDGING = frozenset({"consider", "deem", "judge", "find", "declare", "believe", "think"})


def _culpable_for(adjective: Token) -> bool:
    """False when what one is "responsible / to blame / guilty for" is a duty or a merit
    (:data:`_DUTIES`, a gerund of :data:`_DUTY_VERBS` with no harm as its object), not a fault;
    True otherwise, and with no for-phrase."""
    for prep in adjective.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for g in prep.children:
            if g.dep_ not in ("pobj", "pcomp"):
                continue
            lemma = g.lemma_.lower()
            if g.pos_ == "VERB" and lemma in _DUTY_VERBS and not any(
                    is_wrongdoing(o) for o in g.children if o.dep_ == "dobj"):
                return False
            if g.pos_ in ("NOUN", "PROPN") and (lemma in _DUTIES or g.lower_ in _DUTIES):
                return False
    return True


#: What someone can be behind: attacks, killings and other wrongdoing.
_WRONGDOING = frozenset("""
attack attacks killing killings murder murders bombing bombings assassination explosion blast
massacre shooting shootings hack hacking abduction kidnapping plot coup violence riots raid
strike strikes poisoning fire arson campaign disappearance death deaths leak leaks ambush
ambushes assault assaults shelling downing sabotage cyberattack cyberattacks atrocities
raids attackers abductions kidnappings
""".split())  # noqa: SIM905


def _laid_blame(noun: Token, verb: Token) -> tuple[list[Argument], list[Argument]]:
    """'X laid / put / placed the blame (or responsibility) for Z on Y', 'at the feet / door of
    Y' ("on Y" also where the parser hangs it on Z): (accusers, accused)."""
    accusers = _agents_or_sources(subjects(verb))
    fors = pobjs(noun, ("for",)) + pobjs(verb, ("for",))
    targets = pobjs(noun, ("on", "upon")) + pobjs(verb, ("on", "upon")) + [
        g for f in fors for g in pobjs(f, ("on", "upon"))]
    for feet in pobjs(noun, ("at",)) + pobjs(verb, ("at",)) + [g for p in fors for g in pobjs(p, ("at",))]:
        if feet.lemma_.lower() in ("foot", "feet", "door", "doorstep"):
            targets += pobjs(feet, ("of",)) + [c for c in feet.children if c.dep_ == "poss"]
    return accusers, arguments(targets)


def _charged_with_doing(verb: Token, obj: Token) -> bool:
    """True for "accuse/charge <the noun> of/with <doing ...>" where the noun is a common noun
    with a determiner or owner (an actor named by description, not "charged a fee")."""
    if verb.lemma_.lower() not in ("accuse", "charge") or obj.pos_ != "NOUN" or not any(
            c.dep_ in ("det", "poss") for c in obj.children):
        return False
    return any(p.lower_ in ("of", "with") and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                 for g in p.children)
               for p in [*verb.children, *obj.children] if p.dep_ == "prep")


#: What one charges at people with, not what one charges them with ("charged protesters with
#: batons and tear gas").
_INSTRUMENTS = frozenset("""
baton batons truncheon truncheons club clubs stick sticks gas bayonet bayonets sword swords
shield shields cannon cannons horse horses tank tanks bullet bullets rifle rifles gun guns
whip whips knife knives spear spears
""".split())  # noqa: SIM905


def _offence(token: Token) -> bool:
    """'charged X with fraud / with misleading investors': what someone is charged with, not an
    instrument of a charge at people (:data:`_INSTRUMENTS`, vehicles)."""
    if any(t.tag_ == "VBG" for t in token.subtree):
        return True
    lemma = token.lemma_.lower()
    return not (lemma in _INSTRUMENTS or token.lower_ in _INSTRUMENTS or is_vehicle_noun(lemma))


def is_wrongdoing(noun: Token) -> bool:
    """True when a noun names an attack or crime one can be behind."""
    return noun.lemma_.lower() in _WRONGDOING or noun.lower_ in _WRONGDOING


#: Auxiliaries that open a yes/no question ("Did X accuse Y?", "Has X blamed Y?").
_QUESTION_OPENERS = frozenset({"did", "does", "do", "has", "have", "had", "is", "are", "was", "were",
                               "will", "would", "could", "can", "should", "may", "might", "shall"})


def _yes_no_question(token: Token) -> bool:
    """True when ``token``'s sentence is a yes/no question: it opens with an auxiliary and ends
    with a question mark (a wh-question, "Why did X blame Y?", takes the blame as given)."""
    sent = token.sent
    words = [t for t in sent if not t.is_space]
    return len(words) > 2 and words[-1].text == "?" and words[0].lower_ in _QUESTION_OPENERS


#: Words that may stand between the subject of an object relative clause and its verb.
_BETWEEN = frozenset({"has", "have", "had", "long", "repeatedly", "also", "often", "previously",
                      "frequently", "openly", "has long"})
#: Forms of the accusing verbs that take "of" / "for" after an object relative pronoun.
_RELATIVE_FORMS = frozenset({"accuse", "accuses", "accused", "blame", "blames", "blamed"})


def _object_relative(token: Token) -> tuple[list[Argument], list[Argument]] | None:
    """'Myanmar's junta, which rights groups accuse of war crimes, ...': an object relative
    clause, read from the word order (the small model often tags the verb a noun after a bare
    plural or a possessive): the relative pronoun after a comma stands for the phrase before
    it (the accused), the noun phrase between pronoun and verb is the accuser, and "of"/"for"
    follows. ``None`` when the words are not in that order."""
    doc = token.doc
    if token.lower_ not in _RELATIVE_FORMS or token.i + 1 >= len(doc) \
            or doc[token.i + 1].lower_ not in ("of", "for"):
        return None
    start = token.sent.start
    i = token.i - 1
    while i > start and doc[i].lower_ in _BETWEEN:
        i -= 1
    end = i  # last word of the accuser's phrase
    while i > start and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PART", "NUM")
                         or doc[i].tag_ == "POS"):
        i -= 1
    if end <= i or doc[i].lower_ not in ("which", "whom") or i < 2 or doc[i - 1].text != ",":
        return None
    before = doc[i - 2]
    heads = [t for t in doc[i + 1 : end + 1] if t.pos_ in ("NOUN", "PROPN")]
    if not heads or before.pos_ not in ("NOUN", "PROPN"):
        return None
    accuser = heads[-1]
    first = i + 1
    while doc[first].pos_ == "DET":
        first += 1
    found = _agents_or_sources([accuser])
    if not found:
        return None
    if found[0].via in ("name", "noun") and first < accuser.i:
        # the phrase as written ("rights groups", "Mali's junta"), which a broken tree may cut
        label = found[0].label if found[0].via == "name" else ""
        whole = span_argument(doc, first, accuser.i + 1, label, found[0].via)
        found = [whole] if whole is not None else found
    accusers = found
    accused = arguments([before])
    if not accusers or not accused or is_irrealis(token):
        return None
    return accusers, accused


def _went_on(verb: Token) -> bool:
    """'X went on to accuse Y': an infinitive after "go on" tells what happened next."""
    head = verb.head
    return verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_neg(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _late_agents(verb: Token) -> list[Token]:
    """'Aristide has been accused of misusing funds, much of it believed embezzled, by Haitian
    officials': a sentence-final ", by X" set off by a comma after a parenthetical, which the
    parser hangs on a verb of the parenthetical, is the agent of the passive before it."""
    sent = verb.sent
    last = sent.end - 1
    while last > verb.i and sent.doc[last].is_punct:
        last -= 1
    for by in sent.doc[verb.i + 1 : last]:
        if by.lower_ == "by" and by.dep_ in ("prep", "agent") and sent.doc[by.i - 1].text == ",":
            found = [g for g in by.children if g.dep_ == "pobj" and g.right_edge.i == last]
            if found:
                return found
    return []


def _made_by_clause(noun: Token) -> list[Token]:
    """Active clauses on an accusation noun that say who made it ("the charges the government
    levelled on its unit", "allegations that regulators filed against it")."""
    return [c for c in noun.children if c.dep_ in ("relcl", "acl")
            and c.lemma_.lower() in _MAKING and not is_passive(c)
            and any(s.dep_ == "nsubj" for s in c.children)]


def _hung_by(noun: Token) -> list[Token]:
    """'examining allegations by Kenya that ...': a "by" phrase right after an object noun that
    the parser hung on the (active) verb belongs to the noun."""
    verb = noun.head
    if noun.dep_ != "dobj" or is_passive(verb):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
            and c.i == noun.right_edge.i + 1]


def _by_phrase(noun: Token) -> list[Token]:
    """The objects of an accusation noun's "by X" / "from X" or "brought by X"."""
    return pobjs(noun, ("by", "from")) + [g for c in noun.children if c.dep_ == "acl" for g in agents(c)] \
        + [g for p in _hung_by(noun) for g in p.children if g.dep_ == "pobj"]


def authors(noun: Token) -> list[Argument]:
    """Who made the accusation that ``noun`` ("charges", "allegations") names: "by X", "X's",
    "brought by X", "the charges X levelled", or a named modifier ("U.S. charges"); ``[]`` when
    the text does not say."""
    by = _by_phrase(noun)  # "allegations by X", "charges brought by X"
    found = arguments(by) if by else arguments([c for c in noun.children if c.dep_ == "poss"])
    if not found:
        found = arguments([s for m in _made_by_clause(noun) for s in subjects(m)
                           if s.lower_ not in ("which", "that")])
    if not found:
        # "US charges that ...", "Kenyan allegations against ...": the named modifier
        found = arguments([c for c in noun.children if c.dep_ in ("compound", "amod")
                           and c.ent_type_ in ("GPE", "NORP", "ORG")])
    return found


class Accusations(RuleExtractor):
    """Accusations with a named accuser and a named accused."""

    name = "accusations"
    predicates: tuple[str, ...] = ("accused",)
    triggers = frozenset(ACCUSE_VERBS | ACCUSE_NOUNS | ATTRIBUTE_VERBS | {
        "hold", "responsible", "behind", "point", "responsibility", "guilty", "claim", "claims"})

    def at(self, token: Token, context: Context) -> Iterator[Mention]:
        found = list(self._at(token, context))
        if found and not _yes_no_question(token):
            yield from found  # not "Did Moscow accuse Kyiv of staging the attack?": asked, not stated

    def _at(self, token: Token, context: Context) -> Iterator[Mention]:
        lemma = token.lemma_.lower()
        found = _object_relative(token)
        if found is not None:
            accusers, accused = found
            for a in accusers:
                for b in accused:
                    yield self.mention("accused", a, b, token, context, confidence=0.7)
            return
        accusers: list[Argument] = []
        accused: list[Argument] = []
        confidence = 0.9
        if lemma == "blame" and token.dep_ == "xcomp" and token.head.lemma_ == "be":
            # "the group is partly to blame, many say": an idiom, not "was to travel" (future)
            accusers, accused = _responsible(token)
            if accusers and accused and not is_irrealis(token.head):
                for a in accusers:
                    for b in accused:
                        yield self.mention("accused", a, b, token, context, confidence=0.75)
            return
        elif token.pos_ == "VERB" and lemma in ACCUSE_VERBS:
            if token.dep_ == "amod":
                return  # "alleged crimes"
            dobjs = [c for c in token.children if c.dep_ == "dobj"]
            if _parenthetical(token):
                # "The militia, the report alleged, had recruited children"
                accusers = _agents_or_sources([token.head])
                accused = arguments([c for c in token.head.head.children if c.dep_ == "nsubj"
                                     and c.i < token.head.i])
            elif _charged_that_root(token):
                # "The rebels charged on Monday that troops had ...", parsed as a noun phrase
                accusers = arguments([token.head])
                accused = arguments([s for c in [*token.children, *token.head.children]
                                     if c.i > token.i and c.dep_ in ("ccomp", "acl") and _that_clause(c)
                                     for s in c.children if s.dep_ == "nsubj"])
            elif _reported_after_comma(token, dobjs):
                # "Y abused ..., a rights group charged": the parser hangs the verb on its subject
                accusers = arguments([token.head])
                accused = arguments(subjects(token.head.head))
            elif is_passive(token):
                accusers = arguments(agents(token) or _late_agents(token))
                accused = arguments([c for c in token.children if c.dep_ == "nsubjpass"]) \
                    or (arguments([token.head]) if token.dep_ == "acl" else [])
                if lemma == "blame" and pobjs(token, ("on", "upon")):
                    # "the bombing was blamed on militants by the ministry": the blamed are "on"
                    accused = arguments(pobjs(token, ("on", "upon")))
            elif _reciprocal(token):
                group = arguments(subjects(token))
                if len(group) < 2:
                    # "each side blamed the other, Israel and Hamas said": the reporters
                    group = _speakers(token)
                if len(group) < 2:
                    group = _nearest_group(token)
                for a in group:
                    for b in group:
                        if a is not b and not is_irrealis(token):
                            yield self.mention("accused", a, b, token, context, confidence=0.8)
                return
            else:
                accusers = _agents_or_sources(_subjects(token))
                accused = arguments(dobjs) or _previous_target(token, dobjs, accusers)
                if not accused and len(dobjs) == 1 and _charged_with_doing(token, dobjs[0]):
                    # "critics accuse the platform of doing too little": whoever is accused of
                    # doing something is an actor, whatever its noun's class
                    start, end = noun_phrase(dobjs[0])
                    found = span_argument(token.doc, start, end, "", "noun")
                    accused = [found] if found is not None else []
                if not dobjs and token.dep_ == "relcl":
                    accused = arguments([token.head])  # "relief groups he accused of waste"
                    governor = token.head.head
                    if not accusers and governor.pos_ == "VERB" and token.head.dep_ in (
                            "dobj", "nsubjpass") and any(
                            c.dep_ == "nsubj" and c.lower_ in ("they", "he", "she")
                            for c in token.children):
                        # "police arrested activists they accused of arson": the pronoun of the
                        # relative clause is the subject of the clause its noun belongs to
                        accusers = arguments(subjects(governor))
                if lemma == "blame":
                    on = arguments(pobjs(token, ("on",)) + [g for d in dobjs for g in pobjs(d, ("on",))])
                    if on:
                        accused = on
                elif lemma in ("charge", "allege"):
                    if any(d.lemma_.lower() in NOT_ACCUSE_CHARGE_OBJECTS for d in dobjs):
                        return
                    if lemma == "charge" and dobjs and not [
                            g for d in [token, *dobjs] for g in pobjs(d, ("with",)) if _offence(g)] and not [
                            g for g in pobjs(token, ("over",)) if not is_place_noun(g.lemma_.lower())
                            and g.ent_type_ not in ("GPE", "LOC", "FAC")]:
                        # "charged Lazio over fireworks", not "charged the crowd over the bridge"
                        return  # "charged the enemy lines": not a legal or verbal charge
                    if not dobjs:
                        # "..., charges Rabat denies": a denial is not what is charged
                        accused = arguments([s for s in _clause_subjects(token)
                                             if s.head.lemma_.lower() not in _DENYING])
                    elif lemma == "allege" and not accused:
                        # "the opposition alleges widespread fraud by the ruling party", "alleged
                        # the army's involvement in the disappearances"
                        accused = arguments(pobjs(token, ("by",)) + [
                            g for d in dobjs for g in pobjs(d, ("by",))] + [
                            c for d in dobjs if d.lemma_.lower() in _INVOLVEMENT
                            for c in d.children if c.dep_ == "poss"])
        elif lemma in ("responsible", "blame", "guilty") and token.dep_ in ("acomp", "xcomp", "ccomp"):
            accusers, accused = _responsible(token)
            confidence = 0.75
            if token.dep_ == "ccomp" and token.head.lemma_.lower() in _JUDGING:
                # "considers X responsible": _responsible weighed the judging verb's modality
                for a in accusers:
                    for b in accused:
                        yield self.mention("accused", a, b, token, context, confidence=confidence)
                return
        elif lemma == "behind" and token.dep_ == "prep" and token.head.lemma_ == "be" and any(
                is_wrongdoing(g) or (g.pos_ == "PRON" and g.lower_ in ("this", "that") and not any(
                    c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.head.children))
                for g in pobjs(token.head, ("behind",))):
            # (and a quote's '"X is behind this," the minister said', the event just told)
            # "officials suspect the security forces were behind the killing"
            cop = token.head
            accused = arguments([c for c in cop.children if c.dep_ == "nsubj"])
            accusers = _speakers(cop) if accused else []
            confidence = 0.7
        elif lemma == "behind" and token.dep_ == "prep" and token.head.dep_ in ("dobj", "nsubj") \
                and token.head.head.lemma_.lower() in SPEECH_VERBS and any(
                    is_wrongdoing(g) for g in token.children if g.dep_ == "pobj"):
            # the headline's "UN says militia behind massacre", with no verb
            said = token.head.head
            accused = arguments([token.head])
            accusers = _agents_or_sources(subjects(said)) if accused and not is_irrealis(said) else []
            confidence = 0.7
        elif lemma == "responsibility" and token.dep_ == "dobj" and \
                token.head.lemma_.lower() in _BLAME_VERBS:
            # "Moscow placed responsibility for the crash on the Ukrainian air force"
            accusers, accused = _laid_blame(token, token.head)
            confidence = 0.75
        elif lemma == "responsibility" and token.dep_ == "dobj" and \
                token.head.lemma_.lower() in ("bear", "carry", "shoulder") and \
                not _has_neg(token.head) and not any(c.dep_ == "det" and c.lower_ == "no"
                                                    for c in token.children):
            # "Iran bears responsibility for the attack, the official said"
            verb = token.head
            accused = arguments([c for c in verb.children if c.dep_ == "nsubj"])
            accusers = _speakers(verb) if accused else []
            confidence = 0.7
        elif lemma in ATTRIBUTE_VERBS and token.pos_ == "VERB":
            # "officials attributed the bombing to Hezbollah", "the attack was attributed to X by Y"
            passive = is_passive(token)
            events = [c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            if not any(is_wrongdoing(e) for e in events):
                return
            accused = arguments(pobjs(token, ("to",)))
            accusers = arguments(agents(token)) if passive else _agents_or_sources(subjects(token))
            confidence = 0.75
        elif lemma == "point" and token.pos_ == "VERB":
            # "Kenya pointed the finger at Somali militants": blame; "pointed to X as responsible
            # for / the culprit"
            culprit = any(c.dep_ == "prep" and c.lower_ == "as" and any(
                g.lower_ in _CULPRITS for g in c.subtree) for c in token.children)
            if culprit:
                accused = arguments(pobjs(token, ("to",)))
            elif any(c.dep_ == "dobj" and c.lemma_.lower() == "finger" for c in token.children):
                accused = arguments(pobjs(token, ("at",)) + [g for c in token.children if c.dep_ == "dobj"
                                                             for g in pobjs(c, ("at",))])
            else:
                return
            accusers = _agents_or_sources(subjects(token)) if accused else []
            confidence = 0.75
        elif lemma == "hold" and token.pos_ == "VERB":
            resp = [c for c in token.children if c.lower_ in _ANSWERABLE
                    and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advcl")]
            # "holds the Kurdish militants responsible for ...": the parser makes the predicate a
            # modifier after the object
            resp += [r for c in token.children if c.dep_ == "dobj" for r in c.children
                     if r.lower_ in _ANSWERABLE and r.dep_ == "amod" and r.i > c.i]
            if not resp:
                return
            accusers = _agents_or_sources(subjects(token))  # "many people hold me responsible"
            accused = arguments([s for r in resp for s in r.children if s.dep_ == "nsubj"]
                                + [c for c in token.children if c.dep_ == "dobj"])
        elif token.pos_ == "NOUN" and (lemma in ACCUSE_NOUNS or token.lower_ in ACCUSE_NOUNS or (
                lemma == "claim" and _harmful_claim(token))):
            confidence = 0.8
            trading = token.dep_ == "dobj" and token.head.lemma_.lower() in _TRADING and (
                token.tag_ == "NNS" or lemma == "blame")
            group = arguments(subjects(token.head)) if trading else _headline_traders(token)
            if len(group) >= 2:
                # "Armenia and Azerbaijan traded accusations": each accuses the other (one side
                # that "hurled accusations at X" is read below)
                if is_irrealis(token.head):
                    return
                for a in group:
                    for b in group:
                        if a is not b:
                            yield self.mention("accused", a, b, token, context, confidence=0.75)
                return
            elif lemma == "blame":
                verb = token.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                    verb = verb.head
                if token.dep_ == "nsubj" and verb.lemma_.lower() in ("fall", "rest", "lie") and \
                        not any(c.dep_ == "neg" for c in verb.children):
                    # "The blame falls on X, the magazine charges", "the blame lies with X, he
                    # said": whoever states it lays the blame
                    accused = arguments(pobjs(verb, ("on", "upon", "with")))
                    accusers = _speakers(verb) if accused else []
                    if accusers and not is_irrealis(verb):
                        for a in accusers:
                            for b in accused:
                                yield self.mention("accused", a, b, token, context, confidence=0.7)
                    return
                if verb.lemma_.lower() not in _BLAME_VERBS:
                    return
                accusers, accused = _laid_blame(token, verb)
            else:
                accusers = authors(token)
                making = token.dep_ == "dobj" and token.head.lemma_.lower() in _MAKING
                if not accusers and making:
                    accusers = arguments(subjects(token.head))  # "X levelled charges against Y"
                if not accusers and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _MAKING:
                    accusers = arguments(agents(token.head))  # "the charges were brought by X"
                made = _made_by_clause(token)
                about = [g for a in pobjs(token, ("about", "over")) for g in
                         ([c for c in a.children if c.dep_ == "poss"] or [a])]
                accused = arguments(pobjs(token, ("against",)) + _clause_subjects(token) + about
                                    + (pobjs(token.head, ("at",)) if making and token.head.lemma_.lower()
                                       in ("level", "levy", "hurl", "direct") else [])
                                    + [g for o in pobjs(token, ("of",)) for g in pobjs(o, ("against",))
                                       + (pobjs(o, ("at",)) if making else [])]
                                    # "charges brought by X against Y": "against" hung on X
                                    + [g for b in _by_phrase(token) for g in pobjs(b, ("against",))]
                                    + (pobjs(token.head, ("against",)) if making else [])
                                    + [g for m in made for g in pobjs(m, ("against", "on"))]
                                    # "the accusations, made by X against Y"
                                    + [g for c in token.children if c.dep_ == "acl"
                                       and c.lemma_.lower() in _MAKING and is_passive(c)
                                       for g in pobjs(c, ("against",))])
                if token.dep_ == "dobj" and token.head.lemma_.lower() in _DENYING:
                    # "a bank denied U.S. charges that it laundered money": the pronoun of the
                    # charge is the one who denies it; so is the denier of "Japanese allegations
                    # of espionage", which name no one else
                    denier = [c for c in _clause_subjects(token) if c.pos_ == "PRON"]
                    if denier or (not accused and token.head.lemma_.lower() in _SELF_DENYING):
                        accused = [a for a in accused if a.via != "pronoun"] + \
                            arguments(subjects(token.head))
                elif token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _SELF_DENYING and not accused:
                    accused = arguments(agents(token.head))  # "the allegations were denied by X"
                denials = [c for c in token.children if c.dep_ in ("relcl", "acl")
                           and c.lemma_.lower() in _DENYING and not is_passive(c)]
                if not accusers and not accused and denials and token.dep_ in ("npadvmod", "appos"):
                    # "X said Y had shelled its posts, a charge Y denied": the statement the noun
                    # sums up is the accusation, its speaker the accuser, the denier the accused
                    clause = token.head
                    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                        clause = clause.head
                    accused = arguments([s for d in denials for s in d.children if s.dep_ == "nsubj"])
                    accusers = _speakers(clause) if accused else []
                if not accusers and not accused and token.dep_ == "nsubj" and \
                        token.head.lemma_.lower() in _DENYING and token.i > 0 and \
                        token.doc[token.left_edge.i - 1].text == ",":
                    # "X said Y had violated its airspace, an accusation Y rejected": the parser
                    # makes the noun a second subject of the denial, itself a clause of "said"
                    denial = token.head
                    deniers = [c for c in denial.children if c.dep_ == "nsubj" and c.i > token.i]
                    said = denial.head
                    if deniers and said.lemma_.lower() in SPEECH_VERBS and not is_irrealis(said):
                        stated = [s for c in said.children if c.dep_ == "ccomp" and c.i < token.i
                                  for s in c.children if s.dep_ == "nsubj"]
                        accused = arguments(stated) or arguments(deniers)
                        accusers = _agents_or_sources(subjects(said)) if accused else []
                if not accused and token.dep_ == "dobj" and token.head.lemma_.lower() == "face":
                    accused = arguments(subjects(token.head))  # "Y faces charges brought by X"
        else:
            return
        if not accusers or not accused:
            return
        if any(g.lower_ == "nothing" for g in pobjs(token, ("of", "for"))):
            return  # "accused it of nothing"
        if _went_on(token):
            # "went on to accuse X": what the speaker did next, not a purpose
            if is_irrealis(token.head):
                return
        elif _lifted_participle(token):
            # "X demanded that Y withdraw, accusing it of ...": the reporting clause's modality
            if _has_neg(token) or is_irrealis(token.head.head):
                return
        elif is_irrealis(token, governed=token.pos_ != "NOUN"):
            return
        elif token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in _MAKING \
                and is_irrealis(token.head):
            return  # "the prosecutor declined to bring charges against the officers"
        for a in accusers:
            for b in accused:
                yield self.mention("accused", a, b, token, context, confidence=confidence)


@registry.register(Accusations.name, predicates=Accusations.predicates)
def make_accusations() -> Extractor:
    """A new :class:`Accusations` extractor (the factory registered as ``accusations``)."""
    return Accusations()
