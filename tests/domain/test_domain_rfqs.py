"""Requests for quotation: quantities as a buyer types them, what an RFQ must hold, and each
supplier's state on a given day."""

from __future__ import annotations

import datetime as dt

import pytest

from jewelbench.domain.quotes import Incoterm
from jewelbench.domain.rfqs import (
    MAX_QUANTITIES,
    ReplyState,
    Rfq,
    RfqRecipient,
    RfqSummary,
    SupplierReply,
    check_reply_by,
    parse_quantities,
    quantities_text,
    reply_state,
    rfq_reference,
)
from jewelbench.domain.validation import DomainError

MADE = dt.date(2026, 11, 2)
REPLY_BY = dt.date(2026, 11, 16)


def rfq(**overrides) -> Rfq:
    values = dict(design_id=1, tech_pack_revision_id=7, quantities=[50, 100, 300, 1000],
                  recipients=[RfqRecipient(3, MADE), RfqRecipient(4, MADE)],
                  created_on=MADE, reply_by=REPLY_BY)
    values.update(overrides)
    return Rfq(**values)


# --- quantities ---------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "quantities"), [
    ("50 / 100 / 300 / 1,000", [50, 100, 300, 1000]),
    ("50/100/300/1000", [50, 100, 300, 1000]),
    ("50, 100, 300", [50, 100, 300]),
    ("50; 100;300", [50, 100, 300]),
    ("  100  ", [100]),
    ("1.000 / 5.000", [1000, 5000]),  # a point groups thousands: pieces are whole
    ("1'000 2'500", [1000, 2500]),
    ("1\u00a0000 / 10\u202f000", [1000, 10000]),
    ("300 / 50 / 100", [50, 100, 300]),  # put in order for the buyer
    ("1,000,000", [1000000]),
])
def test_quantities_are_read_as_a_buyer_types_them(typed, quantities):
    assert parse_quantities(typed) == quantities


@pytest.mark.parametrize(("typed", "message"), [
    ("", "Enter the quantities to be quoted, e.g. 50 / 100 / 300 / 1,000"),
    (" / , ", "Enter the quantities to be quoted"),
    ("50, abc", "'abc' is not a quantity: enter whole numbers of pieces"),
    ("2.5", "'2.5' is not a quantity"),
    ("-50 / 100", "'-50' is not a quantity"),
    ("0 / 100", "at least 1 piece, not 0"),
    ("100 / 50 / 100", "100 pieces is listed twice"),
    ("1 2 3 4 5 6 7 8 9", f"at most {MAX_QUANTITIES} quantities, not 9"),
    ("20000000", "more than jewelbench can ask for"),
])
def test_bad_quantities_say_what_to_fix(typed, message):
    with pytest.raises(DomainError, match=message):
        parse_quantities(typed)


def test_quantities_print_as_they_are_read_back():
    assert quantities_text([50, 100, 300, 1000]) == "50 / 100 / 300 / 1,000"
    assert parse_quantities(quantities_text([25, 1500, 12000])) == [25, 1500, 12000]


# --- the RFQ ------------------------------------------------------------------------------


def test_a_complete_rfq_is_accepted_and_tidied():
    made = rfq(currency=" usd ", incoterm="DDP", notes="  Quote per style  ")
    assert made.currency == "USD" and made.incoterm is Incoterm.DDP
    assert made.notes == "Quote per style"
    assert made.supplier_ids == [3, 4]
    assert made.reference() == "RFQ" and rfq_reference(7) == "RFQ-0007"
    assert rfq(reply_by=MADE).reply_by == MADE  # a same-day reply is allowed


