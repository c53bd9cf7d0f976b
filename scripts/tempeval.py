"""TempEval-3 style tagging and scoring of the project's TIMEX3 normaliser.

    python scripts/tempeval.py tag IN_DIR OUT_DIR      # TimeML in, TimeML with our TIMEX3 out
    python scripts/tempeval.py score GOLD_DIR PRED_DIR  # relaxed/strict extent F1, type and value

`tag` keeps each file as it is outside <TEXT>, takes the DCT from its CREATION_TIME TIMEX3,
strips every tag inside <TEXT> (the gold TIMEX3 and the EVENT/SIGNAL markup), runs the
normaliser on that plain text and writes it back with our own TIMEX3 tags (tid, type, value).
`score` follows TempEval-3: an extent matches relaxed when it overlaps a gold extent, strict when
it is the same span; type and value are scored on relaxed matches (value F1: matches whose value
is also right, over predicted and over gold). The DCT is not scored.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.timex import tag  # noqa: E402

_TAG = re.compile(r"<[^>]+>")
_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str


def read(path: Path) -> tuple[str, dt.date, str, list[Gold], tuple[int, int]]:
    """(raw file, DCT, plain TEXT, TIMEX3 in plain offsets, (start, end) of TEXT content in the raw file)."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)
    dct_value = dict(_ATTR.findall(dct_match.group(0)))["value"] if dct_match else ""
    dct = dt.date.fromisoformat(dct_value[:10])
    start = raw.index("<TEXT>") + len("<TEXT>")
    end = raw.index("</TEXT>")
    body = raw[start:end]
    plain: list[str] = []
    timexes: list[Gold] = []
    position = 0
    cursor = 0
    for match in _TAG.finditer(body):
        plain.append(body[cursor:match.start()])
        position += match.start() - cursor
        cursor = match.end()
        if match.group(0).startswith("<TIMEX3"):
            close = body.index("</TIMEX3>", match.end())
            inner = _TAG.sub("", body[match.end():close])
            attrs = dict(_ATTR.findall(match.group(0)))
            timexes.append(Gold(position, position + len(inner), attrs.get("type", ""), attrs.get("value", "")))
    plain.append(body[cursor:])
    return raw, dct, "".join(plain), timexes, (start, end)


def tag_file(source: Path, target: Path, nlp=None) -> int:
    raw, dct, text, _, (start, end) = read(source)
    pieces: list[str] = []
    cursor = 0
    found = tag(text, dct, nlp(text) if nlp is not None else None)
    for number, timex in enumerate(found, start=1):
        pieces.append(text[cursor:timex.start])
        pieces.append(f'<TIMEX3 tid="t{number}" type="{timex.type}" value="{escape(timex.value)}">'
                      f"{text[timex.start:timex.end]}</TIMEX3>")
        cursor = timex.end
    pieces.append(text[cursor:])
    target.write_text(raw[:start] + "".join(pieces) + raw[end:], encoding="utf-8")
    return len(found)


def _f1(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_dir: Path, pred_dir: Path) -> dict[str, float]:
    n_gold = n_pred = relaxed = strict = type_ok = value_ok = 0
    for gold_path in sorted(gold_dir.rglob("*.tml")):
        pred_path = pred_dir / gold_path.relative_to(gold_dir)
        _, _, _, golds, _ = read(gold_path)
        preds = read(pred_path)[3] if pred_path.exists() else []
        n_gold += len(golds)
        n_pred += len(preds)
        used: set[int] = set()
        for pred in preds:
            match = next((i for i, g in enumerate(golds) if i not in used and g.start < pred.end and pred.start < g.end), None)
            if match is None:
                continue
            used.add(match)
            gold = golds[match]
            relaxed += 1
            strict += (gold.start, gold.end) == (pred.start, pred.end)
            type_ok += gold.type == pred.type
            value_ok += gold.value == pred.value
    rp, rr, rf = _f1(relaxed, n_pred, n_gold)
    sp, sr, sf = _f1(strict, n_pred, n_gold)
    vp, vr, vf = _f1(value_ok, n_pred, n_gold)
    return {"gold": n_gold, "pred": n_pred, "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf, "type_accuracy": type_ok / relaxed if relaxed else 0.0,
            "value_p": vp, "value_r": vr, "value_f1": vf}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("tag", help="tag TimeML files with the project's TIMEX3")
    t.add_argument("in_dir", type=Path)
    t.add_argument("out_dir", type=Path)
    t.add_argument("--no-parse", action="store_true", help="skip spaCy: read tense from nearby words only")
    s = sub.add_parser("score", help="score predicted TimeML against gold TimeML")
    s.add_argument("gold_dir", type=Path)
    s.add_argument("pred_dir", type=Path)
    args = parser.parse_args()
    if args.command == "tag":
        count = files = 0
        nlp = None
        if not args.no_parse:
            from extractor import nlp as nlp_mod

            nlp = nlp_mod.load()
        began = time.perf_counter()
        for source in sorted(args.in_dir.rglob("*.tml")):
            target = args.out_dir / source.relative_to(args.in_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            count += tag_file(source, target, nlp)
            files += 1
        seconds = time.perf_counter() - began
        print(f"tagged {files} files, {count} expressions in {seconds:.2f} s", file=sys.stderr)
    else:
        result = score(args.gold_dir, args.pred_dir)
        print(f"gold={result['gold']} pred={result['pred']}")
        print(f"relaxed P={result['relaxed_p']:.3f} R={result['relaxed_r']:.3f} F1={result['relaxed_f1']:.3f}")
        print(f"strict  P={result['strict_p']:.3f} R={result['strict_r']:.3f} F1={result['strict_f1']:.3f}")
        print(f"type accuracy={result['type_accuracy']:.3f}")
        print(f"value   P={result['value_p']:.3f} R={result['value_r']:.3f} F1={result['value_f1']:.3f}")


if __name__ == "__main__":
    main()
