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

import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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

    def faust_credentials(self) -> Any:
        """`broker_credentials` for a Faust app, or None for plain text."""
        import faust

        if self.sasl:
            return faust.SASLCredentials(username=self.username, password=self.password,
                                         ssl_context=self.ssl_context(), mechanism=self.mechanism)
        if self.tls:
            return faust.SSLCredentials(self.ssl_context())
        return None

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
    from pipeline.access import PrincipalsError, load_principals
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
