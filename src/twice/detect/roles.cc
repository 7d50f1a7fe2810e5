#include "twice/detect/roles.h"

#include <algorithm>
#include <string_view>

namespace twice::detect {
namespace {

// Ends with a colon: introduces an example, a list or a table; right before
// a code block, anything but a full stop, a question or an exclamation does
// ("Example usage with initial time set", "Example of sending a UDP packet
// to a port on `localhost`;").
bool is_lead_in(std::string_view text, bool before_code) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return false;
  const char last = text.back();
  return last == ':' || (before_code && last != '.' && last != '?' && last != '!');
}

void add_ids(const std::vector<std::string>& terms, const vectorize::Vocabulary& vocabulary,
             std::vector<int>* ids) {
  for (const std::string& term : terms) {
    const int id = vocabulary.find(term);
    if (id >= 0) ids->push_back(id);
  }
}

// Sorts `ids` and drops repeats.
void sort_unique(std::vector<int>* ids) {
  std::sort(ids->begin(), ids->end());
  ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
}

}  // namespace

void RolesBuilder::document(const Document& document) {
  document_ = &document;
  headings_.clear();
  roles_.subjects.emplace_back();  // the page's own, until a heading
  heading_words_.push_back(nullptr);
  section_document_.push_back(document_);
}

void RolesBuilder::paragraph(const Paragraph& paragraph) {
  captions_code_ = paragraph.before_code;
  sentences_left_ = paragraph.sentences.size();
  in_heading_ = paragraph.heading;
  if (!in_heading_) return;
  while (!headings_.empty() && headings_.back().level >= paragraph.heading_level) {
    headings_.pop_back();
  }
  const int parent = headings_.empty() ? -1 : headings_.back().entry;
  const int section = static_cast<int>(roles_.subjects.size());
  headings_.push_back({paragraph.heading_level, paragraph.entry ? section : parent});
  roles_.subjects.emplace_back();
  if (!compare_entries_) {
    roles_.entry_parent.resize(section + 1, -1);
    if (paragraph.entry) roles_.entry_parent[section] = parent;
  }
  heading_words_.push_back(&paragraph.subject);
  section_document_.push_back(document_);
}

void RolesBuilder::sentence(Sentence* sentence, const vectorize::Bag& bag, int content,
                            const vectorize::Vocabulary& vocabulary) {
  --sentences_left_;
  roles_.lead_in.push_back(is_lead_in(sentence->text, captions_code_ && sentences_left_ == 0));
  roles_.negated.push_back(sentence->negated);
  roles_.opens_case.push_back(sentence->opens_case);
  roles_.links.push_back(std::move(sentence->links));
  std::vector<std::string>().swap(sentence->links);
  std::vector<int>& cited = roles_.link_terms.emplace_back();
  add_ids(sentence->link_terms, vocabulary, &cited);
  sort_unique(&cited);
  std::vector<std::string>().swap(sentence->link_terms);
  roles_.section.push_back(static_cast<int>(roles_.subjects.size()) - 1);
  if (!compare_entries_) roles_.entry.push_back(headings_.empty() ? -1 : headings_.back().entry);
  if (in_heading_) {
    roles_.subjects.back().insert(roles_.subjects.back().end(), bag.begin(), bag.begin() + content);
  }
  for (std::size_t c = 0; c < sentence->code.size() && c < sentence->code_words.size(); ++c) {
    const ByteRange& range = sentence->code[c];
    // A code span's term is its text between backticks (text/tokenize.h).
    const int id =
        vocabulary.find("`" + sentence->text.substr(range.begin, range.end - range.begin) + "`");
    if (id >= 0 && code_words_.count(id) == 0) {
      code_words_.emplace(id, std::move(sentence->code_words[c]));
    }
  }
  std::vector<std::vector<std::string>>().swap(sentence->code_words);
}

SentenceRoles RolesBuilder::finish(const vectorize::Vocabulary& vocabulary) {
  if (!code_words_.empty()) roles_.code_words.resize(vocabulary.size());
  for (const auto& [id, words] : code_words_) add_ids(words, vocabulary, &roles_.code_words[id]);
  code_words_.clear();
  for (std::size_t section = 0; section < roles_.subjects.size(); ++section) {
    std::vector<int>& subject = roles_.subjects[section];
    add_ids(section_document_[section]->subject, vocabulary, &subject);
    if (heading_words_[section] != nullptr) add_ids(*heading_words_[section], vocabulary, &subject);
    sort_unique(&subject);
  }
  return std::move(roles_);
}

}  // namespace twice::detect
