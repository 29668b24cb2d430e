"""`logwarden`: the one command-line entry point, a subcommand per job.

Each subcommand reads the settings once, fails with a one-line reason on bad settings or
a bad policy (exit 2), and leaves the work to the module that owns it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from typing import Any

import click
from botocore.exceptions import BotoCoreError, ClientError
from kafka.errors import KafkaConnectionError, KafkaTimeoutError

from pipeline.cluster.acl import AclError
from pipeline.cluster.login import KafkaUnreachable, check_login
from pipeline.cluster.principals import PrincipalsError
from pipeline.dev.process import StackError
from pipeline.policy import PolicyError
from pipeline.settings import Settings, SettingsError


def _err(line: str) -> None:
    click.echo(line, err=True)


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


def _s3_refusal(exc: ClientError) -> tuple[str, int]:
    """What an S3 error answer means to the person running the command, and its exit code."""
    error = exc.response.get("Error", {})
    code = str(error.get("Code", ""))
    bucket = error.get("BucketName") or Settings.from_env().s3_bucket
    if code == "NoSuchBucket":
        return (f"the bucket {bucket} does not exist (LOGWARDEN_S3_BUCKET): `logwarden dev up` creates it on the "
                "local stack; elsewhere create it, then `logwarden retention apply`"), 2
    if code in {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "AllAccessDisabled"}:
        return (f"access to {bucket} refused ({code}): check LOGWARDEN_S3_ACCESS_KEY_ID and its secret, and the "
                "permissions of that key"), 2
    status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
    return str(exc), 75 if status >= 500 or code in {"SlowDown", "RequestTimeout"} else 1


def friendly_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn configuration and stack errors into a clear message and exit code instead of a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (SettingsError, PolicyError, PrincipalsError) as exc:
            for line in str(exc).splitlines() or [""]:  # a policy's every mistake: one line each
                click.echo(f"logwarden: {line}", err=True)
            sys.exit(2)
        except (KafkaUnreachable, KafkaTimeoutError, KafkaConnectionError) as exc:  # try again later: EX_TEMPFAIL
            click.echo(f"logwarden: Kafka: {exc}", err=True)
            sys.exit(75)
        except StackError as exc:  # 2: a port or tool to fix; 75: a server to wait for; 1: one that would not start
            click.echo(f"logwarden: {exc}", err=True)
            sys.exit(exc.exit_code)
        except AclError as exc:
            click.echo(f"logwarden: {exc}", err=True)
            sys.exit(1)
        except BotoCoreError as exc:  # S3 unreachable: say so, not a traceback; try again later
            click.echo(f"logwarden: S3: {exc} (is the store running? `make up` starts the local one)", err=True)
            sys.exit(75)
        except ClientError as exc:  # S3 answered no: a missing bucket, a denied permission, or a busy store
            line, code = _s3_refusal(exc)
            click.echo(f"logwarden: S3: {line}", err=True)
            sys.exit(code)

    return wrapper


class _Moment(click.ParamType):
    """An ISO 8601 time such as 2026-11-24T15:00Z (UTC when no zone is given); a bad one is a usage error."""

    name = "TIME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 time such as 2026-11-24T15:00Z", param, ctx)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


MOMENT = _Moment()


class _InFlowOrder(click.Group):
    """Commands listed in the order data flows through them (stack, sources, pipeline, archive, readers,
    administration), not alphabetically: `logwarden --help` reads as the README's data flow."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command's first sentence whole, wrapped, instead of click's cut at the terminal's width ("...")."""
        rows = [(name, command.get_short_help_str(limit=1000)) for name in self.list_commands(ctx)
                if (command := self.get_command(ctx, name)) is not None and not command.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=_InFlowOrder, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="logwarden", prog_name="logwarden")
def main() -> None:
    """logwarden: a log pipeline that enforces a website's privacy policy on its own logs."""
    from pipeline.settings import unknown_variables

    for line in unknown_variables():
        _err(f"logwarden: warning: {line}")


@main.command("demo")
@click.option("--seconds", type=click.FloatRange(min=1), default=30, show_default=True,
              help="How long to send synthetic traffic.")
@click.option("--rate", type=click.FloatRange(min=0, min_open=True), default=1000, show_default=True,
              help="Messages per second.")
