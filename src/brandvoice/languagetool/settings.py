"""The LanguageTool backend's settings, read from the environment when they are needed.

Every setting has a default that works on a developer's machine; the variables exist for
CI, shared servers and small machines.
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from brandvoice.errors import InputError

URL_VARIABLE: Final = "BRANDVOICE_LANGUAGETOOL_URL"
JAVA_OPTS_VARIABLE: Final = "BRANDVOICE_LANGUAGETOOL_JAVA_OPTS"
START_TIMEOUT_VARIABLE: Final = "BRANDVOICE_LANGUAGETOOL_START_TIMEOUT"
REQUEST_TIMEOUT_VARIABLE: Final = "BRANDVOICE_LANGUAGETOOL_TIMEOUT"
WORKERS_VARIABLE: Final = "BRANDVOICE_LANGUAGETOOL_WORKERS"
LANGUAGE_VARIABLE_PREFIX: Final = "BRANDVOICE_LANGUAGETOOL_LANG_"

# LanguageTool grows with one cached rule pipeline per language and parallel request:
# measured ~1.05 GB resident for French and English at 4 parallel requests, up to the
# heap limit at 8. 1.5 GB keeps that out of the garbage collector's way without claiming
# a small machine's memory.
DEFAULT_JAVA_OPTS: Final = ("-Xmx1536m",)
# The server answers /v2/languages after ~1.5 s here; the limit is for slow CI machines.
DEFAULT_START_TIMEOUT: Final = 60.0
# A first check per language loads its rules (~8 s for French); busy servers queue requests.
DEFAULT_REQUEST_TIMEOUT: Final = 120.0
# Connecting fails fast when a server is down, so a dead URL is reported in seconds.
CONNECT_TIMEOUT: Final = 5.0
# Measured on 2 cores (benchmarks/languagetool_start.py), warm server: 1 request at a time
# 70 posts/s, 2: 86, 4: 117, 8: 124. Python's side of each request overlaps the server's.
DEFAULT_WORKERS: Final = 4
# Our language codes to LanguageTool's: English needs a variant for its spelling rules.
DEFAULT_LANGUAGES: Final[Mapping[str, str]] = {"fr": "fr", "en": "en-US"}


def cache_dir() -> Path:
    """Where LanguageTool installations live: ``$BRANDVOICE_CACHE_DIR/languagetool``,
    else ``$XDG_CACHE_HOME/brandvoice/languagetool``, else ``~/.cache/brandvoice/languagetool``."""
    from brandvoice.files import cache_root

    return cache_root() / "languagetool"


def server_urls(explicit: str | None = None) -> list[str]:
    """Remote server URLs from ``explicit`` or ``$BRANDVOICE_LANGUAGETOOL_URL``, normalised;
    several may be given, separated by commas or spaces."""
    raw = explicit if explicit is not None else os.environ.get(URL_VARIABLE, "")
    return [normalize_url(url) for url in re.split(r"[,\s]+", raw) if url]


def normalize_url(url: str) -> str:
    """``http://host:8081/`` from what users paste: no scheme, or the API's ``/v2`` path."""
    if "://" not in url:
        url = f"http://{url}"
    url = url.rstrip("/")
    if url.endswith("/v2"):
        url = url[: -len("/v2")]
    return f"{url}/"


def java_options() -> list[str]:
    raw = os.environ.get(JAVA_OPTS_VARIABLE)
    return shlex.split(raw) if raw else list(DEFAULT_JAVA_OPTS)


def start_timeout() -> float:
    return _positive_number(START_TIMEOUT_VARIABLE, DEFAULT_START_TIMEOUT)


def request_timeout() -> float:
    return _positive_number(REQUEST_TIMEOUT_VARIABLE, DEFAULT_REQUEST_TIMEOUT)


def workers() -> int:
    return int(_positive_number(WORKERS_VARIABLE, DEFAULT_WORKERS))


def language_code(lang: str, overrides: Mapping[str, str] | None = None) -> str:
    """LanguageTool's code for our ``lang``: ``overrides``, then
    ``$BRANDVOICE_LANGUAGETOOL_LANG_<LANG>`` (e.g. ``en-GB``), then the default."""
    if overrides and lang in overrides:
        return overrides[lang]
    from_env = os.environ.get(f"{LANGUAGE_VARIABLE_PREFIX}{lang.upper()}")
    return from_env or DEFAULT_LANGUAGES.get(lang, lang)


def _positive_number(variable: str, default: float) -> float:
    raw = os.environ.get(variable)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value <= 0:
        raise InputError(f"expected a positive number, got {raw!r}", field=variable)
    return value
