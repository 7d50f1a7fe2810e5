// The inline half of the dialect pass: constructs that may sit anywhere in
// a line of prose (and may run on over the next lines of its paragraph).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>

#include "twice/segment/dialect_scan.h"

namespace twice::segmenter::dialect {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_ascii_punct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
// ASCII letters and digits, "-_.:", and any byte of a non-ASCII character
// (heading ids are often made from non-ASCII titles).
bool is_name_char(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) != 0 || u >= 0x80 || c == '-' || c == '_' || c == '.' || c == ':';
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Shortcodes whose inner content is code, data or a diagram's source, not
// prose: those twice knows, and the site's own (`names`).
bool holds_code(std::string_view name, const std::vector<std::string>& names) {
  if (std::find(names.begin(), names.end(), name) != names.end()) return true;
  for (std::string_view code : {"hl", "qr", "datatable", "math", "katex", "chart"}) {
    if (name == code) return true;
  }
  for (std::string_view part :
       {"code", "highlight", "lexer", "output", "datatable", "mermaid", "plantuml", "graphviz",
        "diagram"}) {
    if (name.find(part) != npos) return true;
  }
  return false;
}

// A Hugo shortcode tag {{< ... >}} / {{% ... %}} at `at`.
struct Shortcode {
  std::size_t end = 0;  // 0: none
  std::string_view name;
  bool closing = false;       // {{< /name >}}
  bool self_closing = false;  // {{< name />}}
  bool escaped = false;       // {{</* name */>}}: shown literally, an example
};

Shortcode shortcode_at(Scan* scan, std::size_t at, std::size_t limit) {
  const std::string_view s = scan->source();
  Shortcode tag;
  if (s.compare(at, 2, "{{") != 0 || at + 2 >= s.size() || (s[at + 2] != '<' && s[at + 2] != '%'))
    return tag;
  const char* closer = s[at + 2] == '<' ? ">}}" : "%}}";
  const std::size_t close = scan->find(closer, at + 3, limit);
  if (close == npos) return tag;
  tag.end = close + 3;
  std::string_view inner = trim(s.substr(at + 3, close - at - 3));
  if (inner.size() >= 4 && inner.substr(0, 2) == "/*" && inner.substr(inner.size() - 2) == "*/") {
    tag.escaped = true;
    inner = trim(inner.substr(2, inner.size() - 4));
  }
  if (!inner.empty() && inner.back() == '/') tag.self_closing = true;
  if (!inner.empty() && inner.front() == '/') {
    tag.closing = true;
    inner = trim(inner.substr(1));
  }
  std::size_t n = 0;
  while (n < inner.size() && is_name_char(inner[n])) ++n;
  tag.name = inner.substr(0, n);
  return tag;
}

// The value of a text="..." (or '...') attribute of the tag [at, end): the
// words a shortcode such as Kubernetes's {{< glossary_tooltip text="Pods"
// term_id="pod" >}} displays. {0, 0}: none.
std::pair<std::size_t, std::size_t> displayed_text(std::string_view s, std::size_t at,
                                                   std::size_t end) {
  const std::string_view text = attribute_value(s.substr(at, end - at), "text");
  if (text.empty()) return {0, 0};
  const auto begin = static_cast<std::size_t>(text.data() - s.data());
  return {begin, begin + text.size()};
}

// {{< name >}}: masks the tag (but for the text it displays, which is read
// in its place), and for a shortcode holding code, its content and closing
// tag too.
std::size_t mask_shortcode(Scan* scan, std::size_t at, const Shortcode& tag) {
  const std::string_view s = scan->source();
  const auto [text_begin, text_end] =
      tag.escaped || holds_code(tag.name, scan->names().code_shortcodes)
          ? std::pair<std::size_t, std::size_t>{0, 0}
                                          : displayed_text(s, at, tag.end);
  if (text_end != 0) {
    scan->mask(at, text_begin, "Hugo shortcode");
    scan->mask(text_end, tag.end, "Hugo shortcode");
  } else {
    scan->mask(at, tag.end, "Hugo shortcode");
  }
  if (tag.closing || tag.self_closing || tag.escaped ||
      !holds_code(tag.name, scan->names().code_shortcodes)) {
    return tag.end;
  }
  // Memoised: many unclosed tags of one name stay linear.
  const auto closing_tag = [&](std::size_t from) {
    std::size_t at = s.find("{{", from);
    for (; at != npos; at = s.find("{{", at + 2)) {
      const Shortcode close = shortcode_at(scan, at, scan->paragraph_end(at));
      if (close.end != 0 && close.closing && close.name == tag.name) break;
    }
    return at;
  };
  const std::size_t next = scan->memoised("/" + std::string(tag.name), tag.end, closing_tag);
  if (next == npos) return tag.end;  // no closing tag: the content stays
  const Shortcode close = shortcode_at(scan, next, scan->paragraph_end(next));
  scan->mask(tag.end, next, "shortcode content (code or data)");
  scan->mask(next, close.end, "Hugo shortcode");
  return close.end;
}

// An attribute list {#id .class key=value} or kramdown's {: ...} at `at`;
// its end, or 0. Only at the end of a line (a heading's or a paragraph's),
// except kramdown's, which is unambiguous anywhere; one of only key=value
// pairs ({class="wide"}) only as a line of its own.
std::size_t attribute_list_end(std::string_view s, std::size_t at, std::size_t line_end,
                               bool line_start) {
  std::size_t i = at + 1;
  auto skip_spaces = [&] {
    while (i < line_end && (s[i] == ' ' || s[i] == '\t')) ++i;
  };
  skip_spaces();
  const bool kramdown = i < line_end && s[i] == ':';
  if (kramdown) ++i;
  bool id_or_class = false;
  int tokens = 0;
  for (;;) {
    skip_spaces();
    if (i >= line_end) return 0;
    if (s[i] == '}') break;
    if (s[i] == '#' || s[i] == '.') {
      const std::size_t first = ++i;
      while (i < line_end && is_name_char(s[i])) ++i;
      if (i == first) return 0;
      id_or_class = true;
    } else {
      const std::size_t first = i;
      while (i < line_end && is_name_char(s[i])) ++i;
      if (i == first || i >= line_end || s[i] != '=') return 0;
      ++i;
      if (i < line_end && (s[i] == '"' || s[i] == '\'')) {
        const std::size_t close = s.substr(0, line_end).find(s[i], i + 1);
        if (close == npos) return 0;
        i = close + 1;
      } else {
        while (i < line_end && s[i] != '}' && s[i] != ' ' && s[i] != '\t') ++i;
      }
    }
    ++tokens;
  }
  if (tokens == 0 && !kramdown) return 0;
  if (!kramdown && !id_or_class && !line_start) return 0;
  const std::size_t end = i + 1;
  if (kramdown) return end;
  std::size_t rest = end;
  while (rest < line_end && std::isspace(static_cast<unsigned char>(s[rest]))) ++rest;
  return rest == line_end ? end : 0;
}

// The name of the Liquid tag source[at, end) ("{%- highlight ruby -%}": "highlight").
std::string_view liquid_name(std::string_view s, std::size_t at, std::size_t end) {
  std::size_t i = at + 2;
  while (i < end && (s[i] == '-' || s[i] == ' ' || s[i] == '\t')) ++i;
  const std::size_t first = i;
  while (i < end && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(first, i - first);
}

// The opening "{%" of a Liquid tag named `name` at or after `from`, or npos.
std::size_t find_liquid_tag(Scan* scan, std::string_view name, std::size_t from) {
  const std::string_view s = scan->source();
  for (;;) {
    const std::size_t word = scan->find(name, from, s.size());
    if (word == npos) return npos;
    std::size_t open = word;  // back over "{%- " to the tag's start
    while (open > from && (s[open - 1] == ' ' || s[open - 1] == '\t' || s[open - 1] == '-'))
      --open;
    if (open >= from + 2 && s.compare(open - 2, 2, "{%") == 0) {
      const std::size_t close = scan->find("%}", word, s.size());
      if (close != npos && liquid_name(s, open - 2, close) == name) return open - 2;
    }
    from = word + name.size();
  }
}

// After the Liquid tag source[at, tag_end): a block whose body is code
// (Jekyll's {% highlight ruby %}) or a comment ({% comment %}) is masked down
// to its closing {% endhighlight %} / {% endcomment %}; returns where the
// construct ends.
std::size_t liquid_block(Scan* scan, std::size_t at, std::size_t tag_end) {
  const std::string_view s = scan->source();
  const std::string_view name = liquid_name(s, at, tag_end);
  if (name != "highlight" && name != "comment") return tag_end;
  const std::string closing = "end" + std::string(name);
  // Memoised: many unclosed blocks of one name stay linear.
  const std::size_t open = scan->memoised("liquid " + closing, tag_end, [&](std::size_t from) {
    return find_liquid_tag(scan, closing, from);
  });
  if (open == npos) return tag_end;  // never closed: the body stays prose
  const std::size_t close = scan->find("%}", open, s.size()) + 2;
  scan->mask(tag_end, open, name == "comment" ? "template comment" : "code block (Liquid highlight)");
  scan->mask(open, close, "template tag");
  return close;
}

// A MyST/Sphinx role's name right before its code span ({ref}`target`,
// {py:func}`name`): its length, else 0.
std::size_t myst_role_end(std::string_view here) {
  std::size_t n = 1;
  while (n < here.size() && n < 40 &&
         (std::islower(static_cast<unsigned char>(here[n])) ||
          std::isdigit(static_cast<unsigned char>(here[n])) || here[n] == ':' || here[n] == '-' ||
          here[n] == '_' || here[n] == '+'))
    ++n;
  return n > 1 && n + 1 < here.size() && here[n] == '}' && here[n + 1] == '`' ? n + 1 : 0;
}

std::size_t brace_construct(Scan* scan, std::size_t at, std::size_t line_end, bool line_start) {
  const std::string_view s = scan->source();
  const std::string_view here = s.substr(at);
  const std::size_t limit = scan->paragraph_end(at);
  if (const std::size_t role = myst_role_end(here); role != 0) {
    scan->mask(at, at + role, "MyST role");
    return at + role;
  }
  if (here.substr(0, 3) == "{{<" || here.substr(0, 3) == "{{%") {
    const Shortcode tag = shortcode_at(scan, at, limit);
    return tag.end == 0 ? 0 : mask_shortcode(scan, at, tag);
  }
  if (here.substr(0, 2) == "{{") {
    const bool triple = here.substr(0, 3) == "{{{";
    const std::size_t close = scan->find(triple ? "}}}" : "}}", at + 2, limit);
    if (close == npos) return 0;
    const std::size_t end = close + (triple ? 3 : 2);
    // mdBook's {{#include file}}, {{#rustdoc_include ...}}, {{#playground ...}}, {{#title ...}}.
    bool include = false;
    for (std::string_view name : {"{{#include", "{{#rustdoc_include", "{{#playground", "{{#title"}) {
      include = include || here.substr(0, name.size()) == name;
    }
    scan->mask(at, end, include ? "include directive" : "template tag");
    return end;
  }
  if (here.substr(0, 2) == "{%") {
    const std::size_t close = scan->find("%}", at + 2, limit);
    if (close == npos) return 0;
    scan->mask(at, close + 2, "template tag");
    return liquid_block(scan, at, close + 2);
  }
  if (here.substr(0, 3) == "{/*") {  // an MDX comment, a Docusaurus heading id too: {/* #id */}
    const std::size_t close = scan->find("*/}", at + 3, limit);
    if (close == npos) return 0;
    scan->mask(at, close + 3, "MDX comment");
    return close + 3;
  }
  if (const std::size_t end = attribute_list_end(s, at, line_end, line_start); end != 0) {
    scan->mask(at, end, "attribute list");
    return end;
  }
  if (here.substr(0, 2) == "{#") {  // a Jinja comment {# ... #}
    const std::size_t close = scan->find("#}", at + 2, limit);
    if (close == npos) return 0;
    scan->mask(at, close + 2, "template comment");
    return close + 2;
  }
  return 0;
}

// An HTML comment (not twice's own markers) or a caption element at `at`.
std::size_t html_construct(Scan* scan, std::size_t at, bool line_start) {
  const std::string_view s = scan->source();
  const std::string_view here = s.substr(at);
  if (here.substr(0, 4) == "<!--") {
    // At the start of a line a comment is an HTML block, which blank lines
    // do not end; inside a paragraph it ends with the paragraph.
    const std::size_t limit = line_start ? s.size() : scan->paragraph_end(at);
    const std::size_t close = scan->find("-->", at + 4, limit);
    if (close == npos) return 0;
    if (starts_with_ci(trim(s.substr(at + 4, close - at - 4)), "twice-")) return close + 3;
    scan->mask(at, close + 3, "HTML comment");
    return close + 3;
  }
  // Captions: <figcaption>, and <span>, <p>, <div> with a caption or filename class.
  std::string_view element;
  for (std::string_view name : {"figcaption", "span", "p", "div"}) {
    if (starts_with_ci(here.substr(1), name) && here.size() > name.size() + 1 &&
        (here[name.size() + 1] == ' ' || here[name.size() + 1] == '>')) {
      element = name;
      break;
    }
  }
  if (element.empty()) return 0;
  const std::size_t limit = scan->paragraph_end(at);
  const std::size_t tag_end = scan->find(">", at, limit);
  if (tag_end == npos) return 0;
  const std::string_view tag = here.substr(0, tag_end - at);
  if (element != "figcaption" && tag.find("caption") == npos && tag.find("filename") == npos)
    return 0;
  const std::string_view closer = element == "figcaption" ? "</figcaption>"
                                  : element == "span"     ? "</span>"
                                  : element == "p"        ? "</p>"
                                                          : "</div>";
  const std::size_t close = scan->find(closer, tag_end, limit);
  if (close == npos) return 0;
  scan->mask(at, close + closer.size(), "caption");
  return close + closer.size();
}

}  // namespace

std::size_t scan_inline(Scan* scan, std::size_t from, std::size_t to) {
  const std::string_view s = scan->source();
  std::size_t i = from;
  while (i < to) {
    const char c = s[i];
    if (c == '\\' && i + 1 < to && is_ascii_punct(s[i + 1])) {
      i += 2;
      continue;
    }
    if (c == '`') {  // a code span is code: skipped whole, whatever it holds
      std::size_t n = 0;
      while (i + n < s.size() && s[i + n] == '`') ++n;
      const std::size_t close = scan->find_backticks(n, i + n, scan->paragraph_end(i));
      i = close == npos ? i + n : close + n;
      continue;
    }
    std::size_t end = 0;
    if (c == '{') end = brace_construct(scan, i, to, i == from);
    else if (c == '<') end = html_construct(scan, i, i == from);
    i = end > i ? end : i + 1;
  }
  return i;
}

}  // namespace twice::segmenter::dialect
