"""A list field of a record, typed: how an editor's line table (a design's metals, a
supplier's contacts …) reads the record's lines and puts changed ones back into a copy of it.

    METALS = Lines("metals", lambda d: d.metals, lambda d, lines: replace(d, metals=lines))

mypy checks both the field read and the field replaced, where a field named by a string
(`replace(design, **{key: lines})`) is checked by nothing.

One field of a line, edited in a table cell, is a typed Setter the cell's Column carries:

    Setter[MetalLine, Decimal](lambda line, grams: replace(line, finished_weight_g=grams))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

R = TypeVar("R")  # the record: a Design, a Supplier …
L = TypeVar("L")  # one of its lines: a MetalLine, a Contact …
V = TypeVar("V")  # the value a cell's edit gives a field: a Decimal, a code …


@dataclass(frozen=True)
class Lines(Generic[R, L]):
    name: str  # the field's name, for the table's remembered layout ("metals" …)
    read: Callable[[R], Sequence[L]]
    write: Callable[[R, list[L]], R]

    def of(self, record: R) -> list[L]:
        """The record's lines, as a list of its own to change."""
        return list(self.read(record))


class Setter(Generic[L, V]):
    """How an edited cell's value goes into a copy of its line. mypy checks the field's name
    and the value's type in `put`, which a field named by its column's key would hide."""

    def __init__(self, put: Callable[[L, V], L]) -> None:
        self.put = put

    def __call__(self, line: L, value: V) -> L:
        return self.put(line, value)
