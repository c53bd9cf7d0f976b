"""SPEC section 4, rule by rule."""
import datetime as dt

from extractor.evaluate import dates_match, sources_match


def test_sources_match_after_dropping_articles_possessives_and_plurals():
    assert sources_match("the Finnish Border Guard", "Finnish Border Guard")
    assert sources_match("Georgia's Interior Ministry", "Georgia Interior Ministry")


def test_a_source_of_two_or_more_tokens_inside_a_longer_name_matches():
    assert sources_match("Marat Akhmetzhanov", "Kazakh Interior Minister Marat Akhmetzhanov")
    assert not sources_match("Ministry", "Kazakh Interior Ministry")


def test_source_alt_is_accepted_and_null_gold_accepts_only_null_or_an_alternative():
    assert sources_match("Georgian Interior Ministry", "Georgia's Interior Ministry", ["Georgian Interior Ministry"])
    assert sources_match(None, None)
    assert not sources_match("Somebody Else", None)
    assert sources_match("UNHCR", None, ["UNHCR"])


def test_a_null_gold_end_accepts_null_or_the_publication_date():
    published = dt.date(2022, 10, 1)
    assert dates_match(None, None, None, None, published)
    assert dates_match(None, published, None, None, published)
    assert not dates_match(None, dt.date(2022, 9, 30), None, None, published)


def test_a_null_gold_start_accepts_any_predicted_start():
    end = dt.date(2022, 9, 27)
    assert dates_match(dt.date(2022, 9, 21), end, None, end, None)
    assert not dates_match(None, end, dt.date(2022, 9, 21), end, None)
