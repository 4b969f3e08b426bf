"""The gender an article gives its people, for pronouns: a title or kinship word in a name or its
description ("Mrs May", "Prince Abdullah", "his wife Ana"), or a title the same surname has
elsewhere in the article ("Mr Brown"). No list of first names: the article's own words only."""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: The gender a personal pronoun or a title or kinship word gives.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
GENDERED_WORDS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "duke": "m",
    "emperor": "m", "sultan": "m", "emir": "m", "sheikh": "m", "father": "m", "son": "m",
    "brother": "m", "husband": "m", "spokesman": "m", "chairman": "m", "businessman": "m",
    "congressman": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f",
    "lady": "f", "queen": "f", "princess": "f", "duchess": "f", "empress": "f", "mother": "f",
    "daughter": "f", "sister": "f", "wife": "f", "spokeswoman": "f", "chairwoman": "f",
    "businesswoman": "f", "congresswoman": "f",
}
GENDER_CACHE_KEY = "newsgraph.coref.genders"
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "lady", "dr", "dr."})


def article_genders(doc: Doc) -> dict[str, str]:
    """Surname -> gender, from the titles the article gives its people anywhere ("Mr Brown",
    "Mrs May"); a surname given both is left out."""
    cached = doc.user_data.get(GENDER_CACHE_KEY)
    if isinstance(cached, tuple) and len(cached) == 3 and cached[0] is doc:
        return cached[1]  # type: ignore[no-any-return]
    found: dict[str, str] = {}
    clash: set[str] = set()
    for t in doc[:-1]:
        gender = GENDERED_WORDS.get(t.lower_) if t.lower_ in HONORIFICS else None
        if gender is None:
            continue
        name = t.nbor()
        while name.i + 1 < len(doc) and name.nbor().pos_ == "PROPN" and name.nbor().is_title:
            name = name.nbor()
        if name.pos_ == "PROPN":
            if found.get(name.text, gender) != gender:
                clash.add(name.text)
            found[name.text] = gender
    out = {k: v for k, v in found.items() if k not in clash}
    spoken = {k: v for k, v in _spoken_genders(doc).items() if k not in found and k not in clash}
    doc.user_data[GENDER_CACHE_KEY] = (doc, out, out | spoken)
    return out


def ruled_out_genders(doc: Doc) -> dict[str, str]:
    """Surname -> gender to rule a pronoun's candidates out by: :func:`article_genders` and, for
    the surnames those leave open, the gender a speaker's own reported pronoun gives ("Prosecutor
    Leila Aziz said she ..."). Only for ruling out: which of several persons of the pronoun's
    gender is meant stays decided by the titles alone (a speaker quoted last is not thereby the
    likeliest "her")."""
    article_genders(doc)
    cached = doc.user_data[GENDER_CACHE_KEY]
    return cached[2]  # type: ignore[no-any-return]


#: Verbs after which a subject pronoun of the reported clause is the speaker ("X said she ...").
_SELF_REPORTING = frozenset({"say", "tell", "add", "insist", "confirm", "announce", "explain",
                             "note", "acknowledge", "admit", "write", "warn", "stress"})


def _spoken_genders(doc: Doc) -> dict[str, str]:
    """Surname -> gender from "Prosecutor Leila Aziz said she had opened an inquiry": the one
    person named in a sentence, the subject of a verb of saying whose reported clause has a
    personal pronoun for its subject, is that pronoun's gender (in news a speaker's "he" or "she"
    in the clause they report is themself). A surname given both genders is left out."""
    found: dict[str, str] = {}
    clash: set[str] = set()
    for sent in doc.sents:
        people = [e for e in sent.ents if e.label_ == "PERSON"]
        if len(people) != 1:
            continue
        ent = people[0]
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SELF_REPORTING:
                continue
            speakers = [c for c in verb.children if c.dep_ == "nsubj"]
            if len(speakers) != 1 or not ent.start <= speakers[0].i < ent.end:
                continue
            gender = next((PRONOUN_GENDER[s.lower_] for c in verb.children
                           if c.dep_ == "ccomp" and c.i > verb.i for s in c.children
                           if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("he", "she")), None)
            if gender is None:
                continue
            name = ent[-1].text
            if found.get(name, gender) != gender:
                clash.add(name)
            found[name] = gender
    return {k: v for k, v in found.items() if k not in clash}


def person_gender(ent: Span, words: frozenset[str], genders: dict[str, str]) -> str | None:
    """The gender the article gives the person named by ``ent``: a title or kinship word in the
    name or its description ("Prince Abdullah", "Mrs May", "his wife Ana"), else a title given
    the same surname elsewhere ("Mr Brown"); ``None`` when it says none or says both."""
    cues = {GENDERED_WORDS[w] for w in words | {t.lower_ for t in ent} if w in GENDERED_WORDS}
    if len(cues) == 1:
        return cues.pop()
    if cues:
        return None
    return genders.get(ent[-1].text)
