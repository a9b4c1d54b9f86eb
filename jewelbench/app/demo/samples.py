"""The demo's sample rounds as data: what was asked of whom, what came back, its QC, what was
measured and decided, and a photo on the QC bench.

A measurement names a dimension of the design's tech pack and gives what was measured: the
nominal and tolerance are the tech pack's (BENCH_CHECKS holds the few checks that are not
dimensions). QC results are six letters, one per stage: p pass, f fail, - not done yet.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field

from jewelbench.app.demo.catalogue import BY_CODE
from jewelbench.app.demo.illustrations import sample_photo
from jewelbench.app.demo.suppliers import BANGKOK, JAIPUR, PANYU, VICENZA
from jewelbench.app.demo.values import Written, d, day
from jewelbench.domain.entities import (
    Measurement,
    QcCheck,
    QcResult,
    QcStage,
    SampleDecision,
    SampleRound,
)

APPROVED, REJECTED, CHANGES = (SampleDecision.APPROVED, SampleDecision.REJECTED,
                               SampleDecision.APPROVED_WITH_CHANGES)
ALL_PASS = "pppppp"
_RESULTS = {"p": QcResult.PASS, "f": QcResult.FAIL, "-": None}
# checks on the bench that are no dimension of the tech pack: (nominal, ± tolerance, unit)
BENCH_CHECKS = {"plating thickness (XRF)": ("2.8", "0.3", "µm")}


def measurement(code: str, dimension: str, measured: str) -> Measurement:
    """What was measured of a dimension, against the design's tech pack (or BENCH_CHECKS)."""
    spec = {name: (nominal, tolerance, "mm") for name, nominal, tolerance in BY_CODE[code].dims}
    nominal, tolerance, unit = spec.get(dimension) or BENCH_CHECKS[dimension]
    return Measurement(dimension, d(nominal), d(tolerance), d(measured), unit)


@dataclass(frozen=True)
class DemoSample:
    design: str  # its code
    supplier: str
    round_number: int
    revision: str  # the tech pack revision the sample was made to
    requested_on: str
    received_on: str | None = None
    decision: SampleDecision | None = None
    decided_on: str | None = None
    _: KW_ONLY
    weight_g: str | None = None
    measured: tuple[tuple[str, str], ...] = ()  # (dimension, measured)
    qc: str = ""  # one letter a stage, see the module; empty: no QC yet
    qc_notes: dict[int, str] = field(default_factory=dict)  # by stage number
    photo: str = ""  # its caption; empty: no photo
    golden: bool = False
    dfm_feedback: str = ""
    notes: str = ""

    def sample_round(self, ids: Written) -> SampleRound:
        photos = [sample_photo(BY_CODE[self.design].art, self.photo, self.golden)] \
            if self.photo else []
        return SampleRound(
            design_id=ids.designs[self.design], supplier_id=ids.suppliers[self.supplier],
            round_number=self.round_number,
            tech_pack_revision_id=ids.revision(self.design, self.revision),
            requested_on=day(self.requested_on),
            received_on=day(self.received_on) if self.received_on else None,
            decision=self.decision,
            decided_on=day(self.decided_on) if self.decided_on else None,
            measured_weight_g=d(self.weight_g) if self.weight_g else None,
            measurements=[measurement(self.design, name, value)
                          for name, value in self.measured],
            qc_checks=[QcCheck(stage, _RESULTS[result], self.qc_notes.get(int(stage), ""))
                       for stage, result in zip(QcStage, self.qc)],
            photos=photos, dfm_feedback=self.dfm_feedback, notes=self.notes)


