"""``sitrep stats`` and ``sitrep errors``: what the corpus holds and what failed."""

from __future__ import annotations

import sqlite3


def stats(con: sqlite3.Connection, top: int = 20) -> dict:
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    result = {
        "articles": one("SELECT count(*) FROM articles"),
        "duplicates": {
            "exact": one("SELECT count(*) FROM articles WHERE dup_kind = 'exact'"),
            "near": one("SELECT count(*) FROM articles WHERE dup_kind = 'near'"),
        },
        "errors": one("SELECT count(*) FROM errors"),
        "by_language": dict(con.execute(
            "SELECT coalesce(language, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1")),
        "by_source": dict(con.execute(
            "SELECT coalesce(source_name, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1"
            " LIMIT ?", (top,))),
        "sources": one("SELECT count(DISTINCT source_name) FROM articles"),
        "by_day": dict(con.execute(
            "SELECT CASE WHEN precision IN ('day', 'minute', 'second') THEN substr(published, 1, 10)"
            " WHEN published IS NULL THEN 'undated' ELSE 'month or year only' END, count(*)"
            " FROM articles GROUP BY 1 ORDER BY 1")),
        "by_layer": {
            layer: {"articles": n_articles, "annotations": n} for layer, n_articles, n in con.execute(_by_layer(con))
        },
        "errors_by_stage": dict(con.execute("SELECT stage, count(*) FROM errors GROUP BY stage ORDER BY stage")),
    }
    return result


def _by_layer(con: sqlite3.Connection) -> str:
    """``(layer, articles, annotations)`` per layer. Since schema 6 a packed layer row holds its
    number of annotations (``n``), so layers are counted without being unpacked; before, through
    the ``annotations`` view (or table)."""
    if "n" not in {r[1] for r in con.execute("PRAGMA table_info(packed_layers)")}:
        return "SELECT layer, count(DISTINCT article), count(*) FROM annotations GROUP BY layer ORDER BY layer"
    return """SELECT layer, count(DISTINCT article), sum(n) FROM (
                  SELECT layer, article, count(*) AS n FROM annotation_rows GROUP BY layer, article
                  UNION ALL
                  SELECT layer, article, coalesce(n, json_array_length(unpack_layer(data))) FROM packed_layers)
              GROUP BY layer ORDER BY layer"""


def render(s: dict) -> str:
    lines = [
        f"articles: {s['articles']}  (exact duplicates {s['duplicates']['exact']},"
        f" near duplicates {s['duplicates']['near']})  errors: {s['errors']}",
        "",
        "| language | articles |", "|---|---|",
        *[f"| {k} | {v} |" for k, v in s["by_language"].items()],
        "",
        f"| source ({s['sources']} in all) | articles |", "|---|---|",
        *[f"| {k} | {v} |" for k, v in s["by_source"].items()],
        "",
        "| day | articles |", "|---|---|",
        *_days(s["by_day"]),
        "",
        "| layer | articles | annotations |", "|---|---|---|",
        *[f"| {k} | {v['articles']} | {v['annotations']} |" for k, v in s["by_layer"].items()],
    ]
    return "\n".join(lines)


#: days listed by the text report (the latest ones); --json lists all
DAYS_SHOWN = 31


def _days(by_day: dict) -> list[str]:
    dated = [k for k in by_day if k[:1].isdigit()]
    shown = set(dated[-DAYS_SHOWN:]) | {k for k in by_day if not k[:1].isdigit()}
    lines = [f"| {k} | {v} |" for k, v in by_day.items() if k in shown]
    hidden = len(dated) - min(len(dated), DAYS_SHOWN)
    if hidden:
        lines.insert(0, f"| ({hidden} earlier days: --json lists every day) | {sum(by_day[k] for k in dated[:hidden])} |")
    return lines


def errors(con: sqlite3.Connection, stage: str | None = None, limit: int | None = None) -> list[dict]:
    sql = "SELECT origin, stage, reason, component, article_id, seen, last_seen FROM errors"
    params: list = []
    if stage:
        sql += " WHERE stage = ?"
        params.append(stage)
    sql += " ORDER BY id"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    keys = ("origin", "stage", "reason", "component", "article_id", "seen", "last_seen")
    return [dict(zip(keys, row)) for row in con.execute(sql, params)]


def render_errors(rows: list[dict]) -> str:
    if not rows:
        return "no errors"
    out = []
    for r in rows:
        where = f" in {r['component']}" if r["component"] else ""
        times = f" (seen {r['seen']} times)" if r["seen"] > 1 else ""
        out.append(f"{r['origin']}: {r['reason']}{where} [{r['stage']}]{times}")
    return "\n".join(out)
