"""Each date rule with the sentence it serves, read against a Saturday anchor (2022-10-01)."""
import datetime as dt
import re

import pytest

from extractor.anchor import infer_anchor
from extractor.temporal import find_times, last_weekday, since_thing

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


def test_since_a_yearless_date_never_starts_after_the_anchor():
    # a story of Oct. 1 counting "since Nov. 12" counts from the November before, not one to come
    assert periods("Sweden has run controls at its borders since Nov. 12.")[0][1:] == ("since", d("2021-11-12"), None)
    assert periods("Peru will require passports from Nov. 12.")[0][2] == d("2022-11-12")


def test_that_day_repeats_the_day_the_sentence_just_named():
    found = periods("Finland acted on Friday, and only 1,688 crossed that day.")
    assert found[1] == ("that day", "at", d("2022-09-30"), d("2022-09-30"))


def test_the_previous_weekend_is_the_weekend_before_the_days_just_discussed():
    found = periods("4,100 came on Thursday, against some 7,000 a day the previous weekend")
    assert found[-1][2:] == (d("2022-09-24"), d("2022-09-25"))


def test_the_previous_weekend_follows_the_weekend_just_named_not_a_running_totals_first_day():
    found = periods("4,800 had crossed since Sept. 3, including about 900 over the weekend, against some 300 the "
                    "previous weekend.")
    assert found[-1][2:] == (d("2022-09-17"), d("2022-09-18"))


def test_a_month_range_takes_the_year_its_second_month_names():
    assert periods("More than 71,000 Burundians fled to Rwanda between April and December 2015.")[0][2:] == (
        d("2015-04-01"), d("2015-12-31"))
    assert periods("Arrivals peaked between November and February 2016.")[0][2:] == (d("2015-11-01"), d("2016-02-29"))


def test_the_first_days_of_the_year_are_of_the_storys_year_and_its_last_days_of_the_year_just_ended():
    assert periods("41,600 citizens left in the first six days of the year.", d("2019-01-08"))[0][2:] == (
        d("2019-01-01"), d("2019-01-06"))
    assert periods("Arrivals peaked in the last ten days of the year.", d("2019-01-08"))[0][2:] == (
        d("2018-12-22"), d("2018-12-31"))


def test_the_first_half_alone_is_of_the_storys_year():
    assert periods("About 150,000 Chileans entered in the first half, against 430,000 in 2023.", d("2024-07-20"))[0][2:] == (
        d("2024-01-01"), d("2024-06-30"))


def test_at_the_same_time_is_the_day_just_named_but_not_as_a_connective():
    found = periods("Slovenia stopped its checks from Sunday, and Hungary lifted its checks at the same time.")
    assert found[-1][2:] == (d("2022-09-25"), d("2022-09-25"))
    assert periods("At the same time, Kurdish forces turned back families.") == []


def test_the_weekend_before_follows_the_weekend_named_not_the_day_of_the_report():
    found = periods("2,100 arrived over the weekend, against 900 the weekend before.")
    assert found[-1][2:] == (d("2022-09-17"), d("2022-09-18"))
    found = periods("4,200 left over the weekend, the committee said on Monday, against about 1,500 the previous weekend.",
                    d("1994-03-07"))
    assert found[-1][2:] == (d("1994-02-26"), d("1994-02-27"))


def test_the_previous_monday_is_the_one_before_the_monday_just_named():
    found = periods("About 1,800 Haitians crossed on Monday, against roughly 4,000 the previous Monday.")
    assert found[-1] == ("the previous Monday", "at", d("2022-09-19"), d("2022-09-19"))


def test_the_first_days_of_a_named_year_or_a_month_with_its_year():
    assert periods("4,370 arrived in the first ten days of 1990, against 23,387 in 1989.")[0][2:] == (
        d("1990-01-01"), d("1990-01-10"))
    assert periods("300 left in the last two weeks of December 2019.")[0][2:] == (d("2019-12-18"), d("2019-12-31"))


def test_a_rate_a_day_before_earlier_this_month_is_no_day_earlier():
    found = periods("That compared with an average of about 600 a day earlier this month.")
    assert [f[0] for f in found] == ["earlier this month"]


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


def test_a_wire_dateline_with_its_year_dates_the_story():
    text = "KYIV, Ukraine, Oct. 1, 2022 (AP) — Long lines formed on Friday at the border."
    assert infer_anchor(text).date == dt.date(2022, 10, 1)


def test_a_dateline_naming_town_island_and_country_dates_the_story():
    text = "OIA, Santorini, Greece, Feb. 7, 2025 (Wire) - Ferries carried thousands off the island on Thursday."
    assert infer_anchor(text).date == dt.date(2025, 2, 7)


def test_a_dateline_date_set_after_the_wire_name_dates_the_story():
    text = "CASTRIES, St. Lucia (Island Wire) — March 4, 2021 — Ferries from Martinique resumed on Wednesday."
    assert infer_anchor(text).date == dt.date(2021, 3, 4)


def test_a_date_from_history_in_the_body_does_not_date_the_story():
    text = "On Aug. 7, 1998, bombs destroyed two embassies. On Friday police arrested a suspect."
    assert infer_anchor(text).how == "none"


def test_a_date_named_with_its_weekday_dates_the_story_even_without_its_year():
    text = ("Talks opened on Monday, Nov. 2, the ministry said in 2020 figures. "
            "On Wednesday the first buses left.")
    assert infer_anchor(text).date == dt.date(2020, 11, 4)


def test_a_month_or_day_followed_by_last_year_is_placed_in_the_previous_year():
    assert [p[2:] for p in periods("4,300 were uprooted in March last year.")] == [(d("2021-03-01"), d("2021-03-31"))]
    assert [p[2:] for p in periods("The record, 2,050, was set on June 3 last year.")] == [(d("2021-06-03"), d("2021-06-03"))]


