"""Reusable widgets: charts."""
