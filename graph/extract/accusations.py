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

from graph.extract.accusation_parts import (
    _BLAME_VERBS,
    _DENYING,
    _MAKING,
    _SELF_DENYING,
    _TRADING,
    _between,
    _by_phrase,
    _clause_subjects,
    _exposed,
    _made_by_clause,
    _nearest_group,
    _other_side,
    _reciprocal,
    authors,
    one_side,
)
from graph.extract.accusation_repairs import (
    accuser_subjects,
    charged_that_root,
    headline_traders,
    late_agents,
    lifted_participle,
    object_relative,
    parenthetical,
    previous_target,
    reported_after_comma,
    went_on,
    yes_no_question,
)
from graph.extract.base import Argument, Context, Extractor, Mention, registry
from graph.extract.blame import (
    ANSWERABLE,
    CULPRITS,
    INVOLVEMENT,
    JUDGING,
    agents_or_sources,
    charged_with_doing,
    culpable_for,
    denied_harm_summary,
    harmful_claim,
    has_neg,
    is_wrongdoing,
    laid_blame,
    offence,
    responsibility_pair,
    speakers,
    that_clause,
)
from graph.extract.clauses import subjects
from graph.extract.common import RuleExtractor
from graph.extract.lexicon import (
    ACCUSE_NOUNS,
    ACCUSE_VERBS,
    ATTRIBUTE_VERBS,
    NOT_ACCUSE_CHARGE_OBJECTS,
    SPEECH_VERBS,
    is_place_noun,
)
from graph.extract.modality import is_irrealis
from graph.extract.parties import owned_group
from graph.extract.spans import noun_phrase, span_argument
from graph.extract.syntax import arguments
from graph.extract.tree import agents, governing_verb, is_passive, pobjs

__all__ = ["Accusations", "authors", "make_accusations", "one_side"]


