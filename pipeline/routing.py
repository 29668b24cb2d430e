"""The worker's routers over time: one compiled router per policy version, chosen per event by its raw timestamp.

The worker starts with the policy file it was given (LOGWARDEN_POLICY) and reads `logs.policy`
(pipeline/cluster/policy_log.py) before it consumes and every half second after. Each version read is loaded and
compiled into a router of its own off the event loop, then put in the schedule from its effective time
(pipeline/versions.py): events whose raw record is stamped before it keep the router they had, every later one
takes the new one, in every worker and in every replay. No restart.

A version that cannot be loaded (invalid, or a digest that does not match) changes nothing: the worker keeps what
it routes with, says so once per version, and counts it (`logwarden_policy_load_errors_total`, the
LogwardenPolicyLoadFailed alert). Edge: it holds the follower's thread and the metrics.

A version compiled here is not activated (`Router.activate`): the free-text engine's audience and site rules in use
are the process's, and the event loop routes under the version in force meanwhile; each router makes its own the
ones in use when it routes its first event (cheap: the engine keeps what it compiled and cached for each). Its
router for the key epoch of its effective time is built here, ahead, with its audience's tables (`prepare`), so
the switch costs the event loop no compile; it is not warmed up (routing in this thread would activate it): the
libraries a warm-up loads are loaded already, by the version the worker started with.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Generic, TypeVar

from pipeline import metrics
from pipeline.policy import Policy, PolicyError, policy_from_text
from pipeline.versions import MAX_FUTURE_MS, PolicyVersion, Schedule

log = logging.getLogger("logwarden.worker")

#: How often a batch stamped past the horizon looks again (the follower reads logs.policy every half second).
WAIT_STEP_SECONDS = 0.05
#: How often a worker shows the version governing now (`Routing.show`) when no batch comes: an idle process's gauge
#: changes with a switch within this, not at its next event.
SHOW_EVERY_SECONDS = 1.0


R = TypeVar("R")


class Routing(Generic[R]):
    """The routers in force over time, for one worker process. `router_for` is the per-event look-up. A router
    here is what one version routes with: in the worker its routers per key epoch (`RouterByEpoch`), in tests a
    `Router`."""

    def __init__(self, base: R, base_version: str, base_digest: str, compile_policy: Callable[[Policy], R],
                 prepare: Callable[[R, int], None] | None = None) -> None:
        """`prepare(router, effective_ms)`: what else to build ahead for a version, in the thread that adds it."""
        self.schedule: Schedule[R] = Schedule(base, base_version)
        self._compile = compile_policy
        self._prepare = prepare
        self._lock = threading.Lock()  # the follower's thread adds, the event loop reads a finished schedule
        self._failed: set[tuple[int, str]] = set()
        self._compiled: dict[str, R] = {base_digest: base}  # one router per file (digest), reused on rollback
        self.horizon: Callable[[], int] = lambda: 2 ** 62  # no follower: every timestamp is known
        self._shown = ""
        self.show()

    def add(self, version: PolicyVersion) -> None:
        """Load, compile and warm up a published version, then put it in force from its effective time.
        Anything wrong with it leaves the schedule as it was."""
        try:
            router = self._compiled.get(version.digest)
            if router is None:
                policy = policy_from_text(version.text, Path(f"logs.policy:{version.version_id}"))
                if policy.version_id != version.version_id:
                    raise PolicyError(f"logs.policy: the record says version {version.version_id} but its file is "
                                      f"{policy.version_id}")
                router = self._compile(policy)  # not activated, not warmed up: see the module's docstring
            if self._prepare is not None:
                self._prepare(router, version.effective_from)
        except (PolicyError, ValueError) as exc:
            self.refuse(version.effective_ms, version.version_id, str(exc))
            return
        with self._lock:
            self._compiled[version.digest] = router
            self.schedule.add(version.effective_from, router, version.version_id)
        log.info("policy version scheduled", extra={"version": version.version_id,
                                                    "effective_ms": version.effective_from})

    def refuse(self, effective_ms: int, version_id: str, error: str) -> None:
        """A version this worker cannot load: counted every time, said once."""
        metrics.POLICY_LOAD_ERRORS.inc()
        if (effective_ms, version_id) in self._failed:
            return
        self._failed.add((effective_ms, version_id))
        log.error("a policy version cannot be loaded; this worker keeps the version it has",
                  extra={"version": version_id, "effective_ms": effective_ms, "error": error[:300]})

    def router_for(self, timestamp_ms: int) -> R:
        return self.schedule.at(timestamp_ms)

    def routers(self) -> list[R]:
        return self.schedule.items()

    async def wait_until_known(self, latest_ms: int) -> None:
        """Hold a batch until every version that could govern its latest event is known (normally at once: the
        horizon runs a few seconds ahead of the clock)."""
        while latest_ms >= self.horizon():
            if latest_ms > time.time() * 1000 + MAX_FUTURE_MS:
                return  # a producer's clock far ahead: routed under what is known rather than held for good
            await asyncio.sleep(WAIT_STEP_SECONDS)

    def show(self) -> None:
        """`logwarden_policy_version_info`: the version governing events stamped now."""
        version = self.schedule.version_at(int(time.time() * 1000))
        if version != self._shown:
            metrics.policy_version(version)
            self._shown = version


async def show_on_the_clock(routing: Routing[R], every: float = SHOW_EVERY_SECONDS) -> None:
    """Show the version governing now every `every` seconds, batch or none (the worker runs it beside its agent)."""
    while True:
        routing.show()
        await asyncio.sleep(every)


def latest_timestamp(timestamps: Sequence[float]) -> int:
    """The latest raw timestamp of a batch, in ms (Faust gives seconds)."""
    return round(max(timestamps) * 1000) if timestamps else 0
