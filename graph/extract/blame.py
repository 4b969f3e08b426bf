"""Who states an accusation and who is to blame: the reporting speaker or source of a clause
("X said ...", "according to X", "X said in a statement that ..."), accusers described by a
document or a noun a name owns, responsibility ("Y was responsible for / to blame for / behind
Z", "holds / considers Y responsible") and blame laid on someone, with the word lists that
separate a fault from a duty ("responsible for the deaths", not "for security"). Used by
:mod:`graph.extract.accusations`.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.base import Argument
from graph.extract.clauses import subjects
from graph.extract.lexicon import SPEECH_VERBS, is_source_noun, is_vehicle_noun, wordnet_class
from graph.extract.modality import is_irrealis
from graph.extract.spans import noun_phrase, span_argument
from graph.extract.syntax import arguments
from graph.extract.tree import agents, pobjs


def that_clause(clause: Token) -> bool:
    """True when ``clause`` (a verb) opens with the complementiser "that" (also when the parser
    made it an adverb of a clause that has a subject of its own: "allegations by X that Y
    ignored warnings")."""
    return any(m.lower_ == "that" and (m.dep_ == "mark" or (
        m.dep_ in ("advmod", "dep") and m.i == clause.left_edge.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > m.i for c in clause.children)))
        for m in clause.children)


def according_to(verb: Token) -> list[Argument]:
    """'According to X, Y was behind the attack': X, the source the clause is attributed to."""
    return agents_or_sources([g for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
                               for g in pobjs(c, ("to",))])


#: Nouns of taking part, whose owner an allegation names ("alleged the army's involvement").
INVOLVEMENT = frozenset({"involvement", "role", "complicity", "participation", "part", "hand",
                          "links", "guilt", "responsibility"})


