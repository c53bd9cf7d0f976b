"""Bad input, big batches, nothing lost."""
import json
import random

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract_text
from extractor.cli import main
from extractor.models import ArticleResult
from extractor.pipeline import split_text

from .conftest import ROOT

SCHEMA = ArticleResult.model_json_schema()
NEWS_WORDS = ["Over", "194,000", "Russians", "crossed", "into", "Finland", "on", "Friday", ",", "said",
              "the", "ministry", "between", "5,000", "and", "6,000", "a", "day", "since", "Sept.", "21",
              "77º", "1 / 10", "fled", "to", "Poland", "no", "refugees", "10^30", "999999999999999999999",
              "\n\n", "“", "—", "according", "Border", "Guard", ":", "1.2", "million", "Kazakhstan"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), st.lists(st.sampled_from(NEWS_WORDS), max_size=80).map(" ".join)))
def test_on_any_text_the_extractor_never_raises_and_every_record_points_into_the_text(text):
    result = extract_text(text)
    record = json.loads(result.model_dump_json())
    jsonschema.validate(record, SCHEMA)
    for movement in result.movements:
        start, end = movement.evidence.start, movement.evidence.end
        assert 0 <= start <= end <= len(text)
        mention = movement.model_extra["mention"]
        assert start <= mention["start"] <= mention["end"] <= end  # the count's own words are in the evidence
    for event in result.policy_events:
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)


def test_absurd_numbers_are_not_counts():
    text = "Officials said 999999999999999999999 people crossed into Poland on Friday, or 10^30."
    assert [m.count for m in extract_text(text).movements] == []


def test_long_texts_are_parsed_in_pieces_with_offsets_into_the_whole_text(monkeypatch):
    import extractor.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PIECE_CHARS", 2_000)
    filler = "Officials met to discuss the harvest and the weather in the region. " * 60
    text = filler + "\n\nOnly 1,688 Russians crossed into Finland on Friday, the Finnish Border Guard said.\n"
    assert len(split_text(text, 2_000)) > 1 and "".join(split_text(text, 2_000)) == text
    result = extract_text(text)
    (movement,) = result.movements
    assert text[movement.evidence.start:movement.evidence.end].startswith("Only 1,688 Russians")


def _bad_inputs(folder):
    """Broken articles of every kind: empty, blank, binary, not UTF-8, not English, bad JSONL lines."""
    (folder / "empty.txt").write_text("")
    (folder / "blank.txt").write_text("   \n\n  ")
    (folder / "binary.txt").write_bytes(b"abc\x00def")
    (folder / "latin1.txt").write_bytes("Caf\xe9 cr\xe9me".encode("latin-1") * 20)
    (folder / "german.txt").write_text("Weniger Russen sind in den letzten Tagen in die Nachbarländer eingereist, "
                                       "so die örtlichen Behörden, trotz der Mobilisierung und der Angst.")
    (folder / "broken.jsonl").write_text('{"id": "x1", "text": "About 4,000 people crossed into Chad on Sunday."}\n'
                                         "{not json\n" + '{"id": "x3"}\n')


