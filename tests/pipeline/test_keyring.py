"""pipeline/keyring.py: epoch keys are random, made ahead, found by timestamp, kept 0600, destroyed on time, and
once destroyed their pseudonyms cannot be made again."""

from __future__ import annotations

import json
import os
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.keyring import (
    Epoch,
    FileKeyStore,
    Keyring,
    KeyringError,
    check,
    current_epoch,
    destroy_expired,
    ensure,
    kept_by_ranges,
    new_epoch,
    unwrap,
    wrapping_key,
)
from pipeline.treatments import Pseudonymizer

MASTER = secrets.token_hex(32).encode()
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _ring(tmp_path: Path, now: datetime = NOW, days: float = 30) -> tuple[Keyring, FileKeyStore]:
    store = FileKeyStore(tmp_path / "keyring.json")
    return Keyring(store, MASTER, days, clock=lambda: now), store


def test_a_new_keyring_holds_the_current_epoch_and_the_next_one_made_ahead(tmp_path: Path) -> None:
    ring, store = _ring(tmp_path)
    current, following = ring.epochs
    assert current.covers(NOW) and current.start == datetime(2026, 12, 6, tzinfo=UTC)
    assert following.start == current.end == current.start + timedelta(days=30)
    assert following.end - following.start == timedelta(days=30)
    assert ring.key(current) != ring.key(following) and len(ring.key(current)) == 32
    assert [e.key_id for e in store.load()] == [current.key_id, following.key_id]


def test_the_keyring_file_is_0600_and_holds_no_key_in_clear(tmp_path: Path) -> None:
    ring, store = _ring(tmp_path)
    assert store.path.stat().st_mode & 0o777 == 0o600
    text = store.path.read_text()
    for epoch in ring.epochs:
        assert ring.key(epoch).hex() not in text and epoch.key_id in text


def test_a_keyring_readable_by_group_or_others_is_refused_with_how_to_fix_it(tmp_path: Path) -> None:
    _, store = _ring(tmp_path)
    os.chmod(store.path, 0o640)
    with pytest.raises(KeyringError) as refused:
        store.load()
    assert str(refused.value) == (f"LOGWARDEN_KEYRING_FILE: {store.path} is readable by group or others; "
                                  f"chmod 600 {store.path}")


def test_a_keyring_opened_with_another_master_key_is_refused(tmp_path: Path) -> None:
    _, store = _ring(tmp_path)
    with pytest.raises(KeyringError, match="does not open with this pseudonym master key"):
        Keyring(store, secrets.token_hex(32).encode(), 30, clock=lambda: NOW)


def test_a_window_moved_in_the_file_does_not_open(tmp_path: Path) -> None:
    _, store = _ring(tmp_path)
    document = json.loads(store.path.read_text())
    document["epochs"][0]["end"] = "2027-06-01T00:00:00Z"  # someone stretching a key's life by hand
    store.path.write_text(json.dumps(document))
    with pytest.raises(KeyringError, match="does not open"):
        Keyring(store, MASTER, 30, clock=lambda: NOW)


def test_epochs_are_found_by_timestamp_and_every_reader_of_the_file_agrees(tmp_path: Path) -> None:
    ring, store = _ring(tmp_path)
    other = Keyring(store, MASTER, 30, clock=lambda: NOW)  # a second worker: reads, makes nothing new
    first, second = ring.epochs
    assert ring.epoch_at(first.start) == first and ring.epoch_at(first.end - timedelta(microseconds=1)) == first
    assert ring.epoch_at(second.start) == second
    assert other.key(other.epoch_at(NOW)) == ring.key(first)


def test_entering_the_last_epoch_it_holds_a_worker_makes_the_next_one_ahead(tmp_path: Path) -> None:
    ring, store = _ring(tmp_path)
    _, second = ring.epochs
    later = second.start + timedelta(hours=1)
    ring.clock = lambda: later
    assert ring.epoch_at(later) == second
    third = [e for e in store.load() if e.start == second.end]
    assert len(third) == 1 and third[0].alive, "the key after the current one exists before its epoch starts"


def test_a_running_worker_picks_up_an_epoch_another_process_made_without_restart(tmp_path: Path) -> None:
    ring, store = _ring(tmp_path)
    _, second = ring.epochs
    beyond = second.end + timedelta(days=1)
    other = Keyring(store, MASTER, 30, clock=lambda: beyond)  # another worker, later: makes the third and fourth
    third = other.epoch_at(beyond)
    assert third.start == second.end and third.key_id not in [e.key_id for e in ring.epochs]
    ring.clock = lambda: beyond
    assert ring.epoch_at(beyond) == third  # past the epochs it holds: the ring is read again
    assert ring.key(third) == other.key(third)


