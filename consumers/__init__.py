"""Consumers of the purpose topics: the S3 sink, retention, analyst readers."""
