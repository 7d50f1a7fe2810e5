#!/usr/bin/python3
"""Precision and noise of twice on real documentation trees.

The trees are read from ../shared/corpora/docs (never copied here; see its
SOURCES.md). Subcommands:

  measure   run twice (default options, --no-config) on each tree and print
            findings per 100 KiB of Markdown, by severity and kind
  sample    draw a seeded random sample of findings, stratified by kind, as
            JSON lines holding what a judge needs to see (both passages)
  score     read judged labels (TSV: id, label, note) and print precision
            (TRUE, INTENTIONAL, FALSE shares) by kind and severity
  plants    copy each tree to a temporary folder, insert the planted
            restatements of plants.json, run twice, and say which are found
  effect    which judged warnings (LABELS.tsv SAMPLE.jsonl pairs) the binary
            still reports, and the labels of those it drops
  census    every warning the binary reports, with its label from any sample:
            precision over all of them, per tree

Usage: bench/quality/docs.py measure [--twice build/twice] [--corpora DIR]
       bench/quality/docs.py sample --out FILE [--seed N] [--per-kind K=N,...]
       bench/quality/docs.py score LABELS.tsv SAMPLE.jsonl
       bench/quality/docs.py plants [--twice build/twice]
"""
import argparse
import collections
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TREES = ["cargo-book", "pydantic-docs", "vue-docs", "hugo-docs"]
UNIT = 100 * 1024  # "per 100 KB" means per 102,400 bytes of Markdown


def trees(args):
    """(name, folder) of the trees measured: the four under --corpora, or those --tree names."""
    if args.tree:
        return [tuple(item.split("=", 1)) for item in args.tree]
    return [(name, os.path.join(args.corpora, name)) for name in TREES]


def markdown_bytes(tree):
    total = 0
    for folder, _, names in os.walk(tree):
        for name in names:
            if name.endswith((".md", ".markdown", ".mdx")):
                total += os.path.getsize(os.path.join(folder, name))
    return total


def run_twice(twice, paths, extra=()):
    out = subprocess.run([twice, "--no-config", "--format", "json", "--max-findings", "0",
                          *extra, *paths], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"twice failed ({out.returncode}): {out.stderr}")
    return json.loads(out.stdout)


def measure(args):
    rows = []
    for name, tree in trees(args):
        report = run_twice(args.twice, [tree], args.extra)
        units = markdown_bytes(tree) / UNIT
        by = collections.Counter((f["severity"], f["kind"]) for f in report["findings"])
        sev = collections.Counter(f["severity"] for f in report["findings"])
        rows.append((name, units, sev, by))
    print("| tree | Markdown | warnings / 100 KB | info / 100 KB | by kind (count) |")
    print("|---|---|---|---|---|")
    for name, units, sev, by in rows:
        kinds = ", ".join(f"{k} {n}" for (_, k), n in sorted(by.items()))
        print(f"| {name} | {units * UNIT / 1e6:.2f} MB | "
              f"{(sev['warning'] + sev['error']) / units:.1f} | {sev['info'] / units:.1f} | "
              f"{kinds} |")


def read_context(path, start, end, margin=160):
    with open(path, "rb") as f:
        data = f.read()
    lo, hi = max(0, start - margin), min(len(data), end + margin)
    text = data[lo:start].decode("utf-8", "replace") + "[[" + \
        data[start:end].decode("utf-8", "replace") + "]]" + data[end:hi].decode("utf-8", "replace")
    return text


def clip(text, n=1500):
    return text if len(text) <= n else text[:n] + " …"


def where(loc, corpora):
    return f"{os.path.relpath(loc['path'], corpora)}:{loc['start']['line']}:{loc['start']['column']}"


