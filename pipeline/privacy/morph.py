"""pymorphy3's Russian dictionary for the name detector, with its word graphs memory-mapped, not read: every worker
process then holds one copy of them between them, the page cache's, instead of a private copy each.

Why: `logwarden worker --processes N` starts N interpreters (pipeline/worker.py, subprocess, not fork), so nothing a
parent loads is inherited. pymorphy3 with its pure-Python graph reader (DAWG-Python, `dawg_python`) reads its three
DAWG files of the OpenCorpora dictionary (`words.dawg` 7.4 MB, `prediction-suffixes-*.dawg` 4 MB, the probability
estimator's `p_t_given_w.intdawg` 2.9 MB) into `array.array`s: about 15 of the 20 MB that the analyzer costs each
process (measured 2026-12-07, docs/benchmarks.md). The reader only ever indexes those arrays (`units[i]`,
`len(units)`), and a read-only `memoryview` cast to the same type code over a shared `mmap` of the same bytes answers
both identically; so `analyzer()` builds pymorphy3's `MorphAnalyzer` while `dawg_python`'s two readers
(`Dictionary.read`, `Guide.read`) map instead of read. The analyzer, its answers and the files are pymorphy3's own,
unchanged (no copy to build, nothing to go stale): only where the bytes live changes. The rest (its table of tags,
paradigms and suffixes, about 5 MB of Python objects) stays private.

Where the mapping cannot be made (pymorphy3 using the C `DAWG` extension, which keeps graphs in its own memory; a
`dawg_python` whose readers are not the two this module knows), the analyzer is built as pymorphy3 builds it and
one line is logged: the same answers, only private memory. Loaded once per process, on the first Cyrillic run the
name detector looks at, never at import. Edge: it maps files, and it replaces the two readers only while it builds
the analyzer, under a lock.
"""

from __future__ import annotations

import logging
import mmap
import os
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any, Literal

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_LOADED: list[Any] = []


def analyzer() -> Any:
    """The process's `pymorphy3.MorphAnalyzer`, built once, its DAWGs mapped where they can be."""
    with _LOCK:
        if not _LOADED:
            _LOADED.append(_build())
        return _LOADED[0]


def _build() -> Any:
    import pymorphy3
    from pymorphy3 import dawg

    if dawg.EXTENSION_AVAILABLE:
        log.info("pymorphy3 reads its dictionary with the DAWG C extension: each process keeps its own copy")
        return pymorphy3.MorphAnalyzer()
    try:
        from dawg_python import wrapper
    except ImportError:  # pymorphy3 found a reader this module does not know
        return pymorphy3.MorphAnalyzer()
    if not all(callable(getattr(getattr(wrapper, name, None), "read", None)) for name in ("Dictionary", "Guide")):
        log.info("dawg_python has no Dictionary.read and Guide.read: pymorphy3's dictionary is read, not mapped")
        return pymorphy3.MorphAnalyzer()
    with mapped_readers(wrapper):
        return pymorphy3.MorphAnalyzer()


def units(handle: IO[bytes], typecode: Literal["I", "B"], count: int) -> memoryview:
    """`count` items of `typecode` from `handle`'s position, as a read-only view of those bytes of the file mapped
    (from the page before them: a dictionary's units and its guide's share at most that page); the handle is left
    after them, where reading them would have left it. ValueError when the file is shorter."""
    start = handle.tell()
    size = count * struct.calcsize(typecode)
    if start + size > os.fstat(handle.fileno()).st_size:
        raise ValueError(f"{getattr(handle, 'name', 'a DAWG file')}: {count} units expected at byte {start}")
    handle.seek(start + size)
    if size == 0:
        return memoryview(b"").cast(typecode)
    page = start - start % mmap.ALLOCATIONGRANULARITY
    mapping = mmap.mmap(handle.fileno(), start + size - page, offset=page, access=mmap.ACCESS_READ)
    return memoryview(mapping)[start - page:].cast(typecode)  # the view keeps the mapping open while the graph lives


@contextmanager
def mapped_readers(wrapper: Any) -> Iterator[None]:
    """While it lasts, `dawg_python`'s `Dictionary.read` and `Guide.read` map the units they would read (the same
    header, the same type codes: "I" for a dictionary's units, "B" for a guide's two bytes a unit)."""

    def reader(typecode: Literal["I", "B"], per_unit: int) -> Callable[[Any, IO[bytes]], None]:
        def read(self: Any, handle: IO[bytes]) -> None:
            count = struct.unpack("=I", handle.read(4))[0] * per_unit
            self._units = units(handle, typecode, count)

        return read

    saved = {name: getattr(wrapper, name).read for name in ("Dictionary", "Guide")}
    wrapper.Dictionary.read = reader("I", 1)
    wrapper.Guide.read = reader("B", 2)
    try:
        yield
    finally:
        for name, read in saved.items():
            getattr(wrapper, name).read = read
