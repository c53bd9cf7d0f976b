"""Reading articles: formats, sidecars, chrome, and bad input reported rather than fatal."""
import json

from extractor.chrome import classify_line
from extractor.html_text import html_to_text
from extractor.ingest import Article, InputError, iter_articles


def test_page_chrome_lines_are_not_body():
    assert classify_line("Skip to main content") == "chrome"
    assert classify_line("77º") == "chrome"
    assert classify_line("1 / 10") == "chrome"
    assert classify_line("Loading...") == "chrome"
    assert classify_line("Copyright 2024 Some Wire Service. All rights reserved.") == "chrome"
    assert classify_line("Migrants wait at a crossing on Monday, June 5, 2023. (AP Photo/Jane Doe)") == "caption"
    assert classify_line("More than 3,000 people crossed into Chad on Sunday, officials said.") == "body"


def test_html_loses_scripts_and_navigation_and_keeps_its_published_date():
    page = html_to_text(
        "<html><head><meta property='article:published_time' content='2023-04-02T10:00:00Z'></head>"
        "<body><nav>Home | World</nav><script>document.write('5,000 people')</script>"
        "<article><p>About 4,000 people crossed on Sunday, officials said.</p></article></body></html>")
    assert "document.write" not in page.text and "Home" not in page.text
    assert "About 4,000 people crossed" in page.text
    assert page.published.isoformat() == "2023-04-02"


def test_a_bad_jsonl_line_is_reported_with_its_number_and_the_others_are_read(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": "First story."}) + "\n{not json\n"
                     + json.dumps({"id": "c"}) + "\n" + json.dumps({"id": "d", "text": "Last story."}) + "\n")
    items = list(iter_articles([batch]))
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "d"]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.origin.rsplit(":", 1)[1] for e in errors] == ["2", "3"]


def test_sidecar_metadata_gives_id_and_published(tmp_path):
    (tmp_path / "story.txt").write_text("About 4,000 people crossed on Sunday, officials said.\n")
    (tmp_path / "story.meta.json").write_text(json.dumps({"id": "x1", "published": "2023-06-05"}))
    article = next(iter_articles([tmp_path / "story.txt"]))
    assert (article.id, article.published.isoformat()) == ("x1", "2023-06-05")


def test_a_sidecar_named_beside_its_story_is_not_read_as_a_second_article(tmp_path):
    # what a shell glob such as `extractor extract corpora/dev/story*` hands over
    (tmp_path / "story.txt").write_text("About 4,000 people crossed on Sunday, officials said.\n")
    (tmp_path / "story.meta.json").write_text(json.dumps({"id": "x1", "published": "2023-06-05"}))
    articles = list(iter_articles([tmp_path / "story.txt", tmp_path / "story.meta.json"]))
    assert [a.id for a in articles] == ["x1"]


def test_the_bullets_under_a_related_stories_heading_are_other_stories_headlines():
    from extractor import chrome
    text = ("Share this:\n\nRelated stories\n- Floods force 2,000 from their homes in Amazonas\n"
            "- Zambia's settlement receives 200 new Congolese refugees\n\nThe agency said:\n"
            "- 2,000 crossed on Monday at the bridge\n")
    kinds = [(text[line.start:line.end], line.kind) for line in chrome.lines(text) if line.kind != "blank"]
    assert ("- Floods force 2,000 from their homes in Amazonas", "chrome") in kinds
    assert ("- Zambia's settlement receives 200 new Congolese refugees", "chrome") in kinds
    assert ("- 2,000 crossed on Monday at the bridge", "body") in kinds
    text = "READ ALSO:\n- 1,200 Uzbek workers return from Russia on charter flights\n"
    assert [line.kind for line in chrome.lines(text)][:2] == ["chrome", "chrome"]
