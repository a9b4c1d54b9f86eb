"""A make-or-buy comparison as plain text and as JSON (`jewelbench compare`): the verdict and why
(the largest part of the dearer side's piece), each route's yearly total and cost per piece, the
break-even against each supplier, the per-piece breakdown, and the quotes left out — the figures
the comparison view shows, from the same engine. Text shows amounts rounded to the currency's
minor unit; JSON gives each amount exact (a Decimal string) and rounded, with its currency and
unit."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jewelbench.domain.costing import IN_HOUSE, Comparison, RouteCost
from jewelbench.domain.costing_analysis import BreakEven
from jewelbench.domain.costing_figures import (
    PER_PIECE,
    PER_YEAR,
    Figure,
    rounded,
    show,
    show_pct,
)
from jewelbench.domain.costing_margin import Margin
from jewelbench.storage.costing import CostingSetup


def _exact(value: Decimal) -> str:
    """The exact value as plain digits (never an exponent), trailing zeros dropped."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def amount(figure: Figure) -> dict[str, Any]:
    """An amount for JSON: exact and rounded Decimal strings, its currency and unit."""
    return {"value": _exact(figure.value),
            "rounded": str(rounded(figure.value, figure.currency)),
            "currency": figure.currency, "unit": figure.unit}


def break_even_text(found: BreakEven) -> str:
    """The break-even volume in a few words: '255 pieces' or 'none in range (to 1,500)'."""
    if found.volume is None:
        return f"none in range (to {found.searched_to:,})"
    return f"{found.volume:,} pieces"


def _routes(comparison: Comparison) -> tuple[RouteCost, ...]:
    return (comparison.in_house, *comparison.routes)


def _notes(setup: CostingSetup, comparison: Comparison) -> list[str]:
    notes = [f"{route.route}: {note}" for route in _routes(comparison) for note in route.notes]
    return notes + [w for w in comparison.warnings if w not in notes] + list(setup.notes)


def comparison_text(setup: CostingSetup, comparison: Comparison) -> str:
    currency = comparison.currency
    lines = [setup.title,
             f"In-house scenario '{setup.scenario.name}', costed on "
             f"{setup.prices.on.isoformat()} in {currency}, {comparison.volume:,} pieces a "
             "year", "", comparison.verdict()]
    why = comparison.why()
    lines += [why] if why else []
    lines += [line for line in (comparison.basis_note, *comparison.losses) if line] + [""]
    routes = _routes(comparison)
    width = max(len("Route"), *(len(r.route) for r in routes))
    totals = [r.total.display().removesuffix(f" {PER_YEAR}") for r in routes]
    pieces = [r.per_piece.display().removesuffix(f" {PER_PIECE}") for r in routes]
    total_width = max(len("Per year"), *(len(t) for t in totals))
    piece_width = max(len("Per piece"), *(len(p) for p in pieces))
    breaks = {b.route: b for b in comparison.break_evens}
    lines.append(f"{'Route':<{width}}  {'Per year':>{total_width}}  "
                 f"{'Per piece':>{piece_width}}  Break-even")
    for route, total, piece in zip(routes, totals, pieces):
        found = breaks.get(route.route)
        lines.append(f"{route.route:<{width}}  {total:>{total_width}}  "
                     f"{piece:>{piece_width}}  "
                     f"{break_even_text(found) if found else '—'}".rstrip())
    for found in comparison.break_evens:
        lines.append(f"  {found.describe()}")
    lines += ["", f"Per piece at {comparison.volume:,} pieces a year"]
    breakdown = [(route.route, piece, [(f"  {f.label}", f.display().removesuffix(
        f" {PER_PIECE}")) for f in route.per_piece_components])
        for route, piece in zip(routes, pieces)]
    label_width = max(len(text) for name, _, parts in breakdown
                      for text in (name, *(label for label, _ in parts)))
    value_width = max(len(text) for _, piece, parts in breakdown
                      for text in (piece, *(value for _, value in parts)))
    for name, piece, parts in breakdown:
        lines += [f"{label:<{label_width}}  {value:>{value_width}}"
                  for label, value in [(name, piece), *parts]]
    lines += ["", *margin_table(comparison)]
    lines += ["", "Skipped" if setup.skipped else "Skipped: none"]
    lines += [f"  {line}" for line in setup.skipped]
    notes = _notes(setup, comparison)
    if notes:
        lines += ["", "Notes"] + [f"  {note}" for note in notes]
    return "\n".join(lines) + "\n"


def _pct(value: Decimal | None) -> str:
    return "—" if value is None else show_pct(value)


