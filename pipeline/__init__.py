"""logwarden's pipeline: policy, the pure scrub/route core, the Faust agents, settings and the CLI."""
