"""`sitrep bench` measures the pipeline over a generated or given corpus."""

from __future__ import annotations

import json

from sitrep.bench import _checkpoint, generated_corpus, growth
from sitrep.cli import main
from sitrep.pipeline import DEFAULT_COMPONENTS


def test_generated_corpus_has_the_size_asked_for():
    arts = list(generated_corpus(0.1))
    size = sum(len(a.text.encode()) for a in arts)
    assert 100_000 <= size < 120_000
    assert {a.id.split("-")[0] for a in arts} == {"gen"}
    assert len({a.text for a in arts}) > len(arts) // 2  # shuffled, not one text repeated


def test_bench_reports_every_component(capsys):
    assert main(["bench", "--size-mb", "0.1", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["components"]) == set(DEFAULT_COMPONENTS)
    assert result["articles"] > 10 and result["mb_per_s_per_core"] > 0
    assert result["memory"]["checkpoints"][-1]["articles"] == result["articles"]


def test_bench_over_a_given_corpus_skips_bad_files(capsys, tmp_path, examples):
    (tmp_path / "a.txt").write_bytes((examples / "kharkiv_en.txt").read_bytes())
    (tmp_path / "b.txt").write_bytes(b"")
    assert main(["bench", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "articles: 1 " in captured.out
    assert "b.txt: empty file (skipped)" in captured.err


def test_memory_checkpoints_double_then_every_thousand():
    assert [n for n in range(1, 4001) if _checkpoint(n)] == [100, 200, 400, 800, 1000, 1600, 2000, 3000, 3200, 4000]


def test_growth_per_thousand_articles_from_the_thousandth():
    cps = [{"articles": 100, "rss_mb": 300.0}, {"articles": 1000, "rss_mb": 400.0},
           {"articles": 2000, "rss_mb": 402.0}, {"articles": 5000, "rss_mb": 409.0}]
    assert growth(cps) == 2.25  # (409 - 400) MB over 4,000 articles
    assert growth(cps[:2]) is None  # not enough articles after the 1,000th to say


def test_bench_repeat_reads_the_corpus_again_as_new_articles(capsys, tmp_path):
    records = [{"id": f"r{i}", "text": f"Report {i}\n\nTroops entered the town on Monday.", "language": "en"}
               for i in range(3)]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    args = ["bench", str(path), "--json", "--components", "paragraphs.v1,language.v1"]
    assert main(args + ["--repeat", "4"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 12 and result["corpus"].endswith("(x4)")
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 3


def test_bench_a_chosen_pipeline(capsys):
    assert main(["bench", "--size-mb", "0.05", "--json", "--components", "paragraphs.v1,language.v1,sentences.v1"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result["components"]) == ["paragraphs.v1", "language.v1", "sentences.v1"]


def test_bench_refuses_an_impossible_pipeline(capsys):
    assert main(["bench", "--components", "sentences.v1"]) == 2
    assert "requires layer 'paragraphs'" in capsys.readouterr().err


def test_bench_times_the_stages_of_places(capsys):
    assert main(["bench", "--size-mb", "0.05", "--json", "--components", "paragraphs.v1,language.v1,places.v1"]) == 0
    result = json.loads(capsys.readouterr().out)
    places = result["components"]["places.v1"]
    assert set(places["stages"]) == {"matching", "recognition", "resolution", "annotations"}
    # the stages are parts of the component's own time
    assert sum(s["seconds"] for s in places["stages"].values()) <= places["seconds"] + 0.01
    assert all(s["mb_per_s"] > 0 for s in places["stages"].values())
    assert result["components"]["language.v1"]["stages"] == {}


def test_bench_keeps_only_the_peers_sample_of_a_streamed_corpus(monkeypatch, tmp_path):
    """The corpus is streamed: the bench holds only the first texts the peers compare on (up to
    ``PEER_SAMPLE_BYTES``), not every text it has seen, so its memory figures are the pipeline's."""
    import sys
    import types

    from sitrep import bench

    seen: list[list[tuple[str, str]]] = []
    peer = types.ModuleType("fake_peer")
    peer.bench_peers = lambda samples: seen.append(list(samples)) or {"fake": {"seconds": 0.0, "mb": 0.0}}
    monkeypatch.setitem(sys.modules, "fake_peer", peer)
    monkeypatch.setattr(bench, "PEERS", {"language.v1": "fake_peer"})
    monkeypatch.setattr(bench, "PEER_SAMPLE_BYTES", 1000)
    texts = [f"Report {i:03d}: troops entered the town of Izium on Monday, officials said." * 2 for i in range(40)]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": t, "language": "en"}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    articles = [a for a in bench.read_paths([path], None)]
    result = bench.run(articles, components=["paragraphs.v1", "language.v1"])
    assert result["articles"] == 40 and result["peers"] == {"fake": {"seconds": 0.0, "mb": 0.0}}
    sample = seen[0]
    size = len(texts[0].encode("utf-8"))  # every text has the same length here
    assert len(sample) == -(-1000 // size)  # the first texts up to 1,000 bytes, the one crossing it included
    assert [text for _, text in sample] == texts[:len(sample)]