@click.option("--keep-running", is_flag=True, help="Leave the stack it started running afterwards.")
@friendly_errors
def demo_cmd(seconds: float, rate: float, keep_running: bool) -> None:
    """Start the local stack and the pipeline, send traffic, and show what became of every message."""
    from pipeline.dev.demo import run_demo
    from pipeline.logs import setup_logging

    settings = _settings()
    setup_logging("warning", "text")
    sys.exit(run_demo(settings, seconds, rate, click.echo, keep_running=keep_running))


@main.group(cls=_InFlowOrder)
def dev() -> None:
    """The local stack of real servers: Apache Kafka (KRaft) and moto's S3 server."""


@dev.command("up")
@click.option("--brokers", type=click.Choice(["1", "3"]), default=None,
              help="Local Kafka nodes: 1, or a cluster of 3 (replication 3, min.insync.replicas 2) to survive "
                   "losing one. Default: the layout already there, else 1.")
@friendly_errors
def dev_up(brokers: str | None) -> None:
    """Start the local stack (idempotent): the policy's topics, the principals' logins and ACLs, the bucket."""
    from pipeline.dev import stack

    stack.up(_settings(), click.echo, int(brokers) if brokers else None)


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


@main.command("check")
@click.option("--role", type=click.Choice(["worker", "sink", "producer", "analyst"]), default=None,
              help="Check what a process of this role needs (default: worker, sink and producer).")
@click.option("--route", default=None, help="With --role analyst: the route whose reader logs in (default: the "
                                            "policy's first).")
def check_cmd(role: str | None, route: str | None) -> None:
    """Check the settings, policy, logins, bucket and ports a process needs; one line each.

    Exit 0 when all is well, 2 when something is to fix (each line says how), 75 when a server did not answer."""
    from pipeline.check import exit_code, run_checks

    results = []
    for each in [role] if role else ["worker", "sink", "producer"]:
        if not role:
            click.echo(f"-- {each}")
        for result in run_checks(each, route=route):
            results.append(result)
            click.echo(result.line())
    sys.exit(exit_code(results))


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
@click.option("--checkpoint", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --seed: record here how much of the sequence Kafka acknowledged, and resume from there "
                   "when started again (a killed run re-sends only its last second, with the same event ids).")
@friendly_errors
def produce_cmd(count: int | None, seconds: float | None, rate: float | None, malformed_share: float,
                action_share: float, seed: int | None, checkpoint: Path | None) -> None:
    """Load generator: realistic synthetic request and action events into logs.raw, with a progress bar.

    Events carry what real sites send: names, phones and emails in forms and query strings,
    cookies, precise locations, and a mix of consents. Exit 1 when a message was not acknowledged.
    """
    import signal
    import threading

    from pipeline.metrics_server import registered, serve_metrics
    from producers.loadgen import generate

    settings = _configured()
    if count is None and seconds is None:
        count = 10_000
    if checkpoint is not None and seed is None:
        raise click.BadParameter("a checkpoint needs --seed: only a seeded sequence can be made again",
                                 param_hint="--checkpoint")
    check_login(settings, "producer")
    serve_metrics(settings.bind_host, settings.producer_metrics_port, "LOGWARDEN_PRODUCER_METRICS_PORT")
    # SIGTERM stops sending and flushes like the end of the count, so the run still reports and unregisters
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    by_time = count is None
    length: int = int(seconds * 10) if by_time and seconds else (count or 0)
    with registered(settings.scrape_targets_dir, "logwarden-loadgen", settings.bind_host,
                    settings.producer_metrics_port), \
            click.progressbar(length=length, label="producing", file=sys.stderr, show_pos=not by_time,
                              show_eta=True) as bar:  # type: click.progressbar[int]
        def progress(sent: int, elapsed: float) -> None:
            done = int(elapsed * 10) if by_time else sent
            bar.update(max(0, min(length, done) - bar.pos))

        report = generate(settings, count=count, seconds=seconds, rate=rate, malformed_share=malformed_share,
                          action_share=action_share, seed=seed, progress=progress, checkpoint=checkpoint, stop=stop)
    click.echo(report.line())
    sys.exit(0 if report.delivery_errors == 0 and report.dropped == 0 else 1)


@main.command("tail-log")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
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
    from producers.access_log import ship

    sys.exit(ship.run(_configured(), paths, host=host or "", start_at=start_at, once=once))


@main.command("worker")
@click.option("--processes", default="1", show_default=True, metavar="N|auto",
              help="Worker processes in one consumer group under one supervisor, each restarted when it dies; "
                   "`auto`: one per core, at most the raw topic's partitions. Process i serves its /metrics on "
                   "LOGWARDEN_WORKER_METRICS_PORT + i (Prometheus scrapes each port).")