def test_a_batch_of_a_thousand_articles_with_bad_ones_writes_every_good_one_and_reports_every_bad_one(tmp_path, capsys):
    rng = random.Random(7)
    stories = sorted((ROOT / "corpora").rglob("*.txt"))
    sentences = []
    for story in stories:
        sentences += [s.strip() + "." for s in story.read_text(encoding="utf-8").split(". ") if 60 < len(s) < 300]
    batch = tmp_path / "batch.jsonl"
    good_ids, bad_lines = [], 0
    with batch.open("w", encoding="utf-8") as handle:
        for number in range(1000):
            if number % 20 == 7:  # about 5% broken lines: not JSON, no text, empty text
                handle.write(["{broken json", json.dumps({"id": f"bad{number}"}),
                              json.dumps({"id": f"bad{number}", "text": "  "})][number % 3] + "\n")
                bad_lines += 1
                continue
            text = " ".join(rng.sample(sentences, 3))
            handle.write(json.dumps({"id": f"a{number}", "text": text, "published": "2023-05-10"}) + "\n")
            good_ids.append(f"a{number}")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["extract", str(batch), "-o", str(out), "--errors", str(errors), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["article_id"] for r in written] == good_ids
    assert len(errors.read_text().splitlines()) == bad_lines
    # the same records as when each article is run alone
    lines = {json.loads(line)["id"]: line for line in batch.read_text().splitlines() if line.startswith('{"id": "a')}
    for record in written[:: len(written) // 12]:
        alone = tmp_path / "alone.jsonl"
        alone.write_text(lines[record["article_id"]] + "\n")
        single = tmp_path / "single.jsonl"
        assert main(["extract", str(alone), "-o", str(single), "--quiet"]) == 0
        alone_record, batch_record = json.loads(single.read_text()), dict(record)
        alone_record.pop("input"), batch_record.pop("input")  # the file the article was read from differs
        assert alone_record == batch_record


def test_every_kind_of_bad_file_is_reported_with_a_reason_and_the_good_ones_are_written(tmp_path, capsys):
    _bad_inputs(tmp_path)
    (tmp_path / "good.txt").write_text((ROOT / "corpora" / "samples" / "samples_01_exodus_slows.txt").read_text())
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--errors", str(errors), "--quiet"]) == 1
    reasons = {json.loads(line)["input"].rsplit("/", 1)[-1]: json.loads(line)["reason"]
               for line in errors.read_text().splitlines()}
    assert "NUL" in reasons["binary.txt"] and "UTF-8" in reasons["latin1.txt"]
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "not English" in reasons["german.txt"]
    assert "not JSON" in reasons["broken.jsonl:2"] and "text" in reasons["broken.jsonl:3"]
    assert [json.loads(line)["article_id"] for line in out.read_text().splitlines()] == ["x1", "good"]
    assert "Traceback" not in capsys.readouterr().err


def test_resume_keeps_finished_articles_and_extracts_only_the_rest(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    samples = ROOT / "corpora" / "samples"
    assert main(["extract", str(samples / "samples_01_exodus_slows.txt"), "-o", str(out), "--quiet"]) == 0
    out.write_text(out.read_text() + '{"article_id": "cut sho')  # a line an interrupted run left half-written
    assert main(["extract", str(samples), "-o", str(out), "--quiet", "--resume"]) == 0
    ids = [json.loads(line)["article_id"] for line in out.read_text().splitlines()]
    assert len(ids) == len(set(ids)) == 8 and ids[0] == "samples_01_exodus_slows"
    assert "1 kept from the earlier run" in capsys.readouterr().err


def test_ctrl_c_leaves_a_valid_output_with_every_completed_article(tmp_path, monkeypatch):
    import extractor.api as api

    real = api.extract_articles

    def interrupted(*args, **kwargs):
        for number, result in enumerate(real(*args, **kwargs)):
            if number == 3:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(api, "extract_articles", interrupted)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(ROOT / "corpora" / "samples"), "-o", str(out), "--quiet"]) == 130
    lines = out.read_text().splitlines()
    assert len(lines) == 3 and all(json.loads(line)["article_id"] for line in lines)
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_an_invalid_published_date_on_the_command_line_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(ROOT / "corpora" / "samples"), "--published", "next tuesday"])
    assert stop.value.code == 2
    assert "not an ISO date" in capsys.readouterr().err


def test_an_invalid_published_date_in_metadata_is_a_warning_and_the_date_is_inferred(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text((ROOT / "corpora" / "samples" / "samples_04_influx_eases_nodate.txt").read_text())
    (tmp_path / "story.meta.json").write_text(json.dumps({"id": "s4", "published": "yesterday-ish"}))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(story), "-o", str(out), "--quiet"]) == 0
    assert "invalid published 'yesterday-ish' ignored" in capsys.readouterr().err
    assert json.loads(out.read_text())["anchor"] == {"date": "2022-10-01", "how": "inferred"}
