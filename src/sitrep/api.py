"""The Python API: what ``import sitrep`` offers notebooks and other programs.

Everything public is re-exported at the package top level (``sitrep.load``,
``sitrep.read``, ``sitrep.Corpus`` ...) and listed in ``docs/python.md``;
the command line (``sitrep analyze``, ``search``, ``show``) is built on the
same functions, so the two cannot drift.

>>> import sitrep
>>> nlp = sitrep.load()
>>> art = nlp("Kharkiv shelled\\n\\nRussian forces shelled Kharkiv on Monday, the governor said.",
...           published="2022-09-12", lang="en")
>>> art.title
'Kharkiv shelled'
>>> sorted({p.surface for p in art.layer("places")})
['Kharkiv', 'Russian']
"""

from __future__ import annotations

import logging
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from .article import Annotation, Article, Published, Span, parse_published
from .errors import InputError
from .pipeline import DEFAULT_COMPONENTS, Failure, Pipeline
from .settings import SETTINGS, Config

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .corpus.search import Hit
    from .readers.base import Problem

log = logging.getLogger("sitrep")

__all__ = [
    "load", "read", "ingest", "Analyzer", "Article", "Annotation", "Span", "Failure", "Corpus",
    "InputError", "AnalysisError",
]


class AnalysisError(RuntimeError):
    """A component failed on an article; ``failure`` says which and why."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.line())
        self.failure = failure


# -- reading ------------------------------------------------------------------

ProblemHandler = Callable[["Problem"], None]


def _warn_problem(problem: "Problem") -> None:
    warnings.warn(f"sitrep: {problem.line()}", stacklevel=3)


def read(
    paths: str | Path | Iterable[str | Path],
    *,
    on_error: ProblemHandler | None = None,
    **settings: Any,
) -> Iterator[Article]:
    """Articles from files and folders, with every reader of ``sitrep analyze`` and ``ingest``.

    Plain text, HTML, JSON, JSON Lines, WARC, RSS/Atom, any of them gzip-compressed, folders
    of these, ``"-"`` for standard input. Nothing is analysed yet: pass the articles to a
    pipeline from :func:`load`. A file that cannot be read is handed to ``on_error`` as a
    ``Problem`` (``.origin``, ``.message``, ``.line()``); without a handler it becomes a
    warning, and the other files are still read.

    >>> import sitrep, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Izium retaken\\n\\nUkrainian troops entered Izium.")
    >>> _ = (folder / "b.bin").write_bytes(b"\\x00\\x01binary")
    >>> problems = []
    >>> [a.title for a in sitrep.read(folder, on_error=problems.append)]
    ['Izium retaken']
    >>> problems[0].line()  # doctest: +ELLIPSIS
    '.../b.bin: ...'
    """
    from .readers import Problem, read_paths

    handler = on_error or _warn_problem
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for item in read_paths(paths, _config(settings)):
        if isinstance(item, Problem):
            handler(item)
        else:
            yield item


def _config(settings: Mapping[str, Any]) -> Config:
    known = {s.name for s in SETTINGS}
    unknown = sorted(set(settings) - known)
    if unknown:
        raise TypeError(f"unknown setting(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return Config().updated(**settings)


def prepare(
    article: Article, *, published: str | Published | None = None, lang: str | None = None,
    source: str | Mapping[str, Any] | None = None,
) -> Article:
    """Apply caller-given metadata to an article read from input (used by the CLI too).

    ``published`` replaces the publication date, ``lang`` fixes the language (language
    identification is then skipped), ``source`` is an outlet name or a dict merged into
    ``article.source``.
    """
    if published is not None:
        article.published = published if isinstance(published, Published) else parse_published(published)
    if lang:
        article.language = lang.lower()
    if isinstance(source, str):
        article.source["outlet"] = source
    elif source:
        article.source.update(source)
    return article


def article_from_text(
    text: str, *, title: str | None = None, id: str = "text", source: Mapping[str, Any] | None = None,
) -> Article:
    """An article built from a string exactly as ``sitrep analyze`` builds one from a text file.

    Without ``title``, the first non-empty line is the title (and a leading ``date YYYY-MM-DD``
    line the publication date), as for a ``.txt`` file.
    """
    from .readers import Problem, read_bytes

    if title is not None:
        text = title.strip() + "\n\n" + text
    origin = str((source or {}).get("path") or id)
    items = list(read_bytes(text.encode("utf-8"), origin, id, ".txt"))
    for item in items:
        if isinstance(item, Problem):
            raise InputError(item.line())
    return items[0]


# -- analysing ----------------------------------------------------------------

_LOADED: dict[tuple, Pipeline] = {}


class Analyzer:
    """A loaded pipeline: call it on a text, or stream many with :meth:`pipe`.

    Made by :func:`load`; components and their models are loaded once per process and
    shared by every ``Analyzer`` with the same components and settings.
    """

    def __init__(self, pipeline: Pipeline, config: Config) -> None:
        self.pipeline = pipeline
        self.config = config

    @property
    def components(self) -> list[str]:
        """The versioned component names, in order.

        >>> import sitrep
        >>> sitrep.load(["paragraphs", "language"]).components
        ['paragraphs.v1', 'language.v1']
        """
        return self.pipeline.names

    def __repr__(self) -> str:
        return f"<sitrep.Analyzer {' → '.join(self.components)}>"

    def make_article(
        self, item: "str | Article | Mapping[str, Any]", *, title: str | None = None,
        published: str | Published | None = None, lang: str | None = None,
        source: str | Mapping[str, Any] | None = None, id: str | None = None,
    ) -> Article:
        """The article for ``item`` (a text, an :class:`Article`, or a record dict), metadata applied."""
        if isinstance(item, Article):
            article = item
        elif isinstance(item, Mapping):
            from .readers.jsonl import record_to_article
            from .readers.base import InputProblem

            try:
                article = record_to_article(dict(item), b"", str(item.get("id") or id or "record"),
                                            str(item.get("id") or id or "record"))
            except InputProblem as exc:
                raise InputError(f"{item.get('id') or id or 'record'}: {exc}") from None
        elif isinstance(item, str):
            article = article_from_text(item, title=title, id=id or "text",
                                        source=source if isinstance(source, Mapping) else None)
        else:
            raise TypeError(f"cannot analyse a {type(item).__name__}: give a str, an Article or a dict")
        return prepare(article, published=published, lang=lang, source=source)

    def __call__(
        self, text: "str | Article | Mapping[str, Any]", *, title: str | None = None,
        published: str | Published | None = None, lang: str | None = None,
        source: str | Mapping[str, Any] | None = None, id: str | None = None,
    ) -> Article:
        """Analyse one article and return it with every layer.

        ``text`` is the article (first line the title unless ``title`` is given), an
        :class:`Article` (from :func:`read`), or a record dict with ``text``/``title``/
        ``published``/``source`` keys like a JSON input line. Raises :class:`InputError` for
        text that is no article and :class:`AnalysisError` if a component fails.

        >>> import sitrep
        >>> nlp = sitrep.load(["paragraphs", "language", "sentences"])
        >>> art = nlp("Обстріл Харкова\\n\\nУ понеділок російські війська обстріляли Харків.")
        >>> art.language, len(art.layer("sentences"))
        ('uk', 2)
        """
        article = self.make_article(text, title=title, published=published, lang=lang, source=source, id=id)
        failures: list[Failure] = []
        done = list(self.pipeline.pipe([article], on_error=failures.append))
        if failures:
            raise AnalysisError(failures[0])
        return done[0]

    def pipe(
        self, items: Iterable["str | Article | Mapping[str, Any]"], *, workers: int = 1,
        on_error: Callable[[Failure], None] | None = None, batch_size: int = 16,
    ) -> Iterator[Article]:
        """Analyse many articles lazily, in input order; a failing one goes to ``on_error``.

        ``items`` are texts, :class:`Article` objects (e.g. from :func:`read`) or record dicts.
        ``workers`` > 1 runs the pipeline in that many processes. A failure (input that is no
        article, or a component raising) is handed to ``on_error`` as a :class:`Failure`
        (``article_id``, ``origin``, ``reason``, ``component``) and the stream goes on;
        without a handler it is logged as a warning.

        >>> import sitrep
        >>> nlp = sitrep.load(["paragraphs", "language"])
        >>> failed = []
        >>> [a.language for a in nlp.pipe(["Hello world\\n\\nA calm day in the city.", 42,
        ...                                "Привіт\\n\\nСпокійний день у місті."], on_error=failed.append)]
        ['en', 'uk']
        >>> failed[0].reason
        'TypeError: cannot analyse a int: give a str, an Article or a dict'
        """
        handler = on_error or (lambda f: log.warning("sitrep: %s", f.line()))
        articles = self._articles(items, handler)
        if workers <= 1:
            yield from self.pipeline.pipe(articles, on_error=handler)
            return
        yield from self._pipe_parallel(articles, workers, batch_size, handler)

    def _articles(self, items: Iterable, handler: Callable[[Failure], None]) -> Iterator[Article]:
        for n, item in enumerate(items):
            try:
                yield self.make_article(item, id=None if isinstance(item, (Article, Mapping)) else f"text-{n}")
            except (InputError, TypeError, ValueError) as exc:
                reason = str(exc) if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"
                handler(Failure(article_id=f"item-{n}", origin=f"item {n}", reason=reason))

    def _pipe_parallel(self, articles: Iterator[Article], workers: int, batch_size: int,
                       handler: Callable[[Failure], None]) -> Iterator[Article]:
        import multiprocessing
        from collections import deque
        from itertools import islice

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context(method),
            initializer=_init_worker, initargs=(tuple(self.components), self.config),
        ) as pool:
            pending: deque = deque()
            while True:
                while len(pending) < workers * 2:
                    batch = [a.to_dict() for a in islice(articles, batch_size)]
                    if not batch:
                        break
                    pending.append(pool.submit(_run_batch, batch))
                if not pending:
                    return
                for kind, payload in pending.popleft().result():
                    if kind == "ok":
                        yield Article.from_dict(payload)
                    else:
                        handler(Failure(**payload))


_WORKER: Pipeline | None = None


def _init_worker(names: Sequence[str], config: Config) -> None:
    global _WORKER
    _WORKER = Pipeline.from_names(names, config)


def _run_batch(batch: list[dict]) -> list[tuple[str, dict]]:
    assert _WORKER is not None
    out: list[tuple[str, dict]] = []
    for data in batch:
        failures: list[Failure] = []
        done = list(_WORKER.pipe([Article.from_dict(data)], on_error=failures.append))
        if done:
            out.append(("ok", done[0].to_dict()))
        else:
            out.append(("fail", vars(failures[0])))
    return out


def load(components: Sequence[str] | None = None, **settings: Any) -> Analyzer:
    """The analysis pipeline, ready to call on text.

    ``components`` are component names (versioned like ``"places.v1"`` or not); the default
    is the full pipeline of ``sitrep analyze``. ``settings`` are the settings of
    ``docs/settings.md`` (``max_input_mb``, ``langid_sample_chars`` ...). Loading the same
    components with the same settings again in one process reuses the loaded models.

    >>> import sitrep
    >>> nlp = sitrep.load()
    >>> nlp.components[:3]
    ['paragraphs.v1', 'language.v1', 'sentences.v1']
    >>> sitrep.load() is not nlp and sitrep.load().pipeline is nlp.pipeline
    True
    """
    config = _config(settings)
    from .pipeline import get

    names = tuple(get(n).name for n in (components or DEFAULT_COMPONENTS))
    key = (names, config)
    if key not in _LOADED:
        _LOADED[key] = Pipeline.from_names(names, config)
    return Analyzer(_LOADED[key], config)


# -- the corpus -------------------------------------------------------------------

def ingest(
    sources: str | Path | Iterable[str | Path], db: str | Path, *, workers: int = 1,
    components: Sequence[str] | None = None, **settings: Any,
) -> Any:
    """Analyse files and store them with every layer in a corpus database, like ``sitrep ingest``.

    Idempotent and resumable: articles already stored are skipped. Returns the summary
    (``added``, ``skipped``, ``exact``, ``near`` duplicates linked, ``errors``, ``line()``);
    inputs that fail are in the database's errors table (:meth:`Corpus.errors`).

    >>> import sitrep, tempfile, pathlib
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "c.db"
    >>> example = pathlib.Path(sitrep.__file__).parent / "examples" / "kharkiv_uk.txt"
    >>> sitrep.ingest(example, db).added, sitrep.ingest(example, db).skipped
    (1, 1)
    """
    from .corpus.ingest import ingest as run

    if isinstance(sources, (str, Path)):
        sources = [sources]
    return run(sources, db, workers=workers, components=components, config=_config(settings))


# -- the corpus reader ---------------------------------------------------------------

class Corpus:
    """A corpus database made by ``sitrep ingest``, read-only by default.

    Tables come back as pandas DataFrames with the columns ``sitrep export`` documents
    (``docs/corpus.md``); every table method takes the same article filters as
    ``sitrep search``: ``lang``, ``since``, ``until``, ``source``, ``place``, ``actor``,
    ``layers`` (``["LAYER=VALUE", ...]``) and ``limit``.

    >>> import sitrep, tempfile, pathlib
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "c.db"
    >>> example = pathlib.Path(sitrep.__file__).parent / "examples" / "kharkiv_en.txt"
    >>> sitrep.ingest([example], db).added
    1
    >>> with sitrep.Corpus(db) as corpus:
    ...     print(len(corpus.articles()), corpus.search("Izium")[0].language)
    1 en
    """

    def __init__(self, path: str | Path, *, readonly: bool = True) -> None:
        from .corpus.schema import connect

        self.path = Path(path)
        self.con = connect(self.path, readonly=readonly, create=not readonly)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<sitrep.Corpus {str(self.path)!r}>"

    # articles
    def search(self, query: str = "", *, limit: int = 20, **filters: Any) -> list["Hit"]:
        """Full-text search (FTS5 syntax) with the filters of ``sitrep search``; best first.

        Each hit has ``id`` (give it to :meth:`article`), ``title``, ``language``,
        ``published``, ``source``, ``url``, ``snippet`` and ``to_dict()``.

        >>> hit = corpus.search("Ізюм", lang="uk")[0]   # corpus: the demo corpus, ingested
        >>> hit.language, "Ізюм" in hit.snippet
        ('uk', True)
        """
        from .corpus.search import search

        return search(self.con, query, limit=limit, **_search_filters(filters))

    def article(self, ref: int | str) -> Article:
        """The stored article with every layer: a row id from :meth:`search`, an article id or
        a key prefix, exactly as ``sitrep show`` takes it.

        >>> art = corpus.article(corpus.search("Kupiansk")[0].id)
        >>> sorted(art.layers)[:3]
        ['actors', 'entities', 'event_mentions']"""
        from .corpus.read import load as load_article, resolve

        return load_article(self.con, resolve(self.con, str(ref)))

    def info(self, ref: int | str) -> dict[str, Any]:
        """Where an article sits in the corpus: ``id`` (row id), ``key``, ``duplicate_of``,
        ``duplicate_kind``, ``duplicate_score``."""
        from .corpus.read import corpus_info, resolve

        return corpus_info(self.con, resolve(self.con, str(ref)))

    # tables
    def tables(self) -> list[str]:
        """The tables this corpus has, as ``sitrep export`` names them.

        >>> [t for t in corpus.tables() if t in ("articles", "layer_places", "stories", "reuse_links")]
        ['articles', 'stories', 'reuse_links', 'layer_places']"""
        from .corpus.export import _tables

        return [t[0] for t in _tables(self.con)]

    def table(self, name: str, *, limit: int | None = None, **filters: Any) -> "pandas.DataFrame":
        """Any table of :meth:`tables` as a DataFrame, filtered by article."""
        import pandas as pd

        from .corpus.export import _tables

        found = {t[0]: t for t in _tables(self.con)}
        if name not in found:
            raise KeyError(f"this corpus has no table {name!r} (it has: {', '.join(found)})")
        _, columns, sql, params = found[name]
        names = [c[0] for c in columns]
        key = "id" if name == "articles" else "article" if "article" in names else None
        cond, cond_params = _article_condition(filters)
        query = f"SELECT * FROM ({sql})"
        args = list(params)
        if cond and key:
            query += f' WHERE "{key}" IN (SELECT a.id FROM articles a WHERE {cond})'
            args += cond_params
        elif cond:
            raise TypeError(f"table {name!r} cannot be filtered by article")
        if limit is not None:
            query += " LIMIT ?"
            args.append(int(limit))
        rows = self.con.execute(query, args).fetchall()
        return pd.DataFrame.from_records(rows, columns=names)

    def layer(self, name: str, **filters: Any) -> "pandas.DataFrame":
        """The annotations of layer ``name`` (``layer_<name>`` of ``sitrep export``)."""
        from .corpus.export import table_name

        if not self.con.execute("SELECT 1 FROM annotations WHERE layer = ? LIMIT 1", (name,)).fetchone():
            import pandas as pd

            from .corpus.export import LAYER_COLUMNS

            return pd.DataFrame(columns=[c[0] for c in LAYER_COLUMNS])
        return self.table(table_name(name), **filters)

    def articles(self, **filters: Any) -> "pandas.DataFrame":
        """One row per article (``articles`` of ``sitrep export``).

        >>> corpus.articles(lang="fr", since="2022-09-10")[["language", "source_name"]].shape[1]
        2"""
        return self.table("articles", **filters)

    def errors(self, limit: int | None = None) -> "pandas.DataFrame":
        """Inputs that failed to ingest, with origin, stage and reason."""
        return self.table("errors", limit=limit)

    def places(self, **filters: Any) -> "pandas.DataFrame":
        """Place mentions (layer ``places``) with their GeoNames attributes in ``attrs_json``.

        >>> df = corpus.places(lang="ru")
        >>> bool(df["surface"].str.startswith("Харьков").any()), set(df["label"])
        (True, {'PLACE'})"""
        return self.layer("places", **filters)

    def actors(self, **filters: Any) -> "pandas.DataFrame":
        """Actor mentions (layer ``actors``) with their canonical actor in ``attrs_json``."""
        return self.layer("actors", **filters)

    def statements(self, **filters: Any) -> "pandas.DataFrame":
        """Attributed statements (layer ``statements``) with speaker and source chain."""
        return self.layer("statements", **filters)

    def times(self, **filters: Any) -> "pandas.DataFrame":
        """Time expressions (layer ``times``) with their TIMEX3 values."""
        return self.layer("times", **filters)

    def events(self, **filters: Any) -> "pandas.DataFrame":
        """Events: the ``events`` table when the corpus has one, else the ``events`` layer."""
        if "events" in self.tables():
            return self.table("events", **filters)
        return self.layer("events", **filters)

    def stories(self, **filters: Any) -> "pandas.DataFrame":
        """Stories across articles (the ``stories`` table)."""
        return self.table("stories", **filters)


_FILTERS = ("lang", "since", "until", "source", "place", "actor", "layers")


def _search_filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(filters) - set(_FILTERS))
    if unknown:
        raise TypeError(f"unknown filter(s) {', '.join(unknown)} (known: {', '.join(_FILTERS)})")
    return dict(filters)


def _article_condition(filters: Mapping[str, Any]) -> tuple[str, list]:
    from .corpus.search import article_conditions

    where, params = article_conditions(**_search_filters(filters))
    return " AND ".join(where), params
