"""Within-article resolution of pronouns and descriptions to the named actor they refer to.

"He" goes to the nearest earlier person named in the article; "the SVR chief" or "the Belarusian
leader" go to the nearest earlier person whose title and affiliation, as the article gave them
("Sergey Naryshkin, Director of Russia's Foreign Intelligence Service (SVR)", "Belarusian President
Aleksandr Lukashenko"), fit the description. Unresolved descriptions stay as written.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from graph.extract.antecedents import (  # noqa: F401  (coref.named_* for syntax)
    PAST_OFFICE,
    held_before,
    in_description,
    named_capital,
    named_person_again,
    nationalities,
    other_origin,
    persons,
    same_origin,
)
from graph.extract.antecedents import name_argument as _name
from graph.extract.base import Argument
from graph.extract.centering import described_subject as _described_subject
from graph.extract.centering import (
    organisation,
    thing,  # noqa: F401  (coref.thing for syntax)
)
from graph.extract.centering import untitled_subject_before as _untitled_subject_before
from graph.extract.collective import (
    collective,  # noqa: F401  (coref.collective for syntax)
    people_before,  # noqa: F401  (coref.people_before for syntax)
)
from graph.extract.gender import (
    GENDERED_WORDS,
    PRONOUN_GENDER,
    article_genders,
    person_gender,
    ruled_out_genders,
)
from graph.extract.lexicon import TITLE_NOUNS, TITLE_SYNONYMS, is_person_noun
from graph.extract.speakers import (  # noqa: F401  (coref.speaker* for syntax)
    SPEAKER_PRONOUNS,
    person_like,
    speaker,
    speaker_token,
)
from graph.extract.tree import governing_verb

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
#: Modifiers of a description that say nothing about who is meant.
NEUTRAL_MODIFIERS = frozenset({"former", "then", "new", "outgoing", "current", "top", "senior",
                               "incoming", "acting", "interim", "visiting", "the", "'s", "\u2019s"})
#: Heads of descriptions that any titled official fits ("the Russian diplomat" for "Sergei
#: Lavrov, Russia's foreign minister").
_GENERIC_TITLES = frozenset({"leader", "chief", "head", "official", "diplomat", "politician"})


def pronoun(token: Token) -> Argument | None:
    """The person a singular personal pronoun refers to.

    A possessive ("his trip") first refers to the person who is the subject of its clause ("The
    secretary of state had visited Italy before his trip to Russia"); otherwise a pronoun refers
    to the nearest earlier named person. Falls back to the nearest earlier proper-noun subject or
    possessor that NER missed or took for an organisation ("Nasr's experience ..., in which he
    accused ...").
    """
    if token.lower_ not in PERSON_PRONOUNS:
        return None
    if token.dep_ == "poss":
        subject = _clause_subject(token)
        if subject is not None and (subject.label == "PERSON" or subject.via == "description"):
            return subject
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "advcl":
        # "Ardern was greeted by Morrison when she landed in Sydney": the subject of a time
        # clause continues the main clause's subject
        main = [c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.pos_ != "PRON"]
        if len(main) == 1 and main[0].ent_type_ == "PERSON":
            from graph.extract.syntax import argument  # here: syntax itself imports this module

            found = argument(main[0])
            if found is not None:
                return Argument(found.text, found.start, found.end, "PERSON", "pronoun")
    if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ("he", "she"):
        partner = _partner_before(token)
        if partner is not None:
            return partner
        continued = _continued_subject(token) or _main_subject(token)
        if continued is not None and _fits_gender(continued, token):
            return continued
    best: Span | None = None
    excluded = _coarguments(token)
    candidates: list[Span] = []
    wanted = PRONOUN_GENDER.get(token.lower_)
    genders = article_genders(token.doc) if wanted else {}
    ruled_out = ruled_out_genders(token.doc) if wanted else {}
    for ent, words in persons(token.doc):
        if ent.end > token.i:
            break
        if not in_description(ent) and not _same_person(ent.text, excluded) and \
                person_gender(ent, words, ruled_out) in (None, wanted):
            candidates.append(ent)
    if candidates and wanted:
        # "Mrs May met Donald Trump ... She accused ...": a person the article gave the pronoun's
        # gender, in the last four sentences, before one it said nothing about
        window = token.sent.start
        for _ in range(3):
            if window > 0:
                window = token.doc[window - 1].sent.start
        known = [e for e, words in persons(token.doc) if e in candidates and e.start >= window
                 and person_gender(e, words, genders) == wanted]
        if known:
            candidates = [e for e in candidates if e.start <= known[-1].start]
    if candidates:
        best = candidates[-1]
        if token.dep_ in ("dobj", "pobj", "dative", "iobj") and _quote_speaker(best):
            # '"We have evidence of fraud," prosecutor Anna Ruiz said. The opposition accused him
            # of bribery': one who only voices a quotation is not whom the story is about
            window = token.sent.start
            for _ in range(3):  # this sentence and the three before it
                if window > 0:
                    window = token.doc[window - 1].sent.start
            others = [e for e in candidates if not _quote_speaker(e) and e.start >= window]
            if others:
                best = others[-1]

    if best is not None:
        return _name(best, "pronoun")
    clause = _clause_subject(token)
    if clause is not None:
        return clause
    titled = _titled_subject(token)
    if titled is not None:
        return titled
    doc = token.doc
    start = token.sent.start
    for _ in range(2):  # this sentence and the two before it
        if start > 0:
            start = doc[start - 1].sent.start
    for t in reversed(doc[start : token.i]):
        if t.dep_ in ("nsubj", "poss") and t.pos_ == "PROPN" and t.ent_type_ in ("ORG", ""):
            span = doc[t.left_edge.i if t.dep_ == "nsubj" else t.i : t.i + 1]
            proper = [w for w in span if w.pos_ == "PROPN"]
            if proper:
                return Argument(doc[proper[0].i : t.i + 1].text, proper[0].idx, t.idx + len(t.text),
                                "PERSON", "pronoun")
    return None


def _partner_before(token: Token) -> Argument | None:
    """'Okello welcomed Oduya on Monday. Okello's aide briefed reporters. Later he and Oduya
    toured a refinery': a subject pronoun coordinated with a name ("he and Oduya") is the person
    who last acted with that name (the other core argument of one verb with it, in the three
    sentences before), when there is one of the pronoun's gender; ``None`` otherwise."""
    names = [c for c in token.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if len(names) != 1:
        return None
    partner = names[0].text
    doc = token.doc
    start = token.sent.start
    for _ in range(3):
        if start > 0:
            start = doc[start - 1].sent.start
    wanted = PRONOUN_GENDER.get(token.lower_)
    genders = ruled_out_genders(doc)
    best: Span | None = None
    for ent, words in persons(doc):
        if ent.start < start or ent.end > token.sent.start or ent.text.split()[-1] == partner:
            continue
        verb = ent.root.head if ent.root.dep_ in ("nsubj", "nsubjpass", "dobj") else None
        if verb is None or person_gender(ent, words, genders) not in (None, wanted):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != ent.root.i and c.text == partner
               for c in verb.children):
            best = ent
    return _name(best, "pronoun") if best is not None else None


def _person_subject(verb: Token) -> Argument | None:
    """The one subject of ``verb`` that is a named person (or a name the model left untyped or
    typed as an organisation, see :func:`graph.extract.speakers.person_like`), if it has exactly one and it is no
    pronoun."""
    from graph.extract.syntax import argument  # here: syntax itself imports this module

    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) == 1 and subjects[0].lower_ in ("he", "she") and subjects[0].i < verb.i:
        # "Pope Francis arrived ... He was welcomed by X. Later he met Y": a chain of subject
        # pronouns continues the one named first
        return pronoun(subjects[0])
    if len(subjects) != 1 or subjects[0].pos_ == "PRON" or any(
            c.dep_ == "conj" for c in subjects[0].children):
        return None
    found = argument(subjects[0])
    if found is not None and found.via == "description":
        # "Ramaphosa flew to London. The president met King Charles. He then ...": a subject
        # the article described by title continues as the pronoun's referent
        return Argument(found.text, found.start, found.end, "PERSON", "pronoun")
    if found is None or found.via != "name":
        return None
    if found.label == "PERSON" or (found.label == "" and subjects[0].pos_ == "PROPN") or \
            person_like(subjects[0], found) or any(
                ent.start <= subjects[0].i < ent.end or ent.start_char <= found.start < ent.end_char
                for ent, _ in persons(verb.doc)):  # (or its name in apposition: "its chief, X Y,")
        last = found.text.split()[-1]
        fuller = [ent for ent, _ in persons(verb.doc) if ent.end <= subjects[0].i
                  and ent.text.split()[-1] == last and len(ent.text) > len(found.text)]
        if fuller:  # "Lavrov" after "Sergei Lavrov": the name as the article first gave it
            return _name(fuller[-1], "pronoun")
        return Argument(found.text, found.start, found.end, "PERSON", "pronoun")
    return None


def _continued_subject(token: Token) -> Argument | None:
    """The subject a subject pronoun continues (centering: the subject of the clause before is
    the likeliest referent, more than a person named after it as an object):

    - "Ahrens said the talk with Mayor Koch was useful, and he had a meeting with her": the
      subject of the clause its own clause is coordinated with;
    - "Lavrov met Assad in Damascus on Monday. He then flew to Tehran": the main subject of the
      sentence before, when no person is named in its own sentence before it.
    """
    head = token.head
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        return _person_subject(head.head)
    if head.dep_ != "ROOT" and not (head.dep_ == "ccomp" and head.head.dep_ == "ROOT"
                                    and head.head.lemma_ in _SAYING and head.head.i > head.i):
        return None  # a main clause, or one reported before its verb of saying ("..., X said")
    sent = token.sent
    if any(t.ent_type_ == "PERSON" for t in token.doc[sent.start : token.i]) or sent.start == 0:
        return None
    before = token.doc[sent.start - 1].sent
    if before.root.pos_ not in ("VERB", "AUX"):
        return None
    return _person_subject(before.root) or _described_subject(before.root, token)


def _main_subject(token: Token) -> Argument | None:
    """The person subject of the main clause, for a subject pronoun in a clause that hangs on a
    thing or a place ("Hale met Ono a day after arriving from Manila, where he had signed ...":
    Hale, not the nearer Ono). Not through a clause on a person ("met Ono, who said he ...")."""
    verb = token.head
    passed = False
    for _ in range(8):
        if verb.dep_ == "ROOT":
            break
        if verb.dep_ in ("relcl", "acl", "advcl"):
            # "travelled to Vladivostok, where he met ...": a clause opened by "where" hangs on
            # a place, even one the model typed as a person
            where = verb.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod"
                                                 for c in verb.children)
            if (verb.head.ent_type_ == "PERSON" and not where) or verb.head.pos_ == "PRON":
                return None
            passed = True
        elif verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # "A met B and he then went to X, where ...": a verb with its own subject
        elif verb.dep_ not in ("pobj", "pcomp", "prep", "npadvmod", "dobj", "xcomp", "ccomp", "conj"):
            # ("met Netanyahu and then went to Riyadh, where he met ...": a coordinated verb
            # shares its first conjunct's subject)
            return None
        verb = verb.head
    if not passed or verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return _person_subject(verb)


