"""The ``spark-submit`` entry point: ``spark-submit [options] .../sitrep/spark/submit.py SOURCE... --out DIR``.

spark-submit gives the master, the executors' resources and the Python
environment (``--archives env.tar.gz#env`` with ``spark.pyspark.python``); this
script only builds the session it was given and runs :func:`sitrep.spark.job.run`.
Print its path with ``python -m sitrep.spark.submit --path``. See ``docs/spark.md``.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    from sitrep.cli import _add_settings, _config
    from sitrep.spark import SparkJobError
    from sitrep.spark.cli import add_arguments, components, summary
    from sitrep.spark.job import run

    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--path"]:
        print(__file__)
        return 0
    parser = argparse.ArgumentParser(prog="sitrep-spark-submit", description=__doc__.splitlines()[0])
    add_arguments(parser)
    _add_settings(parser)
    args = parser.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("sitrep").config("spark.python.worker.reuse", "true").getOrCreate()
    try:
        manifest = run(spark, args.sources, args.out, partitions=args.partitions,
                       components=components(args.components), config=_config(args))
    except SparkJobError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    for line in summary(manifest, str(args.out)):
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
