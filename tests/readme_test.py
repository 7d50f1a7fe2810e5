#!/usr/bin/env python3
"""The README's examples are tests: every `$ twice ...` line is run and its
output compared with the lines that follow it in the README.

    readme_test.py TWICE_BINARY REPO_ROOT            check (exit 1 on a difference)
    readme_test.py --update TWICE_BINARY REPO_ROOT   rewrite the outputs in README.md

An example is a fenced block (```) holding at least one line that starts
with "$ twice". In it, each line starting with "$ " is a command, run with
/bin/sh from the repository root with `twice` meaning TWICE_BINARY; the lines
after it, up to the next command or the end of the block, are its standard
output and standard error, exactly. `$ echo $?` prints the exit code of the
command before it. A long output is cut in the command itself (`| head -n
12`), so that what the README shows is always exact.
"""
import os
import re
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```")


def examples(lines):
    """(first line, end line) of each fenced block that runs twice."""
    blocks = []
    start = None
    for number, line in enumerate(lines):
        if FENCE.match(line):
            if start is None:
                start = number + 1
            else:
                if any(l.startswith("$ twice") for l in lines[start:number]):
                    blocks.append((start, number))
                start = None
    return blocks


def run_block(block, twice, root):
    """The block's lines as the binary makes them: commands kept, outputs new."""
    out = []
    status = 0
    with tempfile.TemporaryDirectory() as bin_dir:
        os.symlink(os.path.abspath(twice), os.path.join(bin_dir, "twice"))
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""),
                   LC_ALL="C.UTF-8")
        env.pop("NO_COLOR", None)
        for line in block:
            if not line.startswith("$ "):
                continue
            out.append(line)
            command = line[2:]
            if command.strip() == "echo $?":
                out.append(str(status))
                continue
            done = subprocess.run(["/bin/sh", "-c", command], cwd=root, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL, timeout=120)
            status = done.returncode
            text = done.stdout.decode("utf-8")
            out.extend(text.splitlines())
    return out


def main(argv):
    update = "--update" in argv
    args = [a for a in argv if a != "--update"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    twice, root = args
    path = os.path.join(root, "README.md")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    blocks = examples(lines)
    if not blocks:
        print("readme_test: no `$ twice` examples in README.md", file=sys.stderr)
        return 1
    failed = 0
    rewritten = []
    at = 0
    for start, end in blocks:
        expected = lines[start:end]
        actual = run_block(expected, twice, root)
        rewritten.extend(lines[at:start])
        rewritten.extend(actual)
        at = end
        commands = [l for l in expected if l.startswith("$ ")]
        if actual == expected:
            print("ok   README.md:%d: %s" % (start + 1, commands[0]))
            continue
        failed += 1
        print("FAIL README.md:%d: %s" % (start + 1, commands[0]))
        import difflib
        for diff in difflib.unified_diff(expected, actual, "README.md", "twice", lineterm=""):
            print(diff)
    rewritten.extend(lines[at:])
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(rewritten))
        print("readme_test: rewrote %d of %d examples in README.md; review the diff"
              % (failed, len(blocks)))
        return 0
    print("%d examples, %d failed%s" % (len(blocks), failed,
          "; rewrite them with tests/readme_test.py --update BINARY ROOT" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
