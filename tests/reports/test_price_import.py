"""Reading price and rate files: the four layouts from their samples, and every kind of bad input
as a refusal with its reason (fixtures: tests/reports/price_files/, their quirks in README.md)."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.reports.price_import import (
    ECB,
    LBMA,
    NORGES_BANK,
    PLAIN,
    PriceFile,
    PriceFileRefused,
    read_price_bytes,
    read_price_file,
)

FILES = Path(__file__).parent / "price_files"
TODAY = dt.date(2026, 12, 6)
NOV27 = dt.date(2026, 11, 27)


def read(name: str, **options) -> PriceFile:
    return read_price_file(FILES / name, today=TODAY, **options)


def text(content: str, name: str = "prices.csv", **options) -> PriceFile:
    return read_price_bytes(content.encode("utf-8"), name, today=TODAY, **options)


def reasons(result: PriceFile) -> list[str]:
    return [str(refusal) for refusal in result.refused]


# --- the samples --------------------------------------------------------------------------------


def test_the_ecb_history_gives_euro_rates_and_leaves_n_a_out():
    result = read("eurofxref-hist.csv")
    assert result.layout == ECB and result.refused == []
    # 3 days × 41 currency columns, 34 of them N/A (CYP, EEK … and ISK on the 25th)
    assert len(result.fx_rates) == 3 * 41 - 34 == 89
    assert result.empty_values == 34
    assert FxRate(NOV27, "EUR", "USD", Decimal("1.0842")) in result.fx_rates
    assert FxRate(NOV27, "EUR", "THB", Decimal("37.842")) in result.fx_rates
    assert not any(r.to_currency == "ISK" and r.rate_date == dt.date(2026, 11, 25)
                   for r in result.fx_rates)


def test_the_ecb_zip_is_read_like_the_csv_inside():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(FILES / "eurofxref-hist.csv", "eurofxref-hist.csv")
    result = read_price_bytes(buffer.getvalue(), "eurofxref-hist.zip", today=TODAY)
    assert result.layout == ECB and len(result.fx_rates) == 89
    assert result.name == "eurofxref-hist.zip ▸ eurofxref-hist.csv"


def test_norges_bank_rates_are_per_one_unit_with_unit_mult_applied():
    result = read("norges-bank-exr.csv")
    assert result.layout == NORGES_BANK and result.refused == []
    assert len(result.fx_rates) == 8
    assert FxRate(NOV27, "EUR", "NOK", Decimal("11.6840")) in result.fx_rates
    # SEK: 104,1679 NOK per 100 SEK (UNIT_MULT 2) is 1.041679 NOK per krona
    assert FxRate(NOV27, "SEK", "NOK", Decimal("1.041679")) in result.fx_rates
    # THB: 30,8749 per 100 baht → 0.308749
    assert FxRate(NOV27, "THB", "NOK", Decimal("0.308749")) in result.fx_rates


def test_an_lbma_series_takes_its_metal_from_the_name_and_skips_zero_prices():
    result = read("lbma-gold_pm.json")
    assert result.layout == LBMA and result.metal == "gold" and result.refused == []
    # 4 days × USD, GBP, EUR, less the EUR of the 27th (0: no price that day)
    assert len(result.metal_prices) == 11 and result.empty_values == 1
    assert MetalPrice("gold", NOV27, Money.of("2670.25", "USD"),
                      "LBMA gold (lbma-gold_pm.json)") in result.metal_prices
    assert not any(p.price_date == NOV27 and p.price_per_troy_oz.currency == "EUR"
                   for p in result.metal_prices)
    silver = read("lbma-silver.json")
    assert silver.metal == "silver" and len(silver.metal_prices) == 9


def test_an_lbma_series_whose_name_names_no_metal_needs_the_metal_said():
    content = (FILES / "lbma-silver.json").read_text()
    with pytest.raises(PriceFileRefused, match="does not say which metal"):
        text(content, "prices.json")
    assert text(content, "prices.json", metal="platinum").metal == "platinum"


def test_the_plain_csv_gives_metal_prices_per_troy_ounce_and_rates():
    result = read("plain-prices.csv")
    assert result.layout == PLAIN and result.refused == []
    prices = {p.metal: p.price_per_troy_oz for p in result.metal_prices}
    assert prices["gold"] == Money.of("2670.25", "USD")
    # 1.0065 USD a gram × 31.1034768 g in a troy ounce = 31.3056493992 USD
    assert prices["silver"] == Money.of("31.3056493992", "USD")
    # 31.20 × 31.1034768 = 970.42847616
    assert prices["platinum"] == Money.of("970.42847616", "USD")
    assert set(result.fx_rates) == {FxRate(NOV27, "EUR", "USD", Decimal("1.0842")),
                                    FxRate(NOV27, "THB", "USD", Decimal("0.02865"))}


def test_a_plain_csv_with_semicolons_and_decimal_commas():
    result = text("date;item;price;currency;unit\n2026-11-27;silver;31,25;EUR;ozt\n")
    assert result.metal_prices[0].price_per_troy_oz == Money.of("31.25", "EUR")


# --- bad input ----------------------------------------------------------------------------------


def test_bad_rows_of_a_plain_csv_are_refused_each_with_its_reason():
    result = text(
        "date,item,price,currency,unit\n"
        "2026-11-27,gold,2670.25,USD,ozt\n"
        "2027-01-04,gold,2680,USD,ozt\n"
        "2026-11-26,gold,-5,USD,ozt\n"
        "2026-11-26,silver,0,USD,g\n"
        "2026-11-27,gold,2671,USD,ozt\n"
        "2026-11-27,XYZ,1.2,USD,\n"
        "2026-11-27,EUR,1.08,EUO,\n"
        "2026-11-27,silver,abc,USD,g\n"
        "27/11/2026,silver,1.0,USD,g\n"
        "2026-02-30,silver,1.0,USD,g\n"
        "2026-11-27,copper,9.1,USD,g\n"
        "2026-11-27,silver,1.0,USD,kg\n"
        "2026-11-27,EUR,1.08,USD,g\n"
        "2026-11-27,USD,1,USD,\n"
        "2026-11-27,silver,NaN,USD,g\n"
        "2026-11-25,gold,1e3,USD,g\n"
        "2026-11-24,gold,2_670,USD,ozt\n"
        "2026-11-23,gold,Infinity,USD,ozt\n"
        "2026-11-22,gold,２６７０,USD,ozt\n")
    assert len(result.rows) == 1
    assert reasons(result) == [
        "line 3: dated 2027-01-04, after today (2026-12-06)",
        "line 4: the price -5 is not above zero",
        "line 5: the price 0 is not above zero",
        "line 6: the gold price in USD of 2026-11-27 is in the file twice (first at line 2); "
        "this one is left out",
        "line 7: 'XYZ' is not a currency jewelbench knows: use an ISO 4217 code such as EUR, "
        "USD, THB or INR",
        "line 8: 'EUO' is not a currency jewelbench knows: use an ISO 4217 code such as EUR, "
        "USD, THB or INR",
        "line 9: the price 'abc' is not a number",
        "line 10: the date '27/11/2026' is not a date (YYYY-MM-DD)",
        "line 11: the date '2026-02-30' does not exist",
        "line 12: 'copper' is neither a metal (silver, gold, platinum, palladium) nor a "
        "currency code",
        "line 13: a silver price needs the unit g or ozt, not 'kg'",
        "line 14: a currency takes no unit, not 'g'",
        "line 15: An FX rate needs two different currencies",
        "line 16: the price 'NaN' is not a number",
        "line 17: the price '1e3' is not a number",  # not 1,000 USD a gram
        "line 18: the price '2_670' is not a number",
        "line 19: the price 'Infinity' is not a number",
        "line 20: the price '２６７０' is not a number",  # full-width digits, as in typing
    ]


def test_a_date_given_twice_in_the_ecb_file_is_refused_once_for_the_line():
    content = (FILES / "eurofxref-hist.csv").read_text()
    lines = content.splitlines()
    result = text("\n".join([*lines, lines[1]]) + "\n", "eurofxref-hist.csv")
    assert len(result.fx_rates) == 89
    assert reasons(result) == ["line 5: 2026-11-27 is in the file twice (first at line 2); "
                               "this one is left out"]


def test_a_currency_no_longer_in_use_is_left_out_of_the_ecb_file_and_said_once():
    result = text("Date,USD,CYP,XQZ,\n2007-12-31,1.4721,0.585274,1.5,\n"
                  "2007-12-28,1.4700,0.585274,1.5,\n", "eurofxref-hist.csv")
    assert len(result.fx_rates) == 2 and result.retired == {"CYP": 2}
    assert result.summary() == ("2 rates read, 2 refused; 2 CYP rates left out (CYP is no "
                                "longer in use: replaced by the euro since 2008)")
    # a code that never was a currency is refused, line by line
    assert reasons(result) == [
        f"line {n}, XQZ: 'XQZ' is not a currency jewelbench knows: use an ISO 4217 code such "
        "as EUR, USD, THB or INR" for n in (2, 3)]


def test_norges_bank_bad_rows():
    header = (FILES / "norges-bank-exr.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    row = "B;Virkedag;{cur};x;NOK;y;SP;Spot;4;false;{mult};z;C;t;{day};{value}"
    result = text("\n".join([
        header,
        row.format(cur="SEK", mult="2", day="2026-11-27", value="104,1679"),
        row.format(cur="SEK", mult="2", day="2026-11-27", value="104,1679"),
        row.format(cur="SEK", mult="x", day="2026-11-26", value="104,1"),
        row.format(cur="DKK", mult="2", day="2026-11-27", value="-1,5"),
        row.format(cur="ABC", mult="0", day="2026-11-27", value="1,5"),
        row.format(cur="DKK", mult="2", day="2026-11-26", value="NaN"),
    ]) + "\n", "exr.csv")
    assert result.fx_rates == [FxRate(NOV27, "SEK", "NOK", Decimal("1.041679"))]
    assert result.empty_values == 1
    assert reasons(result) == [
        "line 3, SEK: SEK→NOK of 2026-11-27 is in the file twice (first at line 2, SEK); "
        "this one is left out",
        "line 4, SEK: UNIT_MULT 'x' is not 0 to 6 (per 1, 10, 100 … units)",
        "line 5, DKK: the rate -1.5 is not above zero",
        "line 6: 'ABC' is not a currency jewelbench knows: use an ISO 4217 code such as EUR, "
        "USD, THB or INR",
    ]


def test_lbma_bad_entries():
    result = text('[{"d":"2026-11-27","v":[2670.25,-1,"x"]},{"d":"2026-11-27","v":[1]},'
                  '{"d":"2027-01-01","v":[1]},{"x":1},{"d":"2026-11-26","v":[true,null,0]}]',
                  "lbma-gold.json")
    assert len(result.metal_prices) == 1
    assert result.empty_values == 2
    assert reasons(result) == [
        "entry 1 (2026-11-27), GBP: the price -1 is not above zero",
        "entry 1 (2026-11-27), EUR: the price 'x' is not a number",
        "entry 2 (2026-11-27): 2026-11-27 is in the file twice (first at entry 1 "
        "(2026-11-27)); this one is left out",
        "entry 3: dated 2027-01-01, after today (2026-12-06)",
        'entry 4: is not {"d": "YYYY-MM-DD", "v": [USD, GBP, EUR]}',
        "entry 5 (2026-11-26), USD: the price true is not a number",
    ]


@pytest.mark.parametrize("content, name, reason", [
    (b"", "empty.csv", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.csv", "binary content"),
    (b"name,price\nring,12\n", "other.csv", "is not a price or rate file jewelbench reads"),
    (b"PK\x03\x04garbage", "rates.zip", "is a damaged .zip file"),
    (b"[1, 2", "lbma-gold.json", "is not valid JSON"),
    (b'{"a": 1}', "lbma-gold.json", "is not a price or rate file"),
])
def test_a_file_that_cannot_be_read_at_all_is_refused_with_the_reason(content, name, reason):
    with pytest.raises(PriceFileRefused, match=reason):
        read_price_bytes(content, name, today=TODAY)


def test_a_zip_holding_two_files_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.csv", "x")
        archive.writestr("b.csv", "y")
    with pytest.raises(PriceFileRefused, match="exactly one price file"):
        read_price_bytes(buffer.getvalue(), "two.zip", today=TODAY)


def test_a_folder_or_a_missing_file_is_refused(tmp_path):
    with pytest.raises(PriceFileRefused, match="is a folder"):
        read_price_file(tmp_path, today=TODAY)
    with pytest.raises(PriceFileRefused, match="cannot be read"):
        read_price_file(tmp_path / "nothing.csv", today=TODAY)


def test_a_hundred_thousand_rows_are_read(tmp_path):
    start = dt.date(1950, 1, 1)  # 25 000 days: to 2018
    lines = ["date,item,price,currency,unit"]
    codes = ["EUR", "GBP", "JPY", "THB"]
    for n in range(100_000):
        lines.append(f"{start + dt.timedelta(days=n // 4)},{codes[n % 4]},1.{n:06d},USD,")
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines) + "\n")
    result = read_price_file(path, today=TODAY)
    assert len(result.fx_rates) == 100_000 and result.refused == []


# --- the fuzz test ------------------------------------------------------------------------------


def _mutations(seed: int, count: int):
    rng = random.Random(seed)
    samples = [(path.name, path.read_bytes()) for path in sorted(FILES.iterdir())
               if path.suffix in (".csv", ".json")]
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(FILES / "eurofxref-hist.csv", "eurofxref-hist.csv")
    samples.append(("eurofxref-hist.zip", zipped.getvalue()))
    tokens = [b";", b",", b"\n", b"\x00", b"N/A", b"-", b"0", b"1e999999", b"\xff\xfe", b'"',
              b"[", b"{", b"}", b"]", b"9999-99-99", b"\r", b"\xef\xbb\xbf", b"NaN", b"e"]
    for n in range(count):
        name, data = samples[n % len(samples)]
        buffer = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            kind = rng.random()
            at = rng.randrange(len(buffer) + 1)
            if kind < 0.3 and buffer:
                del buffer[at:at + rng.randint(1, 20)]
            elif kind < 0.6:
                buffer[at:at] = rng.choice(tokens)
            elif kind < 0.8 and buffer:
                buffer[min(at, len(buffer) - 1)] = rng.randrange(256)
            else:
                buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 10)))
        yield name, bytes(buffer)


def test_mutated_files_give_a_result_or_a_refusal_never_anything_else():
    outcomes = {"read": 0, "refused": 0}
    for name, data in _mutations(seed=20261206, count=600):
        try:
            result = read_price_bytes(data, name, today=TODAY)
        except PriceFileRefused as refusal:
            assert str(refusal)
            outcomes["refused"] += 1
            continue
        assert isinstance(result, PriceFile)
        for row in result.rows:
            assert isinstance(row.value, (FxRate, MetalPrice))
        for refusal in result.refused:
            assert refusal.reason
        outcomes["read"] += 1
    assert outcomes["read"] > 50 and outcomes["refused"] > 10  # both roads were walked
