"""The comparison's four charts, drawn with pyqtgraph. One module each:

- base.py: Chart, what they share (plot, key, readout, hover and click, number axes, export);
- volume.py: (a) VolumeChart, total cost a year against volume, with the break-even diamonds;
- cash.py: (b) CashChart, cumulative cash over 36 months;
- breakdown.py: (c) BreakdownChart, cost per piece by component, stacked;
- tornado.py: (d) TornadoChart, the sensitivity of the decision;
- export.py: a chart as a PNG image or an SVG drawing, the file name offered and the dialog.

pyqtgraph is imported in this package and nowhere else, so the app starts without it: the
comparison (ui/costs/comparison.py) imports the charts when it is first built, that is when
the Costs section is first opened.
"""
