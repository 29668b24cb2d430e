"""The CLDR words built once from Babel (pipeline/privacy/cldr.py): the same words as Babel's, never a stale file,
and a worker that reads them never loads Babel's locale data."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline.privacy import cldr
from pipeline.settings import PROJECT_ROOT


def test_the_built_file_holds_babels_words_for_every_language(tmp_path: Path) -> None:
    built = cldr.read(cldr.build(tmp_path / "cldr.json"))
    assert set(built) == set(cldr.languages())
    for language in cldr.languages():
        assert built[language] == cldr.from_babel(language), language
    assert built["de"] is not None and "Österreich" in built["de"].territories and "Januar" in built["de"].months_wide


def test_a_language_the_file_does_not_hold_is_read_from_babel() -> None:
    assert "fo" not in cldr.languages()
    words = cldr.words("fo")
    assert words is not None and words == cldr.from_babel("fo") and "januar" in words.months_wide
    assert cldr.words("xx-not-a-language") is None


def test_the_files_name_changes_with_babels_version_the_languages_and_the_extraction(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never stale: new CLDR data (a new Babel), another language list or another extraction is another file."""
    first = cldr.digest()
    assert first is not None
    monkeypatch.setattr(cldr.metadata, "version", lambda package: "0.0.1")
    assert cldr.digest() != first
    monkeypatch.undo()
    monkeypatch.setattr(cldr, "languages", lambda: ("de", "en"))
    assert cldr.digest() != first
    monkeypatch.undo()
    edited = tmp_path / "cldr.py"
    edited.write_text(Path(cldr.__file__).read_text(encoding="utf-8") + "\n# another extraction\n", encoding="utf-8")
    monkeypatch.setattr(cldr, "__file__", str(edited))
    assert cldr.digest() != first
    monkeypatch.undo()
    assert cldr.digest() == first


def test_a_worker_reading_the_built_file_never_loads_babel() -> None:
    """Every detector warmed on texts with place, month and weekday names (the name and birth date detectors read
    CLDR's words): with the file built, Babel is never imported, so its locale data (55 MB for the default
    audience) is in no worker process."""
    subprocess.run([sys.executable, "-m", "pipeline.privacy.cldr"], cwd=PROJECT_ROOT, check=True, timeout=300)
    code = textwrap.dedent("""
        import sys
        from pipeline.privacy.redact import Redactor
        redactor = Redactor()
        for text in ("Anna Kowalska lives in Slovenija", "born 3 Januar 1985, geboren am 3. März 1985",
                     "Meán Fómhair Dé Domhnaigh with Seán Ó Briain", "Date of birth: 12 июля 1990",
                     "Ship to Goethestraße 7, 10115 Berlin", "Flora Tallinn and Austin Texas"):
            redactor.text(text)
        from pipeline.privacy import cldr
        print(len(cldr._LOADED[0]) if cldr._LOADED else 0, "babel" in sys.modules)
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          check=True, timeout=300)
    read, babel = done.stdout.strip().splitlines()[-1].split()
    assert int(read) == len(cldr.languages()), done.stdout + done.stderr  # the words were read, from the file
    assert babel == "False", done.stdout + done.stderr
