"""Requests for quotation: one issued tech pack revision, the quantities to be priced and the
suppliers asked, with a date to reply by.

A supplier has answered when a quote from it for the design is dated on or after the day the
RFQ went to it; no link between quote and RFQ needs to be kept by hand. A supplier that has
not answered is awaited until the reply-by date and overdue after it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, grouped
from jewelbench.domain.money import MoneyError, check_currency
from jewelbench.domain.quotes import Incoterm
from jewelbench.domain.validation import DomainError, check_text

ENTER_THE_QUANTITIES_TO = QT_TRANSLATE_NOOP(
    "rfqs", "Enter the quantities to be quoted, e.g. {quantities_example}")
IS_NOT_A_QUANTITY = QT_TRANSLATE_NOOP(
    "rfqs", "'{token}' is not a quantity: enter whole numbers of pieces, e.g. "
    "{quantities_example}")
QUANTITIES_MUST_BE_WHOLE = QT_TRANSLATE_NOOP("rfqs", "Quantities must be whole numbers of pieces")
QUANTITIES_MUST_BE_AT = QT_TRANSLATE_NOOP(
    "rfqs", "Quantities must be at least 1 piece, not {quantity}")
PIECES_IS_MORE_THAN = QT_TRANSLATE_NOOP(
    "rfqs", "{quantity} pieces is more than jewelbench can ask for ({max_quantity} at "
    "most)")
PIECES_IS_LISTED_TWICE = QT_TRANSLATE_NOOP("rfqs", "{quantity} pieces is listed twice")
ASK_FOR_AT_MOST = QT_TRANSLATE_NOOP(
    "rfqs", "Ask for at most {max_quantities} quantities, not {count}: a factory prices "
    "each one")
LIST_THE_QUANTITIES_FROM = QT_TRANSLATE_NOOP(
    "rfqs", "List the quantities from the smallest to the largest")
AN_RFQ_RECIPIENT_MUST = QT_TRANSLATE_NOOP("rfqs", "An RFQ recipient must be a saved supplier")
ISSUE_A_TECH_PACK = QT_TRANSLATE_NOOP(
    "rfqs", "Issue a tech pack revision first: an RFQ sends an issued revision, so every "
    "supplier prices the same tech pack")
TICK_AT_LEAST_ONE = QT_TRANSLATE_NOOP("rfqs", "Tick at least one supplier to send the RFQ to")
A_SUPPLIER_IS_LISTED = QT_TRANSLATE_NOOP("rfqs", "A supplier is listed twice in the RFQ")
AN_RFQ_CANNOT_BE = QT_TRANSLATE_NOOP("rfqs", "An RFQ cannot be sent before the day it was made")
THE_REPLY_BY_DATE_2 = QT_TRANSLATE_NOOP(
    "rfqs", "The reply-by date ({reply_by}) is before the RFQ's date ({created_on})")
THE_REPLY_BY_DATE = QT_TRANSLATE_NOOP(
    "rfqs", "The reply-by date ({reply_by}) has already passed: give the suppliers time "
    "to answer")

MAX_QUANTITIES = 8  # columns a factory fills in on one page
MAX_QUANTITY = 10_000_000
QUANTITIES_EXAMPLE = "50 / 100 / 300 / 1,000"

# A comma, point, apostrophe or no-break space between a digit and exactly three more digits
# groups thousands ("1,000", "1.000", "1'000"): pieces are whole, so it is never a fraction.
# Any other comma, a slash, a semicolon or a space separates two quantities ("50, 100").
_THOUSANDS = re.compile("(?<=\\d)[,.'\u00a0\u202f](?=\\d{3}(?!\\d))")
_SEPARATORS = re.compile(r"[\s,;/|]+")


def parse_quantities(text: str) -> list[int]:
    """'50 / 100 / 300 / 1,000' → [50, 100, 300, 1000], smallest first.

    Raises DomainError saying what to fix: nothing entered, a word or a fraction, zero, a
    quantity listed twice, too many of them."""
    cleaned = _THOUSANDS.sub("", (text or "").strip())
    tokens = [token for token in _SEPARATORS.split(cleaned) if token]
    if not tokens:
        raise DomainError(ENTER_THE_QUANTITIES_TO(quantities_example=QUANTITIES_EXAMPLE))
    quantities = []
    for token in tokens:
        if not token.isdigit():
            raise DomainError(IS_NOT_A_QUANTITY(token=token, quantities_example=QUANTITIES_EXAMPLE))
        quantities.append(int(token))
    return check_quantities(sorted(quantities))


def check_quantities(quantities: list[int]) -> list[int]:
    """Whole pieces, at least one, each at most once, in rising order."""
    if not quantities:
        raise DomainError(ENTER_THE_QUANTITIES_TO(quantities_example=QUANTITIES_EXAMPLE))
    for quantity in quantities:
        if isinstance(quantity, bool) or not isinstance(quantity, int):
            raise DomainError(QUANTITIES_MUST_BE_WHOLE())
        if quantity < 1:
            raise DomainError(QUANTITIES_MUST_BE_AT(quantity=quantity))
        if quantity > MAX_QUANTITY:
            raise DomainError(PIECES_IS_MORE_THAN(quantity=grouped(quantity),
                                                  max_quantity=grouped(MAX_QUANTITY)))
    seen: set[int] = set()
    for quantity in quantities:
        if quantity in seen:
            raise DomainError(PIECES_IS_LISTED_TWICE(quantity=grouped(quantity)))
        seen.add(quantity)
    if len(quantities) > MAX_QUANTITIES:
        raise DomainError(ASK_FOR_AT_MOST(max_quantities=MAX_QUANTITIES, count=len(quantities)))
    if quantities != sorted(quantities):
        raise DomainError(LIST_THE_QUANTITIES_FROM())
    return quantities


def quantities_text(quantities: list[int]) -> str:
    """[50, 100, 1000] → '50 / 100 / 1,000', which parse_quantities reads back."""
    return " / ".join(f"{quantity:,}" for quantity in quantities)


@dataclass
class RfqRecipient:
    """A supplier the RFQ went to, and when."""

    supplier_id: int
    sent_on: dt.date

    def __post_init__(self) -> None:
        if isinstance(self.supplier_id, bool) or not isinstance(self.supplier_id, int):
            raise DomainError(AN_RFQ_RECIPIENT_MUST())


@dataclass
class Rfq:
    design_id: int
    tech_pack_revision_id: int | None  # an issued revision: storage checks it is one
    quantities: list[int]
    recipients: list[RfqRecipient]
    created_on: dt.date
    reply_by: dt.date
    currency: str | None = None  # None: each supplier quotes in its own currency
    incoterm: Incoterm = Incoterm.FOB
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if self.tech_pack_revision_id is None:
            raise DomainError(ISSUE_A_TECH_PACK())
        self.quantities = check_quantities(list(self.quantities))
        if not self.recipients:
            raise DomainError(TICK_AT_LEAST_ONE())
        ids = [recipient.supplier_id for recipient in self.recipients]
        if len(set(ids)) != len(ids):
            raise DomainError(A_SUPPLIER_IS_LISTED())
        for recipient in self.recipients:
            if recipient.sent_on < self.created_on:
                raise DomainError(AN_RFQ_CANNOT_BE())
        if self.reply_by < self.created_on:
            raise DomainError(THE_REPLY_BY_DATE_2(
                reply_by=self.reply_by, created_on=self.created_on))
        if self.currency is not None:
            try:
                self.currency = check_currency(self.currency)
            except MoneyError as error:
                raise DomainError(str(error)) from None
        self.incoterm = Incoterm(self.incoterm)
        self.notes = check_text(self.notes, QT_TRANSLATE_NOOP("fields", "Notes"), max_len=2000)

    @property
    def supplier_ids(self) -> list[int]:
        return [recipient.supplier_id for recipient in self.recipients]

    def reference(self) -> str:
        """'RFQ-0007': what the supplier is asked to quote on its reply."""
        return rfq_reference(self.id)


def rfq_reference(rfq_id: int | None) -> str:
    return "RFQ" if rfq_id is None else f"RFQ-{rfq_id:04d}"


def check_reply_by(reply_by: dt.date, today: dt.date) -> dt.date:
    """A new RFQ's reply-by date: a date already gone would make it overdue the day it is
    sent."""
    if reply_by < today:
        raise DomainError(THE_REPLY_BY_DATE(reply_by=reply_by))
    return reply_by


# ------------------------------------------------------------------------------------------
# Who answered
# ------------------------------------------------------------------------------------------


class ReplyState(StrEnum):
    ANSWERED = "answered"
    AWAITING = "awaiting"
    OVERDUE = "overdue"


def reply_state(sent_on: dt.date, reply_by: dt.date, answered_on: dt.date | None,
                today: dt.date) -> ReplyState:
    """answered_on: the date of the supplier's first quote for the design on or after sent_on
    (None when there is none)."""
    if answered_on is not None and answered_on >= sent_on:
        return ReplyState.ANSWERED
    return ReplyState.OVERDUE if today > reply_by else ReplyState.AWAITING


@dataclass(frozen=True)
class SupplierReply:
    """One supplier's side of an RFQ: who, sent when, and whether it answered."""

    supplier_id: int
    supplier: str
    country: str
    currency: str
    sent_on: dt.date
    reply_by: dt.date
    state: ReplyState
    quote_id: int | None = None  # the quote that answered
    answered_on: dt.date | None = None

    def days_overdue(self, today: dt.date) -> int:
        return max(0, (today - self.reply_by).days) if self.state is ReplyState.OVERDUE else 0

    def days_left(self, today: dt.date) -> int:
        return max(0, (self.reply_by - today).days) if self.state is ReplyState.AWAITING else 0

    def answered_late(self) -> bool:
        return self.answered_on is not None and self.answered_on > self.reply_by


@dataclass(frozen=True)
class RfqSummary:
    """An RFQ as a tracking list shows it."""

    id: int
    design_id: int
    design_code: str
    design_name: str
    tech_pack_revision_id: int
    revision: str
    created_on: dt.date
    reply_by: dt.date
    quantities: tuple[int, ...]
    replies: tuple[SupplierReply, ...] = field(default_factory=tuple)
    currency: str | None = None
    incoterm: str = "FOB"
    notes: str = ""

    @property
    def reference(self) -> str:
        return rfq_reference(self.id)

    def count(self, state: ReplyState) -> int:
        return sum(1 for reply in self.replies if reply.state is state)

    @property
    def answered(self) -> int:
        return self.count(ReplyState.ANSWERED)

    @property
    def overdue(self) -> int:
        return self.count(ReplyState.OVERDUE)

    @property
    def awaiting(self) -> int:
        return self.count(ReplyState.AWAITING)

    @property
    def complete(self) -> bool:
        return bool(self.replies) and self.answered == len(self.replies)
