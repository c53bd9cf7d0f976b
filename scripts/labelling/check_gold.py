"""Check a helper batch: python check_gold.py /tmp/dNNN
Every story has meta + gold, gold validates, counts are in the text, evidence (if given) holds the count,
the story is 250-900 words."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from extractor.ingest import iter_articles, Article
from extractor.models import GoldArticle

root = Path(sys.argv[1])
texts = {a.id: a.text for a in iter_articles([root / "corpora"]) if isinstance(a, Article)}
errors = [f"input error: {a.reason} ({a.origin})" for a in iter_articles([root / "corpora"]) if not isinstance(a, Article)]
golds = sorted((root / "gold").glob("*.json"))
if set(texts) != {p.stem for p in golds}:
    errors.append(f"stories without gold: {sorted(set(texts) - {p.stem for p in golds})}; gold without story: {sorted({p.stem for p in golds} - set(texts))}")
for p in golds:
    try:
        g = GoldArticle.model_validate(json.loads(p.read_text(encoding="utf-8")))
    except Exception as e:
        errors.append(f"{p.name}: does not validate: {e}")
        continue
    if g.article_id != p.stem:
        errors.append(f"{p.name}: article_id {g.article_id} != file name")
    text = texts.get(p.stem, "")
    n = len(text.split())
    if not 250 <= n <= 900:
        errors.append(f"{p.name}: {n} words (must be 250-900)")
    for m in g.movements:
        if m.country != sorted(m.country):
            errors.append(f"{p.name}: country list not sorted {m.country}")
        if m.count_high is not None and m.count_high <= m.count:
            errors.append(f"{p.name}: count_high <= count")
        span = text[m.evidence.start:m.evidence.end] if m.evidence else text
        pat = rf"\b{m.count:,}\b|\b{m.count}\b"
        if m.count < 1000000 and not re.search(pat, span) and m.count > 12:
            errors.append(f"{p.name}: count {m.count} not written as digits in its evidence {span[:90]!r} (fine if written in words; check)")
    for e in g.policy_events:
        if e.evidence and not (0 <= e.evidence.start < e.evidence.end <= len(text)):
            errors.append(f"{p.name}: event evidence out of range")
print("\n".join(errors) if errors else f"OK: {len(golds)} stories")