def test_the_first_months_of_last_year_run_from_its_first_of_january():
    assert periods("against 9,100 in the first six months of last year")[0][2:] == (d("2021-01-01"), d("2021-06-30"))


def test_the_first_weeks_of_a_month_and_by_midday():
    anchor = dt.date(2023, 5, 16)
    weeks = find_times("displaced in the first three weeks of April", anchor)[0]
    assert (weeks.start, weeks.end) == (dt.date(2023, 4, 1), dt.date(2023, 4, 21))
    midday = find_times("3,200 had crossed by midday", anchor)[0]
    assert (midday.relation, midday.start, midday.end) == ("by", None, anchor)


def test_a_span_to_a_day_ends_on_that_day():
    anchor = dt.date(2023, 6, 10)
    week = find_times("In the week to Sunday, 7,300 people crossed.", anchor)[0]
    assert (week.start, week.end) == (dt.date(2023, 5, 29), dt.date(2023, 6, 4))
    hours = find_times("in the 48 hours to Monday", anchor)[0]
    assert (hours.start, hours.end) == (dt.date(2023, 6, 3), dt.date(2023, 6, 5))


def test_a_day_described_after_a_comma_is_not_a_second_date():
    assert [p[1:] for p in periods("Since Sept. 20, the day before the decree, 9,000 have left.")] == [
        ("since", d("2022-09-20"), None)]


def test_the_24_hours_that_ended_on_a_day_start_the_day_before():
    assert periods("flew 7,300 people out in the 24 hours that ended at 6 a.m. on Friday")[0][2:] == (
        d("2022-09-29"), d("2022-09-30"))


def test_days_later_count_forward_from_the_day_just_named_and_since_then_starts_on_it():
    found = find_times("The border shut on Sept. 12. Three days later it reopened, and since then 900 crossed.", SATURDAY)
    assert [(t.text, t.start, t.end) for t in found] == [
        ("on Sept. 12", d("2022-09-12"), d("2022-09-12")), ("Three days later", d("2022-09-15"), d("2022-09-15")),
        ("since then", d("2022-09-15"), None)]


def test_from_a_weekday_to_an_earlier_one_is_last_weeks_stretch():
    times = find_times("11,200 people left through Beitbridge from Monday to Thursday last week.", dt.date(2020, 4, 1))
    assert (times[0].relation, times[0].start, times[0].end) == ("range", dt.date(2020, 3, 23), dt.date(2020, 3, 26))


def test_a_span_of_years_is_a_range():
    times = find_times("About 64,000 crossed from Egypt between 2006 and 2012.", dt.date(2018, 4, 25))
    assert (times[0].start, times[0].end) == (dt.date(2006, 1, 1), dt.date(2012, 12, 31))


def test_months_of_this_year_are_one_period():
    times = find_times("Between January and September this year, 27,446 Haitians entered Chile.", dt.date(2018, 11, 8))
    assert [(t.start, t.end) for t in times] == [(dt.date(2018, 1, 1), dt.date(2018, 9, 30))]


def test_a_weekday_of_last_week_is_that_day_in_the_week_before_the_anchors():
    assert periods("A plane landed in Pyongyang on Tuesday last week.")[0][2:] == (d("2022-09-20"), d("2022-09-20"))


def test_halves_and_quarters_of_a_year_or_month():
    assert periods("though 99 arrived in the first half of this year")[0][2:] == (d("2022-01-01"), d("2022-06-30"))
    assert periods("about 5,800 a day in the second half of September")[0][2:] == (d("2022-09-16"), d("2022-09-30"))
    assert periods("in the first quarter of 2021")[0][2:] == (d("2021-01-01"), d("2021-03-31"))


def test_a_dateline_under_the_headline_and_byline_dates_the_story():
    text = ("Border reopens for returning citizens\n\nBy A. Writer\nHan River Wire\n\n"
            "SEOUL, South Korea, Aug. 29, 2023 (Han River Wire) — The border reopened on Sunday.")
    assert infer_anchor(text).date == d("2023-08-29")


def test_a_pages_published_stamp_dates_the_story():
    text = ("First convoy leaves the camp\n\nLake Region Wire | Published 3 October 2019\n\n"
            "NGARA, Tanzania — Fifteen buses left the camp on Thursday.")
    assert infer_anchor(text).date == d("2019-10-03")


def test_a_sentence_that_tells_of_a_publication_does_not_date_the_story():
    text = ("The agency's report, which was published on 3 October 2019 after months of delay and drew sharp "
            "criticism from the government, said that 1,000 people had crossed on Thursday.")
    assert infer_anchor(text).how == "none"


def test_a_time_of_day_before_or_after_which_something_happened_is_on_that_day():
    assert periods("The flight touched down shortly after 3 a.m. on Thursday.")[0][1:] == (
        "at", d("2022-09-29"), d("2022-09-29"))
    assert periods("Before dawn on Wednesday, fishermen rescued 433 more.")[0][1:] == (
        "at", d("2022-09-28"), d("2022-09-28"))


def test_a_week_earlier_moves_back_the_day_or_week_just_named():
    assert periods("3,160 crossed at Narva on Thursday, compared to 2,270 a week earlier.")[1][2:] == (
        d("2022-09-22"), d("2022-09-22"))
    assert periods("1,460 crossed last week, compared with 1,130 a week earlier.")[1][2:] == (
        d("2022-09-12"), d("2022-09-18"))


def test_an_end_month_before_the_start_month_is_in_the_next_year():
    times = find_times("The posts stay shut from Friday until Dec. 20.", dt.date(2022, 9, 29))
    assert (times[0].relation, times[0].start, times[0].end) == ("range", dt.date(2022, 9, 23), dt.date(2022, 12, 20))


