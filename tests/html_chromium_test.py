#!/usr/bin/env python3
"""The HTML report as a reader's browser shows it: headless Chromium.

  html_chromium_test.py TWICE_BINARY REPO_ROOT

1. Writes the report of the news sample plus tests/html/planted-script.txt
   (a draft holding <script> and <img onerror> markup), opens it in Debian's
   chromium, takes a screenshot and reads the DOM after the page's scripts
   ran. Checks that the two expected paragraph findings (line 5 restates 3,
   line 4 restates 2) are there, linked to both passages, marked in the
   document view and on the heat map; that the report's own script ran; and
   that the planted markup stayed text and ran nothing.
2. Writes the report of a generated 300-page document and checks that
   Chromium loads it in reasonable time, with the side-by-side cap noted.

Chromium is a test dependency (scripts/install-deps.sh installs it): when it
is missing the test fails and says so.
"""
import html.parser
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SAMPLE = "samples/news-ukraine-talks.txt"
PLANTED = "tests/html/planted-script.txt"

failures = []


def check(condition, message):
    if condition:
        print("ok  ", message)
    else:
        print("FAIL", message)
        failures.append(message)


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []
        self.text = []

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def all_text(self):
        parts = list(self.text)
        for child in self.children:
            parts.append(child.all_text())
        return "".join(parts)


class Dom(html.parser.HTMLParser):
    """A small tree of the dumped DOM: enough to follow ids and links."""
    VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "source", "col", "area",
            "base", "embed", "param", "track", "path", "rect"}

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", [], None)
        self.current = self.root
        self.elements = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        self.elements.append(element)
        if tag not in self.VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        self.elements.append(element)

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.text.append(data)

    def by_id(self):
        return {e.attrs["id"]: e for e in self.elements if "id" in e.attrs}

    def find(self, tag=None, cls=None, **attrs):
        found = []
        for e in self.elements:
            if tag is not None and e.tag != tag:
                continue
            if cls is not None and cls not in e.attrs.get("class", "").split():
                continue
            if any(e.attrs.get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            found.append(e)
        return found


def run_chromium(chromium, url, profile, extra, timeout):
    command = [chromium] + CHROMIUM_FLAGS + ["--user-data-dir=" + profile] + extra + [url]
    started = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            timeout=timeout)
    return result, time.monotonic() - started


def paragraph_line(by_id, href):
    """data-line of the paragraph that an "#id" link reaches (sentences: theirs)."""
    target = by_id.get(href[1:]) if href.startswith("#") else None
    if target is None:
        return None
    for node in [target] + list(target.ancestors()):
        if "data-line" in node.attrs:
            return int(node.attrs["data-line"])
    return None


