"""The local S3 endpoint: moto's S3 server, a real HTTP server speaking the S3 API on loopback.

logwarden reaches S3 only through boto3 with an endpoint URL, so the same code writes to
this server in development and tests, to MinIO in docker-compose, and to AWS S3 in
production. moto keeps objects in memory: `dev down` forgets them.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.dev.process import ServerProcess, StackError, port_is_free


def s3_answers(endpoint: str) -> bool:
    """True when an S3 endpoint answers HTTP (any status: an S3 error is still an answer)."""
    try:
        with urllib.request.urlopen(endpoint + "/", timeout=2):  # noqa: S310 - our own endpoint
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False


@dataclass
class MotoS3Server:
    home: Path
    host: str
    port: int
    process: ServerProcess = field(init=False)

    def __post_init__(self) -> None:
        self.process = ServerProcess("s3 (moto)", self.home / "s3.pid", self.home / "logs" / "s3.out")

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}"

    def running_pid(self) -> int | None:
        return self.process.read_pid()

    def start(self, timeout: float = 30.0) -> float:
        try:
            import moto.server  # noqa: F401 - only to fail early with a clear message
        except ImportError:
            raise StackError("moto's S3 server is not installed: pip install 'moto[server]' "
                             "(make demo and make test install it)") from None
        if not port_is_free(self.host, self.port):
            raise StackError(f"port {self.host}:{self.port} is taken by another process; stop it or set "
                             "LOGWARDEN_S3_ENDPOINT to another port")
        self.process.start([sys.executable, "-m", "moto.server", "-H", self.host, "-p", str(self.port)])
        return self.process.wait_ready(lambda: s3_answers(self.endpoint), timeout)

    def stop(self, timeout: float = 10.0) -> bool:
        return self.process.stop(timeout)