@click.option("--process-index", type=int, default=None, hidden=True)  # set by the supervisor for its children
@friendly_errors
def worker_cmd(processes: str, process_index: int | None) -> None:
    """Run the pipeline: consume logs.raw, scrub and route every event, produce to the purpose topics."""
    from pipeline.worker import process_count, run_processes, run_worker

    if processes != "auto" and not (processes.isdigit() and int(processes) >= 1):
        raise click.BadParameter("a number of processes (1 or more) or `auto`", param_hint="--processes")
    settings = _configured()
    count = process_count(settings, processes)
    if count == 1 or process_index is not None:
        run_worker(settings, process_index)
    else:
        sys.exit(run_processes(settings, count))


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
    from pipeline.policy import load_policy
    from pipeline.scrub_jsonl import scrub_stream

    settings = _settings()
    setup_logging("warning", "text")
    policy = load_policy(policy_path or settings.policy_file)
    summary = scrub_stream(settings, policy, sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer)
    click.echo(summary, err=True)


@main.group(cls=_InFlowOrder)
def policy() -> None:
    """Change the policy safely: plan a change, apply it at a time without a restart, list the versions applied,
    explain the policy in force."""


@policy.command("plan")
@click.argument("new", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--from", "old_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The policy to compare against (default: the version in force in logs.policy when the cluster "
                   "answers within 10 s, else LOGWARDEN_POLICY; the plan says which).")
@click.option("--sample", default=None, metavar="PATH|s3://BUCKET/PREFIX",
              help="Raw events to replay: a JSON Lines file, or archive objects under an S3 prefix (at most "
                   "--objects of them). Default: the privacy corpus (in a checkout) and 500 seeded load-generator "
                   "events.")
@click.option("--objects", type=click.IntRange(min=1), default=20, show_default=True,
              help="With --sample s3://...: how many archive objects to read.")
@click.option("--principals", "principals_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The principals file that goes with NEW (default: LOGWARDEN_PRINCIPALS).")
@click.option("--from-principals", "old_principals", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The principals file in force (default: LOGWARDEN_PRINCIPALS).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the plan as JSON here, for `policy apply --plan`.")
@friendly_errors
def policy_plan_cmd(new: Path, old_path: Path | None, sample: str | None, objects: int, principals_path: Path | None,
                    old_principals: Path | None, out: Path | None) -> None:
    """The privacy diff of NEW against the policy in force, replayed on a sample.

    Exit 0 when nothing widens, 3 when something does (a change, or identifiers NEW's outputs
    would carry), 2 when NEW (or the policy compared against) is invalid: one line naming the
    file, the place and what was expected.
    """
    import time

    import orjson

    from consumers.leaks import find_leak
    from pipeline import policy_plan
    from pipeline.policy import load_policy

    settings = _settings()
    new_policy = load_policy(new)  # an invalid NEW is told before the cluster is asked
    if old_path is not None:
        old_file, old_policy, against, old_digest = old_path, load_policy(old_path), f"--from {old_path}", None
    else:
        old_file, old_policy, against, old_digest = _governing(settings, int(time.time() * 1000))
    click.echo(f"compared against: {against}")
    if sample is None:
        described, raw = policy_plan.default_sample()
    elif sample.startswith("s3://"):
        from consumers.s3 import archive_objects, s3_client

        bucket, _, prefix = sample[len("s3://"):].partition("/")
        bodies = archive_objects(s3_client(settings), bucket, prefix, objects)
        described, raw = f"{len(bodies)} archive objects under {sample}", list(policy_plan.archived_events(bodies))
    else:
        path = Path(sample)
        if not path.is_file():
            raise click.BadParameter(f"{sample} is not a file (a JSON Lines file of raw events, or s3://...)",
                                     param_hint="--sample")
        described, raw = f"{path}", list(policy_plan.jsonl_events(path))
    readers_old = policy_plan.route_readers(old_principals or settings.principals_file, old_policy)
    readers_new = policy_plan.route_readers(principals_path or settings.principals_file, new_policy)
    result = policy_plan.plan(old_policy, new_policy, old_file, new, described, raw, find_leak, readers_old,
                              readers_new, old_digest)
    for line in result.lines():
        click.echo(line)
    if out is not None:
        out.write_bytes(orjson.dumps(result.to_json(), option=orjson.OPT_INDENT_2) + b"\n")
        click.echo(f"plan written to {out}")
    sys.exit(result.exit_code)


@policy.command("explain")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), required=False)
@click.option("--format", "output", type=click.Choice(["md", "html"]), default="md", show_default=True,
              help="Markdown, or one self-contained HTML page.")
