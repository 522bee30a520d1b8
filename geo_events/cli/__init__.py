"""The ``geo-events`` command line: one module per command, shared options in :mod:`.options`."""
