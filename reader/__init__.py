"""newsdiff: compare news articles about one event side by side."""

__version__ = "0.1.0"