def _fits_gender(found: Argument, token: Token) -> bool:
    """False when the article gave the person ``found`` names the other gender than the pronoun
    ``token`` ("Mrs May" for "he")."""
    wanted = PRONOUN_GENDER.get(token.lower_)
    if wanted is None:
        return True
    doc = token.doc
    for ent, words in persons(doc):
        if ent.start_char <= found.start and found.end <= ent.end_char:
            return person_gender(ent, words, ruled_out_genders(doc)) in (None, wanted)
    title = found.text.split()[0].lower()
    gender = GENDERED_WORDS.get(title) or ruled_out_genders(doc).get(found.text.split()[-1])
    return gender in (None, wanted)


def _quote_speaker(ent: Span) -> bool:
    """True when the person named by ``ent`` is only the speaker of a quotation in its sentence
    ('"...," prosecutor Anna Ruiz said'): the subject of a verb of saying whose reported clause
    comes before it."""
    from graph.extract.lexicon import SPEECH_VERBS

    root = ent.root
    while root.dep_ in ("appos", "compound") and root.head is not root:
        root = root.head
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "parataxis") and c.i < root.i for c in verb.children):
        return True
    # "Tanaka's spokesman, Hiro Mori, said the visit would ...": one who speaks for another
    # voices the story, whatever the order of his words
    return any(t.lemma_.lower() in _SPOKESPERSONS for t in root.subtree)


