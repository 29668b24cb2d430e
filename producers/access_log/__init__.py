"""`logwarden tail-log`: nginx/Apache access logs into logs.raw (parse a line, follow the files, ship)."""
