"""The runtime package's shape: no import cycles, no training code, eval and components apart.

Imports are read from the source (every ``import``, at module level or inside a
function), so a lazy import inside a function counts as a dependency too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src"


def _modules(package: str) -> dict[str, tuple[Path, bool]]:
    out = {}
    for path in (ROOT / package).rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_pkg else parts)] = (path, is_pkg)
    return out


def _imports(name: str, path: Path, is_pkg: bool, known: frozenset[str] = frozenset()) -> set[str]:
    """Every module named by an import statement of this module (absolute names); ``known``:
    the modules of the package, to tell ``from package import module`` from a name."""
    pkg = name if is_pkg else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            subs = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in known]
            # "from . import lexicon" depends on the module lexicon, not on the package's __init__
            found.update(subs or [target])
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    mods = _modules("sitrep")
    known = frozenset(mods)
    return {m: {t for t in _imports(m, *info, known) if t in mods and t != m} for m, info in mods.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    x = stack.pop()
                    on.discard(x)
                    comp.append(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles_among_sitrep_modules():
    assert _cycles(_graph()) == []


def test_the_runtime_package_imports_no_build_tool():
    offenders = {m: sorted(t for t in _imports(m, *info) if t.split(".")[0] == "sitrep_tools")
                 for m, info in _modules("sitrep").items()}
    assert {m: t for m, t in offenders.items() if t} == {}


def test_components_never_import_eval_and_eval_no_training_code():
    graph = _graph()
    bad = [(m, t) for m, ts in graph.items() for t in ts
           if m.startswith("sitrep.components") and t.startswith("sitrep.eval")]
    assert bad == []
    # training code lives outside the runtime package altogether
    names = set(graph)
    for gone in ("train", "tune", "selftrain", "silver", "augment", "build_lexicon", "heads", "placelist", "corpora"):
        assert f"sitrep.components.entities.{gone}" not in names


def test_analysing_an_article_loads_no_build_tool_nor_eval(examples):
    """(The CLI reads the task names of ``sitrep.eval``'s ``__init__``; no scorer is loaded.)"""
    code = (
        "import sys; from sitrep.cli import main; "
        f"main(['analyze', {str(examples / 'kharkiv_en.txt')!r}, '--format', 'json', '--out', '/dev/null']); "
        "print(sorted(m for m in sys.modules if m.startswith(('sitrep_tools', 'sitrep.eval.', 'sklearn', 'gensim', 'natasha'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_no_source_file_compiles_with_a_warning():
    """An invalid escape sequence ("\\w" in a plain docstring) is a SyntaxWarning in newer Pythons and
    a future error: every module and test compiles silently."""
    import warnings

    root = Path(__file__).resolve().parents[1]
    noisy = []
    for path in sorted([*root.joinpath("src").rglob("*.py"), *root.joinpath("tests").rglob("*.py")]):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
        noisy += [f"{path.relative_to(root)}:{w.lineno}: {w.message}" for w in caught]
    assert noisy == []
