"""The structure step: a document's blocks, headings, title and metadata (:mod:`.layout`), and its
tables (:mod:`.tables`, read by :mod:`.cells`)."""

from .layout import Block, Layout, Metadata, analyze, ends_with_colon
from .tables import Cell, Table, find_tables

__all__ = ["Block", "Cell", "Layout", "Metadata", "Table", "analyze", "ends_with_colon", "find_tables"]
