"""Widgets shared by the feature views.

- list_page.py: the titled, searchable, sortable table page of every list;
  table_model.py: its one table model (rows are plain objects, columns say how to show them).
- fields.py: number fields that refuse bad input beside the field; spin_boxes.py: spin boxes
  that never take a number other than the one typed; combo.py: an editable combo's line edit.
- delegates.py: cell editors for editable list columns.
- lines.py: a record's list field, typed, for the line tables of the editors (Lines), and
  the typed Setter a table's column puts an edited cell's value into its line with.
- record_picker.py: a picker for one record among thousands; pickers.py: the design and
  supplier pickers over storage's searches.
- editor_dialog.py: the frame of every editor dialog (Undo/Redo, remembered size);
  record_dialog.py: the small OK/Cancel dialogs that make one new record.
"""
