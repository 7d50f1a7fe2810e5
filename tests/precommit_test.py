#!/usr/bin/python3
"""The pre-commit hook fires for Markdown and plain text, not for every file.

    precommit_test.py REPO_ROOT

Tags each file the way pre-commit does (the identify library, Debian
python3-identify) and applies the hook's types_or and exclude from
.pre-commit-hooks.yaml as pre-commit would.
"""
import os
import re
import sys
import unittest

import yaml
from identify import identify

ROOT = sys.argv.pop(1)


def hook():
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as stream:
        (only,) = [h for h in yaml.safe_load(stream) if h["id"] == "twice"]
    return only


def fires(path):
    spec = hook()
    if re.search(spec.get("exclude", "^$"), path):
        return False
    tags = identify.tags_from_path(os.path.join(ROOT, path))
    return bool(set(spec["types_or"]) & tags)


class PreCommitHook(unittest.TestCase):
    def test_fires_for_markdown_and_plain_text(self):
        for path in ("README.md", "samples/news-ukraine-talks.txt", "samples/release-notes-draft.md"):
            self.assertTrue(fires(path), path)

    def test_does_not_fire_for_code_config_or_build_files(self):
        for path in ("src/twice/analyze.cc", "src/twice/analyze.h", "action.yml", "scripts/build.sh",
                     "tests/cli_docs_test.py", ".pre-commit-hooks.yaml", "CMakeLists.txt",
                     "src/CMakeLists.txt", "docs/twice.1"):
            self.assertFalse(fires(path), path)

    def test_runs_twice_on_the_tree(self):
        spec = hook()
        self.assertEqual(spec["entry"].split()[0], "twice")
        self.assertFalse(spec["pass_filenames"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
