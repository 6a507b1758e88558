"""Decisions, one module per field, each reading its words from ``patterns/``."""