#: Nouns of one who speaks for another (a spokesperson, a lawyer for a client).
_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
                            "counsel", "aide", "adviser", "advisor"})


def _coarguments(token: Token) -> set[str]:
    """Who an object pronoun cannot be: the subject of its own clause ("Kerry thanked him") and
    the one whose words it stands in ("'We accuse him of fraud,' prosecutor Ana Ruiz said")."""
    if token.dep_ not in ("dobj", "pobj", "dative", "iobj"):
        return set()
    out: set[str] = set()
    verb = governing_verb(token.head)
    for _ in range(3):
        out |= _person_words(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        if verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                                        for c in verb.children):
            # "met Kim, who accused him": the relative pronoun's noun is the clause's subject
            noun = verb.head
            out |= {t.text for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.ent_type_ == "PERSON"}
        for subj in verb.children:
            if subj.dep_ == "nsubj" and subj.lower_ in ("he", "she") and subj.i < token.i:
                # "he had a meeting with him": the subject pronoun's referent is not the object's
                reporter = speaker(subj)
                if reporter is not None:
                    out |= set(reporter.text.split())
        if verb.dep_ in ("ccomp", "parataxis") or verb.head is verb:
            said = verb.head if verb.dep_ in ("ccomp", "parataxis") else verb
            out |= _person_words(c for c in said.children if c.dep_ in ("ccomp", "parataxis", "nsubj")
                                 and c.lemma_.lower() in _SAYING)
            if said.lemma_.lower() in _SAYING:
                out |= _person_words(c for c in said.children if c.dep_ == "nsubj")
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp"):
            verb = verb.head
        else:
            break
    return out


