"""Fact tables of the atlas: CSV files, their schema, and the code that loads them."""
