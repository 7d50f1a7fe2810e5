#!/usr/bin/env python3
"""Where the planted restatements rank among all sentence pairs of their tree.

For each tree of plants.json, inserts its plants (docs.insert_plants), runs twice with the
evidence rule off and a low threshold (--no-evidence --threshold 0.2 --all-pairs
--max-matches 0), and prints each plant's best sentence-pair cosine and its rank among every
sentence pair of the tree at or above 0.2: how far down a cosine list a reader would have to
go to meet it.

Usage: bench/quality/plant_ranks.py [--twice build/twice] [--corpora DIR]
"""
import argparse
import json
import os
import shutil

import docs

OPTIONS = ["--no-evidence", "--threshold", "0.2", "--all-pairs", "--max-matches", "0",
           "--paragraph-threshold", "0.2"]


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--twice", default=os.path.join(docs.ROOT, "build", "twice"))
    parser.add_argument("--corpora",
                        default=os.path.join(docs.ROOT, "..", "shared", "corpora", "docs"))
    args = parser.parse_args()
    with open(os.path.join(docs.HERE, "plants.json"), encoding="utf-8") as f:
        plants = json.load(f)
    print("| plant | kind | best cosine | rank among the tree's pairs |")
    print("|---|---|---|---|")
    for name in docs.TREES:
        mine = [p for p in plants if p["tree"] == name]
        folder, copy, placed = docs.insert_plants(os.path.join(args.corpora, name), mine)
        try:
            findings = docs.run_twice(args.twice, [copy], OPTIONS)["findings"]
        finally:
            shutil.rmtree(folder)
        scores = [f["score"] for f in findings if f["kind"] == "restated-sentence"]
        for plant, inserted, original in placed:
            best = max((p["score"] for f in findings for p in [f] + f.get("evidence", [])
                        if "restates" in p and docs.overlaps(p["location"], inserted)
                        and docs.overlaps(p["restates"], original)), default=None)
            if best is None:
                print(f"| {plant['id']} | {plant['kind']} | below 0.2 | - |")
            else:
                rank = sum(1 for s in scores if s >= best)
                print(f"| {plant['id']} | {plant['kind']} | {best:.2f} | {rank} of {len(scores)} |")


if __name__ == "__main__":
    main()
