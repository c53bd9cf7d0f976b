"""Print the text of a story as the extractor reads it (HTML -> text), with sentence offsets:
python text_of.py FILE          prints the text
python text_of.py FILE 'phrase' prints the start/end offsets of the sentence holding the phrase"""
import sys, re
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from extractor.ingest import read_file, Article
art = next(a for a in read_file(__import__("pathlib").Path(sys.argv[1])) if isinstance(a, Article))
if len(sys.argv) == 2:
    print(art.text)
else:
    t = art.text
    i = t.find(sys.argv[2])
    if i < 0:
        sys.exit("phrase not found")
    start = max(t.rfind(". ", 0, i) + 2, t.rfind("\n", 0, i) + 1, 0)
    ends = [j for j in (t.find(". ", i), t.find("\n", i)) if j >= 0]
    end = min(ends) + 1 if ends else len(t)
    print(start, end, repr(t[start:end]))