def margin_table(comparison: Comparison) -> list[str]:
    """Margin at the volume: each design × route, its cost per piece against its wholesale
    and retail price, margin and markup; "LOSES MONEY" where the cost is above wholesale."""
    cur = comparison.currency
    head = ("Design", "Route", "Cost/piece", "Wholesale", "Retail", "Margin", "Margin %",
            "Markup %", "")
    rows: list[tuple[str, ...]] = [head]
    for m in comparison.margins:
        money = [show(v, cur).removesuffix(f" {cur}") if v is not None else "—"
                 for v in (m.cost_per_piece, m.wholesale, m.retail, m.margin)]
        rows.append((m.design, m.route, *money, _pct(m.margin_pct), _pct(m.markup_pct),
                     "LOSES MONEY" if m.loses_money else ""))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    out = [f"Margin at {comparison.volume:,} pieces a year ({cur}; wholesale: "
           f"{_wholesale_from(comparison.margins)})"]
    for row in rows:
        cells = [f"{c:<{w}}" if i < 2 else f"{c:>{w}}" for i, (c, w) in
                 enumerate(zip(row[:-1], widths))]
        out.append(("  " + "  ".join(cells) + "  " + row[-1]).rstrip())
    return out


def _wholesale_from(margins: tuple[Margin, ...]) -> str:
    """Where each design's wholesale price comes from, grouped (a plan can have hundreds):
    "retail × 0.5" or "its own for RG-014; retail × 0.5 for the others"."""
    by_source: dict[str, list[str]] = {}
    for design, source in dict.fromkeys((m.design, m.wholesale_from) for m in margins):
        by_source.setdefault(source, []).append(design)
    if len(by_source) <= 1:
        return next(iter(by_source), "no designs")
    common = max(by_source, key=lambda source: len(by_source[source]))
    parts = [f"{source} for {', '.join(codes)}" for source, codes in by_source.items()
             if source != common]
    return "; ".join([*parts, f"{common} for the others"])


def _margin_json(m: Margin) -> dict[str, Any]:
    def money(value: Decimal | None) -> dict[str, Any] | None:
        return None if value is None else amount(Figure("", value, m.currency, PER_PIECE))

    def pct(value: Decimal | None) -> str | None:
        return None if value is None else _exact(value)

    return {"design": m.design, "route": m.route, "pieces": _exact(m.pieces),
            "cost_per_piece": money(m.cost_per_piece), "wholesale": money(m.wholesale),
            "wholesale_from": m.wholesale_from, "retail": money(m.retail),
            "margin": money(m.margin), "margin_pct": pct(m.margin_pct),
            "markup_pct": pct(m.markup_pct), "loses_money": m.loses_money}


def comparison_json(setup: CostingSetup, comparison: Comparison) -> dict[str, Any]:
    routes: list[dict[str, Any]] = []
    by_name = {route.name: route for route in setup.routes}
    for cost in _routes(comparison):
        entry: dict[str, Any] = {
            "name": cost.route, "kind": "in-house" if cost.route == IN_HOUSE else "outsourced",
            "total": amount(cost.total), "per_piece": amount(cost.per_piece),
            "breakdown": [{"component": key.value, "label": year.label,
                           "per_year": amount(year), "per_piece": amount(piece)}
                          for key, year, piece in zip(cost.keys, cost.components,
                                                      cost.per_piece_components)],
            "notes": list(cost.notes)}
        route = by_name.get(cost.route)
        if route is not None:
            entry["quotes"] = [{"design": code, "quote_id": quote.id,
                                "reference": quote.reference, "currency": quote.currency,
                                "incoterm": quote.incoterm.value}
                               for code, quote in route.quotes.items()]
        routes.append(entry)
    return {
        "title": setup.title,
        "scenario": setup.scenario.name,
        "costing_date": setup.prices.on.isoformat(),
        "currency": comparison.currency,
        "volume": comparison.volume,
        "volume_unit": "pieces per year",
        "plan": [{"design": line.design.code, "planned_volume": line.volume}
                 for line in setup.plan.lines],
        "verdict": comparison.verdict(),
        "why": comparison.why(),
        "routes": routes,
        "break_evens": [{"route": found.route, "volume": found.volume,
                         "searched_to": found.searched_to,
                         "in_house_cheaper": [{"from": first, "to": last}
                                              for first, last in found.in_house_ranges],
                         "description": found.describe()}
                        for found in comparison.break_evens],
        "basis": None if comparison.basis is None else {
            "basis": comparison.basis.basis.value, "label": comparison.basis.label,
            "share": _exact(comparison.basis.share), "pool": comparison.basis.pool_name,
            "note": comparison.basis_note},
        "margins": [_margin_json(m) for m in comparison.margins],
        "losses": list(comparison.losses),
        "skipped": list(setup.skipped),
        "notes": _notes(setup, comparison),
    }
