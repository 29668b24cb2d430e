"""pipeline/privacy/morph.py: pymorphy3's analyzer with its word graphs mapped from the dictionary's files, so that
worker processes share their pages: its answers are pymorphy3's own, and a second process's private memory stays
small."""

from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pymorphy3
import pymorphy3_dicts_ru
import pytest
from dawg_python import wrapper

from pipeline.privacy import morph
from pipeline.settings import PROJECT_ROOT

#: Russian-looking words made of stems and endings (written for this test): dictionary words, name parts in their
#: case forms, and words no dictionary holds, so that the dictionary's graph and the prediction graphs are all read.
_STEMS = ("иван", "петров", "смирн", "кузнецов", "мар", "алексе", "город", "книг", "работ", "шмызгов", "трамблёв",
          "окн", "стол", "наташ", "сергеевич", "ольг", "дом", "пис", "зелён", "быстр")
_ENDINGS = ("", "а", "у", "ом", "ой", "ы", "ов", "ев", "ич", "на", "ая", "ого", "ему", "ых", "ами", "ий", "ия")
WORDS = tuple(stem + ending for stem, ending in itertools.product(_STEMS, _ENDINGS))

_DATA = Path(pymorphy3_dicts_ru.get_path())
_GRAPHS = tuple(sorted(p for p in _DATA.iterdir() if p.suffix in (".dawg", ".intdawg")))

# A process that measures its anonymous (never file-backed, so never shared) memory, loads the analyzer, reads every
# word, measures again, says so on stdout and waits for a line on stdin.
_CHILD = f"""
import json, sys
def anonymous():
    for line in open("/proc/self/smaps_rollup"):
        if line.startswith("Anonymous:"):
            return int(line.split()[1]) * 1024
from pipeline.privacy import morph
import pymorphy3
before = anonymous()
analyzer = morph.analyzer()
for word in {WORDS!r}:
    analyzer.parse(word)
print(json.dumps({{"anonymous": anonymous() - before}}), flush=True)
sys.stdin.readline()
"""


def _mapped(pid: int, files: tuple[Path, ...]) -> dict[str, int]:
    """The sums over a process's mappings of `files` of smaps' fields (kB): Rss, Shared_Clean, Private_Dirty..."""
    names = {str(f) for f in files}
    totals: dict[str, int] = {}
    inside = False
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if fields and not fields[0].endswith(":"):  # a mapping's header: address perms offset dev inode [path]
            inside = len(fields) >= 6 and fields[5] in names
        elif inside and len(fields) == 3 and fields[2] == "kB":
            totals[fields[0].rstrip(":")] = totals.get(fields[0].rstrip(":"), 0) + int(fields[1])
    return totals


def _start() -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", _CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=PROJECT_ROOT)


def _readings(analyzer: Any, word: str) -> list[tuple[str, str, float]]:
    return [(str(parse.tag), parse.normal_form, parse.score) for parse in analyzer.parse(word)]


def test_the_mapped_analyzer_reads_every_word_as_pymorphy3_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morph, "_LOADED", [])
    mapped = morph.analyzer()
    read = pymorphy3.MorphAnalyzer()
    assert isinstance(mapped.dictionary.words.dct._units, memoryview)  # the test would compare two readings else
    assert not isinstance(read.dictionary.words.dct._units, memoryview)  # the readers are restored after
    for word in WORDS:
        assert _readings(mapped, word) == _readings(read, word), word


def test_the_analyzer_is_built_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morph, "_LOADED", [])
    assert morph.analyzer() is morph.analyzer()


def test_a_second_process_shares_the_dictionarys_graphs_and_keeps_little_memory_of_its_own() -> None:
    assert _GRAPHS, f"no DAWG files in {_DATA}"
    graphs_bytes = sum(p.stat().st_size for p in _GRAPHS)
    first, second = _start(), _start()
    try:
        grown = [json.loads(child.stdout.readline())["anonymous"] for child in (first, second)]  # type: ignore[union-attr]
        maps = [_mapped(child.pid, _GRAPHS) for child in (first, second)]
    finally:
        for child in (first, second):
            child.communicate("\n", timeout=30)
    for used in maps:
        assert used.get("Rss", 0) >= 1024, used  # the words were read through the mapping...
        assert used.get("Private_Dirty", 0) == 0 and used.get("Anonymous", 0) == 0, used  # ...never copied
    # the pages both read are the page cache's, one copy for the two
    assert maps[1].get("Shared_Clean", 0) >= maps[1]["Rss"] // 2, maps[1]
    # the analyzer's own objects (tags, paradigms, suffixes: about 6 MB) stay private; reading the graphs into
    # arrays, as pymorphy3 does by itself, would add their whole size on top
    for anonymous in grown:
        assert anonymous < graphs_bytes, (anonymous, graphs_bytes)


def test_units_refuses_a_file_shorter_than_its_header_says(tmp_path: Path) -> None:
    short = tmp_path / "short.dawg"
    short.write_bytes(b"\x00" * 10)
    with short.open("rb") as handle, pytest.raises(ValueError, match="4 units expected at byte 0"):
        morph.units(handle, "I", 4)


def test_units_leaves_the_file_where_reading_would_have(tmp_path: Path) -> None:
    data = tmp_path / "units.dawg"
    payload = bytes(range(16))
    data.write_bytes(b"xx" + payload + b"tail")
    with data.open("rb") as handle:
        handle.seek(2)
        view = morph.units(handle, "B", 16)
        assert bytes(view) == payload
        assert handle.read() == b"tail"
    reread = wrapper.Guide()
    reread.read(io.BytesIO((8).to_bytes(4, sys.byteorder) + payload))  # dawg_python's own reader: the same units
    assert list(reread._units) == list(view)


def test_units_of_an_empty_graph_are_an_empty_view(tmp_path: Path) -> None:
    data = tmp_path / "empty.dawg"
    data.write_bytes(b"tail")
    with data.open("rb") as handle:
        assert len(morph.units(handle, "I", 0)) == 0
        assert handle.read() == b"tail"
