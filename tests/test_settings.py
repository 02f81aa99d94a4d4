"""Settings are defined once and everything else derives from them."""

from __future__ import annotations

from pathlib import Path

from sitrep.cli import build_parser
from sitrep.settings import SETTINGS, Config, markdown

ROOT = Path(__file__).resolve().parents[1]


def test_docs_page_is_generated_from_settings():
    assert (ROOT / "docs" / "settings.md").read_text(encoding="utf-8") == markdown()


def test_config_defaults_come_from_settings():
    config = Config()
    for s in SETTINGS:
        assert getattr(config, s.name) == s.default


def test_every_setting_is_a_cli_option():
    args = build_parser().parse_args(["analyze", "x.txt", "--max-input-mb", "5"])
    assert args.max_input_mb == 5.0
    for s in SETTINGS:
        assert hasattr(args, s.name)


def test_updated_ignores_unset_values():
    config = Config().updated(max_input_mb=None, langid_sample_chars=100)
    assert config.max_input_mb == Config().max_input_mb
    assert config.langid_sample_chars == 100
