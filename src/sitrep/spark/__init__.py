"""``sitrep spark``: the ingest pipeline on Apache Spark, with the output of ``sitrep export``.

Modules: :mod:`.sources` (listing the inputs on the driver, reading one file
in an executor), :mod:`.job` (the Spark job: read -> identity -> pipeline ->
article numbers -> exact and near duplicates -> tables), :mod:`.tables`
(turning processed articles into the rows of ``sitrep export`` through the
corpus writer and the export definitions), :mod:`.output` (staging and
committing the Parquet folders), :mod:`.importer` (``sitrep import-parquet``),
:mod:`.bench` (``sitrep bench --spark``), :mod:`.submit` (the ``spark-submit``
entry point) and :mod:`.cli`. PySpark is the optional extra ``sitrep[spark]``;
nothing here imports it at module import time. The design is described in
``docs/spark.md``.
"""

from __future__ import annotations


class SparkJobError(Exception):
    """The Spark job cannot go on; the message is one line for the user."""
