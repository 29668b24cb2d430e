"""The settings module: defaults, validation that names the variable, secrets kept out of messages."""

from __future__ import annotations

import os
import re
from dataclasses import fields
from pathlib import Path

import pytest

from pipeline.settings import PROJECT_ROOT, Settings, SettingsError, describe


def test_defaults_describe_the_local_stack() -> None:
    settings = Settings.from_env({})
    assert settings.kafka_bootstrap == "127.0.0.1:9092"
    assert settings.s3_endpoint == "http://127.0.0.1:9000"
    assert settings.policy_file == PROJECT_ROOT / "config" / "policy.toml"
    assert settings.policy_file.exists()
    assert settings.worker_metrics_port != settings.sink_metrics_port


@pytest.mark.parametrize(("variable", "value", "expected"), [
    ("LOGWARDEN_KAFKA_BOOTSTRAP", "localhost", "host:port"),
    ("LOGWARDEN_KAFKA_BOOTSTRAP", "h:99999", "1 to 65535"),
    ("LOGWARDEN_WORKER_METRICS_PORT", "http", "integer"),
    ("LOGWARDEN_S3_ENDPOINT", "ftp://x", "http(s) URL"),
    ("LOGWARDEN_LOG_LEVEL", "loud", "one of"),
    ("LOGWARDEN_DEV_MODE", "maybe", "true/false"),
    ("LOGWARDEN_SINK_MAX_AGE_SECONDS", "-1", "positive"),
    ("LOGWARDEN_KAFKA_HEAP", "lots", "heap size"),
    ("LOGWARDEN_TOPIC_PREFIX", "a b", "topic name prefix"),
])
def test_an_invalid_value_names_its_variable(variable: str, value: str, expected: str) -> None:
    with pytest.raises(SettingsError) as error:
        Settings.from_env({variable: value})
    assert variable in str(error.value)
    assert expected in str(error.value)


def test_every_invalid_variable_is_reported_at_once() -> None:
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"LOGWARDEN_WORKER_METRICS_PORT": "0", "LOGWARDEN_SINK_METRICS_PORT": "x"})
    assert "LOGWARDEN_WORKER_METRICS_PORT" in str(error.value)
    assert "LOGWARDEN_SINK_METRICS_PORT" in str(error.value)


def test_a_secret_is_never_echoed_in_an_error() -> None:
    # an unusable secret file path is reported by name; the secret's own value never appears
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"LOGWARDEN_HMAC_KEY_FILE": "/nonexistent/key",
                           "LOGWARDEN_S3_SECRET_ACCESS_KEY": "s3cr3t-value",
                           "LOGWARDEN_LOG_LEVEL": "nope"})
    assert "s3cr3t-value" not in str(error.value)


def test_secret_files_must_be_private(tmp_path: Path) -> None:
    secret = tmp_path / "s3.key"
    secret.write_text("top-secret-key\n")
    os.chmod(secret, 0o644)
    settings = Settings.from_env({"LOGWARDEN_S3_ACCESS_KEY_ID": "AKIA",
                                  "LOGWARDEN_S3_SECRET_ACCESS_KEY_FILE": str(secret)})
    with pytest.raises(SettingsError, match="readable by others"):
        settings.s3_credentials()
    os.chmod(secret, 0o600)
    assert settings.s3_credentials() == {"aws_access_key_id": "AKIA", "aws_secret_access_key": "top-secret-key"}


def test_local_endpoints_get_placeholder_credentials_and_remote_ones_use_boto3s_chain() -> None:
    assert Settings.from_env({}).s3_credentials()["aws_access_key_id"] == "logwarden-local"
    assert Settings.from_env({"LOGWARDEN_S3_ENDPOINT": ""}).s3_credentials() == {}
    assert Settings.from_env({"LOGWARDEN_S3_ENDPOINT": "https://minio.internal:9000"}).s3_credentials() == {}


def test_the_operations_guide_documents_every_setting() -> None:
    guide = (PROJECT_ROOT / "docs" / "operations.md").read_text()
    documented = set(re.findall(r"`(LOGWARDEN_[A-Z0-9_]+)`", guide))
    declared = {row["variable"] for row in describe()}
    assert declared - documented == set(), "settings missing from docs/operations.md's settings table"
    assert documented - declared == set(), "docs/operations.md names settings that do not exist"


def test_relative_paths_are_taken_from_the_checkout() -> None:
    settings = Settings.from_env({"LOGWARDEN_STATE_DIR": "var/lw"})
    assert settings.state_dir == PROJECT_ROOT / "var" / "lw"


@pytest.mark.parametrize(("name", "meant"), [
    ("LOGWARDEN_KAFKA_BOOTSTRAPS", "LOGWARDEN_KAFKA_BOOTSTRAP"),  # a letter more
    ("LOGWARDEN_POLICY_FILE", "LOGWARDEN_POLICY"),  # a word more (issue 24: no suggestion was made)
    ("LOGWARDEN_SINK_METRICS", "LOGWARDEN_SINK_METRICS_PORT"),  # a word less
])
def test_an_unknown_variable_is_answered_with_the_setting_it_was_meant_for(name: str, meant: str) -> None:
    from pipeline.settings import unknown_variables

    said = unknown_variables({name: "x"})
    assert said == [f"{name} is not a logwarden setting and is ignored; did you mean {meant}?"]


def test_settings_says_unset_one_way_whatever_holds_the_empty_value() -> None:
    from pipeline.settings import current_values

    shown = current_values(Settings.from_env({"LOGWARDEN_KAFKA_PASSWORD": "s3cret", "LOGWARDEN_SOURCE_OMIT": ""}))
    values = dict(line.split("=", 1) for line in shown.splitlines() if line.startswith("LOGWARDEN_"))
    assert values["LOGWARDEN_KAFKA_PASSWORD"] == "(set)" and "s3cret" not in shown
    # an empty string, a path not given (None) and an empty set read alike (issue 24: "", "None" and "(unset)")
    assert values["LOGWARDEN_TOPIC_PREFIX"] == values["LOGWARDEN_KAFKA_PASSWORD_FILE"] == "(unset)"
    assert values["LOGWARDEN_TRUSTED_PROXIES"] == values["LOGWARDEN_SOURCE_OMIT"] == "(unset)"
    assert "=None" not in shown and "default: ''" not in shown


def test_each_metrics_port_setting_describes_one_process_and_no_process_is_described_twice() -> None:
    # issue 24: LOGWARDEN_PRODUCER_METRICS_PORT described itself as the tailer's too, beside the tailer's own
    docs = {f.metadata["env"]: f.metadata["doc"] for f in fields(Settings)
            if f.metadata["env"].endswith("_METRICS_PORT")}
    for process in ("worker", "sink", "load generator", "tailer"):
        describing = [env for env, doc in docs.items() if process in doc]
        assert len(describing) == 1, (process, describing)
