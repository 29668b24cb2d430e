"""logwarden's benchmarks: each stage against a bare baseline measured in the same run."""
