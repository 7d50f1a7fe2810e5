#include "twice/segment/prose.h"

#include <utf8proc.h>

#include <algorithm>
#include <cassert>
#include <cctype>

#include "twice/util/unicode.h"

namespace twice::segmenter {

void ProseText::append_source(std::string_view source, std::size_t begin,
                              std::size_t end) {
  assert(begin <= end && end <= source.size());
  if (begin == end) return;
  assert(pieces_.empty() || pieces_.back().source_end <= begin);
  const std::size_t at = text_.size();
  text_.append(source.data() + begin, end - begin);
  // Merging keeps the piece list short: a paragraph of plain text is usually
  // one verbatim piece per line, whatever the reader's append granularity.
  if (!pieces_.empty() && pieces_.back().verbatim &&
      pieces_.back().source_end == begin) {
    pieces_.back().text_end = text_.size();
    pieces_.back().source_end = end;
    return;
  }
  pieces_.push_back({at, text_.size(), begin, end, true});
}

void ProseText::append_replacement(std::string_view text, std::size_t begin,
                                   std::size_t end) {
  assert(begin <= end);
  // An empty replacement would own no text offset, so nothing could map to
  // it; dropping it is what "read as nothing" means anyway.
  if (text.empty()) return;
  assert(pieces_.empty() || pieces_.back().source_end <= begin);
  const std::size_t at = text_.size();
  text_.append(text);
  pieces_.push_back({at, text_.size(), begin, end, false});
}

ProseText ProseText::without(
    const std::vector<std::pair<std::size_t, std::size_t>>& cuts) const {
  if (pieces_.empty()) return *this;
  // The first cut ending after this text starts (cuts ascend in both ends).
  auto cut = std::upper_bound(
      cuts.begin(), cuts.end(), pieces_.front().source_begin,
      [](std::size_t value, const std::pair<std::size_t, std::size_t>& c) { return value < c.second; });
  if (cut == cuts.end() || cut->first >= pieces_.back().source_end) return *this;
  ProseText out;
  for (const Piece& p : pieces_) {
    const std::string_view text(text_.data() + p.text_begin, p.text_end - p.text_begin);
    if (!p.verbatim) {
      out.append_replacement(text, p.source_begin, p.source_end);
      continue;
    }
    for (std::size_t at = p.source_begin; at < p.source_end;) {
      while (cut != cuts.end() && cut->second <= at) ++cut;
      if (cut != cuts.end() && cut->first <= at) {  // inside a cut: skip to its end
        at = std::min(cut->second, p.source_end);
        continue;
      }
      const std::size_t stop =
          cut != cuts.end() ? std::min(cut->first, p.source_end) : p.source_end;
      // Verbatim bytes are the source's: the text can stand in for it.
      const std::size_t from = at - p.source_begin;
      out.text_.append(text.substr(from, stop - at));
      if (!out.pieces_.empty() && out.pieces_.back().verbatim &&
          out.pieces_.back().source_end == at) {
        out.pieces_.back().text_end = out.text_.size();
        out.pieces_.back().source_end = stop;
      } else {
        out.pieces_.push_back({out.text_.size() - (stop - at), out.text_.size(), at, stop, true});
      }
      at = stop;
    }
  }
  out.trim_space();
  return out;
}

std::pair<std::size_t, std::size_t> trimmed(std::string_view s) {
  std::size_t first = s.size(), last = 0;
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp;
    const std::size_t n = util::decode_at(s, i, &cp);
    if (!util::is_space(cp)) {
      if (first == s.size()) first = i;
      last = i + n;
    }
    i += n;
  }
  if (first == s.size()) return {0, 0};
  return {first, last};
}

// Cuts can leave the spaces that stood between two masks at an end.
void ProseText::trim_space() {
  const auto [first, last] = trimmed(text_);
  if (first == 0 && last == text_.size()) return;
  std::vector<Piece> kept;
  for (Piece p : pieces_) {
    if (p.text_end <= first || p.text_begin >= last) continue;
    const std::size_t lo = std::max(p.text_begin, first), hi = std::min(p.text_end, last);
    if (p.verbatim) {
      p.source_begin += lo - p.text_begin;
      p.source_end -= p.text_end - hi;
    }
    p.text_begin = lo - first;
    p.text_end = hi - first;
    kept.push_back(p);
  }
  text_ = text_.substr(first, last - first);
  pieces_ = std::move(kept);
}

std::size_t ProseText::text_at(std::size_t source_offset) const {
  // The first piece whose source ends after the offset (sources ascend).
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), source_offset,
      [](std::size_t value, const Piece& p) { return value < p.source_end; });
  if (it == pieces_.end()) return text_.size();
  if (it->source_begin >= source_offset) return it->text_begin;
  return it->verbatim ? it->text_begin + (source_offset - it->source_begin) : it->text_end;
}

std::size_t ProseText::piece_at(std::size_t at) const {
  assert(at < text_.size());
  // The last piece whose text_begin <= at; pieces tile text_ without gaps.
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), at,
      [](std::size_t value, const Piece& p) { return value < p.text_begin; });
  return static_cast<std::size_t>(it - pieces_.begin()) - 1;
}

