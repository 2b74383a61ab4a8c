"""Campaigns: a file of posts, adapted per network and scheduled under editorial policies.

>>> from brandvoice.campaigns import plan, render_ics
>>> # plan("examples/campaign-toulon-week.yaml", languagetool="off").entries[0].when
"""

from brandvoice.campaigns.csv_out import render_generic_csv, render_hootsuite_csv
from brandvoice.campaigns.ics import event_uid, render_ics
from brandvoice.campaigns.loader import CampaignFile, load_campaign, parse_campaign
from brandvoice.campaigns.model import Campaign, Post, campaign_json_schema
from brandvoice.campaigns.planner import plan
from brandvoice.campaigns.render import render_json, render_text
from brandvoice.campaigns.result import CalendarFinding, Plan, ScheduledVariant
from brandvoice.profiles.editorial import (
    DEFAULT_POLICIES,
    EditorialPolicy,
    PolicyOverride,
    default_policy,
    effective_policy,
)

__all__ = [
    "DEFAULT_POLICIES",
    "CalendarFinding",
    "Campaign",
    "CampaignFile",
    "EditorialPolicy",
    "Plan",
    "PolicyOverride",
    "Post",
    "ScheduledVariant",
    "campaign_json_schema",
    "default_policy",
    "effective_policy",
    "event_uid",
    "load_campaign",
    "parse_campaign",
    "plan",
    "render_generic_csv",
    "render_hootsuite_csv",
    "render_ics",
    "render_json",
    "render_text",
]
