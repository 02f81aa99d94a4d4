"""``sitrep import-parquet DIR --db PATH``: the Parquet tables back into a corpus database.

Reads the output of ``sitrep spark`` (folders partitioned by ``pub_date``) or
of ``sitrep export --format parquet`` (one file per table), as listed in its
``manifest.json``, and stores every article with its number, duplicate link
and layers, the full-text index, the MinHash signature and LSH bands
(recomputed from the text exactly as the ingest computes them) and the errors.
Every ``sitrep`` corpus command (search, show, stats, the workbench) then works
on the result. When the output has stories (a run with story linking on), the
story tables are rebuilt in the database by ``sitrep relink``'s whole-corpus pass
(:func:`sitrep.stories.rebuild.relink`), which gives the rows of the output and
also the linker's own indexes, so that a later ``sitrep ingest`` into the
database goes on linking. The columns are mapped back through the export definitions
(``a.title`` -> ``articles.title``), so a column added to the export is imported
with no change here. Importing twice adds nothing (articles are matched by key).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..article import Article
from ..corpus import CorpusError, identity
from ..corpus.export import ARTICLE_COLUMNS, ERROR_COLUMNS, LAYER_COLUMNS
from ..corpus.codec import pack_json
from ..corpus.schema import connect

_PLAIN = re.compile(r'^(?:unz\()?[a-z]\."?(\w+)"?\)?$')  # unz(a.text): stored compressed (schema 6)
PARTITION_COLUMNS = ("pub_date",)


def _mapping(columns) -> list[tuple[str, str]]:
    """(export column, database column) for the columns that are plain copies of a database column."""
    out = []
    for name, _typ, expr in columns:
        m = _PLAIN.match(expr)
        if m:
            out.append((name, m.group(1)))
    return out


def _batches(path: Path):
    import pyarrow as pa
    import pyarrow.dataset as ds

    if path.is_dir():
        part = ds.partitioning(pa.schema([(c, pa.string()) for c in PARTITION_COLUMNS]), flavor="hive")
        dataset = ds.dataset(path, format="parquet", partitioning=part)
    else:
        dataset = ds.dataset(path, format="parquet")
    for batch in dataset.to_batches(batch_size=2000):
        yield batch.to_pylist()


def import_parquet(folder: Path, db: Path) -> dict[str, int]:
    manifest_path = folder / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        tables = manifest["tables"]
    except (OSError, ValueError, KeyError) as exc:
        raise CorpusError(f"{manifest_path}: not the output of `sitrep spark` or `sitrep export` ({exc})") from None
    if manifest.get("format", "parquet") != "parquet":
        raise CorpusError(f"{folder}: a {manifest.get('format')} export; import-parquet reads Parquet")
    counts = {"articles": 0, "annotations": 0, "errors": 0, "skipped": 0, "stories": 0}
    con = connect(db, create=True)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("PRAGMA defer_foreign_keys = ON")  # partitions come in date order, links point anywhere
        new_ids = _articles(con, folder / tables["articles"]["file"], counts)
        for name, table in tables.items():
            if name.startswith("layer_"):
                _layer(con, folder / table["file"], new_ids, counts)
        if "errors" in tables:
            _errors(con, folder / tables["errors"]["file"], counts)
        con.execute("COMMIT")
        if (tables.get("stories") or {}).get("rows") and (counts["articles"] or not _has_stories(con)):
            from ..stories.rebuild import relink

            counts["stories"] = relink(con)["stories"]
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    return counts


def _has_stories(con) -> bool:
    return con.execute("SELECT 1 FROM stories LIMIT 1").fetchone() is not None


def _articles(con, path: Path, counts: dict) -> set[int]:
    cols = _mapping(ARTICLE_COLUMNS)
    db_cols = [d for _e, d in cols] + ["pub_start", "pub_end"]
    sql = (f"INSERT INTO articles ({', '.join(db_cols)}) VALUES ({', '.join('?' * len(db_cols))})")
    new: set[int] = set()
    for rows in _batches(path):
        for r in sorted(rows, key=lambda r: r["id"]):
            stored = con.execute("SELECT key FROM articles WHERE id = ?", (r["id"],)).fetchone()
            if stored:
                if stored[0] != r["key"]:
                    raise CorpusError(f"article number {r['id']} is another article in the database; "
                                      "import into a new database")
                counts["skipped"] += 1
                continue
            con.execute(sql, [pack_json(r[e], "text") if d == "text" else r[e] for e, d in cols]
                        + list(identity.pub_range(r["published"])))
            con.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                        (r["id"], r["title"], r["text"]))
            sig = identity.signature(Article(id=r["article_id"], text=r["text"], title=r["title"]))
            if sig is not None:
                con.execute("INSERT INTO minhash (article, signature) VALUES (?, ?)", (r["id"], identity.stored(sig)))
                con.executemany("INSERT OR IGNORE INTO lsh (band, bucket, article) VALUES (?, ?, ?)",
                                ((b, bucket, r["id"]) for b, bucket in identity.bands(sig)))
            new.add(r["id"])
            counts["articles"] += 1
    return new


def _layer(con, path: Path, new_ids: set[int], counts: dict) -> None:
    cols = _mapping(LAYER_COLUMNS)
    db_cols = [f'"{d}"' for _e, d in cols]
    sql = f"INSERT INTO annotations ({', '.join(db_cols)}) VALUES ({', '.join('?' * len(db_cols))})"
    for rows in _batches(path):
        batch = [[r[e] for e, _d in cols] for r in rows if r["article"] in new_ids]
        con.executemany(sql, batch)
        counts["annotations"] += len(batch)


def _errors(con, path: Path, counts: dict) -> None:
    cols = [(e, d) for e, d in _mapping(ERROR_COLUMNS) if d != "id"]
    db_cols = [d for _e, d in cols]
    sql = (f"INSERT INTO errors ({', '.join(db_cols)}) VALUES ({', '.join('?' * len(db_cols))})"
           " ON CONFLICT (origin, reason) DO NOTHING")
    for rows in _batches(path):
        for r in sorted(rows, key=lambda r: r["id"]):
            counts["errors"] += con.execute(sql, [r[e] for e, _d in cols]).rowcount
