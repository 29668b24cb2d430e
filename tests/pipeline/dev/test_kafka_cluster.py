"""The three-node layout and the replication rules, without a server: ports, voters, replicas, min ISR."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cluster.topics import min_insync_replicas, replication_factor
from pipeline.dev.kafka_cluster import local_cluster, node_ports
from pipeline.dev.process import StackError
from pipeline.settings import Settings, SettingsError


def test_nodes_take_every_second_port_unless_the_bootstrap_lists_one_per_node() -> None:
    assert node_ports(9092, 9093, 3) == [(9092, 9093), (9094, 9095), (9096, 9097)]
    assert node_ports(9092, 9193, 3, [9092, 9292, 9392]) == [(9092, 9193), (9292, 9195), (9392, 9197)]
    with pytest.raises(StackError, match="would share a port"):
        node_ports(9092, 9094, 3)


def test_the_nodes_of_a_cluster_share_its_id_and_voters_and_keep_their_own_folders(tmp_path: Path) -> None:
    cluster = local_cluster(tmp_path, "127.0.0.1", node_ports(19092, 19093, 3))
    again = local_cluster(tmp_path, "127.0.0.1", node_ports(19092, 19093, 3))
    assert [n.node_id for n in cluster.nodes] == [1, 2, 3]
    assert {n.cluster_id for n in cluster.nodes + again.nodes} == {cluster.nodes[0].cluster_id}  # kept on disk
    assert {n.voters for n in cluster.nodes} == {"1@127.0.0.1:19093,2@127.0.0.1:19095,3@127.0.0.1:19097"}
    assert len({n.home for n in cluster.nodes}) == 3 and {n.replication for n in cluster.nodes} == {3}
    assert cluster.bootstrap == "127.0.0.1:19092,127.0.0.1:19094,127.0.0.1:19096"
    config = cluster.nodes[1]._write_config().read_text()
    for line in ("node.id=2", "controller.quorum.voters=1@127.0.0.1:19093,2@127.0.0.1:19095,3@127.0.0.1:19097",
                 "offsets.topic.replication.factor=3", "transaction.state.log.replication.factor=3",
                 "transaction.state.log.min.isr=2", "default.replication.factor=3", "min.insync.replicas=2"):
        assert line in config.splitlines(), line


def test_replication_is_three_with_two_in_sync_on_three_brokers_and_never_more_than_the_cluster() -> None:
    assert [replication_factor(0, n, "k:9092") for n in (1, 2, 3, 5)] == [1, 1, 3, 3]
    assert replication_factor(2, 3, "k:9092") == 2
    assert [min_insync_replicas(n) for n in (1, 2, 3, 5)] == [1, 1, 2, 2]
    with pytest.raises(SettingsError) as refused:
        replication_factor(3, 1, "k:9092")
    assert str(refused.value).startswith("LOGWARDEN_KAFKA_REPLICATION_FACTOR is 3, but the cluster at k:9092 has "
                                         "1 broker: set it to 1 or `auto`")


def test_the_replication_setting_is_auto_or_a_number() -> None:
    assert Settings.from_env({}).kafka_replication_factor == 0
    assert Settings.from_env({"LOGWARDEN_KAFKA_REPLICATION_FACTOR": "3"}).kafka_replication_factor == 3
    with pytest.raises(SettingsError, match="LOGWARDEN_KAFKA_REPLICATION_FACTOR"):
        Settings.from_env({"LOGWARDEN_KAFKA_REPLICATION_FACTOR": "three"})