@click.option("--principals", "principals_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The principals file the readers come from (default: LOGWARDEN_PRINCIPALS).")
@friendly_errors
def policy_explain_cmd(file: Path | None, output: str, principals_path: Path | None) -> None:
    """The data map of the policy (default: the one in force): a record of processing, generated."""
    from pipeline import policy_explain
    from pipeline.cluster.principals import load_principals
    from pipeline.policy import load_policy

    settings = _settings()
    policy = load_policy(file or settings.policy_file)
    principals = load_principals(principals_path or settings.principals_file, policy)
    roles = {role: getattr(principals, role) for role in ("producer", "pipeline", "sink", "operator")}
    data = policy_explain.build(policy, dict(principals.readers), roles)
    click.echo(policy_explain.page(data) if output == "html" else policy_explain.markdown(data), nl=False)


@main.command("sink")
@friendly_errors
def sink_cmd() -> None:
    """Write the purpose topics to S3 as partitioned gzip JSON Lines, exactly once."""
    from consumers.s3_sink import run_sink

    run_sink(_configured())


@main.command("tail")
@click.argument("route")
@click.option("--since", "since_text", type=MOMENT,
              help="Start at the first event sent at or after this ISO 8601 time (e.g. 2026-11-24T15:00Z).")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest event the topic still keeps.")
@click.option("--format", "output", type=click.Choice(["pretty", "jsonl"]), default=None,
              help="pretty (indented, with partition and offset) or jsonl (one event a line, for jq or a file). "
                   "Default: pretty on a terminal, jsonl otherwise.")
@click.option("--follow/--no-follow", default=True, show_default=True,
              help="Keep waiting for new events, or stop at the end the topic had when tail started.")
@click.option("-n", "--lines", "last", type=click.IntRange(min=0), default=None,
              help="Start with the last N events of the topic (newest last), as `tail -n` does.")
@click.option("--max", "limit", type=click.IntRange(min=1), default=None, help="Stop after this many events.")
@friendly_errors
def tail_cmd(route: str, since_text: datetime | None, from_beginning: bool, output: str | None, follow: bool,
             last: int | None, limit: int | None) -> None:
    """Print the scrubbed events of one purpose topic (ROUTE: a route of the policy), or for operators
    with `dlq`, the rejected raw input with its reason (unscrubbed: the DLQ is restricted).

    By default it starts at the end and follows, like `tail -f`. It commits no offsets and
    joins no consumer group, so it never disturbs the sink.
    """
    from consumers import tail

    settings, policy = _settings_and_policy()
    topics = {r.name: r.topic.name for r in policy.routes} | {"dlq": policy.dlq.name}
    if route not in topics:
        click.echo(f"logwarden: unknown route {route!r}; the policy ({settings.policy_file}) has: "
                   + ", ".join(sorted(topics)), err=True)
        sys.exit(2)
    if sum((since_text is not None, from_beginning, last is not None)) > 1:
        raise click.UsageError("--since, --from-beginning and -n are exclusive: each says where to start")
    role = "operator" if route == "dlq" else f"reader:{route}"
    start = "beginning" if from_beginning else "end"
    sys.exit(tail.run(settings, settings.topic(topics[route]), role=role, start=start, since=since_text,
                      follow=follow, limit=limit, last=last,
                      output=output or ("pretty" if sys.stdout.isatty() else "jsonl"), out=sys.stdout.buffer,
                      say=_err))


@main.command("query")
@click.argument("sql")
@click.option("--format", "output", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True,
              help="How to print the rows.")
@friendly_errors
def query_cmd(sql: str, output: str) -> None:
    """Run SQL on the S3 archive with DuckDB (s3:// paths read from the configured S3, as the analysts' guide shows).

    For example: logwarden query "SELECT count(*) FROM read_json_auto('s3://logwarden-logs/analytics/*/*/*.jsonl.gz')"
    """
    from consumers import query

    try:
        query.run(sql, output, sys.stdout, _settings())
    except query.QueryError as exc:
        click.echo(f"logwarden: query: {exc}", err=True)
        sys.exit(exc.exit_code)


