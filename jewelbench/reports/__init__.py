"""Reports: what leaves jewelbench on paper or in files (tech pack PDF; workbook and CSV later).

Between storage and ui: a report reads plain data (a tech pack snapshot, rows) and writes a
document. It may use Qt's GUI classes for painting and PDF, never widgets, the ui or the app.
"""