def harmful_claim(noun: Token) -> bool:
    """'Trump's claims that Democrats rigged the election': a claim whose "that" clause says
    someone did harm (a verb of harm, or an attack or crime as its object) is an allegation."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and that_clause(c)]
    return any(c.lemma_.lower() in _HARM_VERBS or any(
        is_wrongdoing(o) for o in c.children if o.dep_ == "dobj") for c in clauses)


def denied_harm_summary(noun: Token) -> bool:
    """', a claim Kyiv denied': a noun after a comma that sums up a reported statement of harm
    ("X said Y had shelled the plant") and that another party denies or rejects in a relative
    clause: the statement is an accusation, whatever the summing noun."""
    doc = noun.doc
    if noun.dep_ not in ("npadvmod", "appos", "dobj", "dep") or noun.left_edge.i == 0 \
            or doc[noun.left_edge.i - 1].text != ",":
        return False
    if not any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _DENIALS and any(
            s.dep_ == "nsubj" for s in c.children) for c in noun.children):
        return False
    said = noun.head
    while said.pos_ not in ("VERB", "AUX") and said.head != said:
        said = said.head
    clauses = [said] + [c for c in said.children if c.dep_ == "ccomp" and c.i < noun.i]
    return any(_harmful_verb(c) for c in clauses)


#: Verbs by which one rejects what another said of one ("a claim Kyiv denied").
_DENIALS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute"})


def _harmful_verb(verb: Token) -> bool:
    """A verb of harm ("shelled", "attacked", "rigged") or one whose object is an attack or crime."""
    lemma = verb.lemma_.lower()
    return lemma in _HARM_VERBS or lemma in _WRONGDOING or f"{lemma}ing" in _WRONGDOING or any(
        is_wrongdoing(o) for o in verb.children if o.dep_ == "dobj")


def speakers(clause: Token) -> list[Argument]:
    """Who states ``clause`` when it is the complement of a verb of saying ("X said [clause]",
    "[clause], X said") or attributed to a source ("according to X, [clause]"), or ``[]``."""
    source = according_to(clause)
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
            return agents_or_sources(subjects(head) or agents(head)
                                      or [c for c in head.children if c.dep_ == "nsubj"])
        if current.dep_ in ("conj", "advcl"):
            current = head  # "..., while the rebels were responsible for one"
            continue
        if current.dep_ == "acl" and that_clause(current) and head.dep_ == "pobj" \
                and head.head.lower_ == "in" and is_source_noun(head.lemma_.lower()) \
                and head.head.head.lemma_.lower() in SPEECH_VERBS and not is_irrealis(head.head.head):
            # "X said in a statement that Y was responsible": the parser hangs the clause on
            # the statement
            return agents_or_sources(subjects(head.head.head))
        if head.lemma_.lower() in SPEECH_VERBS and current.dep_ == "ROOT":
            return []
        if clause.dep_ == "ROOT":
            # "[clause], X said": the parser makes the speech verb a dependent of the clause
            said = [c for c in clause.children if c.dep_ in ("ccomp", "parataxis", "advcl")
                    and c.lemma_.lower() in SPEECH_VERBS and c.i > clause.i]
            return agents_or_sources([s for v in said for s in subjects(v)]) or \
                trailing_reporter(clause)
        return []
    return []


#: Reporting verbs the tagger takes for plural nouns at the end of a sentence ("..., the
#: magazine charges").
_REPORTING_FORMS = frozenset({"charges", "alleges", "claims", "says", "contends", "argues", "asserts"})


def trailing_reporter(root: Token) -> list[Argument]:
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
    return agents_or_sources(who)


def antecedent_names(tokens: list[Token]) -> list[Token]:
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


def previous_subject(pronoun: Token) -> list[Argument]:
    """'Russia's foreign ministry summoned the Polish envoy. It accused Warsaw of ...': a subject
    "it" / "they" opening a sentence, which coreference left open (it resolves names), continues
    the subject of the sentence before when that is an actor described by a common noun of the
    same number and no other actor of that number is named there."""
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

    def plural(t: Token) -> bool:
        return t.tag_ in ("NNS", "NNPS") or t.lemma_.lower() in ("police",)

    if plural(head) != (pronoun.lower_ == "they"):
        return []
    rivals = [t for t in prev if t.i != head.i and t.dep_ in ("dobj", "pobj", "conj", "appos")
              and t.pos_ in ("NOUN", "PROPN") and plural(t) == plural(head) and arguments([t])]
    if rivals:
        return []  # "Police arrested two protesters. They accused ...": either may be meant
    found = arguments(subj)
    return [Argument(a.text, a.start, a.end, a.label, "pronoun") for a in found if a.via == "noun"]


#: News outlets that speak for their owners ("Iranian state television accused ...").
_OUTLETS = frozenset({"television", "tv", "radio", "newspaper", "daily", "broadcaster", "outlet",
                      "channel", "press"})


def agents_or_sources(tokens: list[Token]) -> list[Argument]:
    """The arguments of ``tokens``, and documents that speak for their authors ("a UN report",
    "the resolution"), and, as who accuses, any noun a name says whose it is ("the Bush
    campaign", "the Kerry camp": the accusing verb settles that it acts)."""
    tokens = antecedent_names(tokens)
    found = arguments(tokens)
    if found:
        return found
    found = [a for t in tokens for a in previous_subject(t)]
    if found:
        return found
    # "a lawsuit filed by the families accuses ...", "a report by X", "a statement from X": the
    # document's author
    found = arguments([g for t in tokens if t.pos_ == "NOUN"
                       for g in pobjs(t, ("by", "from")) + [a for c in t.children if c.dep_ == "acl"
                                                            and c.tag_ == "VBN" for a in agents(c)]])
    if found:
        return found
    out: list[Argument] = []
    for t in tokens:
        if t.pos_ == "NOUN" and (is_source_noun(t.lemma_.lower()) or t.lemma_.lower() in _OUTLETS
                                 or t.lemma_.lower() in wordnet_class("speaker_nouns")
                                 or any(c.dep_ in ("compound", "poss") and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                        for c in t.children)):
            start, end = noun_phrase(t)
            arg = span_argument(t.doc, start, end, "", "noun")
            if arg is not None:
                out.append(arg)
    return out


def responsibility_pair(token: Token) -> tuple[list[Argument], list[Argument]]:
    """'X said Y was responsible for Z', 'Y is to blame for Z, X says', and the headline's
    'X says Y responsible for Z' with no verb: (accusers, accused)."""
    cop = token.head
    if not culpable_for(token):
        return [], []  # "the agency was responsible for security at the summit": a duty
    judging = cop.lemma_.lower() in SPEECH_VERBS or cop.lemma_.lower() in JUDGING
    if token.lemma_.lower() == "guilty" and cop.lemma_.lower() in ("find", "declare", "judge", "rule"):
        return [], []  # "the jury found the officer guilty": a verdict, not an accusation
    if token.dep_ == "ccomp" and token.lemma_.lower() in ("responsible", "guilty") \
            and judging and not has_neg(token) and not has_neg(cop):
        accused = arguments([c for c in token.children if c.dep_ == "nsubj"])
        # "considers X responsible" states a judgement ("consider" is otherwise a verb of mulling)
        unreal = any(c.dep_ in ("aux", "neg") and (c.dep_ == "neg" or c.lower_ in ("will", "would", "could",
                                                                               "may", "might"))
                     for c in cop.children) if cop.lemma_.lower() in JUDGING else is_irrealis(cop)
        return (agents_or_sources(subjects(cop)) if accused and not unreal else []), accused
    if token.dep_ not in ("acomp", "xcomp") or cop.lemma_ != "be" or has_neg(cop) or has_neg(token):
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
    return speakers(cop), accused


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
rescue rescues evacuation evacuations release releases deliveries aid relief breakthrough
breakthroughs discovery discoveries invention reform reforms peace ceasefire deal agreement
accord reconstruction rebuilding vaccination vaccinations distribution elections election vote
strategy plan plans
""".split())  # noqa: SIM905
#: Words that take a part of what follows them ("most of the deaths", "one of the attacks").
_PARTITIVES = frozenset({"most", "some", "all", "many", "much", "part", "one", "half", "each",
                         "several", "majority", "bulk"})
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
ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable"})
#: Words that name someone as the author of a wrong ("pointed to X as responsible / the culprit").
CULPRITS = frozenset({"responsible", "culprit", "culprits", "perpetrator", "perpetrators",
                       "mastermind", "masterminds", "behind"})
#: Verbs of judging by which someone holds another responsible ("considers the PKK responsible").
JUDGING = frozenset({"consider", "deem", "judge", "find", "declare", "believe", "think"})


def culpable_for(adjective: Token) -> bool:
    """False when what one is "responsible / to blame / guilty for" is a duty or a merit
    (:data:`_DUTIES`, a gerund of :data:`_DUTY_VERBS` with no harm as its object), not a fault;
    True otherwise, and with no for-phrase."""
    for prep in adjective.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for g in prep.children:
            if g.dep_ not in ("pobj", "pcomp"):
                continue
            if g.lower_ in _PARTITIVES:
                g = next(iter(pobjs(g, ("of",))), g)  # "responsible for most of the aid deliveries"
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


def laid_blame(noun: Token, verb: Token) -> tuple[list[Argument], list[Argument]]:
    """'X laid / put / placed the blame (or responsibility) for Z on Y', 'at the feet / door of
    Y' ("on Y" also where the parser hangs it on Z): (accusers, accused)."""
    accusers = agents_or_sources(subjects(verb))
    fors = pobjs(noun, ("for",)) + pobjs(verb, ("for",))
    targets = pobjs(noun, ("on", "upon")) + pobjs(verb, ("on", "upon")) + [
        g for f in fors for g in pobjs(f, ("on", "upon"))]
    for feet in pobjs(noun, ("at",)) + pobjs(verb, ("at",)) + [g for p in fors for g in pobjs(p, ("at",))]:
        if feet.lemma_.lower() in ("foot", "feet", "door", "doorstep"):
            targets += pobjs(feet, ("of",)) + [c for c in feet.children if c.dep_ == "poss"]
    return accusers, arguments(targets)


def is_wrongdoing(noun: Token) -> bool:
    """True when a noun names an attack or crime one can be behind."""
    return noun.lemma_.lower() in _WRONGDOING or noun.lower_ in _WRONGDOING


def has_neg(token: Token) -> bool:
    """True when ``token`` has a negation among its dependents ("not", "n't", "never")."""
    return any(c.dep_ == "neg" for c in token.children)


#: What one charges at people with, not what one charges them with ("charged protesters with
#: batons and tear gas").
_INSTRUMENTS = frozenset("""
baton batons truncheon truncheons club clubs stick sticks gas bayonet bayonets sword swords
shield shields cannon cannons horse horses tank tanks bullet bullets rifle rifles gun guns
whip whips knife knives spear spears
""".split())  # noqa: SIM905


def offence(token: Token) -> bool:
    """'charged X with fraud / with misleading investors': what someone is charged with, not an
    instrument of a charge at people (:data:`_INSTRUMENTS`, vehicles)."""
    if any(t.tag_ == "VBG" for t in token.subtree):
        return True
    lemma = token.lemma_.lower()
    return not (lemma in _INSTRUMENTS or token.lower_ in _INSTRUMENTS or is_vehicle_noun(lemma))


#: Deeds someone does on purpose: who is blamed for one is an actor ("blamed the far right for
#: the attack"; not "blamed the drought for the deaths").
_DEEDS = frozenset("""
attack attacks bombing bombings killing killings massacre assassination coup plot hacking
abduction abductions kidnapping kidnappings ambush shelling sabotage raid raids cyberattack
cyberattacks arson looting
""".split())  # noqa: SIM905


def charged_with_doing(verb: Token, obj: Token) -> bool:
    """True for "accuse/charge <the noun> of/with <doing ...>" where the noun is a common noun
    with a determiner, owner or number ("charged 12 people with smuggling": an actor named by
    description, not "charged a fee"; the gerund
    may be tagged a noun: "accused the prosecution of withholding evidence"), and for "blame
    <the noun> for" a deed (:data:`_DEEDS`) when the noun can name people in some sense ("the
    far right", "the mob"; not "the drought", "the system")."""
    lemma = verb.lemma_.lower()
    if lemma not in ("accuse", "charge", "blame") or obj.pos_ != "NOUN" or not any(
            c.dep_ in ("det", "poss", "nummod") for c in obj.children):
        return False
    preps = [p for p in [*verb.children, *obj.children] if p.dep_ == "prep"]
    if lemma == "blame":
        return obj.lemma_.lower() in wordnet_class("speaker_nouns") and any(
            p.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in _DEEDS for g in p.children)
            for p in preps)
    return any(p.lower_ in ("of", "with") and any(
        (g.dep_ == "pcomp" and g.tag_ == "VBG") or (g.dep_ == "pobj" and any(
            t.lower_.endswith("ing") and t.dep_ == "compound" and t.i == p.i + 1 for t in g.lefts))
        for g in p.children) for p in preps)
