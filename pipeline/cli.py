"""`logwarden`: the one command-line entry point, a subcommand per job.

Each subcommand reads the settings once, fails with a one-line reason on bad settings or
a bad policy (exit 2), and leaves the work to the module that owns it.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from collections.abc import Callable
from functools import wraps
from typing import Any

import click
from botocore.exceptions import BotoCoreError, ClientError

from pipeline.access import PrincipalsError
from pipeline.dev.process import StackError
from pipeline.kafka_acl import AclError
from pipeline.kafka_admin import check_login
from pipeline.policy import PolicyError
from pipeline.settings import Settings, SettingsError, describe


def _settings() -> Settings:
    return Settings.from_env()


def _configured() -> Settings:
    """Settings for a long-running process, with its structured logging set up."""
    from pipeline.logs import setup_logging

    settings = _settings()
    setup_logging(settings.log_level, settings.log_format)
    return settings


def _settings_and_policy() -> tuple[Settings, Any]:
    from pipeline.policy import load_policy

    settings = _settings()
    return settings, load_policy(settings.policy_file)


def friendly_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn configuration and stack errors into a clear message and exit code instead of a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (SettingsError, PolicyError, PrincipalsError) as exc:
            click.echo(f"logwarden: {exc}", err=True)
            sys.exit(2)
        except (StackError, AclError) as exc:
            click.echo(f"logwarden: {exc}", err=True)
            sys.exit(1)
        except BotoCoreError as exc:  # S3 unreachable: say so, not a traceback
            click.echo(f"logwarden: S3: {exc} (is the store running? `make up` starts the local one)", err=True)
            sys.exit(1)
        except ClientError as exc:  # S3 answered no: a missing bucket, a denied permission
            click.echo(f"logwarden: S3: {exc}", err=True)
            sys.exit(1)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """logwarden: a log pipeline that enforces a website's privacy policy on its own logs."""


@main.command("settings")
@click.option("--markdown", is_flag=True, help="Print the documentation table (as in the README) instead.")
def settings_cmd(markdown: bool) -> None:
    """Print every LOGWARDEN_* setting with its default and its value here (secrets hidden)."""
    if markdown:
        click.echo("| variable | default | what it sets |\n|---|---|---|")
        for row in describe():
            default = f"`{row['default']}`" if row['default'] else "(empty)"
            click.echo(f"| `{row['variable']}` | {default} | {row['doc']} |")
        return
    current = None
    try:
        current = Settings.from_env()
    except SettingsError as exc:
        click.echo(f"logwarden: {exc}\n", err=True)
    from dataclasses import fields

    values = {f.metadata["env"]: (getattr(current, f.name), f.metadata["secret"]) for f in fields(Settings)} if current else {}
    for row in describe():
        value, secret = values.get(row["variable"], ("?", False))
        shown = ("(set)" if value else "(unset)") if secret else value
        click.echo(f"{row['variable']}={shown}\n    default: {row['default']!r}\n    {row['doc']}")
    if current is None:
        sys.exit(2)


@main.group()
def dev() -> None:
    """The local stack of real servers: Apache Kafka (KRaft) and moto's S3 server."""


@dev.command("up")
@friendly_errors
def dev_up() -> None:
    """Start the local stack (idempotent): the policy's topics, the principals' logins and ACLs, the bucket."""
    from pipeline.dev import stack

    stack.up(_settings(), click.echo)


@dev.command("down")
@friendly_errors
def dev_down() -> None:
    """Stop the servers `dev up` started."""
    from pipeline.dev import stack

    stack.down(_settings(), click.echo)


@dev.command("status")
@friendly_errors
def dev_status() -> None:
    """Report each server of the stack; exit 1 when one is down."""
    from pipeline.dev import stack

    rows = stack.status(_settings())
    for row in rows:
        click.echo(row.line())
    sys.exit(0 if all(r.answering for r in rows) else 1)


