#!/usr/bin/python3
"""The man page and the shell completions follow the command line.

    cli_docs_test.py TWICE REPO_ROOT COMPLETIONS_DIR

Reads `twice --help` for the subcommands and `twice SUB --help` for each
one's options (whatever they are today: nothing here lists them), then checks
that docs/twice.1 names every subcommand, every option, the exit codes and
every configuration key of the README's table, and that the generated bash,
zsh and fish completions (COMPLETIONS_DIR, packaging/completions.cmake) offer
every option in the right subcommand. It then drives the bash and fish
completions as a shell would, and has zsh parse its file.

The option parser here is separate from the CMake one on purpose: a help
layout that one of them misreads makes the two disagree.
"""
import os
import re
import shutil
import subprocess
import sys
import unittest

TWICE, ROOT, COMPLETIONS = sys.argv[1:4]
del sys.argv[1:4]


def help_text(*args):
    done = subprocess.run([TWICE, *args, "--help"], capture_output=True, text=True, check=True)
    return done.stdout


def section(text, name):
    """The lines of one 'Name:' section of a CLI11 help text."""
    lines, inside = [], False
    for line in text.splitlines():
        if re.fullmatch(r"[A-Za-z]+:", line):
            inside = line == name + ":"
        elif inside:
            lines.append(line)
    return lines


def options(text):
    """Option names ('--format', '-o') of a help text's Options: section."""
    names = []
    name = r"-[\w-]+(?:\{[^}]*\})?"
    for line in section(text, "Options"):
        match = re.match(r"  (" + name + r"(?:, ?" + name + r")*)", line)
        if match:
            spec = re.sub(r"\{[^}]*\}", "", match.group(1))
            names.extend(part.strip() for part in spec.split(",") if part.strip())
    return names


def subcommands():
    return [m.group(1) for line in section(help_text(), "Subcommands")
            if (m := re.match(r"  ([a-z][a-z0-9-]*)\s", line))]


def roff_plain(path):
    with open(path, encoding="utf-8") as page:
        text = page.read()
    # Drop comments, then the escapes an option name can carry.
    text = re.sub(r'^\.\\".*$', "", text, flags=re.M)
    return text.replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "")


def mentions(text, name):
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


class ManPage(unittest.TestCase):
    page = roff_plain(os.path.join(ROOT, "docs", "twice.1"))

    def test_names_every_subcommand(self):
        subs = subcommands()
        self.assertIn("segment", subs)
        for sub in subs:
            self.assertRegex(self.page, r"(?m)^\.B " + re.escape(sub) + "$", sub)

    def test_names_every_option_of_every_subcommand(self):
        missing = {}
        for args in [()] + [(sub,) for sub in subcommands()]:
            names = options(help_text(*args))
            self.assertIn("--help", names, args)
            lost = [name for name in names if not mentions(self.page, name)]
            if lost:
                missing[" ".join(("twice",) + args)] = lost
        self.assertEqual(missing, {}, "options --help lists that docs/twice.1 does not name")

    def test_has_exit_codes_examples_and_configuration(self):
        for heading in ("SYNOPSIS", "OPTIONS", "EXIT STATUS", "CONFIGURATION", "EXAMPLES"):
            self.assertRegex(self.page, r"(?m)^\.SH " + heading + "$")
        exit_status = self.page.split(".SH EXIT STATUS", 1)[1].split(".SH", 1)[0]
        for code in ("0", "1", "2"):
            self.assertRegex(exit_status, r"(?m)^\.B " + code + "$")

    def test_names_every_configuration_key_of_the_readme(self):
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as readme:
            text = readme.read()
        table = text.split("### Configuration", 1)[1].split("\n### ", 1)[0]
        keys = []
        for line in table.splitlines():
            match = re.match(r"\| (`[^|]*`) \|", line)
            if match and not match.group(1).startswith("`key"):
                keys += re.findall(r"`([^`]+)`", match.group(1))
        self.assertGreater(len(keys), 20)
        self.assertEqual([key for key in keys if key not in self.page], [])

    def test_renders_without_warnings(self):
        if not shutil.which("man"):
            self.skipTest("man is not installed")
        done = subprocess.run(["man", "-l", "-Tutf8", "--warnings", os.path.join(ROOT, "docs", "twice.1")],
                              capture_output=True, text=True, env={**os.environ, "MANWIDTH": "80"})
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stderr.strip(), "")
        self.assertIn("find prose that says the same thing twice", done.stdout)


