"""The audit log's two secrets, kept as files in the platform home (``keys/``), mode 0600.

* ``audit-ed25519.pem`` — the Ed25519 key that signs checkpoints. Its public half is what a
  third party needs to verify an archive; publish its key id (``lienthong audit public-key``).
* ``audit-subject-hmac.key`` — 32 random bytes (hex) keying the HMAC that replaces every data
  subject's CCCD in the log. Without it, the log and its archives name nobody.

Both are created on first use. Every gateway instance writing to one store must share them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from lienthong.errors import ConfigError, InputError

SIGNING_KEY_FILE = "audit-ed25519.pem"
SUBJECT_KEY_FILE = "audit-subject-hmac.key"


@dataclass(frozen=True)
class PublicKey:
    """A checkpoint verification key and its id (first 16 hex digits of SHA-256(raw key))."""

    key: Ed25519PublicKey

    @property
    def raw(self) -> bytes:
        return self.key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()[:16]

    @property
    def base64(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    @property
    def pem(self) -> str:
        return self.key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            self.key.verify(signature, message)
        except InvalidSignature:
            return False
        return True

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        """Read a PEM public key or the base64 of the 32 raw bytes (as in archive headers)."""
        text = text.strip()
        try:
            if text.startswith("-----BEGIN"):
                loaded = serialization.load_pem_public_key(text.encode("ascii"))
                if not isinstance(loaded, Ed25519PublicKey):
                    raise InputError("The public key is not an Ed25519 key.")
                return cls(loaded)
            return cls(Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True)))
        except (ValueError, TypeError) as exc:
            raise InputError(
                "The public key is neither a PEM Ed25519 key nor 32 base64-encoded bytes.",
                hint="Export it with `lienthong audit public-key`.",
            ) from exc

    @classmethod
    def from_file(cls, path: Path) -> PublicKey:
        try:
            return cls.from_text(path.read_text("ascii"))
        except OSError as exc:
            raise InputError(f"Cannot read the public key file {path}: {exc.strerror}.") from exc


def _create_exclusive(path: Path, content: bytes) -> bool:
    """Write ``content`` to a new 0600 file; False if another process created it first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    return True


@dataclass(frozen=True)
class AuditKeys:
    """The signing key and the subject HMAC key of one platform."""

    signing_key: Ed25519PrivateKey
    subject_key: bytes

    @property
    def public(self) -> PublicKey:
        return PublicKey(self.signing_key.public_key())

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message)

    def subject_hash(self, identifier: str) -> str:
        """hex(HMAC-SHA256(subject key, UTF-8 NFC of the stripped identifier))."""
        text = identifier.strip()
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        return hmac.digest(self.subject_key, text.encode("utf-8"), "sha256").hex()

    @classmethod
    def generate(cls) -> AuditKeys:
        """Fresh keys held only in memory (tests, benchmarks)."""
        return cls(Ed25519PrivateKey.generate(), secrets.token_bytes(32))

    @classmethod
    def load_or_create(cls, keys_dir: Path) -> AuditKeys:
        """Load ``keys_dir``'s audit keys, creating missing ones (0600) on first use."""
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            _create_exclusive(keys_dir / SIGNING_KEY_FILE, pem)
            _create_exclusive(
                keys_dir / SUBJECT_KEY_FILE, secrets.token_hex(32).encode("ascii") + b"\n"
            )
        except OSError as exc:
            raise ConfigError(
                f"Cannot create the audit keys in {keys_dir}: {exc.strerror}.",
                hint="Check that the platform home exists and is writable by this user.",
            ) from exc
        return cls.load(keys_dir)

    @classmethod
    def load(cls, keys_dir: Path) -> AuditKeys:
        """Load existing keys; a missing key is an error (verification must not invent one)."""
        signing_path = keys_dir / SIGNING_KEY_FILE
        subject_path = keys_dir / SUBJECT_KEY_FILE
        try:
            loaded = serialization.load_pem_private_key(signing_path.read_bytes(), password=None)
            subject_key = bytes.fromhex(subject_path.read_text("ascii").strip())
        except FileNotFoundError as exc:
            raise ConfigError(
                f"There are no audit keys in {keys_dir} ({exc.filename} is missing).",
                hint="Point LIENTHONG_HOME at the platform home, or pass --public-key FILE.",
            ) from exc
        except OSError as exc:
            raise ConfigError(
                f"Cannot read the audit keys in {keys_dir}: {exc.strerror}.",
                hint="Check the file permissions of the platform home's keys folder.",
            ) from exc
        except ValueError as exc:
            raise ConfigError(
                f"The audit keys in {keys_dir} are damaged: {exc}.",
                hint="Restore them from backup; a new key cannot verify old checkpoints.",
            ) from exc
        if not isinstance(loaded, Ed25519PrivateKey) or len(subject_key) < 16:
            raise ConfigError(f"The audit keys in {keys_dir} are not an Ed25519 key + HMAC key.")
        return cls(loaded, subject_key)
