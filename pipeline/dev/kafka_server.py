"""The local Apache Kafka broker: official jars from Maven Central, KRaft nodes on loopback.

No Docker and no download from a project website: Maven fetches org.apache.kafka:kafka_2.13
and its runtime dependencies once (config/kafka/pom.xml) into a cache folder, and the
broker runs from that classpath with a small heap. Used by `logwarden dev up` and by the
test session, which starts its own broker on free ports in a temporary folder. A node is
one broker and controller in one JVM; `KafkaCluster` (kafka_cluster.py) runs three of them
as one cluster.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from pipeline.cluster.login import CA_FILE, KafkaLogin, ensure_password
from pipeline.cluster.topics import cluster_answers, min_insync_replicas
from pipeline.dev.process import ServerProcess, StackError, StackMisconfigured, port_is_free
from pipeline.dev.tls import ensure_local_ca
from pipeline.settings import PROJECT_ROOT, write_secret_file

KAFKA_CONFIG = PROJECT_ROOT / "config" / "kafka"
JAVA_MIN = 17


def java_executable(java_home: Path | None) -> str:
    """The java binary to run the broker with; StackError when it is missing or older than 17."""
    java = str(java_home / "bin" / "java") if java_home else shutil.which("java")
    if not java or not Path(java).exists():
        raise StackMisconfigured("Java 17+ is needed to run the local Kafka broker and none was found: "
                         "install it (apt-get install openjdk-17-jre-headless) or set LOGWARDEN_JAVA_HOME")
    result = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)  # noqa: S603
    match = re.search(r'version "(\d+)(?:\.(\d+))?', result.stderr + result.stdout)
    major = int(match.group(1)) if match else 0
    if major == 1 and match and match.group(2):  # "1.8.0" style
        major = int(match.group(2))
    if major < JAVA_MIN:
        raise StackMisconfigured(f"Java {JAVA_MIN}+ is needed to run the local Kafka broker; {java} is Java "
                                 f"{major or '?'}. Install openjdk-17-jre-headless or set LOGWARDEN_JAVA_HOME")
    return java


def ensure_kafka_libs(cache_dir: Path, pom: Path = KAFKA_CONFIG / "pom.xml") -> Path:
    """The broker's classpath folder, fetched with Maven the first time (keyed by the pom's content)."""
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()[:12]
    libs = cache_dir / f"kafka-libs-{digest}"
    if (libs / ".complete").exists():
        return libs
    mvn = shutil.which("mvn")
    if not mvn:
        raise StackMisconfigured("Maven (mvn) is needed once to fetch Apache Kafka's jars from Maven Central "
                         "and was not found: install it (apt-get install maven)")
    partial = cache_dir / f".kafka-libs-{digest}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    result = subprocess.run(  # noqa: S603
        [mvn, "-q", "-B", "-f", str(pom), "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies",
         "-DincludeScope=runtime", f"-DoutputDirectory={partial}"],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise StackError("Maven could not fetch Apache Kafka's jars from Maven Central:\n"
                         + (result.stdout + result.stderr)[-3000:])
    (partial / ".complete").write_text(pom.read_text())
    shutil.rmtree(libs, ignore_errors=True)
    partial.rename(libs)
    return libs


def class_archive(java: str, libs: Path) -> Path:
    """Where the broker's class data sharing archive lives: one per classpath and java binary.

    Why: the JVM spends half a broker's start loading and verifying the same classes (6 s to ready on a 2-core
    machine, 3 s with the archive), and `dev up`, `dev restart` and the test session start brokers dozens of times.
    A JVM that cannot use an archive (another JDK build under the same name) says so in the broker's log and starts
    as it would without one."""
    real = Path(java).resolve()
    stat = real.stat()
    digest = hashlib.sha256(f"{real}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    return libs.parent / f"{libs.name}-{digest}.jsa"


def kafka_cluster_id() -> str:
    """A cluster id the way Kafka makes them: a random UUID, base64url without padding."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()


