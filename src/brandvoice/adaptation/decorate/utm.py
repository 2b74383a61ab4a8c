"""UTM tags on a URL: added to the query, never duplicated, query and fragment kept."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_CAMPAIGN = "brandvoice"


def utm_params(network: str, medium: str, campaign: str | None) -> tuple[tuple[str, str], ...]:
    """The tags that trace a visit to ``network``, a ``medium`` ('social'), in the order
    analytics tools show them."""
    return (
        ("utm_source", network),
        ("utm_medium", medium),
        ("utm_campaign", campaign or DEFAULT_CAMPAIGN),
    )


def is_web_url(url: str) -> bool:
    """Whether ``url`` is written with http:// or https:// (bare domains are left alone)."""
    return urlsplit(url).scheme.lower() in ("http", "https")


def host_matches(url: str, domains: Sequence[str]) -> bool:
    """Whether ``url``'s host is one of ``domains`` or a subdomain of one (www.x.fr for x.fr);
    an empty ``domains`` matches no host."""
    host = (urlsplit(url).hostname or "").rstrip(".")
    return any(host == d or host.endswith("." + d) for d in map(_bare_domain, domains))


def with_utm(url: str, params: Sequence[tuple[str, str]]) -> str:
    """``url`` with the ``params`` its query lacks appended; ``url`` itself when it has them
    all, so applying this twice changes nothing the second time."""
    parts = urlsplit(url)
    present = {key.lower() for key, _ in parse_qsl(parts.query, keep_blank_values=True)}
    missing = [(key, value) for key, value in params if key not in present]
    if not missing:
        return url
    # The existing query is kept byte for byte: re-encoding it could change what it means.
    query = "&".join(q for q in (parts.query, urlencode(missing)) if q)
    return urlunsplit(parts._replace(query=query))


def _bare_domain(domain: str) -> str:
    """'https://www.X.fr/' -> 'x.fr': profiles may write a domain as a link."""
    host = urlsplit(domain if "//" in domain else "//" + domain).hostname or domain
    host = host.lower().rstrip(".")
    return host.removeprefix("www.")