@main.group(cls=_InFlowOrder)
def retention() -> None:
    """Clause 3.3: keep log files one year, and not longer."""


@retention.command("apply")
@friendly_errors
def retention_apply() -> None:
    """Put the policy's lifecycle rule on the bucket (other rules are kept), and protect the bucket:
    default encryption, the public access block, and a policy denying unencrypted and plain-HTTP requests
    (what the store does not support is reported, not forced)."""
    from consumers import retention as checks
    from consumers.s3 import s3_client

    settings, policy = _settings_and_policy()
    checks.apply(settings, policy, s3_client(settings), say=click.echo)


@retention.command("check")
@click.option("--now", "now_text", type=MOMENT, help="Judge ages as of this ISO 8601 time (default: now).")
@friendly_errors
def retention_check(now_text: datetime | None) -> None:
    """Exit 1, saying why, when the lifecycle rule, an object's age or a topic's retention breaks the policy."""
    from consumers import retention as checks
    from consumers.s3 import s3_client

    settings, policy = _settings_and_policy()
    report = checks.check(settings, policy, s3_client(settings), now_text or datetime.now(UTC))
    for note in report.notes:
        click.echo(f"ok: {note}")
    for held in report.held:
        click.echo(f"held: {held}")
    for problem in report.problems:
        click.echo(f"VIOLATION: {problem}")
    sys.exit(0 if report.ok else 1)


@retention.command("enforce")
@click.option("--dry-run", is_flag=True, help="List what would be deleted; delete nothing.")
@click.option("--now", "now_text", type=MOMENT, help="Judge ages as of this ISO 8601 time (default: now).")
@friendly_errors
def retention_enforce(dry_run: bool, now_text: datetime | None) -> None:
    """Delete objects past retention, for stores that do not expire objects themselves, and destroy the pseudonym
    keys kept past retention after their epoch (pipeline/keyring.py)."""
    from consumers import holds
    from consumers import retention as checks
    from consumers.s3 import s3_client
    from pipeline.policy import load_policy
    from pipeline.progress import Progress

    settings = _configured()  # its progress on a big bucket goes to the log when stderr is no terminal
    policy = load_policy(settings.policy_file)

    def progress(what: str, unit: str, total: int | None) -> Progress:
        return Progress.on_stderr(what, unit, total, interval=settings.progress_interval_seconds)

    now = now_text or datetime.now(UTC)
    client = s3_client(settings)
    done = checks.enforce(settings, policy, client, now, dry_run, progress)
    for version in done.deleted:
        click.echo(f"{'would delete' if dry_run else 'deleted'} {version.line()}")
    for version, ids in done.held:
        click.echo(f"kept {version.line()}: held by {', '.join(ids)}")
    objects = len({version.key for version in done.deleted})
    versions = f" ({len(done.deleted)} versions and delete markers)" if len(done.deleted) != objects else ""
    click.echo(f"{objects} objects past {policy.retention.s3_days} days{versions} "
               f"{'found (dry run)' if dry_run else 'deleted'}"
               + (f"; {len(done.held)} kept under legal holds" if done.held else ""))
    kept = checks.key_holds(holds.load_all(client, settings.s3_bucket))
    destroyed, held = checks.destroy_keys(settings, policy, now, dry_run, kept)
    for epoch in destroyed:
        click.echo(f"{'would destroy' if dry_run else 'destroyed'} pseudonym key {epoch.key_id} "
                   f"(epoch {epoch.start:%Y-%m-%d} to {epoch.end:%Y-%m-%d})")
    for epoch in held:
        click.echo(f"kept by a legal hold: pseudonym key {epoch.key_id} (epoch {epoch.start:%Y-%m-%d} to "
                   f"{epoch.end:%Y-%m-%d})")
    click.echo(f"{len(destroyed)} pseudonym keys past {policy.retention.s3_days} days after their epoch "
               f"{'found (dry run)' if dry_run else 'destroyed'}")


@retention.command("report")
@click.option("--month", default=None, metavar="YYYY-MM",
              help="Judge the store as of the end of this month (default: today, for the month so far).")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True,
              help="Markdown for people, JSON for machines; both carry the digest of the facts.")
