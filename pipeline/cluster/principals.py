"""Who may do what on Kafka: the principals file, and the ACLs derived from it and the policy.

Pure: no client here. The roles and their permissions are fixed (docs/security.md); the
principals file only says which users hold each role, and the policy says which topics
exist. `desired_grants` is the one statement of "purpose-scoped" that Kafka enforces: a
route's reader gets that route's topic and nothing else. `diff` compares it with what a
cluster has, on the resources logwarden owns, so `acl check` can name each drift.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pipeline.policy import Policy
from pipeline.settings import Settings
from pipeline.versions import POLICY_TOPIC

#: Roles a process logs in as when LOGWARDEN_KAFKA_USERNAME is empty.
ROLES = ("admin", "producer", "pipeline", "sink", "operator")
READER = "reader:"  # + route name
_USER = re.compile(r"^[A-Za-z0-9._-]{1,128}$")


class PrincipalsError(ValueError):
    """The principals file is missing, malformed, or names a route the policy does not have."""


@dataclass(frozen=True)
class Principals:
    admin: str
    producer: tuple[str, ...]
    pipeline: tuple[str, ...]
    sink: tuple[str, ...]
    operator: tuple[str, ...]
    readers: Mapping[str, tuple[str, ...]]  # route -> users

    def user_for(self, role: str) -> str:
        """The principal a process of this role logs in as (the first listed)."""
        if role == "admin":
            return self.admin
        if role.startswith(READER):
            users = self.readers.get(role[len(READER):], ())
        else:
            users = getattr(self, role, ()) if role in ROLES else ()
        if not users:
            raise PrincipalsError(f"the principals file names no user for role {role!r}")
        return users[0]

    def users(self) -> list[str]:
        """Every user the file names, admin first, each once."""
        names = [self.admin, *self.producer, *self.pipeline, *self.sink, *self.operator]
        for users in self.readers.values():
            names.extend(users)
        return list(dict.fromkeys(names))


def load_principals(path: Path, policy: Policy) -> Principals:
    """Read and check the principals file; every reader route must be one of the policy's routes."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PrincipalsError(f"{path}: cannot read the principals file: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise PrincipalsError(f"{path}: not valid TOML: {exc}") from None
    unknown = set(data) - {*ROLES, "readers"}
    if unknown:
        raise PrincipalsError(f"{path}: unknown keys {sorted(unknown)}; expected {', '.join(ROLES)}, readers")

    def users(key: str, value: object) -> tuple[str, ...]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(u, str) and _USER.match(u) for u in items):
            raise PrincipalsError(f"{path}: {key} must be a user name or a list of them "
                                  "(letters, digits, '.', '_', '-')")
        return tuple(items)

    admin = users("admin", data.get("admin", "admin"))
    if len(admin) != 1:
        raise PrincipalsError(f"{path}: admin must be one user name")
    readers_raw = data.get("readers", {})
    if not isinstance(readers_raw, dict):
        raise PrincipalsError(f"{path}: [readers] must map route names to user lists")
    routes = {r.name for r in policy.routes}
    for route in readers_raw:
        if route not in routes:
            raise PrincipalsError(f"{path}: readers.{route}: the policy has no route {route!r} "
                                  f"(it has {', '.join(sorted(routes))})")
    return Principals(
        admin=admin[0],
        producer=users("producer", data.get("producer", [])),
        pipeline=users("pipeline", data.get("pipeline", [])),
        sink=users("sink", data.get("sink", [])),
        operator=users("operator", data.get("operator", [])),
        readers={route: users(f"readers.{route}", value) for route, value in readers_raw.items()},
    )


@dataclass(frozen=True, order=True)
class Grant:
    """One ALLOW binding: principal may do operation on a resource (topic or group, literal or prefixed)."""

    principal: str  # "User:name"
    resource: str  # "topic" | "group"
    name: str
    pattern: str  # "literal" | "prefixed"
    operation: str  # "read" | "write" | ...
    permission: str = "allow"

    def __str__(self) -> str:
        star = "*" if self.pattern == "prefixed" else ""
        return f"{self.permission} {self.principal} {self.operation} {self.resource} {self.name}{star}"


@dataclass(frozen=True)
class Scope:
    """The names on the cluster that the grants are about (the settings' prefix and groups applied)."""

    topics: Mapping[str, str]  # role or route name -> topic name on the cluster
    worker_group: str
    sink_group: str


def check_user(name: str) -> str:
    """A principal name logwarden accepts (it becomes a file name and a group prefix)."""
    if not _USER.match(name):
        raise PrincipalsError(f"{name!r} is not a user name (letters, digits, '.', '_', '-'; at most 128)")
    return name


def reader_group_prefix(user: str) -> str:
    """Consumer groups a reader or operator may use: their own, never another's or the pipeline's."""
    return f"{user}."


