"""Exact and near-duplicate links at cluster scale, with Spark SQL joins (nothing collected).

The links are the ones :class:`sitrep.corpus.writer.Writer` makes when it stores
articles one by one in reading order, computed for all articles at once:

- exact: the lowest-numbered article with the same content hash, if it is an
  earlier one;
- otherwise near: among the articles that share an LSH bucket with this one
  and are among the first ``CANDIDATES_PER_BUCKET`` of that bucket and earlier
  than this one, the lowest-numbered whose MinHash signature agrees on at least
  ``NEAR_DUPLICATE_JACCARD`` of its values.

The signatures and buckets are those of :mod:`sitrep.corpus.identity` (datasketch
MinHash over word 3-shingles of the body, blake2b of each band), computed in
the executors; the banding join, the per-bucket ranking and the similarity are
DataFrame operations. ``pyspark.ml.feature.MinHashLSH`` is not used on purpose:
its hash family differs from the local corpus's, so its links could not equal
those of ``sitrep ingest``.
"""

from __future__ import annotations

from ..corpus import identity


def links(meta):
    """``meta`` (id, entry, record, content_hash, signature, buckets) -> (entry, record, id, dup_of, dup_kind, matches).

    ``matches`` is the number of equal MinHash values (the score is ``matches / NUM_PERM``,
    rounded by the caller exactly as the local writer rounds it).
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first = meta.groupBy("content_hash").agg(F.min("id").alias("first_id"))
    exact = (meta.join(first, "content_hash")
             .where(F.col("first_id") < F.col("id"))
             .select("id", F.col("first_id").alias("exact_of")))

    rest = meta.join(exact, "id", "left_anti").where(F.col("signature").isNotNull())
    bands = meta.where(F.col("signature").isNotNull()).select(
        "id", F.posexplode("buckets").alias("band", "bucket"))
    heads = (bands
             .withColumn("rank", F.row_number().over(Window.partitionBy("band", "bucket").orderBy("id")))
             .where(F.col("rank") <= identity.CANDIDATES_PER_BUCKET)
             .select("band", "bucket", F.col("id").alias("cand")))
    mine = rest.select("id", F.posexplode("buckets").alias("band", "bucket"))
    pairs = (mine.join(heads, ["band", "bucket"])
             .where(F.col("cand") < F.col("id"))
             .select("id", "cand").distinct())
    sigs = meta.select("id", "signature")
    scored = (pairs
              .join(sigs, "id")
              .join(sigs.select(F.col("id").alias("cand"), F.col("signature").alias("cand_signature")), "cand")
              .select("id", "cand", F.size(F.filter(
                  F.arrays_zip("signature", "cand_signature"),
                  lambda z: z["signature"] == z["cand_signature"])).alias("matches")))
    need = identity.NEAR_DUPLICATE_JACCARD * identity.NUM_PERM
    near = (scored.where(F.col("matches") >= F.lit(need))
            .groupBy("id").agg(F.min(F.struct("cand", "matches")).alias("best"))
            .select("id", F.col("best.cand").alias("near_of"), F.col("best.matches").alias("matches")))

    return (meta.select("id", "entry", "record")
            .join(exact, "id", "left")
            .join(near, "id", "left")
            .select(
                "entry", "record", "id",
                F.coalesce("exact_of", "near_of").alias("dup_of"),
                F.when(F.col("exact_of").isNotNull(), F.lit("exact"))
                 .when(F.col("near_of").isNotNull(), F.lit("near")).alias("dup_kind"),
                F.col("matches")))
