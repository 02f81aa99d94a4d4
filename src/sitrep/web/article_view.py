"""The article page: the HTML report's highlighted text, reused inside the workbench.

The report (``sitrep.report.html``) draws every layer of an article as nested
spans with a legend and an annotation panel; here its pieces are placed in the
workbench page, its stylesheet and script are served as files (the workbench's
Content-Security-Policy allows no inline script or style), and the per-layer
colours come from ``/articles/{id}/layers.css``.
"""

from __future__ import annotations

from collections import Counter

from ..article import Article
from ..report import assets
from ..report import html as report
from ..report.common import layer_rank


def _styles(article: Article) -> list[report.LayerStyle]:
    names = list(article.layers)
    first = {n: i for i, n in enumerate(names)}
    names.sort(key=lambda n: (layer_rank(n), first[n]))
    return report.layer_styles(names)


def parts(article: Article) -> dict[str, str]:
    """``body`` (the highlighted article), ``legend``, ``info`` (the panel) and ``data`` (JSON for the
    script, safe inside a ``<script type="application/json">`` element). All article text is escaped."""
    styles = _styles(article)
    index = {s.name: k for k, s in enumerate(styles)}
    producers: dict[str, int] = {}
    body, record = report._article(0, article, styles, index, producers)
    counts = [len(article.layers.get(s.name, ())) for s in styles]
    labels = [Counter(str(a.label) for a in article.layers.get(s.name, ())) for s in styles]
    data = {"layers": [{"name": s.name, "kind": s.kind, "colour": s.colour} for s in styles],
            "producers": list(producers), "articles": [record]}
    hidden = " ".join(f"off-{k}" for k, s in enumerate(styles) if not s.visible)
    return {"body": body, "legend": report._legend(styles, counts, labels), "info": assets.INFO_PANEL,
            "data": report._json_for_script(data), "hidden": hidden}


def layer_css(article: Article) -> str:
    return report._layer_css(_styles(article))


REPORT_CSS = assets.CSS
REPORT_JS = assets.JS
