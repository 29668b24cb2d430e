"""Parquet objects for a route with `format = "parquet"`: a typed schema from the policy, written by pyarrow.

The schema is the route's allow-list (config/policy.toml) in the wire format's kinds
(pipeline/wire.py), so no schema registry is needed:

| wire kind | Parquet column |
|---|---|
| string, and `string or integer` ids (pseudonyms are strings) | string |
| integer / number / boolean | int64 / double / boolean |
| list of strings | list<string> |
| object (request, client, device, ...) | struct of its allowed children; an allowed object keeps all of them |
| map, free keys (consent, action.properties, cookies) | string holding the map as JSON (query it with json_extract) |
| a field whose treatment writes another shape | that shape (user_agent, location: see TREATED) |

plus `policy_version` (string: the version that governed the record, such as 2024-01-01.1), `logwarden`
(struct<route, policy, key_id>, the pipeline's stamp) and `_extra` (string,
JSON): whatever does not fit its column, kept rather than lost; null when all fits. Missing
fields are nulls. One row group per object (an object is one event hour of one segment, at
most LOGWARDEN_SINK_MAX_RECORDS rows), zstd compression. The bytes are a function of the rows:
the same records give the same object. Pure apart from pyarrow.
"""

from __future__ import annotations

import io
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from consumers.batching import Writer
from pipeline.policy import Policy, Route
from pipeline.wire import FIELDS, Kind, children

#: A column's shape: a wire kind, or a struct of named shapes.
Shape = Kind | dict[str, Any]

#: Treatments whose output is not their field's wire kind (pipeline/treatments.py), and the shape they write.
TREATED: dict[str, Shape] = {
    "user_agent": {"browser": Kind.STRING, "browser_major": Kind.STRING, "os": Kind.STRING,
                   "os_major": Kind.STRING},
    "location": {"country": Kind.STRING, "city": Kind.STRING},
}
STAMP: Shape = {"route": Kind.STRING, "policy": Kind.STRING, "key_id": Kind.STRING}
EXTRA = "_extra"
_ARROW = {Kind.STRING: pa.string(), Kind.ID: pa.string(), Kind.MAP: pa.string(), Kind.INTEGER: pa.int64(),
          Kind.NUMBER: pa.float64(), Kind.BOOLEAN: pa.bool_(), Kind.STRING_LIST: pa.list_(pa.string())}


def shapes(route: Route, policy: Policy) -> dict[str, Shape]:
    """The route's fields as a tree of shapes, from its allow-list and the treatments of the policy."""
    tree: dict[str, Any] = {}
    for path in route.allow:
        node = tree
        parts = path.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = _shape(path, policy)
    tree["policy_version"] = Kind.STRING  # the version that governed the record (clause 5.1): group by it
    tree["logwarden"] = STAMP
    return tree


def _shape(path: str, policy: Policy) -> Shape:
    rule = policy.fields.get(path)
    if rule is not None and rule.treatment in TREATED:
        return TREATED[rule.treatment]
    kind = FIELDS[path]
    if kind is Kind.OBJECT:
        return {child.rsplit(".", 1)[1]: _shape(child, policy) for child in children(path)
                if not (policy.fields.get(child) and policy.fields[child].treatment == "drop")}
    return kind


def schema(tree: dict[str, Shape]) -> pa.Schema:
    return pa.schema([pa.field(name, _arrow(shape)) for name, shape in tree.items()]
                     + [pa.field(EXTRA, pa.string())])


def _arrow(shape: Shape) -> pa.DataType:
    if isinstance(shape, dict):
        return pa.struct([pa.field(name, _arrow(child)) for name, child in shape.items()])
    return _ARROW[shape]


def _fit(value: Any, shape: Shape, path: str, extra: dict[str, Any]) -> Any:
    """The value as its column holds it; what does not fit goes to `extra` under its path, and the column is null."""
    if value is None:
        return None
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            extra[path] = value
            return None
        for key in value.keys() - shape.keys():
            extra[f"{path}.{key}"] = value[key]
        return {name: _fit(value.get(name), child, f"{path}.{name}", extra) for name, child in shape.items()}
    if shape is Kind.MAP:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    if shape in (Kind.STRING, Kind.ID):
        if isinstance(value, str):
            return value
        if shape is Kind.ID and isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    elif shape is Kind.INTEGER:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif shape is Kind.NUMBER:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif shape is Kind.BOOLEAN:
        if isinstance(value, bool):
            return value
    elif shape is Kind.STRING_LIST and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    extra[path] = value
    return None


def rows(lines: list[bytes], tree: dict[str, Shape]) -> list[dict[str, Any]]:
    found = []
    for line in lines:
        event = orjson.loads(line)
        extra: dict[str, Any] = {key: event[key] for key in event.keys() - tree.keys()}
        row = {name: _fit(event.get(name), shape, name, extra) for name, shape in tree.items()}
        row[EXTRA] = orjson.dumps(extra, option=orjson.OPT_SORT_KEYS).decode() if extra else None
        found.append(row)
    return found


def writer(route: Route, policy: Policy) -> Writer:
    """The sink's writer of a `format = "parquet"` route (consumers/batching.py)."""
    tree = shapes(route, policy)
    return Writer("parquet", "application/vnd.apache.parquet", lambda buffer: encode(buffer.lines(), tree))


def encode(lines: list[bytes], tree: dict[str, Shape]) -> bytes:
    """JSON Lines records as one Parquet object: one row group, zstd."""
    table = pa.Table.from_pylist(rows(lines, tree), schema=schema(tree))
    out = io.BytesIO()
    pq.write_table(table, out, compression="zstd", row_group_size=max(1, len(lines)), use_dictionary=True,
                   write_statistics=True)
    return out.getvalue()
