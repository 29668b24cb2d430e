"""Producers for web servers: middleware, access-log tailer, load generator (kafka-python)."""
