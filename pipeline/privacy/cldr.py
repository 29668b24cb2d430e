"""The few CLDR words the detectors read (territory names, month and weekday names), built once from Babel into a
small file, so a worker never loads Babel's locale data.

Why: Babel answers `Locale.parse("de").territories` by unpickling the locale's whole CLDR file (and its parents'):
for the default audience's fifty languages that is about 55 MB of objects in every worker process, of which the
detectors keep a few thousand words (pipeline/privacy/detectors/name.py: one-word place names and calendar words;
birth_date.py: month names). `python -m pipeline.privacy.cldr` (run by `make native` / `make install`) writes those
words for every language of the default audience (`audience.DEFAULT`, its tags and their base languages) into
`build/lexicon/cldr-<digest>.json` (ignored by git, beside the name lexicon), about 0.3 MB.

Never stale: the digest is the SHA-256 of Babel's version, the languages and this module's own source, so a new
Babel (new CLDR data), another language list or a change of what is extracted names another file, and the old one
is never read. `words(language)` reads the file once per process, on the first call (never at import); a language
the file does not hold (an audience configured beyond the default) or a missing or unreadable file falls back to
Babel itself, which gives the same words: detection never depends on whether the build ran, only the memory does.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.privacy.audience import DEFAULT
from pipeline.privacy.lexicon import BUILD_ROOT

log = logging.getLogger(__name__)

_CONTEXTS = ("format", "stand-alone")


@dataclass(frozen=True, slots=True)
class LocaleWords:
    """A language's CLDR words as Babel gives them (both the format and the stand-alone forms), unaltered: each
    detector lowers and filters them its own way."""

    territories: tuple[str, ...]
    months_wide: tuple[str, ...]
    months_abbreviated: tuple[str, ...]
    days_wide: tuple[str, ...]


def languages() -> tuple[str, ...]:
    """The languages the file holds: the default audience's tags and their base languages ("pt-BR" and "pt")."""
    return tuple(sorted(DEFAULT.base_languages))


def digest() -> str | None:
    """The build's name (None when Babel is not installed): Babel's version, the languages, this module's source."""
    try:
        version = metadata.version("babel")
    except metadata.PackageNotFoundError:
        return None
    key = f"{version}|{','.join(languages())}|".encode() + Path(__file__).read_bytes()
    return hashlib.sha256(key).hexdigest()[:16]


def path() -> Path | None:
    name = digest()
    return None if name is None else BUILD_ROOT / f"cldr-{name}.json"


def from_babel(language: str) -> LocaleWords | None:
    """The words straight from Babel's CLDR data (what the file holds); None when CLDR has no such locale or Babel
    is not installed."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:
        return None
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None

    def both(names: Any, width: str) -> tuple[str, ...]:  # Babel's LocaleDataDict: context -> width -> names
        return tuple(name for context in _CONTEXTS for name in names[context][width].values())

    return LocaleWords(territories=tuple(locale.territories.values()), months_wide=both(locale.months, "wide"),
                       months_abbreviated=both(locale.months, "abbreviated"), days_wide=both(locale.days, "wide"))


def build(target: Path | None = None) -> Path:
    """Write the words of every language of `languages()` (null for one CLDR lacks); returns the file's path."""
    target = target or path()
    if target is None:
        raise RuntimeError("Babel is not installed")
    table = {}
    for language in languages():
        found = from_babel(language)
        table[language] = None if found is None else {
            "territories": found.territories, "months_wide": found.months_wide,
            "months_abbreviated": found.months_abbreviated, "days_wide": found.days_wide}
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(target)
    return target


_LOADED: list[dict[str, LocaleWords | None]] = []


def read(where: Path) -> dict[str, LocaleWords | None]:
    """A built file's words by language; OSError, ValueError or TypeError when it cannot be read as one."""
    raw = json.loads(where.read_text(encoding="utf-8"))
    return {language: None if entry is None else LocaleWords(**{k: tuple(v) for k, v in entry.items()})
            for language, entry in raw.items()}


def _built() -> dict[str, LocaleWords | None]:
    """The process's built words by language, read once; empty (everything from Babel) when they cannot be read."""
    if _LOADED:
        return _LOADED[0]
    table: dict[str, LocaleWords | None] = {}
    where = path()
    try:
        if where is None:
            raise FileNotFoundError("Babel is not installed")
        table = read(where)
    except (OSError, ValueError, TypeError) as exc:
        log.info("CLDR words not built (%s): read from Babel; run `python -m pipeline.privacy.cldr`", exc)
    _LOADED.append(table)
    return table


def words(language: str) -> LocaleWords | None:
    """A language's CLDR words: from the built file when it holds the language, else from Babel."""
    table = _built()
    if language in table:
        return table[language]
    return from_babel(language)


def main() -> int:
    where = path()
    if where is None:
        print("CLDR words: Babel is not installed; nothing to build")
        return 0
    if where.exists():
        print(f"CLDR words: {where} is up to date")
        return 0
    built = build(where)
    print(f"CLDR words: {built} ({built.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
