"""Pseudonym key epochs: a random key per epoch, kept in a keyring with its id and validity window, destroyed a
year after its epoch ends. Edge (a file, or a secret store behind `KeyStore`); no Kafka, no S3.

Why epochs: one key forever links a person's pseudonyms across every year of the archive, in Kafka's replicas
and in every analyst's copy, so "kept one year" would hold for objects but not for the link between them. Each
epoch (LOGWARDEN_PSEUDONYM_EPOCH_DAYS, 30 by default) gets its own key from `secrets.token_bytes`, never
derived from a key that outlives it; once the key is destroyed, that epoch's pseudonyms cannot be linked to
anyone, even by someone holding everything else (crypto-shredding).

The epoch of an event is the one whose window holds its RAW record's Kafka timestamp (logs.raw), so every worker
and every replay after a crash pick the same key. Windows are stored, not computed, so they never move when the
setting changes: a new epoch starts where the last one ends and lasts the length configured when it is made.

Keys are made ahead: `ensure` keeps an epoch covering now and the next one in the ring, so a worker crossing a
boundary finds the next key already there and never waits; a worker re-reads the ring when an event's timestamp
falls past the epochs it holds (`Keyring.epoch_at`), without a restart.

On disk (`FileKeyStore`, LOGWARDEN_KEYRING_FILE, default `<state dir>/keyring.json`): JSON, mode 0600 (a
keyring readable by group or others is refused), replaced atomically on every change, changes serialized by a
lock file. Each key is stored wrapped (AES-256-GCM) under the pseudonym master key (LOGWARDEN_HMAC_KEY[_FILE]),
so a copied keyring alone gives nothing; destroying an epoch removes its wrapped key from the ring, so the
master key alone gives nothing either. A production secret store (Vault, AWS Secrets Manager) is another
`KeyStore`: the same three operations, with its compare-and-set as the lock and its version history purged
when a key is destroyed.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pipeline.settings import Settings, SettingsError, write_secret_file

#: Bytes of an epoch key (the HMAC-SHA256 key each route's own key is derived from, for this epoch only)
KEY_BYTES = 32
#: Days a key is kept after its epoch ends: the archive's retention (clause 3.3), after which its records expire
KEEP_DAYS_AFTER_EPOCH = 365
#: A worker reads its keyring store at most once in this many seconds: records of two epochs interleaved around a
#: boundary (producers' clocks differ), or a producer's clock far off, must not cost a file read each
REREAD_SECONDS = 1.0
_FORMAT = 1


class KeyringError(SettingsError):
    """A keyring that cannot be used: unreadable, readable by others, malformed, or not opened by this master key."""


@dataclass(frozen=True)
class Epoch:
    """One epoch: its key's public id, its validity window [start, end) in UTC, and its key (None once destroyed).
    `wrapped` is the key as stored (nonce + AES-GCM ciphertext); `destroyed` is when it was destroyed."""

    key_id: str
    start: datetime
    end: datetime
    wrapped: bytes | None = field(default=None, repr=False)
    destroyed: datetime | None = None

    def covers(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    @property
    def alive(self) -> bool:
        return self.destroyed is None and self.wrapped is not None

    def destroy_at(self, keep_days: int = KEEP_DAYS_AFTER_EPOCH) -> datetime:
        """When this epoch's key must be gone: `keep_days` after its epoch ends."""
        return self.end + timedelta(days=keep_days)


class KeyStore(Protocol):
    """Where the ring is kept: the seam for a production secret store. `load` returns the stored ring (empty when
    there is none yet); `save` replaces it whole, atomically; `locked` serializes read-modify-write cycles of
    every process sharing the store (two workers must never each make a different key for one epoch)."""

    def load(self) -> list[Epoch]: ...

    def save(self, epochs: list[Epoch]) -> None: ...

    def locked(self) -> Any: ...  # a context manager


