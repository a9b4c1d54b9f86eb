"""What `jewelbench compare` says about customs (text and JSON): for each route, the basis the
duty is charged on and where it comes from, the rule, the customs value with its assists, the
duty and the import VAT (reclaimed or a cost); and how one-time fees enter the yearly totals and
the break-even (docs/costing.md, "Customs value" and "One-time fees over the design's life")."""

from __future__ import annotations

from typing import Any

from jewelbench.domain.costing import Comparison
from jewelbench.domain.costing_figures import PER_YEAR, Figure, show, show_pct
from jewelbench.domain.costing_outsourced import Customs


def _money(customs: Customs, value: Any) -> str:
    return show(value, customs.currency)


def customs_lines(comparison: Comparison) -> list[str]:
    """The 'Customs' block of the text: two lines a route, then the fees' sentence."""
    if not comparison.customs:
        return []
    lines = ["", "Customs (a year, at this volume)"]
    for c in comparison.customs:
        if c.ddp:
            lines.append(f"  {c.route}: {c.rule()}")
            continue
        source = f", {c.basis_source}" if c.basis_source else ""
        lines.append(
            f"  {c.route}: {c.basis.value.upper()} basis{source}; customs value "
            f"{_money(c, c.value)}, of which assists {_money(c, c.assists)} (mould, tooling "
            f"and CAD fees ÷ {_years(c.fee_life_years)} {_money(c, c.assist_fees)} + materials "
            f"you supply {_money(c, c.assist_materials)}); inland freight "
            f"{_money(c, c.inland_freight)} not dutiable; duty {_money(c, c.duty)}; "
            f"{c.vat_text()}")
        lines.append(f"    Rule: {c.rule()}")
    lines.append(fees_sentence(comparison))
    return lines


def _years(count: int) -> str:
    return "1 year" if count == 1 else f"{count} years"


def fees_sentence(comparison: Comparison) -> str:
    lives = sorted({c.fee_life_years for c in comparison.customs})
    years = " or ".join(str(y) for y in lives) or "3"
    unit = "year" if lives == [1] else "years"
    return (f"One-time fees are charged a year as fee ÷ {years} {unit} of the design's life; the "
            "break-evens use that yearly charge, and the 36-month cash pays each fee once, "
            "when it is paid (month 0).")


def customs_json(customs: Customs, amount: Any) -> dict[str, Any]:
    """One route's customs for JSON; `amount` turns a Figure into the JSON amount."""
    def money(label: str, value: Any) -> dict[str, Any]:
        result: dict[str, Any] = amount(Figure(label, value, customs.currency, PER_YEAR))
        return result

    return {
        "basis": customs.basis.value, "basis_source": customs.basis_source,
        "rule": customs.rule(), "ddp": customs.ddp,
        "customs_value": money("Customs value", customs.value),
        "assists": money("Assists", customs.assists),
        "assist_fees": money("Assist fees", customs.assist_fees),
        "assist_materials": money("Assist materials", customs.assist_materials),
        "international_freight": money("International freight",
                                       customs.international_freight),
        "inland_freight": money("Inland freight", customs.inland_freight),
        "duty": money("Duty", customs.duty),
        "import_vat_pct": show_pct(customs.vat_pct).removesuffix(" %"),
        "import_vat_base": money("Import VAT base", customs.vat_base),
        "import_vat": money("Import VAT", customs.vat),
        "vat_reclaimed": customs.vat_registered and not customs.ddp,
        "import_vat_text": customs.vat_text(),
        "fee_life_years": customs.fee_life_years,
    }
