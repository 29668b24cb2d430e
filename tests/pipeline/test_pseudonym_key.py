"""pipeline/pseudonym_key.py: the pseudonym master key is strong, comes from its variable or its private file,
is made once in development mode, and is never echoed."""

from __future__ import annotations

import secrets
import stat
from pathlib import Path

import pytest

from pipeline.pseudonym_key import ensure_local_key, fingerprint, load_pseudonym_key, local_key_path, weakness
from pipeline.settings import Settings, SettingsError

STRONG = "3f9c1a7be04d2865f1c9a3e7b5d20864"  # 32 hex characters, as `openssl rand -hex 16` prints


@pytest.mark.parametrize(("key", "why"), [
    ("too-short-1234", "shorter than 32"),
    ("change-me-change-me-change-me-change-me", "placeholder"),
    ("my-default-pseudonym-key-0123456789abcdef", "placeholder"),
    ("a" * 64, "distinct characters"),
    ("abababababababababababababababab12", "distinct characters"),
])
def test_weak_keys_are_refused_by_reason_never_echoed(key: str, why: str, tmp_path: Path) -> None:
    assert why in (weakness(key) or "")
    settings = Settings.from_env({"LOGWARDEN_HMAC_KEY": key, "LOGWARDEN_STATE_DIR": str(tmp_path)})
    with pytest.raises(SettingsError) as refused:
        load_pseudonym_key(settings)
    assert key not in str(refused.value) and "LOGWARDEN_HMAC_KEY" in str(refused.value)


def test_random_keys_pass() -> None:
    for _ in range(2000):
        assert weakness(secrets.token_hex(16)) is None
        assert weakness(secrets.token_urlsafe(32)) is None


def test_a_strong_key_is_used_as_given_with_its_id(tmp_path: Path) -> None:
    key = load_pseudonym_key(Settings.from_env({"LOGWARDEN_HMAC_KEY": STRONG, "LOGWARDEN_HMAC_KEY_ID": "k7",
                                                "LOGWARDEN_STATE_DIR": str(tmp_path)}))
    assert (key.key, key.key_id) == (STRONG.encode(), "k7")
    assert STRONG not in repr(key) and "k7" in repr(key)
    assert not (tmp_path / "dev-hmac-key").exists()


def test_the_key_file_is_used_and_must_be_private_and_alone(tmp_path: Path) -> None:
    path = tmp_path / "hmac-key"
    path.write_text(STRONG + "\n")
    path.chmod(0o600)
    env = {"LOGWARDEN_HMAC_KEY_FILE": str(path), "LOGWARDEN_STATE_DIR": str(tmp_path)}
    assert load_pseudonym_key(Settings.from_env(env)).key == STRONG.encode()
    other = "e" * 8 + STRONG
    with pytest.raises(SettingsError, match="LOGWARDEN_HMAC_KEY and LOGWARDEN_HMAC_KEY_FILE are both set") as both:
        load_pseudonym_key(Settings.from_env({**env, "LOGWARDEN_HMAC_KEY": other}))
    assert other not in str(both.value) and STRONG not in str(both.value)
    path.chmod(0o644)
    with pytest.raises(SettingsError, match=r"LOGWARDEN_HMAC_KEY_FILE: .* is readable by others"):
        load_pseudonym_key(Settings.from_env(env))


def test_without_an_id_the_key_is_named_by_its_fingerprint(tmp_path: Path) -> None:
    one = load_pseudonym_key(Settings.from_env({"LOGWARDEN_HMAC_KEY": STRONG}))
    other = load_pseudonym_key(Settings.from_env({"LOGWARDEN_HMAC_KEY": secrets.token_hex(32)}))
    again = load_pseudonym_key(Settings.from_env({"LOGWARDEN_HMAC_KEY": STRONG}))
    assert one.key_id == again.key_id == fingerprint(STRONG.encode())
    assert one.key_id != other.key_id and one.key_id.startswith("k-")
    assert STRONG not in one.key_id and STRONG[:12] not in one.key_id  # one-way: no part of the key shows


def test_a_weak_key_file_is_named_by_its_variable_never_echoed(tmp_path: Path) -> None:
    path = tmp_path / "hmac-key"
    path.write_text("change-me-change-me-change-me-change-me")
    path.chmod(0o600)
    with pytest.raises(SettingsError) as refused:
        load_pseudonym_key(Settings.from_env({"LOGWARDEN_HMAC_KEY_FILE": str(path),
                                              "LOGWARDEN_STATE_DIR": str(tmp_path)}))
    assert str(refused.value).startswith("LOGWARDEN_HMAC_KEY_FILE: ")
    assert "change-me" not in str(refused.value)


def test_no_key_outside_development_mode_stops_the_process(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="LOGWARDEN_HMAC_KEY or LOGWARDEN_HMAC_KEY_FILE is required"):
        load_pseudonym_key(Settings.from_env({"LOGWARDEN_DEV_MODE": "false", "LOGWARDEN_STATE_DIR": str(tmp_path)}))
    assert not (tmp_path / "dev-hmac-key").exists()


def test_development_mode_makes_one_private_random_key_and_keeps_it(tmp_path: Path) -> None:
    settings = Settings.from_env({"LOGWARDEN_DEV_MODE": "true", "LOGWARDEN_STATE_DIR": str(tmp_path)})
    first = load_pseudonym_key(settings)
    path = tmp_path / "dev-hmac-key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert first.key == path.read_text().encode() and weakness(first.key.decode()) is None
    assert load_pseudonym_key(settings) == first  # pseudonyms stay stable across restarts
    other = Settings.from_env({"LOGWARDEN_DEV_MODE": "true", "LOGWARDEN_STATE_DIR": str(tmp_path / "other")})
    assert load_pseudonym_key(other).key != first.key


def test_the_local_stacks_key_serves_processes_with_no_key_configured(tmp_path: Path) -> None:
    """`dev up` makes the local key the way it makes the local Kafka logins; a process outside development mode
    with no key of its own uses it, and says where to get one when there is none."""
    settings = Settings.from_env({"LOGWARDEN_DEV_MODE": "false", "LOGWARDEN_STATE_DIR": str(tmp_path)})
    with pytest.raises(SettingsError, match=r"`logwarden dev up` \(`make up`\) makes one"):
        load_pseudonym_key(settings)
    made = ensure_local_key(settings)  # what `dev up` does
    assert stat.S_IMODE(local_key_path(settings).stat().st_mode) == 0o600 and weakness(made) is None
    assert load_pseudonym_key(settings).key == made.encode()
    configured = Settings.from_env({"LOGWARDEN_HMAC_KEY": STRONG, "LOGWARDEN_STATE_DIR": str(tmp_path)})
    assert load_pseudonym_key(configured).key == STRONG.encode()  # a configured key always wins
