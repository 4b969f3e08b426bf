"""The speaker of a reported clause: "Microsoft said it had agreed ...", "the prime minister said
that he had held talks ...", "Kyodo quoted Nakasone as telling reporters, 'I ...'": the subject
pronoun of a clause reported by a verb of saying is that verb's subject."""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.base import Argument
from graph.extract.lexicon import ORG_HEADS

#: Pronouns that, as the subject of a reported clause, refer to the one who reports it.
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "we", "i", "they"})


def speaker_token(token: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause ``token`` is the subject of, if
    that verb has exactly one subject that is no pronoun."""
    from graph.extract.lexicon import SPEECH_VERBS

    clause = token.head
    for _ in range(3):
        if clause.dep_ == "conj":
            clause = clause.head
            continue
        break
    if clause.dep_ != "ccomp":
        if token.lower_ != "i":
            return None
        # 'X said: "I ..."' or 'Kyodo quoted X as telling reporters, "I ..."' parsed with the
        # quotation as the main clause and the verb of saying hung on it
        said_verbs = [c for c in clause.children if c.dep_ in ("ccomp", "parataxis")
                      and (c.lemma_.lower() in SPEECH_VERBS or c.lemma_.lower() == "quote")]
        if len(said_verbs) != 1:
            return None
        said = said_verbs[0]
        quoted = _quoted(said)
        if quoted is not None:
            return quoted
        subjects = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        return subjects[0] if len(subjects) == 1 else None
    said = clause.head
    quoted = _quoted(said)
    if quoted is not None:
        return quoted
    if said.lemma_.lower() not in SPEECH_VERBS:
        return None
    subjects = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.pos_ != "PRON"]
    if not subjects and said.dep_ == "pcomp" and said.head.lower_ == "as":
        return _quoted(said.head.head)  # "Kyodo quoted Nakasone as telling reporters, 'I ...'"
    return subjects[0] if len(subjects) == 1 else None


def _quoted(verb: Token) -> Token | None:
    """Whom "quote" quotes: "Kyodo quoted Nakasone (as saying)", "Nakasone was quoted (as
    saying)"."""
    if verb.lemma_.lower() != "quote" or verb.pos_ != "VERB":
        return None
    dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "dobj"
    found = [c for c in verb.children if c.dep_ == dep and c.pos_ != "PRON"]
    return found[0] if len(found) == 1 else None


def speaker(token: Token) -> Argument | None:
    """'Microsoft said it had agreed ...', 'the prime minister said that he had held talks ...':
    the subject pronoun of a clause reported by a verb of saying is that verb's subject (a
    name, or a description such as "Iraq's interim prime minister")."""
    from graph.extract.syntax import argument  # here: syntax itself imports this module

    if token.lower_ not in SPEAKER_PRONOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    subject = speaker_token(token)
    if subject is None:
        return None
    found = argument(subject)
    if found is None:
        return None
    person = token.lower_ in ("he", "she", "i")
    if token.lower_ in ("he", "she") and subject.i > token.i and subject.pos_ != "PROPN":
        # "He met X, a senior official said": a clause reported before its attribution is about
        # someone else than the official who reports it
        return None
    if person and found.label not in ("PERSON", ""):
        if not person_like(subject, found):
            return None
        # "Volker said ... he had one meeting with him": the model typed a surname as an
        # organisation; the reporter's own "he" says it is a person
        found = Argument(found.text, found.start, found.end, "PERSON", found.via)
    if token.lower_ in ("it",) and found.label == "PERSON":
        return None
    via = "pronoun"
    return Argument(found.text, found.start, found.end, found.label, via)


def person_like(subject: Token, found: Argument) -> bool:
    """True when a name the model typed as an organisation may be a person's: one or two
    capitalised proper nouns ("Volker", "Kurt Volker"), no acronym, no organisation's head noun
    ("Ministry", "Bank"), no place, not plural."""
    if found.label not in ("ORG", "GPE") or found.via != "name":
        return False  # (the small model also types surnames as places: "Blinken traveled")
    words = found.text.split()
    if not 1 <= len(words) <= 2 or subject.tag_ == "NNPS":
        return False
    from graph.extract.gazetteer import is_known_place

    return all(w[:1].isupper() and not w.isupper() and w.isalpha() and w.lower() not in ORG_HEADS
               for w in words) and not is_known_place(found.text)
