// Markdown reader: md4c's event stream -> blocks of prose with source spans.
//
// md4c hands text callbacks pointers into the buffer it parses (except for
// line breaks and NUL replacements, which are static strings), so a text
// run's source offset is plain pointer arithmetic. Whatever md4c does not
// report as text (emphasis markers, link destinations, `>` and list markers,
// indentation) is simply absent from the prose; each line break reads as one
// space standing for all the source bytes between the two runs it joins.
#include <md4c.h>

#include <cctype>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "twice/segment/dialect.h"
#include "twice/segment/html_block.h"
#include "twice/segment/readers.h"
#include "twice/segment/suppress.h"
#include "twice/util/unicode.h"

namespace twice::segmenter {
namespace {

// One piece of the paragraph under construction, before trimming.
struct Run {
  std::string text;  // replacement text; empty for a verbatim run
  std::size_t begin;
  std::size_t end;
  bool verbatim;
  int code = 0;  // the inline code span it belongs to (1, 2, ...); 0: none
  int link = 0;  // the link whose text it is (1, 2, ...); 0: none
};

// Length of the front matter block at `at` ("---" ... "---"/"...", or
// "+++" ... "+++"), including its closing line; 0 when there is none. An
// opening fence without a closing one is not front matter ("---" alone is a
// thematic break).
std::size_t front_matter_size(std::string_view s, std::size_t at) {
  auto line_at = [&](std::size_t pos, std::size_t* next) {
    std::size_t eol = s.find('\n', pos);
    *next = eol == std::string_view::npos ? s.size() : eol + 1;
    std::string_view line = s.substr(pos, (eol == std::string_view::npos ? s.size() : eol) - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    return line;
  };
  std::size_t pos;
  const std::string_view open = line_at(at, &pos);
  if (open != "---" && open != "+++") return 0;
  while (pos < s.size()) {
    std::size_t next;
    const std::string_view line = line_at(pos, &next);
    if (line == open || (open == "---" && line == "...")) return next - at;
    pos = next;
  }
  return 0;
}

class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  std::vector<Block> run(std::size_t body_begin, std::vector<Warning>* warnings) {
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
      return static_cast<Reader*>(self)->enter_block(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<Reader*>(self)->leave_block(type);
    };
    parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) {
      auto* reader = static_cast<Reader*>(self);
      if (type == MD_SPAN_IMG) ++reader->image_depth_;
      if (type == MD_SPAN_CODE) reader->code_span_ = ++reader->code_spans_;
      if (type == MD_SPAN_A) {
        const MD_ATTRIBUTE& href = static_cast<const MD_SPAN_A_DETAIL*>(detail)->href;
        reader->link_targets_.push_back(link_target(std::string_view(href.text, href.size)));
        reader->link_ = static_cast<int>(reader->link_targets_.size());
      }
      return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* self) {
      auto* reader = static_cast<Reader*>(self);
      if (type == MD_SPAN_IMG) --reader->image_depth_;
      if (type == MD_SPAN_CODE) reader->code_span_ = 0;
      if (type == MD_SPAN_A) reader->link_ = 0;
      return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
      return static_cast<Reader*>(self)->text(type, text, size);
    };
    // md_parse fails only when it runs out of memory; what was read so far
    // is still correct, so it is returned.
    md_parse(source_.data() + body_begin, static_cast<MD_SIZE>(source_.size() - body_begin),
             &parser, this);
    flush();
    std::vector<Warning> noticed = suppression_.finish();
    if (warnings != nullptr) *warnings = std::move(noticed);
    return std::move(blocks_);
  }

 private:
  static bool is_skipped(MD_BLOCKTYPE type) {
    return type == MD_BLOCK_CODE || type == MD_BLOCK_HTML || type == MD_BLOCK_TABLE;
  }

  // Every block boundary ends the current prose run: that is what makes an
  // LI's own text one block and its nested list or paragraph another.
  int enter_block(MD_BLOCKTYPE type, const void* detail) {
    flush();
    // A code block right after a block of prose: that block introduces it.
    if (type == MD_BLOCK_CODE && block_just_ended_) blocks_.back().before_code = true;
    block_just_ended_ = false;
    stack_.push_back(type);
    if (type == MD_BLOCK_H) level_ = static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level;
    if (is_skipped(type)) ++skip_depth_;
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type) {
    flush();
    if (type == MD_BLOCK_HTML) read_html();
    if (!stack_.empty()) stack_.pop_back();
    if (is_skipped(type)) --skip_depth_;
    return 0;
  }

  bool in_prose() const {
    if (skip_depth_ > 0 || image_depth_ > 0 || stack_.empty()) return false;
    const MD_BLOCKTYPE top = stack_.back();
    return top == MD_BLOCK_P || top == MD_BLOCK_H || top == MD_BLOCK_LI;
  }

