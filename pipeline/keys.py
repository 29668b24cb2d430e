"""The pseudonym master key: from LOGWARDEN_HMAC_KEY or a private key file, never logged.

Outside development mode a missing, short or placeholder key stops the worker: pseudonyms
made with a guessable key are reversible by anyone who can enumerate user ids. In development mode a
random key is made once and kept in the state folder (mode 0600), so pseudonyms stay
stable across restarts of a laptop stack without a key ever living in code.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

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
    if settings.hmac_key_file is not None:
        key = read_secret_file(settings.hmac_key_file, "LOGWARDEN_HMAC_KEY_FILE")
        source = "LOGWARDEN_HMAC_KEY_FILE"
    else:
        key, source = settings.hmac_key, "LOGWARDEN_HMAC_KEY"
    if not key:
        if not settings.dev_mode:
            raise SettingsError("LOGWARDEN_HMAC_KEY or LOGWARDEN_HMAC_KEY_FILE is required outside development mode "
                                f"(a random key of {MIN_KEY_CHARS}+ characters, e.g. `openssl rand -hex 32`)")
        return PseudonymKey(_development_key(settings).encode(), settings.hmac_key_id)
    problem = weakness(key)
    if problem:  # named by its variable, never echoed
        raise SettingsError(f"{source}: the pseudonym key {problem}; make one with `openssl rand -hex 32`")
    return PseudonymKey(key.encode(), settings.hmac_key_id)


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


def _development_key(settings: Settings) -> str:
    path = settings.state_dir / "dev-hmac-key"
    if not path.exists():
        create_secret_file_once(path, secrets.token_hex(32))
        log.warning("development mode: made a random pseudonym key", extra={"path": str(path)})
    return read_secret_file(path, "the development pseudonym key")