@dataclass
class KafkaBroker:
    """One KRaft node (broker and controller) living in `home` (config, data, logs, pid file): a cluster of
    its own by default, or one voter of a cluster (`node_id`, `voters`, `cluster_id`, `replication`)."""

    home: Path
    host: str
    port: int
    controller_port: int
    heap: str = "512m"
    java_home: Path | None = None
    cache_dir: Path | None = None
    #: (port, advertised port) of a second client listener, for tests that cut the network with a
    #: TCP proxy on the advertised port: clients that bootstrap there are told to stay there.
    cut_listener: tuple[int, int] | None = None
    #: SASL_SSL (TLS, SCRAM logins, ACLs) or PLAINTEXT, as LOGWARDEN_KAFKA_SECURITY_PROTOCOL says.
    security: str = "SASL_SSL"
    #: The local CA, the broker's key and the principals' passwords (LOGWARDEN_KAFKA_SECRETS_DIR).
    secrets: Path | None = None
    #: The super user, and every principal whose SCRAM credential is made at storage format time.
    admin: str = "admin"
    users: tuple[str, ...] = ()
    #: This node's id, and controller.quorum.voters of its cluster ("" for a cluster of this node alone).
    node_id: int = 1
    voters: str = ""
    #: The id every node of one cluster is formatted with (None: a fresh one when this node is formatted).
    cluster_id: str | None = None
    #: Replicas of internal topics and the default for new ones; min.insync.replicas follows (2 for 3 or more).
    replication: int = 1
    process: ServerProcess = field(init=False)

    def __post_init__(self) -> None:
        name = "kafka" if not self.voters else f"kafka node {self.node_id}"
        self.process = ServerProcess(name, self.home / "kafka.pid", self.home / "logs" / "kafka.out")

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    def running_pid(self) -> int | None:
        return self.process.read_pid()

    @property
    def secrets_dir(self) -> Path:
        return self.secrets or self.home / "secrets"

    def admin_login(self) -> KafkaLogin:
        """How the stack's own admin tasks (readiness, topics, ACLs) log in to this broker."""
        if self.security == "PLAINTEXT":
            return KafkaLogin("PLAINTEXT", "SCRAM-SHA-512")
        return KafkaLogin("SASL_SSL", "SCRAM-SHA-512", self.admin, ensure_password(self.secrets_dir, self.admin),
                          self.secrets_dir / CA_FILE)

    def start(self, timeout: float = 90.0) -> float:
        """Format the storage if new, start the JVM, and wait for a real metadata answer. Returns seconds to ready."""
        self.launch()
        return self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 90.0) -> float:
        """Wait until this node answers a metadata request (a node of a cluster needs a quorum of its voters)."""
        login = self.admin_login()
        return self.process.wait_ready(lambda: cluster_answers(self.bootstrap, login), timeout)

    def launch(self) -> None:
        """Format the storage if new and start the JVM, without waiting: the nodes of a cluster start together."""
        java = java_executable(self.java_home)
        for port in (self.port, self.controller_port):
            if not port_is_free(self.host, port):
                raise StackMisconfigured(f"port {self.host}:{port} is taken by another process; stop it or choose "
                                         "other ports (LOGWARDEN_KAFKA_BOOTSTRAP, LOGWARDEN_KAFKA_CONTROLLER_PORT)")
        if self.security not in {"SASL_SSL", "PLAINTEXT"}:
            raise StackMisconfigured(f"the local broker runs SASL_SSL or PLAINTEXT, not {self.security} "
                             "(LOGWARDEN_KAFKA_SECURITY_PROTOCOL)")
        self._check_formatted_for_this_mode()
        libs = ensure_kafka_libs(self.cache_dir or self.home)
        config = self._write_config()
        classpath = f"{libs}/*"
        if not (self.data_dir / "meta.properties").exists():
            self.format_storage(java, classpath, config, self.cluster_id or kafka_cluster_id())
            (self.home / "security").write_text(self.security + "\n")
        env = dict(os.environ)
        env.pop("KAFKA_OPTS", None)
        self.process.start(
            [java, f"-Xmx{self.heap}", f"-Xms{self.heap}", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
             *self._class_sharing(java, libs),
             "-Djava.awt.headless=true", f"-Dkafka.logs.dir={self.home / 'logs'}",
             f"-Dlog4j2.configurationFile={KAFKA_CONFIG / 'log4j2.properties'}",
             "-cp", classpath, "kafka.Kafka", str(config)],
            env=env, cwd=self.home,
        )

    def _check_formatted_for_this_mode(self) -> None:
        """Data formatted for another security mode cannot serve this one: its metadata has no logins
        (or logins whose passwords are gone). Say so instead of starting a broker that never answers."""
        if not (self.data_dir / "meta.properties").exists():
            return
        marker = self.home / "security"
        formatted = marker.read_text().strip() if marker.exists() else "PLAINTEXT"  # made before logins existed
        lost = self.security == "SASL_SSL" and not (self.secrets_dir / f"{self.admin}.password").exists()
        if formatted != self.security or lost:
            why = (f"was formatted for {formatted}" if formatted != self.security
                   else f"holds logins whose passwords are not in {self.secrets_dir}")
            raise StackMisconfigured(f"the local broker's data in {self.data_dir} {why}; it cannot run "
                                     f"{self.security}. It is development data: remove {self.home} (`logwarden dev "
                                     "down` first) and run `logwarden dev up` again, or set "
                                     "LOGWARDEN_KAFKA_SECURITY_PROTOCOL to match")

    def format_storage(self, java: str, classpath: str, config: Path, cluster_id: str) -> None:
        """Format the metadata log; on a secured broker it starts with every principal's SCRAM credential.
        The arguments go through a 0600 file (FormatStorage.java), never the command line."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # `=`: one cluster id in 64 starts with "-", which the tool's argparse would take for an option
        args = ["format", f"--cluster-id={cluster_id}", "-c", str(config)]
        passwords = []
        if self.security == "SASL_SSL":
            for user in dict.fromkeys((self.admin, *self.users)):
                passwords.append(ensure_password(self.secrets_dir, user))
                args += ["--add-scram", f"SCRAM-SHA-512=[name={user},password={passwords[-1]}]"]
        argfile = self.home / "format.args"
        write_secret_file(argfile, "\n".join(args) + "\n")
        try:
            fmt = subprocess.run(  # noqa: S603
                [java, "-Xmx256m", "-cp", classpath, f"-Dlog4j2.configurationFile={KAFKA_CONFIG / 'log4j2.properties'}",
                 f"-Dkafka.logs.dir={self.home / 'logs'}", str(Path(__file__).with_name("FormatStorage.java")),
                 str(argfile)],
                capture_output=True, text=True, check=False,
            )
        finally:
            argfile.unlink(missing_ok=True)
        if fmt.returncode != 0:
            output = fmt.stdout + fmt.stderr
            for password in passwords:
                output = output.replace(password, "<hidden>")
            raise StackError(f"formatting the Kafka storage in {self.data_dir} failed (exit {fmt.returncode}):\n"
                             f"{output}")

    def stop(self, timeout: float = 30.0) -> bool:
        stopped = self.process.stop(timeout)
        self._publish_class_archive()
        return stopped

    @property
    def _pending_archive(self) -> Path:
        return self.home / "class-archive.pending"

    def _class_sharing(self, java: str, libs: Path) -> list[str]:
        """The JVM options that map the class archive (`class_archive`), or, while there is none, writes one at this
        JVM's clean exit: under a name of its own (nodes of a cluster start together), made the archive by `stop`
        (`_publish_class_archive`). A node killed with SIGKILL writes nothing. The writing JVM's notes on the classes
        it leaves out (some seventy lines at exit) are not the broker's log's to read."""
        archive = class_archive(java, libs)
        if archive.exists():
            return [f"-XX:SharedArchiveFile={archive}"]
        part = archive.with_name(f"{archive.name}.{uuid.uuid4().hex[:12]}.part")
        self.home.mkdir(parents=True, exist_ok=True)
        self._pending_archive.write_text("\n".join((str(part), str(archive), java, f"{libs}/*")) + "\n")
        return [f"-XX:ArchiveClassesAtExit={part}", "-Xlog:cds=off"]

    def _publish_class_archive(self) -> None:
        """After the JVM is gone: the archive it wrote at exit becomes the one every later start maps, if a JVM maps
        it whole. A JVM killed while writing leaves a cut archive, and a cut archive crashes the JVM that maps it
        (not a warning: SIGABRT), so it is tried with `-Xshare:on` first. Published by a rename: a starting node
        never reads half a file."""
        if not self._pending_archive.exists():
            return
        part_name, archive_name, java, classpath = self._pending_archive.read_text().splitlines()
        self._pending_archive.unlink()
        part = Path(part_name)
        if not part.exists():
            return
        tried = subprocess.run([java, "-Xshare:on", f"-XX:SharedArchiveFile={part}", "-cp", classpath,  # noqa: S603
                                "-version"], capture_output=True, check=False)
        if tried.returncode == 0:
            os.replace(part, archive_name)
        else:
            part.unlink()

    def _write_config(self) -> Path:
        """server.properties with the listeners of the security mode; written 0600 (it holds the admin password)."""
        extra = {"extra_listeners": "", "extra_advertised": "", "extra_map": ""}
        if self.cut_listener is not None:
            port, advertised = self.cut_listener
            extra = {"extra_listeners": f",CUT://{self.host}:{port}", "extra_advertised": f",CUT://{self.host}:{advertised}",
                     "extra_map": f",CUT:{self.security}"}
        values = {"host": self.host, "port": self.port, "controller_port": self.controller_port,
                  "data_dir": self.data_dir, "admin": self.admin, "node_id": self.node_id,
                  "voters": self.voters or f"{self.node_id}@{self.host}:{self.controller_port}",
                  "replication": self.replication, "min_isr": min_insync_replicas(self.replication), **extra}
        text = Template((KAFKA_CONFIG / "server.properties").read_text()).substitute(values)
        fragment = (KAFKA_CONFIG / f"security-{self.security.lower()}.properties").read_text()
        if self.security == "SASL_SSL":
            tls = ensure_local_ca(self.secrets_dir, self.host)
            keystore = self.home / "broker-keystore.pem"  # Kafka's PEM keystore: the key, then its chain
            write_secret_file(keystore, tls.broker_key.read_bytes() + tls.broker_chain.read_bytes())
            values.update(admin_password=ensure_password(self.secrets_dir, self.admin), keystore=keystore,
                          truststore=tls.ca)
            if self.cut_listener is not None:
                fragment += ("listener.name.cut.scram-sha-512.sasl.jaas.config="
                             "org.apache.kafka.common.security.scram.ScramLoginModule required;\n")
        text += "\n" + Template(fragment).substitute(values)
        self.home.mkdir(parents=True, exist_ok=True)
        path = self.home / "server.properties"
        write_secret_file(path, text)
        return path

