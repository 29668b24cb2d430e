"""The pseudonym master key: from LOGWARDEN_HMAC_KEY or a private key file, never logged.

Outside development mode a missing or short key stops the worker: pseudonyms made with a
guessable key are reversible by anyone who can enumerate user ids. In development mode a
random key is made once and kept in the state folder (mode 0600), so pseudonyms stay
stable across restarts of a laptop stack without a key ever living in code.
"""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass

from pipeline.settings import Settings, SettingsError, read_secret_file

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
    if len(key) < MIN_KEY_CHARS:
        raise SettingsError(f"{source}: the pseudonym key is shorter than {MIN_KEY_CHARS} characters")
    return PseudonymKey(key.encode(), settings.hmac_key_id)


def _development_key(settings: Settings) -> str:
    path = settings.state_dir / "dev-hmac-key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
        log.warning("development mode: made a random pseudonym key", extra={"path": str(path)})
    return read_secret_file(path, "the development pseudonym key")