def judge_view(finding, corpora):
    """What a judge sees: the passages, never the score or the tool's own reasoning."""
    kind = finding["kind"]
    view = {"kind": kind}
    if kind in ("restated-sentence", "restated-paragraph", "boilerplate"):
        view["later"] = {"at": where(finding["location"], corpora),
                         "text": clip(finding["location"]["text"])}
        if "restates" in finding:
            view["earlier"] = {"at": where(finding["restates"], corpora),
                               "text": clip(finding["restates"]["text"])}
        if "occurrences" in finding:
            view["occurrences"] = [{"at": where(o, corpora), "text": clip(o["text"], 400)}
                                   for o in finding["occurrences"][:6]]
    elif kind == "mirrored-page":
        view["pairs"] = [{"later": {"at": where(p["location"], corpora),
                                    "text": clip(p["location"]["text"], 400)},
                          "earlier": {"at": where(p["restates"], corpora),
                                      "text": clip(p["restates"]["text"], 400)}}
                         for p in finding["evidence"][:5]]
    else:
        key = "phrase" if "phrase" in finding else "word"
        view[key] = finding.get(key) or finding["location"]["text"]
        view["count"] = finding.get("count")
        occ = finding.get("occurrences") or [finding["restates"], finding["location"]]
        view["occurrences"] = [
            {"at": where(o, corpora),
             "context": read_context(o["path"], o["start"]["offset"], o["end"]["offset"])}
            for o in occ[:4]]
    return view


def sample(args):
    rng = random.Random(args.seed)
    quota = dict(item.split("=") for item in args.per_kind.split(","))
    pool = collections.defaultdict(list)
    for name, tree in trees(args):
        for f in run_twice(args.twice, [tree], args.extra)["findings"]:
            pool[f["kind"]].append((name, f))
    skip = set()
    for name in args.exclude:
        with open(name) as f:
            skip |= {json.loads(line)["fingerprint"] for line in f}
    out = []
    for kind, n in quota.items():
        items = [x for x in pool.get(kind, []) if x[1]["fingerprint"] not in skip]
        for name, f in rng.sample(items, min(int(n), len(items))):
            out.append({"tree": name, "fingerprint": f["fingerprint"], "severity": f["severity"],
                        "version": args.version, "view": judge_view(f, args.corpora)})
    rng.shuffle(out)
    with open(args.out, "w") as f:
        for i, item in enumerate(out):
            item["id"] = f"{args.prefix}{i:03d}"
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(out)} findings sampled into {args.out}")


def score(args):
    items = {}
    with open(args.sample) as f:
        for line in f:
            item = json.loads(line)
            items[item["id"]] = item
    labels = {}
    with open(args.labels) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            labels[fields[0]] = fields[1]
    groups = collections.defaultdict(collections.Counter)
    for ident, label in labels.items():
        item = items[ident]
        for key in (("all", item.get("version", "")),
                    (item["view"]["kind"], item.get("version", "")),
                    ("severity " + item["severity"], item.get("version", ""))):
            groups[key][label] += 1
    print("| version | group | n | TRUE | INTENTIONAL | FALSE | TRUE+INTENTIONAL |")
    print("|---|---|---|---|---|---|---|")
    for (group, version), c in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        n = sum(c.values())
        print(f"| {version} | {group} | {n} | {c['TRUE']} | {c['INTENTIONAL']} | {c['FALSE']} | "
              f"{(c['TRUE'] + c['INTENTIONAL']) / n:.0%} |")