class Accusations(RuleExtractor):
    """Accusations with a named accuser and a named accused."""

    name = "accusations"
    predicates: tuple[str, ...] = ("accused",)
    triggers = frozenset(ACCUSE_VERBS | ACCUSE_NOUNS | ATTRIBUTE_VERBS | {
        "hold", "responsible", "behind", "point", "responsibility", "guilty", "claim", "claims"})

    def at(self, token: Token, context: Context) -> Iterator[Mention]:
        found = list(self._at(token, context))
        if found and not yes_no_question(token):
            yield from found  # not "Did Moscow accuse Kyiv of staging the attack?": asked, not stated

    def _at(self, token: Token, context: Context) -> Iterator[Mention]:
        lemma = token.lemma_.lower()
        relative = object_relative(token)
        if relative is not None:
            for a in relative[0]:
                for b in relative[1]:
                    yield self.mention("accused", a, b, token, context, confidence=0.7)
            return
        accusers: list[Argument] = []
        accused: list[Argument] = []
        confidence = 0.9
        if lemma == "blame" and token.dep_ == "xcomp" and token.head.lemma_ == "be":
            # "the group is partly to blame, many say": an idiom, not "was to travel" (future)
            accusers, accused = responsibility_pair(token)
            if accusers and accused and not is_irrealis(token.head):
                for a in accusers:
                    for b in accused:
                        yield self.mention("accused", a, b, token, context, confidence=0.75)
            return
        elif token.pos_ == "VERB" and lemma in ACCUSE_VERBS:
            if token.dep_ == "amod":
                return  # "alleged crimes"
            dobjs = [c for c in token.children if c.dep_ == "dobj"]
            if parenthetical(token):
                # "The militia, the report alleged, had recruited children"
                accusers = agents_or_sources([token.head])
                accused = arguments([c for c in token.head.head.children if c.dep_ == "nsubj"
                                     and c.i < token.head.i])
            elif charged_that_root(token):
                # "The rebels charged on Monday that troops had ...", parsed as a noun phrase
                accusers = arguments([token.head])
                accused = arguments([s for c in [*token.children, *token.head.children]
                                     if c.i > token.i and c.dep_ in ("ccomp", "acl") and that_clause(c)
                                     for s in c.children if s.dep_ == "nsubj"])
            elif reported_after_comma(token, dobjs):
                # "Y abused ..., a rights group charged": the parser hangs the verb on its subject
                accusers = arguments([token.head])
                accused = arguments(subjects(token.head.head))
            elif is_passive(token):
                accusers = arguments(agents(token) or late_agents(token))
                accused = arguments([c for c in token.children if c.dep_ == "nsubjpass"]) \
                    or (arguments([token.head]) if token.dep_ == "acl" else [])
                if lemma == "blame" and pobjs(token, ("on", "upon")):
                    # "the bombing was blamed on militants by the ministry": the blamed are "on"
                    accused = arguments(pobjs(token, ("on", "upon")))
            elif _reciprocal(token):
                group = arguments(subjects(token))
                if len(group) < 2:
                    # "each side blamed the other, Israel and Hamas said": the reporters
                    group = speakers(token)
                if len(group) < 2:
                    group = _nearest_group(token)
                for a in group:
                    for b in group:
                        if a is not b and not is_irrealis(token):
                            yield self.mention("accused", a, b, token, context, confidence=0.8)
                return
            else:
                accusers = agents_or_sources(accuser_subjects(token))
                if any(_other_side(d) for d in dobjs):
                    return  # "Serbia blamed the other side": no one named
                accused = arguments(dobjs) or previous_target(token, dobjs, accusers) or [
                    g for g in map(owned_group, dobjs) if g is not None]  # "Ukrainian special services"
                if not accused and len(dobjs) == 1 and charged_with_doing(token, dobjs[0]):
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
                    if not on and not arguments(dobjs) and not pobjs(token, ("for",)):
                        # "blamed the blackout that left homes without power on Meralco": what
                        # is blamed is an event, and its relative clause swallowed the "on X"
                        on = arguments([g for d in dobjs for r in d.children if r.dep_ in ("relcl", "acl")
                                        for g in pobjs(r, ("on",)) if g.ent_type_ in ("ORG", "GPE", "PERSON")
                                        and g.head.i == max(c.i for c in r.children)])
                    if not on and not arguments(dobjs) and not pobjs(token, ("for",)):
                        # "blamed the delays in the fibre rollout on Vodacom": the model hung the
                        # "on X" that ends the object on a noun deep inside it
                        # (or on a prepositional phrase after it: "blamed the delays in the 5G
                        # rollout on X", "in" hung on the verb)
                        phrases = dobjs + [g for p in token.children if p.dep_ == "prep" and p.i > token.i
                                           and p.lower_ != "on" for g in p.children if g.dep_ == "pobj"]
                        on = arguments([g for d in phrases for t in d.subtree
                                        if (t.i != d.i or d not in dobjs) and t.pos_ == "NOUN" for g in pobjs(t, ("on",))
                                        if g.pos_ == "PROPN" and _ends(g, d)])
                    if on:
                        accused = on
                elif lemma in ("charge", "allege"):
                    if any(d.lemma_.lower() in NOT_ACCUSE_CHARGE_OBJECTS for d in dobjs):
                        return
                    if lemma == "charge" and dobjs and not [
                            g for d in [token, *dobjs] for g in pobjs(d, ("with",)) if offence(g)] and not [
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
                            c for d in dobjs if d.lemma_.lower() in INVOLVEMENT
                            for c in d.children if c.dep_ == "poss"])
        elif lemma in ("responsible", "blame", "guilty") and token.dep_ in ("acomp", "xcomp", "ccomp"):
            accusers, accused = responsibility_pair(token)
            confidence = 0.75
            if token.dep_ == "ccomp" and token.head.lemma_.lower() in JUDGING:
                # "considers X responsible": responsibility_pair weighed the judging verb's modality
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
            accusers = speakers(cop) if accused else []
            confidence = 0.7
        elif lemma == "behind" and token.dep_ == "prep" and token.head.dep_ in ("dobj", "nsubj") \
                and token.head.head.lemma_.lower() in SPEECH_VERBS and any(
                    is_wrongdoing(g) for g in token.children if g.dep_ == "pobj"):
            # the headline's "UN says militia behind massacre", with no verb
            said = token.head.head
            accused = arguments([token.head])
            accusers = agents_or_sources(subjects(said)) if accused and not is_irrealis(said) else []
            confidence = 0.7
        elif lemma == "responsibility" and token.dep_ == "dobj" and \
                token.head.lemma_.lower() in _BLAME_VERBS:
            # "Moscow placed responsibility for the crash on the Ukrainian air force"
            accusers, accused = laid_blame(token, token.head)
            confidence = 0.75
        elif lemma == "responsibility" and token.dep_ == "dobj" and \
                token.head.lemma_.lower() in ("bear", "carry", "shoulder") and \
                not has_neg(token.head) and not any(c.dep_ == "det" and c.lower_ == "no"
                                                    for c in token.children):
            # "Iran bears responsibility for the attack, the official said"
            verb = token.head
            accused = arguments([c for c in verb.children if c.dep_ == "nsubj"])
            accusers = speakers(verb) if accused else []
            confidence = 0.7
        elif lemma in ATTRIBUTE_VERBS and token.pos_ == "VERB":
            # "officials attributed the bombing to Hezbollah", "the attack was attributed to X by Y"
            passive = is_passive(token)
            events = [c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            if not any(is_wrongdoing(e) for e in events):
                return
            accused = arguments(pobjs(token, ("to",)))
            accusers = arguments(agents(token)) if passive else agents_or_sources(subjects(token))
            confidence = 0.75
        elif lemma == "point" and token.pos_ == "VERB":
            # "Kenya pointed the finger at Somali militants": blame; "pointed to X as responsible
            # for / the culprit"
            culprit = any(c.dep_ == "prep" and c.lower_ == "as" and any(
                g.lower_ in CULPRITS for g in c.subtree) for c in token.children)
            if culprit:
                accused = arguments(pobjs(token, ("to",)))
            elif any(c.dep_ == "dobj" and c.lemma_.lower() == "finger" for c in token.children):
                accused = arguments(pobjs(token, ("at",)) + [g for c in token.children if c.dep_ == "dobj"
                                                             for g in pobjs(c, ("at",))])
            else:
                return
            accusers = agents_or_sources(subjects(token)) if accused else []
            confidence = 0.75
        elif lemma == "hold" and token.pos_ == "VERB":
            resp = [c for c in token.children if c.lower_ in ANSWERABLE
                    and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advcl")]
            # "holds the Kurdish militants responsible for ...": the parser makes the predicate a
            # modifier after the object
            resp += [r for c in token.children if c.dep_ == "dobj" for r in c.children
                     if r.lower_ in ANSWERABLE and r.dep_ == "amod" and r.i > c.i]
            if not resp or not all(culpable_for(r) for r in resp):
                return  # (not "the charter holds members responsible for their own defence")
            accusers = agents_or_sources(subjects(token))  # "many people hold me responsible"
            accused = arguments([s for r in resp for s in r.children if s.dep_ == "nsubj"]
                                + [c for c in token.children if c.dep_ == "dobj"])
        elif token.pos_ == "NOUN" and (lemma in ACCUSE_NOUNS or token.lower_ in ACCUSE_NOUNS or (
                lemma == "claim" and (harmful_claim(token) or denied_harm_summary(token)))):
            confidence = 0.8
            trading = token.dep_ == "dobj" and token.head.lemma_.lower() in _TRADING and (
                token.tag_ == "NNS" or lemma == "blame")
            group = arguments(subjects(token.head)) if trading else (
                headline_traders(token) or _between(token))
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
                verb = governing_verb(token.head)
                if token.dep_ == "nsubj" and verb.lemma_.lower() in ("fall", "rest", "lie") and \
                        not any(c.dep_ == "neg" for c in verb.children):
                    # "The blame falls on X, the magazine charges", "the blame lies with X, he
                    # said": whoever states it lays the blame
                    accused = arguments(pobjs(verb, ("on", "upon", "with")))
                    accusers = speakers(verb) if accused else []
                    if accusers and not is_irrealis(verb):
                        for a in accusers:
                            for b in accused:
                                yield self.mention("accused", a, b, token, context, confidence=0.7)
                    return
                if verb.lemma_.lower() not in _BLAME_VERBS:
                    return
                accusers, accused = laid_blame(token, verb)
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
                    denier = [c for c in _clause_subjects(token) if c.pos_ == "PRON" or any(
                        p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)]
                    if denier or (not accused and (token.head.lemma_.lower() in _SELF_DENYING or (
                            # "China rejected U.S. accusations of spying": a named party rejecting
                            # charges that name no one else rejects them as their target (not a
                            # court or a commission, which "rejects" them as a third party)
                            accusers and all(a.via == "name" and a.label in ("GPE", "PERSON")
                                             for a in arguments(subjects(token.head)))
                            and arguments(subjects(token.head))))):
                        owned = {d.i for d in denier}
                        accused = [a for a in accused if a.via != "pronoun" and not any(
                            a.start <= token.doc[i].idx < a.end for i in owned)] + \
                            arguments(subjects(token.head))  # "its troops": the denier's
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
                    accusers = speakers(clause) if accused else []
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
                        accusers = agents_or_sources(subjects(said)) if accused else []
                if not accused and token.dep_ == "dobj" and token.head.lemma_.lower() == "face":
                    accused = arguments(subjects(token.head))  # "Y faces charges brought by X"
                if not accused and accusers and token.dep_ == "pobj":
                    accused = arguments(_exposed(token))
        else:
            return
        if not accusers or not accused:
            return
        if any(g.lower_ == "nothing" for g in pobjs(token, ("of", "for"))):
            return  # "accused it of nothing"
        if went_on(token):
            # "went on to accuse X": what the speaker did next, not a purpose
            if is_irrealis(token.head):
                return
        elif lifted_participle(token):
            # "X demanded that Y withdraw, accusing it of ...": the reporting clause's modality
            if has_neg(token) or is_irrealis(token.head.head):
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


def _ends(name: Token, phrase: Token) -> bool:
    """Whether ``name`` ends the phrase ``phrase`` heads, but for its own apposition ("on
    Vodacom, a claim the company rejects")."""
    own = {t.i for c in name.children if c.dep_ == "appos" for t in c.subtree}
    return all(t.i <= name.i or t.i in own or t.is_punct for t in phrase.subtree)
