"""Query results read from Oxigraph as rdflib :class:`~rdflib.query.Result` objects.

Rows are read from Oxigraph once, as they are iterated, and each distinct term is converted to
an rdflib term once, when a cell is first read (:class:`OxigraphResult`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pyoxigraph as ox
from rdflib import XSD, BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier

from graph.errors import QueryError

_XSD_STRING = str(XSD.string)


class _Terms:
    """Converts Oxigraph terms to rdflib terms, each distinct term once."""

    def __init__(self) -> None:
        self.seen: dict[object, Identifier] = {}

    def __call__(self, term: Any) -> Any:
        if term is None:
            return None
        try:
            return self.seen[term]
        except KeyError:
            pass
        out: Any
        if isinstance(term, ox.NamedNode):
            out = URIRef(term.value)
        elif isinstance(term, ox.Literal):
            if term.language:
                out = Literal(term.value, lang=term.language)
            elif term.datatype.value == _XSD_STRING:
                out = Literal(term.value)
            else:
                out = Literal(term.value, datatype=URIRef(term.datatype.value))
        elif isinstance(term, ox.BlankNode):
            out = BNode(term.value)
        elif isinstance(term, ox.Triple):
            out = (self(term.subject), self(term.predicate), self(term.object))
        else:  # pragma: no cover - Oxigraph has no other kind of term
            raise QueryError(f"unexpected term in a query result: {term!r}")
        self.seen[term] = out
        return out


class OxigraphRow(Sequence[Any]):
    """One solution: indexable by position, variable name or :class:`rdflib.Variable`, and
    by attribute, like rdflib's ``ResultRow``; cells are converted when first read."""

    __slots__ = ("_index", "_positions", "_solution", "_terms")

    def __init__(self, solution: ox.QuerySolution, index: dict[str, int], terms: _Terms,
                 positions: tuple[int, ...]) -> None:
        self._solution = solution
        self._index = index  # variable name -> its position in the solution
        self._positions = positions  # column -> its position in the solution
        self._terms = terms

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            return tuple(self)[key]
        if not isinstance(key, int):
            return self._terms(self._solution[self._index[str(key)]])
        if key < 0:
            key += len(self._positions)
        if not 0 <= key < len(self._positions):
            raise IndexError(key)
        return self._terms(self._solution[self._positions[key]])

    def __iter__(self) -> Iterator[Any]:
        terms, solution = self._terms, self._solution
        return (terms(solution[i]) for i in self._positions)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._terms(self._solution[self._index[name]])
        except KeyError:
            raise AttributeError(name) from None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (tuple, OxigraphRow)) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"OxigraphRow({tuple(self)!r})"

    def asdict(self) -> dict[str, Identifier]:
        """The bound cells by variable name (unbound ones left out)."""
        return {name: v for name, i in self._index.items() if (v := self._terms(self._solution[i])) is not None}


class OxigraphResult(Result):
    """A pyoxigraph result as an rdflib :class:`~rdflib.query.Result`: rows are read from
    Oxigraph once, as they are iterated, and keep Oxigraph's terms until a cell is read."""

    def __init__(self, result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> None:
        self._terms = _Terms()
        self._solutions: ox.QuerySolutions | None = None
        self._read: list[ox.QuerySolution] = []
        if isinstance(result, ox.QueryBoolean):
            super().__init__("ASK")
            self.askAnswer = bool(result)
        elif isinstance(result, ox.QueryTriples):
            super().__init__("CONSTRUCT")
            g = Graph()
            g.addN((*self._terms(t), g) for t in result)  # type: ignore[misc]
            self.graph = g
        else:
            super().__init__("SELECT")
            self.vars = [Variable(v.value) for v in result.variables]
            self._index = {str(v): i for i, v in enumerate(self.vars)}
            self._positions = tuple(range(len(self.vars)))
            self._solutions = result

    def order_columns(self, names: Sequence[str]) -> None:
        """Show the columns in the order of ``names`` (every variable of the result, once)."""
        if sorted(names) != sorted(self._index):
            raise QueryError(f"cannot order the columns {list(self._index)} as {list(names)}")
        self.vars = [Variable(n) for n in names]
        self._positions = tuple(self._index[n] for n in names)

    def _rows(self) -> Iterator[ox.QuerySolution]:
        yield from self._read
        if self._solutions is not None:
            solutions, self._solutions = self._solutions, None
            for solution in solutions:
                self._read.append(solution)
                yield solution

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        if self.type != "SELECT":
            yield from super().__iter__()
            return
        index, terms, positions = self._index, self._terms, self._positions
        for solution in self._rows():
            yield OxigraphRow(solution, index, terms, positions)

    def __len__(self) -> int:
        if self.type != "SELECT":
            return super().__len__()
        return sum(1 for _ in self._rows())

    def __bool__(self) -> bool:
        return bool(self.askAnswer) if self.type == "ASK" else len(self) > 0

    @property  # type: ignore[override]
    def bindings(self) -> list[dict[Variable, Identifier]]:
        """Every solution as ``{Variable: term}`` (unbound variables left out)."""
        if self.type != "SELECT":
            return []
        return [{Variable(k): v for k, v in row.asdict().items()} for row in self]

    @bindings.setter
    def bindings(self, value: Any) -> None:  # rdflib's constructor resets it
        pass

    def plain_rows(self) -> list[dict[str, str]]:
        """Every solution as ``{name: lexical value}`` without making rdflib terms."""
        names = [(str(v), self._index[str(v)]) for v in self.vars or ()]
        out = []
        for solution in self._rows():
            row = {}
            for name, i in names:
                v = solution[i]
                if v is not None:
                    row[name] = v.value
            out.append(row)
        return out
