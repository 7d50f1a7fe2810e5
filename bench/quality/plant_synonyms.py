#!/usr/bin/python3
"""Would WordNet synonyms tell the planted paraphrases from topic neighbours?

For each planted paraphrase (plants.json: its best sentence pair with the original) and each
judged restated-sentence warning of the samples (labels/*.tsv), measures the share of content
words of the shorter side matched in the other: by the same word stem, or, with synonyms, also
by a WordNet synonym (any sense; Debian's wordnet-base, /usr/share/wordnet). Prints the
distribution per group, without and with synonyms. If synonyms lifted the plants clear of the
FALSE warnings, a synonym-aware alignment could find them; the numbers say whether it would.

The judged warnings passed twice's rules, so they are the closest of topic neighbours; the
second table ranks each plant among all sentence pairs of its own file (or its two files, for
a plant across files; fenced code left out), by either measure: how many pairs a rule that
found it would report first.

Usage: bench/quality/plant_synonyms.py [--wordnet /usr/share/wordnet] [--corpora DIR]
Needs python3-sklearn (its English stop words) and wordnet-base.
"""
import argparse
import collections
import glob
import json
import os
import re
import statistics

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

HERE = os.path.dirname(os.path.abspath(__file__))
SUFFIXES = [("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
            ("ing", "e"), ("ly", ""), ("er", ""), ("est", "")]


class WordNet:
    def __init__(self, folder):
        self.synsets = collections.defaultdict(set)  # lemma -> synset ids
        self.members = collections.defaultdict(set)  # synset id -> lemmas
        self.exceptions = {}
        for pos in ("noun", "verb", "adj", "adv"):
            with open(os.path.join(folder, f"data.{pos}"), encoding="latin-1") as f:
                for line in f:
                    if line.startswith("  "):
                        continue
                    fields = line.split()
                    synset = fields[0] + pos[0]
                    for i in range(int(fields[3], 16)):
                        lemma = re.sub(r"\(.*\)$", "", fields[4 + 2 * i].lower())
                        self.synsets[lemma].add(synset)
                        self.members[synset].add(lemma)
            with open(os.path.join(folder, f"{pos}.exc"), encoding="latin-1") as f:
                for line in f:
                    inflected, lemma = line.split()[:2]
                    self.exceptions.setdefault(inflected, lemma)

    def lemmas(self, word):
        found = {word, self.exceptions.get(word, word)}
        for suffix, replacement in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                found.add(word[: -len(suffix)] + replacement)
        return {w for w in found if w in self.synsets} or {word}

    def synonyms(self, word):
        out = set()
        for lemma in self.lemmas(word):
            for synset in self.synsets.get(lemma, ()):
                out |= self.members[synset]
        return out | self.lemmas(word)


def words(text):
    text = re.sub(r"`[^`]*`", " ", text)
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in ENGLISH_STOP_WORDS and len(w) > 2]


def stem(word):
    return word[:6]  # a crude stem, the same for both groups


def matched(a, b, wordnet):
    """Share of the content words of `a` found in `b`."""
    if not a:
        return 0.0
    stems = {stem(w) for w in b}
    related = set().union(*(wordnet.synonyms(w) for w in b)) if wordnet else set()
    hits = sum(1 for w in a if stem(w) in stems or (wordnet and wordnet.lemmas(w) & related))
    return hits / len(a)


def coverage(x, y, wordnet):
    a, b = words(x), words(y)
    return min(matched(a, b, wordnet), matched(b, a, wordnet)) if a and b else 0.0


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if s.strip()]


def prose_sentences(text):
    """Sentences of a Markdown file outside its fenced code blocks (a rough reading)."""
    kept, fenced = [], False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced:
            kept.append(line)
    return [s for block in "\n".join(kept).split("\n\n") for s in sentences(block)
            if len(words(s)) >= 3]


def file_ranks(plant, corpora, wordnet):
    """The plant's rank among its file's sentence pairs, without and with synonyms."""
    def read(name):
        with open(os.path.join(corpora, plant["tree"], name), encoding="utf-8") as f:
            return f.read()
    inserted = read(plant["insert"]["file"])
    at = inserted.index(plant["insert"]["after"])
    end = inserted.find("\n\n", at)
    end = len(inserted) if end < 0 else end
    inserted = inserted[:end] + "\n\n" + plant["insert"]["text"] + inserted[end:]
    mine = set(sentences(plant["insert"]["text"]))
    theirs = set(sentences(plant["original"]["quote"].replace("\n", " ")))
    later = prose_sentences(inserted)
    same = plant["insert"]["file"] == plant["original"]["file"]
    earlier = later if same else prose_sentences(read(plant["original"]["file"]))
    ranks = []
    for net in (None, wordnet):
        scores, best = [], 0.0
        for i, a in enumerate(later):
            for j, b in enumerate(earlier):
                if same and j >= i:
                    break
                score = coverage(a, b, net)
                scores.append(score)
                if (a in mine and b in theirs) or (b in mine and a in theirs):
                    best = max(best, score)
        ranks.append((sum(1 for x in scores if x >= best), len(scores)))
    return ranks


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--corpora",
                        default=os.path.join(HERE, "..", "..", "..", "shared", "corpora", "docs"))
    args = parser.parse_args()
    wordnet = WordNet(args.wordnet)
    groups = collections.defaultdict(lambda: ([], []))
    with open(os.path.join(HERE, "plants.json"), encoding="utf-8") as f:
        for plant in json.load(f):
            if plant["kind"] != "paraphrase":
                continue
            pairs = [(a, b) for a in sentences(plant["insert"]["text"])
                     for b in sentences(plant["original"]["quote"])]
            for i, net in enumerate((None, wordnet)):
                groups["planted paraphrase"][i].append(max(coverage(a, b, net) for a, b in pairs))
    labels = {}
    for path in glob.glob(os.path.join(HERE, "labels", "*.tsv")):
        name = os.path.basename(path)[:-4]
        with open(path, encoding="utf-8") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if len(fields) >= 2 and not line.startswith("#"):
                    labels[(name, fields[0])] = fields[1]
    for path in sorted(glob.glob(os.path.join(HERE, "sample-*.jsonl"))):
        name = os.path.basename(path)[len("sample-"):-len(".jsonl")]
        with open(path, encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                view = item["view"]
                label = labels.get((name, item["id"]))
                if view["kind"] != "restated-sentence" or item["severity"] != "warning" or not label:
                    continue
                for i, net in enumerate((None, wordnet)):
                    groups[f"{label} warning"][i].append(
                        coverage(view["later"]["text"], view["earlier"]["text"], net))
    print("| group | n | words matched: median (quartiles) | with WordNet synonyms |")
    print("|---|---|---|---|")
    for name, (plain, synonyms) in sorted(groups.items()):
        def spread(xs):
            xs = sorted(xs)
            return f"{statistics.median(xs):.2f} ({xs[len(xs) // 4]:.2f}-{xs[3 * len(xs) // 4]:.2f})"
        print(f"| {name} | {len(plain)} | {spread(plain)} | {spread(synonyms)} |")
    print()
    print("| plant | scope | rank in its file(s): words matched | with WordNet synonyms |")
    print("|---|---|---|---|")
    with open(os.path.join(HERE, "plants.json"), encoding="utf-8") as f:
        for plant in json.load(f):
            if plant["kind"] == "paraphrase":
                (r0, n), (r1, _) = file_ranks(plant, args.corpora, wordnet)
                print(f"| {plant['id']} | {plant['scope']} | {r0} of {n} | {r1} of {n} |")


if __name__ == "__main__":
    main()
