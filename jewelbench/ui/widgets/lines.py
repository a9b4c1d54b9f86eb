"""A list field of a record, typed: how an editor's line table (a design's metals, a
supplier's contacts …) reads the record's lines and puts changed ones back into a copy of it.

    METALS = Lines("metals", lambda d: d.metals, lambda d, lines: replace(d, metals=lines))

mypy checks both the field read and the field replaced, where a field named by a string
(`replace(design, **{key: lines})`) is checked by nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

R = TypeVar("R")  # the record: a Design, a Supplier …
L = TypeVar("L")  # one of its lines: a MetalLine, a Contact …


@dataclass(frozen=True)
class Lines(Generic[R, L]):
    name: str  # the field's name, for the table's remembered layout ("metals" …)
    read: Callable[[R], Sequence[L]]
    write: Callable[[R, list[L]], R]

    def of(self, record: R) -> list[L]:
        """The record's lines, as a list of its own to change."""
        return list(self.read(record))
