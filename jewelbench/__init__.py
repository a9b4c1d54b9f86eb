"""jewelbench: make-or-buy decisions for small jewelry brands, offline, in one file."""

__version__ = "0.1.0"
