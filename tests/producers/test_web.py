"""The WSGI and ASGI middleware inside real apps (Flask on werkzeug, Starlette on uvicorn),
served on 127.0.0.1 and driven by real HTTP requests; the events are read back from logs.raw."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
import pytest
import uvicorn
from conftest import Servers
from flask import Flask
from flask import request as flask_request
from helpers import TcpProxy, read_topic, wait_for, without_canaries
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, StreamingResponse
from starlette.routing import Route
from werkzeug.serving import make_server

from pipeline.dev.process import free_port
from pipeline.settings import Settings
from producers.asgi import LogwardenASGI
from producers.kafka_producer import LogProducer
from producers.web import Recorder, emit_action
from producers.wsgi import LogwardenWSGI

Serve = Callable[[Recorder], "contextmanager[str]"]
PAGE = "x" * 1234


def flask_site(recorder: Recorder) -> Flask:
    app = Flask("site")

    @app.get("/docs/<page>")
    def docs(page: str) -> str:
        return PAGE

    @app.post("/contact")
    def contact() -> tuple[str, int]:
        emit_action(flask_request.environ, "contact", form=dict(flask_request.form),
                    properties={"button": "submit"})
        return "thanks", 201

    @app.get("/stream")
    def stream() -> object:
        return app.response_class((b"ab" for _ in range(50)), mimetype="text/plain")

    app.wsgi_app = LogwardenWSGI(app.wsgi_app, recorder)  # type: ignore[method-assign]
    return app


def starlette_site(recorder: Recorder) -> Starlette:
    async def docs(request: Request) -> PlainTextResponse:
        return PlainTextResponse(PAGE)

    async def contact(request: Request) -> PlainTextResponse:
        form = await request.form()
        emit_action(request.scope, "contact", form=dict(form), properties={"button": "submit"})
        return PlainTextResponse("thanks", status_code=201)

    async def stream(request: Request) -> StreamingResponse:
        async def body() -> object:
            for _ in range(50):
                yield b"ab"
        return StreamingResponse(body(), media_type="text/plain")

    return Starlette(routes=[Route("/docs/{page}", docs), Route("/contact", contact, methods=["POST"]),
                             Route("/stream", stream)],
                     middleware=[Middleware(LogwardenASGI, recorder=recorder)])


@contextmanager
def serve_wsgi(recorder: Recorder) -> Iterator[str]:
    with serve_wsgi_app(flask_site(recorder)) as base:
        yield base


@contextmanager
def serve_asgi(recorder: Recorder) -> Iterator[str]:
    with serve_asgi_app(starlette_site(recorder)) as base:
        yield base


@contextmanager
def serve_wsgi_app(app: object) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


@contextmanager
def serve_asgi_app(app: object) -> Iterator[str]:
    port = free_port()
    # proxy_headers off: the middleware itself decides which X-Forwarded-For to believe
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off", proxy_headers=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(lambda: server.started, 20, "uvicorn to listen")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


SERVERS = {"wsgi-flask-werkzeug": serve_wsgi, "asgi-starlette-uvicorn": serve_asgi}


def http(url: str, *, data: dict[str, str] | None = None, headers: dict[str, str] | None = None,
         timeout: float = 5) -> tuple[int, bytes]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers=headers or {})  # noqa: S310 - loopback only
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:  # noqa: S310 - loopback only
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def recorder_for(settings: Settings, bootstrap: str | None = None, **producer_args: object) -> Recorder:
    from dataclasses import replace

    from pipeline.policy import load_policy

    if bootstrap is not None:
        settings = replace(settings, kafka_bootstrap=bootstrap)
    topic = settings.topic(load_policy(settings.policy_file).raw.name)
    return Recorder(LogProducer(settings, topic, client_suffix="web", **producer_args),  # type: ignore[arg-type]
                    trusted_proxies=settings.trusted_proxies, consent_cookie=settings.consent_cookie,
                    consent_header=settings.consent_header)


@pytest.fixture
def site_settings(servers: Servers, settings: Settings) -> Settings:
    from dataclasses import replace

    from pipeline.settings import parse_networks
    from pipeline.wire import omittable

    return replace(settings, trusted_proxies=parse_networks("127.0.0.1, 10.0.0.0/8"),
                   source_omit=omittable(["client.cookies", "action.form.phone"]), source_service="alexrust.org")


@pytest.mark.parametrize("serve", SERVERS.values(), ids=SERVERS.keys())
def test_every_request_and_action_arrives_in_logs_raw_with_its_fields(
        serve: Serve, site_settings: Settings, topics: dict[str, str]) -> None:
    recorder = recorder_for(site_settings)
    ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
    with serve(recorder) as base:
        status, body = http(f"{base}/docs/install?lang=en&email=ivan%40example.com", headers={
            "User-Agent": ua, "Accept-Language": "ru-RU,ru;q=0.9", "Referer": "https://www.google.com/search?q=rust",
            "X-Forwarded-For": "198.51.100.7, 10.1.2.3", "Cookie": "theme=dark; logwarden_consent=analytics"})
        assert (status, body) == (200, PAGE.encode())
        status, _ = http(f"{base}/contact", data={"name": "Ivan Petrov", "phone": "+7 916 123-45-67",
                                                  "message": "call me"},
                         headers={"X-Logwarden-Consent": "analytics=1,marketing=1", "Sec-GPC": "1",
                                  "X-Forwarded-For": "203.0.113.9"})
        assert status == 201
        assert http(f"{base}/missing", headers={"X-Forwarded-For": "192.0.2.1"})[0] == 404
        status, body = http(f"{base}/stream")
        assert (status, body) == (200, b"ab" * 50)
        wait_for(lambda: recorder.producer.counts["queued"] == 5, 10, "every request and action to be recorded")
    recorder.close()
    events = [orjson.loads(r.value) for r in read_topic(site_settings, topics["raw"], 5)]
    assert len(events) == 5 and recorder.producer.counts["delivered"] == 5
    by_path = {(e["schema"], e["request"]["path"]): e for e in events}

    page = by_path[("request/1", "/docs/install")]
    assert page["request"] == {"method": "GET", "host": "127.0.0.1", "path": "/docs/install",
                               "query": "lang=en&email=ivan%40example.com", "status": 200, "bytes": len(PAGE),
                               "duration_ms": page["request"]["duration_ms"],
                               "referrer": "https://www.google.com/search?q=rust"}
    assert 0 < page["request"]["duration_ms"] < 5000
    # peer 127.0.0.1 and hop 10.1.2.3 are trusted proxies: the client is the first untrusted hop
    assert page["client"] == {"ip": "198.51.100.7", "forwarded_for": ["198.51.100.7", "10.1.2.3"],
                              "user_agent": ua, "accept_language": "ru-RU,ru;q=0.9"}
    assert page["consent"] == {"analytics": True, "marketing": False}
    assert page["service"] == "alexrust.org" and "purposes" not in page
    assert page["event_id"] and page["ts"].endswith("Z")

    contact = by_path[("request/1", "/contact")]
    assert contact["request"]["status"] == 201 and contact["request"]["method"] == "POST"
    assert contact["client"]["ip"] == "203.0.113.9"
    assert contact["consent"] == {"analytics": True, "marketing": False}  # Sec-GPC: 1 withdraws marketing

    action = by_path[("action/1", "/contact")]
    # the deployment omits action.form.phone at source (LOGWARDEN_SOURCE_OMIT): it never left the server
    assert action["action"] == {"name": "contact", "form": {"name": "Ivan Petrov", "message": "call me"},
                                "properties": {"button": "submit"}}
    assert action["client"]["ip"] == "203.0.113.9" and action["consent"] == contact["consent"]
    assert all("cookies" not in e.get("client", {}) for e in events)

    missing = by_path[("request/1", "/missing")]
    assert missing["request"]["status"] == 404
    assert missing["client"]["ip"] == "192.0.2.1"  # the peer (127.0.0.1) is trusted; 192.0.2.1 is not
    assert by_path[("request/1", "/stream")]["request"]["bytes"] == 100  # a streamed body is counted as sent


@pytest.mark.parametrize("serve", SERVERS.values(), ids=SERVERS.keys())
def test_with_kafka_stopped_the_app_answers_and_the_drops_are_counted(
        serve: Serve, site_settings: Settings, topics: dict[str, str], kafka_cut: TcpProxy) -> None:
    bound = 4 * 1024
    recorder = recorder_for(site_settings, bootstrap=f"127.0.0.1:{kafka_cut.port}", buffer_bytes=bound)
    producer = recorder.producer
    with serve(recorder) as base:
        assert http(f"{base}/docs/warmup")[0] == 200
        # the event is emitted after the response went out, so await it rather than the response
        wait_for(lambda: producer.counts["delivered"] == 1, 30,
                 "the first event to reach Kafka through the cut listener")
        kafka_cut.down()
        answered = []
        for i in range(40):
            started = time.monotonic()
            status, _ = http(f"{base}/docs/p{i}", timeout=5)
            answered.append((status, time.monotonic() - started))
        assert all(status == 200 for status, _ in answered)
        assert max(seconds for _, seconds in answered) < 2, "a request waited on Kafka"
        counts = producer.counts
        wait_for(lambda: counts["queued"] + counts["dropped_buffer_full"] == 41, 10, "every request to be recorded")
        assert counts["dropped_buffer_full"] > 0, "events past the bound must be counted as dropped"
        assert counts["queued"] - counts["delivered"] > 0, "events within the bound must be held, not dropped"
        kafka_cut.up()
        assert producer.flush(60), "the held events were not delivered once Kafka came back"
    recorder.close()
    counts = producer.counts
    assert counts["delivered"] == counts["queued"] and counts["delivery_error"] == 0
    arrived = read_topic(site_settings, topics["raw"], counts["delivered"])
    paths = {orjson.loads(r.value)["request"]["path"] for r in arrived}
    assert len(arrived) == counts["delivered"] and "/docs/warmup" in paths
    # every request is either in logs.raw or counted as a drop: nothing else happened to it
    assert len(arrived) + counts["dropped_buffer_full"] == 41


def test_the_producer_waits_for_a_topic_instead_of_failing_its_first_events(
        site_settings: Settings, topics: dict[str, str]) -> None:
    """kafka-python fails a send whose metadata is unknown; the sender thread retries it instead."""
    producer = LogProducer(site_settings, topics["raw"])
    sent = [producer.send(b'{"n": %d}' % i) for i in range(200)]  # no wait for metadata before the first send
    assert all(sent) and producer.flush(30)
    producer.close()
    assert producer.counts["delivered"] == 200 and producer.pending == 0
    assert len(read_topic(site_settings, topics["raw"], 200)) == 200


def _guide_python_blocks() -> list[str]:
    from pipeline.settings import PROJECT_ROOT

    text = (PROJECT_ROOT / "docs" / "web-developers.md").read_text()
    return [block.split("```", 1)[0] for block in text.split("```python\n")[1:]]


def test_the_web_developers_guide_quickstarts_work_as_written(
        servers: Servers, settings: Settings, topics: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The Flask and Starlette snippets of docs/web-developers.md, run as they are, configured by LOGWARDEN_*
    variables."""
    for name, value in servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix).items():
        if name.startswith("LOGWARDEN_"):
            monkeypatch.setenv(name, value)
    flask_block, starlette_block = _guide_python_blocks()[:2]
    assert "LogwardenWSGI" in flask_block and "LogwardenASGI" in starlette_block
    flask_app: dict[str, object] = {"__name__": "guide_flask"}
    exec(compile(flask_block, "docs/web-developers.md (Flask)", "exec"), flask_app)  # noqa: S102 - our own guide
    starlette_app: dict[str, object] = {"__name__": "guide_starlette"}
    exec(compile(starlette_block, "docs/web-developers.md (Starlette)", "exec"), starlette_app)  # noqa: S102
    with serve_wsgi_app(flask_app["app"]) as base:
        assert http(f"{base}/contact", data={"name": "Ivan", "email": "ivan@example.com"}) == (200, b"thanks")
    with serve_asgi_app(starlette_app["app"]) as base:
        assert http(f"{base}/sign-up", data={}) == (200, b"welcome")
    events, canaries = without_canaries([orjson.loads(r.value) for r in read_topic(settings,
                                                                                   topics["raw"], 6)])
    assert canaries == 2  # Recorder.from_settings sends leak canaries: one per app's producer, first
    kinds = sorted((e["schema"], e.get("action", {}).get("name", "")) for e in events)
    assert kinds == [("action/1", "contact"), ("action/1", "sign_up"), ("request/1", ""), ("request/1", "")]


