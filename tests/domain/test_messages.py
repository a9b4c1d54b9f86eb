"""Messages with named placeholders (domain/messages.py): what a reader sees in each case."""

from __future__ import annotations

from decimal import Decimal

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, fill, placeholders
from jewelbench.domain.money import Money
from jewelbench.domain.validation import DomainError

CHEAPER = QT_TRANSLATE_NOOP("verdicts", "{supplier} is {amount} cheaper")


def test_each_placeholder_is_filled_once_and_a_value_is_never_read_as_one() -> None:
    assert fill("{supplier} is {amount} cheaper", supplier="{amount} & %2",
                amount="12") == "{amount} & %2 is 12 cheaper"


def test_a_translator_may_move_placeholders() -> None:
    assert fill("{amount} billigere hos {supplier}", supplier="Aurum",
                amount="12") == "12 billigere hos Aurum"


def test_a_broken_template_shows_a_gap_instead_of_crashing() -> None:
    assert fill("{supplier is cheaper", supplier="Aurum") == "{supplier is cheaper"
    assert fill("{} and {supplier}", supplier="Aurum") == "{} and Aurum"
    assert fill("{supplier} and {missing}", supplier="Aurum") == "Aurum and {missing}"


def test_placeholders_are_listed_in_order() -> None:
    assert placeholders("{b} before {a:>3}") == ["b", "a"]
    assert placeholders("{unclosed") == []


def test_a_marked_text_knows_its_context_and_makes_a_message() -> None:
    message = CHEAPER(supplier="Aurum", amount=Money(Decimal("12.5"), "NOK"))
    assert isinstance(message, Message)
    assert message.text.context == "verdicts"
    assert str(message) == "Aurum is 12.50 NOK cheaper"


def test_a_message_renders_through_a_translation_and_a_formatter() -> None:
    message = CHEAPER(supplier="Aurum", amount=Decimal("1234.5"))
    shown = message.render(lambda text: "{amount} billigere hos {supplier}",
                           lambda value: f"<{value}>")
    assert shown == "<1234.5> billigere hos <Aurum>"


def test_a_domain_error_carries_its_message_and_says_it_in_english() -> None:
    error = DomainError(CHEAPER(supplier="Aurum", amount="3"))
    assert str(error) == "Aurum is 3 cheaper"
    assert isinstance(error.message, Message)
    assert DomainError("plain").message == "plain"


def test_a_message_goes_to_json_and_back_whole() -> None:
    import datetime as dt
    import json

    gold = QT_TRANSLATE_NOOP("metals", "gold")
    message = QT_TRANSLATE_NOOP("dfm", "{weight} g of {metal} at {price} on {day} ({n})")(
        weight=Decimal("1.50"), metal=gold(), price=Money(Decimal("2"), "NOK"),
        day=dt.date(2026, 1, 2), n=3)
    again = Message.from_json(json.loads(json.dumps(message.to_json())))
    assert again == message
    assert str(again) == "1.50 g of gold at 2.00 NOK on 2026-01-02 (3)"


def test_a_damaged_message_record_reads_as_none_or_plain_text() -> None:
    assert Message.from_json("text") is None
    assert Message.from_json({"context": 1, "text": "x"}) is None
    damaged = Message.from_json({"context": "c", "text": "{a}", "values": {"a": {"decimal": "x"}}})
    assert damaged is not None and str(damaged) == "x"
