"""A supplier's scorecard, computed from its history — and how each figure was computed.

Four figures, each None when the history holds nothing to compute it from:

- **First-pass approval rate.** A supplier's *sample history* for a design is every sample round
  that supplier made of that design, in round order (across tech pack revisions). The first pass
  is the earliest round recorded. The rate is the share of histories whose first round was
  decided *approved* or *approved with changes*, among the histories whose first round has been
  decided at all; a first round still awaiting its decision is left out, not counted as a miss.
- **Average rounds to approval.** For each history that reached an approval (either kind): the
  number of rounds recorded up to and including the first approved one. The average of those.
  Histories not approved yet are left out.
- **Promised vs actual sample lead time.** For each received round: actual days = received −
  requested; promised days = `sample_lead_time_days` of the supplier's quote for the same design,
  the newest quoted on or before the request (or, when every quote came later, the earliest).
  Averages of both, and how many rounds arrived within the promise. A round with no promise is
  listed but not averaged; one not received and already past its promise today is *overdue*.
- **Price position.** For each design this supplier quoted that other suppliers quoted too: each
  supplier's newest quote dated on or before today, of the same pricing basis (all-in is not
  compared with a making charge), at the smallest quantity every one of those quotes accepts (the
  largest of their MOQs), converted to the base currency at the FX rate dated on each quote's
  date. The design's ratio is this supplier's unit price ÷ the cheapest other supplier's; the
  figure is the median of the ratios (1.10 = 10 % above the best other quote). A design whose
  prices cannot be converted (no FX rate on or before the quote's date) is "not comparable".
  Fees and freight are not part of it: only unit prices.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from statistics import median
from typing import NamedTuple, Protocol

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, PriceNotFound, fx_rate_on
from jewelbench.domain.quotes import PricingBasis
from jewelbench.domain.samples import SampleDecision, SampleRound

APPROVALS = (SampleDecision.APPROVED, SampleDecision.APPROVED_WITH_CHANGES)


def _fixed(value: Decimal, places: int) -> str:
    quantum = Decimal(1).scaleb(-places)
    text = f"{value.quantize(quantum, rounding=ROUND_HALF_UP):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def percent_text(fraction: Decimal) -> str:
    """0.75 → '75 %' (whole percent, half up)."""
    return f"{_fixed(fraction * 100, 0)} %"


def days_text(days: Decimal) -> str:
    """Days to one decimal place at most: '18 d', '17.5 d'."""
    return f"{_fixed(days, 1)} d"


def _money_text(money: Money) -> str:
    return str(money)


@dataclass(frozen=True)
class SampleHistory:
    """One design's rounds from this supplier, in round order."""

    design_id: int
    design_code: str
    rounds: tuple[SampleRound, ...]

    @property
    def first(self) -> SampleRound:
        return self.rounds[0]

    @property
    def rounds_to_approval(self) -> int | None:
        """Rounds up to and including the first approved one; None when none is approved."""
        for number, sample in enumerate(self.rounds, start=1):
            if sample.decision in APPROVALS:
                return number
        return None


@dataclass(frozen=True)
class LeadTimeCheck:
    """One sample round's lead time against the promise of a quote."""

    design_code: str
    round_number: int
    requested_on: dt.date
    received_on: dt.date | None
    promised_days: int | None
    quote_reference: str

    @property
    def actual_days(self) -> int | None:
        if self.received_on is None:
            return None
        return (self.received_on - self.requested_on).days

    @property
    def on_time(self) -> bool | None:
        actual = self.actual_days
        if actual is None or self.promised_days is None:
            return None
        return actual <= self.promised_days


@dataclass(frozen=True)
class PriceComparison:
    """This supplier's unit price for one design against the cheapest other supplier's."""

    design_code: str
    quantity: int
    own_reference: str
    own_price: Money
    own_converted: Money
    other_supplier: str
    other_reference: str
    other_price: Money
    other_converted: Money

    @property
    def ratio(self) -> Decimal:
        return self.own_converted.amount / self.other_converted.amount


