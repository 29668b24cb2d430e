"""The scrub/route core compiled to C with mypyc, used only when it was built from these very sources.

The core's remaining cost is Python's own dispatch: a visitor call and a dict lookup per field (issue 15).
mypyc (it ships with mypy) compiles the core's modules (`MODULES`: the compiled walk, pipeline/walk.py, and the
router, pipeline/scrub.py) as they are, type annotations and all, into extension modules that run the same code
for about a sixth less CPU an event. They are compiled together, in one mypyc run, so the router's calls into the
walk are native calls; a module added to `MODULES` is compiled with them (one line).

Never stale: a build is named after the digest of every module of `MODULES` (names and bytes, in order), in
`build/native/<digest>/`, and looked up by the digest of the sources as they are now. Each module is copied there
under a name of its own (`pipeline.scrub` -> `_pipeline_scrub_<digest>`), its imports of the other compiled
modules rewritten to their copies (so the compiled router runs the compiled walk, and both share one
`Reject`, one `Pseudonym`); an import of a compiled module in any other form is refused at build time. An edited
source has no build, so the pure modules run until the next `python -m pipeline.native` (every `make` target
that runs the pipeline calls it). Nothing is placed beside the sources, where Python would import an extension
in preference to them.

What differs when compiled: mypyc checks annotated types where a compiled function is called, so a value of a
wrong type raises `TypeError` instead of passing through; `Router.route` turns any error into an
`internal_error` DLQ outcome, and tests/pipeline/test_native.py holds the compiled core to the pure one's
outputs, byte for byte, on ordinary, malformed and mutated events.
"""

from __future__ import annotations

import ast
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

#: The modules compiled, as imported: each imports the others of the list only as `from <module> import …` (or
#: `from <package> import <module>`). The router's module must be among them. A module listed is a second copy of
#: itself in the process (the modules not listed import the pure one): one that keeps process state others read
#: (pipeline/privacy/audience.py, rules.py: the free-text state in use) may be listed only with every module that
#: reads or sets that state, or the compiled core would set one copy while the detectors read the other.
MODULES: tuple[str, ...] = ("pipeline.pseudonyms", "pipeline.walk", "pipeline.scrub")
ROUTER_MODULE = "pipeline.scrub"
#: Where builds are kept, one folder per source digest (build/ is the checkout's, ignored by git).
BUILD_ROOT = PROJECT_ROOT / "build" / "native"


def source_path(module: str) -> Path:
    """The source file of one of `MODULES`."""
    return PROJECT_ROOT.joinpath(*module.split(".")).with_suffix(".py")


def source_digest() -> str:
    """The first 16 hex digits of the SHA-256 of every module of `MODULES` as it is now: the name of its build."""
    digest = hashlib.sha256()
    for module in MODULES:
        digest.update(module.encode() + b"\0" + source_path(module).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def compiled_name(module: str, digest: str) -> str:
    """The name a module's copy is built and imported under: `pipeline.scrub` -> `_pipeline_scrub_<digest>`."""
    return f"_{module.replace('.', '_')}_{digest}"


def load(digest: str | None = None, module: str = ROUTER_MODULE) -> ModuleType | None:
    """One compiled module (the router's by default) built from the sources whose digest is given (the current
    ones by default), or None when there is no such build."""
    digest = digest or source_digest()
    folder = BUILD_ROOT / digest
    name = compiled_name(module, digest)
    if not any(folder.glob(f"{name}.*.so")):
        return None
    if str(folder) not in sys.path:
        sys.path.append(str(folder))
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def rewrite_imports(source: str, digest: str, path: str = "<source>") -> str:
    """The source with its imports of `MODULES` pointed at their compiled copies: `from pipeline.walk import X`
    becomes `from _pipeline_walk_<digest> import X`, and `from pipeline import walk` becomes
    `import _pipeline_walk_<digest> as walk`. Raises `RuntimeError` for `import pipeline.walk`, whose uses
    (`pipeline.walk.X`) a rewrite of the import cannot reach."""
    lines = source.splitlines(keepends=True)
    edits: list[tuple[int, int, int, int, str]] = []
    for node in ast.walk(ast.parse(source, path)):
        replacement = None
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in node.names)
            if node.module in MODULES:
                replacement = f"from {compiled_name(node.module, digest)} import {names}"
            elif any(f"{node.module}.{a.name}" in MODULES for a in node.names):
                kept = [a for a in node.names if f"{node.module}.{a.name}" not in MODULES]
                statements = [f"import {compiled_name(f'{node.module}.{a.name}', digest)} as {a.asname or a.name}"
                              for a in node.names if a not in kept]
                if kept:
                    rest = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in kept)
                    statements.insert(0, f"from {node.module} import {rest}")
                replacement = "; ".join(statements)
        elif isinstance(node, ast.Import) and any(a.name in MODULES for a in node.names):
            raise RuntimeError(f"{path}:{node.lineno}: import a compiled module as `from <module> import …`, "
                               "which its compiled copy can be given in its place")
        if replacement is not None and isinstance(node, ast.stmt):
            assert node.end_lineno is not None and node.end_col_offset is not None
            edits.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, replacement))
    for line, col, end_line, end_col, text in sorted(edits, reverse=True):  # from the end: earlier places hold
        first, last = lines[line - 1], lines[end_line - 1]
        lines[line - 1:end_line] = [first[:col] + text + last[end_col:]]
    return "".join(lines)


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
    """Compile the current `MODULES` together (about 15 s of gcc), unless they are built already; the build's
    folder. Raises `RuntimeError` with mypyc's output when it cannot build."""
    digest = source_digest()
    folder = BUILD_ROOT / digest
    if load(digest) is not None:
        return folder
    BUILD_ROOT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="building-", dir=BUILD_ROOT))
    try:
        copies = []
        for module in MODULES:
            source = source_path(module)
            copy = work / f"{compiled_name(module, digest)}.py"
            copy.write_text(rewrite_imports(source.read_text(encoding="utf-8"), digest, str(source)),
                            encoding="utf-8")
            copies.append(copy.name)
        env = {**os.environ, "MYPYPATH": str(PROJECT_ROOT)}
        done = subprocess.run([sys.executable, "-m", "mypyc", *copies], cwd=work, env=env,  # noqa: S603
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"mypyc could not build {', '.join(MODULES)}:\n{(done.stdout + done.stderr)[-3000:]}")
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
