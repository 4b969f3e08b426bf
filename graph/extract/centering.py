"""What a subject pronoun or a title description continues from the sentence before it
(centering: the subject of one sentence is the likeliest referent of the next one's subject),
for :mod:`graph.extract.coref` when the article's names and titles alone do not decide:

- "Mr Ramaphosa flew to London. The South African president will meet King Charles. He ...":
  a pronoun continues the description the sentence before had as its subject, never the object
  named after it (:func:`described_subject`);
- "Pashinyan flew to Brussels. The Armenian leader met Charles Michel": a title description no
  titled person fits continues the untitled person the sentence before had as its subject
  (:func:`untitled_subject_before`), unless it names the nationality of where that person went;
- "Russia's foreign ministry summoned ... It accused London": "it" is the organisation or
  country the sentence before had as its subject (:func:`thing`), and "The company agreed ..."
  the organisation it had as its subject (:func:`organisation`).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.antecedents import in_description, name_argument, persons
from graph.extract.base import Argument
from graph.extract.datelines import in_dateline, of_country, place_country
from graph.extract.gazetteer import is_known_place
from graph.extract.gender import PRONOUN_GENDER, article_genders, person_gender
from graph.extract.lexicon import ORG_HEADS, TITLE_NOUNS

__all__ = ["THING_PRONOUNS", "described_subject", "organisation", "thing", "untitled_subject_before"]


def described_subject(verb: Token, token: Token) -> Argument | None:
    """'Mr Ramaphosa flew to London. The South African president will meet King Charles. He ...':
    the sentence before has a definite title description as its one subject, which the article's
    titles did not resolve; the pronoun continues it, so it is the person the description stands
    for: the nearest person of the pronoun's gender named before the description, never the
    object named after it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in TITLE_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    wanted = PRONOUN_GENDER.get(token.lower_)
    genders = article_genders(token.doc)
    before = [ent for ent, words in persons(token.doc) if ent.end <= subj.left_edge.i
              and not in_description(ent) and person_gender(ent, words, genders) in (None, wanted)]
    return name_argument(before[-1], "pronoun") if before else None


def untitled_subject_before(token: Token, modifiers: set[str]) -> Argument | None:
    """'Pashinyan flew to Brussels on Monday. The Armenian leader met Charles Michel': a
    definite title description opening its sentence as the subject, which no titled person of
    the article fits, continues the subject of the sentence before when that is a named person
    the article gave no title (centering), unless the description's nationality is that of a
    place the person went to there (a local official is someone else: "X arrived in Beijing.
    The Chinese leader greeted him")."""
    doc = token.doc
    sent = token.sent
    if token.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0 or any(
            t.ent_type_ == "PERSON" or t.pos_ == "PRON" for t in doc[sent.start : token.i]):
        return None
    before = doc[sent.start - 1].sent
    if before.root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    entry = next(((ent, words) for ent, words in persons(doc)
                  if ent.start <= subj.i < ent.end), None)
    if entry is None and subj.pos_ == "PROPN" and not subj.ent_type_ and subj.is_title:
        # a name the model left untyped ("Pashinyan flew to Brussels"), not a place
        left = subj.left_edge.i
        if is_known_place(subj.text) or any(t.lower_ in TITLE_NOUNS for t in doc[left : subj.i]):
            return None
        entry = (doc[subj.i : subj.i + 1], frozenset())
    if entry is None or entry[1] & TITLE_NOUNS or any(t.lower_ in TITLE_NOUNS for t in entry[0]):
        return None
    places = [t.text for t in before if t.ent_type_ in ("GPE", "LOC") and t.ent_iob_ == "B"
              and t.dep_ in ("pobj", "dobj")]
    codes = [c for c in (place_country(p) for p in places) if c is not None]
    if any(of_country(m, c) for m in modifiers for c in codes):
        return None
    return name_argument(entry[0], "description")


#: Pronouns of organisations and countries.
THING_PRONOUNS = frozenset({"it", "its"})


