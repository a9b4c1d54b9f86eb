"""A make-or-buy comparison as plain text and as JSON (`jewelbench compare`): the verdict and why
(the largest part of the dearer side's piece), each route's yearly total and cost per piece, the
break-evens against each supplier (every band of volumes where in-house is cheaper, up to the
maximum searched), the per-piece breakdown, and the quotes left out — the figures
the comparison view shows, from the same engine. Text shows amounts rounded to the currency's
minor unit; JSON gives each amount exact (a Decimal string) and rounded, with its currency and
unit."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jewelbench.domain.costing import IN_HOUSE, Comparison, RouteCost
from jewelbench.domain.costing_breakeven import BreakEven
from jewelbench.domain.costing_figures import (
    PER_PIECE,
    PER_YEAR,
    Figure,
    rounded,
    show,
    show_pct,
)
from jewelbench.domain.costing_margin import Margin
from jewelbench.reports.comparison_customs import customs_json, customs_lines, fees_sentence
from jewelbench.reports.comparison_footing import (
    breakdown_rounding,
    per_piece_rounding_lines,
    rounding_json,
)
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


PIECES_RULE = "whole pieces by largest remainder (ties: the design listed first)"
ORDERS_RULE = ("each design's pieces a year in that many orders of whole pieces; MOQ, tiers "
               "and minimum order value apply to each order, each order shipped at least once")


def _pieces_lines(setup: CostingSetup, comparison: Comparison) -> list[str]:
    """The pieces of each design at the volume (a plan) and the orders a year, when they
    matter."""
    plan = setup.plan
    lines = []
    if len(plan.lines) > 1:
        pieces = plan.pieces_at(comparison.volume)
        lines.append("Pieces: " + ", ".join(f"{line.design.code} {x:,}" for line, x in
                                            zip(plan.lines, pieces)) + f"; {PIECES_RULE}")
    if plan.orders_per_year > 1:
        lines.append(f"Bought in {plan.orders_per_year:,} orders a year: MOQ, tiers and "
                     "minimum order value apply to each order")
    return lines


def cash_text(comparison: Comparison) -> list[str]:
    """The cash view's figures: cash paid by the last month and its present value at the cost
    of capital for each route, and each route's payback against in-house."""
    flows = comparison.cash
    if not flows:
        return []
    last = len(flows[0].cumulative) - 1
    rate = show_pct(flows[0].rate_pct)
    paid = [flow.at(last).display().removesuffix(" cumulative") for flow in flows]
    present = [flow.present_value.display().removesuffix(" present value") for flow in flows]
    width = max(len("Route"), *(len(flow.route) for flow in flows))
    paid_width = max(len(f"Paid by month {last}"), *(len(p) for p in paid))
    value_width = max(len("Present value"), *(len(v) for v in present))
    lines = [f"Cash over {last} months (present value at {rate} a year, monthly)",
             f"{'Route':<{width}}  {f'Paid by month {last}':>{paid_width}}  "
             f"{'Present value':>{value_width}}"]
    lines += [f"{flow.route:<{width}}  {p:>{paid_width}}  {v:>{value_width}}"
              for flow, p, v in zip(flows, paid, present)]
    lines += [f"  {found.describe()}" for found in comparison.paybacks]
    return lines


def comparison_text(setup: CostingSetup, comparison: Comparison) -> str:
    currency = comparison.currency
    lines = [setup.title,
             f"In-house scenario '{setup.scenario.name}', costed on "
             f"{setup.prices.on.isoformat()} in {currency}, {comparison.volume:,} pieces a "
             "year", *_pieces_lines(setup, comparison), "", comparison.verdict()]
    if comparison.capacity_warning:
        lines.append(f"Warning: {comparison.capacity_warning}")
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
    lines += per_piece_rounding_lines(comparison)
    for found in comparison.break_evens:
        lines.append(f"  {found.describe()}")
    lines += customs_lines(comparison)
    lines += ["", f"Per piece at {comparison.volume:,} pieces a year"]
    breakdown = [(route.route, piece, [(f"  {f.label}", f.display().removesuffix(
        f" {PER_PIECE}")) for f in route.per_piece_components] + breakdown_rounding(route))
        for route, piece in zip(routes, pieces)]
    label_width = max(len(text) for name, _, parts in breakdown
                      for text in (name, *(label for label, _ in parts)))
    value_width = max(len(text) for _, piece, parts in breakdown
                      for text in (piece, *(value for _, value in parts)))
    for name, piece, parts in breakdown:
        lines += [f"{label:<{label_width}}  {value:>{value_width}}"
                  for label, value in [(name, piece), *parts]]
    lines += ["", *cash_text(comparison)]
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
            "notes": list(cost.notes), "rounding": rounding_json(cost)}
        route = by_name.get(cost.route)
        customs = next((c for c in comparison.customs if c.route == cost.route), None)
        if customs is not None:
            entry["customs"] = customs_json(customs, amount)
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
        "plan": [{"design": line.design.code, "planned_volume": line.volume,
                  "pieces": pieces}
                 for line, pieces in zip(setup.plan.lines,
                                         setup.plan.pieces_at(comparison.volume))],
        "pieces_rule": PIECES_RULE,
        "orders_per_year": setup.plan.orders_per_year,
        "orders_rule": ORDERS_RULE,
        "verdict": comparison.verdict(),
        "capacity_warning": comparison.capacity_warning,
        "why": comparison.why(),
        "routes": routes,
        "searched_to": comparison.searched_to,
        "break_evens": [{"route": found.route, "volume": found.volume,
                         "searched_to": found.searched_to,
                         "bands": [{"first": first, "last": last}
                                   for first, last in found.bands],
                         "description": found.describe()}
                        for found in comparison.break_evens],
        "cash": cash_json(comparison),
        "fees": fees_sentence(comparison) if comparison.customs else "",
        "basis": None if comparison.basis is None else {
            "basis": comparison.basis.basis.value, "label": comparison.basis.label,
            "share": _exact(comparison.basis.share), "pool": comparison.basis.pool_name,
            "note": comparison.basis_note},
        "margins": [_margin_json(m) for m in comparison.margins],
        "losses": list(comparison.losses),
        "skipped": list(setup.skipped),
        "notes": _notes(setup, comparison),
    }


def cash_json(comparison: Comparison) -> dict[str, Any]:
    """Each route's cash paid by the last month and its present value at the cost of capital
    (discounted monthly at rate ÷ 12), and each route's payback against in-house."""
    flows = comparison.cash
    last = len(flows[0].cumulative) - 1 if flows else 0
    return {
        "months": last,
        "rate_pct": _exact(flows[0].rate_pct) if flows else "0",
        "discounting": "monthly at the yearly rate ÷ 12, month 0 undiscounted",
        "routes": [{"name": flow.route, "paid": amount(flow.at(last)),
                    "present_value": amount(flow.present_value)} for flow in flows],
        "paybacks": [{"route": found.route, "cheaper": found.cheaper, "month": found.month,
                      "description": found.describe()} for found in comparison.paybacks],
    }