def test_hours_later_falls_on_the_day_just_named():
    times = find_times("Slovakia shut the crossing on Sept. 12, and Hungary followed hours later.", SATURDAY)
    assert [(t.text, t.start) for t in times] == [("on Sept. 12", d("2022-09-12")), ("hours later", d("2022-09-12"))]


def test_a_stamp_that_names_the_weekday_before_the_date_dates_the_story():
    text = ("Herders flee across the river\n\nRiver Wire | Published Tuesday 14 December 2021, 09:40 GMT\n\n"
            "MAROUA, Cameroon — Hundreds crossed the river on Monday.")
    assert infer_anchor(text).date == d("2021-12-14")


def test_the_same_day_that_a_clause_defines_is_not_the_day_named_last():
    before = dt.date(2023, 10, 21)
    defined = find_times("The rule came into force on the same day Pakistan began deporting foreigners.",
                         dt.date(2023, 11, 20), last_day=before)
    assert [t.start for t in defined] == [None]
    anaphoric = find_times("Greece closed its crossing on the same day, police said.", dt.date(2023, 11, 20),
                           last_day=before)
    assert [t.start for t in anaphoric] == [before]
    opening = find_times("On the same day Ecuador sent 400 soldiers to Huaquillas.", dt.date(2023, 11, 20),
                         last_day=before)
    assert [t.start for t in opening] == [before]


def test_a_yearless_day_takes_the_year_the_sentence_gave_just_before():
    times = find_times("Laos closed its border crossings on March 30, 2020, a week after Thailand shut its side of "
                       "the bridge on March 23.", dt.date(2022, 5, 10))
    assert [t.start for t in times] == [dt.date(2020, 3, 30), dt.date(2020, 3, 23)]
    across_new_year = find_times("The crossing was closed from Dec. 20, 2019 until Jan. 5.", dt.date(2022, 5, 10))
    assert (across_new_year[0].start, across_new_year[0].end) == (dt.date(2019, 12, 20), dt.date(2020, 1, 5))


def test_since_after_a_superlative_compares_and_does_not_start_a_period():
    record = find_times("Last month alone, 98,420 refugees returned, the highest monthly figure since 2002.",
                        dt.date(2016, 10, 10))
    assert [(t.text, t.start) for t in record] == [("Last month", dt.date(2016, 9, 1)), ("since 2002", None)]
    assert [t.start for t in find_times("Finland has barred most Russians holding tourist visas since Sept. 30, 2022.",
                                        dt.date(2023, 11, 20))] == [dt.date(2022, 9, 30)]


def test_since_after_the_first_of_a_kind_compares_but_the_first_of_a_count_starts_a_period():
    first_of_a_kind = find_times("On Tuesday, officers put 92 Venezuelans on a vessel to Guiria, the first deportation "
                                 "since the borders closed in March.", dt.date(2020, 4, 23))
    assert [t.start for t in first_of_a_kind if t.text.startswith("since")] in ([], [None])
    first_of_a_count = find_times("The first 1,000 refugees have crossed since Monday.", dt.date(2020, 4, 23))
    assert [t.start for t in first_of_a_count] == [dt.date(2020, 4, 20)]
    since_the_first = find_times("That brought to 601 the number who have crossed since the first group went over on "
                                 "Nov. 19.", dt.date(2015, 11, 26))
    assert [t.start for t in since_the_first] == [dt.date(2015, 11, 19)]


def test_the_first_or_last_months_of_a_year_named_or_just_ended():
    said_in_january = dt.date(2020, 1, 3)
    assert [(t.start, t.end) for t in find_times("in the last three months of the year", said_in_january)] == [
        (dt.date(2019, 10, 1), dt.date(2019, 12, 31))]
    assert [(t.start, t.end) for t in find_times("in the first three months of 2022", said_in_january)] == [
        (dt.date(2022, 1, 1), dt.date(2022, 3, 31))]


@pytest.mark.parametrize("text, expected", [
    ("Travellers stream through Moyale\nBy Abdi Guyo, Moyale\nThursday, 16 June 2022 | 4 min read\n\n"
     "MOYALE — Buses queued on Wednesday.", dt.date(2022, 6, 16)),
    ("Migrants cross at Spielfeld\n\nBy Tagespost staff | 13 November 2015, 11:45 | Updated 14:02\n\n"
     "SPIELFELD, Austria — More than 6,200 migrants crossed on Thursday.", dt.date(2015, 11, 13)),
], ids=["weekday-date-segment", "byline-date-segment"])
def test_a_page_date_stamp_set_off_in_a_byline_line_dates_the_story(text, expected):
    assert infer_anchor(text).date == expected


def test_a_date_in_a_headline_segment_that_is_not_a_whole_date_does_not_date_the_story():
    assert infer_anchor("Border closed on 3 March 2020 | analysis\n\nThe crossing stayed shut.").date is None


def test_the_weekday_of_a_wire_lead_is_the_day_of_the_news_after_the_latest_day_named_in_full():
    text = ("Russia deports more Georgians\n\n"
            "MOSCOW — A second Russian government plane carrying Georgians landed in Tbilisi on Saturday.\n\n"
            "The first flight, on Friday, Oct. 6, 2006, carried 132 Georgians. Russia suspended all links with Georgia "
            "on Tuesday. Georgia freed the officers on Monday.")
    assert infer_anchor(text).date == dt.date(2006, 10, 7)


def test_a_wire_lead_is_told_the_next_day_when_the_story_goes_on_to_that_day():
    text = ("Iran reopens crossing\n\n"
            "TAFTAN, Pakistan (Wire) — Iran reopened its main border crossing with Pakistan on Sunday.\n\n"
            "Iran shut the crossing on Thursday, Feb. 14, 2019. About 1,400 Pakistanis crossed home on Sunday, and "
            "another 2,050 came back on Monday, officials said.")
    assert infer_anchor(text).date == dt.date(2019, 2, 18)


