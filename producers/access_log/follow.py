"""Follow log files like `tail -F`: new lines as they are written, across logrotate, resumable.

Pure file system and no threads: the caller calls `poll()` on its own schedule and gets
the complete lines written since the last call. What makes this more than a read loop is
what web-server logs go through:

* rotation by rename (logrotate's default, `create`): the path now names a new file. The
  old descriptor is read to its end first, because the server wrote lines there right up
  to the rename; then the new file is read from its start.
* rotation by truncation (`copytruncate`): the file shrank under us. Reading restarts at
  offset 0; the bytes between our offset and the truncation are gone (copytruncate's own
  window, nothing a reader can fix), and a half line we held is dropped and reported.
* a file that is missing (not created yet, or between rename and create) is waited for.
* restarts: every line carries the `Position` just after it; given back to a new
  `Follower`, it resumes exactly there if the path still names the same file.

Memory stays bounded whatever the files hold: at most `read_budget` bytes are read per
file per poll, and a line longer than `max_line_bytes` is skipped (and reported) rather
than buffered.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["READ_BUDGET", "Follower", "Line", "Position"]

#: Bytes read per file per poll at most, so one busy file cannot starve the others or the caller.
READ_BUDGET = 4 * 1024 * 1024
_CHUNK = 1024 * 1024
_NEWLINE = b"\n"


@dataclass(frozen=True, slots=True)
class Position:
    """What to store to resume after a restart: the byte offset just after a line, in one file generation.

    `line` is the number of that line, so numbering continues where it stopped. A position
    only applies to the file it was taken from: (device, inode) say which one.
    """

    path: str
    device: int
    inode: int
    offset: int
    line: int


@dataclass(frozen=True, slots=True)
class Line:
    """One complete line, with the checkpoint to store once it has been handled."""

    path: str
    number: int  # 1-based, within the current file generation
    text: str  # decoded with errors="replace", without the "\n" (or "\r\n")
    position: Position  # the checkpoint just after this line


@dataclass(eq=False, slots=True)
class _Tracked:
    """One followed path: the descriptor we hold (which may no longer be the file at the path)."""

    path: str
    saved: Position | None  # applies to the first file we open at this path, only
    fd: int = -1
    device: int = 0
    inode: int = 0
    read_at: int = 0  # file offset of the next byte to read
    done_at: int = 0  # file offset just after the last line returned or skipped
    line: int = 0  # lines completed so far in this generation
    pending: bytearray = field(default_factory=bytearray)  # a line whose newline has not come yet
    skipping: bool = False  # inside an overlong line, dropping bytes up to its newline

    def position(self, offset: int) -> Position:
        return Position(self.path, self.device, self.inode, offset, self.line)


class Follower:
    """Follows a fixed set of paths; `poll()` returns what is new, `close()` releases the descriptors.

    Events a caller should report (and may clear once reported): `rotations` and
    `truncations` (counts), `overlong` and `discarded_partials` ((path, line number) lists),
    `stale_positions` (paths whose saved Position no longer applied, so they were read from
    the start) and `unreadable` (path -> why it cannot be opened right now; retried every poll).
    """

    def __init__(self, paths: Sequence[str | os.PathLike[str]], start_at: str = "beginning",
                 positions: Mapping[str, Position] | None = None, max_line_bytes: int = 1_048_576,
                 *, read_budget: int = READ_BUDGET) -> None:
        if start_at not in ("beginning", "end"):
            raise ValueError(f"start_at must be 'beginning' or 'end', not {start_at!r}")
        if max_line_bytes < 1 or read_budget < 1:
            raise ValueError("max_line_bytes and read_budget must be positive")
        self.max_line_bytes = max_line_bytes
        self.read_budget = read_budget
        self.rotations = 0
        self.truncations = 0
        self.overlong: list[tuple[str, int]] = []
        self.discarded_partials: list[tuple[str, int]] = []
        self.stale_positions: list[str] = []
        self.unreadable: dict[str, str] = {}
        saved = positions or {}
        unique = dict.fromkeys(os.fspath(p) for p in paths)
        self._files = [_Tracked(path, saved.get(path)) for path in unique]
        # "end" means the end as of now: a file that only appears later is new, and read whole
        for tracked in self._files:
            self._open(tracked, at_end=start_at == "end")

    def poll(self) -> list[Line]:
        """Complete lines written since the last poll, file by file, each file's in order."""
        out: list[Line] = []
        for tracked in self._files:
            if tracked.fd < 0:
                if self._open(tracked, at_end=False):
                    self._read(tracked, out)
                continue
            self._poll_open(tracked, out)
        return out

    def positions(self) -> dict[str, Position]:
        """Where each open file stands after everything the polls so far returned or skipped.

        Store this only once every returned line has been durably handled; otherwise store
        the `position` of the last line that was.
        """
        return {t.path: t.position(t.done_at) for t in self._files if t.fd >= 0}

    def close(self) -> None:
        for tracked in self._files:
            self._close(tracked)

    def __enter__(self) -> Follower:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- one file ---

    def _poll_open(self, tracked: _Tracked, out: list[Line]) -> None:
        # stat the path *before* draining the old descriptor: everything written before a
        # rename we see here is then already in the old file when we read it to its end
        try:
            at_path = os.stat(tracked.path)
        except OSError:  # gone (renamed away, not yet re-created): keep reading what we hold
            at_path = None
        if os.fstat(tracked.fd).st_size < tracked.read_at:
            self._truncated(tracked)
        drained = self._read(tracked, out)
        if at_path is None or (at_path.st_dev, at_path.st_ino) == (tracked.device, tracked.inode) or not drained:
            return  # same file, or a rotated one with more to read next poll before switching
        self.rotations += 1
        if tracked.pending:  # nobody will ever finish the old generation's last line
            self._emit(tracked, bytes(tracked.pending), tracked.read_at, out)
        self._close(tracked)
        if self._open(tracked, at_end=False):
            self._read(tracked, out)

    def _open(self, tracked: _Tracked, *, at_end: bool) -> bool:
        try:
            fd = os.open(tracked.path, os.O_RDONLY)
        except FileNotFoundError:
            self.unreadable.pop(tracked.path, None)
            return False
        except OSError as exc:
            self.unreadable[tracked.path] = exc.strerror or type(exc).__name__
            return False
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            self.unreadable[tracked.path] = "not a regular file"
            return False
        self.unreadable.pop(tracked.path, None)
        tracked.fd, tracked.device, tracked.inode = fd, info.st_dev, info.st_ino
        tracked.read_at, tracked.line = 0, 0
        tracked.pending.clear()
        tracked.skipping = False
        saved, tracked.saved = tracked.saved, None
        if saved is not None:
            if _resumable(fd, info, saved):
                tracked.read_at, tracked.line = saved.offset, saved.line
            else:
                self.stale_positions.append(tracked.path)
        elif at_end:
            tracked.read_at, tracked.line = _last_line_end(fd, info.st_size)
        tracked.done_at = tracked.read_at
        os.lseek(fd, tracked.read_at, os.SEEK_SET)
        return True

    def _close(self, tracked: _Tracked) -> None:
        if tracked.fd >= 0:
            os.close(tracked.fd)
            tracked.fd = -1

    def _truncated(self, tracked: _Tracked) -> None:
        self.truncations += 1
        if tracked.pending:
            self.discarded_partials.append((tracked.path, tracked.line + 1))
        tracked.pending.clear()
        tracked.skipping = False
        tracked.read_at = tracked.done_at = tracked.line = 0
        os.lseek(tracked.fd, 0, os.SEEK_SET)

    def _read(self, tracked: _Tracked, out: list[Line]) -> bool:
        """Read up to the budget; True when the file's end was reached."""
        budget = self.read_budget
        while budget > 0:
            chunk = os.read(tracked.fd, min(_CHUNK, budget))
            if not chunk:
                return True
            self._feed(tracked, chunk, out)
            budget -= len(chunk)
        return False

    def _feed(self, tracked: _Tracked, chunk: bytes, out: list[Line]) -> None:
        pieces = chunk.split(_NEWLINE)
        tail = pieces.pop()  # after the last newline: the start of a line still being written
        offset = tracked.read_at
        tracked.read_at += len(chunk)
        limit = self.max_line_bytes
        for piece in pieces:
            offset += len(piece) + 1
            if tracked.skipping:  # the newline that ends an overlong line already reported
                tracked.skipping = False
                tracked.line += 1
                tracked.done_at = offset
                continue
            if tracked.pending:
                tracked.pending += piece
                piece = bytes(tracked.pending)
                tracked.pending.clear()
            if len(piece) > limit:
                tracked.line += 1
                tracked.done_at = offset
                self.overlong.append((tracked.path, tracked.line))
                continue
            self._emit(tracked, piece, offset, out)
        if tracked.skipping:
            return
        if len(tracked.pending) + len(tail) > limit:
            # reported now, not at its newline: a line that never ends is still seen
            self.overlong.append((tracked.path, tracked.line + 1))
            tracked.pending.clear()
            tracked.skipping = True
        else:
            tracked.pending += tail

    def _emit(self, tracked: _Tracked, raw: bytes, offset: int, out: list[Line]) -> None:
        tracked.line += 1
        tracked.done_at = offset
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        out.append(Line(tracked.path, tracked.line, raw.decode("utf-8", "replace"), tracked.position(offset)))


def _resumable(fd: int, info: os.stat_result, saved: Position) -> bool:
    """Whether a saved position still points into this file, just after a line.

    (device, inode) alone is not proof: a file system reuses a deleted file's inode number
    for the next file it creates. A position that is past the end, or not just after a
    newline, belongs to some earlier file.
    """
    if (saved.device, saved.inode) != (info.st_dev, info.st_ino) or not 0 <= saved.offset <= info.st_size:
        return False
    return saved.offset == 0 or os.pread(fd, 1, saved.offset - 1) == _NEWLINE


def _last_line_end(fd: int, size: int) -> tuple[int, int]:
    """Offset just after the last complete line, and how many lines come before it.

    Starting after the last newline rather than at the very end means a line the server is
    half-way through writing is returned whole once finished, not as a fragment. Counting
    is one sequential read of the file, once, at start-up.
    """
    lines = end = offset = 0
    while offset < size:
        chunk = os.pread(fd, min(_CHUNK, size - offset), offset)
        if not chunk:
            break
        found = chunk.count(_NEWLINE)
        if found:
            lines += found
            end = offset + chunk.rindex(_NEWLINE) + 1
        offset += len(chunk)
    return end, lines
