"""`logwarden check`: everything a process of a role needs, checked together, one line each (the `vector validate`
of logwarden).

A process that starts with a wrong password, a missing bucket or a port in use says so in one line and stops; but
it says only the first problem, and only when it starts. `check` asks every question a role's process would, in
the order the process would meet them, and goes on past a failure so that one run lists all that is wrong:

| role | checks |
|---|---|
| every role | settings (and misspelled LOGWARDEN_* names), the policy file, Kafka reachable, Kafka login |
| worker | principals file, pseudonym key, ACLs (with the admin login, where present), its metrics port |
| sink | principals file, the bucket (exists, default encryption, versioning, Object Lock, lifecycle), metrics port |
| producer | its metrics port |
| analyst | the route's reader login, the bucket exists |

A check's outcome is `ok`, `problem` (configuration to fix: the line says how), `unreachable` (a server did not
answer: try again later) or `skipped` (it needs something that failed before it, or a login this machine does not
hold). Exit code: 0 when nothing is a problem or unreachable; 2 when something is a problem; 75 when nothing is a
problem but a server did not answer (EX_TEMPFAIL: the same table as every other command, docs/operations.md).
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.settings import Settings, SettingsError, unknown_variables

ROLES = ("worker", "sink", "producer", "analyst")
#: The principal of the cluster each role logs in as (pipeline/cluster/principals.py).
KAFKA_ROLE = {"worker": "pipeline", "sink": "sink", "producer": "producer"}
OK, PROBLEM, UNREACHABLE, SKIPPED = "ok", "problem", "unreachable", "skipped"


@dataclass(frozen=True, slots=True)
class Result:
    """One check: what was asked, how it came out, what was found and (for a problem) how to fix it."""

    name: str
    outcome: str
    detail: str
    fix: str = ""

    def line(self) -> str:
        mark = {OK: "ok  ", PROBLEM: "FAIL", UNREACHABLE: "DOWN", SKIPPED: "skip"}[self.outcome]
        return f"{mark}  {self.name:<32} {self.detail}" + (f" -> {self.fix}" if self.fix else "")


def exit_code(results: list[Result]) -> int:
    """0 all answered and nothing is wrong; 2 a configuration problem; 75 only servers that did not answer."""
    if any(r.outcome == PROBLEM for r in results):
        return 2
    if any(r.outcome == UNREACHABLE for r in results):
        return 75
    return 0


class _Run:
    """The state one `check` run carries from question to question (what later checks need from earlier ones)."""

    def __init__(self, environ: Mapping[str, str] | None, role: str, route: str | None) -> None:
        self.environ = environ
        self.role = role
        self.route = route
        self.settings: Settings | None = None
        self.policy: Any = None
        self.principals: Any = None
        self.kafka_up = False
        self.s3: Any = None
        self.bucket_exists = False


def run_checks(role: str, environ: Mapping[str, str] | None = None, route: str | None = None) -> Iterator[Result]:
    """Every check of `role`, in the order its process would meet them, each as soon as it is known."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    run = _Run(environ, role, route)
    for check in _CHECKS:
        if role in check.roles:
            yield check.run(run)


@dataclass(frozen=True, slots=True)
class _Check:
    roles: tuple[str, ...]
    run: Callable[[_Run], Result]


def _settings(run: _Run) -> Result:
    try:
        run.settings = Settings.from_env(run.environ)
    except SettingsError as exc:
        return Result("settings", PROBLEM, str(exc), "`logwarden settings` lists every variable and its default")
    strays = unknown_variables(run.environ)
    if strays:
        return Result("settings", PROBLEM, "; ".join(strays), "remove or rename the variable")
    return Result("settings", OK, "every LOGWARDEN_* variable reads")


def _policy(run: _Run) -> Result:
    from pipeline.policy import PolicyError, load_policy

    if run.settings is None:
        return Result("policy", SKIPPED, "needs readable settings")
    try:
        run.policy = load_policy(run.settings.policy_file)
    except PolicyError as exc:
        return Result("policy", PROBLEM, str(exc), "fix the file at the place named")
    routes = ", ".join(r.name for r in run.policy.routes)
    return Result("policy", OK, f"{run.settings.policy_file.name} {run.policy.version}: routes {routes}")


def _principals(run: _Run) -> Result:
    from pipeline.cluster.principals import PrincipalsError, load_principals

    if run.settings is None or run.policy is None:
        return Result("principals", SKIPPED, "needs the settings and the policy")
    try:
        run.principals = load_principals(run.settings.principals_file, run.policy)
    except PrincipalsError as exc:
        return Result("principals", PROBLEM, str(exc), f"fix {run.settings.principals_file}")
    return Result("principals", OK, f"{len(run.principals.users())} principals in {run.settings.principals_file.name}")


