"""Every conversation with the Kafka cluster: logins, topics, ACLs and principals, consumer lag."""