def test_a_wire_lead_that_counts_days_after_a_date_named_in_full_is_news_of_its_own_weekday():
    text = ("Nepal under curfew\n\n"
            "KATHMANDU, Nepal (Wire) — Foreign tourists crowded the airport on Wednesday as the capital spent a third "
            "day under curfew, five days after the king was shot dead on the night of Friday, June 1, 2001.\n\n"
            "The authorities imposed a curfew on Monday. About 1,900 foreigners flew out on Tuesday.")
    assert infer_anchor(text).date == dt.date(2001, 6, 6)


def test_a_weekday_the_lead_names_before_its_own_date_is_an_earlier_day():
    text = ("Flood town\n\n"
            "JIMANI, Dominican Republic (Wire) — Families made homeless by the flood that struck before dawn on Monday "
            "were still crammed into schools on Thursday, May 27, 2004.\n\n"
            "Rescuers dug on Wednesday.")
    assert infer_anchor(text).date == dt.date(2004, 5, 27)


def test_a_wire_lead_gives_way_to_the_day_the_story_says_its_news_was_told():
    text = ("Russia shuts border\n\n"
            "KHACHMAZ, Azerbaijan (Wire) - Russia closed its land border with Azerbaijan on Monday.\n\n"
            "Azerbaijan's border troops said on Wednesday, Dec. 21, 1994, that 1,300 people had entered the country "
            "between Monday and Tuesday.")
    assert infer_anchor(text).date == dt.date(1994, 12, 21)


def test_a_weekday_the_lead_counts_from_is_not_the_news_day():
    text = ("Thousands flee Muttur\n\n"
            "TRINCOMALEE, Sri Lanka (Wire) — More than 35,000 people have fled Muttur since rebels and troops began "
            "fighting for it on Wednesday, officials said.\n\n"
            "About 8,000 moved to Verugal between Thursday and Saturday. Photo caption: families rest in a school, "
            "Sunday, Aug. 6, 2006.")
    assert infer_anchor(text).date == dt.date(2006, 8, 6)


def test_a_day_named_in_full_counts_among_the_weekdays_the_anchor_must_follow():
    text = ("The change took effect on Friday, June 1, 2018, the ministry said. The last direct flight brought 29 "
            "more Yemenis on Tuesday. By Thursday, Yemenis had filed 549 asylum applications.")
    assert infer_anchor(text).date == dt.date(2018, 6, 1)


def test_a_weekday_date_without_its_year_is_not_placed_before_the_years_the_story_names():
    # the 2012 of the text is the past: Dec. 15 fell on a Thursday in 2011 too, but the news is later
    text = "Rebels have held the east of the city since 2012. The evacuation began on Thursday, Dec. 15."
    assert infer_anchor(text).date != dt.date(2011, 12, 15)


def test_throughout_a_year_or_month_covers_all_of_it():
    anchor = dt.date(2022, 5, 9)
    assert [(t.start, t.end) for t in find_times("Throughout 2021, 5,000 workers a month came back.", anchor)] == [
        (dt.date(2021, 1, 1), dt.date(2021, 12, 31))]


@pytest.mark.parametrize("sentence, start, end", [
    ("163,876 were encountered in the 2022 fiscal year, which ended in September.", "2021-10-01", "2022-09-30"),
    ("In the 2016 fiscal year, which ended Sept. 30, 56,406 Cubans entered.", "2015-10-01", "2016-09-30"),
    ("43,159 Cubans entered in fiscal 2015.", "2014-10-01", "2015-09-30"),  # the U.S. federal year by default
    ("About 12,000 arrived in fiscal year 2019, which ended in March.", "2018-04-01", "2019-03-31"),
])
def test_a_fiscal_year_runs_to_the_month_the_text_says_it_ended_in(sentence, start, end):
    assert periods(sentence)[0][2:] == (d(start), d(end))


def test_a_fiscal_years_end_date_dates_no_figure_of_its_own():
    assert len(periods("In the 2016 fiscal year, which ended Sept. 30, 56,406 Cubans entered.")) == 1


@pytest.mark.parametrize("sentence, start, end", [
    ("163,876 in the 2022 fiscal year, which ended in September, up from 50,722 the year before.", "2020-10-01", "2021-09-30"),
    ("Some 11,320 reached Italy in July, up from 8,000 a year earlier.", "2021-07-01", "2021-07-31"),
])
def test_the_year_before_a_named_period_is_that_period_a_year_back(sentence, start, end):
    assert periods(sentence)[-1][2:] == (d(start), d(end))


def test_yearless_days_after_a_day_of_last_year_are_of_last_year_too():
    from extractor import extract_text
    text = ("About 11,000 people were moved to Santo on Sept. 28 last year and 2,000 between Sept. 28 and "
            "Oct. 5, Vanuatu's disaster office said.")
    periods = [(m.count, m.date_start, m.date_end) for m in extract_text(text, published="2018-07-31").movements]
    assert (2000, dt.date(2017, 9, 28), dt.date(2017, 10, 5)) in periods


def test_may_after_a_first_name_is_a_person_not_the_month():
    text = "Prime Minister Theresa May expelled the diplomats on March 14, and in May more followed."
    assert [m.text for m in find_times(text, dt.date(2018, 6, 1))] == ["on March 14", "in May"]


