#include "twice/segment/html_block.h"

#include <algorithm>
#include <cctype>

#include "twice/segment/prose.h"

namespace twice::segmenter {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose content is not prose: skipped to their closing tag.
bool is_raw(std::string_view name) {
  return is_one_of(name, {"script", "style", "pre", "textarea", "svg", "template", "figcaption",
                          "math", "noscript"});
}

// Elements that sit inside a line of text without ending its block.
bool is_inline(std::string_view name) {
  return is_one_of(name, {"a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data",
                          "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "mark", "q", "s",
                          "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u",
                          "var", "wbr"});
}

bool is_code(std::string_view name) { return is_one_of(name, {"code", "kbd", "samp", "tt"}); }

bool is_entry(std::string_view name) {
  return is_one_of(name, {"li", "dt", "dd", "td", "th", "summary"});
}

// A tag at html[at] ('<'): its end (one past '>'), or npos when `at` opens
// no tag. Quoted attribute values and JSX braces may hold '>'; a '<' outside
// quotes ends the search, so that no two searches read the same bytes twice
// (but for one quote left open) and unclosed tags stay linear.
std::size_t tag_end(std::string_view html, std::size_t at) {
  std::size_t i = at + 1;
  if (i < html.size() && html[i] == '/') ++i;
  if (i >= html.size() || std::isalpha(static_cast<unsigned char>(html[i])) == 0) return npos;
  char quote = 0;
  int braces = 0;
  for (; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '{') {
      ++braces;
    } else if (c == '}') {
      braces = std::max(0, braces - 1);
    } else if (c == '>' && braces == 0) {
      return i + 1;
    } else if (c == '<') {
      return npos;
    }
  }
  return npos;
}

