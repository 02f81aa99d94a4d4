"""Every tunable setting, defined once: name, default, help.

The CLI builds its options from :data:`SETTINGS`, ``docs/settings.md`` is
generated from it (``python -m sitrep.settings``), and tests read defaults from
here, so a setting is never listed in three places.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, make_dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    type: type = str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "max_input_mb",
        20.0,
        "Largest input file read, in megabytes; larger files are reported and skipped.",
        float,
    ),
    Setting(
        "langid_sample_chars",
        600,
        "How many characters of the article (title first) language identification reads.",
        int,
    ),
    Setting(
        "langid_min_confidence",
        0.5,
        "Below this confidence the article language is reported as unknown (null).",
        float,
    ),
    Setting(
        "link_stories",
        1,
        "1: ingest links reused articles and assigns stories as it stores them; 0: not (run `sitrep relink` later).",
        int,
    ),
)


def _updated(self: Any, **changes: Any) -> Any:
    """A copy with ``changes`` applied (``None`` values and unknown names ignored)."""
    known = {f.name for f in fields(self)}
    return replace(self, **{k: v for k, v in changes.items() if k in known and v is not None})


#: The values in force for one run; its fields and defaults come from SETTINGS.
Config = make_dataclass(
    "Config",
    [(s.name, s.type, field(default=s.default)) for s in SETTINGS],
    frozen=True,
    namespace={"updated": _updated},
)


def markdown() -> str:
    """The page ``docs/settings.md`` (regenerate with ``python -m sitrep.settings``)."""
    lines = [
        "# Settings",
        "",
        "Generated from `src/sitrep/settings.py` by `python -m sitrep.settings > docs/settings.md`;",
        "a test checks this page matches. Every setting is a command-line option of",
        "`sitrep analyze` and `sitrep bench`.",
        "",
        "| setting | CLI option | default | meaning |",
        "|---|---|---|---|",
    ]
    for s in SETTINGS:
        opt = "--" + s.name.replace("_", "-")
        lines.append(f"| `{s.name}` | `{opt}` | `{s.default}` | {s.help} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(markdown(), end="")
