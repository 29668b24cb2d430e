"""The sink's duplicate filter: has this event_id been seen within the last W offsets of its partition? Pure.

The worker keys every output by its event_id, so an event it routes twice (after a crash it
routes its uncommitted batch again) lands twice in the same partition, a bounded distance
apart. `Window` remembers the event_ids of the W offsets before the next one of one partition
and says whether a record repeats one of them. The answer is a function of the partition's
records alone (the record at offset o is a duplicate exactly when a record at an offset in
[o - W, o) has the same event_id), never of when the sink started: a sink that restarts primes
a fresh window by reading back the records at [committed - W, committed) and then answers as
the one that crashed would have, so it writes the same objects.

Memory: W entries per partition, each a 16-byte id (the UUID's bytes; any other event_id is
hashed to 16 bytes with BLAKE2b), one slot in a dict of counts and one in a deque: at most
170 bytes an entry with CPython 3.11 (tests/consumers/test_dedup.py measures it), so at most
8.5 MB per partition at the default W of 50,000 (LOGWARDEN_SINK_DEDUP_WINDOW).
"""

from __future__ import annotations

import hashlib
import re
from collections import deque

import orjson

#: The worker writes `schema` then `event_id` first (pipeline/scrub.py), so the id is read without parsing.
_LEADING_ID = re.compile(rb'^\{(?:"schema":"[^"\\]{0,64}",)?"event_id":"([^"\\]{1,256})"')
_UUID = re.compile(rb"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def event_key(value: bytes) -> bytes | None:
    """A record's event_id as 16 bytes (a UUID's own bytes, anything else hashed), or None when it has none."""
    match = _LEADING_ID.match(value)
    if match is not None:
        text = match.group(1)
    else:
        try:
            found = orjson.loads(value)
        except orjson.JSONDecodeError:
            return None
        event_id = found.get("event_id") if isinstance(found, dict) else None
        if not isinstance(event_id, str) or not event_id:
            return None
        text = event_id.encode()
    if _UUID.match(text):
        return bytes.fromhex(text.replace(b"-", b"").decode())
    return hashlib.blake2b(text, digest_size=16).digest()


class Window:
    """The event_ids of the last `size` offsets of one partition, fed in offset order from `next_offset`."""

    def __init__(self, size: int, next_offset: int) -> None:
        if size < 1:
            raise ValueError("a window holds at least one offset")
        self.size = size
        self.next_offset = next_offset
        self._ids: deque[bytes | None] = deque()  # one slot per offset, oldest first; None: no event_id
        self._counts: dict[bytes, int] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def seen(self, offset: int, key: bytes | None) -> bool:
        """Add the record at `offset`; True when its key was seen at one of the `size` offsets before it."""
        if offset < self.next_offset:
            raise ValueError(f"offset {offset} is before the window's next offset {self.next_offset}")
        gap = offset - self.next_offset  # offsets that hold no record (transaction markers, compaction)
        if gap >= self.size:
            self._ids.clear()
            self._counts.clear()
        else:
            for _ in range(gap):
                self._push(None)
        duplicate = key is not None and key in self._counts
        self._push(key)
        self.next_offset = offset + 1
        return duplicate

    def _push(self, key: bytes | None) -> None:
        self._ids.append(key)
        if key is not None:
            self._counts[key] = self._counts.get(key, 0) + 1
        if len(self._ids) > self.size:
            old = self._ids.popleft()
            if old is not None:
                left = self._counts[old] - 1
                if left:
                    self._counts[old] = left
                else:
                    del self._counts[old]
