"""What the comparison view shows, worked out from the engine's answer: plain Python, no widget.

- verdict(): the verdict's sentence with each figure in it a link, and the figures behind it
  (each route a year and a piece, a plan's mix and orders), every link named in `links`;
- table(): a row for in-house and each route, each cell's text, tooltip and the figure it
  opens ("total", "per_piece", "diff" or "break_even" with the route: a Key);
- warnings(): what to warn of (capacity, what was left out, notes), each once, and how the
  view says the first few;
- problem(): the engine's message where the verdict goes when nothing can be compared;
- explanation(): what "How this number is made" shows for a Key.

The view (comparison.py) puts these into its labels, table and panel; tests read them without
building a window. The sentences keep the view's translation context ("ComparisonView").
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from jewelbench.domain.costing import IN_HOUSE, BreakEven, Comparison, RouteCost
from jewelbench.domain.costing_figures import PER_YEAR, Figure, show
from jewelbench.domain.costing_inputs import CollectionPlan
from jewelbench.domain.messages import fill
from jewelbench.ui.costs.explain import figure_text
from jewelbench.ui.costs.footing import printed_difference
from jewelbench.ui.costs.search_range import bands_cell
from jewelbench.ui.formatting import integer_text
from jewelbench.ui.i18n import say

translate = QCoreApplication.translate

Key = tuple[Any, ...]  # the figure a link or a cell opens: (kind, route)
WARNINGS_SHOWN = 3  # lines the warnings say; their tooltip has them all


@dataclass
class Links:
    """The figures the verdict's links open, by the link's name (f0, f1 …)."""

    keys: dict[str, Key] = field(default_factory=dict)

    def add(self, key: Key) -> str:
        name = f"f{len(self.keys)}"
        self.keys[name] = key
        return name

    def anchor(self, text: str, key: Key, colour: str) -> str:
        """text (escaped already) as a link to the figure key names."""
        return (f"<a href='{self.add(key)}' style='color:{colour}; "
                f"text-decoration:none'>{text}</a>")


@dataclass(frozen=True)
class Verdict:
    text: str  # the engine's sentence, as a screen reader says it
    html: str  # the sentence with each figure it names a link
    detail: str  # the figures behind it (rich text, links too)
    links: dict[str, Key]


@dataclass(frozen=True)
class Cell:
    text: str
    key: Key
    tip: str
    numeric: bool = False


@dataclass(frozen=True)
class RouteRow:
    route: str
    cheapest: bool  # shown bold, "✓ cheapest" in its name
    cells: tuple[Cell, ...]  # route, a year, a piece, against in-house, in-house cheaper


@dataclass(frozen=True)
class Warnings:
    lines: tuple[str, ...]  # each once, in order

    @property
    def shown(self) -> tuple[str, ...]:
        """The lines said; the tooltip has them all."""
        return self.lines[:WARNINGS_SHOWN]

    @property
    def more(self) -> int:
        """How many lines are not said."""
        return len(self.lines) - len(self.shown)

    def text(self, and_more: str = "") -> str:
        """The lines said, each with a sign, then and_more when some are not said (how many
        more: the view words it, lupdate sees a plural only in a widget's tr())."""
        text = "\n".join(f"⚠ {line}" for line in self.shown)
        return f"{text}\n{and_more}" if self.more and and_more else text

    @property
    def tooltip(self) -> str:
        return "\n".join(f"• {line}" for line in self.lines)


@dataclass(frozen=True)
class Explanation:
    """What "How this number is made" shows: a figure (and its title), or lines of text."""

    kind: str
    route: str
    figure: Figure | None
    title: str = ""
    lines: tuple[str, ...] = ()

    @property
    def rounding_signs(self) -> tuple[int, int] | None:
        """How the terms of a difference add up to it (a total's and a piece's: all +)."""
        return (1, -1) if self.kind == "diff" else None

    @property
    def foots(self) -> bool:
        """Whether a Rounding line may go under it (its printed terms add up to it)."""
        return self.kind in ("total", "per_piece", "diff")


def route_name(route: str) -> str:
    return translate("ComparisonView", "In-house") if route == IN_HOUSE else route


def break_even_for(comparison: Comparison, route: str) -> BreakEven | None:
    return next((b for b in comparison.break_evens if b.route == route), None)


def signed(text: str) -> str:
    """A difference with its sign: "+1,665.00", "−1,665.00"."""
    return text.replace("-", "−") if text.startswith("-") else "+" + text


def difference(comparison: Comparison, cost: RouteCost) -> Figure:
    """A route's year less in-house's, as the two printed totals differ."""
    inh = comparison.in_house
    return Figure(fill(translate("ComparisonView", "{route} against in-house"), route=cost.route),
                  printed_difference(comparison, cost), comparison.currency, PER_YEAR,
                  f"{figure_text(cost.total)} − {figure_text(inh.total)}",
                  (cost.total, inh.total))


# --- the verdict ----------------------------------------------------------------------------


def verdict(comparison: Comparison, plan: CollectionPlan | None, link_colour: str) -> Verdict:
    """The verdict's sentence and the figures behind it, each figure a link (link_colour: the
    palette's, as a name)."""
    links = Links()
    text = say(comparison.verdict_message())
    escaped = html.escape(text, quote=False)
    figures: list[tuple[str, Key]] = []
    for cost in (comparison.in_house, *comparison.routes):
        figures.append((say(comparison.yearly(cost)), ("total", cost.route)))
    for found in comparison.break_evens:
        figures.append((say(found.clause_message()), ("break_even", found.route)))
    done: set[str] = set()
    for shown, key in figures:
        target = html.escape(shown, quote=False)
        if target in done or target not in escaped:
            continue
        done.add(target)
        escaped = escaped.replace(target, links.anchor(target, key, link_colour), 1)
    detail = _detail(comparison, plan, links, link_colour)
    return Verdict(text, escaped, detail, links.keys)


def _detail(comparison: Comparison, plan: CollectionPlan | None, links: Links,
            link_colour: str) -> str:
    """The figures behind the verdict: each route a year and a piece, and where in-house
    starts (or never starts) to win against the best quote."""
    parts = []
    best = comparison.cheapest
    rival = best if best.route != IN_HOUSE else (
        min(comparison.routes, key=lambda r: r.total.value) if comparison.routes else None)
    inh = comparison.in_house

    def link(text: str, key: Key) -> str:
        return links.anchor(html.escape(text), key, link_colour)

    parts.append(fill(translate("ComparisonView", "In-house: {total} a year, {per_piece} a piece"),
                      total=link(show(inh.total.value, comparison.currency),
                                 ("total", IN_HOUSE)),
                      per_piece=link(show(inh.per_piece.value, comparison.currency),
                                     ("per_piece", IN_HOUSE))))
    if rival is not None:
        parts.append(fill(translate("ComparisonView",
                                    "{route}: {total} a year, {per_piece} a piece"),
                          route=html.escape(rival.route),
                          total=link(show(rival.total.value, comparison.currency),
                                     ("total", rival.route)),
                          per_piece=link(show(rival.per_piece.value, comparison.currency),
                                         ("per_piece", rival.route))))
    elif not comparison.routes:
        parts.append(html.escape(translate("ComparisonView", "No valid quote to compare with.")))
    if plan is not None and len(plan.lines) > 1:
        parts.append(html.escape(fill(translate(
            "ComparisonView",
            "{count} designs; planned {total_volume} pieces a year, costed at {volume} "
            "in the plan's mix"),
            count=str(len(plan.lines)), total_volume=integer_text(plan.total_volume),
            volume=integer_text(comparison.volume))))
    if plan is not None and plan.orders_per_year > 1:
        parts.append(html.escape(fill(translate(
            "ComparisonView",
            "bought in {orders_per_year} orders a year: MOQ, tiers and minimum order "
            "value apply to each order"), orders_per_year=integer_text(plan.orders_per_year))))
    said = comparison.why_message()
    why = say(said) if said is not None else ""
    figures = " · ".join(parts)
    return f"{html.escape(why, quote=False)}<br>{figures}" if why else figures


def problem(message: str, problems: Sequence[Any], missing: bool, colour: str
            ) -> tuple[str, str]:
    """The verdict's and the detail's rich text when nothing can be compared: the engine's
    message (in colour, the palette's error colour), and each problem with what to do."""
    if not problems:
        return f"<span style='color:{colour}'>{html.escape(message)}</span>", ""
    head = translate("ComparisonView", "Cannot compute the costs:")
    items = "".join(f"<li>{html.escape(say(p))}</li>" for p in problems)
    what_to_do = translate(
        "ComparisonView", "Enter what is missing (Enter Prices…, or Costs ▸ Update Prices…), "
        "or pick another costing date.") if missing else translate(
        "ComparisonView", "Add what is missing under Scenarios & Prices, or pick another "
        "costing date.")
    return (f"<span style='color:{colour}'>{html.escape(head)}</span>",
            f"<ul style='margin:0'>{items}</ul>" + html.escape(what_to_do))


# --- the table ------------------------------------------------------------------------------


def table(comparison: Comparison) -> list[RouteRow]:
    """In-house, then each route: its name, a year, a piece, against in-house, and where
    in-house is cheaper (in-house's own notes in that column)."""
    rows = []
    best = comparison.cheapest
    for cost in (comparison.in_house, *comparison.routes):
        is_inh = cost.route == IN_HOUSE
        total: Key = ("total", cost.route)
        name = route_name(cost.route)
        if cost is best:
            name = fill(translate("ComparisonView", "{name}  ✓ cheapest"), name=name)
        cells = [Cell(name, total, cost.route),
                 Cell(cost.total.display().replace(" per year", ""), total,
                      say(cost.total.formula), numeric=True),
                 Cell(cost.per_piece.display().replace(" per piece", ""),
                      ("per_piece", cost.route), say(cost.per_piece.formula), numeric=True)]
        if is_inh:
            notes = "; ".join(say(note) for note in cost.notes)
            cells += [Cell("—", total, ""), Cell(notes or "—", total, notes)]
        else:
            diff = difference(comparison, cost)
            pct = (diff.value / comparison.in_house.total.value * 100
                   if comparison.in_house.total.value else None)
            text = signed(show(diff.value, comparison.currency))
            if pct is not None:
                text += f"  ({signed(show(pct, None, 0))} %)"
            found = break_even_for(comparison, cost.route)
            cells += [Cell(text, ("diff", cost.route), diff.formula, numeric=True),
                      Cell(bands_cell(found) if found else "—", ("break_even", cost.route),
                           say(found.describe_message()) if found else "")]
        rows.append(RouteRow(cost.route, cost is best, tuple(cells)))
    return rows


# --- warnings -------------------------------------------------------------------------------


def warnings(comparison: Comparison, setup: Any) -> Warnings:
    """Capacity, what the setup left out or notes, a scenario without equipment, the engine's
    warnings and each route's notes: each once, in order."""
    lines = [say(comparison.capacity_warning)] if comparison.capacity_warning else []
    if setup is not None:
        lines += [fill(translate("ComparisonView", "Left out: {what}"), what=say(s))
                  for s in setup.skipped]
        lines += [say(note) for note in getattr(setup, "notes", ())]
        if not setup.scenario.equipment:
            lines.append(fill(translate(
                "ComparisonView", "Scenario “{scenario}” lists no equipment: in-house counts no "
                "equipment cost. Add the equipment in its editor if it needs any."),
                scenario=setup.scenario.name))
    lines += [say(warning) for warning in comparison.warnings]
    for cost in comparison.routes:
        lines += [fill(translate("ComparisonView", "{route}: {note}"), route=cost.route,
                       note=say(note))
                  for note in cost.notes if note not in comparison.warnings]
    return Warnings(tuple(dict.fromkeys(lines)))


# --- "How this number is made" --------------------------------------------------------------


def explanation(comparison: Comparison, key: Key | None) -> Explanation | None:
    """What explaining the figure key names shows; None when the comparison has none."""
    if key is None:
        return None
    kind, route = key[0], key[1]
    cost = next((c for c in (comparison.in_house, *comparison.routes) if c.route == route),
                None)
    if cost is None:
        return None
    name = route_name(route)
    volume = integer_text(comparison.volume)
    if kind == "total":
        return Explanation(kind, route, cost.total, fill(translate(
            "ComparisonView", "{name}, a year at {volume} pieces"), name=name, volume=volume))
    if kind == "per_piece":
        return Explanation(kind, route, cost.per_piece, fill(translate(
            "ComparisonView", "{name}, a piece at {volume} pieces a year"),
            name=name, volume=volume))
    if kind == "diff":
        return Explanation(kind, route, difference(comparison, cost))
    if kind == "break_even":
        found = break_even_for(comparison, route)
        if found is None:
            return None
        figure = found.figure
        if figure is not None and found.volume is not None:
            return Explanation(kind, route, figure, say(found.describe_message()))
        lines = [say(found.describe_message())] + [
            f"{integer_text(c.volume)}: {say(c.reason)}" for c in found.crossings if c.reason]
        return Explanation(kind, route, None, fill(translate(
            "ComparisonView", "Break-even against {route}"), route=route), tuple(lines))
    return None
