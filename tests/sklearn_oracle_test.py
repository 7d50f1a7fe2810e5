#!/usr/bin/python3
"""scikit-learn as the oracle for twice's TF-IDF and cosine numbers.

    sklearn_oracle_test.py TWICE_BINARY REPO_ROOT

`twice --preset sklearn` promises TfidfVectorizer()'s defaults exactly
(DESIGN.md), so on the same sentences its restated-sentence scores must equal
sklearn's cosine_similarity to 1e-9. For each input this test

  1. runs `twice segment --preset sklearn --format json` and takes every
     sentence's text, in order;
  2. checks each sentence's tokens against TfidfVectorizer's analyzer;
  3. fits TfidfVectorizer on those texts and computes cosine_similarity;
  4. runs `twice check --preset sklearn --all-pairs --threshold 1e-9
     --min-words 0` and checks every reported pair's score, direction, and
     that no pair sklearn scores above 1e-9 is missing;
  5. checks the pairs at or above 0.3 from `--threshold 0.3` equal sklearn's.

Each input runs twice: with no stop words (the preset) and with
`--stopwords FILE`, FILE holding sklearn's ENGLISH_STOP_WORDS, against
TfidfVectorizer(stop_words='english').

FeatureOracle checks the feature options through `twice similarity`
(pairs of consecutive sentences of the required samples, idf over all of
them): --word-bigrams against ngram_range=(1, 2), --char-ngrams against
scikit-learn's char_wb analyzer run over the word tokens, and both together.

Needs Debian's python3-sklearn (1.2); run with /usr/bin/python3.
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity, paired_cosine_distances

TOLERANCE = 1e-9
TWICE = None  # set from argv in main()
ROOT = None
SCRATCH = None  # temporary directory for stop-word and synthetic input files

# Inputs named in the brief come first; every other sample is checked too.
REQUIRED_SAMPLES = ["samples/news-ukraine-talks.txt", "samples/release-notes-draft.md"]

# Hand-written text that exercises the token pattern and lowercasing:
# accents, apostrophes, underscores, digits, hyphens, several scripts.
# Every line is a paragraph; lines 5 and 6 restate lines 1 and 2.
TOKENS_TEXT = """\
The naïve café's crème brûlée costs 3.50 euros — or €4, said O'Neil on Monday.
Snake_case names like max_len and __init__ count as single words for scikit-learn.
Der Bürgermeister von Köln eröffnete die Straße am Dienstag; ÜBER 200 Gäste kamen.
Москва и Санкт-Петербург: 12-летний ученик выиграл олимпиаду по математике.
O'Neil said on Monday that the naïve café's crème brûlée costs 3.50 euros.
For scikit-learn, snake_case names such as max_len or __init__ are single words.
東京は大きい都市です。 Well-known, long-term, state-of-the-art ideas — x2, v1.2.3.
"""

# Upper-case Greek ends words in a final sigma (Python's str.lower() turns it
# into "ς"), and Turkish dotted capital I lowercases to "i" + U+0307, which
# \\w does not match. scikit-learn is the reference even here.
UNICODE_CASE_TEXT = """\
Ο ΔΡΟΜΟΣ ΠΡΟΣ ΤΗΝ ΑΘΗΝΑ ΗΤΑΝ ΚΛΕΙΣΤΟΣ ΓΙΑ ΔΥΟ ΩΡΕΣ ΤΟ ΠΡΩΙ.
Ο δρόμος προς την Αθήνα ήταν κλειστός για δύο ώρες το πρωί.
İstanbul ve İzmir arasındaki feribot seferleri İptal edildi.
Istanbul ve Izmir arasindaki feribot seferleri iptal edildi.
"""


def run_twice(*args):
    """Runs twice from the repository root; returns its JSON on exit 0 or 1."""
    command = [TWICE, *args]
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise AssertionError(
            "%s exited %d\nstderr:\n%s" % (" ".join(command), proc.returncode, proc.stderr))
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError as error:
        raise AssertionError("%s wrote invalid JSON: %s\n%s"
                             % (" ".join(command), error, proc.stdout[:2000]))


def span_key(path, location):
    return (path, location["start"]["offset"], location["end"]["offset"])


def describe(sentences, i):
    s = sentences[i]
    return "#%d %s:%d:%d %r" % (i, s["path"], s["location"]["start"]["line"],
                               s["location"]["start"]["column"], s["text"])


class Run:
    """twice and sklearn on one input (one or more paths, one stop-word mode)."""

    def __init__(self, paths, stopwords):
        self.paths = list(paths)
        extra = ["--stopwords", stopwords] if stopwords else []
        self.extra = extra
        segments = run_twice("segment", "--preset", "sklearn", "--format", "json",
                             *extra, *self.paths)
        assert segments.get("schema") == "twice-segments/1", segments.get("schema")
        self.sentences = []
        for f in segments["files"]:
            for paragraph in f["paragraphs"]:
                for sentence in paragraph["sentences"]:
                    self.sentences.append(dict(sentence, path=f["path"]))
        self.index = {}
        for i, s in enumerate(self.sentences):
            key = span_key(s["path"], s["location"])
            assert key not in self.index, "two sentences share the span %r" % (key,)
            self.index[key] = i
        self.texts = [s["text"] for s in self.sentences]
        self.vectorizer_args = {"stop_words": "english"} if stopwords else {}
        vectorizer = TfidfVectorizer(**self.vectorizer_args)
        matrix = vectorizer.fit_transform(self.texts)
        self.cosine = cosine_similarity(matrix)
        self.analyzer = TfidfVectorizer(**self.vectorizer_args).build_analyzer()

    def check(self, *options):
        """Runs twice check; returns (report, {(i, j): score}) for sentence findings."""
        report = run_twice("check", "--preset", "sklearn", "--format", "json",
                           *self.extra, *options, *self.paths)
        assert report.get("schema") == "twice/1", report.get("schema")
        pairs = {}
        problems = []
        for finding in report["findings"]:
            if finding["kind"] != "restated-sentence":
                continue
            later = span_key(finding["location"]["path"], finding["location"])
            earlier = span_key(finding["restates"]["path"], finding["restates"])
            if later not in self.index or earlier not in self.index:
                problems.append("finding spans match no segmented sentence: %r -> %r"
                                % (later, earlier))
                continue
            i, j = self.index[earlier], self.index[later]
            if (i, j) in pairs:
                problems.append("pair reported twice: %s -> %s"
                                % (describe(self.sentences, j), describe(self.sentences, i)))
            pairs[(i, j)] = finding["score"]
        if problems:
            raise AssertionError("\n".join(problems))
        return report, pairs


class OracleCase(unittest.TestCase):
    paths = None       # set by make_case()
    stopwords = False  # True: sklearn's English list through --stopwords FILE
    _runs = {}

    def run_for_case(self):
        key = (tuple(self.paths), self.stopwords)
        if key not in OracleCase._runs:
            OracleCase._runs[key] = Run(self.paths, SCRATCH.stopwords if self.stopwords else None)
        return OracleCase._runs[key]

    def fail_with(self, title, problems, limit=20):
        if problems:
            shown = problems[:limit]
            more = "" if len(problems) <= limit else "\n... and %d more" % (len(problems) - limit)
            self.fail("%s (%d):\n%s%s" % (title, len(problems), "\n".join(shown), more))

    def test_tokens_match_sklearn_analyzer(self):
        run = self.run_for_case()
        self.assertGreater(len(run.sentences), 1, "twice found fewer than two sentences")
        problems = []
        for i, s in enumerate(run.sentences):
            expected = run.analyzer(s["text"])
            if s["tokens"] != expected:
                problems.append("%s\n    twice:   %r\n    sklearn: %r"
                                % (describe(run.sentences, i), s["tokens"], expected))
        self.fail_with("sentences whose tokens differ from sklearn's analyzer", problems)

    def test_all_pairs_scores_match_sklearn(self):
        run = self.run_for_case()
        report, pairs = run.check("--all-pairs", "--threshold", "1e-9", "--min-words", "0")
        counted = sum(f["sentences"] for f in report["files"])
        self.assertEqual(counted, len(run.sentences),
                         "check counts a different number of sentences than segment lists")
        problems = []
        for (i, j), score in sorted(pairs.items()):
            if not i < j:
                problems.append("later sentence restates a later one: %s -> %s"
                                % (describe(run.sentences, j), describe(run.sentences, i)))
            expected = run.cosine[i, j]
            if abs(score - expected) > TOLERANCE:
                problems.append("score %.12f, sklearn %.12f (diff %.3g):\n    later   %s\n"
                                "    earlier %s" % (score, expected, score - expected,
                                                    describe(run.sentences, j),
                                                    describe(run.sentences, i)))
        self.fail_with("pairs whose score differs from sklearn", problems)

        missing = []
        n = len(run.sentences)
        for i in range(n):
            for j in range(i + 1, n):
                if run.cosine[i, j] > TOLERANCE and (i, j) not in pairs:
                    missing.append("sklearn %.12f:\n    later   %s\n    earlier %s"
                                   % (run.cosine[i, j], describe(run.sentences, j),
                                      describe(run.sentences, i)))
        self.fail_with("pairs sklearn scores above 1e-9 that twice did not report", missing)

    def test_pairs_at_threshold_0_3_match_sklearn(self):
        run = self.run_for_case()
        _, pairs = run.check("--all-pairs", "--threshold", "0.3")
        n = len(run.sentences)
        # Pairs within TOLERANCE of the threshold may fall either side.
        near = {(i, j) for i in range(n) for j in range(i + 1, n)
                if abs(run.cosine[i, j] - 0.3) <= TOLERANCE}
        expected = {(i, j) for i in range(n) for j in range(i + 1, n)
                    if run.cosine[i, j] >= 0.3} - near
        got = set(pairs) - near
        problems = []
        for i, j in sorted(expected - got):
            problems.append("missing (sklearn %.12f): %s -> %s"
                            % (run.cosine[i, j], describe(run.sentences, j),
                               describe(run.sentences, i)))
        for i, j in sorted(got - expected):
            problems.append("extra (twice %.12f, sklearn %.12f): %s -> %s"
                            % (pairs[(i, j)], run.cosine[i, j],
                               describe(run.sentences, j), describe(run.sentences, i)))
        self.fail_with("pairs >= 0.3 that differ from sklearn", problems)


class FeatureOracle(unittest.TestCase):
    """--word-bigrams and --char-ngrams against scikit-learn's own analyzers."""

    @classmethod
    def setUpClass(cls):
        texts = Run(REQUIRED_SAMPLES, None).texts
        cls.pairs = [(a.replace("\t", " "), b.replace("\t", " "))
                     for a, b in zip(texts, texts[1:])]
        cls.tsv = os.path.join(SCRATCH.directory, "pairs.tsv")
        with open(cls.tsv, "w", encoding="utf-8") as f:
            f.write("".join(a + "\t" + b + "\n" for a, b in cls.pairs))

    def compare(self, options, vectorizer):
        proc = subprocess.run([TWICE, "similarity", "--no-config", "--preset", "sklearn",
                               *options, self.tsv], capture_output=True, text=True)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        got = [float(line) for line in proc.stdout.split()]
        matrix = vectorizer.fit_transform([t for pair in self.pairs for t in pair])
        expected = 1.0 - paired_cosine_distances(matrix[0::2], matrix[1::2])
        self.assertEqual(len(got), len(expected))
        self.assertGreater(len(got), 50)
        problems = ["pair %d: twice %.12f, sklearn %.12f: %r / %r"
                    % (i, g, e, self.pairs[i][0][:60], self.pairs[i][1][:60])
                    for i, (g, e) in enumerate(zip(got, expected)) if abs(g - e) > TOLERANCE]
        self.assertEqual(problems, [], "\n".join(problems[:20]))
        # The option changed something: scores differ from words alone.
        plain = TfidfVectorizer().fit_transform([t for pair in self.pairs for t in pair])
        plain_scores = 1.0 - paired_cosine_distances(plain[0::2], plain[1::2])
        self.assertGreater(max(abs(g - p) for g, p in zip(got, plain_scores)), 1e-3)

    @staticmethod
    def words_and_char_wb(word_range, char_range):
        words = TfidfVectorizer().build_analyzer()
        with_bigrams = TfidfVectorizer(ngram_range=word_range).build_analyzer()
        char_wb = TfidfVectorizer(analyzer="char_wb", ngram_range=char_range).build_analyzer()
        # Marked, as twice marks them, so the n-gram "tea" of "team" is not the word "tea".
        return lambda text: with_bigrams(text) + ["#" + g for g in char_wb(" ".join(words(text)))]

    def test_word_bigrams_match_ngram_range_1_2(self):
        self.compare(["--word-bigrams"], TfidfVectorizer(ngram_range=(1, 2)))

    def test_char_ngrams_match_char_wb_over_the_words(self):
        self.compare(["--char-ngrams", "2-4"],
                     TfidfVectorizer(analyzer=self.words_and_char_wb((1, 1), (2, 4))))

    def test_single_length_char_ngrams_and_bigrams_together(self):
        self.compare(["--word-bigrams", "--char-ngrams", "3"],
                     TfidfVectorizer(analyzer=self.words_and_char_wb((1, 2), (3, 3))))


