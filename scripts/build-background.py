#!/usr/bin/python3
"""Builds data/background/en.tsv, twice's background word-frequency table.

Source: the glosses (definitions and example sentences) of WordNet 3.0, from
Debian's wordnet-base package (/usr/share/wordnet/data.{noun,verb,adj,adv}):
the text after '|' on each synset line. Licence: WordNet 3.0 licence
(permissive, BSD style; /usr/share/doc/wordnet-base/copyright), whose notice
the table's header carries as the licence asks.

Words are found as twice's default tokenizer finds them, approximately: runs
of letters and digits with inner apostrophes, and single letters joined by
dots as one acronym ("U.S."), NFKC + case folded. Units are
the gloss segments (a gloss split at ';'), so `units` is a document frequency.

Output: '#' comment lines (source, licence, command, totals), then one line a
word, `word<TAB>count<TAB>units`, sorted by count descending then word; words
seen once are dropped. Stdlib only:

    apt-get install wordnet-base
    scripts/build-background.py > data/background/en.tsv
"""
import collections
import re
import sys
import unicodedata

WORDNET = "/usr/share/wordnet"
PARTS = ("noun", "verb", "adj", "adv")
COPYRIGHT = "/usr/share/doc/wordnet-base/copyright"
# Single letters joined by dots are one acronym ("U.S.", "e.g."), as in twice.
WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['\u2019][^\W_]+)*")


def glosses():
    for part in PARTS:
        with open(f"{WORDNET}/data.{part}", encoding="utf-8", errors="replace") as data:
            for line in data:
                if line.startswith("  "):  # the licence header of the data file
                    continue
                bar = line.find(" | ")
                if bar >= 0:
                    yield line[bar + 3:].strip()


def licence_lines():
    lines, inside = [], False
    with open(COPYRIGHT, encoding="utf-8") as copyright_file:
        for line in copyright_file:
            if line.startswith("License: WordNet3.0"):
                inside = True
                continue
            if inside:
                if not line.startswith(" "):
                    break
                text = line[1:].rstrip()
                lines.append("" if text == "." else text)
    return lines


def main():
    counts = collections.Counter()
    units = collections.Counter()
    total_units = 0
    for gloss in glosses():
        for segment in gloss.split(";"):
            words = [unicodedata.normalize("NFKC", w).casefold().replace("\u2019", "'")
                     for w in WORD.findall(segment)]
            if not words:
                continue
            total_units += 1
            counts.update(words)
            units.update(set(words))
    total = sum(counts.values())
    kept = sorted((w for w, c in counts.items() if c >= 2), key=lambda w: (-counts[w], w))
    out = sys.stdout
    out.write("# twice background word frequencies (data/background/en.tsv)\n")
    out.write("# source: WordNet 3.0 glosses, Debian package wordnet-base, "
              "/usr/share/wordnet/data.{noun,verb,adj,adv}, text after '|'\n")
    out.write("# built by: scripts/build-background.py > data/background/en.tsv\n")
    out.write(f"# total tokens: {total}\n")
    out.write(f"# total units: {total_units} (gloss segments split at ';')\n")
    out.write(f"# words: {len(kept)} (words seen once, {len(counts) - len(kept)} of them, "
              "are dropped; the totals include them)\n")
    out.write("# columns: word<TAB>count<TAB>units (units: segments containing the word)\n")
    out.write("# licence: WordNet 3.0 licence, as /usr/share/doc/wordnet-base/copyright says:\n")
    for line in licence_lines():
        out.write(("#   " + line).rstrip() + "\n")
    for word in kept:
        out.write(f"{word}\t{counts[word]}\t{units[word]}\n")


if __name__ == "__main__":
    main()