@dataclass(frozen=True)
class Scorecard:
    supplier_name: str
    base_currency: str
    histories: tuple[SampleHistory, ...] = ()
    lead_times: tuple[LeadTimeCheck, ...] = ()
    overdue: tuple[tuple[LeadTimeCheck, int], ...] = ()  # a round not received, days late
    prices: tuple[PriceComparison, ...] = ()
    not_comparable: tuple[str, ...] = ()  # why a design's prices could not be compared

    # --- the figures ---------------------------------------------------------------------

    @property
    def decided_first_rounds(self) -> tuple[SampleHistory, ...]:
        return tuple(h for h in self.histories if h.first.decision is not None)

    @property
    def first_pass_approved(self) -> int:
        return sum(1 for h in self.decided_first_rounds if h.first.decision in APPROVALS)

    @property
    def first_pass_rate(self) -> Decimal | None:
        decided = len(self.decided_first_rounds)
        if not decided:
            return None
        return Decimal(self.first_pass_approved) / Decimal(decided)

    @property
    def approved_histories(self) -> tuple[SampleHistory, ...]:
        return tuple(h for h in self.histories if h.rounds_to_approval is not None)

    @property
    def average_rounds_to_approval(self) -> Decimal | None:
        approved = self.approved_histories
        if not approved:
            return None
        total = sum(h.rounds_to_approval or 0 for h in approved)
        return Decimal(total) / Decimal(len(approved))

    @property
    def compared_lead_times(self) -> tuple[LeadTimeCheck, ...]:
        return tuple(c for c in self.lead_times if c.on_time is not None)

    @property
    def average_promised_days(self) -> Decimal | None:
        compared = self.compared_lead_times
        if not compared:
            return None
        return Decimal(sum(c.promised_days or 0 for c in compared)) / Decimal(len(compared))

    @property
    def average_actual_days(self) -> Decimal | None:
        compared = self.compared_lead_times
        if not compared:
            return None
        return Decimal(sum(c.actual_days or 0 for c in compared)) / Decimal(len(compared))

    @property
    def average_delay_days(self) -> Decimal | None:
        """Actual − promised, on average: above 0 late, below 0 early."""
        promised, actual = self.average_promised_days, self.average_actual_days
        if promised is None or actual is None:
            return None
        return actual - promised

    @property
    def on_time_count(self) -> int:
        return sum(1 for c in self.compared_lead_times if c.on_time)

    @property
    def price_ratio(self) -> Decimal | None:
        """Median of this supplier's price ÷ the cheapest other's, over the designs compared."""
        if not self.prices:
            return None
        return Decimal(median(sorted(p.ratio for p in self.prices)))

    @property
    def has_history(self) -> bool:
        return bool(self.histories or self.lead_times or self.prices or self.not_comparable)

    # --- words ---------------------------------------------------------------------------

    def headline(self) -> str:
        """A short text for a table cell: '50 % first pass · 1.5 rounds · 4 d late' (English;
        headline_message for the reader's language)."""
        return str(self.headline_message())

    def headline_message(self) -> Message:
        """headline() as a Message. The price position is left to explain(): it needs its
        context (which designs, which quantity)."""
        parts: list[Message] = []
        rate, rounds = self.first_pass_rate, self.average_rounds_to_approval
        if rate is not None:
            parts.append(FIRST_PASS(percent=_whole_percent(rate)))
        if rounds is not None:
            shown = _fixed(rounds, 1)
            parts.append((ROUND if shown == "1" else ROUNDS)(rounds=Decimal(shown)))
        delay = self.average_delay_days
        if delay is not None:
            days = Decimal(_fixed(abs(delay), 1))
            parts.append(DAYS_LATE(days=days) if delay > 0 else DAYS_EARLY(days=days)
                         if delay < 0 else ON_TIME())
        if not parts and self.price_ratio is not None:
            parts.append(_position_message(self.price_ratio))
        if not parts:
            return NO_HISTORY() if not self.has_history else NOT_COMPARABLE()
        joined = parts[0]
        for part in parts[1:]:
            joined = HEADLINE_PARTS(parts=joined, part=part)
        return joined

    def sections(self) -> list[tuple[str, list[str]]]:
        """Each figure's line with the lines that show how it was computed."""
        return [self._first_pass_section(), self._rounds_section(), self._lead_time_section(),
                self._price_section()]

    def explain(self) -> list[str]:
        """How each figure was computed, with the numbers it was computed from."""
        lines: list[str] = []
        for title, details in self.sections():
            lines.append(title)
            lines.extend(f"    {line}" for line in details)
        return lines

    def _first_pass_section(self) -> tuple[str, list[str]]:
        rate = self.first_pass_rate
        decided = self.decided_first_rounds
        title: str
        if rate is None:
            title = FIRST_PASS_NONE().sentence()
        else:
            said = FIRST_PASS_OF_ONE if len(decided) == 1 else FIRST_PASS_OF
            title = said(approved=self.first_pass_approved, count=len(decided),
                         percent=_whole_percent(rate)).sentence()
        details = []
        for history in self.histories:
            first = history.first
            if first.decision is None:
                details.append(f"{history.design_code}: round {first.round_number} not decided "
                               "yet (not counted)")
            else:
                details.append(f"{history.design_code}: round {first.round_number} "
                               f"{_decision_text(first.decision)}")
        if decided and any(h.first.decision is SampleDecision.APPROVED_WITH_CHANGES
                           for h in decided):
            details.append("Approved with changes counts as approved.")
        return title, details

    def _rounds_section(self) -> tuple[str, list[str]]:
        average = self.average_rounds_to_approval
        approved = self.approved_histories
        if average is None:
            return ROUNDS_NONE().sentence(), []
        counts = [h.rounds_to_approval or 0 for h in approved]
        total = f"{' + '.join(map(str, counts))} = {sum(counts)}" if len(counts) > 1 else (
            str(sum(counts)))
        said = (ROUNDS_FOR_ONE if len(approved) == 1 else ROUNDS_FOR) if sum(counts) != 1 \
            else ROUND_FOR_ONE
        shown = _fixed(average, 2)
        title = said(total=total, count=len(approved),
                     average=(ROUND if shown == "1" else ROUNDS)(rounds=Decimal(shown))
                     ).sentence()
        details = []
        for history, count in zip(approved, counts):
            approved_in = history.rounds[count - 1].round_number
            details.append(f"{history.design_code}: approved in round {approved_in} ({count} "
                           f"round{'' if count == 1 else 's'} recorded)")
        return title, details

    def _lead_time_section(self) -> tuple[str, list[str]]:
        compared = self.compared_lead_times
        promised, actual = self.average_promised_days, self.average_actual_days
        title: str
        if promised is None or actual is None:
            title = LEAD_TIME_NONE().sentence()
        else:
            delay = actual - promised
            days = Decimal(_fixed(abs(delay), 1))
            said = LEAD_TIME_ONE if len(compared) == 1 else LEAD_TIME
            title = said(promised=Decimal(_fixed(promised, 1)), took=Decimal(_fixed(actual, 1)),
                         count=len(compared), on_time=self.on_time_count,
                         delay=DAYS_LATE(days=days) if delay > 0 else DAYS_EARLY(days=days)
                         if delay < 0 else ON_TIME()).sentence()
        details = []
        for check in self.lead_times:
            where = f"{check.design_code} round {check.round_number}"
            if check.promised_days is None:
                details.append(f"{where}: took {check.actual_days} d; no quote for "
                               f"{check.design_code} states a sample lead time (not counted)")
            else:
                verdict = "on time" if check.on_time else (
                    f"{(check.actual_days or 0) - check.promised_days} d late")
                details.append(f"{where}: requested {check.requested_on.isoformat()}, received "
                               f"{_iso(check.received_on)} = {check.actual_days} d vs "
                               f"{check.promised_days} d promised in "
                               f"{check.quote_reference or 'its quote'} → {verdict}")
        for check, late in self.overdue:
            details.append(f"{check.design_code} round {check.round_number}: requested "
                           f"{check.requested_on.isoformat()}, not received; "
                           f"{check.promised_days} d promised → overdue by {late} d")
        return title, details

    def _price_section(self) -> tuple[str, list[str]]:
        ratio = self.price_ratio
        title: str
        if ratio is None:
            title = (PRICE_NOT_COMPARABLE() if self.not_comparable else
                     PRICE_NONE()).sentence()
        else:
            over = ONE_DESIGN_COMPARED() if len(self.prices) == 1 else \
                MEDIAN_OVER(count=len(self.prices))
            difference = ratio - 1
            times = Decimal(_fixed(ratio, 2))
            position = PRICE_SAME(times=times) if abs(difference) < Decimal("0.005") else (
                PRICE_ABOVE if difference > 0 else PRICE_BELOW)(
                times=times, percent=_whole_percent(abs(difference)))
            title = PRICE_POSITION(position=position, over=over).sentence()
        details = []
        for p in self.prices:
            own = _money_text(p.own_price)
            if p.own_price.currency != p.own_converted.currency:
                own += f" = {_money_text(p.own_converted)}"
            other = _money_text(p.other_price)
            if p.other_price.currency != p.other_converted.currency:
                other += f" = {_money_text(p.other_converted)}"
            details.append(f"{p.design_code} at {p.quantity} pcs: {own} ({p.own_reference}) vs "
                           f"{other} from {p.other_supplier} ({p.other_reference}) → "
                           f"{_fixed(p.ratio, 2)}×")
        details.extend(self.not_comparable)
        if self.prices:
            details.append(f"Converted to {self.base_currency} at the FX rate of each quote's "
                           "date; unit prices only, without fees or freight.")
        return title, details


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"


