// Roles: where each sentence stands, for Evidence::parallel (detect/evidence.h).
//
// Collected while the run is flattened into term ids: per sentence, whether
// it is a lead-in (ends with a colon; or ends a paragraph that a code block
// follows, and not with a full stop), whether it is negated or opens a
// case, and its section; per section (a document's start, then each
// heading), the terms that name what it is about: the heading's content
// terms and words (Paragraph::subject) and the page's subject
// (Document::subject); per inline code term, the words it is made of
// (Sentence::code_words); per sentence, where its links point
// (Sentence::links) and, unless entries are compared, the reference entry
// it is part of (Paragraph::entry). Terms no sentence has are never named.
// Complexity: O(terms and code spans of the run). Not thread-safe.
#ifndef TWICE_DETECT_ROLES_H_
#define TWICE_DETECT_ROLES_H_

#include <map>
#include <string>
#include <vector>

#include "twice/detect/evidence.h"
#include "twice/document.h"
#include "twice/vectorize/tfidf.h"

namespace twice::detect {

class RolesBuilder {
 public:
  // compare_entries: Options::compare_entries (no sentence has an entry).
  explicit RolesBuilder(bool compare_entries) : compare_entries_(compare_entries) {}

  // Call in run order: each document, then each of its paragraphs, then
  // each of the paragraph's sentences (its terms still held, already in the
  // vocabulary; `content` leading ids of `bag` are its content terms).
  void document(const Document& document);
  void paragraph(const Paragraph& paragraph);
  void sentence(Sentence* sentence, const vectorize::Bag& bag, int content,
                const vectorize::Vocabulary& vocabulary);
  // The roles, once every sentence has been seen. Lets go of code words.
  SentenceRoles finish(const vectorize::Vocabulary& vocabulary);

 private:
  SentenceRoles roles_;
  bool compare_entries_;
  bool in_heading_ = false;
  // The paragraph's last sentence introduces a code block; its sentences
  // not seen yet.
  bool captions_code_ = false;
  std::size_t sentences_left_ = 0;
  // The headings above the paragraph, by level: each with the entry it is
  // part of (its own section for an entry heading, else its parent's), or -1.
  struct Open {
    int level;
    int entry;
  };
  std::vector<Open> headings_;
  const Document* document_ = nullptr;
  // Per section: its heading's words (none before the first heading).
  std::vector<const std::vector<std::string>*> heading_words_;
  std::vector<const Document*> section_document_;
  std::map<int, std::vector<std::string>> code_words_;            // by code term id
};

}  // namespace twice::detect

#endif  // TWICE_DETECT_ROLES_H_
