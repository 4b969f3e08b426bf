"""Data types and the extractor registry.

An extractor is any object following the :class:`Extractor` protocol. Extractors are made by
factories registered under a name, like spaCy's factories::

    @registry.register("visits", predicates=("visited",))
    def make_visits() -> Extractor: ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from graph.errors import ExtractorError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from graph.articles import Article

PREDICATES: tuple[str, ...] = ("visited", "met", "agreed", "accused")
SYMMETRIC: frozenset[str] = frozenset({"met", "agreed"})


@dataclass(frozen=True)
class Argument:
    """One argument of a relation: the name as written in the article.

    ``via`` says how the name was found: ``"name"`` when the argument itself is a name,
    ``"pronoun"`` or ``"description"`` when it was resolved to an earlier name.
    """

    text: str
    start: int
    end: int
    label: str = ""
    via: str = "name"


@dataclass(frozen=True)
class Mention:
    """One relation mention: ``subject predicate object`` with its evidence."""

    predicate: str
    subject: Argument
    object: Argument
    sentence: str
    start: int  # character offsets of the sentence in the article text
    end: int
    date: str | None
    confidence: float
    extractor: str
    trigger: str = ""
    place: Argument | None = None

    def key(self) -> tuple[str, str, str, int]:
        """Identity of the mention within its article (symmetric predicates ordered)."""
        s, o = self.subject.text, self.object.text
        if self.predicate in SYMMETRIC and o < s:
            s, o = o, s
        return (self.predicate, s, o, self.start)


@dataclass
class Context:
    """What an extractor may know beyond the parsed document."""

    article: Article
    cache: dict[str, object] = field(default_factory=dict)


@runtime_checkable
class Extractor(Protocol):
    """Finds relation mentions in a parsed article."""

    name: str
    predicates: tuple[str, ...]

    def __call__(self, doc: Doc, context: Context) -> Iterable[Mention]: ...


@dataclass(frozen=True)
class _Entry:
    factory: Callable[[], Extractor]
    predicates: tuple[str, ...]


class Registry:
    """Extractor factories keyed by name."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}

    def register(
        self, name: str, *, predicates: tuple[str, ...]
    ) -> Callable[[Callable[[], Extractor]], Callable[[], Extractor]]:
        """Decorator registering ``factory`` under ``name``; it emits ``predicates``.

        Raises:
            ExtractorError: a predicate is not one of :data:`PREDICATES`.
        """
        unknown = set(predicates) - set(PREDICATES)
        if unknown:
            raise ExtractorError(
                f"extractor {name!r} declares unknown predicates {sorted(unknown)}; "
                f"available: {', '.join(PREDICATES)}"
            )

        def decorate(factory: Callable[[], Extractor]) -> Callable[[], Extractor]:
            self._entries[name] = _Entry(factory, tuple(predicates))
            return factory

        return decorate

    def names(self) -> list[str]:
        """Registered extractor names, in registration order."""
        return list(self._entries)

    def predicates(self, name: str) -> tuple[str, ...]:
        """Predicates the extractor ``name`` emits.

        Raises:
            ExtractorError: no extractor of that name.
        """
        return self._entry(name).predicates

    def create(self, name: str) -> Extractor:
        """A new extractor from the factory registered as ``name``.

        Raises:
            ExtractorError: no extractor of that name, or the factory's product is no Extractor.
        """
        extractor = self._entry(name).factory()
        if not isinstance(extractor, Extractor):
            raise ExtractorError(f"factory {name!r} did not return an Extractor")
        return extractor

    def _entry(self, name: str) -> _Entry:
        try:
            return self._entries[name]
        except KeyError:
            raise ExtractorError(
                f"unknown extractor {name!r}; available: {', '.join(self._entries) or '(none)'}"
            ) from None


registry = Registry()
