#!/usr/bin/python3
"""End-to-end: restatements in French, German, Russian and Chinese.

Each samples/<language>-draft.txt plants one restatement whose words come
back in other forms (French and Russian inflection, German inflection,
a reworded Chinese sentence). The test pins each finding to its exact
line:column start and end, and shows what finds it: without the language's
stemmer and stop words (--language none) the three inflected ones are
missed; without character bigrams (--preset sklearn) the Chinese one is.
tests/data/mixed-languages.txt holds English, French, Russian and Chinese
paragraphs, each restated later in its own language.

The planted drafts are looser paraphrases than the defaults' bar of
evidence (five shared content words and a strict score, or seven words):
they are checked with --preset sensitive, the preset for one draft, so that
what is tested is the language handling, not the evidence rule.

Usage: languages_test.py TWICE REPO_ROOT
"""
import json
import os
import subprocess
import sys
import unittest

TWICE = os.path.abspath(sys.argv[1])
ROOT = os.path.abspath(sys.argv[2])

# sample: ((later start, later end), (earlier start, earlier end)), line:column,
# end exclusive; and the options under which it must not be found.
PLANTED = {
    "french-draft.txt": (((9, 119), (9, 226)), ((3, 1), (3, 87)), ["--language", "none"]),
    "german-draft.txt": (((9, 192), (9, 288)), ((3, 1), (3, 92)), ["--language", "none"]),
    "russian-draft.txt": (((9, 123), (9, 227)), ((3, 1), (3, 98)), ["--language", "none"]),
    "chinese-draft.txt": (((9, 37), (9, 61)), ((3, 1), (3, 25)), ["--preset", "sklearn"]),
}


def run_json(*args, command="check"):
    run = subprocess.run([TWICE, command, "--format", "json", "--no-config", *args], cwd=ROOT,
                         capture_output=True, text=True)
    if run.returncode == 2:
        raise AssertionError("twice failed: " + run.stderr)
    return json.loads(run.stdout)


def span(location):
    return ((location["start"]["line"], location["start"]["column"]),
            (location["end"]["line"], location["end"]["column"]))


def sentence_pairs(report):
    return [(span(f["location"]), span(f["restates"])) for f in report["findings"]
            if f["kind"] == "restated-sentence"]


def sensitive(options):
    return options if "--preset" in options else ["--preset", "sensitive", *options]


class PlantedRestatements(unittest.TestCase):
    def test_each_planted_restatement_is_the_only_finding(self):
        for sample, (later, earlier, _) in PLANTED.items():
            with self.subTest(sample=sample):
                report = run_json(*sensitive([]), os.path.join("samples", sample))
                self.assertEqual(sentence_pairs(report), [(later, earlier)])
                restatements = [f for f in report["findings"] if f["kind"].startswith("restated-")]
                self.assertEqual(len(restatements), 1)

    def test_without_the_language_the_restatement_is_missed(self):
        for sample, (later, earlier, options) in PLANTED.items():
            with self.subTest(sample=sample, options=options):
                report = run_json(*sensitive(options), os.path.join("samples", sample))
                self.assertNotIn((later, earlier), sentence_pairs(report))

    def test_paragraphs_are_labelled_with_their_language(self):
        expected = {"french-draft.txt": "fr", "german-draft.txt": "de",
                    "russian-draft.txt": "ru", "chinese-draft.txt": "zh"}
        for sample, language in expected.items():
            with self.subTest(sample=sample):
                report = run_json(os.path.join("samples", sample), command="segment")
                found = {p["language"] for p in report["files"][0]["paragraphs"]}
                self.assertEqual(found, {language})


class MixedScriptDocument(unittest.TestCase):
    PATH = os.path.join("tests", "data", "mixed-languages.txt")

    def test_each_language_restates_within_itself(self):
        report = run_json(*sensitive([]), self.PATH)
        found = sorted((p[0][0][0], p[1][0][0]) for p in sentence_pairs(report))
        # en 9 -> 1, fr 11 -> 3, ru 13 -> 5, zh 15 -> 7 (lines)
        self.assertEqual(found, [(9, 1), (11, 3), (13, 5), (15, 7)])

    def test_paragraph_languages(self):
        report = run_json(self.PATH, command="segment")
        languages = [p["language"] for p in report["files"][0]["paragraphs"]]
        self.assertEqual(languages, ["en", "fr", "ru", "zh"] * 2)

    def test_stemming_finds_the_inflected_ones(self):
        report = run_json(*sensitive(["--language", "none"]), self.PATH)
        found = sorted((p[0][0][0], p[1][0][0]) for p in sentence_pairs(report))
        self.assertNotIn((11, 3), found)
        self.assertNotIn((13, 5), found)


if __name__ == "__main__":
    runner = unittest.TextTestRunner(verbosity=2)
    suite = unittest.TestSuite()
    for case in (PlantedRestatements, MixedScriptDocument):
        suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(case))
    result = runner.run(suite)
    failed = len(result.failures) + len(result.errors)
    print("%d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed else 0)