def effect(args):
    """Which judged warnings the binary still reports (the same finding, or its sentence pair
    inside another), and the labels of those it no longer does: what a change of rule keeps
    and drops, on judged data."""
    reported = set()  # fingerprints, and (later, earlier) places of every pair listed
    for name, tree in trees(args):
        for f in run_twice(args.twice, [tree], args.extra)["findings"]:
            reported.add(f["fingerprint"])
            for pair in [f] + f.get("evidence", []):
                if "restates" in pair:
                    reported.add((where(pair["location"], args.corpora),
                                  where(pair["restates"], args.corpora)))
    groups = collections.defaultdict(collections.Counter)
    dropped = []
    for item, label, reason in judged_items(args.pairs):
        if item["severity"] not in ("warning", "error"):
            continue
        view = item["view"]
        # Still reported: the same finding, or its pair inside another (a
        # paragraph's evidence, a mirrored page).
        kept = item["fingerprint"] in reported or (
            "later" in view and "earlier" in view and
            (view["later"]["at"], view["earlier"]["at"]) in reported)
        groups["kept" if kept else "dropped"][label] += 1
        if not kept:
            dropped.append((label, view["kind"], reason))
    print("| judged warnings | n | TRUE | INTENTIONAL | FALSE | TRUE+INTENTIONAL |")
    print("|---|---|---|---|---|---|")
    for group in ("kept", "dropped"):
        c = groups[group]
        n = sum(c.values())
        share = f"{(c['TRUE'] + c['INTENTIONAL']) / n:.0%}" if n else "-"
        print(f"| {group} | {n} | {c['TRUE']} | {c['INTENTIONAL']} | {c['FALSE']} | {share} |")
    if args.verbose:
        for label, kind, reason in sorted(dropped):
            print(f"dropped {label:<12} {kind:<19} {reason}")


def judged_items(pairs):
    """(sample item, label, reason) of every judged finding of LABELS.tsv SAMPLE.jsonl pairs."""
    for labels_file, sample_file in zip(pairs[::2], pairs[1::2]):
        labels = {}
        with open(labels_file) as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    fields = line.rstrip("\n").split("\t")
                    labels[fields[0]] = (fields[1], fields[2] if len(fields) > 2 else "")
        with open(sample_file) as f:
            for line in f:
                item = json.loads(line)
                if item["id"] in labels:
                    yield (item, *labels[item["id"]])


def read_judged(pairs):
    """Labels of judged findings: by fingerprint, and by (later, earlier) place for the
    findings with two passages."""
    by_fingerprint, by_pair = {}, {}
    for item, label, _ in judged_items(pairs):
        by_fingerprint[item["fingerprint"]] = label
        view = item["view"]
        if "later" in view and "earlier" in view:
            by_pair[(view["later"]["at"], view["earlier"]["at"])] = label
    return by_fingerprint, by_pair


def census(args):
    """Every warning the binary reports on each tree, with the label it was given in any
    sample (same fingerprint, or same pair of places): precision over all of them."""
    by_fingerprint, by_pair = read_judged(args.pairs)
    print("| tree | warnings | judged | TRUE | INTENTIONAL | FALSE | TRUE+INTENTIONAL |")
    print("|---|---|---|---|---|---|---|")
    rows = []
    for name, tree in trees(args):
        c = collections.Counter()
        for f in run_twice(args.twice, [tree], args.extra)["findings"]:
            if f["severity"] not in ("warning", "error"):
                continue
            label = by_fingerprint.get(f["fingerprint"])
            if label is None and "restates" in f:
                label = by_pair.get((where(f["location"], args.corpora),
                                     where(f["restates"], args.corpora)))
            c[label or "unjudged"] += 1
        rows.append((name, c))
    rows.append(("all", sum((c for _, c in rows), collections.Counter())))
    for name, c in rows:
        n = sum(c.values())
        judged = n - c["unjudged"]
        share = f"{(c['TRUE'] + c['INTENTIONAL']) / judged:.0%}" if judged else "-"
        print(f"| {name} | {n} | {judged} | {c['TRUE']} | {c['INTENTIONAL']} | {c['FALSE']} | "
              f"{share} |")


