"""First names and surnames from real-world name statistics, for finding names in prose without a cue.

Source: the `names-dataset` package (Philippe Remy, MIT; PyPI), per-country first-name and surname statistics
derived from a large real-world sample (730,000 first names and 980,000 surnames over 105 countries, each with its
rank of frequency in each country). The package is 56 MB on disk and loads into about 1.9 GB of memory in
14 s: far too much for a worker. So `python -m pipeline.privacy.lexicon` (run by `make native` / `make install`)
builds a compact lexicon once, into `build/lexicon/<digest>.txt` (ignored by git):

- per country of the default audience (`audience.DEFAULT_REGIONS` that the data covers), the `TOP_FIRST` most
  frequent first names and the `TOP_LAST` most frequent surnames;
- each name lowercased and without its accents ("Müller" as "muller"), with its best (smallest) rank over
  those countries;
- Thai given and family names from PyThaiNLP's name lists (names-dataset holds none in Thai script), unranked;
- written as one marisa-trie `RecordTrie` (the `marisa-trie` package, a maintained binding of the MARISA C++
  library): keys `f<name>` and `l<name>`, each with its rank as an unsigned 16-bit record; `F<name>` and `L<name>`
  for the names of scripts without case ranked among their own script (`_top`); `w<word>` for ordinary words.

The digest names the build: a new package version, a new `TOP_*` or a change of the country list makes another
file, so a stale lexicon is never read. `load()` maps the file once per process (`mmap`), on the first run of
capitalized words the name detector scores, never at import. `logwarden worker --processes N` starts N separate
interpreters (pipeline/worker.py, subprocess, not fork), so nothing loaded before could be inherited anyway;
mapping instead of reading means their pages are the page cache's: N workers hold one 1.1 MB copy between them.
A forking server may call `preload()` before it forks all the same. When the file is missing or unreadable (the
package not installed, the build not run, marisa-trie missing), `load()` returns an empty lexicon and logs one
line: detection then falls back to cues only, never crashes.

Measured (this machine, 2026-12): the build takes about 16 s and 2 GB of memory once; the lexicon (49,000 first
names, 159,000 surnames) is a 1.1 MB file, mapped in 1 ms, about 4 MB of process memory with marisa-trie's
module (a whole Redactor with the lexicon and pymorphy3's dictionary: 50 MB); a look-up costs about 1 microsecond
(the detector caches its answers per word). Reading the package itself instead would cost 1.9 GB and 14 s.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import pickle
import unicodedata
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.privacy.audience import DEFAULT_LANGUAGES, DEFAULT_REGIONS
from pipeline.settings import PROJECT_ROOT

log = logging.getLogger(__name__)

#: How many of each country's most frequent first names and surnames go into the lexicon. Measured (2026-12) on
#: 50 full names of 30 countries written for logwarden, in "<name> called yesterday", and on the 17,088 texts of
#: tests/pipeline/privacy/detectors/test_name_false_positives.py:
#:   500/1,500: 427 KB, 92 % found; 1,500/4,000: 1.1 MB, 96 %; 3,000/8,000: 2.1 MB, 96 %; 6,000/16,000: 4 MB, 98 %;
#: false positives 0.02 % at every size (the rules, not the lexicon's size, keep non-names out). Bare names with no
#: neighbour: 84 % at every size (the scorer's threshold of 4 wants well-ranked names there; a threshold of 3 finds
#: 90 % but reads 0.9 % of the non-person phrases as names: "Mark File", "Aurora Prime").
TOP_FIRST = 1500
TOP_LAST = 4000
#: How many of each audience language's most frequent words (wordfreq: Robyn Speer's word frequencies from
#: subtitles, Wikipedia, news and the web, a maintained package on PyPI) mark a word as an ordinary one.
TOP_WORDS = 20000
_WORDS_PACKAGE = "wordfreq"
#: Audience languages whose frequent words are left out: Catalan's everyday words are many of its surnames (Casals,
#: Riera, Puig, Serra, Vila), and an ordinary word is no surname to the name scorer (audience.py).
WORDLESS_LANGUAGES = frozenset({"ca"})
#: Thai given and family names: the lists of PyThaiNLP's corpus (Apache-2.0), files of the package read at build time
#: (never imported). They hold no frequencies, so every name has `THAI_RANK`: known, not ranked.
_THAI_PACKAGE = "pythainlp"
_THAI_FILES = {"F": ("person_names_female_th.txt", "person_names_male_th.txt"), "L": ("family_names_th.txt",)}
THAI_RANK = 1000
BUILD_ROOT = PROJECT_ROOT / "build" / "lexicon"
_PACKAGE = "names-dataset"


class Lexicon:
    """Best rank of each first name and surname (lowercase, unaccented) over the audience's countries."""

    __slots__ = ("_trie",)

    def __init__(self, trie: Any = None) -> None:
        self._trie = trie

    def __bool__(self) -> bool:
        return self._trie is not None

    def _rank(self, key: str) -> int | None:
        if self._trie is None:
            return None
        found = self._trie.get(key)
        return int(found[0][0]) if found else None

    def first_rank(self, word: str) -> int | None:
        """The best rank of the word as a first name, or None when it is none of the lexicon's."""
        return self._rank("f" + fold(word))

    def last_rank(self, word: str) -> int | None:
        """The best rank of the word as a surname, or None when it is none of the lexicon's."""
        return self._rank("l" + fold(word))

    def native_first_rank(self, word: str) -> int | None:
        """The best rank of the word as a first name, also among the names written in its own script without case
        ("सुनीता" among Devanagari names in India)."""
        key = fold(word)
        return _best(self._rank("f" + key), self._rank("F" + key))

    def native_last_rank(self, word: str) -> int | None:
        """The best rank of the word as a surname, also among the surnames written in its own script without
        case."""
        key = fold(word)
        return _best(self._rank("l" + key), self._rank("L" + key))

    def names(self, tag: str) -> list[str]:
        """Every name under a tag of the file ("f", "l", "F", "L"), folded: for a detector's in-memory pre-filter."""
        if self._trie is None:
            return []
        return [key[len(tag):] for key in self._trie.keys(tag)]

    def word_rank(self, word: str) -> int | None:
        """The word's best rank among the audience languages' `TOP_WORDS` most frequent words, or None."""
        return self._rank("w" + fold(word))

    def common(self, word: str) -> bool:
        """The word is among the `TOP_WORDS` most frequent words of a language of the audience ("cluster",
        "station"): a capitalized one is a product's or a place's word more often than a surname nobody ranks."""
        return self._rank("w" + fold(word)) is not None