def desired_grants(principals: Principals, policy: Policy, scope: Scope) -> set[Grant]:
    """The ACLs of every role, the only ones logwarden's topics and groups should have."""
    grants: set[Grant] = set()

    def allow(users: Iterable[str], resource: str, name: str, operation: str, pattern: str = "literal") -> None:
        grants.update(Grant(f"User:{u}", resource, name, pattern, operation) for u in users)

    prefixed = [*principals.operator, *(u for users in principals.readers.values() for u in users)]
    for user in prefixed:  # a group prefix must not reach another principal's groups or the pipeline's
        prefix = reader_group_prefix(user)
        reached = [g for g in (scope.worker_group, scope.sink_group, *map(reader_group_prefix, prefixed))
                   if g != prefix and g.startswith(prefix)]
        if reached:
            raise PrincipalsError(f"the consumer groups of {user} ({prefix}*) would include {reached[0]}: "
                                  "rename the user or the group")
    def allow_reading(users: Iterable[str], topic: str) -> None:  # a topic, and consumer groups of one's own
        for user in users:
            allow([user], "topic", topic, "read")
            allow([user], "group", reader_group_prefix(user), "read", "prefixed")

    raw, dlq = scope.topics["raw"], scope.topics["dlq"]
    allow(principals.producer, "topic", raw, "write")
    allow(principals.pipeline, "topic", raw, "read")
    allow(principals.pipeline, "group", scope.worker_group, "read")
    for route in policy.routes:
        allow(principals.pipeline, "topic", scope.topics[route.name], "write")
        allow(principals.sink, "topic", scope.topics[route.name], "read")
        allow_reading(principals.readers.get(route.name, ()), scope.topics[route.name])
    allow(principals.pipeline, "topic", dlq, "write")
    if "policy" in scope.topics:  # the versions applied (clause 5.1): the admin writes them, workers only read
        allow(principals.pipeline, "topic", scope.topics["policy"], "read")
    allow(principals.sink, "group", scope.sink_group, "read")
    allow_reading(principals.operator, dlq)
    return grants


@dataclass(frozen=True)
class AclDiff:
    missing: tuple[Grant, ...]  # desired, not on the cluster
    extra: tuple[Grant, ...]  # ALLOW bindings on logwarden's own resources that no role should have
    #: ALLOW bindings that reach logwarden's resources through a wildcard or a prefix (`*`, `logs.`): they
    #: may serve other tenants of the cluster, so `acl apply` does not remove them; `acl check` fails on them
    covering: tuple[Grant, ...] = ()
    #: DENY bindings on logwarden's resources: they only take access away, so they are kept and shown
    denies: tuple[Grant, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.missing and not self.extra and not self.covering


def _same_resource(grant: Grant, d: Grant) -> bool:
    return grant.resource == d.resource and grant.name == d.name and grant.pattern == d.pattern


def _reaches(grant: Grant, d: Grant) -> bool:
    """Does a wildcard or prefixed binding cover the resource of a desired one?"""
    if grant.resource != d.resource:
        return False
    if grant.pattern == "literal":
        return grant.name == "*"
    return grant.pattern == "prefixed" and d.name.startswith(grant.name)


def _own_group_prefix(grant: Grant, ours: set[str]) -> bool:
    """A reader's `<user>.` group binding, for a principal logwarden manages or that still holds a binding on
    its topics (a reader just taken out of the principals file): logwarden's to remove with the rest.
    The same shape for anyone else on a shared cluster is not logwarden's business."""
    return (grant.resource == "group" and grant.pattern == "prefixed" and grant.name.endswith(".")
            and grant.principal == f"User:{grant.name[:-1]}" and grant.principal in ours)


def diff(desired: set[Grant], live: Iterable[Grant]) -> AclDiff:
    """What `acl apply` must add and take away. Bindings on resources logwarden does not own are left alone;
    wildcard and prefixed ones that reach its resources are reported, as are DENY bindings."""
    live = list(live)
    ours = {d.principal for d in desired} | {g.principal for g in live
                                             if any(_same_resource(g, d) for d in desired if d.resource == "topic")}
    missing, extra, covering, denies = set(desired), set(), set(), set()
    for grant in live:
        exact = any(_same_resource(grant, d) for d in desired) or _own_group_prefix(grant, ours)
        if grant.permission == "deny":
            if exact or any(_reaches(grant, d) for d in desired):
                denies.add(grant)
        elif grant in desired:
            missing.discard(grant)
        elif exact:
            extra.add(grant)
        elif any(_reaches(grant, d) for d in desired):
            covering.add(grant)
    return AclDiff(tuple(sorted(missing)), tuple(sorted(extra)), tuple(sorted(covering)), tuple(sorted(denies)))


def scope_for(settings: Settings, policy: Policy) -> Scope:
    """The cluster names of the policy's topics and the pipeline's groups under these settings."""
    return Scope({spec.role: settings.topic(spec.name) for spec in [*policy.topics(), POLICY_TOPIC]},
                 settings.worker_group, settings.sink_group)
