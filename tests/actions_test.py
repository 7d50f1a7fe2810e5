#!/usr/bin/python3
"""action.yml and the example workflows are valid, and use the action right.

    actions_test.py REPO_ROOT

Each file is validated against the GitHub Actions schemas by action-validator
(tests/tools/node_modules, from npm; scripts/install-deps.sh test installs it;
it runs offline), and a deliberately broken copy must be rejected, so a
validator that accepts everything fails the test. The bash of each composite
step must parse, and each example's `with:` for the twice action may use only
inputs action.yml declares.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

ROOT = sys.argv.pop(1)
VALIDATOR = os.path.join(ROOT, "tests", "tools", "node_modules", ".bin", "action-validator")
WORKFLOWS = sorted(glob.glob(os.path.join(ROOT, "examples", "github", "*.yml")))


def validate(path):
    return subprocess.run([VALIDATOR, path], capture_output=True, text=True)


def load(path):
    with open(path, encoding="utf-8") as stream:
        return yaml.safe_load(stream)


class Actions(unittest.TestCase):
    def setUp(self):
        if not os.access(VALIDATOR, os.X_OK):
            self.fail(f"{VALIDATOR} is missing: run scripts/install-deps.sh test")

    def test_action_and_workflows_validate(self):
        self.assertGreaterEqual(len(WORKFLOWS), 1)
        for path in [os.path.join(ROOT, "action.yml")] + WORKFLOWS:
            done = validate(path)
            self.assertEqual(done.returncode, 0, f"{path}:\n{done.stdout}{done.stderr}")

    def test_validator_rejects_a_broken_action_and_workflow(self):
        with tempfile.TemporaryDirectory() as scratch:
            action = load(os.path.join(ROOT, "action.yml"))
            del action["runs"]["steps"][0]["shell"]  # composite run steps need a shell
            broken = os.path.join(scratch, "action.yml")
            with open(broken, "w", encoding="utf-8") as stream:
                yaml.safe_dump(action, stream)
            self.assertNotEqual(validate(broken).returncode, 0)
            workflow = load(WORKFLOWS[0])
            workflow["jobs"]["restatements"]["runs-on-typo"] = "x"
            broken = os.path.join(scratch, "workflow.yml")
            with open(broken, "w", encoding="utf-8") as stream:
                yaml.safe_dump(workflow, stream)
            self.assertNotEqual(validate(broken).returncode, 0)

    def test_action_has_the_documented_inputs(self):
        inputs = load(os.path.join(ROOT, "action.yml"))["inputs"]
        for name in ("paths", "format", "baseline", "fail-on", "sarif-file", "deb-url"):
            self.assertIn(name, inputs)

    def test_composite_steps_are_valid_bash(self):
        shellcheck = shutil.which("shellcheck")
        for step in load(os.path.join(ROOT, "action.yml"))["runs"]["steps"]:
            if "run" not in step:
                continue
            self.assertEqual(step.get("shell"), "bash", step.get("name"))
            # ${{ }} expressions are not bash; none is left in run: (inputs go
            # through env:, which keeps them out of the script's text).
            self.assertNotIn("${{", step["run"], step.get("name"))
            done = subprocess.run(["bash", "-n"], input=step["run"], capture_output=True, text=True)
            self.assertEqual(done.returncode, 0, f"{step.get('name')}: {done.stderr}")
            if shellcheck:
                done = subprocess.run([shellcheck, "-s", "bash", "-"], input=step["run"],
                                      capture_output=True, text=True)
                self.assertEqual(done.returncode, 0, f"{step.get('name')}:\n{done.stdout}")

    def test_examples_pass_only_declared_inputs(self):
        declared = set(load(os.path.join(ROOT, "action.yml"))["inputs"])
        uses = 0
        for path in WORKFLOWS:
            for job in load(path)["jobs"].values():
                for step in job["steps"]:
                    if step.get("uses", "").split("@")[0].endswith("/twice"):
                        uses += 1
                        self.assertEqual(set(step.get("with", {})) - declared, set(), path)
                        # Build the action, not test dependencies, from the
                        # example: no step installs chromium or clang itself.
                for step in job["steps"]:
                    self.assertNotRegex(step.get("run", ""), r"chromium|clang|sklearn|gtest", path)
        self.assertGreaterEqual(uses, 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
