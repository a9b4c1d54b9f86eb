"""The marks struck on a piece, market by market: what a tech pack warns about by itself.

A tech pack names the markets a piece is sold in (free text). Three have known rules:
- the UK and Ireland: a piece described as gold, silver, platinum or palladium must carry an
  assay office hallmark once its precious metal reaches the exemption weight;
- Norway (forskrift om edelmetallarbeider): a fineness mark (finhetsmerke) must state one of
  the standard finenesses, a fineness between two standards is marked with the lower one,
  below the lowest the piece may not be sold as that metal, and a fineness mark is struck
  only together with the maker's registered responsibility mark (ansvarsmerke). Palladium is
  not a precious metal there: it has no Norwegian fineness mark.
Everywhere a quality mark is struck, the maker's mark belongs beside it (the US National Gold
and Silver Stamping Act; a UK or Irish sponsor's mark; Norway's ansvarsmerke).

Every sentence is a Message, said in the reader's language by the ui and the printouts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.designs import Design
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, Text, and_list

__all__ = ["HALLMARK_EXEMPTION_G", "NORWAY_FINENESSES", "DfmWarning", "alloy_of",
           "hallmark_market", "hallmark_warnings", "norwegian_fineness"]


@dataclass(frozen=True)
class DfmWarning:
    """A problem jewelbench sees by itself in a piece: code is stable (an acknowledgement
    stays with its warning across edits); said is what is wrong in this piece and rule the
    rule behind it, each a Message to say in the reader's language."""

    code: str
    said: Message
    rule: Message

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return str(self.said)

    @property
    def why(self) -> str:
        """The rule behind it, in English."""
        return str(self.rule)


METAL_NAMES: dict[str, Text] = {
    "gold": QT_TRANSLATE_NOOP("metals", "gold"),
    "silver": QT_TRANSLATE_NOOP("metals", "silver"),
    "platinum": QT_TRANSLATE_NOOP("metals", "platinum"),
    "palladium": QT_TRANSLATE_NOOP("metals", "palladium"),
}

# Below these weights of a precious metal an article needs no hallmark (UK Hallmarking Act
# 1973 and the Irish Hallmarking Acts use the same exemption weights).
_EXEMPTION_G = {"gold": Decimal("1"), "silver": Decimal("7.78"), "platinum": Decimal("0.5"),
                "palladium": Decimal("1")}
HALLMARK_EXEMPTION_G: dict[str, dict[str, Decimal]] = {"UK": _EXEMPTION_G,
                                                       "Ireland": _EXEMPTION_G}
# Norway's standard finenesses (millesimal), lowest first.
NORWAY_FINENESSES: dict[str, tuple[int, ...]] = {
    "gold": (375, 585, 750, 916, 999),
    "silver": (800, 830, 925, 999),
    "platinum": (850, 900, 950, 999),
}
_MARKET_NAMES = {
    "UK": ("uk", "u.k.", "united kingdom", "gb", "great britain", "britain", "england",
           "scotland", "wales", "northern ireland", "storbritannia"),
    "Ireland": ("ireland", "ie", "irl", "republic of ireland", "eire", "éire", "irland"),
    "Norway": ("norway", "no", "nor", "norge", "noreg", "kingdom of norway"),
}
_HALLMARK_LAW = {
    "UK": QT_TRANSLATE_NOOP(
        "dfm", "Under the UK Hallmarking Act 1973 an article described as gold, silver, "
               "platinum or palladium must carry an assay office hallmark unless it is under "
               "the exemption weight: gold 1 g, silver 7.78 g, platinum 0.5 g, palladium 1 g."),
    "Ireland": QT_TRANSLATE_NOOP(
        "dfm", "Under the Irish Hallmarking Acts an article described as gold, silver, platinum "
               "or palladium must be hallmarked by the Assay Office at Dublin Castle unless it "
               "is under the exemption weight: gold 1 g, silver 7.78 g, platinum 0.5 g, "
               "palladium 1 g."),
}
_REQUIRES = {
    "UK": QT_TRANSLATE_NOOP("dfm", "The UK requires a hallmark on {metal} of {exemption} g or "
                                   "more; this piece has {content}."),
    "Ireland": QT_TRANSLATE_NOOP("dfm", "Ireland requires a hallmark on {metal} of {exemption} g "
                                        "or more; this piece has {content}."),
}
_WEIGHT_OF = QT_TRANSLATE_NOOP("dfm", "{weight} g of {alloy}")
_WEIGHT_OF_PARTS = QT_TRANSLATE_NOOP("dfm", "{weight} g of {metal} ({parts})")
_NORWAY_LAW = QT_TRANSLATE_NOOP(
    "dfm", "Under Norway's rules for precious metal articles (forskrift om edelmetallarbeider) "
           "a fineness mark states a standard fineness: gold 375, 585, 750, 916 or 999; silver "
           "800, 830, 925 or 999; platinum 850, 900, 950 or 999. An alloy between two "
           "standards is marked with the lower one, and one below the lowest may not be sold "
           "as that metal. A fineness mark may only be struck together with the maker's "
           "responsibility mark (ansvarsmerke), registered with Justervesenet. Palladium is not "
           "a precious metal there.")
