"""Why the cheaper route wins: the verdict's companion sentence names the largest part of the
dearer side's piece (and says when it is a fixed cost), and a scenario that pays its bench
minutes at the loaded rate on top of salaried staff is warned that it may count them twice."""

from __future__ import annotations

from decimal import Decimal

from test_costing_cases import compare, design, old_terms, quote, scenario

from jewelbench.domain.scenarios import LabourOperation, Overhead, StaffRole

D = Decimal


def _bench(**overrides: object):
    values: dict[str, object] = dict(
        overheads=[Overhead("Rent", D(1000))],
        staff=[StaffRole("Jeweller", D(3000), 1, D(160))],
        labour=[LabourOperation("Finishing", D(60))], loaded_hourly_rate=D(30))
    values.update(overrides)
    return scenario(**values)


def test_when_a_supplier_wins_the_largest_part_of_in_house_is_named_with_its_share():
    # 100 pieces: labour 60 min × 30 = 30 a piece = 3,000; rent 12,000; salary 36,000 a year:
    # 51,000 a year, 510 a piece; salaried staff 360 a piece, 360 ÷ 510 = 70.6 % → 71 %.
    prepared = compare(design(), 100, in_house=_bench(), quotes={"Supplier": quote((1, "50"))})
    result = prepared.evaluate(100)
    assert result.cheapest.route == "Supplier"
    assert result.why() == ("The largest part of in-house's 510.00 EUR a piece is salaried "
                            "staff: 360.00 EUR (71 %), paid whatever the volume.")


def test_when_in_house_wins_the_best_quotes_largest_part_is_named():
    # In-house 510 a piece against 1,000 a piece, all of it the supplier's price.
    prepared = compare(design(), 100, in_house=_bench(),
                       quotes={"Supplier": quote((1, "1000"))})
    assert prepared.evaluate(100).why() == ("The largest part of Supplier's 1,000.00 EUR a "
                                            "piece is supplier price: 1,000.00 EUR (100 %).")


def test_bench_minutes_at_the_loaded_rate_on_top_of_salaries_are_warned_about():
    prepared = compare(design(), 100, in_house=_bench(), quotes={"Supplier": quote()})
    (warning,) = [w for w in prepared.evaluate(100).warnings if "twice" in w]
    assert "30.00 EUR an hour" in warning and "1 salaried person" in warning
    assert "tick “Bench labour is paid through the salaries”" in warning
    # Paid by the salaries, or no salaried staff, or no bench minutes: nothing to warn about.
    for quiet in (compare(design(), 100, in_house=_bench(), quotes={"Supplier": quote()},
                          in_house_terms=old_terms(labour_in_salaries=True)),
                  compare(design(), 100, in_house=_bench(staff=[]),
                          quotes={"Supplier": quote()}),
                  compare(design(), 100, in_house=_bench(labour=[]),
                          quotes={"Supplier": quote()})):
        assert not [w for w in quiet.evaluate(100).warnings if "twice" in w]
