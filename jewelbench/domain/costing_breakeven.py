"""A break-even's answer: every volume where the cheaper route changes (Crossing), the bands
where in-house is cheaper (BreakEven) and how they are said in words.

The search itself is costing_analysis.break_even (one design: straight lines between steps)
and costing_whole.whole_break_even (a plan in whole pieces); both answer with these types, so
neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jewelbench.domain.costing_figures import PIECES_PER_YEAR, Figure
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, grouped


@dataclass(frozen=True)
class Crossing:
    """A volume where the cheaper route changes: from `volume` on, in-house is cheaper (or
    equal) when in_house_wins, else the route is cheaper."""

    volume: int
    in_house_wins: bool
    at_boundary: bool  # the totals jump across each other here (MOQ, tier, staff step …)
    meets_at: Decimal | None  # where the straight-line totals are equal (inside a segment)
    reason: str


def band_phrase(first: int, last: int) -> str:
    """One band of volumes in words: "between 2,838 and 3,061", or "at 41" for one volume."""
    return str(band_message(first, last))


def band_message(first: int, last: int) -> Message:
    if first == last:
        return BAND_AT(volume=grouped(first))
    return BAND_BETWEEN(first=grouped(first), last=grouped(last))


def bands_phrase(bands: tuple[tuple[int, int], ...]) -> str:
    """Every band, joined: "between 2,838 and 3,061 and between 3,998 and 4,591 pieces"."""
    return str(bands_message(bands))


def bands_message(bands: tuple[tuple[int, int], ...]) -> Message:
    """bands_phrase as a Message for the reader's language."""
    joined = band_message(*bands[0])
    for first, last in bands[1:]:
        joined = BANDS_AND(bands=joined, band=band_message(first, last))
    return BANDS_PIECES(bands=joined)


BAND_AT = QT_TRANSLATE_NOOP("costing_analysis", "at {volume}")
BAND_BETWEEN = QT_TRANSLATE_NOOP("costing_analysis", "between {first} and {last}")
BANDS_AND = QT_TRANSLATE_NOOP("costing_analysis", "{bands} and {band}")
BANDS_PIECES = QT_TRANSLATE_NOOP("costing_analysis", "{bands} pieces")
CLAUSE_NEVER = QT_TRANSLATE_NOOP(
    "costing_analysis", "in-house is never cheaper up to {searched} pieces")
CLAUSE_EVERYWHERE = QT_TRANSLATE_NOOP(
    "costing_analysis", "in-house is cheaper at every volume up to {searched} pieces")
CLAUSE_BANDS = QT_TRANSLATE_NOOP(
    "costing_analysis", "in-house is cheaper {bands} (searched up to {searched})")
BREAK_EVEN_NEVER = QT_TRANSLATE_NOOP(
    "costing_analysis", "In-house is never cheaper than {route} up to {searched} pieces a year")
BREAK_EVEN_EVERYWHERE = QT_TRANSLATE_NOOP(
    "costing_analysis", "In-house is cheaper than {route} at every volume up to {searched} "
    "pieces a year")
BREAK_EVEN_BANDS = QT_TRANSLATE_NOOP(
    "costing_analysis", "In-house is cheaper than {route} {bands} a year (searched up to "
    "{searched})")


@dataclass(frozen=True)
class BreakEven:
    """Where in-house costs at most the route over 1 … searched_to, found exactly
    (docs/costing.md, "Break-even"): `volume` is the first such volume (None: none in range),
    `bands` every range of them."""

    route: str
    volume: int | None
    searched_to: int
    crossings: tuple[Crossing, ...]
    in_house_total: Figure | None
    route_total: Figure | None

    @property
    def figure(self) -> Figure | None:
        """The break-even volume, explained by the two totals there."""
        if self.volume is None or not self.in_house_total or not self.route_total:
            return None
        return Figure(f"Break-even against {self.route}", Decimal(self.volume), None,
                      PIECES_PER_YEAR, "the first volume at which the in-house total is at "
                      f"most {self.route}'s", (self.in_house_total, self.route_total))

    @property
    def in_house_ranges(self) -> tuple[tuple[int, int | None], ...]:
        """The volume ranges (first, last) where in-house is cheaper or equal; last None: up
        to the end of the search."""
        ranges: list[tuple[int, int | None]] = []
        start = 1 if self.volume == 1 else None
        for crossing in self.crossings:
            if crossing.in_house_wins:
                start = crossing.volume
            elif start is not None:
                ranges.append((start, crossing.volume - 1))
                start = None
        if start is not None:
            ranges.append((start, None))
        return tuple(ranges)

    @property
    def bands(self) -> tuple[tuple[int, int], ...]:
        """Every band (first, last) of volumes in 1 … searched_to where in-house is cheaper or
        equal; a band that reaches the maximum searched ends there."""
        return tuple((first, self.searched_to if last is None else last)
                     for first, last in self.in_house_ranges)

    @property
    def everywhere(self) -> bool:
        """In-house is cheaper (or equal) at every volume searched."""
        return self.bands == ((1, self.searched_to),)

    def in_house_wins_from(self, volume: int) -> int | None:
        """The first volume at or above `volume` where in-house is cheaper or equal."""
        for first, last in self.bands:
            if last >= volume:
                return max(first, volume)
        return None

    def clause(self) -> str:
        """What the verdict says of the bands: "in-house is cheaper between 2,838 and 3,061
        and between 3,998 and 4,591 pieces (searched up to 10,000)"."""
        return str(self.clause_message())

    def clause_message(self) -> Message:
        """clause() as a Message for the reader's language."""
        if not self.bands:
            return CLAUSE_NEVER(searched=grouped(self.searched_to))
        if self.everywhere:
            return CLAUSE_EVERYWHERE(searched=grouped(self.searched_to))
        return CLAUSE_BANDS(bands=bands_message(self.bands), searched=grouped(self.searched_to))

    def describe(self) -> str:
        return str(self.describe_message())

    def describe_message(self) -> Message:
        """Where in-house is cheaper than the route, as a sentence of its own."""
        if not self.bands:
            return BREAK_EVEN_NEVER(route=self.route, searched=grouped(self.searched_to))
        if self.everywhere:
            return BREAK_EVEN_EVERYWHERE(route=self.route, searched=grouped(self.searched_to))
        return BREAK_EVEN_BANDS(route=self.route, bands=bands_message(self.bands),
                                searched=grouped(self.searched_to))