@click.option("--now", "now_text", type=MOMENT, help="Take this ISO 8601 time as now (default: now).")
@friendly_errors
def retention_report(month: str | None, fmt: str, now_text: datetime | None) -> None:
    """What the policy promised and what the store shows, with a SHA-256 digest of the facts; exit 1 when a
    check fails."""
    from consumers import retention_report as reports
    from consumers.s3 import s3_client

    settings, policy = _settings_and_policy()
    try:
        as_of = reports.as_of(month, now_text or datetime.now(UTC))
    except ValueError as exc:
        _err(f"logwarden: {exc}")
        sys.exit(2)
    report = reports.build(settings, policy, s3_client(settings), as_of, now_text or datetime.now(UTC))
    click.echo(reports.render_json(report) if fmt == "json" else reports.render_markdown(report))
    sys.exit(0 if report.ok else 1)


@main.group(cls=_InFlowOrder)
def hold() -> None:
    """Clause 4.1: keep what a court names past its year (S3 Object Lock legal holds), recorded, and released."""


def _hold_failed(exc: Exception) -> None:
    _err(f"logwarden: {exc}")
    sys.exit(2)


@hold.command("place")
@click.option("--route", required=True, help="The policy route whose archive is held.")
@click.option("--from", "start", type=MOMENT, required=True, help="Start of the range of event time (ISO 8601).")
@click.option("--to", "end", type=MOMENT, required=True, help="End of the range of event time (ISO 8601).")
@click.option("--reason", required=True, help="The request this hold answers (kept in the register and the log).")
@click.option("--case", default="", help="The court's or the authority's case number (default: none).")
@friendly_errors
def hold_place(route: str, start: datetime, end: datetime, reason: str, case: str) -> None:
    """Put a legal hold on every object of a route whose event hours overlap the range; objects that arrive later
    for the range are held by the sink as it writes them."""
    from consumers import holds
    from consumers.s3 import s3_client
    from pipeline.policy import load_policy

    settings = _configured()
    policy = load_policy(settings.policy_file)
    client = s3_client(settings)
    now = datetime.now(UTC)
    try:
        holds.validate(policy, route, start, end, reason, now)
        holds.require_object_lock(client, settings.s3_bucket)
        for done in holds.finish_pending(client, settings.s3_bucket):
            click.echo(f"finished {done.id}, left {'placing' if done.state == holds.PLACED else 'releasing'} by a "
                       f"stopped command: {done.state}")
        placed = holds.place(client, settings.s3_bucket, policy, route, start, end, reason, case, now)
    except holds.HoldError as exc:
        _hold_failed(exc)
    click.echo(f"{placed.id} placed: {len(placed.versions)} object versions of {route} held "
               f"({placed.start.isoformat()} to {placed.end.isoformat()})")
    route_spec = next(r for r in policy.routes if r.name == route)
    note = holds.topic_note(policy, placed, settings.topic(route_spec.topic.name), now)
    if note:
        click.echo(f"note: {note}")


@hold.command("release")
@click.argument("hold_id")
@friendly_errors
def hold_release(hold_id: str) -> None:
    """Lift a hold: its objects (those no other hold covers) expire at the next `retention enforce` or by the
    lifecycle."""
    from consumers import holds
    from consumers.s3 import s3_client

    settings = _configured()
    client = s3_client(settings)
    try:
        done = holds.release(client, settings.s3_bucket, hold_id, datetime.now(UTC))
    except holds.HoldError as exc:
        _hold_failed(exc)
    click.echo(f"{done.id} released: its objects expire at the next `logwarden retention enforce` or by the lifecycle")


@hold.command("list")
@friendly_errors
def hold_list() -> None:
    """Every hold in the register, after finishing any a stopped command left half placed or half released."""
    from consumers import holds
    from consumers.s3 import s3_client

    settings = _configured()
    client = s3_client(settings)
    for done in holds.finish_pending(client, settings.s3_bucket):
        click.echo(f"finished {done.id}, left half done by a stopped command: now {done.state}")
    register = holds.load_all(client, settings.s3_bucket)
    for item in register:
        click.echo(f"{item.id}  {item.state:<9} {item.route:<10} {item.start.isoformat()} to {item.end.isoformat()}  "
                   f"case {item.case or '-'}  by {item.placed_by} at {item.placed_at.isoformat()}  "
                   f"{len(item.versions)} versions  reason: {item.reason}")
    if not register:
        click.echo("no holds")


@policy.command("apply")
@click.argument("new", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--effective", required=True, metavar="TIME",
              help="When the version governs events, by their raw record's Kafka timestamp: ISO 8601 (UTC when no "
                   "zone is given), at least 5 s ahead.")
