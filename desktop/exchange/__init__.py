"""The exchange format: lossless JSON import/export (design.md section 4) and CSV for spreadsheets."""

from desktop.exchange.csv_export import export_csv
from desktop.exchange.errors import ExchangeError
from desktop.exchange.formats import export_file
from desktop.exchange.json_export import ExportSummary, document, export_json
from desktop.exchange.json_import import ImportSummary, import_document, import_file

__all__ = [
    "ExchangeError",
    "ExportSummary",
    "ImportSummary",
    "document",
    "export_csv",
    "export_file",
    "export_json",
    "import_document",
    "import_file",
]
