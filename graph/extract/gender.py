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
    if isinstance(cached, tuple) and cached[0] is doc:
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
    doc.user_data[GENDER_CACHE_KEY] = (doc, out)
    return out


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