SAMPLES: tuple[DemoSample, ...] = (
    DemoSample("RG-014", BANGKOK, 1, "A", "2026-02-20", "2026-03-18", REJECTED, "2026-03-20",
               weight_g="3.62",
               measured=(("band width", "2.05"), ("head height", "6.30"),
                         ("inner diameter (US 6.5)", "17.05")),
               qc="ppppff", qc_notes={5: "Two halo melee loose; claws uneven, 0.6–0.8 mm",
                                      6: "Ring size a quarter large; weight 0.18 g light"},
               photo="Round 1 as received: loose melee at 4 and 7 o'clock",
               dfm_feedback="Claws at 0.6 mm are too thin for 14k white: ask for 0.9 mm. Open "
                            "the halo gallery so ultrasonic cleaning reaches under the melee.",
               notes="Rejected: stone security."),
    DemoSample("RG-014", BANGKOK, 2, "B", "2026-05-12", "2026-06-05", APPROVED, "2026-06-08",
               weight_g="3.79",
               measured=(("band width", "2.02"), ("head height", "6.25"),
                         ("inner diameter (US 6.5)", "16.92")),
               qc=ALL_PASS, photo="Round 2 — golden sample", golden=True,
               dfm_feedback="Claws now 0.9 mm; halo secure under 10× loupe."),
    DemoSample("RG-021", VICENZA, 1, "A", "2026-01-22", "2026-02-09", APPROVED, "2026-02-11",
               weight_g="5.64",
               measured=(("band width", "5.04"), ("inner diameter (US 7)", "17.28")),
               qc=ALL_PASS, qc_notes={5: "No stones: not applicable"},
               photo="Golden sample", golden=True),
    DemoSample("RG-027", VICENZA, 1, "A", "2026-08-26", "2026-09-21", CHANGES, "2026-09-24",
               weight_g="4.71",
               measured=(("band width", "2.18"), ("head height", "6.45"),
                         ("inner diameter (US 6.5)", "16.95")),
               qc=ALL_PASS, qc_notes={5: "Secure; culet 0.2 mm proud of the shank"},
               photo="Round 1: gallery too low",
               dfm_feedback="Gallery sits 0.3 mm low, so the sapphire's culet touches the "
                            "finger. Raise it in revision B; casting and finish otherwise "
                            "excellent."),
    DemoSample("PD-003", PANYU, 1, "A", "2026-01-14", "2026-02-03", APPROVED, "2026-02-05",
               weight_g="3.38",
               measured=(("disc diameter", "18.05"), ("plating thickness (XRF)", "2.7"),
                         ("chain length", "452")),
               qc=ALL_PASS, photo="Golden sample", golden=True),
    DemoSample("PD-009", PANYU, 1, "A", "2026-04-08", "2026-04-29", REJECTED, "2026-05-02",
               weight_g="1.94",
               measured=(("pearl length", "8.1"), ("cap diameter", "4.4")),
               qc="ppfpff", qc_notes={3: "Glue visible around the cap",
                                      5: "Pearl drilled off-centre, hangs crooked",
                                      6: "Pearl below size; cap too wide"},
               photo="Round 1: off-centre drilling",
               dfm_feedback="Use a cup cap 4.0 mm and drill on the pearl's axis; grade pearls "
                            "8.5 ± 0.3 mm before setting."),
    DemoSample("PD-009", PANYU, 2, "A", "2026-05-06", "2026-05-27", APPROVED, "2026-05-29",
               weight_g="2.08",
               measured=(("pearl length", "8.6"), ("cap diameter", "4.05")),
               qc=ALL_PASS, photo="Round 2 — golden sample", golden=True),
    DemoSample("PD-012", BANGKOK, 1, "A", "2026-09-10", "2026-10-14",
               weight_g="2.46",
               measured=(("pendant height", "14.1"), ("bail inner diameter", "3.2")),
               qc="pppf--", qc_notes={4: "Polishing compound left under the halo"},
               photo="Round 1 as received",
               dfm_feedback="Bail too small for the chain's clasp: revision B enlarges it.",
               notes="QC in progress: stone setting and final audit still to do."),
    DemoSample("ER-007", JAIPUR, 1, "A", "2026-02-04", "2026-02-26", APPROVED, "2026-03-02",
               weight_g="3.85",
               measured=(("drop length", "22.1"), ("post length", "10.2")),
               qc=ALL_PASS, photo="Golden sample", golden=True),
    DemoSample("ER-007", PANYU, 1, "A", "2026-10-22", "2026-11-16",
               weight_g="3.71",
               measured=(("drop length", "22.4"), ("post length", "9.8")),
               qc="ppp---",
               notes="Second source for ER-007; post-polish checks next week."),
    DemoSample("BR-002", JAIPUR, 1, "A", "2026-03-11", "2026-04-03", APPROVED, "2026-04-06",
               weight_g="11.62",
               measured=(("inner length", "181"), ("link width", "6.1")),
               qc=ALL_PASS, photo="Golden sample", golden=True),
    DemoSample("BR-005", BANGKOK, 1, "A", "2026-06-17", "2026-07-15", APPROVED, "2026-07-17",
               weight_g="9.91",
               measured=(("inner length", "176"), ("cup diameter", "3.22")),
               qc=ALL_PASS, photo="Golden sample", golden=True,
               dfm_feedback="Safety catch stiff at first; eased after 20 cycles."),
    DemoSample("NK-004", PANYU, 1, "A", "2026-10-08",
               notes="Requested with 8 mm centre pearls; due early December."),
    DemoSample("NK-001", JAIPUR, 1, "A", "2025-03-12", "2025-04-02", APPROVED, "2025-04-04",
               weight_g="6.75", qc=ALL_PASS),
    DemoSample("BC-001", JAIPUR, 1, "A", "2026-11-06",
               notes="Sample requested in nickel-free brass with the gold flash."),
)


def sample_rounds(ids: Written) -> list[SampleRound]:
    return [row.sample_round(ids) for row in SAMPLES]