@pytest.mark.parametrize(("overrides", "message"), [
    (dict(tech_pack_revision_id=None), "Issue a tech pack revision first"),
    (dict(quantities=[]), "Enter the quantities to be quoted"),
    (dict(quantities=[100, 50]), "from the smallest to the largest"),
    (dict(quantities=[50, 50]), "50 pieces is listed twice"),
    (dict(quantities=[0, 50]), "at least 1 piece"),
    (dict(quantities=[50.5]), "whole numbers of pieces"),
    (dict(recipients=[]), "Tick at least one supplier"),
    (dict(recipients=[RfqRecipient(3, MADE), RfqRecipient(3, MADE)]), "listed twice"),
    (dict(recipients=[RfqRecipient(3, dt.date(2026, 11, 1))]), "sent before the day"),
    (dict(reply_by=dt.date(2026, 11, 1)),
     r"reply-by date \(2026-11-01\) is before the RFQ's date \(2026-11-02\)"),
    (dict(currency="dollars"), "currency"),
    (dict(incoterm="FCA"), "FCA"),
])
def test_an_incomplete_rfq_says_what_to_fix(overrides, message):
    with pytest.raises((DomainError, ValueError), match=message):
        rfq(**overrides)


def test_a_recipient_must_be_a_saved_supplier():
    with pytest.raises(DomainError, match="saved supplier"):
        RfqRecipient(None, MADE)  # type: ignore[arg-type]


def test_a_new_rfq_cannot_ask_for_a_reply_in_the_past():
    assert check_reply_by(MADE, MADE) == MADE
    with pytest.raises(DomainError, match="has already passed"):
        check_reply_by(dt.date(2026, 11, 1), MADE)


# --- who answered -------------------------------------------------------------------------


@pytest.mark.parametrize(("answered_on", "today", "state"), [
    (None, dt.date(2026, 11, 10), ReplyState.AWAITING),
    (None, REPLY_BY, ReplyState.AWAITING),  # the reply-by day itself is still in time
    (None, dt.date(2026, 11, 17), ReplyState.OVERDUE),
    (dt.date(2026, 11, 5), dt.date(2026, 11, 10), ReplyState.ANSWERED),
    (MADE, dt.date(2026, 11, 3), ReplyState.ANSWERED),  # quoted the day it was sent
    (dt.date(2026, 11, 20), dt.date(2026, 11, 30), ReplyState.ANSWERED),  # late, but answered
    (dt.date(2026, 10, 30), dt.date(2026, 11, 10), ReplyState.AWAITING),  # an older quote
    (dt.date(2026, 10, 30), dt.date(2026, 11, 20), ReplyState.OVERDUE),
])
def test_reply_state_on_a_given_day(answered_on, today, state):
    assert reply_state(MADE, REPLY_BY, answered_on, today) is state


def reply(state: ReplyState, answered_on: dt.date | None = None) -> SupplierReply:
    return SupplierReply(3, "Panyu Jinhui", "CN", "CNY", MADE, REPLY_BY, state,
                         5 if answered_on else None, answered_on)


def test_days_overdue_and_left_count_from_the_reply_by_date():
    today = dt.date(2026, 11, 24)
    assert reply(ReplyState.OVERDUE).days_overdue(today) == 8
    assert reply(ReplyState.AWAITING).days_left(dt.date(2026, 11, 10)) == 6
    assert reply(ReplyState.ANSWERED, dt.date(2026, 11, 5)).days_overdue(today) == 0
    assert reply(ReplyState.ANSWERED, dt.date(2026, 11, 20)).answered_late()
    assert not reply(ReplyState.ANSWERED, REPLY_BY).answered_late()


def test_a_summary_counts_its_replies():
    summary = RfqSummary(12, 1, "BC-001", "Camellia Brooch", 7, "A", MADE, REPLY_BY,
                         (50, 100), (reply(ReplyState.ANSWERED, MADE),
                                     reply(ReplyState.OVERDUE), reply(ReplyState.OVERDUE)))
    assert (summary.answered, summary.awaiting, summary.overdue) == (1, 0, 2)
    assert summary.reference == "RFQ-0012"
    assert not summary.complete
    done = RfqSummary(13, 1, "BC-001", "Camellia Brooch", 7, "A", MADE, REPLY_BY, (50,),
                      (reply(ReplyState.ANSWERED, MADE),))
    assert done.complete
    assert not RfqSummary(14, 1, "BC-001", "x", 7, "A", MADE, REPLY_BY, (50,)).complete
