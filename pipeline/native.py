"""The scrub/route core compiled to C with mypyc, used only when it was built from this very source.

The core's remaining cost is Python's own dispatch: a visitor call and a dict lookup per field (issue 15).
mypyc (it ships with mypy) compiles `pipeline/scrub.py` as it is, type annotations and all, into an extension
module that runs the same code for about a sixth less CPU an event.

Never stale: the extension is built from a copy of `scrub.py` named after the SHA-256 of its bytes
(`_scrub_<digest>`), in `build/native/<digest>/`, and looked up by the digest of the source as it is now. An
edited `scrub.py` has no build, so the pure module runs until the next `python -m pipeline.native` (every
`make` target that runs the pipeline calls it). Nothing is placed beside `scrub.py`, where Python would
import an extension in preference to the source.

What differs when compiled: mypyc checks annotated types where a compiled function is called, so a value of a
wrong type raises `TypeError` instead of passing through; `Router.route` turns any error into an
`internal_error` DLQ outcome, and tests/pipeline/test_native.py holds the compiled core to the pure one's
outputs, byte for byte, on ordinary, malformed and mutated events.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from pipeline.keyring import open_keyring
from pipeline.policy import Policy
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT, Settings

SOURCE = Path(__file__).with_name("scrub.py")
#: Where builds are kept, one folder per source digest (build/ is the checkout's, ignored by git).
BUILD_ROOT = PROJECT_ROOT / "build" / "native"


def source_digest() -> str:
    """The first 16 hex digits of the SHA-256 of `scrub.py` as it is now: the name of its build."""
    return hashlib.sha256(SOURCE.read_bytes()).hexdigest()[:16]


def _module_name(digest: str) -> str:
    return f"_scrub_{digest}"


def load(digest: str | None = None) -> ModuleType | None:
    """The compiled core built from the source whose digest is given (the current one by default), or None."""
    digest = digest or source_digest()
    folder = BUILD_ROOT / digest
    if not any(folder.glob(f"{_module_name(digest)}.*.so")):
        return None
    if str(folder) not in sys.path:
        sys.path.append(str(folder))
    try:
        return importlib.import_module(_module_name(digest))
    except ImportError:
        return None


def router_class() -> type[Router]:
    """The compiled `Router` when it is built from this source, else the pure one: the same outputs either way."""
    compiled = load()
    return Router if compiled is None else compiled.Router


def build_router(settings: Settings, policy: Policy, key: bytes | None = None, key_id: str = "",
                 activate: bool = True) -> Router:
    """The router a process runs (the worker, `logwarden scrub`): this source's core, with an epoch's key (the
    worker's per epoch, pipeline/worker.py), or the current epoch's from the keyring (pipeline/keyring.py).
    `activate=False` for a further version compiled beside the one in force (`Router.activate`)."""
    if key is None:
        ring = open_keyring(settings)
        epoch = ring.epoch_at(datetime.now(UTC))
        key, key_id = ring.key(epoch), epoch.key_id
    return router_class()(policy, key, key_id, settings.topic_prefix, settings.max_message_bytes, activate)


def build() -> Path:
    """Compile the current `scrub.py` (about 10 s of gcc), unless it is built already; the build's folder.

    Raises `RuntimeError` with mypyc's output when it cannot build."""
    digest = source_digest()
    folder = BUILD_ROOT / digest
    if load(digest) is not None:
        return folder
    BUILD_ROOT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="building-", dir=BUILD_ROOT))
    try:
        source = work / f"{_module_name(digest)}.py"
        shutil.copyfile(SOURCE, source)
        env = {**os.environ, "MYPYPATH": str(PROJECT_ROOT)}
        done = subprocess.run([sys.executable, "-m", "mypyc", source.name], cwd=work, env=env,  # noqa: S603
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"mypyc could not build {SOURCE}:\n{(done.stdout + done.stderr)[-3000:]}")
        # only the extension modules stay: a copy of the source beside them could be imported in their place
        for path in work.iterdir():
            if path.suffix != ".so":
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        shutil.rmtree(folder, ignore_errors=True)
        work.rename(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder


def main() -> int:
    """`python -m pipeline.native`: build the compiled core for this source; the pure core runs if it cannot."""
    try:
        folder = build()
    except (RuntimeError, OSError) as exc:
        print(f"the compiled scrub/route core was not built; the pure Python core runs instead: {exc}",
              file=sys.stderr)
        return 0
    if load() is None:
        print(f"the compiled scrub/route core in {folder} does not import; the pure Python core runs instead",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