def _decision_text(decision: SampleDecision) -> str:
    return {SampleDecision.APPROVED: "approved",
            SampleDecision.APPROVED_WITH_CHANGES: "approved with changes",
            SampleDecision.REJECTED: "rejected"}[decision]


def _rounds_text(rounds: Decimal, places: int = 2) -> str:
    text = _fixed(rounds, places)
    return f"{text} round{'' if text == '1' else 's'}"


def _delay_text(delay: Decimal) -> str:
    if delay > 0:
        return f"{days_text(delay)} late"
    if delay < 0:
        return f"{days_text(-delay)} early"
    return "on time"


def _whole_percent(fraction: Decimal) -> Decimal:
    return Decimal(_fixed(fraction * 100, 0))


def _position_message(ratio: Decimal) -> Message:
    difference = ratio - 1
    if abs(difference) < Decimal("0.005"):
        return PRICE_BEST()
    said = PRICE_ABOVE_BEST if difference > 0 else PRICE_BELOW_BEST
    return said(percent=_whole_percent(abs(difference)))


# A supplier's scorecard in a table cell (the quote comparison's Score row, the suppliers)
FIRST_PASS = QT_TRANSLATE_NOOP("scorecard", "{percent} % first pass")
ROUND = QT_TRANSLATE_NOOP("scorecard", "{rounds} round")
ROUNDS = QT_TRANSLATE_NOOP("scorecard", "{rounds} rounds")
DAYS_LATE = QT_TRANSLATE_NOOP("scorecard", "{days} d late")
DAYS_EARLY = QT_TRANSLATE_NOOP("scorecard", "{days} d early")
ON_TIME = QT_TRANSLATE_NOOP("scorecard", "on time")
PRICE_BEST = QT_TRANSLATE_NOOP("scorecard", "price = best")
PRICE_ABOVE_BEST = QT_TRANSLATE_NOOP("scorecard", "price +{percent} % vs best")
PRICE_BELOW_BEST = QT_TRANSLATE_NOOP("scorecard", "price −{percent} % vs best")
NO_HISTORY = QT_TRANSLATE_NOOP("scorecard", "no history yet")
NOT_COMPARABLE = QT_TRANSLATE_NOOP("scorecard", "not comparable")
HEADLINE_PARTS = QT_TRANSLATE_NOOP("scorecard", "{parts} · {part}")
# Each figure's heading in the scorecard (the supplier's editor and tooltip)
FIRST_PASS_NONE = QT_TRANSLATE_NOOP(
    "scorecard", "First-pass approval: no decided sample rounds yet")
