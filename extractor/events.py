"""Policy events (placeholder until the pattern layer lands)."""
from __future__ import annotations

from .models import PolicyEvent


def find_events(sent, times, places, attributions, discourse) -> list[PolicyEvent]:
    return []


def merge(events: list[PolicyEvent]) -> list[PolicyEvent]:
    return events