#: The Arabic script's letters that Arabic, Persian and Urdu write differently, or with and without a hamza, as one
#: (ك ک -> ک, ي ى ی -> ی, ة ه ہ ۀ -> ه, أ إ آ ٱ -> ا), and the tatweel dropped: "عائشہ" and "عائشة" are one name,
#: as "Müller" and "Muller" are.
_ARABIC_FOLD = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی", "ة": "ه", "ہ": "ه", "ۀ": "ه", "ە": "ه", "أ": "ا",
                              "إ": "ا", "آ": "ا", "ٱ": "ا", "ـ": None})


def _best(one: int | None, other: int | None) -> int | None:
    return one if other is None else other if one is None else min(one, other)


def fold(word: str) -> str:
    """The lexicon's form of a word: lowercase, without combining accents ("Müller" -> "muller"), the Arabic
    script's variant letters as one (`_ARABIC_FOLD`)."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch))
    return folded.translate(_ARABIC_FOLD) if folded and max(folded) >= "\u0600" else folded


def _package_version(package: str = _PACKAGE) -> str | None:
    """The installed version of a package (names-dataset by default), None when it is not installed."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _thai_names() -> dict[str, dict[str, int]]:
    """PyThaiNLP's given and family names by tag ("F", "L"), folded, each at `THAI_RANK` (none when the package is
    not installed: Thai names are then found after a cue only)."""
    try:
        package = metadata.distribution(_THAI_PACKAGE)
    except metadata.PackageNotFoundError:
        return {}
    found: dict[str, dict[str, int]] = {}
    for tag, files in _THAI_FILES.items():
        for name in files:
            path = Path(str(package.locate_file(f"pythainlp/corpus/{name}")))
            for line in path.read_text(encoding="utf-8").splitlines():
                if len(line.strip()) >= 2:
                    found.setdefault(tag, {})[fold(line.strip())] = THAI_RANK
    return found


