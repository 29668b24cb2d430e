"""ACLs and SCRAM logins on a live cluster, through kafka-python's admin client.

The edge of `pipeline/cluster/principals.py`: it reads the cluster's bindings as `Grant`s, makes the
ones on logwarden's resources equal to the desired set (`acl apply`), and sets principals'
SCRAM passwords (`acl passwd`, `dev up`). Everything here runs as the admin principal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kafka import KafkaAdminClient
from kafka.admin import (
    ACL,
    ACLFilter,
    ACLOperation,
    ACLPermissionType,
    ACLResourcePatternType,
    ResourcePattern,
    ResourcePatternFilter,
    ResourceType,
    UserScramCredentialDeletion,
    UserScramCredentialUpsertion,
)
from kafka.errors import KafkaError, NoError

from pipeline.cluster.login import ensure_password, password_path
from pipeline.cluster.principals import (
    AclDiff,
    Grant,
    Principals,
    check_user,
    desired_grants,
    diff,
    load_principals,
    scope_for,
)
from pipeline.cluster.topics import ensure_topics, settings_admin
from pipeline.policy import Policy
from pipeline.settings import Settings, read_secret_file

_RESOURCES = {"topic": ResourceType.TOPIC, "group": ResourceType.GROUP}  # all that logwarden grants on
_PATTERNS = {"literal": ACLResourcePatternType.LITERAL, "prefixed": ACLResourcePatternType.PREFIXED}


class AclError(RuntimeError):
    """The cluster refused to list or change ACLs (no authorizer, or not an admin)."""


def _to_acl(grant: Grant) -> ACL:
    return ACL(principal=grant.principal, host="*", operation=ACLOperation[grant.operation.upper()],
               permission_type=ACLPermissionType[grant.permission.upper()],
               resource_pattern=ResourcePattern(_RESOURCES[grant.resource], grant.name, _PATTERNS[grant.pattern]))


def _to_grant(acl: ACL) -> Grant:
    pattern = acl.resource_pattern
    return Grant(acl.principal, pattern.resource_type.name.lower(), pattern.resource_name,
                 pattern.pattern_type.name.lower(), acl.operation.name.lower(), acl.permission_type.name.lower())


def live_grants(admin: KafkaAdminClient) -> list[Grant]:
    """Every binding the cluster has."""
    everything = ACLFilter(principal=None, host=None, operation=ACLOperation.ANY,
                           permission_type=ACLPermissionType.ANY,
                           resource_pattern=ResourcePatternFilter(ResourceType.ANY, None, ACLResourcePatternType.ANY))
    try:
        acls, _ = admin.describe_acls(everything)
    except KafkaError as exc:
        raise AclError(f"the cluster would not list its ACLs: {type(exc).__name__} "
                       "(is an authorizer configured, and is this principal an admin?)") from None
    return [_to_grant(acl) for acl in acls]


@dataclass(frozen=True)
class AclReport:
    diff: AclDiff
    desired: int


def check(settings: Settings, policy: Policy, principals: Principals) -> AclReport:
    """How the cluster's ACLs on logwarden's resources differ from the policy's."""
    desired = desired_grants(principals, policy, scope_for(settings, policy))
    with settings_admin(settings) as admin:
        return AclReport(diff(desired, live_grants(admin)), len(desired))


def apply(settings: Settings, policy: Policy, principals: Principals) -> AclReport:
    """Add the missing bindings and remove the extra ones (idempotent); returns what was changed. Wildcard and
    prefixed bindings that reach logwarden's resources, and DENY bindings, are reported, never removed."""
    desired = desired_grants(principals, policy, scope_for(settings, policy))
    with settings_admin(settings) as admin:
        changes = diff(desired, live_grants(admin))
        if changes.missing:
            result = admin.create_acls([_to_acl(g) for g in changes.missing])
            if result["failed"]:
                raise AclError(f"the cluster refused {len(result['failed'])} of the ACLs: "
                               + ", ".join(sorted({e.__name__ for e in result["failed"]})))
        if changes.extra:
            # host None: the filter takes the binding whatever host it names
            filters = [ACLFilter(a.principal, None, a.operation, a.permission_type, a.resource_pattern)
                       for a in map(_to_acl, changes.extra)]
            for _, _, error in admin.delete_acls(filters):
                if error is not NoError:
                    raise AclError(f"the cluster refused to remove ACLs: {error.__name__}")
        if changes.missing or changes.extra:
            _await_enforced(admin, desired)
    return AclReport(changes, len(desired))


#: How long `apply` waits for a broker to enforce what the controller has committed.
ENFORCE_SECONDS = 15.0


