"""The review page, opened in headless Chromium (Debian's chromium, installed by .ci/run)."""
import os
import re
import shutil
import subprocess

import pytest

from extractor.cli import main

from .conftest import ROOT


def _chromium():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed here (CI installs it)")
    return path


def test_the_review_page_shows_highlighted_evidence_and_gold_differences_in_a_browser(tmp_path):
    browser = _chromium()
    out, page = tmp_path / "out.jsonl", tmp_path / "report.html"
    assert main(["extract", str(ROOT / "corpora" / "samples"), str(ROOT / "corpora" / "dev" / "d2_04_kabul_airlift.txt"),
                 "-o", str(out), "--quiet"]) == 0
    gold = tmp_path / "gold"
    gold.mkdir()
    for source in [*(ROOT / "gold" / "samples").glob("*.json"), ROOT / "gold" / "dev" / "d2_04_kabul_airlift.json"]:
        (gold / source.name).write_text(source.read_text())
    assert main(["review", str(out), "--gold", str(gold), "--html", str(page)]) == 0
    dom = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout
    assert len(re.findall(r"<article ", dom)) == 9
    assert len(re.findall(r'<mark class="movement"', dom)) >= 8 * 4  # the sentences of the figures
    assert len(re.findall(r'<tr class="ok">', dom)) >= 64 + 40  # every sample record matches its gold
    assert re.search(r'<mark class="[a-z]+ fp"|class="fp"', dom) and 'class="miss"' in dom  # d2_04 has both
    assert "Finnish Border Guard" in dom