def digest() -> str | None:
    """The build's name: the package version, the sizes, the countries and this module's build code."""
    version = _package_version()
    if version is None:
        return None
    words, thai = (_package_version(package) or "none" for package in (_WORDS_PACKAGE, _THAI_PACKAGE))
    key = (f"{version}|{TOP_FIRST}|{TOP_LAST}|{','.join(sorted(DEFAULT_REGIONS))}|{words}|{TOP_WORDS}|"
           f"{','.join(sorted(DEFAULT_LANGUAGES))}|-{','.join(sorted(WORDLESS_LANGUAGES))}|{thai}|{THAI_RANK}|marisa-9")
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def path() -> Path | None:
    name = digest()
    return None if name is None else BUILD_ROOT / f"{name}.marisa"


def _script(name: str) -> str:
    """The Unicode script of a name's first letter, by its character name's first word ("LATIN", "ARABIC", "CJK")."""
    for ch in name:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split(" ", 1)[0]
    return "?"


def _caseless(name: str) -> bool:
    """The name's first letter has no case (`uncased`)."""
    letter = next((ch for ch in name if ch.isalpha()), "")
    return bool(letter) and uncased(letter)


def uncased(letter: str) -> bool:
    """A letter of a script names are written without capitals in: neither upper nor lower (Arabic, Hebrew,
    Devanagari, Han, Hangul), or Georgian's Mkhedruli, whose capitals (Mtavruli, given by Unicode 11) names are never
    written in."""
    return (not letter.isupper() and not letter.islower()) or "\u10d0" <= letter <= "\u10ff"


def _top(table: dict[str, dict[str, object]], top: int,
         countries: frozenset[str]) -> tuple[dict[str, int], dict[str, int]]:
    """The `top` best-ranked names of each country, folded, with their best rank; and apart, per country, the `top`
    best-ranked names of each script without case (Arabic, Hebrew, Devanagari, Han, Hangul...), ranked among
    that script's names only. Apart, because the rules measured on the first ranks read only those; the rule of
    names without a cue in those scripts (`Lexicon.native_first_rank`) reads both.

    Why the second list: the source counts names as people wrote them on a social network, and in India, Iran,
    Israel, the Arab countries, Bangladesh or Korea many write theirs in Latin letters, so a country's top ranks
    are mostly Latin: in India the most frequent Devanagari first name ("राहुल") ranks 1,000th or so overall and
    the 100th more than 6,000th, below `TOP_FIRST`. A name typed in its own script is ranked among the names
    typed in that script: "सुनीता" is a frequent Devanagari first name whatever the Latin ones do."""
    best: dict[str, int] = {}
    native: dict[str, int] = {}
    by_script: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for name, info in table.items():
        ranks = info.get("rank")
        if not isinstance(ranks, dict) or " " in name or len(name) < 2:
            continue
        key = fold(name)
        if not any(ch.isalpha() for ch in key):
            continue
        ranked = [r for c, r in ranks.items() if c in countries and isinstance(r, int) and r <= top]
        if ranked:
            best[key] = min(best.get(key, top + 1), min(ranked))
        if not key.isascii() and _caseless(name):
            for country, rank in ranks.items():
                if country in countries and isinstance(rank, int):
                    by_script.setdefault((country, _script(name)), []).append((rank, key))
    for ranked_names in by_script.values():
        ranked_names.sort()
        for rank, (_, key) in enumerate(ranked_names[:top], start=1):
            native[key] = min(native.get(key, rank), rank)
    return best, native


