"""Report: an Analysis as the contract's JSON (``newsdiff.report/1``) or a Markdown briefing."""

from reader.report.json_report import SCHEMA, report_dict, report_json
from reader.report.markdown_report import report_markdown

__all__ = ["SCHEMA", "report_dict", "report_json", "report_markdown"]