@dataclass(frozen=True)
class FileKeyStore:
    """The ring in one JSON file, 0600, replaced atomically (pipeline/settings.py's `write_secret_file`)."""

    path: Path

    def load(self) -> list[Epoch]:
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise KeyringError(f"LOGWARDEN_KEYRING_FILE: cannot read {self.path}: {exc.strerror}") from None
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyringError(f"LOGWARDEN_KEYRING_FILE: {self.path} is readable by group or others; "
                               f"chmod 600 {self.path}")
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            return [_epoch_from(entry) for entry in document["epochs"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyringError(f"LOGWARDEN_KEYRING_FILE: {self.path} is not a logwarden keyring "
                               f"({type(exc).__name__}: {str(exc)[:80]})") from None

    def save(self, epochs: list[Epoch]) -> None:
        document = {"format": _FORMAT, "epochs": [_entry_of(epoch) for epoch in sorted(epochs, key=_by_start)]}
        write_secret_file(self.path, json.dumps(document, indent=1) + "\n")

    @contextmanager
    def locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock


def keyring_path(settings: Settings) -> Path:
    """LOGWARDEN_KEYRING_FILE, or the keyring in the state folder."""
    return settings.keyring_file or settings.state_dir / "keyring.json"


def store_of(settings: Settings) -> KeyStore:
    return FileKeyStore(keyring_path(settings))


# --- wrapping under the master key ---


def wrapping_key(master: bytes) -> AESGCM:
    """The AES-256-GCM key that wraps epoch keys, derived from the pseudonym master key (HKDF-SHA256)."""
    kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"logwarden/keyring/wrap").derive(master)
    return AESGCM(kek)


def _aad(key_id: str, start: datetime, end: datetime) -> bytes:
    # the window is authenticated with the key: a ring edited to move a key to another window does not open
    return f"{key_id}|{_iso(start)}|{_iso(end)}".encode()


def new_epoch(wrap: AESGCM, start: datetime, end: datetime) -> Epoch:
    """A new epoch [start, end) with a fresh random key (wrapped) and a random public id."""
    key_id = f"e{start:%Y%m%d}-{secrets.token_hex(4)}"
    nonce = secrets.token_bytes(12)
    wrapped = nonce + wrap.encrypt(nonce, secrets.token_bytes(KEY_BYTES), _aad(key_id, start, end))
    return Epoch(key_id, start, end, wrapped)


def unwrap(wrap: AESGCM, epoch: Epoch) -> bytes:
    """The epoch's key; a KeyringError when it is destroyed or the master key is not the one that wrapped it."""
    if not epoch.alive or epoch.wrapped is None:
        raise KeyringError(f"the key of epoch {epoch.key_id} was destroyed")
    try:
        return wrap.decrypt(epoch.wrapped[:12], epoch.wrapped[12:], _aad(epoch.key_id, epoch.start, epoch.end))
    except InvalidTag:
        raise KeyringError(f"the keyring's key {epoch.key_id} does not open with this pseudonym master key "
                           "(LOGWARDEN_HMAC_KEY[_FILE]): the ring was made with another one") from None


# --- making keys ahead ---


def ensure(store: KeyStore, wrap: AESGCM, now: datetime, epoch_days: float,
           covering: datetime | None = None) -> list[Epoch]:
    """The ring, with an epoch covering `now` and the next one made (ahead), and one covering `covering` when it
    is earlier than the ring's first epoch and still within the archive's year (a replay of an older raw
    record). Saved only when something was made; serialized with every other process of the store."""
    with store.locked():
        epochs = sorted(store.load(), key=_by_start)
        made = False
        length = timedelta(days=epoch_days)
        if not epochs:
            first = _day_of(covering if covering and covering < now else now)
            epochs.append(new_epoch(wrap, first, first + length))
            made = True
        horizon = now + length
        while epochs[-1].end <= horizon:  # the epoch covering now, and the one after it
            epochs.append(new_epoch(wrap, epochs[-1].end, epochs[-1].end + length))
            made = True
        oldest = now - timedelta(days=KEEP_DAYS_AFTER_EPOCH)
        while covering is not None and covering < epochs[0].start and epochs[0].start > oldest:
            epochs.insert(0, new_epoch(wrap, epochs[0].start - length, epochs[0].start))
            made = True
        if made:
            store.save(epochs)
        return epochs


# --- destruction (retention enforce) and the check (retention check) ---


def due(epochs: list[Epoch], now: datetime, keep_days: int = KEEP_DAYS_AFTER_EPOCH) -> list[Epoch]:
    """Live epochs whose key has outlived its time (`keep_days` after the epoch's end)."""
    return [epoch for epoch in epochs if epoch.alive and epoch.destroy_at(keep_days) <= now]


def destroy_expired(store: KeyStore, now: datetime, kept: Callable[[Epoch], bool] = lambda _epoch: False,
                    keep_days: int = KEEP_DAYS_AFTER_EPOCH, dry_run: bool = False) -> tuple[list[Epoch], list[Epoch]]:
    """Destroy the keys past their time, except those `kept` vetoes (a legal hold over the epoch's window keeps
    its key). The ring is rewritten atomically without them; each destroyed epoch stays as a tombstone (id,
    window, when destroyed; no key) for `retention report`. Returns (destroyed, kept by a hold)."""
    with store.locked():
        epochs = store.load()
        expired = due(epochs, now, keep_days)
        held = [epoch for epoch in expired if kept(epoch)]
        gone = [epoch for epoch in expired if epoch not in held]
        if gone and not dry_run:
            ids = {epoch.key_id for epoch in gone}
            store.save([replace(epoch, wrapped=None, destroyed=now) if epoch.key_id in ids else epoch
                        for epoch in epochs])
        return gone, held


#: Holds name event hours, epochs are chosen by the raw record's Kafka timestamp: the two differ by the seconds or
#: minutes an event took to reach logs.raw, so a hold keeps the epochs within this margin of its range too
HOLD_MARGIN = timedelta(days=1)


def kept_by_ranges(ranges: Iterable[tuple[datetime, datetime]], margin: timedelta = HOLD_MARGIN
                   ) -> Callable[[Epoch], bool]:
    """The `kept` of `destroy_expired` and `check` for legal holds: an epoch is kept while a hold's range [from, to)
    overlaps its window, widened by `margin`. The holds' register gives the ranges of the holds in force."""
    spans = list(ranges)

    def kept(epoch: Epoch) -> bool:
        return any(start - margin < epoch.end and epoch.start < end + margin for start, end in spans)

    return kept


def check(store: KeyStore, now: datetime, kept: Callable[[Epoch], bool] = lambda _epoch: False,
          keep_days: int = KEEP_DAYS_AFTER_EPOCH) -> tuple[list[str], list[str]]:
    """(problems, notes) of the keyring for `retention check`: a key kept past its time that no hold explains is a
    problem; the epochs alive, destroyed and held are notes. Reads only ids and windows: no key is unwrapped."""
    epochs = sorted(store.load(), key=_by_start)
    problems, notes = [], []
    for epoch in due(epochs, now, keep_days):
        if kept(epoch):
            notes.append(f"pseudonym key {epoch.key_id} ({_day(epoch.start)} to {_day(epoch.end)}) is kept past "
                         f"{_day(epoch.destroy_at(keep_days))} by a legal hold")
        else:
            problems.append(f"pseudonym key {epoch.key_id} ({_day(epoch.start)} to {_day(epoch.end)}) is kept past "
                            f"its time ({_day(epoch.destroy_at(keep_days))}, {keep_days} days after its epoch "
                            "ended): run `logwarden retention enforce`")
    alive = [epoch for epoch in epochs if epoch.alive]
    current = next((epoch for epoch in alive if epoch.covers(now)), None)
    notes.append(f"pseudonym keys: {len(alive)} alive, {len(epochs) - len(alive)} destroyed"
                 + (f"; current epoch {current.key_id} until {_iso(current.end)}" if current else "; no current "
                    "epoch (the worker makes it when it starts)"))
    return problems, notes


def current_epoch(store: KeyStore, now: datetime) -> Epoch | None:
    """The epoch covering `now`, if the ring has one (for `make demo` and `logwarden top`)."""
    return next((epoch for epoch in store.load() if epoch.alive and epoch.covers(now)), None)


# --- the worker's view: epochs by timestamp, re-read when a timestamp passes them ---


class Keyring:
    """The ring as a worker holds it: the live epochs and their keys, found by a raw record's timestamp.

    `epoch_at` answers from memory while the timestamp falls in an epoch it holds; past them (a new epoch began,
    or a replay of older records), it reads the store again, making what is missing (`ensure`); entering the last
    epoch it holds, it reads it too, so the next key is made ahead (at most once every REREAD_SECONDS). A timestamp
    beyond the epoch after the current one (a producer's clock far ahead: logs.raw keeps the producers'
    CreateTime) takes the last epoch the ring has; one older than every live epoch takes the oldest: no key is
    made for a window outside the archive's year, and none is ever revived."""

    def __init__(self, store: KeyStore, master: bytes, epoch_days: float,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.store = store
        self.epoch_days = epoch_days
        self.clock = clock
        self._wrap = wrapping_key(master)
        self._epochs: list[Epoch] = []
        self._keys: dict[str, bytes] = {}
        self._quiet_until = 0.0  # time.monotonic() before which the store is not read again
        self.refresh()

    def refresh(self, covering: datetime | None = None) -> None:
        epochs = ensure(self.store, self._wrap, self.clock(), self.epoch_days, covering)
        self._epochs = [epoch for epoch in epochs if epoch.alive]
        self._keys = {epoch.key_id: self._keys.get(epoch.key_id) or unwrap(self._wrap, epoch)
                      for epoch in self._epochs}

    @property
    def epochs(self) -> list[Epoch]:
        return list(self._epochs)

    def key(self, epoch: Epoch) -> bytes:
        return self._keys[epoch.key_id]

    def epoch_at(self, moment: datetime) -> Epoch:
        found = self._find(moment)
        if (found is None or found is self._epochs[-1]) and time.monotonic() >= self._quiet_until:
            self.refresh(covering=moment)
            self._quiet_until = time.monotonic() + REREAD_SECONDS
            found = self._find(moment)
        if found is not None:
            return found
        return self._epochs[0] if moment < self._epochs[0].start else self._epochs[-1]

    def held(self, moment: datetime) -> Epoch | None:
        """The epoch holding this moment when the ring holds it already, else None: from memory only, never the
        store (so another thread than the one routing may ask)."""
        return self._find(moment)

    def _find(self, moment: datetime) -> Epoch | None:
        for epoch in reversed(self._epochs):  # the newest first: live traffic is there
            if epoch.covers(moment):
                return epoch
        return None


# --- the file's entries ---


def _by_start(epoch: Epoch) -> datetime:
    return epoch.start


def _day_of(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _day(moment: datetime) -> str:
    return moment.astimezone(UTC).date().isoformat()


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _entry_of(epoch: Epoch) -> dict[str, Any]:
    return {"id": epoch.key_id, "start": _iso(epoch.start), "end": _iso(epoch.end),
            "key": base64.b64encode(epoch.wrapped).decode() if epoch.wrapped is not None else None,
            "destroyed": _iso(epoch.destroyed) if epoch.destroyed else None}


def _epoch_from(entry: dict[str, Any]) -> Epoch:
    wrapped = entry.get("key")
    destroyed = entry.get("destroyed")
    return Epoch(str(entry["id"]), _parse(entry["start"]), _parse(entry["end"]),
                 base64.b64decode(wrapped) if wrapped else None, _parse(destroyed) if destroyed else None)


def open_keyring(settings: Settings) -> Keyring:
    """The process's keyring: LOGWARDEN_KEYRING_FILE (or the state folder's), opened with the pseudonym master key,
    with the current and the next epoch made if they are missing."""
    from pipeline.pseudonym_key import load_pseudonym_key

    return Keyring(store_of(settings), load_pseudonym_key(settings).key, settings.pseudonym_epoch_days)
