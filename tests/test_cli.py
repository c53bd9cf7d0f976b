"""The command line: extract writes SPEC JSON lines; eval ends with the summary line."""
import json
import re

from extractor.cli import main

from .conftest import ROOT

SAMPLE = ROOT / "corpora" / "samples" / "samples_01_exodus_slows.txt"


def test_extract_writes_one_valid_line_per_article(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(SAMPLE), "-o", str(out)]) == 0
    lines = out.read_text().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["article_id"] == "samples_01_exodus_slows"
    assert record["anchor"] == {"date": "2022-10-01", "how": "metadata"}
    for movement in record["movements"]:
        start, end = movement["evidence"]["start"], movement["evidence"]["end"]
        assert 0 <= start < end <= len(SAMPLE.read_text())


def test_extract_published_overrides_metadata(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(SAMPLE), "-o", str(out), "--published", "2022-10-02"]) == 0
    assert json.loads(out.read_text())["anchor"] == {"date": "2022-10-02", "how": "metadata"}


def test_eval_ends_with_the_three_scores(capsys):
    assert main(["eval", "--gold", str(ROOT / "gold" / "samples"), str(SAMPLE)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"core_f1=\d\.\d{3} loose_f1=\d\.\d{3} event_f1=\d\.\d{3}", last)


def test_a_missing_input_is_reported_and_exits_1(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(SAMPLE), str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert len(out.read_text().splitlines()) == 1
    assert "missing.txt" in capsys.readouterr().err
