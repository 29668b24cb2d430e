"""Every endpoint, credential, port and path logwarden uses, read from the environment in one place.

Each setting is one `LOGWARDEN_*` variable with a documented default, so a deployment is
described by its environment alone (docker-compose, systemd, Kubernetes all speak it) and
`logwarden settings` can print the whole table. Values are parsed when the process starts:
a bad value stops it with a message naming the variable, never later in the data path.
Secrets (`secret=True`) are never echoed back, not even in an error message.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import secrets
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.wire import omittable

#: The repository checkout this package runs from; config/ lives beside the packages.
PROJECT_ROOT = Path(__file__).resolve().parents[1]
#: The runbooks of this checkout, as the absolute URL an alert's link needs (LOGWARDEN_RUNBOOK_BASE_URL's default)
LOCAL_RUNBOOKS = (PROJECT_ROOT / "docs" / "operations.md").as_uri()


class SettingsError(ValueError):
    """A LOGWARDEN_* variable holds a value logwarden cannot use."""


# --- parsers: each takes the raw string and returns the typed value or raises ValueError ---


def _text(raw: str) -> str:
    return raw


def _nonempty(raw: str) -> str:
    if not raw.strip():
        raise ValueError("expected a non-empty value")
    return raw.strip()


def _int_range(low: int, high: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise ValueError(f"expected an integer from {low} to {high}") from None
        if not low <= value <= high:
            raise ValueError(f"expected an integer from {low} to {high}")
        return value

    return parse


def _positive_float(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ValueError("expected a positive number") from None
    if not value > 0:
        raise ValueError("expected a positive number")
    return value


def _non_negative_float(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ValueError("expected a number, 0 or more") from None
    if not value >= 0:
        raise ValueError("expected a number, 0 or more")
    return value


_port = _int_range(1, 65535)


def _bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected one of true/false, yes/no, on/off, 1/0")


def _host(raw: str) -> str:
    host = raw.strip()
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not host or any(c in host for c in " /:@"):
            raise ValueError("expected a host name or IP address") from None
    return host


def _bootstrap(raw: str) -> str:
    servers = [s.strip() for s in raw.split(",") if s.strip()]
    if not servers:
        raise ValueError("expected host:port[,host:port...]")
    for server in servers:
        host, sep, port = server.rpartition(":")
        if not sep or not host:
            raise ValueError(f"{server!r} is not host:port")
        _port(port)
    return ",".join(servers)


def _runbook_url(raw: str) -> str:
    """An absolute URL of the runbooks (a link in an alert must open from Prometheus, Alertmanager or Grafana), or
    empty for this checkout's docs/operations.md."""
    if not raw.strip():
        return LOCAL_RUNBOOKS
    parts = urlsplit(raw.strip())
    if parts.scheme not in {"http", "https", "file"} or not (parts.netloc or parts.path.startswith("/")):
        raise ValueError("expected an absolute http(s) or file URL such as https://git.example.org/team/logwarden/"
                         "blob/main/docs/operations.md, or empty for this checkout's docs/operations.md")
    return raw.strip()


