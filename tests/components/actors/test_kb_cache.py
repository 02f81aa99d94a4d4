"""The actor file is built once into the cache directory and read back from there."""

from sitrep.components.actors import kb


def test_read_back_equals_built(tmp_path):
    built = kb.build()
    first = kb.compact.cached("actors", kb._fingerprint(), kb.build, kb._save, kb._open, folder=tmp_path)
    again = kb.compact.cached("actors", kb._fingerprint(), kb.build, kb._save, kb._open, folder=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [f"actors-{kb._fingerprint()}"]
    assert first == built and again == built
    assert again.actors["UKR"].name == "Ukraine"
    assert "ukrain" in {p.stems[0][:6] for pats in again.patterns.values() for p in pats}


def test_a_damaged_copy_is_built_again(tmp_path):
    key = kb._fingerprint()
    kb.compact.cached("actors", key, kb.build, kb._save, kb._open, folder=tmp_path)
    (tmp_path / f"actors-{key}" / "kb.pickle").write_bytes(b"not a pickle")
    rebuilt = kb.compact.cached("actors", key, kb.build, kb._save, kb._open, folder=tmp_path)
    assert rebuilt == kb.build()


def test_the_key_follows_the_actor_files(monkeypatch):
    key = kb._fingerprint()
    real = kb.resources.files

    class Edited:
        """``data/actors`` with one more line in states.tsv."""

        def __init__(self, base):
            self.base = base

        def __truediv__(self, part):
            return Edited(self.base / part)

        def iterdir(self):
            return (Edited(f) for f in self.base.iterdir())

        def is_file(self):
            return self.base.is_file()

        @property
        def name(self):
            return self.base.name

        def read_bytes(self):
            data = self.base.read_bytes()
            return data + b"\n# edited\n" if self.base.name == "states.tsv" else data

    monkeypatch.setattr(kb.resources, "files", lambda pkg: Edited(real(pkg)))
    assert kb._fingerprint() != key
