"""The file follower against real files: appends, half-written lines, logrotate by rename and by
copytruncate, restarts from a saved Position, overlong lines and bytes that are not UTF-8.

Every step is a write followed by a poll, so nothing waits on a clock.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from producers.access_log.follow import Follower, Line, Position


def _append(path: Path, data: bytes) -> None:
    with path.open("ab") as f:
        f.write(data)


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def _drain(follower: Follower, unread: int, budget: int) -> list[Line]:
    """Everything `polls` returns while catching up on `unread` bytes `budget` bytes at a time; one more
    poll per rotation it may meet, and one to show nothing is left."""
    out: list[Line] = []
    for _ in range(-(-unread // budget) + 3):
        out += follower.poll()
    return out


def test_appends_across_polls_with_numbers_and_positions(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"a\nbb\n")
    with Follower([str(log)]) as follower:
        first = follower.poll()
        assert _texts(first) == ["a", "bb"]
        assert [line.number for line in first] == [1, 2]
        assert [line.position.offset for line in first] == [2, 5]
        assert first[1].position == Position(str(log), os.stat(log).st_dev, os.stat(log).st_ino, 5, 2)
        assert follower.poll() == []
        _append(log, b"ccc\r\n")
        third = follower.poll()
        assert [(line.text, line.number, line.position.offset) for line in third] == [("ccc", 3, 10)]
        assert follower.positions()[str(log)] == third[0].position


def test_partial_line_is_held_until_its_newline(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"hel")
    with Follower([str(log)]) as follower:
        assert follower.poll() == []
        _append(log, b"lo\nwor")
        hello = follower.poll()
        assert _texts(hello) == ["hello"] and hello[0].position.offset == 6
        assert follower.poll() == []
        _append(log, b"ld\n")
        assert [(line.text, line.number) for line in follower.poll()] == [("world", 2)]


def test_rotation_by_rename_returns_the_old_files_last_lines_once_and_in_order(tmp_path: Path) -> None:
    log, rotated = tmp_path / "access.log", tmp_path / "access.log.1"
    log.write_bytes(b"1\n2\n")
    with Follower([str(log)]) as follower:
        assert _texts(follower.poll()) == ["1", "2"]
        old_inode = os.stat(log).st_ino
        _append(log, b"3\n4\nhalf")  # written by the server right before logrotate renames the file
        log.rename(rotated)
        log.write_bytes(b"new-1\nnew-2\n")  # logrotate `create`, then the server reopens and writes
        got = follower.poll()
        assert [(line.text, line.number) for line in got] == [
            ("3", 3), ("4", 4), ("half", 5), ("new-1", 1), ("new-2", 2)]
        assert [line.position.inode for line in got[:3]] == [old_inode] * 3
        assert {line.position.inode for line in got[3:]} == {os.stat(log).st_ino} != {old_inode}
        assert got[2].position.offset == rotated.stat().st_size
        assert follower.rotations == 1
        assert follower.poll() == []
        _append(rotated, b"late\n")  # the old generation is finished with: not read again
        _append(log, b"new-3\n")
        assert [(line.text, line.number) for line in follower.poll()] == [("new-3", 3)]


def test_rename_then_new_file_created_later(tmp_path: Path) -> None:
    log, rotated = tmp_path / "access.log", tmp_path / "access.log.1"
    log.write_bytes(b"a\n")
    with Follower([str(log)]) as follower:
        assert _texts(follower.poll()) == ["a"]
        _append(log, b"b\n")
        log.rename(rotated)
        assert _texts(follower.poll()) == ["b"]  # path gone: what we hold is still read
        _append(rotated, b"c\n")  # the server writes to the renamed file until it reopens
        assert _texts(follower.poll()) == ["c"]
        assert follower.poll() == [] and follower.rotations == 0
        log.write_bytes(b"d\n")
        assert [(line.text, line.number) for line in follower.poll()] == [("d", 1)]
        assert follower.rotations == 1


def test_rotation_by_truncation_restarts_and_reports_the_dropped_partial(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"one\ntwo\npart")
    with Follower([str(log)]) as follower:
        assert _texts(follower.poll()) == ["one", "two"]
        inode = os.stat(log).st_ino
        with log.open("r+b") as f:  # logrotate copytruncate: same file, emptied in place
            f.truncate(0)
        _append(log, b"fresh\n")
        got = follower.poll()
        assert [(line.text, line.number, line.position.offset) for line in got] == [("fresh", 1, 6)]
        assert got[0].position.inode == inode
        assert follower.truncations == 1 and follower.rotations == 0
        assert follower.discarded_partials == [(str(log), 3)]
        _append(log, b"next\n")
        assert [(line.text, line.number) for line in follower.poll()] == [("next", 2)]


def test_a_missing_file_is_waited_for_and_picked_up_when_it_reappears(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    with Follower([str(log)], start_at="end") as follower:
        assert follower.poll() == [] and follower.poll() == []
        log.write_bytes(b"first\n")  # appeared after start: new, so read whole even with start_at="end"
        assert _texts(follower.poll()) == ["first"]
        log.unlink()
        assert follower.poll() == []
        log.write_bytes(b"again\n")
        assert [(line.text, line.number) for line in follower.poll()] == [("again", 1)]
        assert follower.rotations == 1


def test_start_at_end_skips_what_is_there_and_numbers_lines_in_the_file(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"old-1\nold-2\nhal")  # the server is half-way through a line
    with Follower([str(log)], start_at="end") as follower:
        assert follower.poll() == []
        _append(log, b"f\nnew\n")
        assert [(line.text, line.number) for line in follower.poll()] == [("half", 3), ("new", 4)]


def test_start_at_end_on_a_file_ending_in_a_newline(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"x\n" * 3000)  # more than a read chunk or two would be, in lines
    with Follower([str(log)], start_at="end") as follower:
        assert follower.poll() == []
        _append(log, b"after\n")
        assert [(line.text, line.number, line.position.offset) for line in follower.poll()] == [
            ("after", 3001, 6006)]


def test_resume_from_a_saved_position_repeats_and_loses_nothing(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"l1\nl2\nl3\n")
    with Follower([str(log)]) as first:
        got = first.poll()
        saved = got[1].position  # only l1 and l2 were handled (sent, acknowledged) before the stop
    _append(log, b"l4\nl5")
    with Follower([str(log)], start_at="end", positions={str(log): saved}) as second:
        resumed = second.poll()
        assert [(line.text, line.number) for line in resumed] == [("l3", 3), ("l4", 4)]
        assert second.stale_positions == []
        _append(log, b"\n")
        assert [(line.text, line.number) for line in second.poll()] == [("l5", 5)]
        everything = second.positions()[str(log)]
    with Follower([str(log)], positions={str(log): everything}) as third:
        assert third.poll() == []  # the file's whole content was already handled
        _append(log, b"l6\n")
        assert [(line.text, line.number) for line in third.poll()] == [("l6", 6)]


def test_a_stale_position_reads_the_new_file_from_the_start(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"a\nb\n")
    with Follower([str(log)]) as first:
        saved = first.poll()[-1].position
    replacement = tmp_path / "access.log.new"
    replacement.write_bytes(b"new-1\nnew-2\nnew-3\n")
    os.replace(replacement, log)  # rotated while we were down: a different file at the path
    assert os.stat(log).st_ino != saved.inode
    with Follower([str(log)], start_at="end", positions={str(log): saved}) as second:
        assert [(line.text, line.number) for line in second.poll()] == [("new-1", 1), ("new-2", 2), ("new-3", 3)]
        assert second.stale_positions == [str(log)]


def test_a_position_that_no_longer_fits_the_same_inode_reads_from_the_start(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"aaaa\nbbbb\n")
    with Follower([str(log)]) as first:
        saved = first.poll()[-1].position
    with log.open("r+b") as f:  # copytruncate while we were down; the file was then rewritten shorter...
        f.truncate(0)
        f.write(b"c\n")
    with Follower([str(log)], positions={str(log): saved}) as second:
        assert [(line.text, line.number) for line in second.poll()] == [("c", 1)]
    with log.open("ab") as f:  # ...or longer, so the saved offset no longer falls just after a newline
        f.write(b"dddddddddd\n")
    with Follower([str(log)], positions={str(log): saved}) as third:
        assert _texts(third.poll()) == ["c", "dddddddddd"]
        assert third.stale_positions == [str(log)]


def test_overlong_lines_are_skipped_and_reported(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"short\n" + b"x" * 50 + b"\nok\n" + b"y" * 11 + b"\n" + b"z" * 10 + b"\n")
    with Follower([str(log)], max_line_bytes=10) as follower:
        got = follower.poll()
        assert [(line.text, line.number) for line in got] == [("short", 1), ("ok", 3), ("z" * 10, 5)]
        assert follower.overlong == [(str(log), 2), (str(log), 4)]


def test_an_overlong_line_arriving_in_pieces_is_skipped_with_a_small_read_budget(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"")
    with Follower([str(log)], max_line_bytes=16, read_budget=7) as follower:
        for _ in range(20):
            _append(log, b"q" * 9)  # a line that keeps growing, never buffered past the limit
            assert follower.poll() == []
        assert follower.overlong == [(str(log), 1)]  # reported once, before its newline arrives
        _append(log, b"q\nafter\n")
        got = _drain(follower, log.stat().st_size, 7)
        assert [(line.text, line.number) for line in got] == [("after", 2)]
        assert got[0].position.offset == log.stat().st_size
        assert follower.overlong == [(str(log), 1)]


def test_a_poll_reads_a_bounded_amount_and_later_polls_the_rest(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    payload = [f"line-{i:04d}" for i in range(200)]
    log.write_bytes("".join(f"{p}\n" for p in payload).encode())
    with Follower([str(log)], read_budget=64) as follower:
        first = follower.poll()
        assert 0 < len(first) <= 64 // len("line-0000\n")
        rest = _drain(follower, log.stat().st_size, 64)
        assert _texts(first + rest) == payload
        assert [line.number for line in first + rest] == list(range(1, 201))


def test_invalid_utf8_is_replaced_not_raised(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_bytes(b"caf\xe9\n\xff\xfe\n\xe2\x9c\x93\n")
    with Follower([str(log)]) as follower:
        assert _texts(follower.poll()) == ["caf\ufffd", "\ufffd\ufffd", "\u2713"]


def test_several_files_each_in_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a.log", tmp_path / "b.log"
    a.write_bytes(b"a1\n")
    with Follower([str(a), str(b), str(a)]) as follower:  # a path listed twice is followed once
        assert [(line.path, line.text) for line in follower.poll()] == [(str(a), "a1")]
        b.write_bytes(b"b1\nb2\n")
        _append(a, b"a2\n")
        assert [(line.path, line.text) for line in follower.poll()] == [
            (str(a), "a2"), (str(b), "b1"), (str(b), "b2")]


# --- a writer that appends in arbitrary pieces and rotates by rename, polled at arbitrary moments ---

steps = st.lists(st.one_of(
    st.tuples(st.just("write"), st.binary(max_size=12).map(lambda b: b.replace(b"\r", b"."))
              | st.sampled_from([b"\n", b"line\n", b"a\nb", b"\n\n"])),
    st.just(("rotate", b"")),
    st.just(("poll", b"")),  # catch up fully
    st.just(("peek", b"")),  # one poll: with a small budget the follower stays behind
), max_size=40)


@settings(max_examples=150, deadline=None)
@given(steps, st.sampled_from([3, 16, 1 << 20]))
def test_every_line_written_across_rename_rotations_comes_back_once_in_order(
        script: list[tuple[str, bytes]], budget: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "access.log"
        log.write_bytes(b"")
        generations: list[bytes] = [b""]
        seen: list[Line] = []
        unread = rotations = 0
        caught_up = True
        with Follower([str(log)], read_budget=budget) as follower:
            for action, data in script:
                if action == "write":
                    _append(log, data)
                    generations[-1] += data
                    unread += len(data)
                elif action == "rotate" and caught_up:
                    # one rotation per catch-up at most: a second would rename away, unseen, the file
                    # the first one created (tail -F cannot see it either)
                    rotations += 1
                    log.rename(log.with_name(f"access.log.{rotations}"))
                    log.write_bytes(b"")
                    generations.append(b"")
                    caught_up = False
                elif action == "poll":
                    seen += _drain(follower, unread, budget)
                    unread, caught_up = 0, True
                elif action == "peek":
                    seen += follower.poll()
            seen += _drain(follower, unread, budget)
            assert follower.rotations == rotations
        expected: list[tuple[str, int, int]] = []
        for i, content in enumerate(generations):
            *complete, last = content.split(b"\n")
            offset = 0
            for number, piece in enumerate(complete, start=1):
                offset += len(piece) + 1
                expected.append((piece.decode("utf-8", "replace"), number, offset))
            if last and i < len(generations) - 1:  # a rotated file's unfinished last line ends with it
                expected.append((last.decode("utf-8", "replace"), len(complete) + 1, len(content)))
        assert [(line.text, line.number, line.position.offset) for line in seen] == expected
