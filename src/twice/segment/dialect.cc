// The line half of the dialect pass: follows fences, indented code, lists
// and admonition bodies line by line, masks the syntax that takes a line of
// its own, and hands the rest of each prose line to scan_inline().
//
// What it does not follow: block quotes written with '>' (a marker after a
// '>' is left alone), setext headings, HTML blocks other than <script>,
// <style>, <pre> and <textarea> (their lines are scanned like prose; masking
// inside them changes nothing md4c shows), and tabs that straddle a level
// of an admonition body's indentation.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "twice/segment/dialect.h"
#include "twice/segment/dialect_scan.h"
#include "twice/text/tokenize.h"

namespace twice::segmenter {
namespace dialect {

constexpr std::size_t npos = std::string_view::npos;

bool is_blank_text(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

Scan::Scan(std::string_view source, const DialectNames& names)
    : source_(source), names_(names), out_(source) {
  for (std::size_t at = 0; at < source.size();) {
    std::size_t eol = source.find('\n', at);
    if (eol == npos) eol = source.size();
    line_starts_.push_back(at);
    for (std::size_t run = source.find('`', at); run != npos && run < eol;) {
      std::size_t length = 0;
      while (run + length < eol && source[run + length] == '`') ++length;
      backtick_runs_[length].push_back(run);
      run = source.find('`', run + length);
    }
    if (is_blank_text(source.substr(at, eol - at))) blank_lines_.push_back(at);
    at = eol + 1;
  }
}

void Scan::mask(std::size_t begin, std::size_t end, std::string_view reason) {
  end = std::min(end, out_.size());
  if (begin >= end) return;
  for (std::size_t i = begin; i < end; ++i) {
    if (out_[i] != '\n' && out_[i] != '\r') out_[i] = ' ';
  }
  masked_.push_back({begin, end, reason});
}

std::size_t Scan::paragraph_end(std::size_t from) const {
  const auto it = std::lower_bound(blank_lines_.begin(), blank_lines_.end(), from);
  return it == blank_lines_.end() ? source_.size() : *it;
}

std::size_t Scan::find(std::string_view needle, std::size_t from, std::size_t limit) {
  const std::size_t at = memoised("find " + std::string(needle), from,
                                  [&](std::size_t f) { return source_.find(needle, f); });
  return at == npos || at + needle.size() > limit ? npos : at;
}

std::size_t Scan::find_backticks(std::size_t n, std::size_t from, std::size_t limit) const {
  const auto runs = backtick_runs_.find(n);
  if (runs == backtick_runs_.end()) return npos;
  const auto at = std::lower_bound(runs->second.begin(), runs->second.end(), from);
  return at == runs->second.end() || *at >= limit ? npos : *at;
}

// A mask that starts a line followed by text on it, as in "{{< new-in 1.2 />}}
// Some text", would leave that text four spaces in: md4c would read it as
// indented code. The mask's first byte becomes a letter instead, which
// drop_masked() takes out of the prose again with the rest of the mask.
Dialects Scan::finish() && {
  std::sort(masked_.begin(), masked_.end(),
            [](const Masked& a, const Masked& b) { return a.begin < b.begin; });
  auto visible = [&](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; };
  std::size_t checked = npos;  // the line last looked at: only a line's first mask can start it
  for (const Masked& m : masked_) {
    const std::size_t line =
        *(std::upper_bound(line_starts_.begin(), line_starts_.end(), m.end - 1) - 1);
    if (line == checked) continue;
    checked = line;
    std::size_t first = line;  // the line's text in the source, after its indentation
    while (first < m.end && (source_[first] == ' ' || source_[first] == '\t')) ++first;
    const std::size_t at = std::max(m.begin, first);
    if (at >= m.end) continue;
    bool before = false;
    for (std::size_t i = line; i < at && !before; ++i) before = visible(out_[i]) && out_[i] != '>';
    if (before) continue;
    bool after = false;
    for (std::size_t i = m.end; i < out_.size() && out_[i] != '\n' && !after; ++i) {
      after = visible(out_[i]);
    }
    if (after) out_[at] = 'x';
  }
  return {std::move(out_), std::move(masked_)};
}

}  // namespace dialect

namespace {

using dialect::npos;
using dialect::Scan;

struct Indent {
  std::size_t columns = 0;  // tabs to the next multiple of 4
  std::size_t bytes = 0;
};

Indent indent_of(std::string_view line) {
  Indent indent;
  while (indent.bytes < line.size() && (line[indent.bytes] == ' ' || line[indent.bytes] == '\t')) {
    indent.columns = line[indent.bytes] == '\t' ? (indent.columns / 4 + 1) * 4 : indent.columns + 1;
    ++indent.bytes;
  }
  return indent;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool contains_ci(std::string_view s, std::string_view needle) {
  return std::search(s.begin(), s.end(), needle.begin(), needle.end(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         }) != s.end();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "<name" opening a line, then the end of the line or a space: the length of
// "<name" when name is an HTML element's (lower-case letters and digits), else 0.
std::size_t html_tag_name(std::string_view line) {
  std::size_t n = 1;
  if (line.size() < 2 || line[0] != '<' || !std::islower(static_cast<unsigned char>(line[1])))
    return 0;
  while (n < line.size() && (std::islower(static_cast<unsigned char>(line[n])) ||
                             std::isdigit(static_cast<unsigned char>(line[n])) || line[n] == '-'))
    ++n;
  return n == line.size() || line[n] == ' ' || line[n] == '\t' ? n : 0;
}

// "{note}" opening a fence's info string: the length of "{name}" when the
// MyST/Sphinx directive `name` holds prose (admonitions, version notes,
// dropdowns, tabs, cards, and the site's own `names`), else 0. Code, data
// and include directives ({code-block}, {eval-rst}, {toctree},
// {list-table}, ...) stay code.
std::size_t prose_directive(std::string_view info, const std::vector<std::string>& names) {
  if (info.size() < 3 || info[0] != '{') return 0;
  const std::size_t close = info.find('}');
  if (close == std::string_view::npos) return 0;
  const std::string_view name = info.substr(1, close - 1);
  for (std::string_view prose :
       {"note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error",
        "seealso", "admonition", "todo", "versionadded", "versionchanged", "versionremoved",
        "deprecated", "dropdown", "margin", "sidebar", "topic", "epigraph", "pull-quote",
        "tab-set", "tab-item", "card", "grid", "grid-item", "grid-item-card", "div"}) {
    if (name == prose) return close + 1;
  }
  return std::find(names.begin(), names.end(), name) != names.end() ? close + 1 : 0;
}

// A MyST target line, "(name)=", and more on the same line.
bool myst_targets(std::string_view line) {
  if (line.empty()) return false;
  for (std::size_t at = 0; at < line.size();) {
    if (line[at] == ' ' || line[at] == '\t') {
      ++at;
      continue;
    }
    if (line[at] != '(') return false;
    const std::size_t close = line.find(")=", at);
    if (close == std::string_view::npos || close == at + 1 ||
        line.substr(at + 1, close - at - 1).find_first_of("() \t") != std::string_view::npos)
      return false;
    at = close + 2;
  }
  return true;
}

// Content column of a list item starting `rest` (after `indent` columns), or 0.
std::size_t list_content_column(std::string_view rest, std::size_t indent) {
  std::size_t n = 0;
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+')) {
    n = 1;
  } else {
    while (n < rest.size() && n < 9 && std::isdigit(static_cast<unsigned char>(rest[n]))) ++n;
    if (n == 0 || n >= rest.size() || (rest[n] != '.' && rest[n] != ')')) return 0;
    ++n;
  }
  if (n < rest.size() && rest[n] != ' ' && rest[n] != '\t') return 0;
  std::size_t spaces = 0;
  while (n + spaces < rest.size() && rest[n + spaces] == ' ') ++spaces;
  if (spaces == 0 || spaces > 4 || n + spaces == rest.size()) spaces = 1;
  return indent + n + spaces;
}

// "```lang" / "~~~": the fence character and run length, or 0.
std::size_t fence_length(std::string_view rest, char* fence) {
  if (rest.empty() || (rest[0] != '`' && rest[0] != '~')) return 0;
  std::size_t n = 0;
  while (n < rest.size() && rest[n] == rest[0]) ++n;
  if (n < 3) return 0;
  if (rest[0] == '`' && rest.find('`', n) != npos) return 0;  // an info string holds no backtick
  *fence = rest[0];
  return n;
}

class LinePass {
 public:
  LinePass(std::string_view source, std::size_t body_begin, const DialectNames& names)
      : s_(source), scan_(source, names), pos_(body_begin) {
    // The last bare ":::" line: a "::: name" line before it opens a container.
    for (std::size_t at = source.size(); at > 0;) {
      const std::size_t start = source.rfind('\n', at - 1);
      const std::size_t begin = start == npos ? 0 : start + 1;
      const std::string_view line = trim(source.substr(begin, at - begin));
      if (line.size() >= 3 && line.find_first_not_of(':') == npos) {
        last_bare_colons_ = begin;
        break;
      }
      if (start == npos) break;
      at = start;
    }
  }

  Dialects run() && {
    const std::size_t bom = starts_with(s_, "\xEF\xBB\xBF") ? 3 : 0;
    scan_.mask(bom, pos_, "front matter");
    while (pos_ < s_.size()) {
      std::size_t eol = s_.find('\n', pos_);
      const std::size_t next = eol == npos ? s_.size() : eol + 1;
      if (eol == npos) eol = s_.size();
      if (eol > pos_ && s_[eol - 1] == '\r') --eol;
      const bool blank = line(pos_, eol);
      prev_blank_ = blank;
      pos_ = next;
    }
    return std::move(scan_).finish();
  }

 private:
  struct Container {
    bool admonition;         // an admonition or content tab body; else a list item
    std::size_t marker = 0;  // admonition: the marker's column, where its '>' goes
    std::size_t column;      // where the content starts
  };

  std::size_t base() const { return stack_.empty() ? 0 : stack_.back().column; }
  bool in_admonition() const {
    return std::any_of(stack_.begin(), stack_.end(), [](const Container& c) { return c.admonition; });
  }

  // One '>' a level of admonition body, at the column of that level's
  // marker: all of them, or none when the line's indentation cannot hold
  // them (an empty line has no byte for one). Returns whether they were put.
  bool put_quotes(std::size_t begin, std::string_view text) {
    std::vector<std::size_t> at;
    const std::size_t indent = indent_of(text).columns;
    for (const Container& level : stack_) {
      if (!level.admonition) continue;
      std::size_t column = 0, k = 0;
      while (k < text.size() && column < level.marker && (text[k] == ' ' || text[k] == '\t')) {
        column = text[k] == '\t' ? (column / 4 + 1) * 4 : column + 1;
        ++k;
      }
      if (column != level.marker || k >= text.size() || (text[k] != ' ' && text[k] != '\t') ||
          indent < level.column) {
        return false;
      }
      at.push_back(begin + k);
    }
    for (const std::size_t k : at) scan_.put(k, '>');
    return true;
  }

  // Masks the next lines up to the one holding `needle`, or up to a blank line.
  void mask_through(std::string_view needle, bool at_start, std::string_view reason) {
    until_ = needle;
    until_at_start_ = at_start;
    until_reason_ = reason;
  }

  // Returns whether the line is blank.
  bool line(std::size_t begin, std::size_t end) {
    const std::string_view text = s_.substr(begin, end - begin);
    const Indent indent = indent_of(text);
    const bool blank = indent.bytes == text.size();
    const std::size_t content = begin + indent.bytes;
    const std::string_view rest = text.substr(indent.bytes);

    if (begin < resume_) {  // inside an inline construct that began on a line above
      if (!blank) put_quotes(begin, text);
      if (resume_ < end) resume_ = dialect::scan_inline(&scan_, resume_, end);
      paragraph_ = true;
      return false;
    }
    if (!until_.empty()) {  // a blank line ends it too: an unclosed "<Tag" masks one paragraph
      if (blank || (until_at_start_ ? starts_with(rest, until_) : rest.find(until_) != npos)) {
        until_ = {};
      }
      if (!blank) scan_.mask(content, end, until_reason_);
      return blank;
    }
    if (directive_body_ != 0) {
      const std::string_view line = trim(rest);
      if (line.size() >= directive_body_ && line.find_first_not_of(':') == npos) {
        directive_body_ = 0;
        scan_.mask(content, end, "MyST directive");
      } else if (!blank) {
        scan_.mask(content, end, "MyST directive body");
      }
      return blank;
    }
    if (!html_end_.empty()) {
      if (contains_ci(text, html_end_)) html_end_ = {};
      return blank;
    }
    if (fence_) {
      if (!blank && indent.columns < fence_base_) {
        fence_ = 0;  // its container ended, and the fence with it
      } else {
        // A fence in an admonition body stays inside its block quote up to
        // the first line that cannot hold the '>'s; md4c then closes it and
        // reads the rest, indented, as code (a blank line came first).
        if (fence_quotes_) fence_quotes_ = put_quotes(begin, text);
        char c = 0;
        if (indent.columns < fence_base_ + 4 && fence_length(trim(rest), &c) >= fence_ &&
            c == fence_char_ && trim(rest).find_first_not_of(c) == npos) {
          fence_ = 0;
        }
        return blank;
      }
    }
    if (indented_code_) {
      if (blank || indent.columns >= code_base_ + 4) return blank;
      indented_code_ = false;
    }
    if (blank) {
      paragraph_ = false;
      options_ = false;
      directive_options_ = false;
      return true;
    }
    if (directive_options_) {
      const std::string_view line = trim(rest);
      const std::size_t colon = line.size() > 2 && line[0] == ':' ? line.find(':', 1) : npos;
      if (colon != npos && colon > 1 &&
          line.substr(1, colon - 1).find_first_of(" \t") == npos) {
        scan_.mask(content, end, "directive options");
        return false;
      }
      directive_options_ = false;
    }
    if (options_) {
      if (indent.columns > options_base_) {
        scan_.mask(content, end, options_reason_);
        return false;
      }
      options_ = false;
    }

    const std::size_t item = list_content_column(rest, indent.columns);
    char c = 0;
    const bool starts_block = item != 0 || fence_length(rest, &c) != 0 || starts_with(rest, "#");
    while (!stack_.empty() && indent.columns < stack_.back().column) {
      if (!stack_.back().admonition && !prev_blank_ && paragraph_ && !starts_block) break;  // lazy
      stack_.pop_back();
    }
    if (indent.columns >= base() + 4) {
      if (!paragraph_) {
        indented_code_ = true;
        code_base_ = base();
        return false;
      }
      put_quotes(begin, text);  // a paragraph's continuation line
      resume_ = dialect::scan_inline(&scan_, content, end);
      return false;
    }
    put_quotes(begin, text);
    if (const std::size_t n = fence_length(rest, &c); n != 0) {
      // MyST: the fences of a directive that holds prose are markers, its
      // body is read.
      const std::string_view info = trim(trim(rest).substr(n));
      if (!directives_.empty() && info.empty() && c == directives_.back().fence_char &&
          n >= directives_.back().fence) {
        scan_.mask(content, end, "MyST directive");
        directives_.pop_back();
        paragraph_ = false;
        return false;
      }
      const std::vector<std::string>& own = scan_.names().prose_directives;
      if (const std::size_t name = prose_directive(info, own); name != 0) {
        const std::size_t marker = content + rest.find_first_not_of(" \t", n) + name;
        scan_.mask(content, marker, "MyST directive");
        directives_.push_back({n, c});
        directive_options_ = true;
        paragraph_ = marker < end && !trim(s_.substr(marker, end - marker)).empty();
        if (paragraph_) resume_ = dialect::scan_inline(&scan_, marker, end);
        return false;
      }
      fence_ = n;
      fence_char_ = c;
      fence_base_ = base();
      fence_quotes_ = in_admonition();
      paragraph_ = false;
      return false;
    }
    for (std::string_view tag : {"<script", "<style", "<pre", "<textarea"}) {
      const std::size_t after = tag.size();
      if (contains_ci(rest.substr(0, after), tag) &&
          (rest.size() == after || rest[after] == ' ' || rest[after] == '>' || rest[after] == '\t')) {
        const std::string_view close = tag == "<script"  ? "</script>"
                                       : tag == "<style" ? "</style>"
                                       : tag == "<pre"   ? "</pre>"
                                                         : "</textarea>";
        if (!contains_ci(rest, close)) html_end_ = close;
        paragraph_ = false;
        return false;
      }
    }
    if (own_line(content, end, rest, indent)) {
      paragraph_ = false;
      return false;
    }
    if (item != 0) stack_.push_back({false, 0, item});
    paragraph_ = !starts_with(rest, "#");
    resume_ = dialect::scan_inline(&scan_, content, end);
    return false;
  }

  // Syntax that takes the whole line: masks it and returns true.
  bool own_line(std::size_t content, std::size_t end, std::string_view rest, Indent indent) {
    const std::string_view line = trim(rest);
    auto after = [&](std::size_t n) { return n < line.size() ? line.substr(n) : std::string_view(); };
    // A word (or a quoted title) after the marker; Python-Markdown lets
    // "!!!note" do without the space.
    auto word_follows = [&](std::size_t n, bool space_optional = false) {
      const std::string_view tail = after(n);
      const std::string_view word = trim(tail);
      return !tail.empty() && (space_optional || tail[0] == ' ' || tail[0] == '\t') &&
             !word.empty() &&
             (std::isalpha(static_cast<unsigned char>(word[0])) || word[0] == '"');
    };
    // MkDocs admonitions (!!! note "Title", ??? tip, ???+ tip) and content
    // tabs (=== "Tab"): the marker, then a body indented 4 columns more.
    const std::size_t plus = line.size() > 3 && line[3] == '+' ? 4 : 3;
    const bool admonition = starts_with(line, "!!!") ? word_follows(3, true)
                            : starts_with(line, "???") ? word_follows(plus, true)
                                                       : false;
    const bool tab = starts_with(line, "===") && trim(after(plus)).substr(0, 1) == "\"" &&
                     word_follows(plus);
    if (admonition || tab) {
      scan_.mask(content, end, admonition ? "admonition marker" : "content tab marker");
      stack_.push_back({true, indent.columns, indent.columns + 4});
      return true;
    }
    // MyST: targets "(name)=" before a heading, and comment lines "% ..."
    // outside a paragraph.
    if (myst_targets(line)) {
      scan_.mask(content, end, "MyST target");
      return true;
    }
    if (!paragraph_ && !line.empty() && line[0] == '%' && (line.size() == 1 || line[1] != '}')) {
      scan_.mask(content, end, "MyST comment");
      return true;
    }
    // pymdownx blocks: "/// note | Title" (then indented options) ... "///".
    if (starts_with(line, "///")) {
      const std::size_t n = line.find_first_not_of('/');
      if (n == npos || word_follows(n)) {
        scan_.mask(content, end, "block marker");
        if (n != npos) start_options(indent.columns, "block options");
        return true;
      }
    }
    // ":::": a VitePress/Docusaurus container when a bare ":::" closes it
    // later, a mkdocstrings API block ("::: package.module", indented YAML
    // options, no closing) otherwise.
    if (starts_with(line, ":::")) {
      const std::size_t n = line.find_first_not_of(':');
      if (n == npos) {
        scan_.mask(content, end, "container marker");
        return true;
      }
      const std::string_view name = trim(after(n)).substr(0, trim(after(n)).find(' '));
      if (name.find('.') != npos || last_bare_colons_ == npos || last_bare_colons_ < end) {
        scan_.mask(content, end, "API-doc directive");
        start_options(indent.columns, "API-doc directive");
      } else if (name.substr(0, 1) == "{" &&
                 prose_directive(name, scan_.names().prose_directives) == 0) {
        // MyST's colon fence of a directive that does not hold prose (an
        // example, a figure, a table): not read, like a backtick fence's.
        scan_.mask(content, end, "MyST directive");
        directive_body_ = n;
      } else {
        scan_.mask(content, end, "container marker");
        directive_options_ = name.substr(0, 1) == "{";  // MyST's colon fence: ":::{note}"
      }
      return true;
    }
    // Includes: pymdownx snippets (a line, or a block between two --8<--
    // lines) and FastAPI's {* file *}.
    if (starts_with(line, "--8<--")) {
      scan_.mask(content, end, "include directive");
      if (trim(after(6)).empty()) mask_through("--8<--", true, "include directive");
      return true;
    }
    if (starts_with(line, "{*") && line.size() >= 4 && line.substr(line.size() - 2) == "*}") {
      scan_.mask(content, end, "include directive");
      return true;
    }
    // MDX: imports and exports at the top level, lines that are a component tag.
    if (stack_.empty() && indent.columns == 0) {
      const bool import = starts_with(line, "import ") &&
                          (line.find(" from '") != npos || line.find(" from \"") != npos ||
                           line.find_first_of("'\"{*") == 7);
      const std::string_view verb = trim(after(7)).substr(0, trim(after(7)).find_first_of(" ({"));
      const bool exported = starts_with(line, "export ") &&
                            (verb == "default" || verb == "const" || verb == "let" ||
                             verb == "function" || verb == "class" || verb == "async" ||
                             trim(after(7)).substr(0, 1) == "{");
      if (import || exported) {
        scan_.mask(content, end, import ? "MDX import" : "MDX export");
        if (import && line.find(" from ") == npos && line.find_first_of("'\"") == npos)
          mask_through(" from ", false, "MDX import");
        else if (exported && std::count(line.begin(), line.end(), '{') >
                                 std::count(line.begin(), line.end(), '}'))
          mask_through("}", true, "MDX export");
        return true;
      }
    }
    // A tag opening a line: a JSX component's (<Tabs>, </TabItem>), or an HTML
    // element's, which CommonMark takes for an HTML block only when it closes
    // on its first line and its attributes are HTML, not JSX expressions
    // ({require('./x.pdf')}). A component's line may end with '>' and hold
    // more ({() => go()}).
    const bool component = line.size() >= 3 && line[0] == '<' &&
                           (std::isupper(static_cast<unsigned char>(line[1])) ||
                            (line[1] == '/' && std::isupper(static_cast<unsigned char>(line[2]))));
    const std::size_t element = component ? 0 : html_tag_name(line);
    if (component || element != 0) {
      const std::string_view reason = component ? "JSX component tag" : "HTML tag";
      if (line.find('>') == npos) {  // a tag over several lines
        scan_.mask(content, end, reason);
        mask_through(">", false, reason);
        return true;
      }
      if (line.back() == '>' && (component || line.find("={", element) != npos)) {
        scan_.mask(content, end, reason);
        return true;
      }
    }
    return false;
  }

  void start_options(std::size_t column, std::string_view reason) {
    options_ = true;
    options_base_ = column;
    options_reason_ = reason;
  }

  std::string_view s_;
  Scan scan_;
  std::size_t pos_;
  std::size_t last_bare_colons_ = npos;
  std::vector<Container> stack_;
  bool prev_blank_ = true;
  bool paragraph_ = false;      // the line above is a paragraph's: no indented code now
  std::size_t resume_ = 0;      // an inline construct runs on to here
  std::size_t fence_ = 0;       // open fence's length, 0 when none
  char fence_char_ = 0;
  std::size_t fence_base_ = 0;  // column of its container's content
  bool fence_quotes_ = false;   // its lines still get an admonition body's '>'s
  bool indented_code_ = false;
  std::size_t code_base_ = 0;
  std::string_view html_end_;   // the closing tag of an open <script>, <style>, <pre>, <textarea>
  std::string_view until_;      // mask_through()'s closing text
  bool until_at_start_ = false;
  std::string_view until_reason_;
  struct Directive {
    std::size_t fence;  // its fence's length and character
    char fence_char;
  };
  std::vector<Directive> directives_;  // open MyST prose directives, innermost last
  bool directive_options_ = false;     // ":key: value" lines may follow
  std::size_t directive_body_ = 0;     // colons of an open ":::{name}" whose body is not read
  bool options_ = false;        // indented option lines after a block or API-doc directive
  std::size_t options_base_ = 0;
  std::string_view options_reason_;
};

}  // namespace

Dialects mask_dialects(std::string_view source, std::size_t body_begin,
                       const DialectNames& names) {
  return LinePass(source, body_begin, names).run();
}

void drop_masked(const std::vector<Masked>& masked, std::vector<Block>* blocks) {
  if (masked.empty()) return;
  std::vector<std::pair<std::size_t, std::size_t>> cuts;
  cuts.reserve(masked.size());
  for (const Masked& m : masked) cuts.emplace_back(m.begin, m.end);
  for (Block& block : *blocks) {
    ProseText kept = block.prose.without(cuts);
    // Inline code spans and link texts are never masked, but the text before
    // them may shrink.
    using Range = std::pair<std::size_t, std::size_t>;
    const auto moved = [&](std::size_t begin, std::size_t end) -> Range {
      if (kept.empty() || begin >= end) return {0, 0};
      return {kept.text_at(block.prose.source_begin(begin)),
              kept.text_at(block.prose.source_end(end))};
    };
    std::vector<text::TextSpan> code;
    for (const text::TextSpan& span : block.code) {
      const auto [begin, end] = moved(span.begin, span.end);
      if (begin < end) code.push_back({begin, end});
    }
    std::vector<Block::Link> links;
    for (Block::Link& link : block.links) {
      const auto [begin, end] = moved(link.begin, link.end);
      if (begin < end) links.push_back({begin, end, std::move(link.target)});
    }
    block.prose = std::move(kept);
    block.code = std::move(code);
    block.links = std::move(links);
  }
  // A block whose text was all masks and the letters finish() put there.
  blocks->erase(std::remove_if(blocks->begin(), blocks->end(),
                               [](const Block& block) { return block.prose.empty(); }),
                blocks->end());
}

}  // namespace twice::segmenter
