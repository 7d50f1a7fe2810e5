#!/usr/bin/python3
"""End-to-end: twice as a CI gate on a small docs tree (samples/docs-site).

The tree has a config file (.twice.toml: Markdown only, drafts/ excluded,
restated paragraphs are errors and restated sentences warnings), a page that
repeats another page's paragraph (pages/upgrade.md repeats pages/install.md),
an intentional repeat that is suppressed (pages/themes.md), a draft that is
excluded and, made at test time, files that .gitignore ignores.

Usage: docs_tree_test.py TWICE REPO_ROOT
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

TWICE = os.path.abspath(sys.argv[1])
ROOT = os.path.abspath(sys.argv[2])
SITE = os.path.join(ROOT, "samples", "docs-site")


def twice(cwd, *args):
    run = subprocess.run([TWICE, *args], cwd=cwd, capture_output=True, text=True)
    if run.returncode == 2:
        raise AssertionError("twice failed: " + run.stderr)
    return run


def findings(cwd, *args):
    # This tree is about restatements; the smaller tics have tests of their own.
    run = twice(cwd, "--format", "json", "--no-phrases", "--no-echoes", "--no-overused", *args, ".")
    return run.returncode, json.loads(run.stdout)


def pairs(report):
    return sorted((f["kind"], f["location"]["path"], f["restates"]["path"])
                  for f in report["findings"])


class DocsTree(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="twice-docs-")
        self.site = os.path.join(self.tmp, "site")
        shutil.copytree(SITE, self.site)
        # What .gitignore ignores: both repeat index.md word for word.
        with open(os.path.join(SITE, "index.md"), encoding="utf-8") as f:
            index = f.read()
        os.makedirs(os.path.join(self.site, "generated"))
        for name in ("generated/api.md", "pages/cli.generated.md"):
            with open(os.path.join(self.site, name), "w", encoding="utf-8") as f:
                f.write(index)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def append(self, name, text):
        with open(os.path.join(self.site, name), "a", encoding="utf-8") as f:
            f.write(text)

    def test_finds_the_cross_page_restatement_and_nothing_else(self):
        code, report = findings(self.site)
        self.assertEqual(code, 1)
        paths = sorted(f["path"] for f in report["files"])
        self.assertEqual(paths, ["./index.md", "./pages/install.md", "./pages/support.md",
                                 "./pages/themes.md", "./pages/upgrade.md"])
        kinds = pairs(report)
        self.assertIn(("restated-paragraph", "./pages/upgrade.md", "./pages/install.md"), kinds)
        for kind, later, earlier in kinds:
            self.assertEqual((later, earlier), ("./pages/upgrade.md", "./pages/install.md"), kind)
        paragraph = [f for f in report["findings"] if f["kind"] == "restated-paragraph"][0]
        self.assertEqual(paragraph["severity"], "error")
        self.assertEqual(paragraph["location"]["start"]["line"], 6)
        self.assertEqual(paragraph["restates"]["start"]["line"], 7)

    def test_suppressed_repeat_is_reported_only_when_suppression_is_off(self):
        _, report = findings(self.site)
        self.assertNotIn("./pages/themes.md", [f["location"]["path"] for f in report["findings"]])
        # Without the marker, themes.md restates index.md: its paragraph
        # copies one whole paragraph of it (two sentences, listed under it).
        path = os.path.join(self.site, "pages", "themes.md")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("<!-- twice-disable-next -->\n", ""))
        _, report = findings(self.site)
        self.assertIn(("restated-paragraph", "./pages/themes.md", "./index.md"), pairs(report))

    def test_exit_codes_for_each_fail_on(self):
        # The whole tree has an error (paragraph) and warnings (sentences).
        expected = {"error": 1, "warning": 1, "info": 1, "never": 0}
        for level, code in expected.items():
            self.assertEqual(twice(self.site, "--fail-on", level, ".").returncode, code, level)
        # A repeated sentence alone is a warning: it fails at warning, not at error.
        self.append("pages/support.md",
                    "\nEvery page is rebuilt only when its source or its template changed.\n")
        only_warning = ["index.md", "pages/support.md"]
        expected = {"error": 0, "warning": 1, "info": 1, "never": 0}
        for level, code in expected.items():
            run = twice(self.site, "--fail-on", level, *only_warning)
            self.assertEqual(run.returncode, code, level + ": " + run.stdout)

    def test_command_line_wins_over_the_config_file(self):
        # The file sets threshold 0.5: at 0.99 no sentence pair is left.
        _, report = findings(self.site, "--threshold", "0.99")
        self.assertEqual([k for k, _, _ in pairs(report) if k == "restated-sentence"], [])
        # The file makes restated paragraphs errors; --fail-on never overrides fail_on.
        self.assertEqual(twice(self.site, "--fail-on", "never", ".").returncode, 0)
        # --no-config: the draft is read again (default globs) and restates index.md.
        _, report = findings(self.site, "--no-config")
        self.assertIn(("restated-paragraph", "./index.md", "./drafts/notes.md"), pairs(report))

    def test_bad_config_is_an_error_naming_file_line_and_key(self):
        with open(os.path.join(self.site, ".twice.toml"), "w", encoding="utf-8") as f:
            f.write("threshold = 0.5\nthresold = 0.6\n")
        run = subprocess.run([TWICE, "."], cwd=self.site, capture_output=True, text=True)
        self.assertEqual(run.returncode, 2)
        self.assertIn(".twice.toml:2:", run.stderr)
        self.assertIn("thresold", run.stderr)

    def test_baseline_round_trip(self):
        baseline = os.path.join(self.tmp, "twice-baseline.json")
        run = twice(self.site, "--no-phrases", "--no-echoes", "--no-overused", "--write-baseline", baseline, ".")
        self.assertEqual(run.returncode, 0)
        code, report = findings(self.site, "--baseline", baseline)
        self.assertEqual((code, report["findings"]), (0, []))
        accepted = report["baseline"]["matched"]
        self.assertGreater(accepted, 0)
        # An unrelated edit: a new paragraph at the top of an involved page.
        path = os.path.join(self.site, "pages", "install.md")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("# Installing Lantern\n",
                                 "# Installing Lantern\n\nThis page was reviewed in March.\n"))
        code, report = findings(self.site, "--baseline", baseline)
        self.assertEqual((code, report["findings"]), (0, []))
        self.assertEqual(report["baseline"], {"matched": accepted, "stale": 0})
        # A new restatement: exactly one new finding.
        self.append("pages/support.md",
                    "\nEvery page is rebuilt only when its source or its template changed.\n")
        code, report = findings(self.site, "--baseline", baseline)
        self.assertEqual(code, 1)
        self.assertEqual(pairs(report), [("restated-sentence", "./pages/support.md", "./index.md")])


if __name__ == "__main__":
    runner = unittest.TextTestRunner(verbosity=2)
    result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(DocsTree))
    failed = len(result.failures) + len(result.errors)
    print("%d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed else 0)
