"""Return Inspector: the warehouse return-inspection station and its reference server."""

__version__ = "0.1.0"
