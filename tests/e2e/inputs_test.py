#!/usr/bin/python3
"""End-to-end: what a run reads, as a user of ruff or ESLint expects it.

Bad files name themselves without losing the report, the settings file is
found from the paths, include/exclude read like .gitignore, standard input
can be named, and suppression markers that do nothing are warned about.

Usage: inputs_test.py TWICE REPO_ROOT
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
NEWS = os.path.join(ROOT, "samples", "news-ukraine-talks.txt")

# A paragraph and its restatement, so that a run over it has findings.
RESTATED = (
    "The committee approved the new budget for the city library after a long debate.\n\n"
    "After a long debate the committee approved the new budget for the city library.\n"
)
QUIET = "Gardeners planted tomatoes late this spring because frost lingered on the hills.\n"
OTHER = "The harbour master counted forty fishing boats returning before the storm arrived.\n"
ONLY_RESTATEMENTS = ["--no-phrases", "--no-echoes", "--no-overused"]


def run(cwd, *args, stdin=None):
    return subprocess.run([TWICE, *args], cwd=cwd, capture_output=True, input=stdin)


class Tree(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="twice-inputs-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        return path

    def json_run(self, *args, code=None):
        result = run(self.tmp, "--format", "json", *ONLY_RESTATEMENTS, *args)
        if code is not None:
            self.assertEqual(result.returncode, code, result.stderr.decode())
        return json.loads(result.stdout)

    def paths(self, *args):
        return [f["path"] for f in self.json_run(*args)["files"]]


class BadFiles(Tree):
    """Point 1: one bad file must not lose the report."""

    def setUp(self):
        super().setUp()
        self.write("docs/good.txt", RESTATED)
        self.write("docs/latin1.txt", b"Caf\xe9 au lait was on the menu.\n")
        self.write("docs/nul.txt", b"A line\x00with a NUL byte.\n")

    def test_every_bad_file_is_named_on_stderr_and_the_run_exits_2(self):
        result = run(self.tmp, "docs")
        self.assertEqual(result.returncode, 2)
        err = result.stderr.decode()
        self.assertIn("twice: error: docs/latin1.txt:1: invalid UTF-8", err)
        self.assertIn("at byte 3", err)
        self.assertIn("twice: error: docs/nul.txt:1: ", err)
        self.assertIn("docs/good.txt:3:1: warning: sentence restates docs/good.txt:1:1",
                      result.stdout.decode())
        self.assertTrue(result.stdout.decode().endswith(
            "2 inputs not analysed (named above): the run fails\n"), result.stdout.decode())

    def test_sarif_output_file_is_written_and_says_the_run_failed(self):
        result = run(self.tmp, "--format", "sarif", "-o", "out.sarif", "docs")
        self.assertEqual(result.returncode, 2)
        with open(os.path.join(self.tmp, "out.sarif"), encoding="utf-8") as f:
            log = json.load(f)
        invocation = log["runs"][0]["invocations"][0]
        self.assertFalse(invocation["executionSuccessful"])
        named = [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                 for n in invocation["toolExecutionNotifications"]]
        self.assertEqual(named, ["docs/latin1.txt", "docs/nul.txt"])
        self.assertTrue(log["runs"][0]["results"])

    def test_json_report_lists_errors_with_line_and_byte(self):
        report = self.json_run("docs", code=2)
        self.assertEqual([f["path"] for f in report["files"]], ["docs/good.txt"])
        self.assertEqual(report["errors"][0],
                         {"path": "docs/latin1.txt", "line": 1, "byte": 3,
                          "message": "invalid UTF-8: sequence starting with 0xE9"})
        self.assertEqual(report["errors"][1]["path"], "docs/nul.txt")
        self.assertTrue(report["findings"])

    def test_github_html_and_text_reports_name_the_bad_file(self):
        github = run(self.tmp, "--format", "github", "docs").stdout.decode()
        self.assertIn("::error file=docs/latin1.txt,line=1,", github)
        html = run(self.tmp, "--format", "html", "docs").stdout.decode()
        self.assertIn("Files not analysed", html)
        self.assertIn("docs/latin1.txt", html)
        text = run(self.tmp, "docs").stdout.decode()
        self.assertIn("docs/latin1.txt:1: error: invalid UTF-8", text)

    def test_file_over_the_size_limit_is_named_and_the_rest_analysed(self):
        self.write("big/large.txt", QUIET * 100)
        self.write("big/small.txt", RESTATED)
        result = run(self.tmp, "--max-file-size", "1kB", "big")
        self.assertEqual(result.returncode, 2)
        self.assertIn("big/large.txt: larger than the maximum file size", result.stderr.decode())
        self.assertIn("big/small.txt:3:1:", result.stdout.decode())

    def test_missing_path_is_named_and_the_others_analysed(self):
        result = run(self.tmp, "--format", "json", "docs/good.txt", "nowhere.md")
        self.assertEqual(result.returncode, 2)
        self.assertIn("twice: error: nowhere.md: no such file or directory",
                      result.stderr.decode())
        self.assertEqual(json.loads(result.stdout)["files"][0]["path"], "docs/good.txt")

    def test_usage_error_writes_nothing(self):
        result = run(self.tmp, "--threshold", "2", "-o", "out.json", "docs")
        self.assertEqual(result.returncode, 2)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "out.json")))

    def test_no_baseline_is_written_from_an_incomplete_run(self):
        result = run(self.tmp, "--write-baseline", "base.json", "docs")
        self.assertEqual(result.returncode, 2)
        self.assertIn("not writing a baseline", result.stderr.decode())
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "base.json")))


class ConfigFromPath(Tree):
    """Point 2: the settings file is found from the paths given."""

    def setUp(self):
        super().setUp()
        self.site = os.path.join(self.tmp, "site")
        shutil.copytree(SITE, self.site)

    def test_directory_uses_its_own_settings_file_from_outside(self):
        # site/.twice.toml excludes drafts/**: run from the parent, as from a repository root.
        self.assertFalse(any("drafts" in p for p in self.paths("site")))

    def test_file_uses_the_settings_file_of_its_directory(self):
        # The site's file makes restated paragraphs errors.
        report = self.json_run("site/pages/upgrade.md", "site/pages/install.md")
        self.assertIn("error", [f["severity"] for f in report["findings"]])

    def test_paths_with_different_settings_files_are_a_usage_error(self):
        self.write("other/a.md", QUIET)
        result = run(self.tmp, "-o", "out.json", "site", "other")
        self.assertEqual(result.returncode, 2)
        self.assertIn("'site' and 'other' have different settings files "
                      "(site/.twice.toml, none)", result.stderr.decode())
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "out.json")))

    def test_a_settings_file_deeper_in_the_tree_is_named_as_not_read(self):
        self.write(".twice.toml", "threshold = 0.6\n")
        result = run(self.tmp, *ONLY_RESTATEMENTS, ".")
        self.assertIn("twice: warning: site/.twice.toml is not read: a run has one settings "
                      "file (.twice.toml here)", result.stderr.decode())
        self.assertEqual(result.stderr.decode().count("site/.twice.toml is not read"), 1)

    def test_config_names_the_origin_of_each_setting(self):
        result = run(self.tmp, "config", "site", "--threshold", "0.6")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        lines = result.stdout.decode().splitlines()
        self.assertIn("# settings file: site/.twice.toml", lines)

        def line(key):
            return next(l for l in lines if l.startswith(key + " "))

        self.assertTrue(line("threshold").endswith("# command line (--threshold)"), line("threshold"))
        self.assertTrue(line("threshold").startswith("threshold = 0.6 "))
        self.assertTrue(line("exclude").startswith('exclude = ["drafts/**"]'))
        self.assertTrue(line("exclude").endswith("# site/.twice.toml:5"), line("exclude"))
        self.assertTrue(line("paragraphs").endswith("# default"))

    def test_config_names_values_a_preset_set(self):
        result = run(self.tmp, "config", "--no-config", "--preset", "sklearn", "site")
        line = next(l for l in result.stdout.decode().splitlines() if l.startswith("min_words "))
        self.assertTrue(line.startswith("min_words = 0 "), line)
        self.assertTrue(line.endswith("# preset"), line)

    def test_config_without_a_settings_file_says_so(self):
        result = run(self.tmp, "config", "--no-config", "site")
        self.assertIn("# settings file: none", result.stdout.decode().splitlines())


class Patterns(Tree):
    """Point 3: include and exclude read like .gitignore lines."""

    def setUp(self):
        super().setUp()
        self.write("docs/index.md", QUIET)
        self.write("docs/guide/setup.md", QUIET)
        self.write("docs/guide/notes.txt", QUIET)
        self.write("docs/drafts/notes.md", QUIET)
        self.write("docs/notes.md", QUIET)

    def test_name_without_slash_matches_at_any_depth(self):
        self.write("docs/.twice.toml", 'include = ["*.md"]\nexclude = ["notes.md"]\n')
        self.assertEqual(self.paths("docs"), ["docs/guide/setup.md", "docs/index.md"])

    def test_leading_slash_anchors_at_the_settings_files_directory(self):
        self.write("docs/.twice.toml", 'exclude = ["/notes.md"]\n')
        self.assertEqual(self.paths("docs/drafts"), ["docs/drafts/notes.md"])
        self.assertNotIn("docs/notes.md", self.paths("docs"))

    def test_command_line_include_and_exclude_replace_the_files(self):
        self.write("docs/.twice.toml", 'exclude = ["drafts/"]\n')
        self.assertEqual(self.paths("docs", "--include", "*.md", "--exclude", "guide/",
                                    "--exclude", "/notes.md"),
                         ["docs/drafts/notes.md", "docs/index.md"])

    def test_no_gitignore_reads_ignored_files(self):
        self.write("docs/.gitignore", "drafts/\n")
        self.assertNotIn("docs/drafts/notes.md", self.paths("docs"))
        self.assertIn("docs/drafts/notes.md", self.paths("docs", "--no-gitignore"))


class StandardInput(Tree):
    """Point 7: standard input with a name."""

    MARKDOWN = ("# Budget\n\n```\nThe committee approved the new budget for the city library.\n"
                "The committee approved the new budget for the city library.\n```\n\n" + RESTATED)

    def test_stdin_filename_names_it_and_picks_markdown(self):
        result = run(self.tmp, "segment", "--format", "json", "--stdin-filename",
                     "docs/draft.md", "-", stdin=self.MARKDOWN.encode())
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        document = json.loads(result.stdout)["files"][0]
        self.assertEqual(document["path"], "docs/draft.md")
        self.assertTrue(document["paragraphs"][0]["heading"])  # "# Budget" read as Markdown
        # The code block is not prose: a heading and the two paragraphs.
        self.assertEqual(len(document["paragraphs"]), 3)

    def test_stdin_filename_finds_the_settings_file_of_its_directory(self):
        self.write("docs/.twice.toml", "[rules.restated-sentence]\nseverity = \"error\"\n")
        result = run(self.tmp, "--format", "json", *ONLY_RESTATEMENTS, "--stdin-filename",
                     "docs/draft.md", "-", stdin=RESTATED.encode())
        report = json.loads(result.stdout)
        self.assertEqual(report["findings"][0]["location"]["path"], "docs/draft.md")
        self.assertEqual(report["findings"][0]["severity"], "error")


class Markers(Tree):
    """Point 10: suppression markers that do nothing are warned about."""

    def test_unknown_marker_is_warned_about_without_changing_the_exit_code(self):
        self.write("a.md", "# Title\n\n" + QUIET + "\n<!-- twice-disable-nxt -->\n" + OTHER)
        result = run(self.tmp, *ONLY_RESTATEMENTS, "a.md")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertIn("twice: warning: a.md:5: unknown suppression marker "
                      "'<!-- twice-disable-nxt -->'", result.stderr.decode())

    def test_unclosed_disable_is_warned_about_at_its_line(self):
        self.write("a.txt", QUIET + "\n" + "# twice: disable\n\n" + RESTATED)
        result = run(self.tmp, "a.txt")
        self.assertEqual(result.returncode, 0, result.stderr.decode())
        self.assertIn("twice: warning: a.txt:3: twice-disable is never closed",
                      result.stderr.decode())

    def test_segment_marks_suppressed_paragraphs(self):
        self.write("a.md", "<!-- twice-disable-next -->\n" + QUIET + "\n" + OTHER)
        report = json.loads(run(self.tmp, "segment", "--format", "json", "a.md").stdout)
        self.assertEqual([p["suppressed"] for p in report["files"][0]["paragraphs"]],
                         [True, False])
        text = run(self.tmp, "segment", "a.md").stdout.decode().splitlines()
        self.assertTrue(text[0].endswith(", suppressed"), text[0])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