_NORWAY_LOWER = QT_TRANSLATE_NOOP(
    "dfm", "For Norway {alloy} ({fineness}) is marked {standard}, the standard below it; its "
           "stamp says {stamp}.")
_NORWAY_THOUSANDTHS = QT_TRANSLATE_NOOP(
    "dfm", "For Norway {alloy} is marked {standard}: a Norwegian fineness mark states "
           "thousandths; its stamp says {stamp}.")
_NORWAY_BELOW = QT_TRANSLATE_NOOP(
    "dfm", "{alloy} ({fineness}) is below Norway's lowest standard for {metal} ({lowest}): it "
           "may not be marked or sold as {metal} there.")
_NORWAY_PALLADIUM = QT_TRANSLATE_NOOP(
    "dfm", "{alloy} is stamped {stamp}, but palladium is not a precious metal in Norway: the "
           "piece may not carry a fineness mark for it there.")
_NORWAY_RESPONSIBILITY = QT_TRANSLATE_NOOP(
    "dfm", "The piece is stamped {stamps} for Norway but has no maker's mark to serve as its "
           "responsibility mark (ansvarsmerke).")
_NO_MAKER_MARK = QT_TRANSLATE_NOOP("dfm", "The piece is stamped {stamps} but has no maker's mark.")
_MAKER_MARK_LAW = QT_TRANSLATE_NOOP(
    "dfm", "In the US a quality mark (925, 14K, 585 …) may only be struck together with the "
           "maker's registered trademark (National Gold and Silver Stamping Act; FTC Jewelry "
           "Guides, 16 CFR Part 23), and a UK or Irish hallmark needs a sponsor's mark as well.")


def hallmark_market(market: str) -> str | None:
    """'uk', 'United Kingdom', 'GB' → 'UK'; 'IE' → 'Ireland'; 'Norge', 'NO' → 'Norway'; a
    market with no known hallmarking rule → None."""
    text = (market or "").strip().casefold()
    for name, aliases in _MARKET_NAMES.items():
        if text in aliases:
            return name
    return None


def norwegian_fineness(metal: str, fineness: int) -> int | None:
    """The standard fineness a Norwegian fineness mark states for an alloy: the highest
    standard at or below its fineness; None below the lowest, or for a metal Norway does not
    count as precious (palladium, base metals)."""
    standards = [s for s in NORWAY_FINENESSES.get(metal, ()) if s <= fineness]
    return standards[-1] if standards else None


def alloy_of(code: str, alloys: Sequence[Alloy]) -> Alloy | None:
    return next((alloy for alloy in alloys if alloy.code == code), None)


def _lower_first(name: str) -> str:
    return name[:1].lower() + name[1:] if name[:2] != name[:2].upper() else name