@click.option("--approve", "reason", default=None, metavar="REASON",
              help="Why a change that widens what leaves the pipeline is approved; required when one does (none by "
                   "default).")
@click.option("--plan", "plan_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The plan (`policy plan --out plan.json`) the change was reviewed with, kept with the version "
                   "(none by default).")
@friendly_errors
def policy_apply(new: Path, effective: str, reason: str | None, plan_path: Path | None) -> None:
    """Publish a policy version to logs.policy; running workers switch to it at the effective time.

    A rollback is applying an older version's file again. Exit 0 applied, 2 bad input (the file, the time,
    the plan), 3 a widening change without --approve, 75 Kafka unreachable.
    """
    import getpass
    import json
    import time

    from pipeline.cluster.policy_log import publish, read_versions
    from pipeline.policy import load_policy
    from pipeline.versions import EffectiveTimeError, RefusedError, format_ms, parse_effective, prepare

    settings = _settings()
    now = int(time.time() * 1000)
    try:
        effective_ms = parse_effective(effective, now)
    except EffectiveTimeError as exc:
        _err(f"logwarden: {exc}")
        sys.exit(2)
    policy = load_policy(new)  # one line naming the file and the place, exit 2
    plan = None
    if plan_path is not None:
        try:
            plan = json.loads(plan_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            _err(f"logwarden: {plan_path}: not a plan ({type(exc).__name__}); expected the JSON file that "
                 "`logwarden policy plan NEW --out plan.json` writes")
            sys.exit(2)
        if not isinstance(plan, dict):
            _err(f"logwarden: {plan_path}: not a plan; expected a JSON object from `logwarden policy plan --out`")
            sys.exit(2)
    published = read_versions(settings)
    # what the new version takes over from at its effective time
    governing = _governing(settings, effective_ms - 1, published)[1]
    try:
        version = prepare(policy, new.read_text(encoding="utf-8"), governing, published, effective_ms,
                          getpass.getuser(), reason, plan)
    except RefusedError as exc:
        _err(f"logwarden: {exc}")
        sys.exit(exc.exit_code)
    publish(settings, version)
    click.echo(f"policy {version.version_id} applied: it governs events stamped from {format_ms(effective_ms)} "
               f"on (was {governing.version_id}); digest {version.digest[:12]}"
               + (f"; {len(version.widening)} widening change(s) approved" if version.widening else ""))


#: How long `policy plan` waits for logs.policy before it compares with LOGWARDEN_POLICY instead.
IN_FORCE_TIMEOUT_SECONDS = 10.0


def _governing(settings: Settings, at_ms: int,
               published: list[Any] | None = None) -> tuple[Path, Any, str, str | None]:
    """The policy governing events stamped at `at_ms`: the version in force in logs.policy (from `published`, else
    read, within `IN_FORCE_TIMEOUT_SECONDS`), or LOGWARDEN_POLICY when none is or the cluster does not answer; its
    file (or the record's name), the policy, a line saying which it is, and the version's digest (None: a file)."""
    import threading

    from pipeline.cluster.policy_log import read_versions
    from pipeline.policy import load_policy, policy_from_text
    from pipeline.versions import format_ms, in_force

    why = ""
    if published is None:
        answer: list[Any] = []

        def read() -> None:
            try:
                answer.append(read_versions(settings))
            except Exception as exc:  # noqa: BLE001 - any failure to read means: not known, say so, use the file
                answer.append(exc)

        reader = threading.Thread(target=read, name="logwarden-in-force", daemon=True)
        reader.start()
        reader.join(IN_FORCE_TIMEOUT_SECONDS)
        if not answer:
            why = f"the cluster did not answer within {IN_FORCE_TIMEOUT_SECONDS:g} s"
        elif isinstance(answer[0], Exception):
            why = f"logs.policy could not be read: {str(answer[0]).splitlines()[0][:200] or type(answer[0]).__name__}"
        else:
            published = answer[0]
    version = in_force(published, at_ms) if published is not None else None
    if version is not None:
        name = Path(f"logs.policy:{version.version_id}")
        return name, policy_from_text(version.text, name), (
            f"the version in force, {version.version_id} from logs.policy (effective "
            f"{format_ms(version.effective_from)}, digest {version.digest[:12]})"), f"sha256:{version.digest}"
    why = why or "no version of logs.policy is in force"
    file = settings.policy_file
    return file, load_policy(file), f"LOGWARDEN_POLICY {file} ({why})", None


@policy.command("history")
@friendly_errors
def policy_history() -> None:
    """List the versions applied, by effective time: which, from when, who applied it and why."""
    import time

    from pipeline.cluster.policy_log import read_versions
    from pipeline.versions import format_ms, in_force

    settings = _settings()
    versions = sorted(read_versions(settings), key=lambda v: (v.effective_from, v.published_ms))
    if not versions:
        click.echo(f"no version applied yet: the workers route with their policy file ({settings.policy_file})")
        return
    current = in_force(versions, int(time.time() * 1000))
    click.echo(f"  {'effective':<24} {'version':<14} {'digest':<12} {'applied by':<12} {'published':<24} summary")
    for v in versions:
        mark = "*" if v is current else " "
        click.echo(f"{mark} {format_ms(v.effective_from):<24} {v.version_id:<14} {v.digest[:12]:<12} "
                   f"{v.approver:<12} {format_ms(v.published_ms):<24} {v.summary}")
        if v.reason:
            click.echo(f"  {'':<24} approved: {v.reason} ({len(v.widening)} widening change(s))")
    if current is None:
        click.echo("(none in force yet: events stamped now are routed with the workers' policy file)")


@main.group(cls=_InFlowOrder)
def acl() -> None:
    """Clause 3.1 on Kafka: who may read and write which topic, from config/principals.toml and the policy."""


def _acl_inputs() -> tuple[Settings, Any, Any]:
    from pipeline.cluster.principals import load_principals

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
    from pipeline.cluster import acl as kafka_acl

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
    from pipeline.cluster import acl as kafka_acl

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
    from pipeline.cluster import acl as kafka_acl

    settings, _, principals = _acl_inputs()
    try:
        kafka_acl.passwd(settings, principals, user, password_file=password_file, delete=delete, say=click.echo)
    except kafka_acl.PasswdRefused as exc:
        raise click.UsageError(str(exc)) from None


@main.command("top")
@click.option("--interval", type=click.FloatRange(min=0.2), default=2.0, show_default=True,
              help="Seconds between refreshes.")
@click.option("--frames", type=click.IntRange(min=1), default=None,
              help="Stop after this many screens (default: until q or Ctrl-C).")
@friendly_errors
def top_cmd(interval: float, frames: int | None) -> None:
    """A live view of the running pipeline: processes, rates, DLQ, leaks, the sink, lag per partition.

    Read from each process's /metrics and from Kafka (lag, with the admin login where this machine holds it, else
    what the processes export); no Prometheus needed."""
    import select
    import termios
    import tty

    from pipeline import top
    from pipeline.cluster.lag import group_lag

    settings, policy = _settings_and_policy()
    groups = {settings.worker_group: [settings.topic(policy.raw.name)],
              settings.sink_group: [settings.topic(route.topic.name) for route in policy.routes]}

    def lag(group: str, topics: list[str]) -> dict[tuple[str, int], int]:
        return {(tp.topic, tp.partition): n for tp, n in group_lag(settings, group, topics).items()}

    interactive = sys.stdin.isatty()
    saved = termios.tcgetattr(sys.stdin) if interactive else None
    if interactive:
        tty.setcbreak(sys.stdin)

    quit: list[bool] = []  # latched: the key is read once, and every later question must hear it

    def quit_pressed() -> bool:
        while not quit and interactive and select.select([sys.stdin], [], [], 0)[0]:
            if sys.stdin.read(1) in ("q", "Q"):
                quit.append(True)
        return bool(quit)

    try:
        top.run(settings, interval, frames, lambda text: click.echo(text, nl=False), lag, groups, quit_pressed)
    except KeyboardInterrupt:
        pass
    finally:
        if saved is not None:
            termios.tcsetattr(sys.stdin, termios.TCSADRAIN, saved)


@main.command("settings")
@click.option("--markdown", is_flag=True, help="Print the documentation table (as in docs/operations.md) instead.")
def settings_cmd(markdown: bool) -> None:
    """Print every LOGWARDEN_* setting with its default and its value here (secrets hidden)."""
    from pipeline import settings as table

    if markdown:
        click.echo(table.markdown_table())
        return
    current = None
    try:
        current = Settings.from_env()
    except SettingsError as exc:
        click.echo(f"logwarden: {exc}\n", err=True)
    click.echo(table.current_values(current))
    if current is None:
        sys.exit(2)


if __name__ == "__main__":
    main()
