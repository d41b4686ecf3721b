"""The audit log's two secrets, kept apart: files mode 0600, each in its own 0700 folder.

* ``keys/audit-ed25519.pem`` — the Ed25519 key that signs checkpoints (integrity). Its public
  half is what a third party needs to verify an archive; publish its key id (``lienthong audit
  public-key``). Rotated with ``lienthong audit rotate-key``: the retired public key goes to the
  trusted keys file (``keys/trusted-audit-keys.pem``) so old checkpoints still verify.
* ``keys/subject/audit-subject-hmac.key`` — 32 random bytes (hex) keying the HMAC that replaces
  every data subject's CCCD in the log (privacy). Without it, the log and its archives name
  nobody. Its location can be set apart (``LIENTHONG_AUDIT_SUBJECT_KEY``, e.g. a secrets mount).

They guard different things and have different lives, so they are separate: losing the signing
key costs a rotation (old checkpoints stay verifiable), losing the subject key makes old entries
unreachable by CCCD, and verification needs neither (only public keys). Both are created on
first use; every gateway instance writing to one store must share them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from lienthong.errors import ConfigError, InputError
from lienthong.secure_files import private_dir

SIGNING_KEY_FILE = "audit-ed25519.pem"
SUBJECT_KEY_FILE = "audit-subject-hmac.key"
SUBJECT_KEY_DIR = "subject"
TRUSTED_KEYS_FILE = "trusted-audit-keys.pem"
#: A trusted keys file larger than this is not a list of public keys.
MAX_TRUSTED_FILE = 1 << 20
_PEM_BLOCK = re.compile(r"-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\s]*?-----END PUBLIC KEY-----")


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


def load_trusted_keys(path: Path) -> list[PublicKey]:
    """The public keys listed in ``path``: PEM blocks and/or lines of base64 raw keys; lines
    starting with ``#`` are comments. A missing file lists none."""
    try:
        if path.stat().st_size > MAX_TRUSTED_FILE:
            raise InputError(f"{path} is too large to be a trusted keys file.")
        text = path.read_text("ascii")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read the trusted keys file {path}: {exc}.") from exc
    keys = [PublicKey.from_text(block) for block in _PEM_BLOCK.findall(text)]
    for line in _PEM_BLOCK.sub("", text).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keys.append(PublicKey.from_text(line))
    return keys


def add_trusted_key(path: Path, key: PublicKey, note: str) -> bool:
    """Append ``key`` (PEM, after a ``# note`` line) to ``path`` unless already listed."""
    if key.key_id in {k.key_id for k in load_trusted_keys(path)}:
        return False
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="ascii") as handle:
        handle.write(f"# {key.key_id} {note}\n{key.pem}")
    return True


def subject_key_path(keys_dir: Path) -> Path:
    """Where the subject key lives under ``keys_dir`` (moved there from beside the signing key,
    where releases before the separation kept it)."""
    path = keys_dir / SUBJECT_KEY_DIR / SUBJECT_KEY_FILE
    legacy = keys_dir / SUBJECT_KEY_FILE
    if legacy.exists() and not path.exists():
        private_dir(path.parent)
        os.replace(legacy, path)
    return path


def _create_exclusive(path: Path, content: bytes) -> bool:
    """Write ``content`` to a new 0600 file; False if another process created it first."""
    private_dir(path.parent)
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
    def load_or_create(cls, keys_dir: Path, *, subject_key: Path | None = None) -> AuditKeys:
        """Load ``keys_dir``'s audit keys, creating missing ones (0600) on first use.
        ``subject_key`` puts the subject key elsewhere than ``keys_dir/subject/``."""
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            private_dir(keys_dir)
            _create_exclusive(keys_dir / SIGNING_KEY_FILE, pem)
            _create_exclusive(
                subject_key or subject_key_path(keys_dir),
                secrets.token_hex(32).encode("ascii") + b"\n",
            )
        except OSError as exc:
            raise ConfigError(
                f"Cannot create the audit keys in {keys_dir}: {exc.strerror}.",
                hint="Check that the platform home exists and is writable by this user.",
            ) from exc
        return cls.load(keys_dir, subject_key=subject_key)

    @classmethod
    def load(cls, keys_dir: Path, *, subject_key: Path | None = None) -> AuditKeys:
        """Load existing keys; a missing key is an error (verification must not invent one)."""
        signing_path = keys_dir / SIGNING_KEY_FILE
        try:
            subject_path = subject_key or subject_key_path(keys_dir)
            loaded = serialization.load_pem_private_key(signing_path.read_bytes(), password=None)
            hmac_key = bytes.fromhex(subject_path.read_text("ascii").strip())
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
        if not isinstance(loaded, Ed25519PrivateKey) or len(hmac_key) < 16:
            raise ConfigError(f"The audit keys in {keys_dir} are not an Ed25519 key + HMAC key.")
        return cls(loaded, hmac_key)

    @staticmethod
    def load_public(keys_dir: Path) -> PublicKey:
        """The public half of ``keys_dir``'s signing key (verification needs nothing more)."""
        path = keys_dir / SIGNING_KEY_FILE
        try:
            loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except FileNotFoundError as exc:
            raise ConfigError(
                f"There are no audit keys in {keys_dir} ({path} is missing).",
                hint="Point LIENTHONG_HOME at the platform home, or pass --public-key FILE.",
            ) from exc
        except (OSError, ValueError) as exc:
            raise ConfigError(f"Cannot read the audit signing key {path}: {exc}.") from exc
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ConfigError(f"{path} is not an Ed25519 key.")
        return PublicKey(loaded.public_key())