def test_the_guides_scrub_example_reads_a_file_that_exists_and_shows_service_and_host_as_the_guide_says(
        tmp_path: Path) -> None:
    """docs/web-developers.md's `logwarden scrub` command, run as written from the checkout: its sample file is
    shipped, every event is routed, and `service` is the site while `request.host` (the Host header, 127.0.0.1
    locally) reads `[ip]`, as the guide says."""
    from pipeline.settings import PROJECT_ROOT

    text = (PROJECT_ROOT / "docs" / "web-developers.md").read_text()
    command = next(block.split("```", 1)[0].strip() for block in text.split("```sh\n")[1:]
                   if "logwarden scrub" in block.split("```", 1)[0])
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGWARDEN_")}
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    env["LOGWARDEN_STATE_DIR"] = str(tmp_path)
    result = subprocess.run(["bash", "-c", command.replace(".venv/bin/logwarden", "logwarden")], cwd=PROJECT_ROOT,
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    outputs = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert "read 5 events" in result.stderr and "0 to the DLQ" in result.stderr
    assert {o["value"]["service"] for o in outputs} == {"alexrust.org"}
    assert {o["value"]["request"]["host"] for o in outputs} == {"[ip]"}
    assert [o["value"]["event_id"][-1] for o in outputs if o["topic"] == "logs.marketing"] == ["5"]
    assert "example.org" not in result.stdout and "7946" not in result.stdout


def test_a_delivery_error_reaches_the_callback_and_the_metric(servers: Servers, settings: Settings,
                                                               unique: str) -> None:
    """The broker refuses a record larger than the topic allows: the producer reports it, it does not hide it."""
    from kafka.admin import NewTopic
    from prometheus_client import REGISTRY

    from pipeline.cluster.topics import settings_admin

    topic = f"t{unique}.small"
    with settings_admin(settings) as admin:
        admin.create_topics([NewTopic(topic, 1, 1, topic_configs={"max.message.bytes": "1024"})])
    errors: list[Exception] = []
    before = REGISTRY.get_sample_value("logwarden_producer_messages_total", {"outcome": "delivery_error"}) or 0
    producer = LogProducer(settings, topic, on_error=errors.append, role="admin")  # a topic outside the ACLs
    assert producer.send(b"x" * 10)
    assert producer.send(os.urandom(20_000))  # incompressible; queued: the client cannot know the topic's limit
    producer.close(30)
    assert producer.counts["delivered"] == 1 and producer.counts["delivery_error"] == 1
    assert len(errors) == 1 and "TooLarge" in type(errors[0]).__name__
    after = REGISTRY.get_sample_value("logwarden_producer_messages_total", {"outcome": "delivery_error"})
    assert after == before + 1


def test_a_forked_worker_process_gets_its_own_producer(site_settings: Settings, topics: dict[str, str]) -> None:
    """gunicorn --preload forks after the app (and its producer) exist: the child must send on its own."""
    producer = LogProducer(site_settings, topics["raw"])
    assert producer.send(b'{"from": "parent"}') and producer.flush(30)
    pid = os.fork()
    if pid == 0:  # the child: the parent's sender thread is gone; this send must still be delivered
        ok = producer.send(b'{"from": "child"}') and producer.flush(30) and producer.counts["delivered"] == 1
        producer.close(10)
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    producer.close()
    assert os.waitstatus_to_exitcode(status) == 0
    values = {r.value for r in read_topic(site_settings, topics["raw"], 2)}
    assert values == {b'{"from": "parent"}', b'{"from": "child"}'}
