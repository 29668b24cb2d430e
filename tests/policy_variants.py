"""Policies made from config/policy.toml with one change: what the tests of the policy's diff, plan and rules use."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.policy import Policy, parse_policy

POLICY_FILE = Path(__file__).resolve().parents[1] / "config" / "policy.toml"
BASE: dict[str, Any] = tomllib.loads(POLICY_FILE.read_text())
Mutation = Callable[[dict[str, Any]], object]


def variant_data(mutate: Mutation) -> dict[str, Any]:
    """The parsed policy file with `mutate` applied to a copy."""
    data = copy.deepcopy(BASE)
    mutate(data)
    return data


def variant(mutate: Mutation) -> Policy:
    """The policy file with `mutate` applied, validated as `load_policy` would."""
    return parse_policy(variant_data(mutate), Path("new.toml"))


def set_in(*keys: str, value: Any) -> Mutation:
    """A mutation setting one key (tables made on the way)."""

    def mutate(data: dict[str, Any]) -> None:
        node = data
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = value

    return mutate


def appended(*keys: str, value: Any) -> Mutation:
    """A mutation appending one item to a list."""

    def mutate(data: dict[str, Any]) -> None:
        node = data
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = [*node[keys[-1]], value]

    return mutate
