"""Source chains, from the outer source inward.

The outer source is the article's own outlet when its metadata names one
(``article.source["outlet"]`` or ``["sitename"]``), else ``"article"``.  Then
come the outlet or person the statement was relayed through (the channel
actor: "au journal", "to Reuters", "told the NYT"), then the speaker, then
the original source a relaying speaker cites ("citing X", "со ссылкой на X").
Consecutive duplicates are dropped, so "le NYT a souligné" is article → NYT.
"""

from __future__ import annotations

from typing import Any


def outer(source_meta: dict[str, Any]) -> str:
    for key in ("outlet", "sitename"):
        value = source_meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return "article"


def build(outlet: str, channel: str | None, speaker: str | None, relay: str | None) -> list[str]:
    chain = [outlet]
    for item in (channel, speaker, relay):
        if item and item != chain[-1]:
            chain.append(item)
    return chain
