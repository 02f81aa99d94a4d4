"""The story tables in ``sitrep export`` (columns documented in ``docs/stories.md``)."""

from __future__ import annotations

#: table -> ((column, arrow type, SQL expression), ...), FROM clause
TABLES: dict[str, tuple[tuple[tuple[str, str, str], ...], str]] = {
    "stories": ((
        ("id", "int64", "s.id"), ("thread", "int64", "s.thread"), ("label", "string", "s.label"),
        ("articles", "int64", "s.n_articles"), ("first_article", "int64", "s.first_article"),
        ("last_article", "int64", "s.last_article"), ("first_day", "string", "s.first_day"),
        ("last_day", "string", "s.last_day"), ("languages_json", "string", "s.languages"),
        ("outlets_json", "string", "s.outlets"), ("producer", "string", "s.producer"),
    ), "FROM stories s ORDER BY s.id"),
    "story_members": ((
        ("article", "int64", "m.article"), ("story", "int64", "m.story"), ("score", "float64", "m.score"),
    ), "FROM story_members m ORDER BY m.article"),
    "reuse_links": ((
        ("id", "int64", "l.id"), ("source", "int64", "l.source"), ("target", "int64", "l.target"),
        ("kind", "string", "l.kind"), ("score", "float64", "l.score"), ("evidence_json", "string", "l.evidence"),
        ("producer", "string", "l.producer"),
    ), "FROM reuse_links l ORDER BY l.id"),
    "incidents": ((
        ("id", "int64", "i.id"), ("story", "int64", "i.story"), ("type", "string", "i.type"),
        ("day", "string", "i.day"), ("place", "string", "i.place"), ("label", "string", "i.label"),
        ("reports", "int64", "i.reports"), ("independent_sources", "int64", "i.independent"),
        ("credibility", "int64", "i.credibility"), ("grade_reason", "string", "i.grade_reason"),
        ("producer", "string", "i.producer"),
    ), "FROM incidents i ORDER BY i.id"),
    "incident_reports": ((
        ("incident", "int64", "r.incident"), ("article", "int64", "r.article"), ("start", "int64", 'r."start"'),
        ("end", "int64", 'r."end"'), ("surface", "string", 'substr(unz(a.text), r."start" + 1, r."end" - r."start")'),
        ("source_group", "int64", "r.source"), ("stance", "string", "r.stance"), ("killed", "int64", "r.killed"),
        ("actor", "string", "r.actor"), ("origin", "string", "r.origin"),
    ), 'FROM incident_reports r JOIN articles a ON a.id = r.article ORDER BY r.incident, r.article, r."start"'),
    "claims": ((
        ("id", "int64", "c.id"), ("incident", "int64", "c.incident"), ("attribute", "string", "c.attribute"),
        ("value", "string", "c.value"), ("supporting_sources", "int64", "c.supporting"),
        ("contradicting_sources", "int64", "c.contradicting"), ("credibility", "int64", "c.credibility"),
        ("evidence_json", "string", "unz(c.evidence)"),
    ), "FROM claims c ORDER BY c.id"),
    "source_reliability": ((
        ("source_name", "string", "g.source_name"), ("grade", "string", "g.grade"), ("note", "string", "g.note"),
        ("set_at", "string", "g.set_at"),
    ), "FROM source_reliability g ORDER BY g.source_name"),
}


def tables() -> list[tuple[str, tuple, str, tuple]]:
    """``(name, columns, sql, params)`` for the corpus exporter."""
    return [(name, cols, f"SELECT {', '.join(c[2] for c in cols)} {rest}", ())
            for name, (cols, rest) in TABLES.items()]
