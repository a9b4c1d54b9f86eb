"""jewelbench: make-or-buy decisions for small jewelry brands, offline, in one file.

The layers, each importing only those below it (docs/architecture.md):
- domain/: pure Python: records, money, units, the cost engine, messages.
- storage/: the workspace file: SQLite, schema, migrations, repositories.
- reports/: files out and in: PDF, workbook, CSV, quote and price imports, images.
- ui/: the PySide6 window, views, editors and dialogs.
- app/: the composition root (app/main.py), the log, crashes, the demo, the self-test.
- cli.py: `jewelbench` and its headless subcommands; cli_prices.py: `jewelbench prices`;
  cli_shared.py: what both share. __main__.py: `python -m jewelbench`.
- resources.py: bundled assets (icons, fonts, translations) found from a checkout, a wheel
  or a frozen app.
"""

import logging

__version__ = "0.1.0"

# Quiet until the app opens its log (app/log_file.py): a script or test that sets up no
# logging gets no stray warnings on stderr.
logging.getLogger(__name__).addHandler(logging.NullHandler())
