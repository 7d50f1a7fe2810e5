#!/usr/bin/python3
"""action.yml and the example workflows are valid, and use the action right.

    actions_test.py REPO_ROOT TWICE

Each file is validated against the GitHub Actions schemas by action-validator
(tests/tools/node_modules, from npm; scripts/install-deps.sh test installs it;
it runs offline), and a deliberately broken copy must be rejected, so a
validator that accepts everything fails the test. The bash of each composite
step must parse, and each example's `with:` for the twice action may use only
inputs action.yml declares. Last, the action's own steps (all but the build
and the installs) run here as a runner would run them, with the inputs of a
workflow, the built TWICE on PATH and the news sample: the gate's exit code
and the SARIF file are what the README says.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

ROOT, TWICE = sys.argv[1:3]
del sys.argv[1:3]
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


    def run_steps(self, scratch, inputs):
        """Runs the action's steps whose names are not builds or installs,
        evaluating the few expressions it uses, as GitHub's runner would."""
        action = load(os.path.join(ROOT, "action.yml"))
        values = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
        values.update(inputs)
        outputs = {}
        context = {"github.action_path": ROOT, "runner.tool_cache": os.path.join(scratch, "cache")}

        def evaluate(text):
            def one(match):
                expression = match.group(1).strip()
                if expression.startswith("inputs."):
                    return values[expression[len("inputs."):]]
                if expression.startswith("steps."):
                    step, _, name = expression[len("steps."):].split(".", 2)
                    return outputs.get(step, {}).get(name, "")
                return context[expression]
            return re.sub(r"\$\{\{(.*?)\}\}", one, str(text))

        path = [os.path.dirname(os.path.abspath(TWICE))] + os.environ["PATH"].split(os.pathsep)
        statuses = {}
        for step in action["runs"]["steps"]:
            if "run" not in step or re.match(r"(Build|Install)", step["name"]):
                continue
            condition = step.get("if", "")
            match = re.fullmatch(r"inputs\.([\w-]+) (==|!=) ''", condition)
            if match:
                empty = values[match.group(1)] == ""
                if empty != (match.group(2) == "=="):
                    continue
            elif condition:
                self.fail(f"unexpected condition {condition!r}")
            github_output = os.path.join(scratch, "output")
            open(github_output, "w").close()
            env = {**os.environ, "PATH": os.pathsep.join(path), "GITHUB_OUTPUT": github_output,
                   "GITHUB_PATH": os.path.join(scratch, "path"), "RUNNER_OS": "Linux",
                   "RUNNER_ARCH": "X64"}
            env.update({name: evaluate(value) for name, value in step.get("env", {}).items()})
            done = subprocess.run(["bash", "-e", "-c", step["run"]], env=env, cwd=ROOT,
                                  capture_output=True, text=True)
            statuses[step.get("id", step["name"])] = done.returncode
            with open(github_output, encoding="utf-8") as stream:
                outputs[step.get("id", "")] = dict(
                    line.split("=", 1) for line in stream.read().splitlines())
            if done.returncode != 0:
                break
        return statuses, outputs

    def test_steps_gate_and_write_sarif_on_the_news_sample(self):
        with tempfile.TemporaryDirectory() as scratch:
            sarif = os.path.join(scratch, "twice.sarif")
            statuses, outputs = self.run_steps(scratch, {
                "paths": "samples/news-ukraine-talks.txt", "sarif-file": sarif})
            self.assertEqual(statuses["gate"], 1)  # findings at warning: the step fails
            self.assertEqual(outputs["gate"], {"exit-code": "1"})
            self.assertRegex(outputs["prepare"]["version"], r"^\d+\.\d+\.\d+$")
            self.assertRegex(outputs["prepare"]["key"], r"^twice-Linux-X64-\d+\.\d+\.\d+-[0-9a-f]{16}$")
            with open(sarif, encoding="utf-8") as stream:
                report = json.load(stream)
            self.assertEqual(report["version"], "2.1.0")
            self.assertGreater(len(report["runs"][0]["results"]), 0)

    def test_steps_pass_with_fail_on_never_and_extra_args(self):
        with tempfile.TemporaryDirectory() as scratch:
            statuses, outputs = self.run_steps(scratch, {
                "paths": "samples/no-redundancy.txt samples/news-ukraine-talks.txt",
                "fail-on": "never", "args": "--threshold 0.6"})
            self.assertEqual(statuses["gate"], 0)
            self.assertEqual(outputs["gate"], {"exit-code": "0"})
            self.assertNotIn("Write SARIF", statuses)


if __name__ == "__main__":
    unittest.main(verbosity=2)
