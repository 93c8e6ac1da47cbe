"""Typed errors raised by articlekit.

Every error articlekit raises derives from :class:`ArticlekitError`. The subclasses also derive from
the builtin that describes them best, so ``except ValueError`` keeps working for callers that do not
know articlekit.

Finding nothing is never an error: a missing item is ``None``, a missing collection is ``()``, and
:attr:`articlekit.Document.problems` says what could not be extracted.
"""

from __future__ import annotations

__all__ = [
    "ArticlekitError",
    "ExtractorError",
    "InputError",
    "ModelError",
    "PipelineError",
]


class ArticlekitError(Exception):
    """Base class of every error articlekit raises."""


class InputError(ArticlekitError, ValueError):
    """The input cannot be read: wrong type, unknown media type, or too large.

    Attributes:
        reason: a short machine-readable reason (``"too-large"``, ``"type"``, ``"decode"``,
            ``"parse"``, ``"no-quantity"``).
    """

    def __init__(self, message: str, *, reason: str) -> None:
        """Create the error with its message and machine-readable reason."""
        super().__init__(message, reason)
        self.reason = reason

    def __str__(self) -> str:
        """Return the human-readable message."""
        return str(self.args[0])


class ModelError(ArticlekitError, ValueError):
    """A model value breaks an invariant (span out of range, text not equal to its slice, ...).

    The message names the field, what was expected and what was got; the same data is on the
    exception as attributes.
    """

    def __init__(self, field: str, expected: str, got: object) -> None:
        """Create the error for ``field``: ``expected`` describes the rule, ``got`` the value."""
        message = f"{field}: expected {expected}, got {got!r}"
        super().__init__(message, field, expected, got)
        self.field = field
        self.expected = expected
        self.got = got

    def __str__(self) -> str:
        """Return the human-readable message."""
        return str(self.args[0])


class PipelineError(ArticlekitError):
    """A pipeline is ill-formed, or a step wrote fields it did not declare.

    Ill-formed means duplicate or unknown step names or unmet requirements. The message lists
    the valid choices where there are any.
    """


class ExtractorError(ArticlekitError):
    """A pipeline step raised; the original exception is ``__cause__``.

    Attributes:
        step: the name of the step that failed.
    """

    def __init__(self, step: str, message: str) -> None:
        """Create the error for the step named ``step``."""
        super().__init__(f"step {step!r} failed: {message}", step)
        self.step = step

    def __str__(self) -> str:
        """Return the human-readable message."""
        return str(self.args[0])