_SAYING = frozenset({"say", "tell", "add"})


#: Nouns of a role relative to another person, whose possessor is that other person.
_RELATIONAL = frozenset({"counterpart", "host", "guest", "opposite"})


def _person_words(phrases: Iterable[Token]) -> set[str]:
    """The words of the persons named in ``phrases``, not those of the possessor of a relational
    noun ("Grossi's counterpart, Eslami, met him": him may be Grossi)."""
    out: set[str] = set()
    for p in phrases:
        owned = {t.i for c in p.children if c.dep_ == "poss" and p.lemma_.lower() in _RELATIONAL
                 for t in c.subtree}
        out |= {t.text for t in p.subtree if t.ent_type_ == "PERSON" and t.i not in owned}
    return out


def _same_person(name: str, words: set[str]) -> bool:
    return bool(words) and any(w in words for w in name.split())


def _titled_subject(token: Token) -> Argument | None:
    """'The minister shut down charities he accused of fraud': with no named person before it, a
    pronoun refers to the nearest earlier subject described by a title in its sentence."""
    from graph.extract.syntax import argument  # here: syntax itself imports this module

    for t in reversed(token.sent[: token.i - token.sent.start]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.tag_ == "NN" and (
                t.lemma_.lower() in TITLE_NOUNS):
            found = argument(t)
            if found is not None:
                return Argument(found.text, found.start, found.end, "PERSON", "pronoun")
    return None


def _clause_subject(token: Token) -> Argument | None:
    """'The Indian prime minister, on his first visit to Israel, ...', 'Following his talks with
    Putin, Erdogan said ...': a possessive pronoun inside a modifier of a clause refers to that
    clause's subject."""
    from graph.extract.syntax import argument  # here: syntax itself imports this module

    if token.dep_ != "poss":
        return None
    current = token.head
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                   for c in current.children):
            break
        if current.head == current:
            return None
        current = current.head
    else:
        return None
    for subj in (c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.i != token.i and token.head.i != subj.i and not (
                subj.left_edge.i <= token.i <= subj.right_edge.i and subj.pos_ == "PRON"):
            # (not "His lawyer, X, said": whose lawyer is never the lawyer)
            found = argument(subj)
            if found is not None and found.via in ("name", "noun", "description"):
                label = "PERSON" if found.via == "description" else found.label
                return Argument(found.text, found.start, found.end, label, "pronoun")
    return None


#: Bodies a person leads or speaks for: "X, whose government signed ..." acts through X.
_LED_BODIES = frozenset({"government", "administration", "cabinet", "ministry", "office", "party",
                         "country", "team", "company", "firm", "campaign"})


def _whose_leader(token: Token) -> Argument | None:
    """'Prime Minister Fumio Kishida, whose government signed an accord with Manila': the body a
    person leads, introduced by "whose" after the person's name, acts as that person (the
    subject of the relative clause only)."""
    if token.lower_ not in _LED_BODIES and token.lemma_.lower() not in _LED_BODIES:
        return None
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "relcl" or not any(
            c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
        return None
    owner = token.head.head
    if owner.ent_type_ != "PERSON":
        return None
    for ent, _ in persons(token.doc):
        if ent.start <= owner.i < ent.end:
            return _name(ent, "description")
    return None


def description(token: Token) -> Argument | None:
    """The named person a definite description ("the SVR chief") refers to, if the article says.

    Only definite descriptions headed by a title are resolved; every other modifier of the
    description must fit what the article said about the person.
    """
    leader = _whose_leader(token)
    if leader is not None:
        return leader
    head = token.lemma_.lower()
    if head not in TITLE_NOUNS and token.lower_ not in TITLE_NOUNS:
        holder = _role_holder(token, head)
        if holder is not None:
            return holder  # "The businessman met ...": the one person named as a businessman
        return organisation(token)  # "The company agreed ...": the firm the sentence before had
    dets = [c for c in token.children if c.dep_ in ("det", "poss")]
    if token.pos_ == "NOUN" and not any(c.lower_ in ("the", "this", "that") for c in dets):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        return None  # "his counterpart": relational, not a description of one person
    modifiers = {w for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")
                 for w in (t.lower_ for t in c.subtree) if w not in NEUTRAL_MODIFIERS}
    # "the former president" is the one the article called former, "the president" another
    former = any(t.lower_ in PAST_OFFICE for c in token.lefts for t in c.subtree)
    titles = TITLE_SYNONYMS.get(head, {head})
    origins = nationalities(t for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
                             for t in c.subtree)
    best: Span | None = None
    for ent, words in persons(token.doc):
        if ent.end > token.i:
            break
        if other_origin(ent, origins):
            continue  # "the German minister" is not "Polish Foreign Minister Adam Nowak"
        if head in words and former != held_before(ent, head):
            continue  # "Former president Alan Ross ... the president": not him
        # "his German counterpart, Klaus Weber": a counterpart holds the office of the person
        # it is the counterpart of, so "the German minister" may be him
        title_ok = bool(titles & words) or bool(origins and "counterpart" in words)
        if modifiers:
            # "the Russian diplomat", "the Belarusian leader": any titled person of that origin
            if all(same_origin(m, words) for m in modifiers) and (title_ok or (
                    head in _GENERIC_TITLES and bool(words & TITLE_NOUNS))):
                best = ent
        elif title_ok:
            best = ent
    if best is None:
        found = _untitled_subject_before(token, modifiers)
        if found is not None and origins and any(
                ent.start_char <= found.start and found.end <= ent.end_char and other_origin(ent, origins)
                for ent, _ in persons(token.doc)):
            return None
        return found
    return _name(best, "description")


def _role_holder(token: Token, head: str) -> Argument | None:
    """"The businessman" after "Emirati businessman Mohamed Alabbar": a singular definite
    person noun that is no title (WordNet's noun.person) is the one person the article described
    with that noun before it; None when none or several were."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not is_person_noun(head) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    found = [ent for ent, words in persons(token.doc) if ent.end <= token.i and head in words]
    if not found or len({ent[-1].lower_ for ent in found}) != 1:
        return None
    return _name(found[0], "description")