FIRST_PASS_OF_ONE = QT_TRANSLATE_NOOP(
    "scorecard", "First-pass approval: {approved} of {count} design approved on the first "
    "round → {percent} %")
FIRST_PASS_OF = QT_TRANSLATE_NOOP(
    "scorecard", "First-pass approval: {approved} of {count} designs approved on the first "
    "round → {percent} %")
ROUNDS_NONE = QT_TRANSLATE_NOOP("scorecard", "Rounds to approval: no design approved yet")
ROUND_FOR_ONE = QT_TRANSLATE_NOOP(
    "scorecard", "Rounds to approval: {total} round for {count} approved design → {average} "
    "on average")
ROUNDS_FOR_ONE = QT_TRANSLATE_NOOP(
    "scorecard", "Rounds to approval: {total} rounds for {count} approved design → {average} "
    "on average")
ROUNDS_FOR = QT_TRANSLATE_NOOP(
    "scorecard", "Rounds to approval: {total} rounds for {count} approved designs → "
    "{average} on average")
LEAD_TIME_NONE = QT_TRANSLATE_NOOP(
    "scorecard", "Sample lead time: no received sample to compare with a quoted lead time")
LEAD_TIME_ONE = QT_TRANSLATE_NOOP(
    "scorecard", "Sample lead time: promised {promised} d, took {took} d on average over "
    "{count} round → {delay}; {on_time} of {count} on time")
