#!/usr/bin/python3
"""What the build compiles in that others wrote is named with its licence.

    licensing_test.py REPO_ROOT COPYRIGHT_FILE

LICENSE is the Apache License 2.0; every file under data/ (compiled into the
library) is covered by a Files: stanza of THIRD-PARTY and carries its source
and licence in its own header; every licence a stanza names has its text; and
the generated Debian copyright file (packaging/copyright.in + THIRD-PARTY) is
in Debian's machine-readable format with all of them.
"""
import fnmatch
import os
import re
import sys
import unittest

ROOT, COPYRIGHT = sys.argv[1:3]
del sys.argv[1:3]


def read(*parts):
    with open(os.path.join(*parts), encoding="utf-8") as stream:
        return stream.read()


def stanzas(text):
    return [block for block in re.split(r"\n\s*\n", text) if block.strip()]


def field(block, name):
    match = re.search(r"^" + name + r":[ \t]*(.*(?:\n .*)*)", block, re.M)
    return match.group(1) if match else None


class Licensing(unittest.TestCase):
    third_party = read(ROOT, "THIRD-PARTY")

    def test_licence_is_apache_2(self):
        text = read(ROOT, "LICENSE")
        self.assertIn("Apache License", text)
        self.assertIn("Version 2.0, January 2004", text)
        self.assertIn("END OF TERMS AND CONDITIONS", text)  # the full text, not a pointer

    def test_every_data_file_is_covered(self):
        patterns = [pattern for block in stanzas(self.third_party)
                    if (files := field(block, "Files")) for pattern in files.split()]
        data = [os.path.relpath(os.path.join(top, name), ROOT)
                for top, _, names in os.walk(os.path.join(ROOT, "data")) for name in names]
        self.assertGreater(len(data), 10)
        uncovered = [path for path in data
                     if not any(fnmatch.fnmatchcase(path, pattern) for pattern in patterns)]
        self.assertEqual(uncovered, [], "data files without a THIRD-PARTY stanza")

    def test_every_data_file_says_its_source_and_licence(self):
        for top, _, names in os.walk(os.path.join(ROOT, "data")):
            for name in names:
                head = read(top, name)[:4000].lower()
                self.assertIn("licence", head, name)
                self.assertRegex(head, r"source", name)

    def test_every_named_licence_has_its_text(self):
        blocks = stanzas(self.third_party)
        named = {field(b, "License").split("\n")[0].strip() for b in blocks if field(b, "Files")}
        texts = {field(b, "License").split("\n")[0].strip() for b in blocks
                 if not field(b, "Files") and field(b, "License")}
        self.assertEqual(named - texts, set())

    def test_the_debian_copyright_file_has_all_stanzas(self):
        text = read(COPYRIGHT)
        first = stanzas(text)[0]
        self.assertTrue(first.startswith(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"))
        self.assertEqual(field(stanzas(text)[1], "Files"), "*")
        self.assertEqual(field(stanzas(text)[1], "License"), "Apache-2.0")
        for licence in ("Apache-2.0", "BSD-3-clause-snowball", "WordNet-3.0", "MPL-2.0", "Expat"):
            self.assertRegex(text, r"(?m)^License: " + re.escape(licence) + r"\n ", licence)
        self.assertIn("WordNet 3.0 Copyright 2006 by Princeton University", text)
        self.assertNotIn("@", re.sub(r"\S+@\S+\.\w+", "", text).replace("@TWICE", "@"),
                         "an unreplaced @VARIABLE@")


if __name__ == "__main__":
    unittest.main(verbosity=2)
