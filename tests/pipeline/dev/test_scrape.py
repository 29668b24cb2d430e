"""pipeline/dev/scrape.py: a port held by something that is no metrics endpoint reads as no samples, never a
traceback (`logwarden top` asks the ports where a worker's children may be; a Kafka listener answered one)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
from prometheus_client import CollectorRegistry, Counter, start_http_server

from pipeline.dev.scrape import metric, scrape


@pytest.fixture
def raw_server() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP server that answers every connection with the bytes the test puts in its list (Kafka-like noise)."""
    answers: list[bytes] = [b""]
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(4096)
                conn.sendall(answers[0])

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], answers
    stop.set()
    thread.join()
    listener.close()


@pytest.mark.parametrize("answer", [b"\x00\x00\x00\x08\x00\x00\x00\x01 P", b"", b"HTTP/1.1 200 OK\r\n\r\n\xff\xfe",
                                    b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nnot{a}met"])
def test_something_that_is_no_metrics_endpoint_reads_as_no_samples(raw_server: tuple[int, list[bytes]],
                                                                     answer: bytes) -> None:
    port, answers = raw_server
    answers[0] = answer
    assert scrape(port) == {}


def test_a_metrics_endpoint_is_read() -> None:
    registry = CollectorRegistry()
    Counter("logwarden_test_things", "things", registry=registry).inc(3)
    server, thread = start_http_server(0, addr="127.0.0.1", registry=registry)
    try:
        assert metric(scrape(server.server_port), "logwarden_test_things_total") == 3.0
    finally:
        server.shutdown()
        thread.join()
