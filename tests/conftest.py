from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_229be123165e8252.txt"


@pytest.fixture(scope="session")
def nlp():
    from extractor import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEED
