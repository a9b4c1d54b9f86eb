"""The designs feature: the catalog, a design's editor and the dialogs that make designs.

- view.py: the design catalog (thumbnails, filters, search) and its buttons.
- preview.py: the selected design beside the catalog: cover, facts, bill of materials.
- editor.py: the design editor: specs, images and the bill of materials, with live totals.
- dialogs.py: New Design and Duplicate Design. commands.py: undoable changes to designs.
"""