LEAD_TIME = QT_TRANSLATE_NOOP(
    "scorecard", "Sample lead time: promised {promised} d, took {took} d on average over "
    "{count} rounds → {delay}; {on_time} of {count} on time")
PRICE_NOT_COMPARABLE = QT_TRANSLATE_NOOP("scorecard", "Price position: not comparable")
PRICE_NONE = QT_TRANSLATE_NOOP(
    "scorecard", "Price position: no design quoted by another supplier too")
ONE_DESIGN_COMPARED = QT_TRANSLATE_NOOP("scorecard", "1 design compared")
MEDIAN_OVER = QT_TRANSLATE_NOOP("scorecard", "median over {count} designs")
PRICE_SAME = QT_TRANSLATE_NOOP("scorecard", "{times}× the best other quote, the same price")
PRICE_ABOVE = QT_TRANSLATE_NOOP(
    "scorecard", "{times}× the best other quote, {percent} % above")
PRICE_BELOW = QT_TRANSLATE_NOOP(
    "scorecard", "{times}× the best other quote, {percent} % below")
PRICE_POSITION = QT_TRANSLATE_NOOP("scorecard", "Price position: {position} ({over})")


def _position_short(ratio: Decimal) -> str:
    difference = ratio - 1
    if abs(difference) < Decimal("0.005"):
        return "= best"
    sign = "+" if difference > 0 else "−"
    return f"{sign}{percent_text(abs(difference))} vs best"


def _position_long(ratio: Decimal) -> str:
    difference = ratio - 1
    if abs(difference) < Decimal("0.005"):
        return f"{_fixed(ratio, 2)}× the best other quote, the same price"
    side = "above" if difference > 0 else "below"
    return f"{_fixed(ratio, 2)}× the best other quote, {percent_text(abs(difference))} {side}"


# --- computing -----------------------------------------------------------------------------
#
# Every supplier's scorecard is computed in one pass over the history, O(quotes + samples):
# the quotes are grouped once by design and supplier, so a sample round finds the quote that
# promised its lead time by a binary search in its own design's quotes, and each design's newest
# quote per supplier is found once for every supplier compared on it.


class ScoredQuote(Protocol):
    """What a scorecard reads of a quote: a whole Quote, or a storage row holding just this."""

    @property
    def id(self) -> int | None: ...
    @property
    def supplier_id(self) -> int: ...
    @property
    def design_id(self) -> int: ...
    @property
    def quoted_on(self) -> dt.date: ...
    @property
    def reference(self) -> str: ...
    @property
    def sample_lead_time_days(self) -> int | None: ...
    @property
    def pricing_basis(self) -> PricingBasis: ...
    @property
    def moq(self) -> int: ...
    def unit_price(self, quantity: int) -> Money: ...


class QuoteFacts(NamedTuple):
    """A quote as far as a scorecard needs it: no fees, terms or notes (storage/scorecards.py
    reads these for every quote at once; a tuple, as quick to make as a row).
    `tiers`: (minimum quantity, unit price), rising."""

    id: int | None
    supplier_id: int
    design_id: int
    quoted_on: dt.date
    reference: str
    sample_lead_time_days: int | None
    pricing_basis: PricingBasis
    moq: int
    currency: str
    tiers: tuple[tuple[int, Decimal], ...]

    def unit_price(self, quantity: int) -> Money:
        """As Quote.unit_price: the tier the quantity reaches; below the MOQ, as for the MOQ."""
        billed = max(quantity, self.moq)
        price = self.tiers[0][1]
        for minimum, unit_price in self.tiers:
            if minimum <= billed:
                price = unit_price
        return Money(price, self.currency)


def _histories(samples: Iterable[SampleRound], wanted: Collection[int],
               design_codes: Mapping[int, str]) -> dict[int, tuple[SampleHistory, ...]]:
    """Each wanted supplier's sample histories, by design code."""
    by_supplier: dict[int, dict[int, list[SampleRound]]] = {}
    for sample in samples:
        if sample.supplier_id in wanted:
            by_supplier.setdefault(sample.supplier_id, {}).setdefault(
                sample.design_id, []).append(sample)
    result: dict[int, tuple[SampleHistory, ...]] = {}
    for supplier_id, by_design in by_supplier.items():
        histories = [SampleHistory(design_id, design_codes.get(design_id, f"#{design_id}"),
                                   tuple(sorted(rounds, key=lambda r: r.round_number)))
                     for design_id, rounds in by_design.items()]
        result[supplier_id] = tuple(sorted(histories, key=lambda h: h.design_code))
    return result


