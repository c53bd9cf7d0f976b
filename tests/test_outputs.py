"""Records other projects can load: flat tables, a DuckDB file, merged figures, the schema."""
import json

import duckdb

from extractor.cli import main

from .conftest import ROOT

SAMPLES = str(ROOT / "corpora" / "samples")


def _jsonl_counts(path):
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    return sum(len(r["movements"]) for r in lines), sum(len(r["policy_events"]) for r in lines)


def test_csv_parquet_and_duckdb_load_back_with_the_record_counts_of_the_jsonl(tmp_path):
    jsonl = tmp_path / "out.jsonl"
    assert main(["extract", SAMPLES, "-o", str(jsonl), "--quiet"]) == 0
    movements, events = _jsonl_counts(jsonl)
    assert main(["extract", SAMPLES, "-o", str(tmp_path / "out.csv"), "--format", "csv", "--quiet",
                 "--db", str(tmp_path / "out.duckdb")]) == 0
    assert main(["extract", SAMPLES, "-o", str(tmp_path / "out"), "--format", "parquet", "--quiet"]) == 0
    db = duckdb.connect()
    for table, expected in (("movements", movements), ("policy_events", events)):
        assert db.execute(f"SELECT count(*) FROM read_csv_auto('{tmp_path}/out.{table}.csv')").fetchone()[0] == expected
        assert db.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/out.{table}.parquet')").fetchone()[0] == expected
    stored = duckdb.connect(str(tmp_path / "out.duckdb"))
    assert stored.execute("SELECT count(*) FROM movements").fetchone()[0] == movements
    assert stored.execute("SELECT count(*) FROM policy_events").fetchone()[0] == events
    row = stored.execute("SELECT country, count, date_start, source, sentence FROM movements "
                         "WHERE article_id = 'samples_01_exodus_slows' AND count = 1688").fetchone()
    assert row[:4] == ("FI", 1688, "2022-09-30", "Finnish Border Guard") and "1,688" in row[4]


def test_merge_lists_every_article_that_reported_a_figure_and_sets_conflicts_side_by_side(tmp_path, capsys):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    story = ("Only 1,688 Russians crossed into Finland on Friday, the Finnish Border Guard said. "
             "More than 5,262 Russians crossed into Finland on Thursday, the agency said.")
    other = ("Some 1,688 Russians entered Finland on Friday, a Finnish official said. "
             "Finnish media put Thursday's figure at 6,000 Russians entering Finland on Thursday.")
    for path, text, name in ((one, story, "a1"), (two, other, "a2")):
        src = tmp_path / f"{name}.txt"
        src.write_text(text)
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"id": name, "published": "2022-10-01"}))
        assert main(["extract", str(src), "-o", str(path), "--quiet"]) == 0
    merged = tmp_path / "merged.jsonl"
    assert main(["merge", str(one), str(two), "-o", str(merged)]) == 0
    lines = [json.loads(line) for line in merged.read_text().splitlines()]
    figure = next(x for x in lines if x["kind"] == "figure" and x["count"] == 1688)
    assert figure["articles"] == ["a1", "a2"] and "Finnish Border Guard" in figure["sources"]
    (conflict,) = [x for x in lines if x["kind"] == "conflict"]
    assert (conflict["country"], conflict["date_start"]) == (["FI"], "2022-09-29")
    assert sorted((f["count"], f["articles"][0]) for f in conflict["figures"]) == [(5262, "a1"), (6000, "a2")]


def test_schema_is_the_models_json_schema_with_a_version(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$id"].startswith("extractor/article-result/")
    assert {"article_id", "anchor", "movements", "policy_events"} <= set(schema["properties"])
