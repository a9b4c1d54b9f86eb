"""The costs feature: its view, models and dialogs side by side.

- view.py: the Costs section, Compare first, then Scenarios & Prices.
- The comparison (make or buy): comparison.py lays the view out and follows the user;
  comparison_presenter.py works out what its verdict, table, warnings and explanations say
  (no widget); comparison_pricing.py prices off the GUI thread; route_table.py is the routes'
  table; comparison_charts.py the chart tabs, charts/ the four charts and their export.
  Around the verdict and the what-ifs: controls.py, search_range.py, fee_life.py,
  subject_picker.py, basis_margin.py, cash_summary.py, customs_summary.py, footing.py (the
  Rounding note), explain.py ("How this number is made"), price_request.py (Enter Prices…),
  colours.py (chart colours for the palette in force).
- In-house scenarios: scenario_editor.py (the editor), scenario_tables.py (its lists and
  totals), inhouse_model_tab.py, new_scenario.py, commands.py (their undoable changes).
- Collection plans: plan_editor.py. Landed-cost terms: terms_editor.py, customs_group.py,
  customs_commands.py.
- Metal prices and FX rates: prices_panel.py, price_dialogs.py, update_prices.py,
  price_import_dialog.py, price_commands.py.
"""
