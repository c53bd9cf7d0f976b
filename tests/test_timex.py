"""TIMEX3 values, rule by rule, each with the words it serves (DCT: Friday 1998-08-07)."""
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.timex import tag

from .conftest import ROOT

DCT = dt.date(1998, 8, 7)


def first(text, dct=DCT):
    found = tag(text, dct)
    return (found[0].text, found[0].type, found[0].value) if found else None


@pytest.mark.parametrize("text, expected", [
    ("Bombs exploded Friday, witnesses said.", ("Friday", "DATE", "1998-08-07")),
    ("The talks will resume Monday.", ("Monday", "DATE", "1998-08-10")),
    ("It happened on Aug. 7.", ("Aug. 7", "DATE", "1998-08-07")),
    ("The vote is set for Sept. 2, 1999.", ("Sept. 2, 1999", "DATE", "1999-09-02")),
    ("Profits fell last year.", ("last year", "DATE", "1997")),
    ("Sales rose last week.", ("last week", "DATE", "1998-W31")),
    ("Prices rose this month.", ("this month", "DATE", "1998-08")),
    ("Profit rose in the third quarter.", ("the third quarter", "DATE", "1998-Q3")),
    ("The siege lasted three days.", ("three days", "DURATION", "P3D")),
    ("Talks went on for the past two months.", ("the past two months", "DURATION", "P2M")),
    ("The bomb went off at 10:35 a.m.", ("10:35 a.m.", "TIME", "1998-08-07T10:35")),
    ("Trains run daily.", ("daily", "SET", "P1D")),
    ("Prices are now falling.", ("now", "DATE", "PRESENT_REF")),
    ("He was in power in the 1990s.", ("the 1990s", "DATE", "199X")),
    ("The plant closed two years ago.", ("two years ago", "DATE", "1996")),
    ("They met last fall.", ("last fall", "DATE", "1997-FA")),
    ("They met in June last year.", ("June last year", "DATE", "1997-06")),
])
def test_timex_type_and_value(text, expected):
    assert first(text) == expected


def test_a_yearless_date_is_the_one_nearest_the_dct_looking_back_more_than_ahead():
    assert first("The deadline is Feb. 1.", dt.date(1989, 10, 26))[2] == "1990-02-01"
    assert first("It was signed Oct. 23.", dt.date(1999, 5, 6))[2] == "1998-10-23"


def test_words_that_only_look_like_dates_are_not_tagged():
    assert tag("Prices may fall as troops march on.", DCT) == []
    assert tag("A 52-year-old man was among them.", DCT) == []


def test_dates_carry_the_days_they_cover():
    found = tag("Sales rose last week.", DCT)[0]
    assert (found.range.start, found.range.end) == (dt.date(1998, 7, 27), dt.date(1998, 8, 2))


def test_tempeval_tag_then_score_round_trips_on_a_timeml_file(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "doc.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>doc</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">'
        '1998-08-07</TIMEX3></DCT>\n<TEXT>\nBombs <EVENT eid="e1">exploded</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, three days after talks.\n'
        '</TEXT>\n</TimeML>\n', encoding="utf-8")
    script = ROOT / "scripts" / "tempeval.py"
    subprocess.run([sys.executable, str(script), "tag", "--no-parse", str(gold), str(tmp_path / "pred")], check=True)
    out = subprocess.run([sys.executable, str(script), "score", str(gold), str(tmp_path / "pred")],
                         check=True, capture_output=True, text=True).stdout
    assert "relaxed P=0.500 R=1.000" in out  # "three days" is ours, not the gold's
    assert "value   P=0.500 R=1.000" in out
