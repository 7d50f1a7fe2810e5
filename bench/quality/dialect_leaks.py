#!/usr/bin/env python3
"""Docs-generator syntax that still reaches the prose twice compares.

Runs `twice segment --format json` on each real documentation tree and counts
the sentences whose text still holds a piece of docs-generator syntax
(includes, admonition and container markers, shortcodes, template tags,
heading attributes, MDX imports, captions). Text that came from an inline code
span in the source is left out first: code inside backticks is code, not a
leak.

    dialect_leaks.py TWICE [TWICE_BEFORE] [--corpora DIR] [--show N]

With two binaries, prints the counts of both side by side (before, after).
The trees are read where they are (../shared/corpora/docs), never copied.
"""
import argparse
import json
import os
import re
import subprocess
import sys

TREES = ["cargo-book", "pydantic-docs", "vue-docs", "hugo-docs"]

# name -> pattern searched in a sentence's text (code spans removed).
PATTERNS = [
    ("{{", re.compile(r"\{\{")),
    ("}}", re.compile(r"\}\}")),
    ("{%", re.compile(r"\{%|%\}")),
    ("!!!/???", re.compile(r"(^|\s)(!!!|\?\?\?\+?)\s*[a-z]")),
    ("=== \"tab\"", re.compile(r"(^|\s)===\s+\"")),
    (":::", re.compile(r":::")),
    ("///", re.compile(r"(^|\s)///")),
    ("--8<--", re.compile(r"--8<--")),
    ("{* *}", re.compile(r"\{\*|\*\}")),
    ("{#", re.compile(r"\{\s*#[\w-]")),
    ("{: / {.", re.compile(r"\{\s*[:.][\w-]")),
    ("<span/caption", re.compile(r"<span|figcaption|^Filename:")),
    ("<!--", re.compile(r"<!--|-->")),
    ("{/* */}", re.compile(r"\{/\*|\*/\}")),
    ("import/export", re.compile(r"^(import\s+[\w{*]|export\s+(default|const|function|\{))")),
    ("<Component", re.compile(r"^</?[A-Z][A-Za-z]*[\s/>]")),
]

CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.S)


def without_code(text, source):
    """The sentence text with the contents of the source's code spans removed."""
    for match in CODE_SPAN.finditer(source):
        content = match.group(2)
        # md4c strips one space at each end when both are there, and reads a
        # line break inside a code span as a space.
        content = content.replace("\r\n", " ").replace("\n", " ")
        if len(content) > 2 and content[0] == " " and content[-1] == " ":
            content = content[1:-1]
        text = text.replace(content, " ", 1)
    return text


def leaks(twice, tree):
    run = subprocess.run([twice, "segment", "--format", "json", tree],
                         capture_output=True, check=False)
    if run.returncode != 0:
        sys.exit(f"{twice} segment {tree}: exit {run.returncode}: {run.stderr.decode()[:500]}")
    report = json.loads(run.stdout)
    counts = {name: 0 for name, _ in PATTERNS}
    examples = {name: [] for name, _ in PATTERNS}
    sentences = 0
    any_leak = 0
    sources = {}
    for file in report["files"]:
        path = file["path"]
        if path not in sources:
            with open(path, "rb") as f:
                sources[path] = f.read()
        data = sources[path]
        for paragraph in file["paragraphs"]:
            for sentence in paragraph["sentences"]:
                sentences += 1
                loc = sentence["location"]
                # Whole lines: a block starts at its first text, after a code span's backtick.
                first = data.rfind(b"\n", 0, loc["start"]["offset"]) + 1
                last = data.find(b"\n", loc["end"]["offset"])
                last = len(data) if last < 0 else last
                source = data[first:last].decode("utf-8", "replace")
                text = without_code(sentence["text"], source)
                leaked = False
                for name, pattern in PATTERNS:
                    if pattern.search(text):
                        leaked = True
                        counts[name] += 1
                        examples[name].append(f"{os.path.relpath(path, tree)}:{loc['start']['line']}: {sentence['text'][:100]}")
                any_leak += leaked
    return sentences, counts, examples, any_leak


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("twice")
    parser.add_argument("before", nargs="?")
    parser.add_argument("--corpora", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpora", "docs"))
    parser.add_argument("--show", type=int, default=0, help="examples to print per pattern")
    args = parser.parse_args()
    binaries = [args.before, args.twice] if args.before else [args.twice]
    header = "before -> after" if args.before else "count"
    for tree in TREES:
        path = os.path.join(args.corpora, tree)
        results = [leaks(b, path) for b in binaries]
        print(f"{tree}: sentences " + " -> ".join(str(r[0]) for r in results) +
              f", leaking sentences ({header}):")
        for name, _ in PATTERNS:
            values = [r[1][name] for r in results]
            if any(values):
                print(f"  {name:14} " + " -> ".join(str(v) for v in values))
        print(f"  {'any of these':14} " + " -> ".join(str(r[3]) for r in results))
        if args.show:
            for name, _ in PATTERNS:
                for example in results[-1][2][name][:args.show]:
                    print(f"    [{name}] {example}")


if __name__ == "__main__":
    main()