@pytest.mark.parametrize("text, expected", [
    # Abadi was prime minister of Iraq 2014-2018: of the years whose Sept. 29 is a Friday, only 2017
    ("ERBIL, Iraq (Wire) — Iraq suspended all international flights to Erbil from 6 p.m. on Friday, Sept. 29, on "
     "the orders of Prime Minister Haider al-Abadi.", d("2017-09-29")),
    # "1923, 72 years ago" counts to 1995, and Jan. 17, 1995 was a Tuesday
    ("KOBE, Japan (Wire) — The quake struck on Tuesday, Jan. 17, the deadliest in Japan since the Great Kanto "
     "earthquake of 1923, 72 years ago.", d("1995-01-17")),
], ids=["an-official-in-office", "years-ago"])
def test_a_date_without_its_year_takes_the_one_year_the_story_leaves_possible(text, expected):
    assert infer_anchor(text).date == expected


def test_the_year_a_page_address_files_a_story_under_picks_the_year_of_its_weekday_and_date():
    # April 29 fell on a Tuesday in 1997, 2003, 2008, 2014 and 2025; the address names 1997
    text = ("WINNIPEG, Manitoba (Wire) — Volunteers stacked sandbags south of the city on Tuesday, April 29, as "
            "the flood spread north across the border.")
    assert infer_anchor(text).how == "none"
    assert infer_anchor(text, "https://example.org/wire/1997/04/manitoba-flood").date == d("1997-04-29")
    # a year in the address in which the date is no Tuesday is some other year, and fixes nothing
    assert infer_anchor(text, "https://example.org/wire/1998/manitoba-flood").how == "none"
    # the address alone names no day
    assert infer_anchor("Volunteers stacked sandbags on Tuesday.", "https://example.org/1997/04/29/flood").how == "none"


def test_an_official_of_a_country_the_story_never_names_dates_nothing():
    # Sanchez is in the table as a Spanish prime minister; this story names no Spain, so he is someone else
    text = ("HAVANA, Cuba (Wire) — Cubans queued at the airport on Monday, Jan. 14, said Jose Sanchez, a teacher, "
            "who had waited for years.")
    guess = infer_anchor(text)
    assert guess.date is None or guess.date.year != 2019


def test_a_town_that_ends_in_a_common_surname_dates_nothing():
    # Oct. 21 was a Wednesday in 1987 and 2009, both years of Gilani; 1987 was also a year of a President Khan
    text = ("DERA ISMAIL KHAN, Pakistan (Wire) — Families fleeing the army's offensive reached Dera Ismail Khan on "
            "Wednesday, Oct. 21, officials said, as Prime Minister Yousuf Raza Gilani visited troops.")
    assert infer_anchor(text).date is None


def test_the_president_el_sissi_dates_a_story_to_his_years():
    # Oct. 12 was a Thursday in 2006 and 2023; Lula was president in both
    text = ("BRASILIA, Brazil (Wire) — A second air force flight landed on Thursday, Oct. 12, with Brazilians from "
            "Israel. Lula asked Egyptian President Abdel Fattah el-Sissi to let foreigners leave through Rafah.")
    assert infer_anchor(text).date == dt.date(2023, 10, 12)


def test_a_tunisian_prime_minister_of_the_late_1980s_dates_a_story_then():
    # March 3 was a Thursday in 1988 and 2016; Hedi Baccouche was prime minister in 1987-89, a namesake minister in 2016
    text = ("RAS JEDIR, Tunisia (Wire) — Libyans poured across since the two countries scrapped passports on "
            "Thursday, March 3, Prime Minister Hedi Baccouche said, and President Zine El Abidine Ben Ali welcomed them.")
    assert infer_anchor(text).date == dt.date(1988, 3, 3)


def test_a_story_that_names_south_sudan_is_from_after_its_independence():
    # Sept. 9 was a Friday in 2005 and 2011, both years of Bashir and Meles Zenawi
    text = ("KURMUK, Ethiopia (Wire) — More than 16,000 Sudanese have crossed into Ethiopia, the agency said on "
            "Friday, Sept. 9. The fighting broke out less than two months after South Sudan became independent; "
            "President Omar al-Bashir declared an emergency, and Prime Minister Meles Zenawi offered talks.")
    assert infer_anchor(text).date == dt.date(2011, 9, 9)


@pytest.mark.parametrize("sentence, start, end", [
    ("In the 12 months to Sept. 30, the agency counted 39,303.", "2021-10-01", "2022-09-30"),
    ("Arrivals fell in the six months to June 30.", "2022-01-01", "2022-06-30"),
    ("Some 4,000 came in the three weeks to Sept. 23.", "2022-09-03", "2022-09-23"),
], ids=["twelve-months", "six-months", "three-weeks"])
def test_a_count_of_months_or_weeks_to_a_day_is_the_span_that_ends_on_it(sentence, start, end):
    assert [(t.start, t.end) for t in find_times(sentence, SATURDAY)] == [(d(start), d(end))]


def test_a_prime_minister_of_the_table_dates_a_story_that_gives_no_year():
    # Feb. 22 was a Tuesday in 2005, 2011 and 2022; John Key led New Zealand from 2008 to 2016
    text = ("WELLINGTON, New Zealand (Wire) — Thousands left the city after the quake on Tuesday, Feb. 22. "
            "Prime Minister John Key visited the shelters on Wednesday.")
    assert infer_anchor(text).date == dt.date(2011, 2, 23)


def test_an_airport_named_after_a_leader_dates_nothing():
    # Jan. 2 was a Wednesday in 1991, under Michael Manley, and in 2019, under Andrew Holness; the airport only
    # bears the Manley name
    text = ("KINGSTON, Jamaica (Wire) — Flights left Norman Manley International Airport on Wednesday, Jan. 2, "
            "said Prime Minister Andrew Holness.")
    assert infer_anchor(text).date == dt.date(2019, 1, 2)


