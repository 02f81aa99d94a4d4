"""What identifies an article, what makes two articles duplicates.

- ``content_hash``: SHA-256 of the article text (title and paragraphs, as
  the reader built it). Equal hashes are exact duplicates.
- ``key``: the article's identity in the corpus, SHA-256 of the content hash
  and the URL when known, else of the content hash and the record's origin
  (file path and record position). Re-ingesting the same input finds the same
  keys and adds nothing; the same text at two URLs is two articles, the
  second linked to the first as an exact duplicate.
- MinHash (datasketch) over word 3-shingles of the body (the text after the
  title, so a republished wire story under a new headline still matches),
  cut into LSH bands stored in the database; candidates sharing a band are
  confirmed by their estimated Jaccard similarity.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from hashlib import sha1
from operator import methodcaller
from pathlib import PurePath
from urllib.parse import urlparse

from ..article import Article

#: MinHash permutations, LSH bands x rows (64 = 16 x 4: candidates from J ~ 0.5).
NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
#: estimated Jaccard similarity of bodies above which an article is a near duplicate
NEAR_DUPLICATE_JACCARD = 0.85
#: articles read from each LSH bucket when looking for the first similar one
CANDIDATES_PER_BUCKET = 8
#: bodies with fewer shingles than this are only checked for exact duplicates
MIN_SHINGLES = 8

_WORD = re.compile(r"\w+")
_digest = methodcaller("digest")


def content_hash(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def identity_key(article: Article, chash: str) -> str:
    url = article.source.get("url")
    anchor = f"url:{url}" if url else f"origin:{article.source.get('path') or article.id}"
    return hashlib.sha256(f"{chash}\x1f{anchor}".encode("utf-8")).hexdigest()


def body(article: Article) -> str:
    """The text after the title (the whole text when there is no title)."""
    if article.title and article.text.startswith(article.title):
        return article.text[len(article.title):]
    return article.text


def shingles(text: str, n: int = 3) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < n:
        return {" ".join(words).encode("utf-8")} if words else set()
    return set(map(str.encode, map(" ".join, zip(*(words[i:] for i in range(n))))))


def signature(article: Article) -> bytes | None:
    """MinHash signature of the body (``NUM_PERM`` uint64, little-endian), or None if too short."""
    import numpy as np

    sh = shingles(body(article))
    if len(sh) < MIN_SHINGLES:
        return None
    # datasketch's default hash of a shingle (sha1_hash32: the first 4 bytes of its SHA-1, little-endian),
    # computed for all shingles at once; the MinHash then takes the values as they are (hashfunc=int)
    hashes = np.frombuffer(b"".join(map(_digest, map(sha1, sh))), dtype="<u4")[::5]
    return _minhash(hashes).astype("<u8").tobytes()


@lru_cache(maxsize=1)
def _empty():
    """An empty MinHash with the permutations of ``MinHash(num_perm=NUM_PERM, seed=1)`` (made once;
    copies share them) that takes hash values as they are."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int)


def _datasketch_values(hashes):
    """The hash values of ``_empty().copy()`` updated with ``hashes`` (uint32 array), by datasketch."""
    mh = _empty().copy()
    mh.update_batch(hashes.tolist())
    return mh.hashvalues


def _numpy_values(hashes):
    """:func:`_datasketch_values` by the same numpy operations as ``MinHash.update_batch`` of
    datasketch 2 (scheme ``affine32``: MurmurHash3's 32-bit finalizer, then ``a * h + b`` modulo
    2**32) or 1 (``legacy``: ``(a * h + b) mod (2**61 - 1)`` cut to 32 bits), on the whole array,
    without a Python int per shingle or a MinHash object per article; None for another scheme."""
    import numpy as np

    mh = _empty()
    a, b = mh.permutations
    if mh.scheme == "legacy":
        from datasketch.minhash import _max_hash, _mersenne_prime

        hv = hashes.astype(np.uint64).reshape(-1, 1)
        phv = np.bitwise_and((hv * a + b) % _mersenne_prime, _max_hash)
    elif mh.scheme == "affine32":
        from datasketch.minhash import _fmix

        hv = _fmix(hashes.astype(np.uint32).reshape(-1, 1), 32)
        phv = hv * a + b
    else:
        return None
    return np.minimum(mh.hashvalues, phv.min(axis=0))


@lru_cache(maxsize=1)
def _numpy_agrees() -> bool:
    """Whether :func:`_numpy_values` gives datasketch's own values (checked once a process, on
    pseudo-random hashes: a datasketch that computes them otherwise is used as it is)."""
    import numpy as np

    hashes = np.random.default_rng(7).integers(0, 1 << 32, 500, dtype=np.uint64).astype("<u4")
    try:
        mine = _numpy_values(hashes)
    except Exception:  # private names of another datasketch
        return False
    return mine is not None and mine.dtype == _empty().hashvalues.dtype and bool(
        np.array_equal(mine, _datasketch_values(hashes)))


def _minhash(hashes):
    return _numpy_values(hashes) if _numpy_agrees() else _datasketch_values(hashes)


def stored(sig: bytes) -> bytes:
    """A signature as ``minhash.signature`` keeps it (corpus schema 6): ``NUM_PERM`` uint32 when every
    value fits, as datasketch's do (its hash values are below 2**32), half the bytes; else as it is."""
    import numpy as np

    values = np.frombuffer(sig, dtype="<u8")
    return values.astype("<u4").tobytes() if len(values) and int(values.max()) < 1 << 32 else sig


def _values(sig: bytes):
    import numpy as np

    return np.frombuffer(sig, dtype="<u4" if len(sig) == NUM_PERM * 4 else "<u8").astype("<u8")


def bands(sig: bytes) -> list[tuple[int, int]]:
    """``(band, bucket)`` of each LSH band of a signature (as computed, or as stored)."""
    if len(sig) == NUM_PERM * 4:
        sig = _values(sig).tobytes()
    width = ROWS * 8
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * width : (b + 1) * width], digest_size=8).digest()
        out.append((b, int.from_bytes(digest, "little", signed=True)))
    return out


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity: share of equal MinHash values (signatures as computed or as stored)."""
    return float((_values(a) == _values(b)).mean())


def source_name(article: Article) -> str | None:
    """A short name for where the article comes from (outlet, site, host, feed, file)."""
    src = article.source
    for key in ("outlet", "sitename", "hostname"):
        if src.get(key):
            return str(src[key])
    if src.get("url"):
        host = urlparse(str(src["url"])).hostname
        if host:
            return host.removeprefix("www.")
    if src.get("feed"):
        return str(src["feed"])
    container = src.get("container")
    if container:
        return PurePath(str(container)).name
    path = str(src.get("path") or "")
    if not path:
        return None
    if src.get("reader") in ("jsonl.v1",) or re.search(r":\d+$", path):
        return PurePath(re.sub(r"(:\d+|\[\d+\])$", "", path)).name
    parent = PurePath(path).parent.name
    return parent or PurePath(path).name


def pub_range(value: str | None) -> tuple[str | None, str | None]:
    """Earliest and latest day (``YYYY-MM-DD``) a publication value can mean."""
    if not value:
        return None, None
    day = value[:10]
    if len(day) == 4:
        return f"{day}-01-01", f"{day}-12-31"
    if len(day) == 7:
        return f"{day}-01", f"{day}-31"
    return day, day
