"""jewelbench: make-or-buy decisions for small jewelry brands, offline, in one file."""

import logging

__version__ = "0.1.0"

# Quiet until the app opens its log (app/log_file.py): a script or test that sets up no
# logging gets no stray warnings on stderr.
logging.getLogger(__name__).addHandler(logging.NullHandler())