@pytest.mark.parametrize("text, expected", [
    # Dec. 4 was a Thursday in 2008 and 2014; Kenyatta was deputy prime minister in 2008, president from 2013
    ("NAIROBI, Kenya (Wire) — Some 900 teachers left Mandera on Thursday, Dec. 4, and President Uhuru "
     "Kenyatta sent more police to the county.", d("2014-12-04")),
    # July 1 was a Thursday in 1993 and 2010; Berisha was Albania's president in 1993, prime minister in 2010
    ("ATHENS, Greece (Wire) — Buses carried 2,000 Albanians to the border on Thursday, July 1, after "
     "Albanian President Sali Berisha expelled a Greek priest.", d("1993-07-01")),
], ids=["president-not-deputy-prime-minister", "president-not-prime-minister"])
def test_the_office_a_story_gives_an_official_dates_it_by_the_years_of_that_office(text, expected):
    assert infer_anchor(text).date == expected


def test_an_official_named_out_of_office_dates_nothing():
    # May 11 was a Monday in 2009, 2015 and 2020; Zaev led the opposition until 2017 and the government in 2020
    text = ("SKOPJE, Macedonia (Wire) — Residents fled Kumanovo on Monday, May 11, and opposition leader Zoran "
            "Zaev called for the government to resign.")
    assert infer_anchor(text).how == "none"
    assert infer_anchor(text.replace("opposition leader", "Prime Minister")).date == d("2020-05-11")


def test_an_official_in_a_bylines_name_dates_nothing():
    # April 7 was a Thursday in 2005 and 2011 (under Gbagbo), and in 2016 (under Ouattara); the byline's
    # Boubacar Keita is a reporter, not Mali's president of 2013-2020
    text = ("By Boubacar Keita\n\nZEGOUA, Mali (Wire) — Malians kept crossing home from Ivory Coast on Thursday, "
            "April 7, as forces loyal to Alassane Ouattara closed in on incumbent Laurent Gbagbo.")
    assert infer_anchor(text).date == d("2011-04-07")


def test_an_official_of_the_storys_history_does_not_date_it_against_one_of_its_news():
    # April 16 was a Sunday in 1995, 2000, 2006 and 2017; Mubarak named in the 1995 history was president
    # until 2011, Ghandour foreign minister from 2015 to 2018
    text = ("KHARTOUM, Sudan (Wire) — Sudan began requiring visas of Egyptian men on Sunday, April 16. Egypt "
            "has required them of Sudanese men since 1995, when gunmen tried to kill President Hosni Mubarak. "
            "Foreign Minister Ibrahim Ghandour said the rule was reciprocal.")
    assert infer_anchor(text).date == d("2017-04-16")


def test_a_weekday_and_date_take_the_first_year_an_official_allows_after_the_latest_year_named():
    # April 11 was a Thursday in 1991, 1996 and 2002; Hariri was prime minister in 1996 and 2002, not in
    # 1991; the story names 1993 last
    text = ("TYRE, Lebanon (Wire) — Shelling drove 20,000 people north on Thursday, April 11, three years after "
            "the offensive of 1993, and Prime Minister Rafik Hariri opened schools to them.")
    assert infer_anchor(text).date.year == 1996


def test_a_weekday_and_date_take_the_first_year_an_official_allows_even_long_after_the_year_named():
    # April 11 was a Thursday in 1985, 1991, 1996 and 2002; Hariri was prime minister in 1996 and 2002; the story
    # names only 1985, when he was not: the weekday rules that year out, and 1996 is the first he allows after it
    text = ("SIDON, Lebanon (Wire) — Shelling drove 20,000 people north on Thursday, April 11, from the strip held "
            "since 1985, and Prime Minister Rafik Hariri opened schools to them.")
    assert infer_anchor(text).date == d("1996-04-11")


def test_a_year_the_story_looks_ahead_to_does_not_push_its_date_past_it():
    # April 11 was a Thursday in 1996 and 2002, when Hariri was prime minister; the vote "due in 2000" is still
    # to come, so the story is of 1996 (the first year he allows after 1993), not of 2002 (the first after 2000)
    text = ("TYRE, Lebanon (Wire) — Shelling drove 20,000 people north on Thursday, April 11, three years after the "
            "offensive of 1993, and Prime Minister Rafik Hariri opened schools to them, saying the unrest must not "
            "upset the elections due in 2000.")
    assert infer_anchor(text).date == d("1996-04-11")


def test_a_day_said_to_be_this_year_is_of_the_anchors_year_after_an_older_date():
    text = "Russia closed the river crossing on Jan. 31, 2020, and reopened it to travellers on April 5 this year."
    assert [(t.start, t.end) for t in find_times(text, d("2023-09-04"))] == [
        (d("2020-01-31"), d("2020-01-31")), (d("2023-04-05"), d("2023-04-05"))]


def test_a_count_of_years_ago_before_the_year_it_names_fixes_the_year_of_a_date_without_one():
    # May 13 fell on a Monday in 1991, 1996, 2002, 2013 and 2019; "four years ago, in 1992" counts to 1996
    text = ("ASHGABAT (Wire) — The line opened on Monday, May 13. The two presidents agreed to build it four years "
            "ago, in 1992.")
    assert infer_anchor(text).date == d("1996-05-13")


def test_a_count_of_years_after_a_year_named_fixes_the_year_of_a_date_without_one():
    # April 12 fell on a Friday in 1991, 1996, 2002, 2013, 2019 and 2024; "more than six years after ... December
    # 1989" counts to 1995 or, the story's month coming before December, 1996
    text = ("FREETOWN, Sierra Leone (Wire) — Helicopters lifted 412 more people out of the capital on Friday, April 12. "
            "More than six years after the civil war began in December 1989, gunmen still hold the city centre.")
    assert infer_anchor(text).date == d("1996-04-12")


def test_a_comparison_with_a_long_subject_before_since_dates_no_period():
    text = ("Ottawa called up 1,300 reservists on Saturday, the largest deployment of Canada's military at home "
            "since the Korean War.")
    assert since_thing(text) is None


