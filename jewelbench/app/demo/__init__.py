"""The demo workspace (`jewelbench --demo`, Help ▸ Open Demo Workspace) and a large generated
one for the benchmarks. Aurelia Studio's story, told as of late November 2026 (DEMO_TODAY).

Where each part lives:
- values.py: the demo's name, currency and day; text → Decimal, money, date; the ids written.
- painting.py: the drawing kit — metal and stone palettes, the strokes every piece is drawn
  with (polished metal, brilliants, pearls, chains, shadows) on an 800 × 800 canvas.
- illustrations.py: the pieces drawn with that kit — renders of the designs (`Art`,
  `render_illustration`), sample photos on the QC bench, the brand's mark — and how a
  drawing is stored (once a process).
- catalogue.py: the fifteen designs as data (BOM, picture, tech pack dimensions, revisions)
  and the tech pack sections written for each revision.
- suppliers.py: the four suppliers, their contacts, certifications and due diligence.
- quotes.py: the quotes and RFQs as data, and what each quote leaves to Aurelia.
- samples.py: the sample rounds as data: QC, measurements, decisions, photos.
- costing.py: metal prices and FX rates, the in-house workshops, landing terms, plans.
- writer.py: `write_demo`, which puts all of it into a new workspace in one transaction,
  and the steps the generated workspace shares with it.
- generated.py: `write_generated`, thousands of seeded-random designs for the benchmarks.
"""

from __future__ import annotations

# what many callers import from here (the app, the CLI, the self-test and the tests)
from jewelbench.app.demo.generated import write_generated
from jewelbench.app.demo.values import DEMO_TODAY
from jewelbench.app.demo.writer import write_demo

__all__ = ["DEMO_TODAY", "write_demo", "write_generated"]
