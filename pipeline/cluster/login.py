"""How every logwarden client logs in to Kafka: one `KafkaLogin` per process, from the settings.

Each kind of process has a role (the worker is `pipeline`, the sink `sink`, producers
`producer`, `tail analytics` is `reader:analytics`, admin commands `admin`). A deployment
names its principal with LOGWARDEN_KAFKA_USERNAME and a password (or a 0600 password file);
on the local stack the username is left empty and each role logs in as its own principal
from the principals file, with the password `dev up` wrote for it, so the local pipeline is
held to the same ACLs as production. The login knows how to dress itself for each client
library (kafka-python, aiokafka, Faust, Kafka's Java tools); no other module reads the
security settings.
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.cluster import kafka_python_ext  # noqa: F401 - every kafka-python client logs in here: its fix is installed first
from pipeline.settings import Settings, SettingsError, create_secret_file_once, read_secret_file, write_secret_file

#: The file of the local CA in the secrets folder, and of each principal's password.
CA_FILE = "ca.pem"


class KafkaLoginError(SettingsError):
    """The cluster refused this process's login or TLS trust: a configuration error, not an outage."""


def password_path(secrets: Path, user: str) -> Path:
    return secrets / f"{user}.password"


@dataclass(frozen=True)
class KafkaLogin:
    protocol: str  # PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL
    mechanism: str
    username: str = ""
    password: str = field(default="", repr=False)
    cafile: Path | None = None

    @property
    def sasl(self) -> bool:
        return self.protocol.startswith("SASL_")

    @property
    def tls(self) -> bool:
        return self.protocol in {"SSL", "SASL_SSL"}

    def ssl_context(self) -> ssl.SSLContext | None:
        """A verifying TLS context (hostname included) trusting the CA file, or the system's CAs."""
        if not self.tls:
            return None
        return ssl.create_default_context(cafile=str(self.cafile) if self.cafile else None)

    def client_args(self) -> dict[str, Any]:
        """Keyword arguments for kafka-python's and aiokafka's clients (they share the names; an SSLContext
        carries the CA and host name checking for both)."""
        args: dict[str, Any] = {"security_protocol": self.protocol}
        if self.tls:
            args["ssl_context"] = self.ssl_context()
        if self.sasl:
            args.update(sasl_mechanism=self.mechanism, sasl_plain_username=self.username,
                        sasl_plain_password=self.password)
        return args

    def java_properties(self) -> str:
        """A client.properties for Kafka's own Java tools (the benchmarks' perf tools). Holds the password:
        write it to a 0600 file."""
        lines = [f"security.protocol={self.protocol}"]
        if self.tls and self.cafile:
            lines += ["ssl.truststore.type=PEM", f"ssl.truststore.location={self.cafile}"]
        if self.sasl:
            module = ("org.apache.kafka.common.security.plain.PlainLoginModule" if self.mechanism == "PLAIN"
                      else "org.apache.kafka.common.security.scram.ScramLoginModule")
            jaas = f'{module} required username="{_jaas(self.username)}" password="{_jaas(self.password)}";'
            lines += [f"sasl.mechanism={self.mechanism}", f"sasl.jaas.config={_properties_value(jaas)}"]
        return "\n".join(lines) + "\n"


def _jaas(value: str) -> str:
    """A JAAS option value inside double quotes: a quote or backslash cannot end it or add options."""
    return value.replace("\\", "\\\\").replace('"', '\\"')


