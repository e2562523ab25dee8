"""claimcheck: a fact-checking and provenance tracker for numbers in the news."""

__version__ = "0.1.0"