def _await_enforced(admin: KafkaAdminClient, desired: set[Grant]) -> None:
    """Return once a broker's authorizer lists the bindings as applied. The controller commits them first and each
    broker replays them a moment later: a producer that logs in in that moment is refused its first request
    (ClusterAuthorizationFailedError for its idempotent id), which kafka-python treats as fatal and fails every
    message of. So `apply` (and `acl apply`, and the tests' set-up) returns only when they are enforced."""
    deadline = time.monotonic() + ENFORCE_SECONDS
    while True:
        left = diff(desired, live_grants(admin))
        if not left.missing and not left.extra:
            return
        if time.monotonic() > deadline:
            raise AclError(f"the cluster has not applied {len(left.missing) + len(left.extra)} ACL changes "
                           f"{ENFORCE_SECONDS:.0f} s after accepting them")
        time.sleep(0.05)


def delete_login(settings: Settings, user: str) -> bool:
    """Remove a principal's SCRAM credential (it can no longer log in); False when it had none."""
    with settings_admin(settings) as admin:
        if user not in admin.describe_user_scram_credentials():
            return False
        errors = admin.alter_user_scram_credentials([UserScramCredentialDeletion(user, settings.kafka_sasl_mechanism)])
    if errors.get(user):
        raise AclError(f"the cluster refused to remove the login of {user}: {errors[user]}")
    return True


def set_password(settings: Settings, user: str, password: str) -> None:
    """Create or change a principal's SCRAM credential (the mechanism the clients use)."""
    with settings_admin(settings) as admin:
        _upsert(admin, settings.kafka_sasl_mechanism, {user: password})


def ensure_local_logins(settings: Settings, principals: Principals) -> list[str]:
    """On the local stack: every principal the broker has no credential for gets one, its password kept in
    the secrets folder. Returns the users made now (those added to the file after the storage was formatted)."""
    with settings_admin(settings) as admin:
        known = set(admin.describe_user_scram_credentials())
        made = {user: ensure_password(settings.kafka_secrets, user) for user in principals.users() if user not in known}
        if made:
            _upsert(admin, settings.kafka_sasl_mechanism, made)
    return list(made)


def _upsert(admin: KafkaAdminClient, mechanism: str, passwords: dict[str, str]) -> None:
    if not mechanism.startswith("SCRAM-"):
        raise AclError(f"LOGWARDEN_KAFKA_SASL_MECHANISM is {mechanism}: only SCRAM logins are kept by Kafka")
    errors = admin.alter_user_scram_credentials(
        [UserScramCredentialUpsertion(user, mechanism, password) for user, password in passwords.items()])
    refused = sorted(user for user in passwords if errors.get(user))
    if refused:
        raise AclError(f"the cluster refused the credential of {refused[0]}: {errors[refused[0]]}")


def ensure_topics_with_acls(settings: Settings, policy: Policy) -> None:
    """The policy's topics under these settings, with the principals' ACLs on them when the cluster has logins:
    what a test or a benchmark needs before it starts workers and sinks that log in as in production."""
    ensure_topics(settings, policy)
    if settings.kafka_security_protocol.startswith("SASL_"):
        apply(settings, policy, load_principals(settings.principals_file, policy))


class PasswdRefused(ValueError):
    """`acl passwd` cannot do what was asked as it stands (a usage error: the message says what to do first)."""


def passwd(settings: Settings, principals: Principals, user: str, *, password_file: Path | None, delete: bool,
           say: Callable[[str], None]) -> None:
    """`logwarden acl passwd`: set USER's SCRAM login (from a file, or a random password kept in the secrets
    folder), or remove it. The password itself is never printed."""
    check_user(user)
    if delete:
        if user in principals.users():
            raise PasswdRefused(f"{user} is still in {settings.principals_file}: take them out and run "
                                "`logwarden acl apply` first")
        gone = delete_login(settings, user)
        password_path(settings.kafka_secrets, user).unlink(missing_ok=True)
        say(f"{user}: login removed" if gone else f"{user}: had no login")
        return
    if user not in principals.users():
        say(f"note: {user} is not in {settings.principals_file}; it can log in but no ACL lets it read "
            "anything until you add it there and run `logwarden acl apply`")
    if password_file is not None:
        password, where = read_secret_file(password_file, "--password-file"), password_file
    else:
        password, where = ensure_password(settings.kafka_secrets, user), password_path(settings.kafka_secrets, user)
    set_password(settings, user, password)
    say(f"{user}: SCRAM login set ({settings.kafka_sasl_mechanism}); password in {where}")