def test_until_a_bare_weekday_after_the_start_is_that_weekday_ahead_not_a_year_on():
    # "imposed a curfew on Wednesday ... off the streets until Sunday", told on a Friday
    found = find_times("The army imposed a curfew on Wednesday and kept people off the streets until Sunday.",
                       dt.date(2022, 9, 30))
    until = next(t for t in found if t.relation == "until")
    assert until.end == dt.date(2022, 10, 2)


def test_a_weekday_and_date_with_the_new_coronavirus_dates_the_story_in_the_pandemic_years():
    # "Thursday, March 19" falls on a Thursday in 1987, 1992, 1998, 2009, 2015, 2020 and 2026
    text = ("SKOPJE (Wire) — Hundreds of workers drove home on Friday, a day after the government decided on "
            "Thursday, March 19, to close the country to foreigners to slow the spread of the new coronavirus.")
    assert infer_anchor(text).date == dt.date(2020, 3, 20)


def test_a_range_may_end_at_the_end_of_a_month():
    text = "Between March 20 and the end of May, some 3,400 Icelanders came home on flights the ministry arranged."
    assert [(t.start, t.end) for t in find_times(text, d("2020-06-15"))] == [(d("2020-03-20"), d("2020-05-31"))]


def test_the_end_of_a_span_named_with_its_weekday_and_date_dates_the_story():
    # Dec. 2 was a Thursday in 2021; Abiy Ahmed became prime minister in 2018, and Dec. 2 was a Thursday in
    # no other year of his; the story's "on Friday" is the next day
    text = ("GEDAREF, Sudan (Wire) — Officials said 640 people crossed between Monday and Thursday, Dec. 2, fleeing "
            "the war of Prime Minister Abiy Ahmed's Ethiopia, and 230 were still waiting on the bank on Friday.")
    assert infer_anchor(text).date == d("2021-12-03")


def test_a_december_day_named_with_its_weekday_in_a_january_story_is_of_the_year_before():
    # Jan. 4 was a Monday in 2010 and 2016, and only in 2016 were Khama and Geingob both presidents; the deadline
    # of Thursday, Dec. 31, was in 2015, so the story's Wednesday, Saturday and Sunday came just before the Monday
    text = ("DUKWI, Botswana (Wire) — Buses carried 412 refugees home on Monday, Jan. 4, after a deadline of Thursday, "
            "Dec. 31, set by President Ian Khama. A court rejected their appeal on Wednesday, police sealed the camp on "
            "Saturday, and Namibia's President Hage Geingob promised them an amnesty on Sunday.")
    assert infer_anchor(text).date == d("2016-01-04")


@pytest.mark.parametrize("phrase, start, end", [
    ("in the last four days of December", "2006-12-28", "2006-12-31"),
    ("in the final two weeks of June", "2006-06-17", "2006-06-30"),
], ids=["last-days", "final-weeks"])
def test_the_last_days_or_weeks_of_a_month_end_on_its_last_day(phrase, start, end):
    text = f"More than 27,000 people left Moldova {phrase}, the border service said."
    assert [(t.start, t.end) for t in find_times(text, d("2007-01-03"))] == [(d(start), d(end))]


def test_among_years_as_many_officials_fit_the_one_the_shortest_tenure_points_to_dates_the_story():
    # Monday, Jan. 27 fell in 2020 and 2025; Aoun was president in both, Assad only in 2020, Salam
    # became prime minister-designate only in 2025
    text = ("TYRE, Lebanon (Wire) — Residents streamed back to border villages on Monday, Jan. 27, as President "
            "Joseph Aoun and Prime Minister-designate Nawaf Salam called for calm. Some fled Syria under Assad.")
    assert infer_anchor(text).date == d("2025-01-27")


def test_a_month_of_that_year_is_in_the_year_the_sentence_named():
    text = "During a crisis in late 2015, Nicaragua closed its border to Cuban migrants in November of that year."
    november = [t for t in find_times(text, dt.date(2017, 1, 14)) if "November" in t.text]
    assert (november[0].start, november[0].end) == (dt.date(2015, 11, 1), dt.date(2015, 11, 30))


def test_during_the_day_is_the_story_s_day_when_no_other_was_named():
    times = find_times("About 1,200 people entered Guatemala at the bridge during the day.", dt.date(2018, 10, 31))
    assert [(t.start, t.end) for t in times] == [(dt.date(2018, 10, 31), dt.date(2018, 10, 31))]


@pytest.mark.parametrize("text, day", [
    ("SKOPJE, Macedonia (Wire) — A second plane carrying Kosovo Albanians left for Norway on Tuesday, April 13, three "
     "weeks after NATO began bombing Yugoslavia.", dt.date(1999, 4, 13)),
    ("BRUSSELS (Wire) — Ukrainians queued outside the registration centre, which opened on Monday, March 7, two "
     "weeks after Russia's invasion began.", dt.date(2022, 3, 7)),
    ("DHAKA (Wire) — Rohingya kept landing on the beaches on Thursday, Sept. 14, and the number who have crossed since "
     "Aug. 25 passed 380,000.", dt.date(2017, 9, 14)),
])
def test_a_war_the_story_names_picks_the_year_its_weekday_date_falls_in(text, day):
    assert infer_anchor(text).date == day


def test_both_days_of_a_weekday_pair_count_when_the_anchor_is_moved_past_the_weekdays():
    text = ("MAE SOT, Thailand (Wire) — More than 3,000 people have crossed the Moei, the provincial office said on "
            "Monday, Dec. 20. Troops raided the town on Tuesday. Fighting spread on Wednesday, 900 people crossed on "
            "Thursday and 1,200 on Friday, and shells landed on the Thai bank on Saturday and Sunday.")
    assert infer_anchor(text, "https://example.org/wire/2021/12/moei-crossings").date == dt.date(2021, 12, 20)


