"""User-facing names for the domain's enumerations, translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jewelbench.domain.designs import Category, LifecycleStatus, StoneOrigin


def _tr(text: object) -> str:
    # The tables below mark their texts with QT_TRANSLATE_NOOP so that lupdate finds them
    # (it returns the text; PySide types it as object).
    return QCoreApplication.translate("labels", str(text))


_CATEGORY = {
    Category.RING: QT_TRANSLATE_NOOP("labels", "Ring"),
    Category.PENDANT: QT_TRANSLATE_NOOP("labels", "Pendant"),
    Category.EARRINGS: QT_TRANSLATE_NOOP("labels", "Earrings"),
    Category.BRACELET: QT_TRANSLATE_NOOP("labels", "Bracelet"),
    Category.NECKLACE: QT_TRANSLATE_NOOP("labels", "Necklace"),
    Category.BROOCH: QT_TRANSLATE_NOOP("labels", "Brooch"),
    Category.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}
_STATUS = {
    LifecycleStatus.IDEA: QT_TRANSLATE_NOOP("labels", "Idea"),
    LifecycleStatus.DEVELOPMENT: QT_TRANSLATE_NOOP("labels", "Development"),
    LifecycleStatus.SAMPLING: QT_TRANSLATE_NOOP("labels", "Sampling"),
    LifecycleStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    LifecycleStatus.PRODUCTION: QT_TRANSLATE_NOOP("labels", "Production"),
    LifecycleStatus.RETIRED: QT_TRANSLATE_NOOP("labels", "Retired"),
}
_SAMPLE_STATE = {
    "requested": QT_TRANSLATE_NOOP("labels", "Requested"),
    "received": QT_TRANSLATE_NOOP("labels", "Received"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved"),
    "approved_with_changes": QT_TRANSLATE_NOOP("labels", "Approved with changes"),
    "rejected": QT_TRANSLATE_NOOP("labels", "Rejected"),
}
_CAPABILITY = {
    "3d_printing": QT_TRANSLATE_NOOP("labels", "3D printing"),
    "casting": QT_TRANSLATE_NOOP("labels", "Casting"),
    "stone_setting": QT_TRANSLATE_NOOP("labels", "Stone setting"),
    "laser_welding": QT_TRANSLATE_NOOP("labels", "Laser welding"),
    "plating": QT_TRANSLATE_NOOP("labels", "Plating"),
    "engraving": QT_TRANSLATE_NOOP("labels", "Engraving"),
    "enamelling": QT_TRANSLATE_NOOP("labels", "Enamelling"),
    "chain_making": QT_TRANSLATE_NOOP("labels", "Chain making"),
    "electroforming": QT_TRANSLATE_NOOP("labels", "Electroforming"),
    "cad_design": QT_TRANSLATE_NOOP("labels", "CAD design"),
}


def category_label(category: Category) -> str:
    return _tr(_CATEGORY[category])


def status_label(status: LifecycleStatus) -> str:
    return _tr(_STATUS[status])


def sample_state_label(state: str) -> str:
    return _tr(_SAMPLE_STATE.get(state, state))


def capability_label(capability: str) -> str:
    return _tr(_CAPABILITY.get(capability, capability))


_ORIGIN = {
    StoneOrigin.NATURAL: QT_TRANSLATE_NOOP("labels", "natural"),
    StoneOrigin.LAB_GROWN: QT_TRANSLATE_NOOP("labels", "lab-grown"),
    StoneOrigin.SIMULANT: QT_TRANSLATE_NOOP("labels", "simulant"),
}


def origin_label(value: StoneOrigin) -> str:
    return _tr(str(_ORIGIN.get(value, value.value)))


_METAL = {
    "gold": QT_TRANSLATE_NOOP("labels", "Gold"),
    "silver": QT_TRANSLATE_NOOP("labels", "Silver"),
    "platinum": QT_TRANSLATE_NOOP("labels", "Platinum"),
    "palladium": QT_TRANSLATE_NOOP("labels", "Palladium"),
}


def metal_label(metal: str) -> str:
    """A priced metal's name ("silver") as the user reads it: "Silver", translated."""
    return _tr(_METAL.get(metal, metal.capitalize()))
