"""Reading numbers out of Vietnamese reports and news: `extract(text)` returns their claims and status counts."""

from chitieu.reading.extract import extract, to_json

__all__ = ["extract", "to_json"]