def completion(name):
    with open(os.path.join(COMPLETIONS, name), encoding="utf-8") as script:
        return script.read()


class Completions(unittest.TestCase):
    def every_option(self):
        yield "", options(help_text())
        for sub in subcommands():
            yield sub, options(help_text(sub))

    def test_bash_lists_each_subcommands_options(self):
        script = completion("twice.bash")
        for sub, names in self.every_option():
            if not sub:
                continue
            match = re.search(r"^    " + re.escape(sub) + r"\) opts='([^']*)'", script, re.M)
            self.assertIsNotNone(match, sub)
            self.assertEqual(sorted(match.group(1).split()), sorted(names), sub)

    def test_zsh_and_fish_name_every_option(self):
        zsh, fish = completion("_twice"), completion("twice.fish")
        for sub, names in self.every_option():
            for name in names:
                self.assertIn("'" + name, zsh, (sub, name))
                if name.startswith("--"):
                    self.assertRegex(fish, r"-l " + re.escape(name[2:]) + r"(\s|$)", (sub, name))

    def bash_complete(self, *words):
        script = os.path.join(COMPLETIONS, "twice.bash")
        program = ('. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _twice; '
                   'printf "%s\\n" "${COMPREPLY[@]}"')
        done = subprocess.run(["bash", "-c", program, "bash", script, *words],
                              capture_output=True, text=True, check=True, cwd=ROOT)
        return done.stdout.split()

    def test_bash_completes_options_values_and_subcommands(self):
        self.assertEqual(self.bash_complete("twice", "--fail-o"), ["--fail-on"])
        self.assertEqual(sorted(self.bash_complete("twice", "--fail-on", "")),
                         ["error", "info", "never", "warning"])
        self.assertEqual(self.bash_complete("twice", "check", "--format", "sa"), ["sarif"])
        self.assertIn("segment", self.bash_complete("twice", "seg"))
        # segment has no --threshold; check (the default) has.
        self.assertEqual(self.bash_complete("twice", "segment", "--thr"), [])
        self.assertEqual(self.bash_complete("twice", "--thr"), ["--threshold"])
        self.assertIn("--version", self.bash_complete("twice", "--vers"))
        # Values that are files complete file names.
        self.assertIn("README.md", self.bash_complete("twice", "--config", "READ"))

    def fish_complete(self, line):
        done = subprocess.run(["fish", "--no-config", "-c",
                               'source $argv[1]; complete -C "$argv[2]"',
                               os.path.join(COMPLETIONS, "twice.fish"), line],
                              capture_output=True, text=True, check=True, cwd=ROOT)
        return [row.split("\t")[0] for row in done.stdout.splitlines()]

    def test_fish_completes_options_values_and_subcommands(self):
        if not shutil.which("fish"):
            self.skipTest("fish is not installed (scripts/install-deps.sh test installs it)")
        self.assertEqual(sorted(self.fish_complete("twice --fail-on ")),
                         ["error", "info", "never", "warning"])
        self.assertIn("--threshold", self.fish_complete("twice --thr"))
        self.assertEqual(self.fish_complete("twice segment --thr"), [])
        self.assertIn("segment", self.fish_complete("twice seg"))

    def test_zsh_parses_its_file(self):
        if not shutil.which("zsh"):
            self.skipTest("zsh is not installed (scripts/install-deps.sh test installs it)")
        done = subprocess.run(["zsh", "-n", os.path.join(COMPLETIONS, "_twice")],
                              capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertTrue(completion("_twice").startswith("#compdef twice\n"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
