"""How much of a quote file jewelbench reads before it refuses it (docs/csv-and-quote-import.md
lists them). The checks read them as limits.NAME, so a test that lowers one patches it here."""

MAX_FILE_BYTES = 20 * 1024 * 1024  # on disk
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024  # every part of an xlsx, inflated, in all
MAX_COMPRESSION_RATIO = 100  # inflated / packed, for one part …
RATIO_CHECK_FROM = 1024 * 1024  # … of more than 1 MB inflated (small XML packs very well)
MAX_ZIP_ENTRIES = 1000
MAX_ROWS = 10_000  # data rows of a sheet or CSV
MAX_COLUMNS = 100
MAX_SCANNED_ROWS = 20 * MAX_ROWS  # blank rows included: a sheet reaching further is refused
HEADER_SEARCH_ROWS = 20
SNIFF_CHARACTERS = 8192  # of a CSV, to tell its separator
MAX_TEMPLATE_CELLS = 200  # the cells one of a template's names may cover (its tiers: 5)
# what openpyxl parses costs time by the XML element, not by the byte (6–25 µs each): a 12 MB
# file of 4 million cells, within every size limit, took 110 s. The elements of all parts are
# counted before it opens the file, and a sheet is read up to MAX_SCANNED_CELLS (10,000 rows
# of 25 columns)
MAX_SCANNED_CELLS = 250_000
MAX_XML_ELEMENTS = 4 * MAX_SCANNED_CELLS  # a cell is two or three (<c>, <v>, <f>)
