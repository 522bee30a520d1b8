"""Exceptions of geo-events.

One root, :class:`GeoEventsError`, with the built-in type mixed in where it fits
(as in ``geopy/exc.py``).  The library never imports click: the command line turns
a :class:`GeoEventsError` into a one-line message and a non-zero exit.
"""


class GeoEventsError(Exception):
    """Root of every error geo-events raises on purpose."""


class InputError(GeoEventsError, ValueError):
    """An input file, folder or value cannot be used (names the input and the problem)."""


class GazetteerError(GeoEventsError, LookupError):
    """A gazetteer query or store cannot be served."""


class OutputError(GeoEventsError, OSError):
    """An output cannot be written."""
