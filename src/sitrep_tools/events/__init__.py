"""Generators of the events component's data files and its TimeML word scorer (not imported at run time)."""
