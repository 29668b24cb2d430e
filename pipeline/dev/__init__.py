"""The local stack of real servers (Kafka, S3) for development, the demo and the tests."""
