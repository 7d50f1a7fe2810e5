#!/usr/bin/python3
"""Every SARIF report the samples produce validates against the SARIF 2.1.0 schema.

    sarif_schema_test.py TWICE_BINARY REPO_ROOT

Runs `twice --format sarif` (from REPO_ROOT) on each file in samples/, on the
whole samples/ tree as one run and on the news sample with --all-pairs, and
validates each log against sarif-schema-2.1.0.json with jsonschema (Debian's
python3-jsonschema), printing every error with its path. It also checks what
the schema cannot: rule references, the related location the message links
to, and that partialFingerprints are stable across runs and do not change
when an unrelated paragraph is added before or after the findings.

The schema is looked up in $TWICE_SHARED/schemas/, then in
REPO_ROOT/../shared/schemas/; when neither has it the test is skipped (exit 0).
Exit status 1 when any check fails.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema

SCHEMA_NAME = "sarif-schema-2.1.0.json"
NEWS = "samples/news-ukraine-talks.txt"
FINGERPRINT_KEY = "twice/v1"
UNRELATED = ("Gardeners in the valley planted tomatoes late this spring because frost "
             "lingered on the hillsides until the middle of May.")


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def report(self, name, errors):
        if errors:
            self.failed += 1
            print(f"FAIL {name}")
            for error in errors:
                print(f"    {error}")
        else:
            self.passed += 1
            print(f"ok   {name}")


def find_schema(root):
    """Returns (path or None, the paths looked at)."""
    candidates = []
    shared = os.environ.get("TWICE_SHARED")
    if shared:
        candidates.append(os.path.join(shared, "schemas", SCHEMA_NAME))
    candidates.append(os.path.join(root, "..", "shared", "schemas", SCHEMA_NAME))
    for candidate in candidates:
        if os.path.isfile(candidate):
            return os.path.normpath(candidate), candidates
    return None, candidates


def run_sarif(twice, args, cwd, codes=(0, 1)):
    """Runs twice --format sarif ARGS; returns (log, errors)."""
    command = [twice, "--format", "sarif"] + args
    process = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, check=False)
    where = " ".join(command[1:])
    if process.returncode not in codes:
        return None, [f"`twice {where}` exited {process.returncode}: "
                      f"{process.stderr.decode(errors='replace').strip()}"]
    try:
        return json.loads(process.stdout.decode("utf-8")), []
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, [f"`twice {where}` wrote no JSON: {error}"]


def json_path(parts):
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def uri_errors(uri, where):
    try:
        import rfc3987  # Debian's python3-rfc3987, if installed
    except ImportError:
        rfc3987 = None
    if rfc3987 is not None:
        if rfc3987.match(uri, rule="URI_reference") is None:
            return [f"{where}: {uri!r} is not a URI reference"]
        return []
    if not re.fullmatch(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*", uri):
        return [f"{where}: {uri!r} has characters a URI cannot hold"]
    return []


def twice_errors(log):
    """What the schema does not check: references inside the log."""
    errors = []
    for r, run in enumerate(log.get("runs", [])):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        if run.get("columnKind") != "unicodeCodePoints":
            errors.append(f"$.runs[{r}].columnKind is {run.get('columnKind')!r}")
        for i, result in enumerate(run.get("results", [])):
            where = f"$.runs[{r}].results[{i}]"
            index = result.get("ruleIndex")
            if not isinstance(index, int) or not 0 <= index < len(rules):
                errors.append(f"{where}.ruleIndex {index!r} names no rule")
            elif rules[index].get("id") != result.get("ruleId"):
                errors.append(f"{where}: ruleId {result.get('ruleId')!r} but rule {index} "
                              f"is {rules[index].get('id')!r}")
            related = result.get("relatedLocations", [])
            ids = [location.get("id") for location in related]
            if result.get("ruleId") in ("restated-paragraph", "restated-sentence"):
                if ids != [1]:
                    errors.append(f"{where}.relatedLocations: expected one location with id 1")
            elif ids != list(range(1, result["properties"]["count"])):
                # phrases, echoes, overused words: every other occurrence, ids 1..n-1
                errors.append(f"{where}.relatedLocations: expected ids 1..count-1, got {ids}")
            if "](1)" not in result.get("message", {}).get("text", ""):
                errors.append(f"{where}.message does not link to relatedLocations id 1")
            fingerprint = result.get("partialFingerprints", {}).get(FINGERPRINT_KEY)
            if not isinstance(fingerprint, str) or not re.fullmatch(r"[0-9a-f]{16}", fingerprint):
                errors.append(f"{where}.partialFingerprints[{FINGERPRINT_KEY!r}] is "
                              f"{fingerprint!r}, expected 16 hex digits")
            locations = result.get("locations", []) + related
            for j, location in enumerate(locations):
                uri = location.get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "")
                errors += uri_errors(uri, f"{where} location {j}")
    return errors


def fingerprints(log):
    """(ruleId, fingerprint) -> (start line, start column) of each result."""
    out = {}
    for result in log["runs"][0]["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        key = (result["ruleId"], result.get("partialFingerprints", {}).get(FINGERPRINT_KEY))
        out[key] = (region["startLine"], region["startColumn"])
    return out


def check_edit_keeps_fingerprints(twice, root, edit, line_shift):
    """Findings of the news sample keep their fingerprints after `edit`."""
    with open(os.path.join(root, NEWS), "rb") as f:
        original = f.read()
    scratch = tempfile.mkdtemp(prefix="twice-sarif-")
    try:
        before_dir = os.path.join(scratch, "before")
        after_dir = os.path.join(scratch, "after")
        os.makedirs(before_dir)
        os.makedirs(after_dir)
        with open(os.path.join(before_dir, "news.txt"), "wb") as f:
            f.write(original)
        with open(os.path.join(after_dir, "news.txt"), "wb") as f:
            f.write(edit(original))
        before, errors = run_sarif(twice, ["news.txt"], before_dir)
        after, more = run_sarif(twice, ["news.txt"], after_dir)
        errors += more
        if errors:
            return errors
        old = fingerprints(before)
        new = fingerprints(after)
        if not old:
            return ["the news sample has no findings: nothing to compare"]
        for (rule, fingerprint), (line, column) in sorted(old.items()):
            if (rule, fingerprint) not in new:
                errors.append(f"{rule} at {line}:{column} (fingerprint {fingerprint}) "
                              f"is gone or has another fingerprint")
            elif new[(rule, fingerprint)] != (line + line_shift, column):
                errors.append(f"{rule} {fingerprint} moved from {line}:{column} to "
                              f"{new[(rule, fingerprint)]}, expected line {line + line_shift}")
        return errors
    finally:
        shutil.rmtree(scratch)


def check_bad_input_log(twice, root, validator):
    """A run with a Latin-1 file beside a good one: exit 2, and a valid log
    whose invocation names the file and says the run did not succeed."""
    scratch = tempfile.mkdtemp(prefix="twice-sarif-")
    try:
        shutil.copy(os.path.join(root, NEWS), os.path.join(scratch, "news.txt"))
        with open(os.path.join(scratch, "latin1.txt"), "wb") as f:
            f.write(b"Caf\xe9 au lait, the menu said.\n")
        log, errors = run_sarif(twice, ["."], scratch, codes=(2,))
        if log is None:
            return errors
        for error in sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path)):
            errors.append(f"{json_path(error.absolute_path)}: {error.message}")
        errors += twice_errors(log)
        invocations = log["runs"][0].get("invocations", [])
        if len(invocations) != 1 or invocations[0].get("executionSuccessful") is not False:
            errors.append(f"expected one unsuccessful invocation, got {invocations}")
        else:
            notes = invocations[0].get("toolExecutionNotifications", [])
            uris = [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    for n in notes]
            if uris != ["./latin1.txt"]:
                errors.append(f"notifications name {uris}, expected ['./latin1.txt']")
        if not log["runs"][0].get("results"):
            errors.append("the good file's findings are missing")
        return errors
    finally:
        shutil.rmtree(scratch)


def main():
    if len(sys.argv) != 3:
        print(f"usage: {sys.argv[0]} TWICE_BINARY REPO_ROOT", file=sys.stderr)
        return 2
    twice = os.path.abspath(sys.argv[1])
    root = os.path.abspath(sys.argv[2])

    found, candidates = find_schema(root)
    if found is None:
        print("SKIP: SARIF schema not found; looked for " + ", ".join(candidates) +
              " (set TWICE_SHARED to the directory that holds schemas/)")
        return 0
    with open(found, encoding="utf-8") as f:
        schema = json.load(f)
    # The schema names its draft ($schema: draft-04); validate with that one,
    # and check every format the installed jsonschema knows (uri, date-time ...).
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    print(f"schema: {found} ({validator_class.__name__})")

    runs = []
    samples = sorted(name for name in os.listdir(os.path.join(root, "samples"))
                     if os.path.isfile(os.path.join(root, "samples", name)))
    for name in samples:
        runs.append(["samples/" + name])
    runs.append(["samples"])
    runs.append(["--all-pairs", NEWS])

    checks = Checks()
    logs = {}
    for args in runs:
        name = "sarif " + " ".join(args)
        log, errors = run_sarif(twice, args, root)
        if log is not None:
            logs[" ".join(args)] = log
            for error in sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path)):
                errors.append(f"{json_path(error.absolute_path)}: {error.message}")
            errors += twice_errors(log)
        checks.report(name, errors)

    # Same input, same fingerprints.
    again, errors = run_sarif(twice, [NEWS], root)
    if again is not None and NEWS in logs:
        first = [r.get("partialFingerprints") for r in logs[NEWS]["runs"][0]["results"]]
        second = [r.get("partialFingerprints") for r in again["runs"][0]["results"]]
        if first != second:
            errors.append(f"partialFingerprints differ between two runs: {first} != {second}")
    checks.report("fingerprints are identical across two runs", errors)

    def append(text):
        return text + (b"" if text.endswith(b"\n") else b"\n") + UNRELATED.encode() + b"\n"

    def prepend(text):
        return UNRELATED.encode() + b"\n" + text

    checks.report("fingerprints survive an unrelated paragraph appended",
                  check_edit_keeps_fingerprints(twice, root, append, 0))
    checks.report("fingerprints survive an unrelated paragraph prepended",
                  check_edit_keeps_fingerprints(twice, root, prepend, 1))

    checks.report("a run with an unreadable file writes a valid log naming it",
                  check_bad_input_log(twice, root, validator))

    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
