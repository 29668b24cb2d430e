"""The docker-compose route, checked without Docker: the files agree with each other and with the code.

docker-compose.yml cannot run here (no Docker engine), so these tests read it as data and
hold it to what the processes will do with it: every LOGWARDEN_* variable it sets exists
and parses (pipeline.settings), every command is a real `logwarden` subcommand, every
metrics port is the one Prometheus scrapes, the pseudonym key reaches only the worker and
never the image, and the compose section of docs/operations.md names what the file runs.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import click
import pytest
import yaml

from pipeline.native import BUILD_ROOT
from pipeline.settings import Settings, describe

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
PROMETHEUS = ROOT / "config" / "prometheus" / "prometheus.yml"
GRAFANA = ROOT / "config" / "grafana" / "provisioning"

#: The services docker-compose.yml must define.
SERVICES = {"kafka", "minio", "prometheus", "grafana", "setup", "worker", "sink", "loadgen"}
#: The services built from this project's Dockerfile.
APP_SERVICES = ("setup", "worker", "sink", "loadgen")
#: Long-running app services: (service, the setting of its metrics port, its Prometheus job).
SCRAPED = [
    ("worker", "LOGWARDEN_WORKER_METRICS_PORT", "logwarden-worker"),
    ("sink", "LOGWARDEN_SINK_METRICS_PORT", "logwarden-sink"),
    ("loadgen", "LOGWARDEN_PRODUCER_METRICS_PORT", "logwarden-loadgen"),
]


# --- reading the files ---


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    document = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))  # resolves the x-logwarden anchors
    assert isinstance(document, dict) and isinstance(document.get("services"), dict), \
        "docker-compose.yml has no services mapping"
    return document


@pytest.fixture(scope="module")
def prometheus() -> dict[str, Any]:
    return yaml.safe_load(PROMETHEUS.read_text(encoding="utf-8"))


_INTERPOLATION = re.compile(
    r"\$\$"                                                                   # $$: a literal $
    r"|\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}"  # ${VAR}, ${VAR:-x}, ${VAR:?x}
    r"|\$(?P<bare>[A-Za-z_][A-Za-z0-9_]*)"                                    # $VAR
)


def interpolate(value: str) -> str:
    """What compose makes of a value on a host that sets none of the variables: each `${VAR:-default}` becomes
    its default."""

    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        if match.group("op") in (":-", "-"):
            return match.group("arg")
        name = match.group("name") or match.group("bare")
        pytest.fail(f"docker-compose.yml uses ${{{name}}} without a default: `docker compose up` would need it set")

    return _INTERPOLATION.sub(replace, value)


def environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment (mapping or list form), interpolated as compose would."""
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        raw = dict(item.split("=", 1) if "=" in item else (item, "") for item in raw)
    env = {}
    for key, value in raw.items():
        assert isinstance(value, (str, int, float)) and not isinstance(value, bool), \
            f"{key}: compose environment values must be strings or numbers, not {value!r}"
        env[key] = interpolate(str(value))
    return env


def logwarden_env(service: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in environment(service).items() if k.startswith("LOGWARDEN_")}


def command(service: dict[str, Any]) -> list[str]:
    raw = service.get("command")
    assert raw, "an app service must name its logwarden subcommand"
    return shlex.split(raw) if isinstance(raw, str) else [str(part) for part in raw]


def targets(prometheus: dict[str, Any], job: str) -> set[str]:
    jobs = {c["job_name"]: c for c in prometheus.get("scrape_configs", [])}
    assert job in jobs, f"prometheus.yml has no job {job!r} (jobs: {sorted(jobs)})"
    return {t for sc in jobs[job].get("static_configs", []) for t in sc.get("targets", [])}


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text(encoding="utf-8"))
    instructions = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


def docker_section_of_the_operations_guide() -> str:
    """The docs/operations.md section (heading to next heading of the same or higher level) whose heading
    mentions Docker."""
    guide = ROOT / "docs" / "operations.md"
    assert guide.exists(), "docs/operations.md does not exist yet"
    lines = guide.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        heading = re.match(r"(#+)\s", line)
        if heading and "docker" in line.lower():
            level = len(heading.group(1))
            body = []
            for following in lines[i + 1:]:
                other = re.match(r"(#+)\s", following)
                if other and len(other.group(1)) <= level:
                    break
                body.append(following)
            return "\n".join(body)
    pytest.fail("docs/operations.md has no section whose heading mentions Docker")


