# syntax=docker/dockerfile:1
# logwarden: one image for every process (`worker`, `sink`, `produce`, `dev up`, ...);
# docker-compose.yml picks the subcommand. Configuration is LOGWARDEN_* variables only.

FROM python:3.11-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

WORKDIR /app

# Dependencies first, from pyproject.toml alone: this layer is rebuilt only when they change,
# not on every code change.
COPY pyproject.toml README.md ./
RUN --mount=type=cache,target=/root/.cache/pip \
    python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# The compiled scrub/route core (pipeline/native.py), built the way `make native` builds it: mypyc (from the lint
# extra's mypy) and gcc, which only this stage holds. The extensions land in build/native/<digest of the core's
# modules>/ of this checkout, where pipeline/native.py looks them up beside the same sources; the image copies that
# folder alone.
# A build that fails, or does not import, fails the image: the image would otherwise run the pure core, slower.
FROM base AS native
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install "$(python -c "import tomllib; print(next(d for d in tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['lint'] if d.startswith('mypy')))")"
COPY . .
RUN pip install --no-deps -e . \
    && python -m pipeline.native \
    && python -c "import sys, pipeline.native as native; sys.exit(native.load() is None)"

FROM base

# uid of the runtime user. Compose bind-mounts secret files with their host owner, and
# logwarden only reads a key file its own user owns with mode 0600, so this must match
# the owner of config/secrets/hmac_key (see docker-compose.yml).
ARG APP_UID=10001

# The project itself, editable (and the name lexicon, built once from the names-dataset and wordfreq packages into
# build/lexicon/, which the detectors map read-only, with the CLDR words they read beside it, pipeline/privacy/cldr.py):
# pipeline/settings.py finds config/ (the policy file) beside the packages through PROJECT_ROOT, so the code must run
# from this checkout, not from a copy in site-packages.
COPY . .
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --no-deps -e . \
    && python -m compileall -q pipeline producers consumers \
    && python -m pipeline.privacy.lexicon \
    && python -m pipeline.privacy.cldr
COPY --from=native /app/build/native/ build/native/

# Runtime user: owns only its state directory; /app stays root-owned and read-only to it.
RUN useradd --system --uid "${APP_UID}" --user-group --home-dir /var/lib/logwarden \
        --no-create-home --shell /usr/sbin/nologin logwarden \
    && install -d -o logwarden -g logwarden -m 0700 /var/lib/logwarden
ENV LOGWARDEN_STATE_DIR=/var/lib/logwarden
USER logwarden

# Metrics: worker, sink, load generator (LOGWARDEN_*_METRICS_PORT).
EXPOSE 9308 9309 9310

ENTRYPOINT ["logwarden"]
CMD ["--help"]