def test_records_interleaved_around_a_boundary_read_the_store_once(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ring, store = _ring(tmp_path)
    _, second = ring.epochs
    reads: list[int] = []
    original = store.load

    def counted(_self: FileKeyStore) -> list[Epoch]:
        reads.append(1)
        return original()

    monkeypatch.setattr(FileKeyStore, "load", counted)
    for i in range(100):
        ring.epoch_at(second.start + timedelta(seconds=(-1) ** i * (1 + i % 3)))
    assert len(reads) == 1


def test_a_far_future_timestamp_takes_the_last_epoch_and_makes_no_keys(tmp_path: Path) -> None:
    ring, store = _ring(tmp_path)
    assert ring.epoch_at(NOW + timedelta(days=3650)) == ring.epochs[-1]
    assert len(store.load()) == 2


def test_an_older_raw_record_gets_an_epoch_made_for_its_window_within_the_year(tmp_path: Path) -> None:
    ring, _store = _ring(tmp_path)
    older = NOW - timedelta(days=45)
    found = ring.epoch_at(older)
    assert found.covers(older) and found.end - found.start == timedelta(days=30)
    assert ring.epoch_at(NOW - timedelta(days=800)) == ring.epochs[0]  # outside the year: no key is made for it


def test_two_processes_making_the_ring_at_once_agree_on_one_key_per_epoch(tmp_path: Path) -> None:
    store = FileKeyStore(tmp_path / "keyring.json")
    wrap = wrapping_key(MASTER)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        ensure(store, wrap, NOW, 30)
        os._exit(0)
    ensure(store, wrap, NOW, 30)
    os.waitpid(pid, 0)
    epochs = store.load()
    assert len(epochs) == 2 and len({e.start for e in epochs}) == 2


def _aged_ring(tmp_path: Path) -> tuple[FileKeyStore, Epoch, Epoch]:
    """A ring whose first epoch ended 400 days ago (its key is overdue) and a current one."""
    store = FileKeyStore(tmp_path / "keyring.json")
    wrap = wrapping_key(MASTER)
    old = new_epoch(wrap, NOW - timedelta(days=430), NOW - timedelta(days=400))
    recent = new_epoch(wrap, NOW - timedelta(days=400), NOW + timedelta(days=1))
    store.save([old, recent])
    return store, old, recent


def test_check_fails_on_a_key_kept_past_365_days_after_its_epoch(tmp_path: Path) -> None:
    store, old, recent = _aged_ring(tmp_path)
    problems, _notes = check(store, NOW)
    assert len(problems) == 1 and old.key_id in problems[0] and "retention enforce" in problems[0]
    assert recent.key_id not in " ".join(problems)
    assert check(store, old.end + timedelta(days=364))[0] == []  # one day before its time, nothing to say


def test_destruction_removes_the_key_rewrites_the_file_and_the_check_passes(tmp_path: Path) -> None:
    store, old, _recent = _aged_ring(tmp_path)
    before = store.path.stat().st_ino
    gone, held = destroy_expired(store, NOW)
    assert [e.key_id for e in gone] == [old.key_id] and held == []
    assert store.path.stat().st_ino != before and store.path.stat().st_mode & 0o777 == 0o600  # replaced whole
    tombstone = next(e for e in store.load() if e.key_id == old.key_id)
    assert tombstone.wrapped is None and tombstone.destroyed == NOW and not tombstone.alive
    assert json.loads(store.path.read_text())["epochs"][0]["key"] is None
    assert check(store, NOW)[0] == []
    with pytest.raises(KeyringError, match="destroyed"):
        unwrap(wrapping_key(MASTER), tombstone)


def test_a_hold_vetoes_destruction_and_the_check_explains_the_key(tmp_path: Path) -> None:
    store, old, _ = _aged_ring(tmp_path)
    gone, held = destroy_expired(store, NOW, kept=lambda epoch: epoch.key_id == old.key_id)
    assert gone == [] and [e.key_id for e in held] == [old.key_id]
    assert next(e for e in store.load() if e.key_id == old.key_id).alive
    problems, notes = check(store, NOW, kept=lambda epoch: epoch.key_id == old.key_id)
    assert problems == [] and any("legal hold" in note and old.key_id in note for note in notes)


def test_a_dry_run_destroys_nothing(tmp_path: Path) -> None:
    store, old, _ = _aged_ring(tmp_path)
    gone, _ = destroy_expired(store, NOW, dry_run=True)
    assert [e.key_id for e in gone] == [old.key_id] and all(e.alive for e in store.load())


def test_after_destruction_no_reader_of_the_ring_can_make_that_epochs_pseudonyms_again(tmp_path: Path) -> None:
    store, old, _recent = _aged_ring(tmp_path)
    ring = Keyring(store, MASTER, 30, clock=lambda: NOW)
    moment = old.start + timedelta(days=1)
    epoch = ring.epoch_at(moment)
    assert epoch.key_id == old.key_id
    pseudonym = Pseudonymizer(ring.key(epoch), "analytics", epoch.key_id)("u-123")
    destroy_expired(store, NOW)
    again = Keyring(store, MASTER, 30, clock=lambda: NOW)  # the master key and the ring: everything else
    assert old.key_id not in [e.key_id for e in again.epochs]
    replayed = again.epoch_at(moment)  # a re-run over the same record: another epoch's key, never the old one
    assert replayed.key_id != old.key_id
    assert Pseudonymizer(again.key(replayed), "analytics", replayed.key_id)("u-123") != pseudonym
    made = {Pseudonymizer(again.key(e), "analytics", e.key_id)("u-123") for e in again.epochs}
    assert pseudonym not in made


def test_the_current_epoch_is_read_without_the_master_key(tmp_path: Path) -> None:
    ring, store = _ring(tmp_path)
    assert current_epoch(store, NOW) == ring.epochs[0]
    assert current_epoch(FileKeyStore(tmp_path / "none.json"), NOW) is None


def test_a_holds_range_keeps_the_keys_of_the_epochs_it_overlaps_and_no_other(tmp_path: Path) -> None:
    store, old, _ = _aged_ring(tmp_path)
    inside = kept_by_ranges([(old.start + timedelta(days=3), old.start + timedelta(days=4))])
    after = kept_by_ranges([(old.end + timedelta(days=5), old.end + timedelta(days=6))])
    edge = kept_by_ranges([(old.end + timedelta(hours=2), old.end + timedelta(hours=3))])  # within the margin
    assert inside(old) and not after(old) and edge(old)
    assert destroy_expired(store, NOW, kept=after)[0] == [old]
