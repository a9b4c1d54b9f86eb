"""FX lookup benchmark: a rate read from the ECB's whole history, as File ▸ Import Prices and
Rates… stores it (about 6,700 fixing days × 30 currencies against the euro = 201,000 rates).

Run on demand (not in CI):  .venv/bin/python tests/benchmarks/bench_fx_lookup.py [--runs 21]

In one process it times `fx_rate_on` for a rate kept as such (EUR→USD), kept the other way
round (USD→EUR) and derived through the euro (NOK→USD, THB→USD), repeated over the same list
of rates as the quote editor, the scorecards and the BOM totals do, against the plain scan the
lookup made before (every row filtered for each lookup), checks both give the same rate, and
prints the medians and their ratio. The first lookup in a list also builds its index: that
one is printed on its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from decimal import Decimal

from jewelbench.domain.prices import FxRate, cross_rate_on, fx_rate_on

CURRENCIES = ("USD JPY BGN CZK DKK GBP HUF PLN RON SEK CHF ISK NOK TRY AUD BRL CAD CNY HKD "
              "IDR ILS INR KRW MXN MYR NZD PHP SGD THB ZAR").split()


def ecb_history(days: int = 6700) -> list[FxRate]:
    start = dt.date(1999, 1, 4)
    return [FxRate(start + dt.timedelta(days=day), "EUR", code,
                   Decimal(100 + (day * 7 + n * 13) % 900) / Decimal(100))
            for day in range(days) for n, code in enumerate(CURRENCIES)]


def plain_scan(rates: list[FxRate], source: str, target: str, on: dt.date) -> Decimal:
    """The lookup as it was: every row looked at for every lookup."""
    kept = [r for r in rates if r.rate_date <= on]
    direct = [r for r in kept if {r.from_currency, r.to_currency} == {source, target}]
    if direct:
        newest = max(direct, key=lambda r: r.rate_date)
        return newest.rate if newest.from_currency == source else Decimal(1) / newest.rate
    cross = cross_rate_on(kept, source, target, on)
    assert cross is not None
    return cross.rate


def median_ms(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    rates = ecb_history()
    on = dt.date(2017, 6, 1)
    start = time.perf_counter()
    fx_rate_on(rates, "EUR", "USD", on)
    print(f"{len(rates):,} rates; first lookup (builds the index): "
          f"{(time.perf_counter() - start) * 1000:.1f} ms")
    for source, target in (("EUR", "USD"), ("USD", "EUR"), ("NOK", "USD"), ("THB", "USD")):
        indexed, _row = fx_rate_on(rates, source, target, on)
        assert indexed == plain_scan(rates, source, target, on), (source, target)
        fast = median_ms(lambda s=source, t=target: fx_rate_on(rates, s, t, on), runs)
        slow = median_ms(lambda s=source, t=target: plain_scan(rates, s, t, on), runs)
        print(f"{source}→{target}: indexed {fast:7.2f} ms, plain scan {slow:7.2f} ms, "
              f"×{slow / fast:.1f} faster")


if __name__ == "__main__":
    main()