# --- the compose file ---


def test_compose_defines_the_services(compose: dict[str, Any]) -> None:
    missing = SERVICES - set(compose["services"])
    assert not missing, f"docker-compose.yml lacks services {sorted(missing)}"


def test_every_logwarden_variable_it_sets_is_a_setting(compose: dict[str, Any]) -> None:
    known = {row["variable"] for row in describe()}
    unknown = {f"{name}: {var}" for name, service in compose["services"].items()
               for var in logwarden_env(service) if var not in known}
    assert not unknown, f"variables that pipeline/settings.py does not read: {sorted(unknown)}"


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_environment_is_accepted_by_settings(compose: dict[str, Any], name: str) -> None:
    env = logwarden_env(compose["services"][name])
    settings = Settings.from_env(env)  # raises SettingsError naming any variable it cannot use
    # the wiring the containers need, not the defaults (which point at 127.0.0.1)
    assert settings.kafka_bootstrap == "kafka:9092"
    assert settings.s3_endpoint == "http://minio:9000"
    assert settings.bind_host == "0.0.0.0"
    assert settings.log_format == "json"
    assert settings.s3_access_key_id and settings.s3_secret_access_key
    assert not settings.dev_mode, "the compose route runs with a real pseudonym key, not development mode"


def test_kafka_listener_is_the_bootstrap_the_app_uses(compose: dict[str, Any]) -> None:
    kafka = environment(compose["services"]["kafka"])
    advertised = {entry.split("://", 1)[1] for entry in kafka["KAFKA_ADVERTISED_LISTENERS"].split(",")}
    for name in APP_SERVICES:
        bootstrap = logwarden_env(compose["services"][name])["LOGWARDEN_KAFKA_BOOTSTRAP"]
        assert set(bootstrap.split(",")) <= advertised, f"{name}: {bootstrap} is not a listener the broker advertises"
    assert kafka["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false", "topics come from the policy, never from auto-creation"
    assert "kafka-broker-api-versions.sh" in " ".join(compose["services"]["kafka"]["healthcheck"]["test"])


def test_s3_credentials_are_minio_s(compose: dict[str, Any]) -> None:
    minio = environment(compose["services"]["minio"])
    for name in APP_SERVICES:
        env = logwarden_env(compose["services"][name])
        assert env["LOGWARDEN_S3_ACCESS_KEY_ID"] == minio["MINIO_ROOT_USER"], name
        assert env["LOGWARDEN_S3_SECRET_ACCESS_KEY"] == minio["MINIO_ROOT_PASSWORD"], name


def test_only_the_worker_holds_the_pseudonym_key_and_only_as_a_secret_file(compose: dict[str, Any]) -> None:
    services = compose["services"]
    inline = [name for name, service in services.items() if "LOGWARDEN_HMAC_KEY" in environment(service)]
    assert not inline, f"a key written into docker-compose.yml would be committed: {inline}"
    holders = [name for name, service in services.items() if "LOGWARDEN_HMAC_KEY_FILE" in environment(service)]
    assert holders == ["worker"], f"the pseudonym key belongs to the worker alone, not {holders}"

    key_path = environment(services["worker"])["LOGWARDEN_HMAC_KEY_FILE"]
    assert key_path.startswith("/run/secrets/"), key_path
    secret = key_path.removeprefix("/run/secrets/")
    mounted = {s if isinstance(s, str) else s.get("target", s["source"]) for s in services["worker"].get("secrets", [])}
    assert secret in mounted, f"the worker mounts no secret {secret!r} (it mounts {sorted(mounted)})"
    source = compose["secrets"][secret]["file"]
    assert Path(source).parts[-3:-1] == ("config", "secrets"), source

    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert any(line.strip().rstrip("/") == "config/secrets" for line in ignored), \
        ".dockerignore must keep config/secrets/ out of the image"


def test_the_workers_keyring_outlives_its_container(compose: dict[str, Any]) -> None:
    """A worker restarted without its keyring would make new keys for epochs that have one: replays would not
    match, and a user's pseudonym would change within an epoch (pipeline/keyring.py)."""
    worker = compose["services"]["worker"]
    state = environment(worker).get("LOGWARDEN_STATE_DIR", "/var/lib/logwarden")
    keyring = environment(worker).get("LOGWARDEN_KEYRING_FILE", f"{state}/keyring.json")
    mounts = [volume.split(":") for volume in worker.get("volumes", [])]
    assert any(keyring.startswith(target.rstrip("/") + "/") and source in compose["volumes"]
               for source, target, *_ in mounts), f"{keyring} is on no named volume of the worker: {mounts}"


@pytest.mark.parametrize(("service", "variable", "job"), SCRAPED)
def test_metrics_port_is_the_one_prometheus_scrapes(compose: dict[str, Any], prometheus: dict[str, Any],
                                                    service: str, variable: str, job: str) -> None:
    env = logwarden_env(compose["services"][service])
    port = getattr(Settings.from_env(env), variable.removeprefix("LOGWARDEN_").lower())
    assert variable in env, f"{service} should set {variable} explicitly, beside the prometheus.yml that scrapes it"
    assert f"{service}:{port}" in targets(prometheus, job), \
        f"{service} serves metrics on {port}; job {job} scrapes {sorted(targets(prometheus, job))}"


def test_prometheus_loads_alert_rules_that_exist_and_watch_real_jobs(prometheus: dict[str, Any]) -> None:
    assert prometheus["global"]["scrape_interval"] == "5s"
    jobs = {c["job_name"] for c in prometheus["scrape_configs"]}
    rule_files = prometheus.get("rule_files") or []
    assert rule_files, "prometheus.yml loads no alert rules"
    alerts = []
    for rule_file in rule_files:
        path = PROMETHEUS.parent / rule_file
        assert path.exists(), f"prometheus.yml loads {rule_file}, which does not exist"
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            alerts += [rule for rule in group["rules"] if "alert" in rule]
    assert any(rule["alert"] == "LogwardenWorkerDown" for rule in alerts)
    for rule in alerts:
        assert rule["labels"]["severity"] in {"page", "ticket"}, rule["alert"]
        assert rule["annotations"].get("summary") and rule["annotations"].get("runbook_url"), rule["alert"]
        for job in re.findall(r'job="([^"]+)"', rule["expr"]):
            assert job in jobs, f"{rule['alert']} watches job {job!r}, which prometheus.yml does not scrape"


def test_monitoring_mounts_the_project_config(compose: dict[str, Any]) -> None:
    def mounts(service: str) -> dict[str, str]:
        pairs = (volume.split(":")[:2] for volume in compose["services"][service]["volumes"])
        return {target: source for source, target in pairs}

    prom = mounts("prometheus")
    assert (ROOT / prom["/etc/prometheus"] / "prometheus.yml").resolve() == PROMETHEUS
    grafana = mounts("grafana")
    assert (ROOT / grafana["/etc/grafana/provisioning"]).resolve() == GRAFANA

    datasources = yaml.safe_load((GRAFANA / "datasources" / "prometheus.yml").read_text(encoding="utf-8"))
    assert [d["url"] for d in datasources["datasources"]] == ["http://prometheus:9090"]
    providers = yaml.safe_load((GRAFANA / "dashboards" / "logwarden.yml").read_text(encoding="utf-8"))["providers"]
    dashboards = grafana["/var/lib/grafana/dashboards"]
    assert Path(dashboards).parts[-3:] == ("config", "grafana", "dashboards"), dashboards
    assert [p["options"]["path"] for p in providers] == ["/var/lib/grafana/dashboards"]
    assert (ROOT / dashboards / "logwarden.json").is_file(), "no dashboard in the mounted folder"


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_services_build_this_project_and_wait_for_their_dependencies(compose: dict[str, Any], name: str) -> None:
    service = compose["services"][name]
    build = service["build"]
    assert (build if isinstance(build, str) else build["context"]) == "."
    depends = service["depends_on"]
    assert depends["kafka"]["condition"] == "service_healthy"
    assert depends["minio"]["condition"] == "service_healthy"
    if name != "setup":
        assert depends["setup"]["condition"] == "service_completed_successfully", \
            f"{name} must start after setup has created the topics and the bucket"
    assert "healthcheck" in compose["services"]["kafka"] and "healthcheck" in compose["services"]["minio"]


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_command_is_a_logwarden_subcommand(compose: dict[str, Any], name: str) -> None:
    from pipeline.cli import main

    args = command(compose["services"][name])
    cmd: click.Command = main
    ctx = click.Context(main, info_name="logwarden")
    rest = list(args)
    while isinstance(cmd, click.Group):
        assert rest, f"{name}: `logwarden {' '.join(args)}` names no subcommand"
        sub = cmd.get_command(ctx, rest[0])
        assert sub is not None, f"{name}: `logwarden` has no subcommand {rest[0]!r} (command: {args})"
        ctx = click.Context(sub, info_name=rest[0], parent=ctx)
        cmd, rest = sub, rest[1:]
    # parses the options as the container would, without running anything; a bad one raises UsageError
    cmd.make_context(ctx.info_name, rest, parent=ctx.parent)


# --- the image ---


def test_dockerfile_runs_logwarden_editable_as_a_non_root_user() -> None:
    instructions = dockerfile_instructions()
    entrypoints = [json.loads(args) for keyword, args in instructions if keyword == "ENTRYPOINT"]
    assert entrypoints and entrypoints[-1] == ["logwarden"]
    users = [args for keyword, args in instructions if keyword == "USER"]
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    # pipeline/settings.py finds config/ beside the packages, so the image runs the checkout itself
    runs = " ".join(args for keyword, args in instructions if keyword == "RUN")
    assert re.search(r"pip install[^&;]*\s-e\s+\.", runs), "the project must be installed editable (pip install -e .)"


def dockerfile_stages() -> list[tuple[str, list[tuple[str, str]]]]:
    """(stage name, its instructions) for each FROM of the Dockerfile, in order; an unnamed stage is ""."""
    stages: list[tuple[str, list[tuple[str, str]]]] = []
    for keyword, args in dockerfile_instructions():
        if keyword == "FROM":
            words = args.split()
            stages.append((words[2] if len(words) == 3 and words[1].upper() == "AS" else "", []))
        elif stages:
            stages[-1][1].append((keyword, args))
    return stages


def test_the_image_runs_the_compiled_core_built_in_a_stage_with_gcc() -> None:
    """Issue 24: the image ran the pure core (7x the floor instead of 5.9x). A build stage compiles it as
    `make native` does (pipeline/native.py, with gcc), and the final stage copies the build where native.py looks."""
    stages = dockerfile_stages()
    builders = [name for name, instructions in stages
                if any(k == "RUN" and "python -m pipeline.native" in a for k, a in instructions)
                and any(k == "RUN" and re.search(r"apt-get install[^&;]*\bgcc\b", a) for k, a in instructions)]
    assert builders and builders[0], "a named build stage with gcc must run `python -m pipeline.native`"
    final = stages[-1][1]
    copies = [a.split() for k, a in final if k == "COPY" and a.startswith(f"--from={builders[0]} ")]
    relative = BUILD_ROOT.relative_to(ROOT).as_posix()
    assert any(c[1].rstrip("/") == f"/app/{relative}" and c[2].rstrip("/") in {relative, f"/app/{relative}"}
               for c in copies), copies
    assert ("WORKDIR", "/app") in [i for _, instructions in stages for i in instructions]
    # the compiler stays in its stage: the image that runs holds none
    assert not any(k == "RUN" and "gcc" in a for k, a in final)


# --- the operations guide ---


def test_the_guides_docker_section_names_every_service_and_secret(compose: dict[str, Any]) -> None:
    section = docker_section_of_the_operations_guide()
    spans = re.findall(r"`([^`]+)`", section)
    mentioned = set(spans) | {word for span in spans for word in span.split()}
    unmentioned = sorted(set(compose["services"]) - mentioned)
    assert not unmentioned, f"docs/operations.md's Docker section does not mention services {unmentioned} in backticks"
    for name, secret in (compose.get("secrets") or {}).items():
        path = str(Path(secret["file"]))  # ./config/secrets/x -> config/secrets/x
        assert path in section, (f"docs/operations.md's Docker section does not say how to create secret "
                                 f"{name!r} ({path})")