@main.command("worker")
@friendly_errors
def worker_cmd() -> None:
    """Run the pipeline: consume logs.raw, scrub and route every event, produce to the purpose topics."""
    from pipeline.worker import run_worker

    run_worker(_configured())


@main.command("scrub")
@click.option("--policy", "policy_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Policy file to try (default: LOGWARDEN_POLICY).")
@friendly_errors
def scrub_cmd(policy_path: Path | None) -> None:
    """Try the policy offline: raw events as JSON Lines on stdin, one JSON line per output on stdout.

    Each output is {"topic": ..., "value": {...}}; a DLQ output carries the DLQ topic, a
    "reason" and the rejected line as "raw"; drops are reported on stderr. Exit 0 once the
    input is read, whatever was rejected.
    """
    from pipeline.logs import setup_logging
    from pipeline.offline import scrub_stream
    from pipeline.policy import load_policy

    settings = _settings()
    setup_logging("warning", "text")
    policy = load_policy(policy_path or settings.policy_file)
    summary = scrub_stream(settings, policy, sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer)
    click.echo(summary, err=True)


@main.command("produce")
@click.option("--count", type=click.IntRange(min=1), default=None,
              help="Messages to send (default 10,000 unless --seconds is given).")
@click.option("--seconds", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Send for this long instead (with --count too: whichever ends first).")
@click.option("--rate", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Messages per second (default: as fast as Kafka takes them).")
@click.option("--malformed-share", type=click.FloatRange(0, 1), default=0.02, show_default=True,
              help="Share of malformed messages, of every kind the pipeline must reject.")
@click.option("--action-share", type=click.FloatRange(0, 1), default=0.3, show_default=True,
              help="Share of action events (form submits with names, phones and emails typed in).")
@click.option("--seed", type=int, default=None, help="Seed for reproducible traffic.")
@friendly_errors
def produce_cmd(count: int | None, seconds: float | None, rate: float | None, malformed_share: float,
                action_share: float, seed: int | None) -> None:
    """Load generator: realistic synthetic request and action events into logs.raw, with a progress bar.

    Events carry what real sites send: names, phones and emails in forms and query strings,
    cookies, precise locations, and a mix of consents. Exit 1 when a message was not acknowledged.
    """
    from prometheus_client import start_http_server

    from producers.loadgen import generate

    settings = _configured()
    if count is None and seconds is None:
        count = 10_000
    check_login(settings, "producer")
    start_http_server(settings.producer_metrics_port, addr=settings.bind_host)
    by_time = count is None
    length = int(seconds * 10) if by_time and seconds else count
    with click.progressbar(length=length, label="producing", file=sys.stderr, show_pos=not by_time,
                           show_eta=True) as bar:
        def progress(sent: int, elapsed: float) -> None:
            done = int(elapsed * 10) if by_time else sent
            bar.update(max(0, min(length, done) - bar.pos))

        report = generate(settings, count=count, seconds=seconds, rate=rate, malformed_share=malformed_share,
                          action_share=action_share, seed=seed, progress=progress)
    click.echo(report.line())
    sys.exit(0 if report.delivery_errors == 0 and report.dropped == 0 else 1)


@main.command("tail-log")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--host", default=None, help="The site these logs are for, as the events' request.host "
              "(default: LOGWARDEN_SOURCE_SERVICE).")
@click.option("--start-at", type=click.Choice(["beginning", "end"]), default="beginning", show_default=True,
              help="Where to start in a file seen for the first time (a checkpointed file resumes where it was).")
@click.option("--once", is_flag=True, help="Read every file to its end, then exit: a backfill instead of a follow.")
@friendly_errors
def tail_log_cmd(paths: tuple[str, ...], host: str | None, start_at: str, once: bool) -> None:
    """Follow nginx/Apache access logs (combined or common format) into logs.raw, through rotation.

    Survives rotation by rename (logrotate's default) and by truncation (copytruncate).
    Lines it cannot parse are counted and reported with their line numbers; positions are
    checkpointed in the state folder only after Kafka acknowledged the lines before them.
    """
    import signal
    import threading

    from prometheus_client import start_http_server

    from producers.kafka_producer import LogProducer
    from producers.tailer import Tailer, Undelivered

    from pipeline.policy import load_policy

    settings = _configured()
    policy = load_policy(settings.policy_file)
    check_login(settings, "producer")
    start_http_server(settings.tailer_metrics_port, addr=settings.bind_host)
    producer = LogProducer(settings, settings.topic(policy.raw.name), client_suffix="tail-log", canaries=True)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    tailer = Tailer(settings, producer, list(paths), host=host or "", start_at=start_at)
    click.echo(f"following {', '.join(paths)} into {producer.topic}"
               f"{' until their ends' if once else ''}; metrics at "
               f"http://{settings.bind_host}:{settings.tailer_metrics_port}/metrics", err=True)
    try:
        report = tailer.run(stop, once=once)
    except Undelivered as exc:
        click.echo(f"logwarden: {exc}", err=True)
        report = tailer.report
    finally:
        producer.close()
    for path, number, reason in report.rejects:
        click.echo(f"{path}:{number}: not sent ({reason})", err=True)
    click.echo(report.line(), err=True)
    failed = sum(producer.counts[o] for o in ("delivery_error", "dropped_error", "dropped_at_close"))
    sys.exit(1 if failed else 0)


@main.command("tail")
@click.argument("route")
@click.option("--since", "since_text", metavar="TIME",
              help="Start at the first event sent at or after this ISO 8601 time (e.g. 2026-11-24T15:00Z).")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest event the topic still keeps.")
@click.option("--format", "output", type=click.Choice(["pretty", "jsonl"]), default=None,
              help="pretty (indented, with partition and offset) or jsonl (one event a line, for jq or a file). "
                   "Default: pretty on a terminal, jsonl otherwise.")
@click.option("--follow/--no-follow", default=True, show_default=True,
              help="Keep waiting for new events, or stop at the end the topic had when tail started.")
@click.option("-n", "--max", "limit", type=click.IntRange(min=1), default=None, help="Stop after this many events.")
@friendly_errors
def tail_cmd(route: str, since_text: str | None, from_beginning: bool, output: str | None, follow: bool,
             limit: int | None) -> None:
    """Print the scrubbed events of one purpose topic (ROUTE: a route of the policy), or for operators
    with `dlq`, the rejected raw input with its reason (unscrubbed: the DLQ is restricted).

    By default it starts at the end and follows, like `tail -f`. It commits no offsets and
    joins no consumer group, so it never disturbs the sink.
    """
    from consumers.reader import TopicReader

    settings, policy = _settings_and_policy()
    topics = {r.name: r.topic.name for r in policy.routes} | {"dlq": policy.dlq.name}
    if route not in topics:
        click.echo(f"logwarden: unknown route {route!r}; the policy ({settings.policy_file}) has: "
                   + ", ".join(sorted(topics)), err=True)
        sys.exit(2)
    if since_text and from_beginning:
        raise click.UsageError("--since and --from-beginning are exclusive")
    try:
        since = _moment(since_text) if since_text else None
    except ValueError:
        raise click.BadParameter(f"{since_text!r} is not an ISO 8601 time", param_hint="--since") from None
    output = output or ("pretty" if sys.stdout.isatty() else "jsonl")
    topic = settings.topic(topics[route])
    role = "operator" if route == "dlq" else f"reader:{route}"
    check_login(settings, role)
    try:
        reader = TopicReader(settings, topic, role=role,
                             start="beginning" if from_beginning else "end", since=since)
    except LookupError as exc:
        click.echo(f"logwarden: {exc}", err=True)
        sys.exit(1)
    where = f"since {since.isoformat()}" if since else ("from the beginning" if from_beginning else "from the end")
    click.echo(f"reading {topic} {where}{', following' if follow else ''} (Ctrl-C stops)", err=True)
    out = sys.stdout.buffer
    try:
        for shown in reader.records(follow=follow, limit=limit):
            out.write(shown.jsonl() if output == "jsonl" else shown.pretty().encode())
            out.flush()
    except (KeyboardInterrupt, BrokenPipeError):
        pass
    finally:
        reader.close()


@main.group()
def acl() -> None:
    """Clause 3.1 on Kafka: who may read and write which topic, from config/principals.toml and the policy."""


def _acl_inputs() -> tuple[Settings, Any, Any]:
    from pipeline.access import load_principals

    settings, policy = _settings_and_policy()
    return settings, policy, load_principals(settings.principals_file, policy)


def _show(grants: Any, mark: str) -> None:
    for grant in grants:
        click.echo(f"  {mark} {grant}")


def _report(report: Any) -> None:
    _show(report.diff.missing, "missing")
    _show(report.diff.extra, "extra  ")
    _show(report.diff.covering, "reaches")
    _show(report.diff.denies, "deny   ")
    if report.diff.covering:
        click.echo("  (reaches: a wildcard or prefix binding that covers logwarden's topics or groups; it may serve "
                   "others on the cluster, so it is not removed: narrow it by hand)", err=True)


@acl.command("apply")
@friendly_errors
def acl_apply() -> None:
    """Make the ACLs on logwarden's topics and groups exactly the policy's (idempotent): add what is
    missing, remove what no role should have. Runs as the admin principal."""
    from pipeline import kafka_acl

    settings, policy, principals = _acl_inputs()
    report = kafka_acl.apply(settings, policy, principals)
    _report(report)
    click.echo(f"{report.desired} ACLs as {settings.principals_file.name} says: "
               f"{len(report.diff.missing)} added, {len(report.diff.extra)} removed")
    if report.diff.covering:
        sys.exit(1)


@acl.command("check")
@friendly_errors
def acl_check() -> None:
    """Compare the live ACLs on logwarden's topics and groups with the policy's; exit 1 on drift."""
    from pipeline import kafka_acl

    settings, policy, principals = _acl_inputs()
    report = kafka_acl.check(settings, policy, principals)
    _report(report)
    if not report.diff.clean:
        click.echo(f"drift: {len(report.diff.missing)} missing, {len(report.diff.extra)} extra, "
                   f"{len(report.diff.covering)} reaching through a wildcard or prefix "
                   "(`logwarden acl apply` repairs the first two)", err=True)
        sys.exit(1)
    click.echo(f"ok: the {report.desired} ACLs on logwarden's topics and groups are exactly the policy's"
               + (f" ({len(report.diff.denies)} DENY kept)" if report.diff.denies else ""))


@acl.command("passwd")
@click.argument("user")
@click.option("--password-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Read the password from this file (mode 0600). Default: make a random one and keep it in "
                   "LOGWARDEN_KAFKA_SECRETS_DIR as USER.password, for the local stack.")
@click.option("--delete", is_flag=True, help="Remove USER's login instead (after taking them out of the "
                                             "principals file and `acl apply`).")
@friendly_errors
def acl_passwd(user: str, password_file: Path | None, delete: bool) -> None:
    """Create or change USER's SCRAM login on the cluster (as the admin principal). The password is never
    printed; hand the analyst the file."""
    from pipeline import kafka_acl
    from pipeline.access import check_user
    from pipeline.kafka_auth import ensure_password, password_path
    from pipeline.settings import read_secret_file

    settings, _, principals = _acl_inputs()
    check_user(user)
    if delete:
        if user in principals.users():
            raise click.UsageError(f"{user} is still in {settings.principals_file}: take them out and run "
                                   "`logwarden acl apply` first")
        gone = kafka_acl.delete_login(settings, user)
        password_path(settings.kafka_secrets, user).unlink(missing_ok=True)
        click.echo(f"{user}: login removed" if gone else f"{user}: had no login")
        return
    if user not in principals.users():
        click.echo(f"note: {user} is not in {settings.principals_file}; it can log in but no ACL lets it read "
                   "anything until you add it there and run `logwarden acl apply`", err=True)
    if password_file is not None:
        password, where = read_secret_file(password_file, "--password-file"), password_file
    else:
        password, where = ensure_password(settings.kafka_secrets, user), password_path(settings.kafka_secrets, user)
    kafka_acl.set_password(settings, user, password)
    click.echo(f"{user}: SCRAM login set ({settings.kafka_sasl_mechanism}); password in {where}")


@main.command("sink")
@friendly_errors
def sink_cmd() -> None:
    """Write the purpose topics to S3 as partitioned gzip JSON Lines, exactly once."""
    from consumers.s3_sink import run_sink

    run_sink(_configured())


@main.group()
def retention() -> None:
    """Clause 3.3: keep log files one year, and not longer."""


@retention.command("apply")
@friendly_errors
def retention_apply() -> None:
    """Put the policy's lifecycle rule on the bucket (other rules are kept), and protect the bucket:
    default encryption, the public access block, and a policy denying unencrypted and plain-HTTP requests
    (what the store does not support is reported, not forced)."""
    from consumers import lifecycle
    from consumers.s3 import s3_client

    from consumers.protection import protect

    settings, policy = _settings_and_policy()
    client = s3_client(settings)
    found = lifecycle.ensure(client, settings.s3_bucket, policy.retention)
    for problem in found.problems:
        click.echo(f"repaired: {problem}")
    click.echo(f"bucket {settings.s3_bucket}: objects expire after {policy.retention.s3_days} days "
               f"({'changed' if found.problems else 'already so'})")
    # clause 3.1 for the archive: encrypted at rest, never public, no unencrypted or plain-HTTP requests
    for step in protect(client, settings.s3_bucket, settings.s3_endpoint):
        click.echo(f"bucket {settings.s3_bucket}: {step.line()}")


def _moment(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@retention.command("check")
@click.option("--now", "now_text", help="Judge ages as of this ISO 8601 time (default: now).")
@friendly_errors
def retention_check(now_text: str | None) -> None:
    """Exit 1, saying why, when the lifecycle rule, an object's age or a topic's retention breaks the policy."""
    from consumers import retention as checks
    from consumers.s3 import s3_client

    settings, policy = _settings_and_policy()
    report = checks.check(settings, policy, s3_client(settings), _moment(now_text))
    for note in report.notes:
        click.echo(f"ok: {note}")
    for problem in report.problems:
        click.echo(f"VIOLATION: {problem}")
    sys.exit(0 if report.ok else 1)


@retention.command("enforce")
@click.option("--dry-run", is_flag=True, help="List what would be deleted; delete nothing.")
@click.option("--now", "now_text", help="Judge ages as of this ISO 8601 time (default: now).")
@friendly_errors
def retention_enforce(dry_run: bool, now_text: str | None) -> None:
    """Delete objects past retention, for stores that do not expire objects themselves."""
    from consumers import retention as checks
    from consumers.s3 import s3_client

    settings, policy = _settings_and_policy()
    keys = checks.enforce(settings, policy, s3_client(settings), _moment(now_text), dry_run)
    for key in keys:
        click.echo(f"{'would delete' if dry_run else 'deleted'} {key}")
    click.echo(f"{len(keys)} objects past {policy.retention.s3_days} days "
               f"{'found (dry run)' if dry_run else 'deleted'}")


@main.command("demo")
@click.option("--seconds", type=click.FloatRange(min=1), default=30, show_default=True,
              help="How long to send synthetic traffic.")
@click.option("--rate", type=click.FloatRange(min=0, min_open=True), default=1000, show_default=True,
              help="Messages per second.")
@click.option("--keep-running", is_flag=True, help="Leave the stack it started running afterwards.")
@friendly_errors
def demo_cmd(seconds: float, rate: float, keep_running: bool) -> None:
    """Start the local stack and the pipeline, send traffic, and show what became of every message."""
    from pipeline.demo import run_demo
    from pipeline.logs import setup_logging

    settings = _settings()
    setup_logging("warning", "text")
    sys.exit(run_demo(settings, seconds, rate, click.echo, keep_running=keep_running))


if __name__ == "__main__":
    main()
