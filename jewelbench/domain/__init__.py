"""Pure-Python domain: entities, units, money, the cost engine. Imports neither Qt nor SQL.

Records and their rules:
- designs.py: designs and their bill of materials; materials.py: a BOM priced on a date.
- alloys.py, units.py: alloys by fineness and specific gravity; grams, troy ounces, carats.
- techpacks/: tech pack revisions (draft, issued snapshot, changes, DFM); hallmarks.py: the
  marks a market requires, warned about by themselves.
- suppliers.py, scorecard.py: suppliers with due diligence, and their computed scorecard.
- quotes.py, quote_comparison.py, rfqs.py: quotes (tiers, MOQ, fees, terms), one design's
  quotes side by side, requests for quotation.
- samples.py: sample rounds with measurements, the six-stage QC and a decision.
- scenarios.py: in-house scenarios: equipment, overheads, staff, labour, losses.
- brand.py: the brand profile printed on every tech pack.
- entities.py: every entity in one import, for the demo and tests.

Money, prices and the reader:
- money.py: Decimal with an ISO 4217 currency; currencies.py: the codes.
- prices.py: dated metal prices and FX rates; missing_prices.py: what a figure lacked.
- locale_forms.py: numbers, money, dates and weights in the reader's forms (babel).
- messages.py: sentences with named placeholders, translated by the ui (no Qt here).
- validation.py, inputs.py: the checks every entity applies, and what a field accepts.

The cost engine (docs/costing.md), entry point costing.py:
- costing_inputs.py: plans, terms and options; costing_figures.py: what it hands back.
- costing_inhouse.py: the in-house route; costing_outsourced.py: one supplier's landed cost;
  customs.py: the customs value and import VAT; costing_basis.py: the fixed-cost basis.
- costing_pieces.py: whole pieces and orders; costing_whole.py: exact bands in whole pieces.
- costing_breakeven.py: break-even crossings and bands; costing_analysis.py: what the
  comparison draws (break-evens, sweeps, sensitivity); costing_margin.py: margins.
- footing.py: printed tables that add up as printed.
"""
