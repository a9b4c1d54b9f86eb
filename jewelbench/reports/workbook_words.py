"""The words of the workbook's Inputs and cost sheets, marked for the translators.

Each text is marked with QT_TRANSLATE_NOOP in the context of the sheets that write it, so
pyside6-lupdate lists it; the sheets declare them (workbook_sheet.labels) and a Grid of that
context writes each label, heading and note in the language being written
(reports/wording.py). Names that formulas use (the defined names, the fee kinds, "CIF") are
not words for a reader and stay as they are.
"""

from __future__ import annotations

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Text

INPUTS_WORDS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("workbook_inputs", "Inputs"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Design"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Part"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Item"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Alloy"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Finished weight"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Fineness"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Fine metal"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Quantity"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Unit cost"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Currency"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Per piece"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Yellow cells are inputs: change one and every cost in "
                                         "the workbook follows. Each has a defined name (Excel: "
                                         "Formulas ▸ Name Manager; LibreOffice: Sheet ▸ Named "
                                         "Ranges). Percentages are % cells: type 6% or 0.06."),
    QT_TRANSLATE_NOOP("workbook_inputs", "Break-evens searched up to (pieces a year)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "the Break-even sheet solves every band from 1 to here "
                                         "(at least the Volume)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Costing"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Costing date"),
    QT_TRANSLATE_NOOP("workbook_inputs", "prices and rates below are the newest on or before it; "
                                         "for another date, export again"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Base currency"),
    QT_TRANSLATE_NOOP("workbook_inputs", "every cost is in it"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Volume costed (pieces a year)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "the plan's mix: each design gets Volume × its planned "
                                         "pieces ÷ the plan's, in whole pieces (largest "
                                         "remainder)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Volumes tabled (Volumes sheet)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "both totals at every volume from 1 to here, for the "
                                         "chart"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Grams in a troy ounce"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Metal price change (what-if)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "+10 % = every metal price 10 % above the dated price"),
    QT_TRANSLATE_NOOP("workbook_inputs", "FX change (what-if)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "+10 % = every foreign currency 10 % dearer"),
    QT_TRANSLATE_NOOP("workbook_inputs", "FX rates"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Rate as stored"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Stored as"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Rate date"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Metal prices"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Per troy ounce of fine (pure) metal, the newest on or "
                                         "before the costing date; per gram of fine metal in the "
                                         "base currency with the metal price change."),
    QT_TRANSLATE_NOOP("workbook_inputs", "Metal"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Price per troy oz"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Price date"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Source"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Alloys"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Name"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Scenario currency rate"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Loaded hourly rate"),
    QT_TRANSLATE_NOOP("workbook_inputs", "bench labour, per hour"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Casting loss"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Small-buyer premium on metal"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Stone breakage"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Error rate (remakes)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "a good piece costs variable ÷ (1 − error rate); below "
                                         "100 %"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Consumables per piece"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Equipment paid up front"),
    QT_TRANSLATE_NOOP("workbook_inputs", "TRUE: the year carries the equipment's cost; FALSE: its "
                                         "depreciation"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Bench labour paid by the salaries"),
    QT_TRANSLATE_NOOP("workbook_inputs", "TRUE: bench minutes cost nothing on top of the salaries "
                                         "(they still use capacity)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Recoverable share (casting loss, failed pieces)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "of the casting loss and of a failed piece's metal and "
                                         "stones"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Refining charge"),
    QT_TRANSLATE_NOOP("workbook_inputs", "of the recovered metal's value at the fine price"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Recovered, of a gram's value"),
    QT_TRANSLATE_NOOP("workbook_inputs", "recoverable share × (1 − refining charge)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "FX risk buffer on in-house inputs"),
    QT_TRANSLATE_NOOP("workbook_inputs", "on metal, BOM lines and scenario amounts priced in a "
                                         "foreign currency"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Scenario amounts in the base currency"),
    QT_TRANSLATE_NOOP("workbook_inputs", "the scenario's rate with the buffer"),
    QT_TRANSLATE_NOOP("workbook_inputs", "the scenario is kept in the base currency: no buffer"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Cost of capital a year"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Hours one bench gives a year"),
    QT_TRANSLATE_NOOP("workbook_inputs", "above 0"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Benches"),
    QT_TRANSLATE_NOOP("workbook_inputs", "0: one bench per person on the staff (people added "
                                         "included), at least one"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Equipment"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Cost"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Useful life"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Salvage value"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Depreciation a year"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Share carried"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Total"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Fixed-cost basis"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Basis"),
    QT_TRANSLATE_NOOP("workbook_inputs", "the whole workshop"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Share of the workshop carried"),
    QT_TRANSLATE_NOOP("workbook_inputs", "of shared equipment, overheads, salaries and the staff's"
                                         " capacity"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Incremental: other designs' bench hours"),
    QT_TRANSLATE_NOOP("workbook_inputs", "a year, remakes included: they use the staff's capacity "
                                         "first"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Overhead"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Per month"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Total a month"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Staff role"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Monthly salary"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Headcount"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Hours a month"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Cost of an hour"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Capacity limit"),
    QT_TRANSLATE_NOOP("workbook_inputs", "no salaried staff: no capacity limit"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Role added for capacity"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Its monthly salary"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Its hours a month"),
    QT_TRANSLATE_NOOP("workbook_inputs", "the staff's hours a month; more bench hours add people "
                                         "one at a time"),
    QT_TRANSLATE_NOOP("workbook_inputs", "as the scenario names it"),
    QT_TRANSLATE_NOOP("workbook_inputs", "the role whose hour is cheapest (the first, on a tie)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Labour operation"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Minutes per piece"),
    QT_TRANSLATE_NOOP("workbook_inputs", "an empty design: every design without its own figure"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Pieces a year planned for each design: the mix the "
                                         "Volume is spread by."),
    QT_TRANSLATE_NOOP("workbook_inputs", "Planned pieces a year"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Orders a year"),
    QT_TRANSLATE_NOOP("workbook_inputs", "MOQ, tiers and minimum order value apply to each order; "
                                         "each order is shipped at least once"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Bill of materials of the costed designs (one piece)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Quote currency"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Incoterm (EXW, FOB, CIF, DDP)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Import duty"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Duty charged on (CIF or FOB value)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Cargo insurance (EXW and FOB quotes)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Your freight to the border per shipment"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Your freight to the border per piece"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Inspection per shipment"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Inspection per piece"),
    QT_TRANSLATE_NOOP("workbook_inputs", "FX risk buffer (foreign quotes)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Defect allowance"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Shipments a year"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Life of one-time fees, years (the design's or plan's)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Supplier's metal loss (making-charge quotes)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "BOM parts you supply"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Rate used"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Invoiced in a foreign currency"),
    QT_TRANSLATE_NOOP("workbook_inputs", "One-time fees not refunded on order"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Supplier freight per shipment"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Your inland freight per shipment (after the border)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Your inland freight per piece (after the border)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Assists in the customs value (WTO CVA Art. 8.1(b))"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Mould, tooling and CAD fees not refunded (assists)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Import VAT"),
    QT_TRANSLATE_NOOP("workbook_inputs", "VAT-registered (import VAT reclaimed)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Duty basis from (the importing country's rule, or your "
                                         "choice)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Landed-cost terms, by route"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Route"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Quotes used"),
    QT_TRANSLATE_NOOP("workbook_inputs", "The quote that prices each design on each route: minimum"
                                         " order (MOQ), minimum order value, metal basis of a "
                                         "making charge, freight the supplier invoices."),
    QT_TRANSLATE_NOOP("workbook_inputs", "Quote"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Pricing basis"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Metal basis per g"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Minimum order value"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Freight per shipment"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Freight per piece"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Quoted on"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Valid until"),
    QT_TRANSLATE_NOOP("workbook_inputs", "making charge + metal"),
    QT_TRANSLATE_NOOP("workbook_inputs", "all-in price"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Quote tiers used"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Unit price from each minimum quantity, in rising order: "
                                         "the billed quantity takes the highest tier it reaches "
                                         "(the first below it)."),
    QT_TRANSLATE_NOOP("workbook_inputs", "From (pieces)"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Unit price"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Development fees used"),
    QT_TRANSLATE_NOOP("workbook_inputs", "One-time fees; a fee refunded on order is left out of "
                                         "the cost."),
    QT_TRANSLATE_NOOP("workbook_inputs", "Fee"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Amount"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Refunded on order"),
    QT_TRANSLATE_NOOP("workbook_inputs", "as entered"),
    QT_TRANSLATE_NOOP("workbook_inputs", "Fineness in parts per thousand of fine metal (750 = 18k "
                                         "gold)."),
    QT_TRANSLATE_NOOP("workbook_inputs", "capital charge = rate × Σ (cost + salvage) ÷ 2; never "
                                         "negative"),
    # the parts of a bill of materials, and what you supply
    QT_TRANSLATE_NOOP("workbook_inputs", "metal"),
    QT_TRANSLATE_NOOP("workbook_inputs", "stones"),
    QT_TRANSLATE_NOOP("workbook_inputs", "findings"),
    QT_TRANSLATE_NOOP("workbook_inputs", "plating"),
    QT_TRANSLATE_NOOP("workbook_inputs", "packaging"),
    QT_TRANSLATE_NOOP("workbook_inputs", "(nothing)"),
)

COSTS_WORDS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("workbook_costs", "Goods"),
    QT_TRANSLATE_NOOP("workbook_costs", "Metal (re-priced)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Supplier freight by the piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Pieces billed"),
    QT_TRANSLATE_NOOP("workbook_costs", "Materials you supply"),
    QT_TRANSLATE_NOOP("workbook_costs", "Assists you supply"),
    QT_TRANSLATE_NOOP("workbook_costs", "Summary at the volume costed"),
    QT_TRANSLATE_NOOP("workbook_costs", "Route"),
    QT_TRANSLATE_NOOP("workbook_costs", "Total a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "Per piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Route − in-house"),
    QT_TRANSLATE_NOOP("workbook_costs", "Break-even (pieces a year)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Where in-house is cheaper"),
    QT_TRANSLATE_NOOP("workbook_costs", "Rounding: per piece × pieces"),
    QT_TRANSLATE_NOOP("workbook_costs", "break-even: the first volume at which in-house costs at "
                                        "most the route; every band on the Break-even sheet"),
    QT_TRANSLATE_NOOP("workbook_costs", "Materials of one piece at the costing date"),
    QT_TRANSLATE_NOOP("workbook_costs", "From the bill of materials on Inputs, before any route's"
                                        " losses; bench minutes from the scenario's labour rows."),
    QT_TRANSLATE_NOOP("workbook_costs", "Design"),
    QT_TRANSLATE_NOOP("workbook_costs", "Fine metal"),
    QT_TRANSLATE_NOOP("workbook_costs", "Fine metal value"),
    QT_TRANSLATE_NOOP("workbook_costs", "Stones"),
    QT_TRANSLATE_NOOP("workbook_costs", "Findings"),
    QT_TRANSLATE_NOOP("workbook_costs", "Plating"),
    QT_TRANSLATE_NOOP("workbook_costs", "Packaging"),
    QT_TRANSLATE_NOOP("workbook_costs", "Bench minutes"),
    QT_TRANSLATE_NOOP("workbook_costs", "Priced abroad: metal"),
    QT_TRANSLATE_NOOP("workbook_costs", "In-house"),
    QT_TRANSLATE_NOOP("workbook_costs", "Planned"),
    QT_TRANSLATE_NOOP("workbook_costs", "Pieces"),
    QT_TRANSLATE_NOOP("workbook_costs", "Metal"),
    QT_TRANSLATE_NOOP("workbook_costs", "Consumables"),
    QT_TRANSLATE_NOOP("workbook_costs", "Bench labour"),
    QT_TRANSLATE_NOOP("workbook_costs", "Variable"),
    QT_TRANSLATE_NOOP("workbook_costs", "Remakes"),
    QT_TRANSLATE_NOOP("workbook_costs", "Good piece, packed"),
    QT_TRANSLATE_NOOP("workbook_costs", "A year"),
    QT_TRANSLATE_NOOP("workbook_costs", "Bench hours a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "Volume"),
    QT_TRANSLATE_NOOP("workbook_costs", "Total"),
    QT_TRANSLATE_NOOP("workbook_costs", "In-house by component"),
    QT_TRANSLATE_NOOP("workbook_costs", "How"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ pieces × metal per piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ pieces × stones per piece (with breakage)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ pieces × findings"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ pieces × plating"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ pieces × consumables per piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ pieces × bench minutes ÷ 60 × loaded hourly rate (0 "
                                        "when the salaries pay it)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ pieces × a remake (variable less the recovered metal "
                                        "and stones) × e ÷ (1 − e)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ pieces × packaging (good pieces only)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ (cost − salvage) ÷ useful life, or Σ cost up front"),
    QT_TRANSLATE_NOOP("workbook_costs", "12 × monthly overheads × the share carried"),
    QT_TRANSLATE_NOOP("workbook_costs", "12 × Σ monthly salary × headcount × the share carried"),
    QT_TRANSLATE_NOOP("workbook_costs", "people added × 12 × the step role's salary"),
    QT_TRANSLATE_NOOP("workbook_costs", "cost of capital × Σ (cost + salvage) ÷ 2 (none up front)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Capacity"),
    QT_TRANSLATE_NOOP("workbook_costs", "Role added"),
    QT_TRANSLATE_NOOP("workbook_costs", "Bench hours needed a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ whole pieces × bench minutes ÷ 60 ÷ (1 − e): remade "
                                        "pieces use the bench too"),
    QT_TRANSLATE_NOOP("workbook_costs", "Staff's capacity a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "12 × Σ headcount × hours a month"),
    QT_TRANSLATE_NOOP("workbook_costs", "People added"),
    QT_TRANSLATE_NOOP("workbook_costs", "⌈(hours needed − capacity) ÷ (12 × the step role's hours"
                                        " a month)⌉, at least 0"),
    QT_TRANSLATE_NOOP("workbook_costs", "Benches"),
    QT_TRANSLATE_NOOP("workbook_costs", "the scenario's benches, or one per person (people added "
                                        "included), at least one"),
    QT_TRANSLATE_NOOP("workbook_costs", "Hours the benches give a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "benches × hours one bench gives a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "a warning when the bench hours needed pass what the "
                                        "benches give"),
    QT_TRANSLATE_NOOP("workbook_costs", "Both totals as straight lines between the volumes where "
                                        "something steps (a design reaches its MOQ, a tier or its"
                                        " minimum order value; a person is added). The Volumes "
                                        "sheet adds them up for every volume. Each design is "
                                        "taken at its share n × planned ÷ plan total in one order"
                                        " a year: exact for one design bought in one order; for a"
                                        " plan it is the curve of the plan's mix, and the Cost "
                                        "comparison (whole pieces, orders) holds the figures at "
                                        "the Volume."),
    QT_TRANSLATE_NOOP("workbook_costs", "In-house: fixed + per piece × n + per person × people "
                                        "added at n"),
    QT_TRANSLATE_NOOP("workbook_costs", "Fixed a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "equipment + overheads + salaries + capital charge"),
    QT_TRANSLATE_NOOP("workbook_costs", "Per piece (the plan's mix)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ planned × good piece, packed ÷ the plan's pieces"),
    QT_TRANSLATE_NOOP("workbook_costs", "Per person added, a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "12 × the step role's monthly salary (× the share "
                                        "carried, allocated)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Bench hours per piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "remakes included"),
    QT_TRANSLATE_NOOP("workbook_costs", "Staff's capacity, hours a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "× the share carried; incremental: what the other designs"
                                        " leave free"),
    QT_TRANSLATE_NOOP("workbook_costs", "Step role's hours a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "× the share carried, allocated"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ goods: billed × tier price (or topped up to the "
                                        "minimum order value) × rate"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ billed × fine metal × (1 + supplier loss) × fine price"
                                        " today (making-charge quotes)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Σ billed × the BOM parts you supply"),
    QT_TRANSLATE_NOOP("workbook_costs", "fees not refunded × rate ÷ the design's life in years "
                                        "(the yearly charge; the cash view pays each fee once)"),
    QT_TRANSLATE_NOOP("workbook_costs", "supplier's (by the piece + shipments × per shipment × "
                                        "rate) + yours to the border (billed × per piece + "
                                        "shipments × per shipment) + yours inland after the "
                                        "border"),
    QT_TRANSLATE_NOOP("workbook_costs", "insurance % × (goods + metal + freight to the border); "
                                        "EXW and FOB only"),
    QT_TRANSLATE_NOOP("workbook_costs", "duty % × customs value: goods + metal + assists (mould, "
                                        "tooling and CAD fees ÷ life + stones, findings, plating "
                                        "you supply; WTO CVA Art. 8.1(b)) (+ freight and "
                                        "insurance to the border on a CIF basis; inland freight "
                                        "never); none under DDP"),
    QT_TRANSLATE_NOOP("workbook_costs", "import VAT % × (customs value + duty + inland freight; +"
                                        " freight and insurance to the border on a FOB basis) "
                                        "when you are not VAT-registered; reclaimed (0 here) when"
                                        " you are"),
    QT_TRANSLATE_NOOP("workbook_costs", "buffer % × (goods + metal + fees + supplier freight); "
                                        "foreign quotes only"),
    QT_TRANSLATE_NOOP("workbook_costs", "billed × per piece + shipments × per shipment"),
    QT_TRANSLATE_NOOP("workbook_costs", "(goods + metal + materials) × d ÷ (1 − d)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Billed"),
    QT_TRANSLATE_NOOP("workbook_costs", "Tier from"),
    QT_TRANSLATE_NOOP("workbook_costs", "Tier price"),
    QT_TRANSLATE_NOOP("workbook_costs", "Basis metal per piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Minimum order value"),
    QT_TRANSLATE_NOOP("workbook_costs", "Metal per billed piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Freight per billed piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Materials per billed piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Assists per billed piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Sums"),
    QT_TRANSLATE_NOOP("workbook_costs", "The year's total is a straight line in six sums: it is "
                                        "computed at no sums (its fixed part) and with one more "
                                        "of each; the difference is that sum's weight."),
    QT_TRANSLATE_NOOP("workbook_costs", "Fixed"),
    QT_TRANSLATE_NOOP("workbook_costs", "Weight of the sum"),
    QT_TRANSLATE_NOOP("workbook_costs", "Extras per billed piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Tier low"),
    QT_TRANSLATE_NOOP("workbook_costs", "Tier high"),
    QT_TRANSLATE_NOOP("workbook_costs", "First volume in tier"),
    QT_TRANSLATE_NOOP("workbook_costs", "First volume past it"),
    QT_TRANSLATE_NOOP("workbook_costs", "Volume reaching MOQ"),
    QT_TRANSLATE_NOOP("workbook_costs", "Volume reaching MOV"),
    QT_TRANSLATE_NOOP("workbook_costs", "Below MOQ: from"),
    QT_TRANSLATE_NOOP("workbook_costs", "to (excl.)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Under MOV: from"),
    QT_TRANSLATE_NOOP("workbook_costs", "+ per piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Tier: from"),
    QT_TRANSLATE_NOOP("workbook_costs", "per piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "the printed total less the sum of the printed parts "
                                        "above (each rounded once)"),
    QT_TRANSLATE_NOOP("workbook_costs", "the printed year less the printed cost per piece × the "
                                        "Volume costed"),
    QT_TRANSLATE_NOOP("workbook_costs", "Salaried staff"),
    QT_TRANSLATE_NOOP("workbook_costs", "Added staff (capacity)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Supplier price"),
    QT_TRANSLATE_NOOP("workbook_costs", "Freight"),
    QT_TRANSLATE_NOOP("workbook_costs", "Insurance"),
    QT_TRANSLATE_NOOP("workbook_costs", "Import duty"),
    QT_TRANSLATE_NOOP("workbook_costs", "FX risk buffer"),
    QT_TRANSLATE_NOOP("workbook_costs", "Inspection"),
    QT_TRANSLATE_NOOP("workbook_costs", "Defect allowance"),
    QT_TRANSLATE_NOOP("workbook_costs", "Capital charge (equipment)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Import VAT (not reclaimed)"),
    QT_TRANSLATE_NOOP("workbook_costs", "Equipment"),
    QT_TRANSLATE_NOOP("workbook_costs", "Overheads"),
    QT_TRANSLATE_NOOP("workbook_costs", "Development fees"),
    QT_TRANSLATE_NOOP("workbook_costs", "Rounding"),
    QT_TRANSLATE_NOOP("workbook_costs", "Rounding: variable"),
    QT_TRANSLATE_NOOP("workbook_costs", "Rounding: good piece"),
    QT_TRANSLATE_NOOP("workbook_costs", "Rounding: a year"),
    QT_TRANSLATE_NOOP("workbook_costs", "Rounding: metal"),
    QT_TRANSLATE_NOOP("workbook_costs", "Rounding: freight"),
    QT_TRANSLATE_NOOP("workbook_costs", "Rounding: materials"),
    QT_TRANSLATE_NOOP("workbook_costs", "Rounding: assists"),
    QT_TRANSLATE_NOOP("workbook_costs", "Volume model"),
    QT_TRANSLATE_NOOP("workbook_costs", "cost"),
    QT_TRANSLATE_NOOP("workbook_costs", "Per piece: metal = fine metal value × ((1 + casting loss) "
                                        "× (1 + buyer premium) − casting loss × recovered); "
                                        "stones × (1 + breakage); labour = bench minutes ÷ 60 × "
                                        "loaded hourly rate; a remake = variable − fine metal "
                                        "value × recovered − stones × recoverable share, × e ÷ "
                                        "(1 − e); packaging after QC, not remade. Amounts priced "
                                        "abroad carry the in-house FX buffer."),
    QT_TRANSLATE_NOOP("workbook_costs", "Pieces: whole pieces by largest remainder; bought in "
                                        "Orders_per_year orders of whole pieces, each order "
                                        "billed on its own: billed = max(order, MOQ); the tier "
                                        "is the highest the billed pieces of the order reach; "
                                        "goods = max(billed × tier price, minimum order value − "
                                        "billed × basis metal), × rate. Tier from and Tier "
                                        "price: those of the larger orders."),
    QT_TRANSLATE_NOOP("workbook_costs", "For each tier of each design: the volumes n it prices "
                                        "(billed = max(n × planned ÷ plan, MOQ) between the "
                                        "tier's low and high), split below the MOQ (billed = "
                                        "MOQ), under the minimum order value, and beyond; cost at "
                                        "n = cost + per piece × n."),
)