def make_case(name, paths, stopwords):
    return type(name, (OracleCase,), {"paths": paths, "stopwords": stopwords})


def case_name(label, stopwords):
    slug = "".join(c if c.isalnum() else "_" for c in label)
    return "%s__%s" % (slug, "english_stopwords" if stopwords else "no_stopwords")


def build_suite():
    samples = sorted(os.path.join("samples", name) for name in os.listdir(os.path.join(ROOT, "samples"))
                     if os.path.isfile(os.path.join(ROOT, "samples", name)))
    for required in REQUIRED_SAMPLES:
        if required not in samples:
            raise SystemExit("missing required sample %s" % required)
    inputs = [(path, [path]) for path in REQUIRED_SAMPLES]
    inputs += [(path, [path]) for path in samples if path not in REQUIRED_SAMPLES]
    # One run over two files: IDF over both, and findings across files.
    inputs.append(("news_and_release_notes", REQUIRED_SAMPLES))
    inputs.append(("synthetic_tokens", [SCRATCH.tokens]))
    inputs.append(("synthetic_unicode_case", [SCRATCH.unicode_case]))

    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for label, paths in inputs:
        for stopwords in (False, True):
            suite.addTests(loader.loadTestsFromTestCase(
                make_case(case_name(label, stopwords), paths, stopwords)))
    suite.addTests(loader.loadTestsFromTestCase(FeatureOracle))
    return suite


