"""`jewelbench compare`'s margin table on figures worked by hand: wholesale 600.00, cost
536.40 → margin 63.60, 63.60 ÷ 600 = 10.6 %, 63.60 ÷ 536.40 = 11.8568… % → 11.86 %; cost
650.00 against 550.00 of its own → margin −100.00, −18.18 %, markup −15.38 %, LOSES MONEY."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from jewelbench.domain.costing_margin import Margin
from jewelbench.reports.comparison_text import margin_table

D = Decimal


def test_the_margin_table_by_hand():
    margins = (Margin("RG-100", "In-house", "EUR", D(1000), D("536.40"), D(1200), D(600),
                      "retail × 0.5"),
               Margin("RG-200", "In-house", "EUR", D(500), D(650), None, D(550), "its own"),
               Margin("RG-300", "In-house", "EUR", D(10), D(20), None, None,
                      "no retail or wholesale price entered"))
    lines = margin_table(SimpleNamespace(volume=1500, currency="EUR", margins=margins))
    # the sources grouped, the first of the most common said as "the others"
    assert lines[0] == ("Margin at 1,500 pieces a year (EUR; wholesale: its own for RG-200; no "
                        "retail or wholesale price entered for RG-300; retail × 0.5 for the "
                        "others)")
    assert lines[2].split() == ["RG-100", "In-house", "536.40", "600.00", "1,200.00", "63.60",
                                "10.6", "%", "11.86", "%"]
    assert lines[3].split() == ["RG-200", "In-house", "650.00", "550.00", "—", "-100.00",
                                "-18.18", "%", "-15.38", "%", "LOSES", "MONEY"]
    assert lines[4].split() == ["RG-300", "In-house", "20.00", "—", "—", "—", "—", "—"]
