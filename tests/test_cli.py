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


def test_numbers_prints_each_mention_with_value_bound_and_kind(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("Some 5,000-6,000 people crossed daily at 77º, about 1.2 million in 2022.")
    assert main(["numbers", str(story)]) == 0
    mentions = json.loads(capsys.readouterr().out)
    assert [(m["text"], m["value"], m["high"], m["bound"], m["kind"]) for m in mentions] == [
        ("5,000-6,000", 5000, 6000, "~", "count"), ("77º", 77, None, "=", "measure"),
        ("1.2 million", 1200000, None, "~", "count"), ("2022", 2022, None, "=", "year")]


def test_numbers_jsonl_writes_one_line_per_input_line_in_order(tmp_path, capsys):
    batch = tmp_path / "lines.jsonl"
    batch.write_text('{"text": "over 8,000 each day"}\nnot json\n{"text": "no figures here"}\n')
    assert main(["numbers", "--jsonl", str(batch)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert [len(json.loads(line)["mentions"]) for line in lines] == [1, 0, 0]
    assert json.loads(lines[0])["mentions"][0]["bound"] == ">"


def test_two_workers_write_the_same_records_in_the_same_order_as_one(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    stories = str(ROOT / "corpora" / "samples")
    assert main(["extract", stories, "-o", str(one), "--quiet"]) == 0
    assert main(["extract", stories, "-o", str(two), "--quiet", "--workers", "2"]) == 0
    assert one.read_text() == two.read_text()
    assert len(one.read_text().splitlines()) == 8


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path, capsys):
    assert main(["extract", str(SAMPLE), "-o", str(tmp_path / "out.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "articles/s" not in err and "it/s" not in err


def test_an_undated_article_is_written_with_a_hint_to_date_it(tmp_path, capsys):
    story = tmp_path / "undated.txt"
    story.write_text("On Friday 2,400 people crossed into Poland, the border guard said.\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(story), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["anchor"] == {"date": None, "how": "none"}
    assert "--published DATE" in capsys.readouterr().err
