"""Components, their registry, and the pipeline that runs them.

A component has a versioned name (``sentences.v1``), declares the layers (or
document fields such as ``language``) it ``requires`` and ``assigns``, and
splits its work in two: :meth:`Component.predict` computes from the article
without touching it, :meth:`Component.set_annotations` writes the result.
:class:`Pipeline` checks the declarations when it is assembled, and
:meth:`Pipeline.pipe` runs a batch, handing any article's failure to an error
handler instead of stopping.
"""

from __future__ import annotations

import gc
import importlib
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Iterable, Iterator

from .article import Article
from .invariants import check_layers, counts
from .settings import Config

#: What every article has before any component runs.
BASE_FIELDS = frozenset({"text", "title", "published", "source"})


class PipelineError(Exception):
    """The pipeline cannot be assembled as asked."""


class TimeBudgetExceeded(Exception):
    """An article took more CPU time than the ``article_time_budget_s`` setting allows."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeBudgetExceeded` in the block once it has used ``seconds`` of CPU time.

    A wall-clock timer (``SIGALRM``) wakes up after ``seconds`` and compares the CPU time used
    with the budget, re-arming itself for what is left: a loaded machine does not count against
    an article, and the process's CPU clock keeps its precision (a CPU-time interval timer,
    ``ITIMER_PROF``, would make ``time.process_time`` tick-grained for the whole process, and
    ``sitrep bench`` reads it per component). Only possible in the main thread of a process
    (elsewhere, or with ``seconds <= 0``, the block runs unbounded).
    """
    if (seconds is None or seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    start = time.process_time()

    def _expired(signum: int, frame: Any) -> None:
        used = time.process_time() - start
        if used < seconds:
            signal.setitimer(signal.ITIMER_REAL, max(seconds - used, 0.01))
            return
        raise TimeBudgetExceeded(f"exceeded the time budget of {seconds:g} CPU seconds per article")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class ArticleCollector:
    """The cyclic garbage collector run between articles instead of inside them.

    Analysing an article makes hundreds of thousands of short-lived objects
    (tokens, candidates, annotations) and almost no reference cycles, while the
    process holds millions of long-lived ones (models, lexicons, per-word memos).
    With the collector's default thresholds, an article's allocations start
    dozens of collections, and the older-generation ones walk those long-lived
    objects again and again (about 8 % of the pipeline's CPU time on real news).
    Here automatic collection is paused while an article is processed, and after
    each article the collector runs once: the youngest generation every time
    (what the article left), the middle one every ``MIDDLE`` articles and the
    whole heap every ``FULL`` articles, so cyclic garbage is still freed and
    memory stays flat. A caller that has disabled the collector keeps it off.
    The whole article runs inside one ``with`` (nothing is yielded in between),
    so one instance serves every batch of its pipeline, interleaved or not.
    """

    MIDDLE = 10
    FULL = 1000

    def __init__(self) -> None:
        self.articles = 0
        self._was_enabled = False

    def __enter__(self) -> "ArticleCollector":
        self._was_enabled = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._was_enabled:
            return
        gc.enable()
        self.articles += 1
        if self.articles % self.FULL == 0:
            gc.collect()
        else:
            gc.collect(1 if self.articles % self.MIDDLE == 0 else 0)


class Component:
    """Base class: subclasses set ``name``, ``requires``, ``assigns``."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        #: CPU seconds spent in each named stage, for components that time their stages
        #: (``sitrep bench`` reports them under the component)
        self.stage_seconds: Counter[str] = Counter()

    def predict(self, article: Article) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_annotations(self, article: Article, result: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def __call__(self, article: Article) -> Article:
        self.set_annotations(article, self.predict(article))
        return article

    def __repr__(self) -> str:
        return f"<{self.name} requires={list(self.requires)} assigns={list(self.assigns)}>"


_REGISTRY: dict[str, type[Component]] = {}


def register(cls: type[Component]) -> type[Component]:
    """Class decorator registering a component under its versioned name."""
    if not cls.name or "." not in cls.name:
        raise PipelineError(f"{cls.__name__}: a component needs a versioned name like 'x.v1'")
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise PipelineError(f"component name {cls.name!r} registered twice")
    _REGISTRY[cls.name] = cls
    return cls


#: packages whose import registers built-in components, loaded by name the first time the
#: registry is read (as plugins are: components depend on this module, never the reverse)
COMPONENT_PACKAGES = ("sitrep.components",)


def registered() -> dict[str, type[Component]]:
    for package in COMPONENT_PACKAGES:
        importlib.import_module(package)
    return dict(_REGISTRY)


def get(name: str) -> type[Component]:
    table = registered()
    if name in table:
        return table[name]
    # Accept an unversioned name when exactly one version is registered.
    matches = sorted(n for n in table if n.rsplit(".", 1)[0] == name)
    if matches:
        return table[matches[-1]]
    raise PipelineError(f"no component named {name!r} (known: {', '.join(sorted(table))})")


@dataclass
class Failure:
    """An article that could not be processed, and why."""

    article_id: str
    origin: str
    reason: str
    component: str | None = None

    def line(self) -> str:
        where = f" in {self.component}" if self.component else ""
        return f"{self.origin}: {self.reason}{where}"


ErrorHandler = Callable[[Failure], None]


class Pipeline:
    """An ordered list of components whose requirements are met in order."""

    def __init__(self, components: Iterable[Component], provided: Iterable[str] = ()) -> None:
        self.components = list(components)
        available = set(BASE_FIELDS) | set(provided)
        producers = {a: c.name for c in registered().values() for a in c.assigns}
        for comp in self.components:
            for need in comp.requires:
                if need not in available:
                    hint = f" (added by {producers[need]})" if need in producers else ""
                    raise PipelineError(
                        f"component {comp.name!r} requires layer {need!r}, "
                        f"which no earlier component adds{hint}"
                    )
            available.update(comp.assigns)
        self.assigns = available
        # one for the pipeline's life: callers that pipe one article at a time (ingest's workers)
        # still get the middle and full collections in turn
        self.collector = ArticleCollector()
        # (the classes alone may be given, to check an order without loading any model: no config then)
        self.config = next((c.config for c in self.components if isinstance(c, Component)), Config())

    @classmethod
    def from_names(
        cls, names: Iterable[str], config: Config | None = None, provided: Iterable[str] = ()
    ) -> "Pipeline":
        return cls([get(n)(config) for n in names], provided=provided)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    @staticmethod
    def _done(comp: Component, article: Article) -> bool:
        """An article read back from sitrep's JSON already has this component's layers."""
        return any(name in article.layers for name in comp.assigns)

    @staticmethod
    def apply(comp: Component, article: Article) -> None:
        """Run one component on an article and check the invariants of what it added."""
        before = counts(article, comp.assigns)
        comp(article)
        check_layers(article, before, comp.assigns)

    def __call__(self, article: Article) -> Article:
        with time_budget(self.config.article_time_budget_s):
            for comp in self.components:
                if not self._done(comp, article):
                    self.apply(comp, article)
        return article

    def pipe(
        self,
        articles: Iterable[Article],
        on_error: ErrorHandler | None = None,
        seconds: dict[str, float] | None = None,
    ) -> Iterator[Article]:
        """Run every article; a failing article goes to ``on_error`` and is skipped.

        A component that raises, breaks an annotation invariant
        (:mod:`sitrep.invariants`) or runs past the per-article time budget
        fails the article, naming the component. ``seconds``, when given,
        accumulates each component's CPU seconds.
        """
        budget = self.config.article_time_budget_s
        collector = self.collector
        for article in articles:
            current = None
            try:
                with collector, time_budget(budget):
                    for comp in self.components:
                        current = comp.name
                        if not self._done(comp, article):
                            if seconds is None:
                                self.apply(comp, article)
                            else:
                                t = time.process_time()
                                try:
                                    self.apply(comp, article)
                                finally:
                                    seconds[comp.name] = seconds.get(comp.name, 0.0) + time.process_time() - t
            except Exception as exc:  # one bad article never stops the batch
                failure = Failure(
                    article_id=article.id,
                    origin=str(article.source.get("path") or article.id),
                    reason=f"{type(exc).__name__}: {exc}",
                    component=current,
                )
                if on_error is None:
                    raise
                on_error(failure)
                continue
            yield article


#: The default analysis pipeline; later issues append their components here.
DEFAULT_COMPONENTS = (
    "paragraphs.v1", "language.v1", "sentences.v1", "times.v1", "places.v1", "entities.v1", "actors.v1",
    "statements.v1", "events.v1",
)


def default_pipeline(config: Config | None = None) -> Pipeline:
    return Pipeline.from_names(DEFAULT_COMPONENTS, config)