def hallmark_warnings(design: Design, markets: Sequence[str], maker_mark: str,
                      alloys: Sequence[Alloy]) -> list[DfmWarning]:
    """The marking problems of design for the markets named, and the maker's mark missing
    beside a quality stamp (wherever it is sold)."""
    known: list[str] = []
    for market in markets:
        name = hallmark_market(market)
        if name is not None and name not in known:
            known.append(name)
    lines = [(line.finished_weight_g, alloy) for line in design.metals
             for alloy in [alloy_of(line.alloy_code, alloys)] if alloy is not None]
    stamps = sorted({alloy.stamp for _weight, alloy in lines if alloy.stamp})
    warnings: list[DfmWarning] = []
    if stamps and not maker_mark:
        if "Norway" in known:
            warnings.append(DfmWarning("hallmark_norway_responsibility_mark",
                                       _NORWAY_RESPONSIBILITY(stamps=and_list(stamps)),
                                       _NORWAY_LAW()))
        warnings.append(DfmWarning("stamp_without_maker_mark",
                                   _NO_MAKER_MARK(stamps=and_list(stamps)), _MAKER_MARK_LAW()))
    for market in known:
        if market == "Norway":
            warnings += _norway_warnings(lines)
        else:
            warnings += _assay_warnings(market, lines)
    return warnings


def _assay_warnings(market: str, lines: list[tuple[Decimal, Alloy]]) -> list[DfmWarning]:
    warnings = []
    for metal, exemption in HALLMARK_EXEMPTION_G[market].items():
        of_metal = [(weight, alloy) for weight, alloy in lines if alloy.metal == metal]
        total = sum((weight for weight, _ in of_metal), Decimal(0))
        if not of_metal or total < exemption:
            continue
        if len(of_metal) == 1:
            content = _WEIGHT_OF(weight=total, alloy=_lower_first(of_metal[0][1].name))
        else:
            content = _WEIGHT_OF_PARTS(
                weight=total, metal=METAL_NAMES[metal](),
                parts=tuple(_WEIGHT_OF(weight=weight, alloy=_lower_first(alloy.name))
                            for weight, alloy in of_metal))
        warnings.append(DfmWarning(
            f"hallmark_{market.lower()}_{metal}",
            _REQUIRES[market](metal=METAL_NAMES[metal](), exemption=exemption, content=content),
            _HALLMARK_LAW[market]()))
    return warnings


def _stamped_fineness(stamp: str) -> int | None:
    """The millesimal fineness a stamp states ("925", "Ag 830", "750"); None for a karat
    stamp ("18K") or none at all."""
    found = re.fullmatch(r"\D*?(\d{3})\D*", stamp.strip())
    return int(found.group(1)) if found else None


def _norway_warnings(lines: list[tuple[Decimal, Alloy]]) -> list[DfmWarning]:
    warnings: list[DfmWarning] = []
    seen: set[str] = set()
    for _weight, alloy in lines:
        if not alloy.stamp or alloy.code in seen:
            continue
        seen.add(alloy.code)
        if alloy.metal == "palladium":
            warnings.append(DfmWarning(f"hallmark_norway_palladium_{alloy.code.lower()}",
                                       _NORWAY_PALLADIUM(alloy=alloy.name, stamp=alloy.stamp),
                                       _NORWAY_LAW()))
            continue
        if alloy.metal not in NORWAY_FINENESSES:
            continue
        standard = norwegian_fineness(alloy.metal, alloy.fineness)
        if standard is None:
            warnings.append(DfmWarning(
                f"hallmark_norway_below_{alloy.code.lower()}",
                _NORWAY_BELOW(alloy=alloy.name, fineness=alloy.fineness,
                              metal=METAL_NAMES[alloy.metal](),
                              lowest=NORWAY_FINENESSES[alloy.metal][0]),
                _NORWAY_LAW()))
        elif _stamped_fineness(alloy.stamp) != standard:
            said = (_NORWAY_THOUSANDTHS(alloy=alloy.name, standard=standard, stamp=alloy.stamp)
                    if standard == alloy.fineness else
                    _NORWAY_LOWER(alloy=alloy.name, fineness=alloy.fineness, standard=standard,
                                  stamp=alloy.stamp))
            warnings.append(DfmWarning(f"hallmark_norway_fineness_{alloy.code.lower()}", said,
                                       _NORWAY_LAW()))
    return warnings
