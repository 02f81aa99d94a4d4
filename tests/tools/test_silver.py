"""Silver Russian NER data: which texts are tagged, and the brat folder it writes."""

from __future__ import annotations

from sitrep.eval import ner_corpora as corpora
from sitrep_tools.ner import silver
from sitrep.eval import ner_peers


def _shared(root):
    """A tiny shared tree: SlavicNER ru documents doc0 (trained on) and doc5 (linking held-out), NEREL train and dev."""
    for name in ("doc0", "doc5"):
        raw = root / "ner" / "slavicner" / "raw" / "topic" / "ru"
        ner = root / "ner" / "slavicner" / "ner" / "topic" / "ru"
        raw.mkdir(parents=True, exist_ok=True)
        ner.mkdir(parents=True, exist_ok=True)
        (raw / f"{name}.txt").write_text(f"Сергей Лавров прибыл в Анкару ({name}).", encoding="utf-8")
        (ner / f"{name}.tsv").write_text("0\t13\tСергей Лавров\tСергей Лавров\tPER\tPER-Lavrov\n", encoding="utf-8")
    for part, name in (("train", "train1"), ("train", "train2"), ("dev", "dev1")):
        d = root / "ner" / "nerel" / part
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{name}.txt").write_text("Министерство обороны России сообщило об ударе по Харькову.", encoding="utf-8")
        (d / f"{name}.ann").write_text("", encoding="utf-8")
    return root


def test_texts_leave_out_held_out_parts_and_nerel_dev(tmp_path):
    ids = [i for i, _ in silver.texts(_shared(tmp_path))]
    assert corpora.is_held_out("topic/ru/doc5") and corpora.is_held_out("train2")
    assert ids == ["slavicner-topic-ru-doc0", "nerel-train1"]


def test_build_writes_brat_the_reader_reads_back(tmp_path, monkeypatch):
    def fake_tagger(name):  # natasha stands in for a tagger that finds capitalised words' known names
        def tag(text):
            out = set()
            for surface, typ in (("Сергей Лавров", "PER"), ("Анкару", "LOC"), ("Харькову", "LOC")):
                if surface in text:
                    s = text.index(surface)
                    out.add((s, s + len(surface), typ))
            return out
        return tag

    monkeypatch.setattr(ner_peers, "tagger", fake_tagger)
    info = silver.build(_shared(tmp_path / "shared"), tmp_path / "out")
    assert info["documents"] == 2 and info["entities"] == 3
    docs = {d.id: d for d in corpora.read(tmp_path / "out")}
    doc = docs["slavicner-topic-ru-doc0"]
    assert [(doc.text[s:e], t) for s, e, t in doc.entities] == [("Сергей Лавров", "PER"), ("Анкару", "LOC")]
    assert [(docs["nerel-train1"].text[s:e], t) for s, e, t in docs["nerel-train1"].entities] == [("Харькову", "LOC")]


def test_missing_peer_is_one_line(monkeypatch):
    monkeypatch.setattr(ner_peers, "_natasha", lambda: (_ for _ in ()).throw(ImportError("x", name="natasha")))
    msg = ner_peers.tagger("natasha")
    assert isinstance(msg, str) and msg.startswith("not installed (natasha")


def test_bracketed_second_name_becomes_its_own_entity():
    text = "сказал Скотт Хоровитц (Scott Horowitz), бывший астронавт"
    s = text.index("Скотт")
    e = text.index(")") + 1
    assert [text[a:b] for a, b in silver.split_brackets(text, s, e)] == ["Скотт Хоровитц", "Scott Horowitz"]
    assert [text[a:b] for a, b in silver.split_brackets(text, s, s + 14)] == ["Скотт Хоровитц"]