def check_sample_report(twice, chromium, scratch):
    report = os.path.join(scratch, "report.html")
    status = subprocess.run([twice, "--format", "html", "-o", report, SAMPLE, PLANTED]).returncode
    check(status == 1, "twice --format html exits 1 on the sample (findings), got %d" % status)
    with open(report, encoding="utf-8") as f:
        source = f.read()
    check("http://" not in source and "https://" not in source, "the report names no URL")
    check(source.count("<script>") == 1, "the report holds exactly one script element of its own")

    profile = tempfile.mkdtemp(prefix="profile-", dir=scratch)
    screenshot = os.path.join(scratch, "report.png")
    result, _ = run_chromium(chromium, "file://" + report, profile,
                             ["--screenshot=" + screenshot, "--window-size=1280,2000"], 120)
    check(result.returncode == 0, "chromium takes a screenshot (exit %d)" % result.returncode)
    with open(screenshot, "rb") as f:
        png = f.read()
    check(png.startswith(b"\x89PNG") and len(png) > 20000,
          "the screenshot is a PNG with content (%d bytes)" % len(png))

    profile = tempfile.mkdtemp(prefix="profile-", dir=scratch)
    result, _ = run_chromium(chromium, "file://" + report, profile, ["--dump-dom"], 120)
    check(result.returncode == 0, "chromium dumps the DOM (exit %d)" % result.returncode)
    dom_text = result.stdout.decode("utf-8", "replace")
    dom = Dom(dom_text)
    by_id = dom.by_id()
    html_element = dom.find("html")[0]

    check(html_element.attrs.get("data-twice-script") == "ran",
          "the report's own script ran (scripts are enabled)")
    check("data-planted" not in html_element.attrs,
          "the planted <script> and <img onerror> did not run")
    check(len(dom.find("script")) == 1, "the DOM has one script element, the report's own")
    check(len(dom.find("img")) == 0, "the planted <img> is not an element")
    check('<script>document.documentElement.setAttribute("data-planted"' in html_element.all_text(),
          "the planted markup reads as text")

    for later, earlier in ((5, 3), (4, 2)):
        name = "paragraph on line %d restates line %d" % (later, earlier)
        articles = dom.find("article", data_kind="restated-paragraph",
                            data_location="%s:%d:1" % (SAMPLE, later),
                            data_restates="%s:%d:1" % (SAMPLE, earlier))
        check(len(articles) == 1, name + ": one finding")
        if not articles:
            continue
        article = articles[0]
        finding = "#" + article.attrs["id"]
        to_later = [a for a in dom.elements if a.tag == "a" and article in a.ancestors()
                    and "to-later" in a.attrs.get("class", "")]
        to_earlier = [a for a in dom.elements if a.tag == "a" and article in a.ancestors()
                      and "to-earlier" in a.attrs.get("class", "")]
        check(len(to_later) == 1 and paragraph_line(by_id, to_later[0].attrs["href"]) == later,
              name + ": the finding links to the later paragraph")
        check(len(to_earlier) == 1 and paragraph_line(by_id, to_earlier[0].attrs["href"]) == earlier,
              name + ": the finding links to the earlier paragraph")
        marks = [m for m in dom.elements if m.tag == "mark" and article in m.ancestors()]
        check(len(marks) >= 10, name + ": shared words are highlighted (%d)" % len(marks))

        # The sample is the run's first document: its section is "d0".
        paragraph = [p for p in dom.find("p", cls="para", data_line=str(later))
                     if any(a.attrs.get("id") == "d0" for a in p.ancestors())]
        check(len(paragraph) == 1 and "restating" in paragraph[0].attrs.get("class", ""),
              name + ": the document view marks the later paragraph")
        if paragraph:
            links = [a for a in dom.elements if a.tag == "a" and paragraph[0] in a.ancestors()]
            check(any("restates" in a.attrs.get("class", "") and
                      paragraph_line(by_id, a.attrs.get("href", "")) == earlier for a in links),
                  name + ": the marked paragraph links to what it restates")
            check(any(a.attrs.get("href") == finding for a in links),
                  name + ": the marked paragraph links to its finding")
        cells = [a for a in dom.find("a", cls="cell") if a.attrs.get("href") == finding]
        check(len(cells) == 1, name + ": a heat-map square opens the finding")
    for element in dom.elements:
        href = element.attrs.get("href", "")
        if element.tag == "a" and href.startswith("#") and href[1:] not in by_id:
            check(False, "link %s has a target" % href)
            break
    else:
        check(True, "every in-page link has a target")


def write_long_document(path, paragraphs):
    """About 300 pages of generated prose; every 5th paragraph restates one
    (each at most once: three copies would be boilerplate, not restatements)."""
    rng = random.Random(20240611)
    syllables = ["ka", "lo", "mi", "ren", "tor", "va", "sel", "un", "dra", "pe", "qui", "zo"]
    words = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
                    for _ in range(6000)})
    written = []
    with open(path, "w", encoding="utf-8") as out:
        for number in range(paragraphs):
            if number % 5 == 4 and written:
                text = written.pop(rng.randrange(max(0, len(written) - 200), len(written)))
                text = text.replace(" ", "  ", 1)
            else:
                text = " ".join(
                    " ".join(rng.choice(words) for _ in range(rng.randint(10, 16))).capitalize() + "."
                    for _ in range(3))
                written.append(text)
            out.write(text + "\n\n")


def check_long_report(twice, chromium, scratch):
    document = os.path.join(scratch, "long.txt")
    write_long_document(document, 3000)
    report = os.path.join(scratch, "long.html")
    started = time.monotonic()
    status = subprocess.run([twice, "--format", "html", "-o", report, document]).returncode
    check(status == 1, "twice writes the long report (exit %d) in %.1f s"
          % (status, time.monotonic() - started))
    size = os.path.getsize(report)
    with open(report, encoding="utf-8") as f:
        source = f.read()
    check("findings are shown side by side" in source, "the side-by-side cap is noted")
    check("grouped into 120 runs" in source, "the heat map groups paragraphs")
    profile = tempfile.mkdtemp(prefix="profile-", dir=scratch)
    result, seconds = run_chromium(chromium, "file://" + report, profile, ["--dump-dom"], 180)
    ready = b'data-twice-script="ran"' in result.stdout
    check(result.returncode == 0 and ready and seconds < 60,
          "chromium opens the %.1f MB report of 3000 paragraphs in %.1f s"
          % (size / 1e6, seconds))


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    twice = os.path.abspath(sys.argv[1])
    os.chdir(sys.argv[2])
    chromium = find_chromium()
    if chromium is None:
        print("FAIL chromium is not installed: this test opens the HTML report in headless "
              "Chromium (Debian package 'chromium'; scripts/install-deps.sh installs it)")
        return 1
    scratch = tempfile.mkdtemp(prefix="twice-html-")
    try:
        check_sample_report(twice, chromium, scratch)
        check_long_report(twice, chromium, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("%d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
