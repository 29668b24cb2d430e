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

from pipeline.dev.process import StackError
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
        except (SettingsError, PolicyError) as exc:
            click.echo(f"logwarden: {exc}", err=True)
            sys.exit(2)
        except StackError as exc:
            click.echo(f"logwarden: {exc}", err=True)
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
    """Start the local stack (idempotent) and create the policy's topics and the bucket."""
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
@click.option("--count", default=10_000, show_default=True, help="Messages to send.")
@click.option("--rate", type=float, default=None, help="Messages per second (default: as fast as possible).")
@click.option("--malformed-share", type=click.FloatRange(0, 1), default=0.02, show_default=True,
              help="Share of malformed messages (every kind the pipeline must reject).")
@click.option("--seed", type=int, default=None, help="Seed for reproducible traffic.")
@friendly_errors
def produce_cmd(count: int, rate: float | None, malformed_share: float, seed: int | None) -> None:
    """Load generator: realistic synthetic request and action events into logs.raw."""
    from prometheus_client import start_http_server

    from producers.loadgen import generate

    settings = _configured()
    start_http_server(settings.producer_metrics_port, addr=settings.bind_host)
    with click.progressbar(length=count, label="producing", file=sys.stderr) as bar:
        report = generate(settings, count, rate, malformed_share, seed, progress=bar.update)
    click.echo(report.line())
    sys.exit(0 if report.delivery_errors == 0 and report.dropped == 0 else 1)


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
    """Put the policy's lifecycle rule on the bucket (other rules are kept)."""
    from consumers import lifecycle
    from consumers.s3 import s3_client

    settings, policy = _settings_and_policy()
    found = lifecycle.ensure(s3_client(settings), settings.s3_bucket, policy.retention)
    for problem in found.problems:
        click.echo(f"repaired: {problem}")
    click.echo(f"bucket {settings.s3_bucket}: objects expire after {policy.retention.s3_days} days "
               f"({'changed' if found.problems else 'already so'})")


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
@click.option("--count", default=20_000, show_default=True, help="Messages of synthetic traffic to send.")
@click.option("--rate", type=float, default=None, help="Messages per second (default: as fast as possible).")
@friendly_errors
def demo_cmd(count: int, rate: float | None) -> None:
    """Start the local stack and the pipeline, send traffic, and show what became of every message."""
    from pipeline.demo import run_demo
    from pipeline.logs import setup_logging

    settings = _settings()
    setup_logging("warning", "text")
    sys.exit(run_demo(settings, count, rate, click.echo))


if __name__ == "__main__":
    main()