  int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    // Suppression markers are HTML comments, as blocks of their own or inline.
    if (type == MD_TEXT_HTML) {
      const std::less<const MD_CHAR*> before;
      const bool inside = !before(text, source_.data()) &&
                          !before(source_.data() + source_.size(), text);
      suppression_.see(html_marker(std::string_view(text, size)),
                       inside ? static_cast<std::size_t>(text - source_.data()) : 0,
                       std::string_view(text, size));
    }
    if (!stack_.empty() && stack_.back() == MD_BLOCK_HTML && type == MD_TEXT_HTML) {
      const std::less<const MD_CHAR*> before;
      if (!before(text, source_.data()) && !before(source_.data() + source_.size(), text + size)) {
        const std::size_t begin = static_cast<std::size_t>(text - source_.data());
        html_lines_.emplace_back(begin, begin + size);
      }
      return 0;
    }
    if (!in_prose()) return 0;
    if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) {
      pending_break_ = true;
      return 0;
    }
    if (type == MD_TEXT_NULLCHAR) return 0;  // cannot occur: REQUIRES no NUL
    // std::less: a total order even for pointers into different objects.
    const std::less<const MD_CHAR*> before;
    const MD_CHAR* base = source_.data();
    if (before(text, base) || before(base + source_.size(), text) ||
        static_cast<std::size_t>(text - base) + size > source_.size()) {
      // A static string: md4c reads a line break inside a code span as " ".
      pending_break_ = true;
      return 0;
    }
    const std::size_t begin = static_cast<std::size_t>(text - base);
    const std::size_t end = begin + size;
    // A line break inside a code span is part of the code.
    if (pending_break_ && !runs_.empty()) {
      const bool in_code = code_span_ != 0 && runs_.back().code == code_span_;
      runs_.push_back({" ", last_end_, begin, false, in_code ? code_span_ : 0});
    }
    pending_break_ = false;
    last_end_ = end;
    if (type == MD_TEXT_HTML) return 0;  // inline HTML: dropped, paragraph goes on
    std::string decoded;
    if (type == MD_TEXT_ENTITY && decode_entity(source_.substr(begin, size), &decoded)) {
      runs_.push_back({std::move(decoded), begin, end, false, code_span_, link_});
    } else {
      runs_.push_back({std::string(), begin, end, true, code_span_, link_});
    }
    return 0;
  }

  // The prose of the HTML block just read (segment/html_block.h): a block
  // for each of its block-level elements, a list item inside an entry (or
  // when the HTML block is a Markdown list item's).
  void read_html() {
    const bool in_item = stack_.size() >= 2 && stack_[stack_.size() - 2] == MD_BLOCK_LI;
    for (HtmlText& html : read_html_block(source_, html_lines_, &code_spans_, &link_targets_)) {
      for (HtmlRun& run : html.runs) {
        runs_.push_back(
            {std::move(run.text), run.begin, run.end, run.verbatim, run.code, run.link});
      }
      html_heading_ = html.heading;
      html_list_item_ = html.list_item || in_item;
      flush();
    }
    html_lines_.clear();
    html_heading_ = 0;
    html_list_item_ = false;
  }

  // A definition list entry (Hugo, kramdown, PHP Markdown Extra, MyST): a
  // term line, then lines starting ": " with its definition. md4c reads it
  // as one paragraph; like a list item, it is one of many parallel entries.
  bool is_definition(std::size_t begin, std::size_t end) const {
    const std::string_view block = source_.substr(begin, end - begin);
    for (std::size_t at = block.find('\n'); at != std::string_view::npos;
         at = block.find('\n', at + 1)) {
      std::size_t i = at + 1;
      while (i < block.size() && block[i] == ' ') ++i;
      if (i + 1 < block.size() && block[i] == ':' && (block[i + 1] == ' ' || block[i + 1] == '\t')) {
        return true;
      }
    }
    return false;
  }

  // Mostly link text: at least two thirds of the letters and digits of
  // runs [lo, hi) are inside links ("See also: [Typing Component Props]",
  // "[cargo(1)](cargo.html), [cargo-update(1)](cargo-update.html)").
  bool is_link_list(std::size_t lo, std::size_t hi) const {
    std::size_t linked = 0, all = 0;
    for (std::size_t i = lo; i < hi; ++i) {
      for (const char c : view(runs_[i])) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) {
          continue;
        }
        ++all;
        linked += runs_[i].link != 0;
      }
    }
    return linked > 0 && 3 * linked >= 2 * all;
  }

  // An item's own text: the LI's text in a tight list, its paragraphs in a
  // loose one (items apart by blank lines, or holding several blocks).
  bool in_list_item() const {
    if (stack_.empty()) return false;
    if (stack_.back() == MD_BLOCK_LI) return true;
    return stack_.back() == MD_BLOCK_P && stack_.size() >= 2 &&
           stack_[stack_.size() - 2] == MD_BLOCK_LI;
  }

  std::string_view view(const Run& r) const {
    return r.verbatim ? source_.substr(r.begin, r.end - r.begin) : std::string_view(r.text);
  }

  // Trims the runs (whitespace-only runs at either end go; a verbatim run at
  // an end is cut to its first/last visible character) and emits a block.
  void flush() {
    pending_break_ = false;
    std::size_t lo = 0, hi = runs_.size();
    while (lo < hi && trimmed(view(runs_[lo])).second == 0) ++lo;
    while (hi > lo && trimmed(view(runs_[hi - 1])).second == 0) --hi;
    if (lo < hi) {
      Run& first = runs_[lo];
      if (first.verbatim) first.begin += trimmed(view(first)).first;
      Run& last = runs_[hi - 1];
      if (last.verbatim) last.end = last.begin + trimmed(view(last)).second;
      Block block;
      block.heading = !stack_.empty() && stack_.back() == MD_BLOCK_H ? level_ : html_heading_;
      block.list_item = in_list_item() || html_list_item_ ||
                        is_definition(runs_[lo].begin, runs_[hi - 1].end) || is_link_list(lo, hi);
      block.suppressed = suppression_.next_block_suppressed();
      for (std::size_t i = lo; i < hi; ++i) {
        const Run& r = runs_[i];
        const std::size_t at = block.prose.text().size();
        if (r.verbatim) block.prose.append_source(source_, r.begin, r.end);
        else block.prose.append_replacement(r.text, r.begin, r.end);
        const std::size_t end = block.prose.text().size();
        if (r.link != 0) {
          if (i > lo && runs_[i - 1].link == r.link) block.links.back().end = end;
          else block.links.push_back({at, end, link_targets_[r.link - 1]});
        }
        if (r.code == 0) continue;
        if (i > lo && runs_[i - 1].code == r.code) block.code.back().end = end;
        else block.code.push_back({at, end});
      }
      blocks_.push_back(std::move(block));
      block_just_ended_ = true;
    }
    runs_.clear();
  }

  std::string_view source_;
  std::vector<Block> blocks_;
  SuppressionState suppression_;
  std::vector<MD_BLOCKTYPE> stack_;
  int level_ = 0;  // the level of the heading last entered
  bool block_just_ended_ = false;  // no block began since the last prose block
  int skip_depth_ = 0;   // code blocks, HTML blocks and tables we are inside
  int image_depth_ = 0;  // image alt text is a description, not prose
  int code_spans_ = 0;   // inline code spans seen so far
  int code_span_ = 0;    // the one we are inside (its number), 0: none
  std::vector<std::string> link_targets_;  // of the links seen so far, by number - 1
  int link_ = 0;  // the link we are inside (its number), 0: none
  std::vector<Run> runs_;
  // The lines of the HTML block being read; what read_html() is emitting.
  std::vector<std::pair<std::size_t, std::size_t>> html_lines_;
  int html_heading_ = 0;
  bool html_list_item_ = false;
  bool pending_break_ = false;  // a line break waits for the next run
  std::size_t last_end_ = 0;    // source end of the last run, HTML included
};

}  // namespace

