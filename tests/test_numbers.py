"""The number layer on the phrasing wire stories use."""
import pytest

from extractor.numbers import find_numbers


def mentions(nlp, sentence):
    return [(m.value, m.high, m.bound, m.kind, m.per) for m in find_numbers(nlp(sentence))]


@pytest.mark.parametrize("sentence, expected", [
    ("Over 194,000 Russians had entered.", (194000, None, "more_than", "count", None)),
    ("only 1,688 Russians crossed", (1688, None, "exact", "count", None)),
    ("some 300,000 reservists", (300000, None, "approx", "count", None)),
    ("nearly 1.2 million people fled", (1200000, None, "less_than", "count", None)),
    ("three thousand villagers left", (3000, None, "exact", "count", None)),
    ("between 5,000 and 6,000 people crossed", (5000, 6000, "exact", "count", None)),
    ("5,000-6,000 people a day crossed", (5000, 6000, "exact", "count", "day")),
    ("over 8,000 each day", (8000, None, "more_than", "count", "day")),
    ("at least 2,000 migrants daily", (2000, None, "more_than", "count", "day")),
])
def test_counts_carry_value_range_bound_and_rate(nlp, sentence, expected):
    assert mentions(nlp, sentence)[0] == expected


@pytest.mark.parametrize("sentence, kind", [
    ("men under age 65", "age"),
    ("a high of 77º", "measure"),
    ("Copyright 2022 The Agency", "year"),
    ("a rise of 15% in arrivals", "percent"),
    ("aid worth $3 million", "money"),
    # the size of a place is its population, not people who moved
    ("more than 180,000 people have crossed into the Alpine nation of 2 million", "count"),
    ("the Alpine nation of 2 million", "population"),
    ("The island of 160,000 people is home to 26,000 Venezuelans.", "population"),
    ("My mother is 74 and she walked the whole way.", "age"),
    ("The water came at 2 in the morning and took everything.", "time"),
    ("a country whose government puts the population at 6.2 million", "population"),
])
def test_numbers_that_are_not_counts_are_marked_with_their_kind(nlp, sentence, kind):
    assert [m[3] for m in mentions(nlp, sentence)][0] == kind


def test_a_figure_after_younger_than_is_an_age(nlp):
    assert [m[3] for m in mentions(nlp, "The call-up covers men younger than 60.")] == ["age"]


def test_a_day_of_a_month_then_to_and_a_figure_is_not_a_range(nlp):
    sentence = "The arrivals pushed the total since March 3 to 2,450, the agency said."
    assert (2450, None, "exact", "count", None) in mentions(nlp, sentence)


@pytest.mark.parametrize("text", ["Of the arrivals, 412 were children under 12.", "Men over 60 may leave the country."])
def test_a_bound_on_the_age_of_people_just_named_is_an_age(nlp, text):
    assert [kind for value, _, _, kind, _ in mentions(nlp, text) if value in (12, 60)] == ["age"]


@pytest.mark.parametrize("text, kind", [
    ('"I came here at 17 with my father," said one of the settlers.', "age"),
    ("About 300 people arrived here at 6 a.m.", "time"),
], ids=["came-here-at-17", "arrived-here-at-6-am"])
def test_a_figure_after_here_at_is_an_age_unless_a_clock_follows(nlp, text, kind):
    assert kind in [m.kind for m in find_numbers(nlp(text)) if m.value < 100]


def test_the_first_of_two_distances_joined_by_and_takes_the_unit_of_the_second(nlp):
    mentions = find_numbers(nlp("Villages lying between 25 and 30 km (15 and 19 miles) from the crater were emptied."))
    assert [(m.value, m.kind) for m in mentions if m.value in (15, 19)] == [(15, "measure"), (19, "measure")]