def _pseudonym_key(run: _Run) -> Result:
    from pipeline.pseudonym_key import load_pseudonym_key

    if run.settings is None:
        return Result("pseudonym key", SKIPPED, "needs readable settings")
    try:
        key = load_pseudonym_key(run.settings)
    except SettingsError as exc:
        return Result("pseudonym key", PROBLEM, str(exc),
                      "set LOGWARDEN_HMAC_KEY_FILE (production) or run `logwarden dev up` (local)")
    return Result("pseudonym key", OK, f"key id {key.key_id}")  # the id is a fingerprint, never the key


def _keyring(run: _Run) -> Result:
    """The worker's pseudonym keyring: private, opened by this master key, the current epoch's key there and the
    next one's made ahead. Reads only: the worker makes what is missing when it starts."""
    from datetime import UTC, datetime

    from pipeline import keyring
    from pipeline.pseudonym_key import load_pseudonym_key

    if run.settings is None:
        return Result("keyring", SKIPPED, "needs readable settings")
    path = keyring.keyring_path(run.settings)
    try:
        epochs = keyring.store_of(run.settings).load()
        now = datetime.now(UTC)
        current = next((epoch for epoch in epochs if epoch.alive and epoch.covers(now)), None)
        if current is None:
            return Result("keyring", OK, f"no current epoch in {path} yet: the worker makes it when it starts")
        keyring.unwrap(keyring.wrapping_key(load_pseudonym_key(run.settings).key), current)
    except SettingsError as exc:
        return Result("keyring", PROBLEM, str(exc), "see docs/operations.md, Keys and epochs")
    ahead = any(epoch.alive and epoch.start == current.end for epoch in epochs)
    return Result("keyring", OK, f"epoch {current.key_id} until {current.end:%Y-%m-%d %H:%M} UTC; next key made "
                                 f"ahead: {'yes' if ahead else 'no (the worker makes it)'}")


def _kafka_reachable(run: _Run) -> Result:
    from pipeline.cluster.login import port_open

    if run.settings is None:
        return Result("kafka", SKIPPED, "needs readable settings")
    bootstrap = run.settings.kafka_bootstrap
    answering = [server for server in bootstrap.split(",") if port_open(server)]
    run.kafka_up = bool(answering)
    if not answering:
        return Result("kafka", UNREACHABLE, f"nothing answers at {bootstrap}",
                      "start it (`make up` locally) or set LOGWARDEN_KAFKA_BOOTSTRAP")
    return Result("kafka", OK, f"{len(answering)} of {len(bootstrap.split(','))} bootstrap servers answer")


def _kafka_login(run: _Run) -> Result:
    from pipeline.cluster.login import kafka_login, login_refusal

    role = KAFKA_ROLE.get(run.role) or f"reader:{run.route or _first_route(run)}"
    name = f"kafka login ({role})"
    if run.settings is None or not run.kafka_up:
        return Result(name, SKIPPED, "needs Kafka to answer")
    try:
        login = kafka_login(run.settings, role)
        refused = login_refusal(run.settings.kafka_bootstrap, login)
    except SettingsError as exc:
        return Result(name, PROBLEM, str(exc))
    if refused:
        return Result(name, PROBLEM, refused)
    who = login.username or "no login (the cluster has no security)"
    return Result(name, OK, f"{who} over {login.protocol}")


def _first_route(run: _Run) -> str:
    return run.policy.routes[0].name if run.policy is not None and run.policy.routes else "analytics"


def _acls(run: _Run) -> Result:
    from pipeline.cluster import acl
    from pipeline.cluster.login import kafka_login

    if run.settings is None or run.principals is None or not run.kafka_up:
        return Result("acls", SKIPPED, "needs the principals and Kafka")
    if not run.settings.kafka_security_protocol.startswith("SASL_"):
        return Result("acls", SKIPPED, "the cluster has no logins, so no ACLs to compare")
    try:
        kafka_login(run.settings, "admin")
    except SettingsError:
        return Result("acls", SKIPPED, "needs the admin login, which this machine does not hold")
    try:
        report = acl.check(run.settings, run.policy, run.principals)
    except Exception as exc:  # noqa: BLE001 - any client error is this check's answer, not the run's end
        return Result("acls", UNREACHABLE, f"the ACLs could not be read ({type(exc).__name__})")
    missing, extra = len(report.diff.missing), len(report.diff.extra)
    if missing or extra:
        return Result("acls", PROBLEM, f"{missing} of the policy's {report.desired} ACLs missing, {extra} more than "
                      "it grants", "`logwarden acl apply` (`logwarden acl check` lists them)")
    return Result("acls", OK, f"the {report.desired} ACLs of {run.settings.principals_file.name}, no more")