std::size_t ProseText::source_begin(std::size_t at) const {
  const Piece& p = pieces_[piece_at(at)];
  // Inside a replacement there is no finer correspondence than its whole
  // source range, so any offset in it maps to the range's start.
  return p.verbatim ? p.source_begin + (at - p.text_begin) : p.source_begin;
}

std::size_t ProseText::source_end(std::size_t end) const {
  assert(end > 0 && end <= text_.size());
  const Piece& p = pieces_[piece_at(end - 1)];
  return p.verbatim ? p.source_begin + (end - p.text_begin) : p.source_end;
}

namespace {

std::string encode(utf8proc_int32_t cp) {
  // CommonMark: invalid code points and NUL read as U+FFFD.
  if (cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// A word that reads as code: letters with a call, a member, an underscore,
// a scope or a sigil ("app.mount()", "ref()", "build_rs", "std::mem",
// "$route"), or in camel case from a lower-case start ("useTOCHighlight",
// "getFileCommitDate": TypeDoc's headings).
bool reads_as_code(std::string_view word) {
  const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  if (std::none_of(word.begin(), word.end(), letter)) return false;
  const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (lower(word.front()) && std::adjacent_find(word.begin(), word.end(), [&](char a, char b) {
        return lower(a) && upper(b);
      }) != word.end()) {
    return true;
  }
  const std::size_t dot = word.find('.');
  return word.find("()") != std::string_view::npos || word.find('_') != std::string_view::npos ||
         word.find("::") != std::string_view::npos || word.front() == '$' ||
         (dot != std::string_view::npos && dot > 0 && dot + 1 < word.size());
}

}  // namespace

bool decode_entity(std::string_view entity, std::string* out) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') return false;
  std::string_view body = entity.substr(1, entity.size() - 2);
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return false;
    long value = 0;
    for (char c : digits) {
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else return false;
      value = value * (hex ? 16 : 10) + d;
    }
    *out = encode(value > 0x10FFFF ? 0xFFFD : static_cast<utf8proc_int32_t>(value));
    return true;
  }
  static const std::pair<std::string_view, utf8proc_int32_t> kNamed[] = {
      {"amp", '&'},       {"lt", '<'},        {"gt", '>'},
      {"quot", '"'},      {"apos", '\''},     {"nbsp", 0x00A0},
      {"mdash", 0x2014},  {"ndash", 0x2013},  {"hellip", 0x2026},
      {"rsquo", 0x2019},  {"lsquo", 0x2018},  {"ldquo", 0x201C},
      {"rdquo", 0x201D},  {"copy", 0x00A9},
  };
  for (const auto& [name, cp] : kNamed) {
    if (body == name) {
      *out = encode(cp);
      return true;
    }
  }
  return false;
}

bool names_entry(std::string_view heading, const std::vector<text::TextSpan>& code) {
  // The words outside the code spans, each span one "`" in their place.
  std::vector<std::string_view> words;
  std::size_t at = 0;
  const auto add_words = [&](std::size_t end) {
    while (at < end) {
      while (at < end && std::isspace(static_cast<unsigned char>(heading[at]))) ++at;
      std::size_t stop = at;
      while (stop < end && !std::isspace(static_cast<unsigned char>(heading[stop]))) ++stop;
      if (stop > at) words.push_back(heading.substr(at, stop - at));
      at = stop;
    }
  };
  for (const text::TextSpan& span : code) {
    add_words(span.begin);
    words.push_back("`");
    at = span.end;
  }
  add_words(heading.size());
  // An optional label of up to three words ("Static method:").
  for (std::size_t w = 0; w < words.size() && w < 3; ++w) {
    if (words[w] != "`" && words[w].back() == ':') {
      words.erase(words.begin(), words.begin() + w + 1);
      break;
    }
  }
  bool named = false;
  for (std::string_view word : words) {
    while (!word.empty() && word.back() == ',') word.remove_suffix(1);
    if (word.empty() || word == "and" || word == "or" || word == "&" || word == "/") continue;
    if (word != "`" && !reads_as_code(word)) return false;
    named = true;
  }
  return named;
}

std::string_view attribute_value(std::string_view tag, std::string_view key) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (std::size_t at = tag.find(key); at != std::string_view::npos; at = tag.find(key, at + 1)) {
    if (at == 0 || !space(tag[at - 1])) continue;
    std::size_t i = at + key.size();
    while (i < tag.size() && space(tag[i])) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && space(tag[i])) ++i;
    if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
      const std::size_t close = tag.find(tag[i], i + 1);
      if (close != std::string_view::npos) return tag.substr(i + 1, close - i - 1);
    }
  }
  return {};
}

std::string link_target(std::string_view href) {
  const std::size_t hash = std::min(href.find('#'), href.size());
  std::string_view path = href.substr(0, hash);
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  const std::size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  return std::string(path) + std::string(href.substr(hash));
}

}  // namespace twice::segmenter
