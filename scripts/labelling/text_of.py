"""Print the text of a story as the extractor reads it (HTML -> text), with sentence offsets:
python text_of.py FILE          prints the text
python text_of.py FILE 'phrase' prints the start/end offsets of the sentence holding the phrase"""
import sys, re
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from extractor.ingest import read_file, Article

# A full stop that ends no sentence: after an abbreviation wire copy uses inside sentences ("on Sept. 21", "the U.S.
# Embassy", "O.R. Tambo", "Lt. Col. Hubert Zongo", "at 6 p.m. on Sunday") or an initial
_ABBREVIATION = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|St|Mt|Gen|Lt|Col|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|"
                           r"Gov|Sen|Rep|Rev|Prof|No|Nos|Vol|Jr|Sr|Co|Corp|Inc|Ltd|vs|approx)|\b(?:[A-Za-z]\.)+[A-Za-z]|"
                           r"\b[A-Z])$")


def sentence_ends(text: str, start: int):
    """Offsets just past each full stop, question or exclamation mark from `start` on that ends a sentence, and each
    line break."""
    for match in re.finditer(r"[.!?](?=[\"'”’)]?\s)|\n", text[start:]):
        at = start + match.start()
        if text[at] == "." and _ABBREVIATION.search(text, 0, at):
            continue
        yield at + 1


art = next(a for a in read_file(__import__("pathlib").Path(sys.argv[1])) if isinstance(a, Article))
if len(sys.argv) == 2:
    print(art.text)
else:
    t = art.text
    i = t.find(sys.argv[2])
    if i < 0:
        sys.exit("phrase not found")
    starts = [0] + [e for e in sentence_ends(t, 0) if e <= i]
    start = starts[-1]
    while start < len(t) and t[start] in " \t\n":
        start += 1
    end = next(sentence_ends(t, i), len(t))
    print(start, end, repr(t[start:end]))
