"""The privacy engine: what is personal in free text, found and replaced (pure; no Kafka, Faust, boto3 or I/O).

Shaped like Sentry Relay's `relay-pii`, one question a room:

- `normalize`: a normalized copy of a string (decodings, NFKC, invisible characters) mapped back to it;
- `detectors/`: one module per kind, spans of that kind in the normalized text;
- `registry`: every detector in priority order, and every list of kinds derived from it (report,
  corpus, leak check, metrics, policy);
- `redact`: runs the registry on a string and replaces each span in the original by its kind's marker.

The router (pipeline/scrub.py) and the sink's leak check (consumers/leaks.py) both call `redact`.
"""
