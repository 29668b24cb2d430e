"""`logwarden query`: DuckDB on the S3 archive, with the S3 settings every logwarden process uses.

DuckDB reads S3 through its httpfs extension, which DuckDB itself would download at run time: no
download happens here. The project's `analysts` extra pins `duckdb` and `duckdb-extension-httpfs`
(the same extension build, shipped as a package on PyPI) to one version, and `connect` loads the
extension from that package, then points it at LOGWARDEN_S3_ENDPOINT with the configured region and
credentials. The analysts' guide's queries run as written through `logwarden query` or `connect()`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.settings import Settings, SettingsError

INSTALL_HINT = "pip install 'logwarden[analysts]' (DuckDB and its S3 extension, pinned together)"


class QueryError(RuntimeError):
    """DuckDB refused the statement or could not read what it names (the message is DuckDB's, one line).
    `exit_code` by the documented table: 2 a statement DuckDB cannot run (syntax, a column or table that is not
    there) or a bucket that is missing or refused, 75 S3 not answering, 1 anything else."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


#: DuckDB's words for a connection that never got an HTTP answer (its IOException carries no status).
_UNREACHABLE = ("could not connect", "could not establish connection", "connection refused", "timed out",
                "timeout", "could not resolve")


def httpfs_extension(duckdb_version: str) -> Path:
    """The httpfs build for this DuckDB, from the `duckdb-extension-httpfs` package."""
    try:
        import duckdb_extension_httpfs  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise SettingsError(f"DuckDB's S3 extension is not installed: {INSTALL_HINT}") from None
    path = Path(os.path.dirname(duckdb_extension_httpfs.__file__)) / "extensions" / f"v{duckdb_version}"
    found = path / "httpfs.duckdb_extension"
    if not found.exists():
        raise SettingsError(f"DuckDB {duckdb_version} has no matching S3 extension in {path.parent}: {INSTALL_HINT}")
    return found


def run(sql: str, output: str, out: Any, settings: Settings | None = None) -> int:
    """`logwarden query SQL`: run one statement and print its rows as a table, CSV or JSON Lines. Returns the
    number of rows."""
    import csv

    import duckdb
    import orjson

    con = connect(settings)
    try:
        relation = con.sql(sql)
        if relation is None:  # a statement without rows (SET, CREATE ...)
            return 0
        columns, rows = relation.columns, relation.fetchall()
    except duckdb.Error as exc:
        raise _query_error(exc, settings or Settings.from_env()) from None
    if output == "table":
        widths = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(columns)]
        out.write("  ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
        for row in rows:
            out.write("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
    elif output == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        for row in rows:
            out.write(orjson.dumps(dict(zip(columns, row, strict=True)), default=str).decode() + "\n")
    return len(rows)


def _query_error(exc: Exception, settings: Settings) -> QueryError:
    """One line for what DuckDB said, with the exit code it means."""
    import duckdb

    line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, duckdb.ProgrammingError):  # parser, binder, catalog: the statement itself
        return QueryError(line, 2)
    status = int(getattr(exc, "status_code", 0) or 0)
    if status >= 500 or (not status and isinstance(exc, duckdb.IOException)
                         and any(word in line.lower() for word in _UNREACHABLE)):
        where = settings.s3_endpoint or "AWS S3"
        return QueryError(f"S3 at {where} did not answer ({line}); is the store running? `make up` starts the local "
                          "one", 75)
    if status in {403, 404}:
        return QueryError(f"{line} (no such bucket or object, or no access to it: check LOGWARDEN_S3_BUCKET and the "
                          "permissions of LOGWARDEN_S3_ACCESS_KEY_ID)", 2)
    return QueryError(line)


def connect(settings: Settings | None = None) -> Any:
    """A DuckDB connection that reads `s3://` paths from the configured S3 (moto, MinIO or AWS alike)."""
    try:
        import duckdb
    except ImportError:
        raise SettingsError(f"DuckDB is not installed: {INSTALL_HINT}") from None
    settings = settings or Settings.from_env()
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    con.execute(f"LOAD '{httpfs_extension(duckdb.__version__)}'")
    options: dict[str, str] = {"s3_region": settings.s3_region}
    if settings.s3_endpoint:
        endpoint = urlsplit(settings.s3_endpoint)
        options |= {"s3_endpoint": endpoint.netloc, "s3_use_ssl": str(endpoint.scheme == "https").lower(),
                    "s3_url_style": "path"}
    credentials = settings.s3_credentials()
    if "aws_access_key_id" in credentials:
        options |= {"s3_access_key_id": credentials["aws_access_key_id"],
                    "s3_secret_access_key": credentials["aws_secret_access_key"]}
    for name, value in options.items():
        con.execute(f"SET {name} = ?", [value])
    return con
