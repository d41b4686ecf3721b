"""One exception tree for the whole platform.

Every error a user can meet is a :class:`LienthongError` carrying a sentence that says what
happened and what to do, the CLI exit code and the HTTP status it maps to. The CLI prints the
sentence (never a traceback); the web layer turns it into RFC 9457 problem+json.

    LienthongError                      exit 1   500
    ├── ConfigError                     exit 2   500   settings or a config file are wrong
    ├── InputError                      exit 2   422   a file, request or argument is malformed
    │   └── EncodingError               exit 2   422   text in an unknown / wrong encoding
    ├── NotFoundError                   exit 4   404   no such agency, source, dataset, service…
    │   └── GoneError                   exit 4   410   a retired service version, past its sunset
    ├── ConflictError                   exit 5   409   already registered / state does not allow it
    ├── SourceError                     exit 3   502   a sector database answered with an error
    │   ├── SourceUnavailableError      exit 3   503   a sector database cannot be reached
    │   └── SourceTimeoutError          exit 3   504   a sector database did not answer in time
    ├── AuthenticationError             exit 6   401   no or bad identity
    ├── PermissionDeniedError           exit 7   403   identity known, right / consent missing
    └── IntegrityError                  exit 8   500   tamper evidence (audit chain broken, …)
"""

from __future__ import annotations

from typing import ClassVar


class LienthongError(Exception):
    """Base of every error lienthong raises on purpose."""

    exit_code: ClassVar[int] = 1
    http_status: ClassVar[int] = 500
    title: ClassVar[str] = "Internal error"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class ConfigError(LienthongError):
    exit_code = 2
    title = "Configuration error"


class InputError(LienthongError):
    exit_code = 2
    http_status = 422
    title = "Invalid input"


class EncodingError(InputError):
    title = "Unreadable text encoding"


class NotFoundError(LienthongError):
    exit_code = 4
    http_status = 404
    title = "Not found"


class GoneError(NotFoundError):
    """410: the thing existed and is retired for good; ``successor`` names what replaces it."""

    http_status = 410
    title = "Gone"

    def __init__(self, message: str, *, hint: str | None = None, successor: str | None = None):
        super().__init__(message, hint=hint)
        self.successor = successor


class ConflictError(LienthongError):
    exit_code = 5
    http_status = 409
    title = "Conflict"


class SourceError(LienthongError):
    exit_code = 3
    http_status = 502
    title = "Source database error"


class SourceUnavailableError(SourceError):
    http_status = 503
    title = "Source database unavailable"


class SourceTimeoutError(SourceError):
    http_status = 504
    title = "Source database timeout"


class AuthenticationError(LienthongError):
    exit_code = 6
    http_status = 401
    title = "Authentication required"


class PermissionDeniedError(LienthongError):
    exit_code = 7
    http_status = 403
    title = "Forbidden"


class IntegrityError(LienthongError):
    exit_code = 8
    title = "Integrity check failed"


__all__ = [
    "AuthenticationError",
    "ConfigError",
    "ConflictError",
    "EncodingError",
    "GoneError",
    "InputError",
    "IntegrityError",
    "LienthongError",
    "NotFoundError",
    "PermissionDeniedError",
    "SourceError",
    "SourceTimeoutError",
    "SourceUnavailableError",
]