def test_an_abbreviated_month_alone_is_a_word_of_a_place_name_not_a_month():
    assert [t[0] for t in periods("Police closed the beach road in Mar del Plata on Friday.")] == ["on Friday"]
    assert periods("The camp closed in Mar 2021.")[0][2:] == (d("2021-03-01"), d("2021-03-31"))


def test_a_month_in_a_when_clause_of_a_year_is_that_years_month():
    text = "The expulsions were the largest since 2001, when Washington expelled about 50 diplomats in March."
    march = [t for t in find_times(text, dt.date(2017, 1, 2)) if "March" in t.text]
    assert (march[0].start, march[0].end) == (d("2001-03-01"), d("2001-03-31"))


def test_the_same_weekday_a_week_earlier_is_that_weekday_of_the_week_before():
    found = periods("some 14,000 people crossed the bridge into Tui on Sunday, against 9,500 on the same Sunday a week "
                    "earlier.", anchor=d("1995-03-27"))
    assert [(text, start) for text, _, start, _ in found] == [
        ("on Sunday", d("1995-03-26")), ("a week earlier", d("1995-03-19"))]


def test_between_a_month_of_last_year_and_a_month_runs_across_the_new_year():
    assert periods("Between October last year and March, more than 45,000 Guatemalans entered Chiapas.",
                   anchor=d("2008-04-10"))[0][2:] == (d("2007-10-01"), d("2008-03-31"))


def test_an_office_named_once_dates_the_story_by_its_years_though_later_mentions_give_the_name_alone():
    # Poroshenko was a minister in 2009, when Feb. 18 was also a Wednesday; as president, only 2015 fits
    text = ("KRAMATORSK, Ukraine — Trains packed with families from the front kept arriving on Thursday. "
            "President Petro Poroshenko said on Wednesday, Feb. 18, that the troops had left the town. "
            "Poroshenko said the pullout was orderly.")
    assert infer_anchor(text).date.year == 2015


def test_two_weekdays_followed_by_their_dates_are_those_dates():
    # said almost three weeks later: the Saturday is the one just before the Sunday the date names
    assert periods("Police shut the crossing on Saturday and Sunday, March 6 and 7, stranding hundreds.",
                   d("2021-03-25"))[0][1:] == ("range", d("2021-03-06"), d("2021-03-07"))


@pytest.mark.parametrize("text, phrase, day", [
    ("Latvia reopened the border on Thursday. About 2,700 people crossed into Lithuania between midnight and noon.",
     "between midnight and noon", "2022-09-29"),
    ("The ferry reached Kankesanthurai on Thursday. It sailed back in the afternoon with 30 passengers.",
     "in the afternoon", "2022-09-29"),
    ("Officials at the bridge said some 12,000 people had crossed into Colombia before noon.", "before noon",
     "2022-10-01"),
    ("Taba changed hands on Thursday. Officials said 1,870 Israelis walked in between noon and 6 p.m.",
     "between noon and 6 p.m.", "2022-09-29"),
    ('"About 2,100 people arrived this morning," said the general who commands the post.', "this morning",
     "2022-10-01"),
])
def test_a_part_of_a_day_with_no_day_of_its_own_is_the_day_just_named_or_the_story_s(text, phrase, day):
    found, last_day = [], None
    for sentence in re.split(r"(?<=\.) (?=[A-Z\"])", text):  # sentence by sentence, as the pipeline reads
        times = find_times(sentence, SATURDAY, last_day=last_day)
        found += [(t.text, t.start, t.end) for t in times]
        last_day = next((t.start for t in reversed(times) if t.start == t.end), last_day)
    assert (phrase, d(day), d(day)) in found


def test_a_part_of_a_day_after_the_day_it_belongs_to_adds_no_period_of_its_own():
    # the weekday dates the sentence; "before dawn" is a part of it, not a second day
    assert [p[0] for p in periods("On Tuesday, agents detained 47 Dominicans who waded ashore before dawn.")] \
        == ["On Tuesday"]


def test_hours_that_span_a_night_give_no_day():
    # a curfew's hours are every night's: only the weekday dates the sentence
    assert [p[0] for p in periods("The army imposed a curfew between 7 p.m. and 6 a.m. on Tuesday.")] == ["on Tuesday"]


def test_a_part_of_a_day_after_a_year_named_alone_is_the_story_s_day():
    # "a war in 2008" leaves the first day of 2008 as the last date told; the morning is no part of it
    times = find_times("They closed the road at 9 in the morning.", SATURDAY, last_day=d("2008-01-01"),
                       last_day_is_year=True)
    assert [(t.text, t.start) for t in times] == [("in the morning", SATURDAY)]


def test_the_weekday_before_is_a_week_before_the_same_weekday_just_named():
    sentence = "8,314 entered on Saturday and 7,960 on Sunday, against 3,133 on the Saturday before."
    assert [start for _, _, start, _ in periods(sentence, anchor=d("2022-09-26"))] == \
        [d("2022-09-24"), d("2022-09-25"), d("2022-09-17")]


def test_the_previous_weekday_after_a_single_day_is_the_one_before_it():
    sentence = "1,800 entered on Monday, against 4,000 the previous Monday."
    assert [start for _, _, start, _ in periods(sentence, anchor=d("2022-09-26"))] == [d("2022-09-26"), d("2022-09-19")]


def test_a_range_may_end_early_on_a_weekday():
    assert periods("9,200 arrived between Friday and early Saturday.", anchor=d("2020-08-16")) == \
        [("between Friday and early Saturday", "range", d("2020-08-14"), d("2020-08-15"))]
