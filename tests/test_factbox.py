"""Fact boxes: "Label: figure | Label: figure" lines under a heading that ends in a colon."""
import datetime as dt

from extractor import extract_text

ANCHOR = dt.date(2015, 5, 18)  # a Monday
STORY = ("Thousands more Burundians crossed into neighbouring countries over the weekend, the U.N. refugee agency said "
         "on Monday, as the political crisis in Bujumbura deepened.\n\n"
         "{box}\n\n"
         "Aid agencies said camps in western Tanzania were already full and that cholera had broken out.\n")


def records(box):
    return {m.count: m for m in extract_text(STORY.format(box=box), published=ANCHOR).movements}


def test_each_country_cell_under_an_arrivals_heading_is_a_dated_sourced_entry():
    found = records("Arrivals since April 1, as of Sunday, by country of asylum (UNHCR):\n"
                    "Tanzania: 70,187 | Rwanda: 26,302 | DR Congo: 9,183")
    assert sorted(found) == [9183, 26302, 70187]
    m = found[26302]
    assert (m.country, m.direction, m.date_start, m.date_end, m.source) == (
        ["RW"], "entry", dt.date(2015, 4, 1), dt.date(2015, 5, 17), "UNHCR")


def test_a_cell_that_names_no_movement_under_a_neutral_heading_is_not_read():
    found = records("Sunday, in figures (Tanzanian police; Rwandan police):\n"
                    "Tanzania: 1,400 arrivals at Kagunga | Rwanda: 302 people stopped at the border")
    assert 1400 in found and found[1400].source == "Tanzanian police"
    assert 302 not in found