def _properties_value(value: str) -> str:
    """A value as java.util.Properties reads it back unchanged (backslash escapes, one line)."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def kafka_login(settings: Settings, role: str) -> KafkaLogin:
    """The login of a process of this role: the configured principal, or the role's local principal."""
    protocol, mechanism = settings.kafka_security_protocol, settings.kafka_sasl_mechanism
    cafile = settings.kafka_ca_file
    if cafile is None and (settings.kafka_secrets / CA_FILE).exists():
        cafile = settings.kafka_secrets / CA_FILE
    if protocol not in {"SASL_SSL", "SASL_PLAINTEXT"}:
        return KafkaLogin(protocol, mechanism, cafile=cafile)
    if settings.kafka_username:
        if settings.kafka_password_file is not None:
            password = read_secret_file(settings.kafka_password_file, "LOGWARDEN_KAFKA_PASSWORD_FILE")
        else:
            password = settings.kafka_password
        if not password:
            raise SettingsError("LOGWARDEN_KAFKA_USERNAME is set but neither LOGWARDEN_KAFKA_PASSWORD nor "
                                "LOGWARDEN_KAFKA_PASSWORD_FILE gives its password")
        return KafkaLogin(protocol, mechanism, settings.kafka_username, password, cafile)
    user = role_user(settings, role)
    path = password_path(settings.kafka_secrets, user)
    if not path.exists():
        raise SettingsError(f"no Kafka login for this process ({role}): set LOGWARDEN_KAFKA_USERNAME and "
                            f"LOGWARDEN_KAFKA_PASSWORD_FILE, or run `logwarden dev up` to make the local "
                            f"principals' passwords in {settings.kafka_secrets}")
    return KafkaLogin(protocol, mechanism, user, read_secret_file(path, f"the password file of {user}"), cafile)


def role_user(settings: Settings, role: str) -> str:
    """The principal of a role in the principals file."""
    from pipeline.cluster.principals import PrincipalsError, load_principals
    from pipeline.policy import load_policy

    try:
        return load_principals(settings.principals_file, load_policy(settings.policy_file)).user_for(role)
    except PrincipalsError as exc:
        raise SettingsError(f"LOGWARDEN_PRINCIPALS: {exc}") from None


def ensure_password(secrets: Path, user: str) -> str:
    """The local principal's password, made once (random, mode 0600) in the secrets folder."""
    import secrets as random

    path = password_path(secrets, user)
    if not path.exists():
        create_secret_file_once(path, random.token_hex(24))
    return read_secret_file(path, f"the password file of {user}")


def login_env(settings: Settings) -> dict[str, str]:
    """The LOGWARDEN_* variables a child process needs to log in as these settings do, whatever state
    folder it is given (the benchmarks start workers and sinks with their own)."""
    env = {"LOGWARDEN_KAFKA_SECURITY_PROTOCOL": settings.kafka_security_protocol,
           "LOGWARDEN_KAFKA_SASL_MECHANISM": settings.kafka_sasl_mechanism,
           "LOGWARDEN_KAFKA_SECRETS_DIR": str(settings.kafka_secrets),
           "LOGWARDEN_PRINCIPALS": str(settings.principals_file),
           "LOGWARDEN_KAFKA_USERNAME": settings.kafka_username,
           "LOGWARDEN_KAFKA_PASSWORD": settings.kafka_password}
    for name, path in (("LOGWARDEN_KAFKA_CA_FILE", settings.kafka_ca_file),
                       ("LOGWARDEN_KAFKA_PASSWORD_FILE", settings.kafka_password_file)):
        if path is not None:
            env[name] = str(path)
    return env


def java_client_config(settings: Settings, role: str, folder: Path) -> Path:
    """A 0600 client.properties for Kafka's Java tools, logged in as the role."""
    path = folder / f"client-{role.replace(':', '-')}.properties"
    write_secret_file(path, kafka_login(settings, role).java_properties())
    return path


def check_login(settings: Settings, role: str) -> None:
    """Log in once, before a long-running process starts, so a wrong password or an unknown CA is one clear
    line and exit 2 instead of minutes of retries ending in "unable to bootstrap". An unreachable broker is
    not judged here: the process's own retries handle it, as they always have."""
    problem = login_refusal(settings.kafka_bootstrap, kafka_login(settings, role))
    if problem:
        raise KafkaLoginError(problem)