std::string_view front_matter_title(std::string_view source) {
  const std::size_t begin = source.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  const std::string_view block = source.substr(begin, front_matter_size(source, begin));
  for (std::size_t at = 0; at < block.size();) {
    std::size_t eol = block.find('\n', at);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view line = block.substr(at, eol - at);
    at = eol + 1;
    if (line.substr(0, 5) != "title") continue;
    line.remove_prefix(5);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || (line.front() != ':' && line.front() != '=')) continue;
    line.remove_prefix(1);
    const auto [first, last] = trimmed(line);
    line = line.substr(first, last - first);
    if (line.size() >= 2 && (line.front() == '"' || line.front() == '\'') &&
        line.back() == line.front()) {
      line = line.substr(1, line.size() - 2);
    }
    return line;
  }
  return {};
}

std::vector<Block> read_markdown(std::string_view source, std::vector<Masked>* masked,
                                 std::vector<Warning>* warnings, const DialectNames& names) {
  std::size_t begin = source.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  begin += front_matter_size(source, begin);
  // Same length: md4c's offsets are the file's.
  Dialects dialects = mask_dialects(source, begin, names);
  std::vector<Block> blocks = Reader(dialects.text).run(begin, warnings);
  drop_masked(dialects.masked, &blocks);
  if (masked != nullptr) *masked = std::move(dialects.masked);
  return blocks;
}

}  // namespace twice::segmenter
