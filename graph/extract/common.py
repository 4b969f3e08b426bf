"""The machinery every rule extractor shares: trigger lookup, mention building, confidence."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from graph.extract.base import Argument, Context, Mention
from graph.extract.clauses import event_place
from graph.extract.dates import date_for
from graph.extract.lexicon import is_sport_word
from graph.extract.tree import is_passive
from graph.extract.unnamed import beside_names, generic_class
from graph.nlp import doc_text

VERSION = "0.10"

#: Key in :attr:`Context.cache` of the date events are dated against when the article has no
#: publication date of its own (its dateline's).
ANCHOR_DATE_KEY = "newsgraph.anchor_date"

#: Confidence lost when an argument is not a name as written.
VIA_PENALTY = {"name": 0.0, "noun": 0.1, "description": 0.15, "pronoun": 0.2}


class RuleExtractor:
    """Base of the rule extractors: finds trigger tokens, subclasses turn them into mentions.

    Subclasses set ``name``, ``predicates`` and ``triggers`` (lemmas or lower-case forms that
    can start a mention) and implement :meth:`at`.
    """

    name = ""
    predicates: tuple[str, ...] = ()
    triggers: frozenset[str] = frozenset()

    def __call__(self, doc: Doc, context: Context) -> Iterable[Mention]:
        best: dict[tuple[str, str, str, int], Mention] = {}
        for token in trigger_tokens(doc, self.triggers, context.cache):
            for mention in self.at(token, context):
                if _same(mention.subject, mention.object):
                    continue
                if mention.predicate == "accused" and generic_class(doc, mention.object):
                    continue  # "blamed the attack on bandits": a class of people, no one named
                if mention.predicate == "met" and any(generic_class(doc, a) and beside_names(doc, a)
                                                      for a in (mention.subject, mention.object)):
                    continue  # "A, B and a small group of advisers met": their entourage
                if mention.predicate in ("visited", "met") and sport_sentence(token.sent, context.cache) \
                        and not _officials(doc, mention):
                    continue  # "Real Madrid visited Munich for the semifinal": a game
                key = mention.key()
                if key not in best or best[key].confidence < mention.confidence:
                    best[key] = mention  # the strongest evidence for a triple in a sentence
        yield from best.values()

    def at(self, token: Token, context: Context) -> Iterator[Mention]:  # pragma: no cover
        """The mentions that ``token``, a trigger, starts."""
        raise NotImplementedError

    def mention(
        self,
        predicate: str,
        subject: Argument,
        obj: Argument,
        trigger: Token,
        context: Context,
        *,
        confidence: float,
    ) -> Mention:
        """A :class:`Mention` with the trigger's sentence, its date and a calibrated confidence.

        Confidence starts from the pattern's own (verbal patterns higher than nominal ones) and
        drops for each argument found through a pronoun, a description or a bare common noun.
        """
        sent = trigger.sent
        confidence -= VIA_PENALTY.get(subject.via, 0.1) + VIA_PENALTY.get(obj.via, 0.1)
        raw, base = doc_text(sent.doc)[sent.start_char : sent.end_char], sent.start_char
        if "\n\n" in raw:
            # a headline or paragraph break inside the model's sentence: quote the paragraph
            # that holds the trigger
            at = trigger.idx - base
            cut = raw.rfind("\n\n", 0, at)
            end = raw.find("\n\n", at)
            base += cut + 2 if cut >= 0 else 0
            raw = raw[cut + 2 if cut >= 0 else 0 : end if end >= 0 else len(raw)]
        stripped = raw.strip()
        start = base + (len(raw) - len(raw.lstrip()))  # text[start:end] == sentence
        return Mention(
            predicate=predicate,
            subject=subject,
            object=obj,
            sentence=stripped,
            start=start,
            end=start + len(stripped),
            date=date_for(trigger, sent, cache=context.cache, article_date=str(
                context.cache.get(ANCHOR_DATE_KEY) or context.article.date or "") or None),
            confidence=round(max(0.05, min(confidence, 1.0)), 3),
            extractor=f"{self.name}/{VERSION}",
            trigger=trigger.text,
            place=event_place(trigger) if predicate != "visited" else None,
        )

    def pairs(
        self, predicate: str, parties: list[Argument], others: list[Argument], trigger: Token,
        context: Context, *, confidence: float,
    ) -> Iterator[Mention]:
        """One mention per pair: each party with each other side and with each other party
        ("A and B met with C"), or, with no other side given, each pair of parties ("X, Y and Z
        met")."""
        if others:
            for a in parties:
                for b in others:
                    yield self.mention(predicate, a, b, trigger, context, confidence=confidence)
            # "A and B signed an accord with C", "A and B met with C": two named parties that act
            # together take part together (not "Trump and his aides", one side; not a list of six
            # signatories "agreed to by A, B, C ... with D")
            if len(parties) == 2 and all(p.via == "name" for p in parties) and \
                    not is_passive(trigger) and not _kin_of_first(parties[1], trigger.doc):
                a, b = parties
                yield self.mention(predicate, a, b, trigger, context, confidence=confidence - 0.1)
        else:
            for a, b in combinations(parties, 2):
                yield self.mention(predicate, a, b, trigger, context, confidence=confidence)


def _kin_of_first(second: Argument, doc: Doc) -> bool:
    """'Trump and his wife Melania', 'X and his deputy, Y': the second party is described by
    its tie to the first, so the two are one side, not a pair that meets or agrees."""
    span = doc.char_span(second.start, second.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[max(0, span.start - 4) : span.start]
    return any(t.lower_ in ("his", "her", "its", "their") for t in before) and not any(
        t.lower_ == "and" for t in before if t.i > min((b.i for b in before if b.lower_ in
                                                        ("his", "her", "its", "their")), default=0))


def dated_ahead(noun: Token) -> bool:
    """'Obama's trip to Cuba later this month agree on ...': a future date right after a nominal
    event's phrase, which the parser hung on the next verb, makes the event planned."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = noun.doc
    i = noun.right_edge.i + 1
    words: set[str] = set()
    while i < len(doc) and doc[i].ent_type_ in ("DATE", "TIME"):
        words.add(doc[i].lower_)
        i += 1
    return bool(words & {"next", "tomorrow", "coming", "upcoming"}) or (
        "later" in words and bool(words & {"this", "today", "tonight"}))


#: Key of the per-document memo of sentences about games in :attr:`Context.cache`.
SPORT_CACHE_KEY = "newsgraph.sport"


def _titled(doc: Doc, arg: Argument) -> bool:
    """Whether the person ``arg`` names holds a public office by the article (:data:`_OFFICES`):
    a title among the words before the name ("Queensland Premier David Crisafulli") or among
    those the article described the person of that surname with (:func:`graph.extract.antecedents.persons`)."""
    from graph.extract.antecedents import persons  # here: it imports modules that import this one

    if arg.label != "PERSON":
        return False
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is not None and any(t.lower_ in _OFFICES for t in doc[max(0, span.start - 3) : span.start]):
        return True
    last = arg.text.split()[-1]
    return any(ent[-1].text == last and words & _OFFICES for ent, words in persons(doc))


#: Titles of public office (not "head coach", "team director" or "captain", which sport has).
_OFFICES = frozenset("""
president king queen prince emir sultan chancellor premier minister secretary ambassador envoy
governor mayor senator monarch pope
""".split())  # noqa: SIM905


def _officials(doc: Doc, mention: Mention) -> bool:
    """'IOC President Coventry toured venues for the Games in Brisbane', 'Coventry met Premier
    Crisafulli at the stadium': a visit by a person who holds an office, or a meeting of two
    persons one of whom does, is no game, whatever sport the sentence names."""
    if mention.predicate == "visited":
        return _titled(doc, mention.subject)
    return mention.subject.label == "PERSON" and mention.object.label == "PERSON" and (
        _titled(doc, mention.subject) or _titled(doc, mention.object))


def sport_sentence(sent: Span, cache: dict[str, object] | None = None) -> bool:
    """True when the sentence is about a game: it has a noun that marks sport ("semifinal",
    "the final", "league", see :func:`~graph.extract.lexicon.is_sport_word`), or a named event
    with such a word ("the Asian Cup")."""
    memo = cache.setdefault(SPORT_CACHE_KEY, {}) if cache is not None else {}
    assert isinstance(memo, dict)
    key = (id(sent.doc), sent.start)
    if key not in memo:
        memo[key] = any(((t.pos_ == "NOUN" or (t.pos_ == "ADJ" and t.dep_ != "amod"))
                         and t.dep_ != "compound" and (
                             is_sport_word(t.lemma_.lower()) or is_sport_word(t.lower_)))
                        # "for the Asian Cup", "in the Champions League": a named competition
                        or _competition_name(t)
                        # "a three-game series": a sport word in a hyphenated modifier
                        or (t.dep_ == "compound" and t.i > 0 and t.doc[t.i - 1].tag_ == "HYPH"
                            and is_sport_word(t.lemma_.lower()))
                        # "in a thrilling 3-3 draw", "a 2-0 win": a result with a scoreline
                        or _scoreline_result(t)
                        for t in sent)
    return bool(memo[key])


#: Nouns of a game's result that a scoreline before them makes sport ("a 3-3 draw", "a 2-0 win";
#: not "a 5-4 ruling" or "a 52-48 vote").
_RESULTS = frozenset({"draw", "win", "victory", "defeat", "loss", "rout", "thrashing", "drubbing", "tie"})


def _scoreline(text: str) -> bool:
    left, dash, right = text.replace("\u2013", "-").partition("-")
    return bool(dash) and left.isdigit() and right.isdigit() and int(left) < 20 and int(right) < 20


def _scoreline_result(token: Token) -> bool:
    """A result noun ("draw", "win") with a game's scoreline among its modifiers: "3-3", also
    tokenised as "3 - 3"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _RESULTS:
        return False
    doc = token.doc
    words = doc[token.left_edge.i : token.i]
    if any(_scoreline(t.text) for t in words):
        return True
    return any(a.like_num and b.text in ("-", "\u2013") and c.like_num and _scoreline(f"{a.text}-{c.text}")
               for a, b, c in zip(words, words[1:], words[2:], strict=False))


def _competition_name(token: Token) -> bool:
    """A sport word inside a named event or organisation, or heading a name no entity covers:
    "the Asian Cup", "the Champions League", "the NBA Finals" ("league" alone is not enough:
    "the Arab League")."""
    if token.pos_ == "PROPN" and token.dep_ != "compound" and not token.ent_type_:
        # "in the NBA Finals", a name's head the model typed as nothing
        word = token.lower_
        return word != "league" and (is_sport_word(word) or (word.endswith("s") and is_sport_word(word[:-1])))
    if token.ent_type_ not in ("EVENT", "ORG") or token.ent_iob_ != "B":
        return False
    words = [token.lower_]
    i = token.i + 1
    while i < len(token.doc) and token.doc[i].ent_iob_ == "I":
        words.append(token.doc[i].lower_)
        i += 1
    sporty = [w for w in words if is_sport_word(w) or (w.endswith("s") and is_sport_word(w[:-1]))]
    return any(w != "league" for w in sporty) or len(sporty) > 1


#: Key of the per-document word index in :attr:`Context.cache`.
WORDS_CACHE_KEY = "newsgraph.words"


def _word_index(doc: Doc) -> dict[str, list[int]]:
    """Each lower-case form and lower-case lemma in ``doc`` → the indices of its tokens, in order."""
    index: dict[str, list[int]] = {}
    for token in doc:
        i = token.i
        lower = token.lower_
        index.setdefault(lower, []).append(i)
        lemma = token.lemma_.lower()
        if lemma != lower:
            index.setdefault(lemma, []).append(i)
    return index


def trigger_tokens(doc: Doc, triggers: frozenset[str], cache: dict[str, object] | None = None) -> list[Token]:
    """The tokens of ``doc`` whose lower-case form or lemma is in ``triggers``, in text order.

    The word index of the document is made once and kept in ``cache`` (the extraction
    context's), so the extractors of one article share one pass over its tokens.
    """
    entry = cache.get(WORDS_CACHE_KEY) if cache is not None else None
    if isinstance(entry, tuple) and entry[0] is doc:
        index: dict[str, list[int]] = entry[1]
    else:
        index = _word_index(doc)
        if cache is not None:
            cache[WORDS_CACHE_KEY] = (doc, index)
    if len(triggers) <= len(index):
        hits = {i for word in triggers for i in index.get(word, ())}
    else:
        hits = {i for word, found in index.items() if word in triggers for i in found}
    return [doc[i] for i in sorted(hits)]


def _same(a: Argument, b: Argument) -> bool:
    x, y = a.text.lower(), b.text.lower()
    if x == y or (a.start < b.end and b.start < a.end and a.via == b.via == "name"):
        return True
    return a.via == b.via == "name" and (_short_form(a.text, b.text, person=b.label == "PERSON")
                                         or _short_form(b.text, a.text, person=a.label == "PERSON"))


#: Words an acronym skips ("Organization of the Petroleum Exporting Countries").
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def _short_form(short: str, long: str, *, person: bool) -> bool:
    """'Samsung' of 'Samsung Electronics', 'EU' of 'European Union', 'Putin' of 'Vladimir Putin'
    (``person``: the longer is a person's name): a shorter name made of the longer one's first
    words (a person's last), or its initials, names the same party (a headline's name and the
    body's; never a pair that meets or agrees). Not "Sudan" of "South Sudan", two countries."""
    s_words = [w.strip(".,").lower() for w in short.split()]
    l_words = [w.strip(".,").lower() for w in long.split()]
    if len(s_words) < len(l_words) and (
            l_words[: len(s_words)] == s_words or (person and l_words[-len(s_words):] == s_words)):
        return True
    letters = short.replace(".", "")
    initials = "".join(w[0] for w in long.split() if w.lower() not in _ACRONYM_SKIPS and w[:1].isupper())
    return 2 <= len(letters) <= 6 and letters.isupper() and letters == initials
