"""A local Kafka cluster of several KRaft nodes on one machine: `dev up --brokers 3` and the cluster tests.

Every node is one JVM from the same jars (kafka_server.py), broker and controller at once; the
nodes form one controller quorum of three voters, so the cluster keeps its metadata and its
writes (replication 3, min.insync.replicas 2) with any one node down. Each node has its own
client and controller ports, data folder, logs and pid file under `home/node-<id>`; all share
the local CA, the broker certificate (it names 127.0.0.1 and localhost) and the SCRAM logins
of the secrets folder. The cluster id is made once and kept in `home/cluster.id`, so a node
whose data is wiped is formatted back into the same cluster.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kafka.errors import KafkaError

from pipeline.cluster.topics import CLUSTER_REPLICATION, admin_client
from pipeline.dev.kafka_server import KafkaBroker, kafka_cluster_id
from pipeline.dev.process import StackError, pid_alive


@dataclass
class KafkaCluster:
    nodes: list[KafkaBroker]

    @property
    def bootstrap(self) -> str:
        """Every node's client address: a client bootstraps from whichever answers."""
        return ",".join(node.bootstrap for node in self.nodes)

    @property
    def running_bootstrap(self) -> str:
        """The client addresses of the nodes running now, for the stack's own admin requests."""
        return ",".join(node.bootstrap for node in self.nodes if node.running_pid()) or self.bootstrap

    def node(self, node_id: int) -> KafkaBroker:
        return next(node for node in self.nodes if node.node_id == node_id)

    def start(self, timeout: float = 180.0) -> float:
        """Start every node that is not running, all before waiting (a node answers only once a quorum of
        voters runs), then wait until every node answers and is registered. Returns seconds to ready."""
        started = time.monotonic()
        for node in self.nodes:
            if node.running_pid() is None:
                node.launch()
        deadline = started + timeout
        for node in self.nodes:
            node.wait_ready(max(1.0, deadline - time.monotonic()))
        self.wait_registered(len(self.nodes), max(1.0, deadline - time.monotonic()))
        return time.monotonic() - started

    def start_node(self, node_id: int, timeout: float = 120.0) -> float:
        """Start one node again (after it was stopped or killed) and wait until the cluster counts it again."""
        started = time.monotonic()
        node = self.node(node_id)
        node.launch()
        node.wait_ready(timeout)
        self.wait_registered(len(self.nodes), max(1.0, started + timeout - time.monotonic()))
        return time.monotonic() - started

    def kill_node(self, node_id: int, timeout: float = 30.0) -> None:
        """SIGKILL one node, as a crash or an OOM killer would, and wait until its process is gone."""
        node = self.node(node_id)
        pid = node.running_pid()
        if pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        popen = getattr(node.process, "_popen", None)
        deadline = time.monotonic() + timeout
        while (popen.poll() is None) if popen is not None else pid_alive(pid):
            if time.monotonic() > deadline:
                raise StackError(f"kafka node {node_id} (pid {pid}) still runs {timeout:.0f}s after SIGKILL")
            time.sleep(0.05)

    def out_of_sync(self, node_id: int) -> int | None:
        """Partitions of every topic (internal ones too) that hold a replica on the node and do not count it in their
        ISR; None while the cluster cannot say. 0: the node holds every write it should again, so another node may
        go down without a partition falling below min.insync.replicas."""
        try:
            with admin_client(self.running_bootstrap, self.nodes[0].admin_login(), timeout_ms=5000) as admin:
                described: list[dict[str, Any]] = admin.describe_topics()
        except (KafkaError, OSError, ValueError):
            return None
        partitions = [p for topic in described for p in topic.get("partitions") or []]
        if not partitions:
            return None
        return sum(1 for p in partitions if node_id in p["replica_nodes"] and node_id not in p["isr_nodes"])

    def wait_in_sync(self, node_id: int, timeout: float = 120.0) -> float:
        """Wait until the node is back in the ISR of every partition it holds a replica of. Returns the seconds."""
        started = time.monotonic()
        while (behind := self.out_of_sync(node_id)) != 0:
            if time.monotonic() - started > timeout:
                raise StackError(f"kafka node {node_id} is still out of the ISR of {behind} partitions after "
                                 f"{timeout:.0f}s; its log is in {self.node(node_id).home / 'logs'}")
            time.sleep(0.3)
        return time.monotonic() - started

    def registered(self) -> int:
        """Brokers the cluster counts now (a killed node leaves this count once it is fenced)."""
        try:
            with admin_client(self.running_bootstrap, self.nodes[0].admin_login(), timeout_ms=3000) as admin:
                return len(admin.describe_cluster().get("brokers", []))
        except (KafkaError, OSError, ValueError):
            return 0

    def wait_registered(self, brokers: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while (found := self.registered()) != brokers:
            if time.monotonic() > deadline:
                raise StackError(f"the local cluster counts {found} brokers, not {brokers}, after {timeout:.0f}s; "
                                 f"the nodes' logs are in {self.nodes[0].home.parent}/node-*/logs")
            time.sleep(0.3)

    def leaders(self, topics: list[str]) -> Counter[int]:
        """How many partitions of the topics each node leads (KafkaError while the cluster cannot say)."""
        with admin_client(self.running_bootstrap, self.nodes[0].admin_login()) as admin:
            described: list[dict[str, Any]] = admin.describe_topics(topics)
        return Counter(p["leader_id"] for topic in described for p in topic.get("partitions") or []
                       if p["leader_id"] >= 0)

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop every node; False when none was running. Every node is told at once: stopped one by one, the last
        waits out its whole timeout for a quorum that left with the others (32 s, against 6 s told at once)."""
        for node in self.nodes:
            node.process.request_stop()
        stopped = [node.stop(timeout) for node in self.nodes]
        return any(stopped)


def node_ports(first_port: int, first_controller_port: int, size: int,
               listed: list[int] | None = None) -> list[tuple[int, int]]:
    """(client port, controller port) of each node: the bootstrap's ports when it lists one per node, else
    every second port from the first (9092, 9094, 9096 with controllers on 9093, 9095, 9097)."""
    clients = listed if listed and len(listed) == size else [first_port + 2 * i for i in range(size)]
    ports = [(client, first_controller_port + 2 * i) for i, client in enumerate(clients)]
    flat = [port for pair in ports for port in pair]
    if len(set(flat)) != len(flat):
        raise StackError(f"the {size} local Kafka nodes would share a port ({sorted(flat)}): choose "
                         "LOGWARDEN_KAFKA_BOOTSTRAP and LOGWARDEN_KAFKA_CONTROLLER_PORT further apart")
    return ports


def local_cluster(home: Path, host: str, ports: list[tuple[int, int]], **common: Any) -> KafkaCluster:
    """The nodes of a cluster in `home` (node-1, node-2, ...), one per (client port, controller port). `common`:
    what every node shares (heap, java_home, cache_dir, security, secrets, admin, users)."""
    home.mkdir(parents=True, exist_ok=True)
    id_file = home / "cluster.id"
    if not id_file.exists():
        id_file.write_text(kafka_cluster_id() + "\n")
    cluster_id = id_file.read_text().strip()
    voters = ",".join(f"{i}@{host}:{controller}" for i, (_, controller) in enumerate(ports, start=1))
    replication = CLUSTER_REPLICATION if len(ports) >= CLUSTER_REPLICATION else 1
    return KafkaCluster([
        KafkaBroker(home / f"node-{i}", host, port, controller, node_id=i, voters=voters, cluster_id=cluster_id,
                    replication=replication, **common)
        for i, (port, controller) in enumerate(ports, start=1)
    ])
