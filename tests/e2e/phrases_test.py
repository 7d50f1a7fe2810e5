#!/usr/bin/python3
"""The issue's five repeated phrases on the news sample, checked against the
text itself rather than a regenerated golden.

Repeated phrases are off by default (README "Quality on real
documentation"); this test turns them on with --phrases. For each phrase,
every occurrence in the sample (found here with str.find, case-insensitively,
line by line) must be reported by `twice --phrases --format json`:
as a repeated-phrase finding of its own or inside a longer one, or among the
phrases grouped into a restated sentence (top level or paragraph evidence).
Each reported occurrence's line, column (code points) and text must match the
file. The SARIF report must carry one rule per kind and the phrase results.

    phrases_test.py TWICE_BINARY REPO_ROOT
"""
import json
import os
import subprocess
import sys

PHRASES = {
    # phrase: the lines it is on (the issue: 2, 3, 5 and twice each)
    "national security team": [2, 3, 5],
    "conducive to productive negotiations": [3, 5],
    "without American involvement": [3, 5],
    "purchase American weapons": [2, 4],
    "coordination and security assurances": [2, 4],
}
SAMPLE = "samples/news-ukraine-talks.txt"


def phrase_findings(report):
    """Every repeated-phrase object in the report, wherever it sits."""
    for finding in report["findings"]:
        if finding["kind"] == "repeated-phrase":
            yield finding
        yield from finding.get("phrases", [])
        for pair in finding.get("evidence", []):
            yield from pair.get("phrases", [])


def main():
    twice, root = sys.argv[1], sys.argv[2]
    os.chdir(root)
    with open(SAMPLE, encoding="utf-8") as sample:
        lines = sample.read().split("\n")
    run = subprocess.run([twice, "--phrases", "--format", "json", SAMPLE], capture_output=True,
                         text=True)
    assert run.returncode in (0, 1), run.stderr
    report = json.loads(run.stdout)
    failures = []

    # (line, column) of every reported phrase occurrence, with its text.
    reported = []
    for finding in phrase_findings(report):
        if finding["count"] != len(finding["occurrences"]):
            failures.append(f"count {finding['count']} != occurrences of {finding['phrase']!r}")
        for occurrence in finding["occurrences"]:
            start, end = occurrence["start"], occurrence["end"]
            line = lines[start["line"] - 1]
            text = line[start["column"] - 1:end["column"] - 1]
            if text != occurrence["text"]:
                failures.append(f"{start['line']}:{start['column']}: column range gives {text!r}, "
                                 f"report says {occurrence['text']!r}")
            reported.append((start["line"], start["column"], occurrence["text"]))

    for phrase, expected_lines in PHRASES.items():
        found_lines = []
        for number, line in enumerate(lines, 1):
            at = line.lower().find(phrase.lower())
            while at >= 0:
                found_lines.append(number)
                column = at + 1
                covered = any(
                    l == number and c <= column and
                    column + len(phrase) <= c + len(t) and phrase.lower() in t.lower()
                    for l, c, t in reported)
                if not covered:
                    failures.append(f"{phrase!r} at {number}:{column} is not reported")
                at = line.lower().find(phrase.lower(), at + 1)
        if found_lines != expected_lines:
            failures.append(f"{phrase!r} is on lines {found_lines}, the issue says {expected_lines}")
        else:
            print(f"ok   {phrase!r}: {len(found_lines)} occurrences reported (lines {found_lines})")

    sarif = json.loads(subprocess.run([twice, "--phrases", "--format", "sarif", SAMPLE],
                                      capture_output=True, text=True).stdout)
    rules = [rule["id"] for rule in sarif["runs"][0]["tool"]["driver"]["rules"]]
    wanted = ["restated-paragraph", "restated-sentence", "repeated-phrase", "echo", "overused-word",
              "boilerplate", "doubled-word", "mirrored-page"]
    if rules != wanted:
        failures.append(f"SARIF rules {rules}, expected {wanted}")
    for result in sarif["runs"][0]["results"]:
        if rules[result["ruleIndex"]] != result["ruleId"]:
            failures.append(f"ruleIndex {result['ruleIndex']} does not name {result['ruleId']}")
        if result["ruleId"] == "repeated-phrase":
            if result["level"] != "note":
                failures.append(f"repeated-phrase level {result['level']}, expected note")
            if len(result["relatedLocations"]) != result["properties"]["count"] - 1:
                failures.append("a repeated-phrase result does not relate every other occurrence")
    if not any(r["ruleId"] == "repeated-phrase" for r in sarif["runs"][0]["results"]):
        failures.append("no repeated-phrase result in SARIF")

    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