class _Promises:
    """The quotes that state a sample lead time, by supplier and design, oldest first."""

    def __init__(self, quotes: Iterable[ScoredQuote], wanted: Collection[int]) -> None:
        grouped: dict[tuple[int, int], list[ScoredQuote]] = {}
        for quote in quotes:
            if quote.sample_lead_time_days is not None and quote.supplier_id in wanted:
                grouped.setdefault((quote.supplier_id, quote.design_id), []).append(quote)
        self._quotes: dict[tuple[int, int], list[ScoredQuote]] = {}
        self._dates: dict[tuple[int, int], list[dt.date]] = {}
        for key, promising in grouped.items():
            promising.sort(key=lambda q: q.quoted_on)  # stable: the given order breaks ties
            self._quotes[key] = promising
            self._dates[key] = [q.quoted_on for q in promising]

    def promise(self, supplier_id: int, design_id: int,
                requested_on: dt.date) -> ScoredQuote | None:
        """The newest promising quote dated on or before the request; when every one came
        later, the earliest (see the module's docstring)."""
        promising = self._quotes.get((supplier_id, design_id))
        if not promising:
            return None
        before = bisect_right(self._dates[(supplier_id, design_id)], requested_on)
        return promising[before - 1] if before else promising[0]


def _lead_times(supplier_id: int, histories: Sequence[SampleHistory], promises: _Promises,
                today: dt.date
                ) -> tuple[tuple[LeadTimeCheck, ...], tuple[tuple[LeadTimeCheck, int], ...]]:
    checks: list[LeadTimeCheck] = []
    overdue: list[tuple[LeadTimeCheck, int]] = []
    for history in histories:
        for sample in history.rounds:
            quote = promises.promise(supplier_id, history.design_id, sample.requested_on)
            check = LeadTimeCheck(
                history.design_code, sample.round_number, sample.requested_on,
                sample.received_on, quote.sample_lead_time_days if quote else None,
                quote.reference if quote else "")
            if sample.received_on is not None:
                checks.append(check)
            elif check.promised_days is not None:
                late = (today - sample.requested_on).days - check.promised_days
                if late > 0:
                    overdue.append((check, late))
    return tuple(checks), tuple(overdue)


def _newest(quotes: Iterable[ScoredQuote]) -> ScoredQuote:
    return max(quotes, key=lambda q: (q.quoted_on, q.id or 0))


class _Converter:
    """Unit prices at a quantity, converted to the base currency at the FX rate of each quote's
    date: each rate looked up once per currency and date, each quote converted once per
    quantity."""

    def __init__(self, fx_rates: Sequence[FxRate], base_currency: str) -> None:
        self._fx_rates = fx_rates
        self._base = base_currency
        self._rates: dict[tuple[str, dt.date], Decimal | str] = {}  # a rate, or why none
        self._done: dict[tuple[int, int], tuple[Money, Money]] = {}

    def __call__(self, quote: ScoredQuote, quantity: int) -> tuple[Money, Money]:
        done = self._done.get((id(quote), quantity))
        if done is not None:
            return done
        price = quote.unit_price(quantity)
        key = (price.currency, quote.quoted_on)
        rate = self._rates.get(key)
        if rate is None:
            try:
                rate = fx_rate_on(self._fx_rates, price.currency, self._base, quote.quoted_on)[0]
            except PriceNotFound as missing:
                rate = str(missing)
            self._rates[key] = rate
        if isinstance(rate, str):
            raise PriceNotFound(rate)
        done = self._done[(id(quote), quantity)] = (price, price.converted(rate, self._base))
        return done