def login_refusal(bootstrap: str, login: KafkaLogin, timeout: float = 10.0) -> str | None:
    """Why the cluster refuses this login (wrong password, untrusted certificate), or None when it takes it
    or cannot be reached (then nothing can be said about the login)."""
    import asyncio
    import ssl

    from aiokafka.conn import create_conn
    from aiokafka.errors import SaslAuthenticationFailed

    async def attempt(server: str) -> None:
        host, _, port = server.rpartition(":")
        conn = await asyncio.wait_for(create_conn(host, int(port), request_timeout_ms=int(timeout * 1000),
                                                  **login.client_args()), timeout)
        conn.close()

    for server in bootstrap.split(","):
        try:
            asyncio.run(attempt(server))
            return None
        except SaslAuthenticationFailed:
            return (f"Kafka at {server} refused the login of {login.username} ({login.mechanism}): wrong user or "
                    "password (LOGWARDEN_KAFKA_USERNAME, LOGWARDEN_KAFKA_PASSWORD_FILE); on the local stack "
                    f"`logwarden acl passwd {login.username}` sets it again")
        except ssl.SSLCertVerificationError as exc:
            return (f"the broker at {server} presented a certificate that does not verify against "
                    f"{login.cafile or 'the system CAs'} ({exc.verify_message}); set LOGWARDEN_KAFKA_CA_FILE to "
                    "the CA that signed it")
        except Exception:  # noqa: BLE001, S112 - unreachable, timed out, closed: not ours to judge
            continue
    return None


class KafkaUnreachable(ConnectionError):
    """Nothing answers at the bootstrap servers: a temporary failure (exit 75), not a configuration error."""


def port_open(server: str) -> bool:
    """True when something accepts a TCP connection at host:port (within a second)."""
    host, _, port = server.strip().rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=1):
            return True
    except (OSError, ValueError):
        return False


def wait_until_reachable(bootstrap: str, log: logging.Logger, interval: float = 2.0,
                         stopping: Callable[[], bool] = lambda: False) -> bool:
    """Block until a bootstrap server accepts a connection, saying once that it waits: a long-running process
    started before its broker (or during an outage) waits for it instead of ending in a client's traceback.

    False when `stopping()` turned true first (SIGTERM or Ctrl-C while waiting): the caller stops then, with
    nothing started; a process that waits for an unreachable bootstrap must still stop when asked (issue 24)."""
    if any(port_open(server) for server in bootstrap.split(",")):
        return True
    log.warning("waiting for Kafka: nothing answers yet (LOGWARDEN_KAFKA_BOOTSTRAP; `make up` starts the local one)",
                extra={"bootstrap": bootstrap})
    started = time.monotonic()
    deadline = started
    while not any(port_open(server) for server in bootstrap.split(",")):
        deadline += interval
        while time.monotonic() < deadline:
            if stopping():
                log.info("stop requested before Kafka answered; nothing was started", extra={"bootstrap": bootstrap})
                return False
            time.sleep(min(0.1, interval))
    waited = round(time.monotonic() - started, 1)
    log.info("Kafka answers; starting", extra={"bootstrap": bootstrap, "waited_s": waited})
    return True


def watch_reachable(bootstrap: str, log: logging.Logger, interval: float = 2.0) -> threading.Event:
    """Say once when no bootstrap server accepts connections any more, and once when one does again, from a daemon
    thread until the returned event is set. For a process whose client library retries an outage by itself
    (Faust's aiokafka, the producers' kafka-python) and would otherwise either say nothing or repeat itself many
    times a second: the operator reads one "waiting for Kafka" line, then "Kafka answers again"."""
    stop = threading.Event()

    def watch() -> None:
        lost_at: float | None = None
        while not stop.wait(interval):
            up = any(port_open(server) for server in bootstrap.split(","))
            if not up and lost_at is None:
                lost_at = time.monotonic()
                log.warning("waiting for Kafka: nothing answers at its bootstrap servers; retrying until it does, "
                            "nothing is lost", extra={"bootstrap": bootstrap})
            elif up and lost_at is not None:
                log.info("Kafka answers again; resuming",
                         extra={"bootstrap": bootstrap, "waited_s": round(time.monotonic() - lost_at, 1)})
                lost_at = None

    threading.Thread(target=watch, name="kafka-reachable", daemon=True).start()
    return stop


def require_reachable(bootstrap: str) -> None:
    """Fail at once, in one line, when no bootstrap server accepts a connection: a one-shot command (tail, acl,
    retention) should not spend a client's bootstrap retries to end in a traceback."""
    if not any(port_open(server) for server in bootstrap.split(",")):
        raise KafkaUnreachable(f"nothing answers at {bootstrap} (LOGWARDEN_KAFKA_BOOTSTRAP): is Kafka running? "
                               "`make up` starts the local one")
