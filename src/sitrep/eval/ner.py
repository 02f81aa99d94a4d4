"""``sitrep eval ner --gold PATH``: entity-level exact-match P/R/F1 (CoNLL style).

``PATH`` is a CoNLL-U / IOB file, a brat folder (NEREL), the factRuEval
folder, or a SlavicNER/BSNLP folder (see
:mod:`sitrep.eval.ner_corpora`).  Each document's text is
tagged by ``entities.v1`` (its language given by the gold, as SlavicNER
folders do, or else identified by ``language.v1`` over the whole file, once); a predicted entity counts only if its start, end and
type equal a gold one.  Scores are given per type, overall on PER/ORG/LOC
(the headline figure) and on every type the gold has.

If the gold data was used to train a shipped model (its fingerprint is in
``sitrep/models/ner-manifest.json``), only its held-out part is scored, and
the result says so.
"""

from __future__ import annotations

import json
import time
from importlib import resources
from pathlib import Path

from ..components.entities import tag_text
from . import ner_corpora as corpora
from . import GoldError, ner_peers
from .metrics import PRF

CORE = ("PER", "ORG", "LOC")


def _trained_fingerprints() -> dict[str, str]:
    ref = resources.files("sitrep") / "models" / "ner-manifest.json"
    if not ref.is_file():
        return {}
    manifest = json.loads(ref.read_text(encoding="utf-8"))
    return {
        src["fingerprint"]: f"{lang}:{src['path']}"
        for lang, info in manifest.get("models", {}).items()
        for src in info.get("sources", [])
    }


def _language(docs: list[corpora.GoldDoc]) -> str | None:
    from ..components.language import identify

    sample = " ".join(d.text for d in docs[:200])[:5000]
    ranked = identify(sample)
    return ranked[0][0] if ranked else None


def read_gold(reader, gold: Path) -> list:
    """Every document ``reader`` finds under ``gold``; unreadable gold is one ``GoldError`` line."""
    try:
        return list(reader(gold))
    except corpora.FormatError as exc:
        raise GoldError(str(exc)) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise GoldError(f"{gold}: {exc}") from None


def evaluate(gold: Path, limit: int | None = None) -> dict:
    docs = read_gold(corpora.read, gold)
    if not docs:
        raise GoldError(f"{gold}: no documents found")
    trained = _trained_fingerprints().get(corpora.fingerprint(docs))
    part = "all"
    if trained:
        docs = [d for d in docs if d.held_out]
        part = f"held-out 1/{corpora.HOLDOUT_MOD} (the rest trained {trained})"
    if limit:
        docs = docs[:limit]
    lang = _language(docs)
    result = {"gold": str(gold), "part": part, "language": lang, "documents": len(docs)}
    result.update(_score(docs, lambda d: {(s, e, t) for s, e, t, _ in tag_text(d.text, d.extra.get("lang") or lang)}))
    peers = {}
    for name in ner_peers.peers_for(lang):
        tag = ner_peers.tagger(name)
        peers[name] = {"unavailable": tag} if isinstance(tag, str) else _score(docs, lambda d: tag(d.text))
    if peers:
        result["peers"] = peers
    return result


def _score(docs: list[corpora.GoldDoc], predict) -> dict:
    """Per-type, PER/ORG/LOC and all-type scores of ``predict(doc) -> {(start, end, type)}``."""
    has_misc = any(t == "MISC" for d in docs for *_, t in d.entities)
    per: dict[str, PRF] = {}
    core, every = PRF(), PRF()
    ntok = 0
    t0 = time.process_time()
    for d in docs:
        pred = predict(d)
        goldset = set(d.entities)
        ntok += len(d.text.split())
        for typ in sorted({t for *_, t in goldset | pred}):
            g = {x for x in goldset if x[2] == typ}
            p = {x for x in pred if x[2] == typ}
            per.setdefault(typ, PRF()).add(g, p)
        gc = {x for x in goldset if x[2] in CORE}
        core.add(gc, {x for x in pred if x[2] in CORE})
        every.add(goldset, pred if has_misc else {x for x in pred if x[2] in CORE})
    secs = time.process_time() - t0
    return {
        "per_type": {k: v.as_dict() for k, v in sorted(per.items())},
        "PER/ORG/LOC": core.as_dict(),
        "all": every.as_dict(),
        "tokens_per_cpu_second": round(ntok / secs) if secs else None,
    }


def render(r: dict) -> str:
    lines = [
        f"gold: {r['gold']} ({r['part']}; {r['documents']} documents, language {r['language']})",
        "",
        "| type | precision | recall | F1 | gold | predicted |",
        "|---|---|---|---|---|---|",
    ]
    rows = list(r["per_type"].items()) + [("PER/ORG/LOC", r["PER/ORG/LOC"]), ("all", r["all"])]
    for name, s in rows:
        lines.append(
            f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['tp'] + s['fn']} | {s['tp'] + s['fp']} |"
        )
    if r.get("peers"):
        lines += ["", "| system | P | R | F1 PER/ORG/LOC | PER | ORG | LOC | tokens/s |", "|---|---|---|---|---|---|---|---|"]
        systems = [("sitrep entities.v1", r)] + list(r["peers"].items())
        for name, s in systems:
            if "unavailable" in s:
                lines.append(f"| {name} | {s['unavailable']} | | | | | | |")
                continue
            c = s["PER/ORG/LOC"]
            f1 = [f"{s['per_type'][t]['f1']:.3f}" if t in s["per_type"] else "" for t in CORE]
            lines.append(f"| {name} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} | {' | '.join(f1)} | {s['tokens_per_cpu_second']} |")
    return "\n".join(lines)
