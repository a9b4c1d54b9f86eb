"""The window's five sections (Designs, Suppliers, Quotes, Samples, Costs): their keys,
titles and views, in the order of the list at the left and of View ▸ Ctrl+1 … Ctrl+5.

Each section's code is imported when the section is first opened, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Section:
    key: str  # "designs", "suppliers", "quotes", "samples", "costs"
    title: str  # in the language spoken
    build: Callable[[], QWidget]  # the section's view, made when first shown


def _designs_view() -> QWidget:
    from jewelbench.ui.designs.view import DesignsView

    return DesignsView()


def _suppliers_view() -> QWidget:
    from jewelbench.ui.suppliers.view import SuppliersView

    return SuppliersView()


def _quotes_view() -> QWidget:
    from jewelbench.ui.quotes.view import QuotesView

    return QuotesView()


def _samples_view() -> QWidget:
    from jewelbench.ui.samples.view import SamplesView

    return SamplesView()


def _costs_view() -> QWidget:
    from jewelbench.ui.costs.view import CostsView

    return CostsView()


def sections() -> list[Section]:
    """The sections in their order, titled in the language spoken (the main window's
    translation context, where they began)."""
    return [
        Section("designs", translate("MainWindow", "Designs"), _designs_view),
        Section("suppliers", translate("MainWindow", "Suppliers"), _suppliers_view),
        Section("quotes", translate("MainWindow", "Quotes"), _quotes_view),
        Section("samples", translate("MainWindow", "Samples"), _samples_view),
        Section("costs", translate("MainWindow", "Costs"), _costs_view),
    ]


def pages_of(view: QWidget) -> list[Any]:
    """The list pages inside a section's view (a view may be one, or hold several)."""
    if hasattr(view, "pages"):
        return list(view.pages)
    page = getattr(view, "page", None)
    return [page] if page is not None else [view]