def thing(token: Token) -> Argument | None:
    """'Yukos has warned ... It blames bailiffs': a subject "it" (or a possessive "its") refers to
    the last organisation or country that was a subject in this sentence or the one before, also
    one named by an institution's noun ("Russia's foreign ministry summoned ... It accused ...");
    an object "it" ("Iran seized a tanker. The United States accused it") to such a subject of
    the sentence before, never its own clause's subject."""
    from graph.extract.syntax import argument  # here: syntax imports coref, which imports this

    if token.lower_ not in THING_PRONOUNS:
        return None
    subject = token.dep_ in ("nsubj", "nsubjpass", "poss")
    if not subject and not (token.lower_ == "it" and token.dep_ in ("dobj", "pobj")):
        return None
    doc = token.doc
    start = token.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    end = token.i if subject else token.sent.start  # an object: the sentence before only
    for t in reversed(doc[start:end]):
        if t.dep_ not in ("nsubj", "nsubjpass") or in_dateline(t):
            continue
        if t.ent_type_ in ("ORG", "GPE"):
            found = argument(t)
            if found is not None and found.label in ("ORG", "GPE"):
                return Argument(found.text, found.start, found.end, found.label, "pronoun")
        elif t.is_lower and t.lower_ in ORG_HEADS and any(
                c.dep_ in ("poss", "compound", "amod") for c in t.children):
            # "Russia's foreign ministry", "the Indian army" (the tagger may call it a name)
            left = t.left_edge.i + (1 if doc[t.left_edge.i].lower_ in ("the", "a", "an") else 0)
            phrase = doc[left : t.i + 1]
            return Argument(phrase.text, phrase.start_char, phrase.end_char, "ORG", "pronoun")
    return None


#: Heads of a bare description of a firm or a bloc ("the company", "the carmaker", "the bloc"),
#: besides the institutions' heads of :data:`~graph.extract.lexicon.ORG_HEADS`.
_FIRM_HEADS = frozenset({"firm", "carrier", "airline", "lender", "insurer", "retailer", "bloc",
                         "conglomerate", "giant", "operator", "producer", "manufacturer"})


#: Heads of a bare description of a sports club ("the team", "the club").
_TEAM_HEADS = frozenset({"team", "club", "squad"})


def _team(token: Token) -> Argument | None:
    """'Real Madrid visited Seoul. Coach X said the team played well. Later the team visited
    Busan': "the team" continues the organisation last named as a subject in the three sentences
    before, when no other organisation is named between (a coach or a player may speak between:
    persons do not break the chain)."""
    from graph.extract.syntax import argument  # here: syntax imports coref, which imports this

    doc = token.doc
    start = token.sent.start
    for _ in range(3):
        if start > 0:
            start = doc[start - 1].sent.start
    named = [t for t in doc[start : token.i] if t.ent_type_ == "ORG" and t.ent_iob_ == "B" and not in_dateline(t)]
    if not named:
        return None
    last = named[-1]
    root = last
    while root.head.i != root.i and root.head.ent_type_ == "ORG" and root.head.ent_iob_ == "I":
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    found = argument(root)
    if found is None or found.label != "ORG" or found.via != "name":
        return None
    if any(doc[t.i : t.i + 1].text not in found.text for t in named if t.i != last.i and t.i > root.sent.start):
        return None  # another organisation named in the same sentence: which one is unclear
    return Argument(found.text, found.start, found.end, "ORG", "description")


def organisation(token: Token) -> Argument | None:
    """'Toyota said its talks with Nissan had ended. The carmaker agreed instead to ...': a subject
    "the company" / "the carmaker" / "the bloc", with no other modifier, continues the named
    organisation the sentence before had as its subject (centering); ``None`` otherwise (a
    modifier such as "the Japanese carmaker" says something the article may not have)."""
    from graph.extract.syntax import argument  # here: syntax imports coref, which imports this

    lemma = token.lemma_.lower()
    if token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass") or not (
            lemma in ORG_HEADS or lemma in _FIRM_HEADS or lemma in _TEAM_HEADS
            or (lemma.endswith("maker") and len(lemma) > 7)):
        return None
    if [c.lower_ for c in token.children if c.dep_ in ("det", "amod", "compound", "poss", "nmod")] \
            != ["the"]:
        return None
    doc = token.doc
    if lemma in _TEAM_HEADS:
        return _team(token)
    sent = token.sent
    if sent.start == 0 or any(t.ent_type_ in ("ORG", "PERSON", "GPE") for t in doc[sent.start : token.i]):
        return None
    before = doc[sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].ent_type_ != "ORG" or in_dateline(subjects[0]):
        return None
    found = argument(subjects[0])
    if found is None or found.label != "ORG" or found.via != "name":
        return None
    return Argument(found.text, found.start, found.end, "ORG", "description")