def insert_plants(tree, plants):
    """Copies `tree` to a temporary folder and inserts its plants there; returns
    (folder, [(plant, inserted byte range, original byte range)])."""
    folder = tempfile.mkdtemp(prefix="twice-plants-")
    copy = os.path.join(folder, os.path.basename(tree))
    shutil.copytree(tree, copy)
    by_file = collections.defaultdict(list)
    for plant in plants:
        by_file[plant["insert"]["file"]].append(plant)
    for name, entries in by_file.items():
        path = os.path.join(copy, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for plant in entries:
            at = text.index(plant["insert"]["after"])
            end = text.find("\n\n", at)
            end = len(text) if end < 0 else end
            text = text[:end] + "\n\n" + plant["insert"]["text"] + text[end:]
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    placed = []
    for plant in plants:
        def span(name, quote):
            with open(os.path.join(copy, name), "rb") as f:
                data = f.read()
            start = data.index(quote.encode("utf-8"))
            return os.path.join(copy, name), start, start + len(quote.encode("utf-8"))
        placed.append((plant, span(plant["insert"]["file"], plant["insert"]["text"]),
                       span(plant["original"]["file"], plant["original"]["quote"])))
    return folder, copy, placed


def overlaps(location, span):
    path, start, end = span
    return (os.path.abspath(location["path"]) == path and location["start"]["offset"] < end
            and start < location["end"]["offset"])


def plants(args):
    with open(os.path.join(HERE, "plants.json"), encoding="utf-8") as f:
        all_plants = json.load(f)
    found = collections.Counter()
    rows = []
    for name in TREES:
        mine = [p for p in all_plants if p["tree"] == name]
        if not mine:
            continue
        folder, copy, placed = insert_plants(os.path.join(args.corpora, name), mine)
        try:
            findings = run_twice(args.twice, [copy], args.extra)["findings"]
        finally:
            shutil.rmtree(folder)
        for plant, inserted, original in placed:
            how = "missed"
            for f in findings:
                pairs = [f] + f.get("evidence", [])
                if any(overlaps(p["location"], inserted) and overlaps(p["restates"], original)
                       for p in pairs if "restates" in p):
                    level = f["severity"]
                    if how == "missed" or level in ("warning", "error"):
                        how = f"{f['kind']} ({level})"
            found[how.split(" ")[0] != "missed"] += 1
            rows.append((plant["id"], name, plant["kind"], plant["scope"], how))
    print("| plant | tree | kind | scope | found as |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\n{found[True]} of {found[True] + found[False]} planted restatements found")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--twice", default=os.path.join(ROOT, "build", "twice"))
    parser.add_argument("--corpora", default=os.path.join(ROOT, "..", "shared", "corpora", "docs"))
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=FOLDER",
                        help="measure or sample this tree instead of the four (repeatable; "
                        "judge views show paths relative to --corpora)")
    parser.add_argument("--extra", action="append", default=[],
                        help="an extra twice option (repeatable)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("measure")
    s = sub.add_parser("sample")
    s.add_argument("--out", required=True)
    s.add_argument("--seed", type=int, default=12)
    s.add_argument("--prefix", default="b")
    s.add_argument("--version", default="")
    s.add_argument("--exclude", action="append", default=[],
                   help="a sample file whose findings are not drawn again (repeatable)")
    s.add_argument("--per-kind", default="restated-sentence=120,restated-paragraph=60,"
                   "repeated-phrase=45,echo=45,overused-word=40")
    sub.add_parser("plants")
    c2 = sub.add_parser("census")
    c2.add_argument("pairs", nargs="+", help="LABELS.tsv SAMPLE.jsonl, repeated")
    e = sub.add_parser("effect")
    e.add_argument("pairs", nargs="+", help="LABELS.tsv SAMPLE.jsonl, repeated")
    e.add_argument("--verbose", action="store_true", help="list the dropped findings")
    c = sub.add_parser("score")
    c.add_argument("labels")
    c.add_argument("sample")
    args = parser.parse_args()
    args.corpora = os.path.abspath(args.corpora)
    {"measure": measure, "sample": sample, "score": score, "plants": plants,
     "effect": effect, "census": census}[args.command](args)


if __name__ == "__main__":
    main()
