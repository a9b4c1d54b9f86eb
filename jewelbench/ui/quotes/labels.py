"""User-facing names for the quote enumerations and comparison rows, translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jewelbench.domain.messages import fill
from jewelbench.domain.quote_comparison import RowKind
from jewelbench.domain.quotes import FeeKind, Incoterm, PricingBasis
from jewelbench.ui.formatting import integer_text


def _tr(text: object) -> str:  # a QT_TRANSLATE_NOOP text (typed object by PySide)
    return QCoreApplication.translate("quotes", str(text))


_FEE = {
    FeeKind.CAD: QT_TRANSLATE_NOOP("quotes", "CAD"),
    FeeKind.MOULD: QT_TRANSLATE_NOOP("quotes", "Wax / mould"),
    FeeKind.TOOLING: QT_TRANSLATE_NOOP("quotes", "Tooling"),
    FeeKind.SAMPLE: QT_TRANSLATE_NOOP("quotes", "Sample"),
}
_BASIS = {
    PricingBasis.ALL_IN: QT_TRANSLATE_NOOP("quotes", "All-in unit price"),
    PricingBasis.MAKING_PLUS_METAL: QT_TRANSLATE_NOOP("quotes", "Making charge + metal"),
}
_INCOTERM = {
    Incoterm.EXW: QT_TRANSLATE_NOOP("quotes", "EXW — ex works: you collect from the factory"),
    Incoterm.FOB: QT_TRANSLATE_NOOP("quotes", "FOB — free on board at the origin port"),
    Incoterm.CIF: QT_TRANSLATE_NOOP("quotes", "CIF — cost, insurance, freight to your port"),
    Incoterm.DDP: QT_TRANSLATE_NOOP("quotes", "DDP — delivered, duty paid, to your door"),
}
_ROW = {
    RowKind.UNIT_PRICE: QT_TRANSLATE_NOOP("quotes", "Price per piece at {quantity}"),
    RowKind.DEVELOPMENT: QT_TRANSLATE_NOOP("quotes", "Development (one-time)"),
    RowKind.REFUNDABLE: QT_TRANSLATE_NOOP("quotes", "… refunded on order"),
    RowKind.DEPOSIT: QT_TRANSLATE_NOOP("quotes", "Deposit"),
    RowKind.SAMPLE_LEAD_TIME: QT_TRANSLATE_NOOP("quotes", "Sample lead time"),
    RowKind.PRODUCTION_LEAD_TIME: QT_TRANSLATE_NOOP("quotes", "Production lead time"),
    RowKind.MOQ: QT_TRANSLATE_NOOP("quotes", "MOQ"),
    RowKind.MIN_ORDER_VALUE: QT_TRANSLATE_NOOP("quotes", "Minimum order value"),
    RowKind.INCOTERM: QT_TRANSLATE_NOOP("quotes", "Incoterm"),
    RowKind.FREIGHT_PER_SHIPMENT: QT_TRANSLATE_NOOP("quotes", "Freight per shipment"),
    RowKind.FREIGHT_PER_PIECE: QT_TRANSLATE_NOOP("quotes", "Freight per piece"),
    RowKind.SCORE: QT_TRANSLATE_NOOP("quotes", "Supplier score"),
}
_ROW_TIP = {
    RowKind.UNIT_PRICE: QT_TRANSLATE_NOOP(
        "quotes", "What each of {quantity} pieces costs: the tier that quantity reaches; below the "
                  "MOQ you are billed for the MOQ, spread over the pieces you need."),
    RowKind.DEVELOPMENT: QT_TRANSLATE_NOOP(
        "quotes", "CAD, wax/mould or tooling and sample fees, kept apart from the unit price."),
    RowKind.REFUNDABLE: QT_TRANSLATE_NOOP(
        "quotes", "The part of the development fees refunded when production is ordered."),
    RowKind.DEPOSIT: QT_TRANSLATE_NOOP("quotes", "Paid with the order, before production."),
    RowKind.SCORE: QT_TRANSLATE_NOOP(
        "quotes", "From the supplier's history: sample approvals, rounds, lead times kept."),
}


def fee_label(kind: FeeKind) -> str:
    return _tr(_FEE[kind])


def basis_label(basis: PricingBasis) -> str:
    return _tr(_BASIS[basis])


def incoterm_label(incoterm: Incoterm) -> str:
    return _tr(_INCOTERM[incoterm])


def row_label(kind: RowKind, quantity: int | None = None) -> str:
    text = _tr(_ROW[kind])
    return fill(text, quantity=integer_text(quantity)) if quantity is not None else text


def row_tip(kind: RowKind, quantity: int | None = None) -> str:
    text = _tr(_ROW_TIP[kind]) if kind in _ROW_TIP else ""
    return fill(text, quantity=integer_text(quantity)) if quantity is not None else text
