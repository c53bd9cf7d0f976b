"""Page chrome: the lines of a scraped page that are not the story's body.

Headlines, captions, navigation, widgets, gallery counters, copyright and share lines are
found line by line; records only come from body lines. Nothing is removed from the text, so
offsets keep pointing into the article as given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CHROME_LINE = re.compile(
    r"""^(
        skip\ to\ .* | loading\.*  | advertisement | sponsored.* | recommended(\ \w+)?
      | read\ more.* | related(\ \w+)?:?.* | share(\ this)?.* | sign\ up.* | subscribe.*
      | .*\ball\ rights\ reserved\b.* | copyright\b.* | ©.* | \(c\)\ .*
      | follow\ .*\bhttps?://.* | .*https?://\S+$ | _{3,} | -{3,} | \*{3,}
      | \d+\s*/\s*\d+ | -?\d+\s*[º°]\s*[cf]? | (photo|image|video|file)\s*:.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A caption is prose that credits a photographer at its end.
_CAPTION = re.compile(r"\((?:[A-Z][\w.&' ]*\s)?(?:photo|foto|image)\b[^()]*\)\s*$|\bphoto(?:graph)?:\s*\S.*$"
                      r"|\b(?:REUTERS|AFP|Getty Images)\s*/\s*\w+.*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    kind: str  # "body" | "caption" | "chrome" | "headline" | "blank"


def classify_line(line: str) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if _CHROME_LINE.match(stripped):
        return "chrome"
    if _CAPTION.search(stripped):
        return "caption"
    words = stripped.split()
    if _SENTENCE_END.search(stripped) and len(words) >= 6:
        return "body"
    if stripped[:1] in ("•", "*", "-", "–", "—") and len(words) >= 4 and re.search(r"\d", stripped):
        return "body"  # a bullet of figures under "the agency said:"
    if len(words) >= 20:
        return "body"
    return "headline" if len(words) >= 3 else "chrome"


# The heading of a list of links to other stories; the bullets under it are those stories' headlines.
_LINKS_HEADING = re.compile(r"^(?:related(?:\s+\w+)?|read\s+more|recommended(?:\s+\w+)?|most\s+(?:read|popular|viewed)"
                            r"|more\s+(?:from|on|stories|news|coverage)\b.*|see\s+also|(?:also\s+read|read\s+also)|trending"
                            r"|latest(?:\s+news)?|you\s+may\s+also\s+like|further\s+reading|top\s+stories|in\s+other\s+news)\s*:?$",
                            re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-•*–—]|\d+\.)\s")


def lines(text: str) -> list[Line]:
    out: list[Line] = []
    offset = 0
    under_links = False  # in the bullets under "Related stories": headlines of other stories, not this one's body
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        kind = classify_line(content)
        if _LINKS_HEADING.match(content.strip()):
            under_links = True
        elif under_links and _BULLET.match(content):
            kind = "chrome"
        elif content.strip():
            under_links = False
        out.append(Line(offset, offset + len(content), kind))
        offset += len(raw)
    return out


def body_mask(text: str) -> list[tuple[int, int]]:
    """Character ranges of the body lines, in order."""
    return [(line.start, line.end) for line in lines(text) if line.kind == "body"]