class Scratch:
    def __init__(self, directory):
        self.directory = directory
        self.stopwords = os.path.join(directory, "sklearn-english-stopwords.txt")
        with open(self.stopwords, "w", encoding="utf-8") as f:
            f.write("".join(word + "\n" for word in sorted(ENGLISH_STOP_WORDS)))
        self.tokens = os.path.join(directory, "tokens.txt")
        with open(self.tokens, "w", encoding="utf-8") as f:
            f.write(TOKENS_TEXT)
        self.unicode_case = os.path.join(directory, "unicode-case.txt")
        with open(self.unicode_case, "w", encoding="utf-8") as f:
            f.write(UNICODE_CASE_TEXT)


def main():
    global TWICE, ROOT, SCRATCH
    if len(sys.argv) != 3:
        print("usage: %s TWICE_BINARY REPO_ROOT" % sys.argv[0], file=sys.stderr)
        return 2
    TWICE = os.path.abspath(sys.argv[1])
    ROOT = os.path.abspath(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="twice-oracle-") as directory:
        SCRATCH = Scratch(directory)
        suite = build_suite()
        result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    failed = len(result.failures) + len(result.errors)
    print("\nsklearn oracle: %d checks, %d passed, %d failed"
          % (result.testsRun, result.testsRun - failed, failed))
    for test, _ in result.failures + result.errors:
        print("  FAILED: %s" % test.id())
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
