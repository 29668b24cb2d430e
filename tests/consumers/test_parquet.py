"""consumers/parquet.py: a route's Parquet schema comes from its allow-list and the wire kinds, every scrubbed
event the pipeline writes round-trips through it, and `format` in the policy is validated."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from consumers.parquet import EXTRA, encode, schema, shapes
from pipeline.policy import PolicyError, load_policy
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT
from producers.synthetic import TrafficGenerator

POLICY = load_policy(PROJECT_ROOT / "config" / "policy.toml")


def outputs(route: str, count: int = 3000) -> list[bytes]:
    router = Router(POLICY, b"p" * 32, "k1")
    generator = TrafficGenerator(seed=5)
    return [o.value for _ in range(count) for o in router.route(orjson.dumps(generator.event())).outputs
            if o.route == route]


def read(body: bytes) -> pa.Table:
    return pq.read_table(io.BytesIO(body))


def _without_nulls(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_nulls(v) for k, v in node.items() if v is not None}
    return node


def test_the_analytics_schema_is_typed_from_the_allow_list_and_the_wire_kinds() -> None:
    found = schema(shapes(POLICY.route("analytics"), POLICY))
    assert found.field("event_id").type == pa.string()
    assert found.field("purposes").type == pa.list_(pa.string())
    request = found.field("request").type
    assert request.field("status").type == pa.int64() and request.field("duration_ms").type == pa.float64()
    assert found.field("client").type.field("user_agent").type == pa.struct(
        [("browser", pa.string()), ("browser_major", pa.string()), ("os", pa.string()), ("os_major", pa.string())])
    assert found.field("device").type.field("location").type == pa.struct([("country", pa.string()),
                                                                           ("city", pa.string())])
    assert found.field("action").type.field("properties").type == pa.string()  # a free-text map: JSON
    assert found.field("logwarden").type.names == ["route", "policy", "key_id"]
    assert "consent" not in found.names  # not on the analytics allow-list
    assert "email" not in found.field("user").type.names


@pytest.mark.parametrize("route", ["analytics", "marketing"])
def test_every_scrubbed_event_round_trips_through_its_route_s_parquet(route: str) -> None:
    lines = outputs(route)
    assert len(lines) > 300
    tree = shapes(POLICY.route(route), POLICY)
    table = read(encode(lines, tree))
    assert table.num_rows == len(lines) and read(encode(lines, tree)).num_rows == len(lines)
    assert pq.ParquetFile(io.BytesIO(encode(lines, tree))).metadata.num_row_groups == 1
    assert pq.ParquetFile(io.BytesIO(encode(lines, tree))).metadata.row_group(0).column(0).compression == "ZSTD"
    maps = [name for name, shape in tree.items() if shape is not None and not isinstance(shape, dict)
            and shape.value == "map"]
    for row, line in zip(table.to_pylist(), lines, strict=True):
        original = orjson.loads(line)
        assert row[EXTRA] is None, row[EXTRA]
        for name in maps:
            row[name] = orjson.loads(row[name]) if row[name] is not None else None
        if "action" in row and row["action"] and row["action"].get("properties") is not None:
            row["action"]["properties"] = orjson.loads(row["action"]["properties"])
        del row[EXTRA]
        assert _without_nulls(row) == _without_nulls(original)


def test_the_same_records_give_the_same_bytes() -> None:
    lines = outputs("analytics", 500)
    tree = shapes(POLICY.route("analytics"), POLICY)
    assert encode(lines, tree) == encode(list(lines), tree)


def test_what_does_not_fit_its_column_is_kept_in_extra_not_lost() -> None:
    tree = shapes(POLICY.route("analytics"), POLICY)
    line = orjson.dumps({"event_id": "e", "ts": "2026-11-24T15:00:00.000Z", "request": {"status": "OK", "odd": 1},
                         "surprise": [1, 2]})
    (row,) = read(encode([line], tree)).to_pylist()
    assert row["request"]["status"] is None
    assert orjson.loads(row[EXTRA]) == {"request.status": "OK", "request.odd": 1, "surprise": [1, 2]}


def test_a_route_s_format_is_jsonl_unless_the_policy_says_parquet(tmp_path: Path) -> None:
    text = (PROJECT_ROOT / "config" / "policy.toml").read_text()
    assert {r.format for r in POLICY.routes} <= {"jsonl", "parquet"}
    marked = text.replace('[routes.marketing]\n', '[routes.marketing]\nformat = "parquet"\n')
    (tmp_path / "parquet.toml").write_text(marked)
    assert load_policy(tmp_path / "parquet.toml").route("marketing").format == "parquet"
    (tmp_path / "bad.toml").write_text(text.replace('[routes.marketing]\n', '[routes.marketing]\nformat = "csv"\n'))
    with pytest.raises(PolicyError, match=r"routes\.marketing\.format.*'csv'.*'jsonl', 'parquet'"):
        load_policy(tmp_path / "bad.toml")


def test_policy_version_is_a_column_duckdb_groups_by(tmp_path: Path) -> None:
    """Clause 5.1: the archive says which version governed each record; records of two versions in one object
    group apart."""
    import duckdb

    from pipeline.policy import policy_from_text

    text = (PROJECT_ROOT / "config" / "policy.toml").read_text().replace("revision = 1\n", "revision = 2\n")
    older, newer = Router(POLICY, b"p" * 32, "k1"), Router(policy_from_text(text, Path("r2.toml")), b"p" * 32, "k1")
    generator = TrafficGenerator(seed=6)
    lines = [o.value for i in range(400) for o in (newer if i % 4 == 0 else older).route(
        orjson.dumps(generator.event() | {"purposes": ["2.1.1"]})).outputs]
    tree = shapes(POLICY.route("analytics"), POLICY)
    assert schema(tree).field("policy_version").type == pa.string()
    (tmp_path / "a.parquet").write_bytes(encode(lines, tree))
    counts = duckdb.execute("SELECT policy_version, count(*) FROM read_parquet(?) GROUP BY ALL ORDER BY 1",
                            [str(tmp_path / "a.parquet")]).fetchall()
    assert counts == [("2024-01-01.1", 300), ("2024-01-01.2", 100)]
