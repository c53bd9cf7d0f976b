"""Text and publication date out of an HTML page, without running or fetching anything."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from selectolax.lexbor import LexborHTMLParser as HTMLParser

# Parts of a page that are never the story.
_CHROME_TAGS = ("script", "style", "noscript", "iframe", "nav", "aside", "footer", "header",
                "form", "button", "svg", "template", "object", "embed", "figure")
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td",
               "dd", "dt", "figcaption", "div", "section", "article", "br", "tr")
_DATE_META = (
    ('meta[property="article:published_time"]', "content"),
    ('meta[name="article:published_time"]', "content"),
    ('meta[itemprop="datePublished"]', "content"),
    ('meta[name="date"]', "content"),
    ('meta[name="pubdate"]', "content"),
    ('meta[name="publish-date"]', "content"),
    ('meta[name="dc.date"]', "content"),
    ('meta[name="DC.date.issued"]', "content"),
    ("time[datetime]", "datetime"),
)


@dataclass(frozen=True)
class Page:
    text: str
    title: Optional[str]
    published: Optional[dt.date]


def _published(tree: HTMLParser) -> Optional[dt.date]:
    from .ingest import parse_date

    for selector, attribute in _DATE_META:
        for node in tree.css(selector):
            value = parse_date(node.attributes.get(attribute) or "")
            if value:
                return value
    return None


def html_to_text(html: str) -> Page:
    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else None
    published = _published(tree)
    body = tree.css_first("article") or tree.body or tree.root
    if body is None:
        return Page(text="", title=title, published=published)
    for tag in _CHROME_TAGS:
        for node in body.css(tag):
            node.decompose()
    # Block elements become paragraphs so sentences never run across them.
    for tag in _BLOCK_TAGS:
        for node in body.css(tag):
            node.insert_before("\n\n")
            node.insert_after("\n\n")
    raw = body.text(separator="", strip=False)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return Page(text=text + "\n" if text else "", title=title, published=published)