def _bucket(run: _Run) -> Result:
    from botocore.exceptions import BotoCoreError, ClientError

    from consumers.s3 import s3_client

    if run.settings is None:
        return Result("bucket", SKIPPED, "needs readable settings")
    bucket = run.settings.s3_bucket
    try:
        run.s3 = s3_client(run.settings, connect_timeout=3, retries=0)
        run.s3.head_bucket(Bucket=bucket)
    except ClientError as exc:
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        if status == 404:
            return Result("bucket", PROBLEM, f"{bucket} does not exist (LOGWARDEN_S3_BUCKET)",
                          "`logwarden dev up` makes it locally; elsewhere create it, then `logwarden retention apply`")
        if status in (401, 403):
            return Result("bucket", PROBLEM, f"access to {bucket} refused",
                          "check LOGWARDEN_S3_ACCESS_KEY_ID, its secret and that key's permissions")
        return Result("bucket", UNREACHABLE, f"S3 answered {status} for {bucket}")
    except (BotoCoreError, OSError) as exc:
        return Result("bucket", UNREACHABLE, f"S3 at {run.settings.s3_endpoint or 'AWS'} does not answer "
                      f"({type(exc).__name__})", "start it (`make up` locally) or set LOGWARDEN_S3_ENDPOINT")
    run.bucket_exists = True
    return Result("bucket", OK, f"{bucket} at {run.settings.s3_endpoint or 'AWS S3'}")


def _encryption(run: _Run) -> Result:
    from consumers.protection import encryption_at_rest

    if not run.bucket_exists or run.settings is None:
        return Result("encryption at rest", SKIPPED, "needs the bucket")
    algorithm = encryption_at_rest(run.s3, run.settings.s3_bucket)
    if algorithm is None:
        return Result("encryption at rest", PROBLEM, "the bucket has no default encryption (clause 3.1)",
                      "`logwarden retention apply`, or LOGWARDEN_S3_REQUIRE_ENCRYPTION=false for a store that "
                      "cannot encrypt")
    return Result("encryption at rest", OK, algorithm)


def _versioning(run: _Run) -> Result:
    if not run.bucket_exists or run.settings is None:
        return Result("versioning, lock", SKIPPED, "needs the bucket")
    bucket = run.settings.s3_bucket
    status = run.s3.get_bucket_versioning(Bucket=bucket).get("Status") or "never enabled"
    try:
        lock = run.s3.get_object_lock_configuration(Bucket=bucket)["ObjectLockConfiguration"].get("ObjectLockEnabled")
    except Exception:  # noqa: BLE001 - a bucket without Object Lock answers with an error code
        lock = None
    # informational until legal holds need them (issue 26): a plain bucket is a valid archive today
    return Result("versioning, lock", OK, f"versioning {status.lower()}, Object Lock {'on' if lock else 'off'}")


def _lifecycle(run: _Run) -> Result:
    from consumers import lifecycle

    if not run.bucket_exists or run.settings is None or run.policy is None:
        return Result("lifecycle", SKIPPED, "needs the bucket and the policy")
    rules, versioned = lifecycle.read(run.s3, run.settings.s3_bucket)
    planned = lifecycle.plan(rules, run.policy.retention, versioned)
    if not planned.compliant:
        return Result("lifecycle", PROBLEM, "; ".join(planned.problems), "`logwarden retention apply`")
    return Result("lifecycle", OK, f"objects expire after {run.policy.retention.s3_days} days (clause 3.3)")


_METRICS_PORT = {"worker": ("worker_metrics_port", "LOGWARDEN_WORKER_METRICS_PORT"),
                 "sink": ("sink_metrics_port", "LOGWARDEN_SINK_METRICS_PORT"),
                 "producer": ("producer_metrics_port", "LOGWARDEN_PRODUCER_METRICS_PORT")}


def _metrics_port(run: _Run) -> Result:
    if run.settings is None:
        return Result("metrics port", SKIPPED, "needs readable settings")
    attribute, variable = _METRICS_PORT[run.role]
    host, port = run.settings.bind_host, getattr(run.settings, attribute)
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return Result("metrics port", PROBLEM, f"{host}:{port} is in use (a {run.role} may already run here)",
                          f"stop what holds it, or set {variable}")
    return Result("metrics port", OK, f"{host}:{port} is free")


_ALL = ROLES
_CHECKS: tuple[_Check, ...] = (
    _Check(_ALL, _settings),
    _Check(_ALL, _policy),
    _Check(("worker", "sink", "analyst"), _principals),
    _Check(("worker",), _pseudonym_key),
    _Check(("worker",), _keyring),
    _Check(_ALL, _kafka_reachable),
    _Check(_ALL, _kafka_login),
    _Check(("worker",), _acls),
    _Check(("sink", "analyst"), _bucket),
    _Check(("sink",), _encryption),
    _Check(("sink",), _versioning),
    _Check(("sink",), _lifecycle),
    _Check(("worker", "sink", "producer"), _metrics_port),
)
