"""iCalendar (RFC 5545) output: one event per variant, stable across runs.

Each event's UID is a hash of the campaign's name, the post's id and the network, so
importing the file again after an edit updates the events instead of duplicating them.
DTSTART carries the campaign's zone (TZID) and the file embeds that zone's VTIMEZONE.
Calendar findings (a post after its event, too frequent...) go in COMMENT properties:
whoever reads the calendar sees what is wrong with the time without the JSON at hand.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import icalendar

from brandvoice.campaigns.result import Plan, ScheduledVariant
from brandvoice.campaigns.zones import UTC

PRODID = "-//brandvoice//campaign plan//EN"
UID_DOMAIN = "brandvoice"
# A post is an instant; a short block makes it visible in calendar views.
EVENT_LENGTH = dt.timedelta(minutes=15)
SUMMARY_WORDS = 8


def event_uid(campaign: str, post_id: str, network: str) -> str:
    digest = hashlib.sha256(f"{campaign}\x1f{post_id}\x1f{network}".encode()).hexdigest()
    return f"{digest[:32]}@{UID_DOMAIN}"


def summary_of(entry: ScheduledVariant) -> str:
    from brandvoice.networks import get_network

    words = entry.text.split()
    head = " ".join(words[:SUMMARY_WORDS]) + (" …" if len(words) > SUMMARY_WORDS else "")
    return f"{get_network(entry.network).name}: {head}"


def render_ics(plan: Plan) -> bytes:
    """The plan as an iCalendar file (UTF-8, CRLF line ends as RFC 5545 wants)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"brandvoice: {plan.campaign}")
    calendar.add("x-wr-timezone", plan.timezone)
    # DTSTAMP says when this version of the events was made: the plan's "now", so that a
    # run with a fixed --now gives the same bytes.
    stamp = plan.now.astimezone(UTC)
    for entry in plan.entries:
        event = icalendar.Event()
        event.add("uid", event_uid(plan.campaign, entry.post_id, entry.network))
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.when)
        event.add("dtend", entry.when + EVENT_LENGTH)
        event.add("summary", summary_of(entry))
        event.add("description", entry.text)
        event.add("categories", [entry.network])
        if entry.link:
            event.add("url", entry.link)
        for finding in entry.calendar:
            event.add("comment", f"{finding.severity}: [{finding.rule}] {finding.message}")
        event.add("x-brandvoice-post", entry.post_id)
        event.add("x-brandvoice-network", entry.network)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
