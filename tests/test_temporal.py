"""Each date rule with the sentence it serves, read against a Saturday anchor (2022-10-01)."""
import datetime as dt

from extractor.anchor import infer_anchor
from extractor.temporal import find_times, last_weekday

SATURDAY = dt.date(2022, 10, 1)


def periods(sentence, anchor=SATURDAY):
    return [(t.text, t.relation, t.start, t.end) for t in find_times(sentence, anchor)]


def d(day):
    return dt.date.fromisoformat(day)


def test_a_weekday_is_the_most_recent_such_day_on_or_before_the_anchor():
    assert last_weekday(SATURDAY, 5) == SATURDAY
    assert periods("5,262 crossed on Thursday.")[0][2:] == (d("2022-09-29"), d("2022-09-29"))


def test_between_two_weekdays_covers_both_days():
    assert periods("only 6,109 between Thursday and Friday")[0] == (
        "between Thursday and Friday", "range", d("2022-09-29"), d("2022-09-30"))


def test_by_a_day_ends_a_period_without_starting_it():
    assert periods("194,000 had entered by Tuesday.")[0][1:] == ("by", None, d("2022-09-27"))


def test_since_a_date_starts_a_period_without_ending_it():
    assert periods("arrivals since Sept. 21 reached 200,000")[0][1:] == ("since", d("2022-09-21"), None)


def test_that_day_repeats_the_day_the_sentence_just_named():
    found = periods("Finland acted on Friday, and only 1,688 crossed that day.")
    assert found[1] == ("that day", "at", d("2022-09-30"), d("2022-09-30"))


def test_the_previous_weekend_is_the_weekend_before_the_days_just_discussed():
    found = periods("4,100 came on Thursday, against some 7,000 a day the previous weekend")
    assert found[-1][2:] == (d("2022-09-24"), d("2022-09-25"))


def test_last_week_is_monday_to_sunday_of_the_week_before_the_anchors_week():
    assert periods("Last week 3,000 arrived.")[0][2:] == (d("2022-09-19"), d("2022-09-25"))


def test_written_out_dates_and_day_ranges():
    assert periods("between Sept. 28 and 29")[0][2:] == (d("2022-09-28"), d("2022-09-29"))
    assert periods("on Sept. 24-25")[0][2:] == (d("2022-09-24"), d("2022-09-25"))
    assert periods("on 21 September 2022")[0][2:] == (d("2022-09-21"), d("2022-09-21"))
    assert periods("on 2022-09-21")[0][2:] == (d("2022-09-21"), d("2022-09-21"))


def test_a_hedged_distance_in_time_names_no_day():
    found = find_times("the mobilization launched less than two weeks ago", SATURDAY)
    assert found and found[0].vague and found[0].start is None


def test_anchor_is_the_day_after_the_latest_date_that_puts_all_weekdays_just_before_it():
    text = ("Photo taken Wednesday, Sept. 28, 2022.\n\nBy Tuesday 194,000 had crossed. "
            "On Thursday 5,262 crossed and on Friday 1,688. The minister spoke on Saturday.")
    guess = infer_anchor(text)
    assert (guess.date, guess.how) == (SATURDAY, "inferred")


def test_no_calendar_date_means_no_anchor():
    assert infer_anchor("On Friday 1,688 people crossed.").how == "none"


def test_days_later_count_forward_from_the_day_just_named_and_since_then_starts_on_it():
    found = find_times("The border shut on Sept. 12. Three days later it reopened, and since then 900 crossed.", SATURDAY)
    assert [(t.text, t.start, t.end) for t in found] == [
        ("on Sept. 12", d("2022-09-12"), d("2022-09-12")), ("Three days later", d("2022-09-15"), d("2022-09-15")),
        ("since then", d("2022-09-15"), None)]