def build(target: Path | None = None) -> Path:
    """Read the package's tables once and write the compact lexicon; returns its path."""
    import marisa_trie
    import names_dataset  # the source package: only at build time

    target = target or path()
    if target is None:
        raise RuntimeError(f"{_PACKAGE} is not installed")
    data = Path(names_dataset.__file__).with_name("v3")
    countries = frozenset(DEFAULT_REGIONS)
    items: list[tuple[str, tuple[int]]] = []
    thai = _thai_names()  # read once for both tags
    for tag, filename, top in (("f", "first_names.pkl.gz", TOP_FIRST), ("l", "last_names.pkl.gz", TOP_LAST)):
        with gzip.open(data / filename, "rb") as handle:
            table = pickle.load(handle)  # noqa: S301 - the installed package's own file
        best, native = _top(table, top, countries)
        for name, rank in thai.get(tag.upper(), {}).items():
            native[name] = min(native.get(name, rank), rank)
        items.extend((tag + name, (min(rank, 65535),)) for name, rank in sorted(best.items()))
        items.extend((tag.upper() + name, (rank,)) for name, rank in sorted(native.items()))
        del table
    items.extend(("w" + word, (rank,)) for word, rank in sorted(_common_words().items()))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    marisa_trie.RecordTrie("<H", items).save(str(tmp))
    tmp.replace(target)
    return target


def _common_words() -> dict[str, int]:
    """The `TOP_WORDS` most frequent words of each audience language wordfreq knows, folded, with their best rank
    (none when wordfreq is not installed: the name detector then asks only the name ranks)."""
    try:
        import wordfreq
    except ImportError:
        return {}
    best: dict[str, int] = {}
    known = set(wordfreq.available_languages())
    for language in sorted({lang.split("-", 1)[0] for lang in DEFAULT_LANGUAGES} & known - WORDLESS_LANGUAGES):
        for rank, word in enumerate(wordfreq.top_n_list(language, TOP_WORDS), start=1):
            if all(unicodedata.category(ch)[0] in "LM" for ch in word):  # with the vowel signs of Indic words
                key = fold(word)
                best[key] = min(best.get(key, rank), rank)
    return best


_LOADED: list[Lexicon] = []


def load() -> Lexicon:
    """The process's lexicon, read once; an empty one (cues only) with one log line when it cannot be read."""
    if _LOADED:
        return _LOADED[0]
    lexicon = Lexicon()
    where = path()
    try:
        if where is None:
            raise FileNotFoundError(f"{_PACKAGE} is not installed")
        import marisa_trie

        trie = marisa_trie.RecordTrie("<H")
        trie.mmap(str(where))
        lexicon = Lexicon(trie)
    except (OSError, ValueError, ImportError, RuntimeError) as exc:
        log.warning("name lexicon unavailable (%s): names without a cue are not looked for; "
                    "run `python -m pipeline.privacy.lexicon`", exc)
    _LOADED.append(lexicon)
    return lexicon


def preload() -> None:
    """Load the lexicon now (a server calls this before it forks its workers, so they share it)."""
    load()


def main() -> int:
    where = path()
    if where is None:
        print(f"name lexicon: {_PACKAGE} is not installed; names without a cue will not be looked for")
        return 0
    if where.exists():
        print(f"name lexicon: {where} is up to date")
        return 0
    try:
        built = build(where)
    except Exception as exc:  # noqa: BLE001 - a failed build leaves detection on cues only, never breaks make
        print(f"name lexicon: not built ({exc}); names without a cue will not be looked for")
        return 0
    print(f"name lexicon: {built} ({built.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
