"""What the wire-story builders (``wire19_build.py``, ``wire20_build.py``) share: an expected
statement, the list of articles, the check that every expected span is in its article's text, and the
writing of one JSON file per split (``wire19_score.py`` reads them)."""
import json

SPLITS = ("tune", "held_out")


def S(source, cue, content, chain=None):
    """An expected statement: its source, cue and content as written in the text; ``chain``: the
    source chain when the text relays it ("told Reuters": ``["Reuters", source]``)."""
    d = {"source": source, "cue": cue, "content": content}
    if chain:
        d["chain"] = chain
    return d


class Articles(list):
    """The articles of one set, in the order written."""

    def add(self, id_, lang, split, text, statements, note=""):
        self.append({"id": id_, "lang": lang, "split": split, "text": text, "statements": statements, "note": note})

    def write(self, out, name):
        """``out/{name}_{split}.json`` for each split, after checking that each source, cue and content
        occurs in its article's text; prints the articles and statements of each split."""
        for a in self:
            for s in a["statements"]:
                for key in ("source", "cue", "content"):
                    assert s[key] in a["text"], (a["id"], key, s[key])
        for split in SPLITS:
            part = [a for a in self if a["split"] == split]
            with open(f"{out}/{name}_{split}.json", "w", encoding="utf-8") as f:
                json.dump(part, f, ensure_ascii=False, indent=1)
                f.write("\n")
            print(split, len(part), sum(len(a["statements"]) for a in part))
