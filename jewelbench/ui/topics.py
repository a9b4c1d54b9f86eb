"""What a change touched: the topic every WorkspaceCommand names (ui/commands.py) and every
view follows through UndoController.changed(topic, affected) to refresh what it shows.

A new kind of record gets a member here; a view follows the members it shows.
"""

from __future__ import annotations

from enum import Enum


class Topic(Enum):
    DESIGNS = "designs"  # a design (affected: its id); its sample decisions too
    SUPPLIERS = "suppliers"  # a supplier (affected: its id)
    QUOTES = "quotes"  # a quote (affected: its id)
    SAMPLES = "samples"  # a sample round (affected: its id)
    TECH_PACKS = "tech_packs"  # a tech pack revision (affected: the design's id)
    RFQS = "rfqs"  # a request for quotation (affected: its id)
    SCENARIOS = "scenarios"  # an in-house scenario (affected: its id)
    PLANS = "plans"  # a collection plan (affected: its id)
    LANDED_TERMS = "landed_terms"  # a supplier's landed-cost terms (affected: its id)
    MARGIN = "margin"  # the workspace's wholesale factor
    PRICES = "prices"  # the dated metal prices and exchange rates
    BRAND = "brand"  # the brand profile printed on tech packs
    WORKSPACE = "workspace"  # the workspace's name or base currency: every figure anew
