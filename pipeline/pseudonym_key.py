"""The pseudonym master key: from LOGWARDEN_HMAC_KEY or a private key file, never logged.

A missing, short or placeholder key stops the worker: pseudonyms made with a guessable key are
reversible by anyone who can enumerate user ids. The local stack is the exception, the way it gives
local processes their Kafka logins: `logwarden dev up` makes a random key once and keeps it in the
state folder (mode 0600), and a process with no key configured uses it, so pseudonyms stay stable
across restarts of a laptop stack without a key ever living in code. Development mode
(LOGWARDEN_DEV_MODE) makes that key itself when `dev up` has not.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from pipeline.settings import Settings, SettingsError, create_secret_file_once, read_secret_file

MIN_KEY_CHARS = 32
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PseudonymKey:
    key: bytes
    key_id: str

    def __repr__(self) -> str:  # never print the key, even in a traceback's locals
        return f"PseudonymKey(key_id={self.key_id!r}, key=<hidden>)"


def load_pseudonym_key(settings: Settings) -> PseudonymKey:
    """The key and its id; a missing, weak or doubly-configured key is a SettingsError naming its variable."""
    if settings.hmac_key_file is not None and settings.hmac_key:
        raise SettingsError("LOGWARDEN_HMAC_KEY and LOGWARDEN_HMAC_KEY_FILE are both set: set one (the file is "
                            "safer: it stays out of the process environment)")
    if settings.hmac_key_file is not None:
        key = read_secret_file(settings.hmac_key_file, "LOGWARDEN_HMAC_KEY_FILE")
        source = "LOGWARDEN_HMAC_KEY_FILE"
    else:
        key, source = settings.hmac_key, "LOGWARDEN_HMAC_KEY"
    if not key:
        local = local_key_path(settings)
        if not settings.dev_mode and not local.exists():
            raise SettingsError("LOGWARDEN_HMAC_KEY or LOGWARDEN_HMAC_KEY_FILE is required (a random key of "
                                f"{MIN_KEY_CHARS}+ characters, e.g. `openssl rand -hex 32`); on the local stack "
                                "`logwarden dev up` (`make up`) makes one")
        key = ensure_local_key(settings)
    else:
        problem = weakness(key)
        if problem:  # named by its variable, never echoed
            raise SettingsError(f"{source}: the pseudonym key {problem}; make one with `openssl rand -hex 32`")
    return PseudonymKey(key.encode(), settings.hmac_key_id or fingerprint(key.encode()))


def fingerprint(key: bytes) -> str:
    """A short public name derived from the key (one-way: HMAC of a fixed label under the key), so outputs of
    two different keys never carry the same key_id and a rotated key is visible in the data itself."""
    return "k-" + hmac.new(key, b"logwarden/key-id", hashlib.sha256).hexdigest()[:12]


#: Words of placeholder keys copied from examples ("change-me", "default-secret"): never a random key.
_PLACEHOLDER_WORDS = ("change", "example", "default", "secret", "password", "logwarden", "placeholder")
#: A random key of 32+ characters from 16 or more symbols shows more distinct ones than this
#: (32 random hex characters show fewer than 8 once in about 25 million keys).
_MIN_DISTINCT = 8


def weakness(key: str) -> str | None:
    """Why a configured key cannot be the random secret it must be, or None."""
    if len(key) < MIN_KEY_CHARS:
        return f"is shorter than {MIN_KEY_CHARS} characters"
    lowered = key.lower()
    if any(word in lowered for word in _PLACEHOLDER_WORDS):
        return "looks like a placeholder from an example, not a random key"
    if len(set(key)) < _MIN_DISTINCT:
        return f"has fewer than {_MIN_DISTINCT} distinct characters: not a random key"
    return None


def local_key_path(settings: Settings) -> Path:
    """Where the local stack keeps its pseudonym key (in the state folder, beside the Kafka logins)."""
    return settings.state_dir / "dev-hmac-key"


def ensure_local_key(settings: Settings) -> str:
    """The local stack's pseudonym key, made once (random, 0600) and kept."""
    path = local_key_path(settings)
    if not path.exists():
        create_secret_file_once(path, secrets.token_hex(32))
        log.info("made the local stack's random pseudonym key", extra={"path": str(path)})
    return read_secret_file(path, "the local stack's pseudonym key")
