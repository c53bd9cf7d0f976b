"""The same records from a local two-worker Dask cluster as from the plain local run."""
from extractor.cli import main

from .conftest import ROOT


def test_a_local_dask_cluster_writes_the_records_of_the_local_run(tmp_path):
    local, cluster = tmp_path / "local.jsonl", tmp_path / "cluster.jsonl"
    stories = str(ROOT / "corpora" / "samples")
    assert main(["extract", stories, "-o", str(local), "--quiet"]) == 0
    assert main(["extract", stories, "-o", str(cluster), "--quiet", "--engine", "dask", "--workers", "2"]) == 0
    assert cluster.read_text() == local.read_text()