class Walker {
 public:
  Walker(std::string_view source, const std::vector<std::pair<std::size_t, std::size_t>>& lines,
         int* code_spans, std::vector<std::string>* link_targets)
      : source_(source), lines_(lines), code_spans_(code_spans), link_targets_(link_targets) {
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (k > 0) html_ += '\n';
      starts_.push_back(html_.size());
      html_.append(source.substr(lines[k].first, lines[k].second - lines[k].first));
    }
  }

  std::vector<HtmlText> run() {
    std::size_t text_from = 0;  // where the text since the last tag starts
    for (std::size_t lt = html_.find('<'); lt != npos; lt = html_.find('<', lt + 1)) {
      std::size_t next;  // where the text after this markup starts
      if (html_.compare(lt, 4, "<!--") == 0) {
        const std::size_t close = html_.find("-->", lt + 4);
        next = close == npos ? html_.size() : close + 3;
      } else if (lt + 1 < html_.size() && (html_[lt + 1] == '!' || html_[lt + 1] == '?')) {
        const std::size_t close = html_.find('>', lt);
        next = close == npos ? html_.size() : close + 1;
      } else {
        const std::size_t end = tag_end(html_, lt);
        if (end == npos) continue;  // a "<" that opens nothing is text
        text(text_from, lt);
        text_from = tag(lt, end);
        lt = text_from - 1;
        continue;
      }
      text(text_from, lt);
      text_from = next;
      lt = next - 1;
    }
    text(text_from, html_.size());
    boundary();
    return std::move(blocks_);
  }

 private:
  // Reads the tag html_[at, end); returns where the text after it starts
  // (for a raw element, after its closing tag).
  std::size_t tag(std::size_t at, std::size_t end) {
    const std::string_view tag = std::string_view(html_).substr(at, end - at);
    const bool closing = tag[1] == '/';
    std::size_t n = closing ? 2 : 1;
    const std::size_t name_begin = n;
    while (n < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[n])) != 0 ||
                              tag[n] == '-' || tag[n] == ':' || tag[n] == '.')) {
      ++n;
    }
    const std::string name = lower(tag.substr(name_begin, n - name_begin));
    const bool self_closing = tag[tag.size() - 2] == '/';
    if (!closing && !self_closing && is_raw(name)) {
      boundary();
      return after_closing_tag(name, end);
    }
    if (name == "br") {
      pending_break_ = true;
    } else if (name == "a") {
      if (closing) {
        link_ = 0;
      } else if (!self_closing) {
        link_targets_->push_back(link_target(attribute_value(tag, "href")));
        link_ = static_cast<int>(link_targets_->size());
      }
    } else if (is_code(name)) {
      code_ = closing || self_closing ? 0 : ++*code_spans_;
    } else if (!is_inline(name)) {
      boundary();
      if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
        heading_ = closing ? 0 : name[1] - '0';
      } else if (is_entry(name) && !self_closing) {
        entries_ = closing ? std::max(0, entries_ - 1) : entries_ + 1;
      }
    }
    return end;
  }

  // Just past the closing tag of `name` (lower case) from `from` on, or the
  // end of the block.
  std::size_t after_closing_tag(const std::string& name, std::size_t from) const {
    for (std::size_t at = html_.find("</", from); at != npos; at = html_.find("</", at + 2)) {
      if (lower(std::string_view(html_).substr(at + 2, name.size())) != name) continue;
      const std::size_t close = html_.find('>', at);
      return close == npos ? html_.size() : close + 1;
    }
    return html_.size();
  }

  // Ends the block being read (if it shows any text) and starts the next.
  // A heading that is only a link is a card of a page index (<h3><a
  // href="button.html">Button</a></h3><p>A basic button ...</p>): the text
  // after it describes the page it links to, an entry like a list item's.
  void boundary() {
    const auto shows = [&](const HtmlRun& r) {
      const std::string_view text =
          r.verbatim ? source_.substr(r.begin, r.end - r.begin) : std::string_view(r.text);
      return std::any_of(text.begin(), text.end(), [](char c) { return !is_space(c); });
    };
    const std::vector<HtmlRun>& runs = current_.runs;
    if (std::any_of(runs.begin(), runs.end(), shows)) {
      const bool card_title =
          current_.heading > 0 && std::none_of(runs.begin(), runs.end(), [&](const HtmlRun& r) {
            return r.link == 0 && shows(r);
          });
      current_.list_item = current_.list_item || after_card_title_;
      after_card_title_ = card_title;
      blocks_.push_back(std::move(current_));
    }
    current_ = HtmlText{};
    pending_break_ = false;
  }

  // The text html_[from, to), between two tags, line by line: the spaces
  // around a line end are one break.
  void text(std::size_t from, std::size_t to) {
    if (from >= to) return;
    current_.heading = heading_;
    current_.list_item = current_.list_item || entries_ > 0;
    std::size_t k = static_cast<std::size_t>(
        std::upper_bound(starts_.begin(), starts_.end(), from) - starts_.begin() - 1);
    for (; k < lines_.size() && starts_[k] < to; ++k) {
      const std::size_t line_end = starts_[k] + (lines_[k].second - lines_[k].first);
      std::size_t a = std::max(from, starts_[k]);
      std::size_t b = std::min(to, line_end);
      if (from < starts_[k]) pending_break_ = true;  // a line end came before
      if (pending_break_) {
        while (a < b && is_space(html_[a])) ++a;
      }
      if (to > line_end) {
        while (b > a && is_space(html_[b - 1])) --b;
      }
      if (a < b) line_part(k, a, b);
    }
  }

  // html_[a, b), inside line k, as runs of source bytes, entities decoded.
  void line_part(std::size_t k, std::size_t a, std::size_t b) {
    const auto source_at = [&](std::size_t at) { return lines_[k].first + (at - starts_[k]); };
    if (pending_break_ && !current_.runs.empty()) {
      current_.runs.push_back({" ", current_.runs.back().end, source_at(a), false, 0, 0});
    }
    pending_break_ = false;
    std::size_t verbatim_from = a;
    for (std::size_t amp = html_.find('&', a); amp != npos && amp < b;
         amp = html_.find('&', amp + 1)) {
      // An entity is short: its ';' within 32 bytes, inside this part.
      const std::size_t semi =
          std::string_view(html_).substr(0, std::min(b, amp + 33)).find(';', amp);
      std::string decoded;
      if (semi == npos ||
          !decode_entity(std::string_view(html_).substr(amp, semi + 1 - amp), &decoded)) {
        continue;
      }
      if (verbatim_from < amp) {
        current_.runs.push_back({"", source_at(verbatim_from), source_at(amp), true, code_, link_});
      }
      current_.runs.push_back(
          {std::move(decoded), source_at(amp), source_at(semi + 1), false, code_, link_});
      verbatim_from = semi + 1;
    }
    if (verbatim_from < b) {
      current_.runs.push_back({"", source_at(verbatim_from), source_at(b), true, code_, link_});
    }
  }

  std::string_view source_;
  const std::vector<std::pair<std::size_t, std::size_t>>& lines_;
  int* code_spans_;
  std::vector<std::string>* link_targets_;
  std::string html_;                 // the lines joined by '\n'
  std::vector<std::size_t> starts_;  // where each line starts in html_
  std::vector<HtmlText> blocks_;
  HtmlText current_;
  bool pending_break_ = false;
  int heading_ = 0;
  bool after_card_title_ = false;  // the last block was a heading that is only a link
  int entries_ = 0;  // <li>, <dd>, ... open around the text
  int code_ = 0;
  int link_ = 0;
};

}  // namespace

std::vector<HtmlText> read_html_block(std::string_view source,
                                      const std::vector<std::pair<std::size_t, std::size_t>>& lines,
                                      int* code_spans, std::vector<std::string>* link_targets) {
  return Walker(source, lines, code_spans, link_targets).run();
}

}  // namespace twice::segmenter