def _url_or_empty(raw: str) -> str:
    if not raw.strip():
        return ""
    parts = urlsplit(raw.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError("expected an http(s) URL such as http://127.0.0.1:9000, or empty for AWS")
    try:
        _ = parts.port  # urlsplit checks the port only when asked
    except ValueError:
        raise ValueError("the URL's port is not a number from 1 to 65535") from None
    return raw.strip().rstrip("/")


def _choice(*options: str) -> Callable[[str], str]:
    """One of the options, in any case; returned in the options' own case (log levels lower, Kafka's upper)."""
    by_case = {option.lower(): option for option in options}

    def parse(raw: str) -> str:
        value = by_case.get(raw.strip().lower())
        if value is None:
            raise ValueError("expected one of " + ", ".join(options))
        return value

    return parse


def _path(raw: str) -> Path:
    """A path; a relative one is taken from the logwarden checkout, so it means the same from any cwd."""
    if not raw.strip():
        raise ValueError("expected a path")
    path = Path(raw.strip()).expanduser()
    return path if path.is_absolute() else (PROJECT_ROOT / path)


def _optional_path(raw: str) -> Path | None:
    return _path(raw) if raw.strip() else None


def _topic_prefix(raw: str) -> str:
    allowed = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
    if not set(raw) <= allowed:
        raise ValueError("expected letters, digits, '.', '_' or '-' (a Kafka topic name prefix)")
    return raw


def _names(raw: str) -> tuple[str, ...]:
    """A comma-separated list, blanks dropped."""
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def _omit(raw: str) -> frozenset[str]:
    return omittable(raw.split(","))


def parse_networks(text: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """`10.0.0.0/8, 127.0.0.1` -> networks; a bad entry raises ValueError naming it."""
    networks = []
    for part in text.split(","):
        part = part.strip()
        if part:
            try:
                networks.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                raise ValueError(f"{part!r} is not an IP address or network") from None
    return tuple(networks)


def _networks(raw: str) -> tuple[Any, ...]:
    return parse_networks(raw)


def _header_name(raw: str) -> str:
    name = raw.strip()
    if name and not all(c.isalnum() or c in "-_" for c in name):
        raise ValueError("expected an HTTP header or cookie name (letters, digits, '-', '_')")
    return name


def _heap(raw: str) -> str:
    value = raw.strip().lower()
    if not value[:-1].isdigit() or value[-1] not in "mg":
        raise ValueError("expected a JVM heap size such as 512m or 1g")
    return value


def _replication(raw: str) -> int:
    """`auto` (0: decided from the cluster's size) or a number of replicas."""
    if raw.strip().lower() == "auto":
        return 0
    try:
        value = int(raw)
    except ValueError:
        raise ValueError("expected `auto` or a number of replicas from 1 to 16") from None
    if not 1 <= value <= 16:
        raise ValueError("expected `auto` or a number of replicas from 1 to 16")
    return value


# --- the settings table ---


def setting(env: str, default: str, parse: Callable[[str], Any], doc: str, *, secret: bool = False) -> Any:
    """Declare one setting: its variable, its default (as the string a user would write), how to read it."""
    # repr=False for secrets: a Settings in a traceback's locals or a debug line never shows them
    return field(repr=not secret, metadata={"env": env, "default": default, "parse": parse, "doc": doc,
                                            "secret": secret})


@dataclass(frozen=True)
class Settings:
    """The process's whole configuration. Build it with `Settings.from_env()`."""

    # Kafka
    kafka_bootstrap: str = setting(
        "LOGWARDEN_KAFKA_BOOTSTRAP", "127.0.0.1:9092", _bootstrap,
        "Kafka bootstrap servers, comma-separated host:port. `dev up` starts a broker here when it is on this machine.")
    topic_prefix: str = setting(
        "LOGWARDEN_TOPIC_PREFIX", "", _topic_prefix,
        "Prefix put before every topic name of the policy (for example `staging.`), to share a cluster.")
    kafka_client_id: str = setting(
        "LOGWARDEN_KAFKA_CLIENT_ID", "logwarden", _nonempty,
        "client.id sent to Kafka by every logwarden client, as seen in broker logs and quotas.")
    worker_group: str = setting(
        "LOGWARDEN_WORKER_GROUP", "logwarden-pipeline", _nonempty,
        "Consumer group (Faust app id) of the pipeline workers.")
    sink_group: str = setting(
        "LOGWARDEN_SINK_GROUP", "logwarden-sink", _nonempty,
        "Consumer group of the S3 sink processes.")
    worker_commit_interval_seconds: float = setting(
        "LOGWARDEN_WORKER_COMMIT_INTERVAL_SECONDS", "1", _positive_float,
        "Seconds between the worker's offset commits (also one every 4,000 events). What was routed since the last "
        "commit is routed again after a crash, and the sink drops the copies; a longer interval costs fewer round "
        "trips and more copies.")
    # Kafka security: every client logs in with these (issue 8, clause 3.1)
    kafka_security_protocol: str = setting(
        "LOGWARDEN_KAFKA_SECURITY_PROTOCOL", "SASL_SSL", _choice("SASL_SSL", "SSL", "SASL_PLAINTEXT", "PLAINTEXT"),
        "How clients connect: SASL_SSL (TLS and a login, the default), SSL, SASL_PLAINTEXT, or PLAINTEXT for a "
        "cluster that has no security. The local broker of `dev up` runs SASL_SSL or PLAINTEXT to match.")
    kafka_sasl_mechanism: str = setting(
        "LOGWARDEN_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", _choice("SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"),
        "SASL mechanism of the login.")
    kafka_username: str = setting(
        "LOGWARDEN_KAFKA_USERNAME", "", _text,
        "Kafka principal this process logs in as. Empty: the principal of the process's role in "
        "LOGWARDEN_PRINCIPALS (worker: pipeline, sink: sink, producers: producer, `tail ROUTE`: that route's "
        "reader, admin commands: admin), with its password from LOGWARDEN_KAFKA_SECRETS_DIR.")
    kafka_password: str = setting(
        "LOGWARDEN_KAFKA_PASSWORD", "", _text,
        "Password of LOGWARDEN_KAFKA_USERNAME; prefer LOGWARDEN_KAFKA_PASSWORD_FILE.", secret=True)
    kafka_password_file: Path | None = setting(
        "LOGWARDEN_KAFKA_PASSWORD_FILE", "", _optional_path,
        "File holding the Kafka password (readable by its owner only).")
    kafka_ca_file: Path | None = setting(
        "LOGWARDEN_KAFKA_CA_FILE", "", _optional_path,
        "PEM file of the CA that signed the brokers' certificates. Empty: the local CA of `dev up` when "
        "LOGWARDEN_KAFKA_SECRETS_DIR has one, else the system's trusted CAs.")
    kafka_secrets_dir: Path | None = setting(
        "LOGWARDEN_KAFKA_SECRETS_DIR", "", _optional_path,
        "Where the local stack keeps its CA, the broker's key and one password file per principal "
        "(mode 0600). Empty: `kafka-secrets` in LOGWARDEN_STATE_DIR.")
    kafka_replication_factor: int = setting(
        "LOGWARDEN_KAFKA_REPLICATION_FACTOR", "auto", _replication,
        "Replicas of each topic logwarden creates: `auto` is 3 on a cluster of 3 or more brokers, else 1; a number "
        "larger than the cluster is refused. min.insync.replicas is 2 where there are 3 or more replicas, else 1.")
    principals_file: Path = setting(
        "LOGWARDEN_PRINCIPALS", "config/principals.toml", _path,
        "Who may do what on Kafka: the principals of each role, from which `logwarden acl apply` derives the ACLs.")
    # the local development broker (`logwarden dev up`, the test session)
    kafka_controller_port: int = setting(
        "LOGWARDEN_KAFKA_CONTROLLER_PORT", "9093", _port,
        "Port of the local broker's KRaft controller listener (dev stack only).")
    kafka_heap: str = setting(
        "LOGWARDEN_KAFKA_HEAP", "512m", _heap,
        "JVM heap of the local broker (dev stack only).")
    java_home: Path | None = setting(
        "LOGWARDEN_JAVA_HOME", "", _optional_path,
        "Java 17+ installation for the local broker; empty means `java` on PATH (dev stack only).")
    # S3
    s3_endpoint: str = setting(
        "LOGWARDEN_S3_ENDPOINT", "http://127.0.0.1:9000", _url_or_empty,
        "S3 endpoint URL: moto or MinIO locally; empty for AWS S3 itself. "
        "`dev up` starts moto here when it is on this machine.")
    s3_bucket: str = setting("LOGWARDEN_S3_BUCKET", "logwarden-logs", _nonempty, "Bucket the sink writes to.")
    s3_region: str = setting("LOGWARDEN_S3_REGION", "us-east-1", _nonempty, "S3 region.")
    s3_access_key_id: str = setting(
        "LOGWARDEN_S3_ACCESS_KEY_ID",
        "",
        _text,
        "S3 access key id; empty uses boto3's own chain (AWS_* variables, profiles, instance roles), "
        "or placeholder keys when the endpoint is on this machine.",
        secret=True,
    )
    s3_secret_access_key: str = setting(
        "LOGWARDEN_S3_SECRET_ACCESS_KEY",
        "",
        _text,
        "S3 secret key; see LOGWARDEN_S3_SECRET_ACCESS_KEY_FILE to read it from a file.",
        secret=True,
    )
    s3_secret_access_key_file: Path | None = setting(
        "LOGWARDEN_S3_SECRET_ACCESS_KEY_FILE",
        "",
        _optional_path,
        "File holding the S3 secret key (readable by its owner only).",
    )
    s3_require_encryption: bool = setting(
        "LOGWARDEN_S3_REQUIRE_ENCRYPTION",
        "true",
        _bool,
        "The sink refuses to start on a bucket without default encryption at rest (clause 3.1); "
        "`logwarden retention apply` sets it. false only for a store that cannot encrypt.",
    )
    s3_reader_principals: tuple[str, ...] = setting(
        "LOGWARDEN_S3_READER_PRINCIPALS",
        "",
        _names,
        "The analysts' S3 principals (IAM ARNs, comma-separated): `logwarden retention apply` denies them the "
        "bucket's `.logwarden/` prefix, where the legal holds register is (clause 4.1). Empty: no such statement; "
        "grant the analysts the routes' prefixes only.",
    )
    # observability
    prometheus_url: str = setting(
        "LOGWARDEN_PROMETHEUS_URL",
        "http://127.0.0.1:9090",
        _url_or_empty,
        "Prometheus that scrapes the logwarden processes. `dev up` starts Debian's prometheus here, "
        "with config/prometheus/alerts.yml, when it is on this machine; empty for none.",
    )
    runbook_base_url: str = setting(
        "LOGWARDEN_RUNBOOK_BASE_URL",
        "",
        _runbook_url,
        "Where operators read docs/operations.md (http, https or file URL): the alerts' runbook links are this "
        "plus an anchor, through the Prometheus external label `runbook_base` that `dev up` sets from it (set the "
        "same label in any other Prometheus). Empty: this checkout's docs/operations.md as a file URL.",
    )
    prometheus_targets_dir: Path | None = setting(
        "LOGWARDEN_PROMETHEUS_TARGETS_DIR",
        "",
        _optional_path,
        "Folder of Prometheus file-based service discovery where the load generator (`logwarden produce`) and "
        "the tailer (`logwarden tail-log`) register their /metrics endpoint while they run (a JSON file each, "
        "removed at exit), so an idle source is no target \"down\". Empty: `<LOGWARDEN_STATE_DIR>/prometheus/"
        "targets`, the folder the local Prometheus of `dev up` watches, when LOGWARDEN_PROMETHEUS_URL is on this "
        "machine; no registration otherwise.",
    )
    progress_interval_seconds: float = setting(
        "LOGWARDEN_PROGRESS_INTERVAL_SECONDS",
        "10",
        _positive_float,
        "Seconds between the progress lines of long work (the sink catching up a backlog, `retention enforce`) "
        "in the log when stderr is not a terminal; on a terminal a live line is redrawn instead.",
    )
    # privacy
    policy_file: Path = setting(
        "LOGWARDEN_POLICY",
        "config/policy.toml",
        _path,
        "The policy file: purposes, routes, treatments, topics and retention.",
    )
    hmac_key: str = setting(
        "LOGWARDEN_HMAC_KEY",
        "",
        _text,
        "Pseudonym master key: wraps each epoch's random key in the keyring (LOGWARDEN_KEYRING_FILE); pseudonyms are "
        "never made with it directly. At least 32 characters. Prefer LOGWARDEN_HMAC_KEY_FILE.",
        secret=True,
    )
    hmac_key_file: Path | None = setting(
        "LOGWARDEN_HMAC_KEY_FILE",
        "",
        _optional_path,
        "File holding the pseudonym master key (readable by its owner only).",
    )
    hmac_key_id: str = setting(
        "LOGWARDEN_HMAC_KEY_ID",
        "",
        _text,
        "Name of the pseudonym master key, for operators (outputs carry their epoch key's id instead). Empty: a "
        "fingerprint of the key itself (one-way), so two keys never share a name.",
    )
    pseudonym_epoch_days: float = setting(
        "LOGWARDEN_PSEUDONYM_EPOCH_DAYS",
        "30",
        _positive_float,
        "Length of a pseudonym key epoch, in days (fractions allowed): each epoch's key is random, kept in the "
        "keyring and destroyed 365 days after the epoch ends, so pseudonyms of different epochs cannot be linked. "
        "Applies to epochs made from now on; the windows of existing ones never move.",
    )
    keyring_file: Path | None = setting(
        "LOGWARDEN_KEYRING_FILE",
        "",
        _optional_path,
        "The pseudonym keyring (epoch keys wrapped under the master key, their ids and windows); readable by its "
        "owner only. Empty: keyring.json in LOGWARDEN_STATE_DIR. Every worker and `retention enforce` must share it.",
    )
    # processes
    state_dir: Path = setting(
        "LOGWARDEN_STATE_DIR",
        ".logwarden",
        _path,
        "Local state: the dev broker's data and jars, pid files, logs, the worker's Faust data.",
    )
    bind_host: str = setting(
        "LOGWARDEN_BIND_HOST",
        "127.0.0.1",
        _host,
        "Address the metrics endpoints and the dev stack's servers listen on.",
    )
    worker_metrics_port: int = setting(
        "LOGWARDEN_WORKER_METRICS_PORT", "9308", _port, "Port of the worker's Prometheus /metrics endpoint."
    )
    sink_metrics_port: int = setting(
        "LOGWARDEN_SINK_METRICS_PORT", "9309", _port, "Port of the sink's Prometheus /metrics endpoint."
    )
    producer_metrics_port: int = setting(
        "LOGWARDEN_PRODUCER_METRICS_PORT",
        "9310",
        _port,
        "Port of the load generator's (`logwarden produce`) Prometheus /metrics endpoint.",
    )
    tailer_metrics_port: int = setting(
        "LOGWARDEN_TAILER_METRICS_PORT",
        "9311",
        _port,
        "Port of the access-log tailer's (`logwarden tail-log`) Prometheus /metrics endpoint.",
    )
    # sources: the web server middleware, the tailer, the load generator
    source_service: str = setting(
        "LOGWARDEN_SOURCE_SERVICE",
        "",
        _text,
        "`service` stamped on events by the middleware and the tailer; empty means the request's host.",
    )
    source_omit: frozenset[str] = setting(
        "LOGWARDEN_SOURCE_OMIT",
        "client.cookies",
        _omit,
        "Wire fields producers never send, comma-separated (clause 1.2: minimize at source), "
        "for example `client.cookies,user.name,user.email,user.phone,action.form`.",
    )
    trusted_proxies: tuple[Any, ...] = setting(
        "LOGWARDEN_TRUSTED_PROXIES",
        "",
        _networks,
        "Proxies (IPs or networks, comma-separated) whose X-Forwarded-For the middleware believes "
        "when it finds the client's address; empty trusts no header.",
    )
    consent_cookie: str = setting(
        "LOGWARDEN_CONSENT_COOKIE",
        "logwarden_consent",
        _header_name,
        "Cookie the middleware reads the visitor's consent from: `analytics,marketing` or `analytics=1,marketing=0`.",
    )
    consent_header: str = setting(
        "LOGWARDEN_CONSENT_HEADER",
        "X-Logwarden-Consent",
        _header_name,
        "Request header read for consent before the cookie (same format), for a consent manager at the edge.",
    )
    canary_interval_seconds: float = setting(
        "LOGWARDEN_CANARY_INTERVAL_SECONDS",
        "60",
        _non_negative_float,
        "The middleware, tailer and load generator send a leak canary (marked identifying values the "
        "sink must never see) at most this often while they send; 0 turns canaries off.",
    )
    producer_buffer_bytes: int = setting(
        "LOGWARDEN_PRODUCER_BUFFER_BYTES",
        "16777216",
        _int_range(64 * 1024, 4 * 1024**3),
        "Bytes a producer holds while Kafka is slow or down; past it, a web server's events are counted as dropped.",
    )
    producer_warn_after_seconds: float = setting(
        "LOGWARDEN_PRODUCER_WARN_AFTER_SECONDS",
        "10",
        _positive_float,
        "A producer (the middleware, tailer, load generator) holding events that Kafka has not acknowledged for this "
        "long logs a WARNING, and a reminder at most once a minute while it lasts.",
    )
    max_message_bytes: int = setting(
        "LOGWARDEN_MAX_MESSAGE_BYTES",
        "1048576",
        _int_range(1024, 100 * 1024 * 1024),
        "Largest raw message the pipeline accepts; larger ones go to the DLQ as oversized.",
    )
    log_level: str = setting(
        "LOGWARDEN_LOG_LEVEL",
        "info",
        _choice("debug", "info", "warning", "error"),
        "Log level of every logwarden process.",
    )
    log_format: str = setting(
        "LOGWARDEN_LOG_FORMAT",
        "auto",
        _choice("auto", "json", "text"),
        "Log format: `json`, one JSON object a line (for log shippers); `text`, time, level, logger, message and "
        "key=value fields (for a person); `auto`, text when stderr is a terminal and JSON otherwise.",
    )
    dev_mode: bool = setting(
        "LOGWARDEN_DEV_MODE",
        "false",
        _bool,
        "Development mode: with no HMAC key configured, make the local stack's random key in the state folder "
        "(as `dev up` does) instead of stopping.",
    )
    # sink segments
    sink_max_records: int = setting(
        "LOGWARDEN_SINK_MAX_RECORDS",
        "100000",
        _int_range(2, 10_000_000),
        "The sink closes a partition's segment (one object per event hour it holds) after this many records; "
        "past half of it, before the first record of an event hour the segment does not hold yet. What the sink "
        "holds grows with it: sparse data (a few records an hour) compresses poorly hour by hour, and at 200,000 a "
        "year of it in order kept the sink above 300 MB.",
    )
    sink_max_bytes: int = setting(
        "LOGWARDEN_SINK_MAX_BYTES",
        "268435456",
        _int_range(1024, 5 * 1024**3),
        "... or once its uncompressed records reach this many bytes (past half: at the next new event hour).",
    )
    sink_max_age_seconds: float = setting(
        "LOGWARDEN_SINK_MAX_AGE_SECONDS",
        "60",
        _positive_float,
        "Freshness: a partition read to its end has its segment closed once its first record was read this long "
        "ago. Each close adds up to one object per event hour the segment holds.",
    )
    sink_buffer_bytes: int = setting(
        "LOGWARDEN_SINK_BUFFER_BYTES",
        "134217728",
        _int_range(1024 * 1024, 16 * 1024**3),
        "Ceiling of the bytes the sink's open segments hold (compressed); past it, it pauses consumption and "
        "closes the largest segments early.",
    )
    sink_put_threads: int = setting(
        "LOGWARDEN_SINK_PUT_THREADS",
        "8",
        _int_range(1, 64),
        "S3 puts the sink makes at once when a segment closes into many objects (the store's put rate limits).",
    )
    sink_dedup_window: int = setting(
        "LOGWARDEN_SINK_DEDUP_WINDOW",
        "50000",
        _int_range(1, 10_000_000),
        "W: the sink drops a record whose event_id it saw within the W offsets before it in its partition "
        "(a worker's re-route after a crash, a producer's re-send). 50,000 is 8 times the worker's largest "
        "re-route; at most 170 bytes an offset, 8.5 MB per partition.",
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read every setting; raise SettingsError naming each variable whose value is unusable."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        problems: list[str] = []
        for f in fields(cls):
            meta = f.metadata
            raw = env.get(meta["env"], meta["default"])
            try:
                values[f.name] = meta["parse"](raw)
            except ValueError as exc:
                shown = "(secret, not shown)" if meta["secret"] else repr(raw)
                problems.append(f"{meta['env']}={shown}: {exc}")
        if problems:
            raise SettingsError("invalid settings:\n  " + "\n  ".join(problems))
        return cls(**values)

    @property
    def kafka_secrets(self) -> Path:
        """The folder of the local CA and the principals' password files."""
        return self.kafka_secrets_dir or self.state_dir / "kafka-secrets"

    @property
    def scrape_targets_dir(self) -> Path | None:
        """Where a source process registers its /metrics endpoint for Prometheus (LOGWARDEN_PROMETHEUS_TARGETS_DIR,
        else the local Prometheus's folder when that Prometheus is on this machine), or None for no registration."""
        if self.prometheus_targets_dir is not None:
            return self.prometheus_targets_dir
        if self.prometheus_url and is_local_url(self.prometheus_url):
            return self.state_dir / "prometheus" / "targets"
        return None

    def topic(self, name: str) -> str:
        """A policy topic name as it stands on the cluster."""
        return self.topic_prefix + name

    def s3_credentials(self) -> dict[str, str]:
        """boto3 credential arguments: explicit keys, placeholders for a local endpoint, or none (boto3's chain)."""
        secret = self.s3_secret_access_key
        if self.s3_secret_access_key_file is not None:
            secret = read_secret_file(self.s3_secret_access_key_file, "LOGWARDEN_S3_SECRET_ACCESS_KEY_FILE")
        if self.s3_access_key_id and secret:
            return {"aws_access_key_id": self.s3_access_key_id, "aws_secret_access_key": secret}
        if self.s3_endpoint and is_local_url(self.s3_endpoint):
            # moto and a laptop MinIO accept any key; these name no real account.
            return {"aws_access_key_id": "logwarden-local", "aws_secret_access_key": "logwarden-local"}
        return {}


def read_secret_file(path: Path, variable: str) -> str:
    """Read a secret from a file that only its owner may read, the way ssh treats private keys."""
    try:
        info = path.stat()
    except OSError as exc:
        raise SettingsError(f"{variable}: cannot read {path}: {exc.strerror}") from None
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SettingsError(f"{variable}: {path} is readable by others; chmod 600 it")
    return path.read_text(encoding="utf-8").strip()


def write_secret_file(path: Path, data: bytes | str) -> None:
    """Write a secret readable by its owner only, atomically: it is made 0600 under a temporary name in the
    same folder and renamed over `path`, so no reader ever sees it half-written or with a wider mode."""
    _write_then(path, data, os.replace)


def create_secret_file_once(path: Path, data: bytes | str) -> None:
    """Like write_secret_file, but keep a file already there (two processes starting at once agree on one)."""

    def link_unless_there(temporary: str, final: Path) -> None:
        try:
            os.link(temporary, final)  # atomic, and fails where the file exists
        except FileExistsError:
            pass
        finally:
            os.unlink(temporary)

    _write_then(path, data, link_unless_there)


def _write_then(path: Path, data: bytes | str, place: Callable[[str, Path], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = f"{path}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode() if isinstance(data, str) else data)
        place(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def is_local_url(url: str) -> bool:
    """True for an endpoint on this machine (loopback or localhost)."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def describe() -> list[dict[str, str]]:
    """The settings table (variable, default, description), for `logwarden settings` and docs/operations.md."""
    return [
        {"variable": f.metadata["env"], "default": f.metadata["default"], "doc": f.metadata["doc"]}
        for f in fields(Settings)
    ]


def unknown_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    """A line for each LOGWARDEN_* variable that is no setting: a misspelled name is otherwise ignored in silence,
    and the process falls back to a default (on a shared machine, someone else's broker)."""
    env = os.environ if environ is None else environ
    known = [f.metadata["env"] for f in fields(Settings)]
    lines = []
    for name in sorted(k for k in env if k.startswith("LOGWARDEN_") and k not in known):
        # compared without the common prefix, which would make every name look close to every other
        short = name.removeprefix("LOGWARDEN_")
        bare = [k.removeprefix("LOGWARDEN_") for k in known]
        close = difflib.get_close_matches(short, bare, n=1, cutoff=0.8) or sorted(
            # a name with a word more or less (LOGWARDEN_POLICY_FILE for LOGWARDEN_POLICY): the longest such
            (k for k in bare if short.startswith(k + "_") or k.startswith(short + "_")), key=len, reverse=True)[:1]
        lines.append(f"{name} is not a logwarden setting and is ignored"
                     + (f"; did you mean LOGWARDEN_{close[0]}?" if close else "; `logwarden settings` lists them all"))
    return lines


def markdown_table() -> str:
    """The settings table of the operations guide, as `logwarden settings --markdown` prints it."""
    rows = ["| variable | default | what it sets |", "|---|---|---|"]
    for row in describe():
        default = f"`{row['default']}`" if row["default"] else "(empty)"
        rows.append(f"| `{row['variable']}` | {default} | {row['doc']} |")
    return "\n".join(rows)


def current_values(current: Settings | None) -> str:
    """Every setting with its default and its value in `current` (secrets shown only as set or unset)."""
    values = (
        {f.metadata["env"]: (getattr(current, f.name), f.metadata["secret"]) for f in fields(Settings)}
        if current
        else {}
    )
    lines = []
    for row in describe():
        value, secret = values.get(row["variable"], ("?", False))
        # one word for "nothing here" whatever the type holds it ("", None, an empty tuple): issue 24 found three
        empty = value is None or value == "" or (isinstance(value, tuple | frozenset) and not value)
        shown = "(unset)" if empty else "(set)" if secret else _shown(value)
        default = repr(row["default"]) if row["default"] != "" else "(unset)"
        lines.append(f"{row['variable']}={shown}\n    default: {default}\n    {row['doc']}")
    return "\n".join(lines)


def _shown(value: object) -> str:
    """A setting's value as an operator would write it back: a tuple comma-joined, the rest as text."""
    if isinstance(value, frozenset):
        return ",".join(sorted(str(v) for v in value))
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    return str(value)


#: Room in the DLQ's records (and the worker's requests) for the headers a rejected message gains.
DLQ_HEADROOM = 65536


def oversize_ceiling(max_message_bytes: int) -> int:
    """Largest message logs.raw and the DLQ take: room above the pipeline's own limit."""
    return max(4 * max_message_bytes, 1048588)