def _prices(quotes: Iterable[ScoredQuote], wanted: Collection[int], converter: _Converter,
            today: dt.date, design_codes: Mapping[int, str], supplier_names: Mapping[int, str]
            ) -> dict[int, tuple[tuple[PriceComparison, ...], tuple[str, ...]]]:
    by_design: dict[int, dict[int, list[ScoredQuote]]] = {}
    for quote in quotes:
        if quote.quoted_on <= today:
            by_design.setdefault(quote.design_id, {}).setdefault(
                quote.supplier_id, []).append(quote)
    comparisons: dict[int, list[PriceComparison]] = {}
    refused: dict[int, list[str]] = {}
    for design_id, by_supplier in by_design.items():
        if len(by_supplier) < 2 or not any(sid in wanted for sid in by_supplier):
            continue
        code = design_codes.get(design_id, f"#{design_id}")
        newest = {sid: _newest(qs) for sid, qs in by_supplier.items()}
        for supplier_id, own in newest.items():
            if supplier_id not in wanted:
                continue
            others = [q for sid, q in newest.items() if sid != supplier_id]
            comparison = _compare(code, own, others, converter, supplier_names)
            if isinstance(comparison, str):
                refused.setdefault(supplier_id, []).append(comparison)
            else:
                comparisons.setdefault(supplier_id, []).append(comparison)
    return {supplier_id: (
        tuple(sorted(comparisons.get(supplier_id, ()), key=lambda p: p.design_code)),
        tuple(sorted(refused.get(supplier_id, ()))))
        for supplier_id in wanted}


def _compare(code: str, own: ScoredQuote, others: Sequence[ScoredQuote], converter: _Converter,
             supplier_names: Mapping[int, str]) -> PriceComparison | str:
    """One design's comparison of a supplier's newest quote with the others'; or why not."""
    same_basis = [q for q in others if q.pricing_basis == own.pricing_basis]
    if not same_basis:
        return (f"{code}: not comparable — the other quotes are priced on another "
                "basis (all-in vs making charge + metal)")
    quantity = max(q.moq for q in (own, *same_basis))
    try:
        own_price, own_base = converter(own, quantity)
        priced = [(q, *converter(q, quantity)) for q in same_basis]
    except PriceNotFound as missing:
        return f"{code}: not comparable — {missing}"
    best, best_price, best_base = min(priced, key=lambda item: item[2].amount)
    if best_base.amount <= 0:
        return f"{code}: not comparable — another quote's price is zero"
    return PriceComparison(
        code, quantity, own.reference or f"#{own.id}", own_price, own_base,
        supplier_names.get(best.supplier_id, f"#{best.supplier_id}"),
        best.reference or f"#{best.id}", best_price, best_base)


def compute_scorecards(supplier_ids: Iterable[int], *, supplier_names: Mapping[int, str],
                       design_codes: Mapping[int, str], quotes: Sequence[ScoredQuote],
                       samples: Sequence[SampleRound], fx_rates: Sequence[FxRate],
                       base_currency: str, today: dt.date) -> dict[int, Scorecard]:
    """The scorecards of several suppliers in one pass over the history, O(quotes + samples).
    `quotes` may hold every supplier's quotes (the others' are what the prices are compared
    with); `samples` may hold every supplier's rounds."""
    wanted = list(dict.fromkeys(supplier_ids))
    wanted_set = set(wanted)
    histories = _histories(samples, wanted_set, design_codes)
    promises = _Promises(quotes, wanted_set)
    prices = _prices(quotes, wanted_set, _Converter(fx_rates, base_currency), today,
                     design_codes, supplier_names)
    cards: dict[int, Scorecard] = {}
    for supplier_id in wanted:
        own = histories.get(supplier_id, ())
        lead_times, overdue = _lead_times(supplier_id, own, promises, today)
        compared, refused = prices[supplier_id]
        cards[supplier_id] = Scorecard(supplier_names.get(supplier_id, f"#{supplier_id}"),
                                       base_currency, own, lead_times, overdue, compared,
                                       refused)
    return cards


def compute_scorecard(supplier_id: int, *, supplier_names: Mapping[int, str],
                      design_codes: Mapping[int, str], quotes: Sequence[ScoredQuote],
                      samples: Sequence[SampleRound], fx_rates: Sequence[FxRate],
                      base_currency: str, today: dt.date) -> Scorecard:
    """The scorecard of one supplier. `quotes` may hold every supplier's quotes (the others'
    are what the prices are compared with); `samples` may hold every supplier's rounds."""
    return compute_scorecards(
        [supplier_id], supplier_names=supplier_names, design_codes=design_codes,
        quotes=quotes, samples=samples, fx_rates=fx_rates, base_currency=base_currency,
        today=today)[supplier_id]
