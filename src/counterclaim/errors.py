"""Typed errors. Each message says what went wrong and what to do about it."""

from __future__ import annotations


class CounterclaimError(Exception):
    """Base class for every error counterclaim raises on purpose."""


class IngestError(CounterclaimError):
    """An input could not be read as an article (the batch goes on without it)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInputError(IngestError):
    """The input holds no text."""


class BinaryInputError(IngestError):
    """The input is binary data, not text or HTML."""


class DecodingError(IngestError):
    """The input's bytes are not valid in any encoding we accept."""


class HTMLExtractionError(IngestError):
    """No article text could be extracted from the HTML."""


class InputTooLargeError(IngestError):
    """The input exceeds the size limit."""


class UnsupportedFormatError(IngestError):
    """The file's format is not one counterclaim reads."""


class UnsupportedLanguageError(IngestError):
    """The article is not in English, the only language counterclaim reads."""


class InputNotFoundError(IngestError):
    """The named file or folder does not exist or cannot be read."""


class InvalidRecordError(IngestError):
    """A JSONL line is not a JSON object with a string "text" or "html" field."""


class ModelNotFoundError(CounterclaimError):
    """The configured spaCy model is not installed."""


class StoreError(CounterclaimError):
    """The store could not be opened or written."""


class StoreNotFoundError(StoreError):
    """The store to read does not exist (nothing has been ingested into it)."""


class NotFoundError(CounterclaimError):
    """A requested document, statement or actor does not exist in the store."""


class DataNotFoundError(CounterclaimError):
    """An evaluation or training data set is missing."""


class SchemaVersionError(StoreError):
    """The store was written by a newer counterclaim, with migrations this one lacks."""


class AmbiguousReferenceError(CounterclaimError):
    """A reference (such as a content-hash prefix) matches more than one item."""


class GroupingModelError(CounterclaimError):
    """The grouping model file is missing, unreadable or does not fit the code."""
