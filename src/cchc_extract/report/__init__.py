"""The evidence report (`cchc report`): documents' text with their records highlighted, in one HTML file."""

from .render import write_report

__all__ = ["write_report"]
