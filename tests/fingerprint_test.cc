#include "twice/detect/fingerprint.h"

#include <gtest/gtest.h>

namespace twice::detect {
namespace {

constexpr FindingKind kSentence = FindingKind::kRestatedSentence;
constexpr FindingKind kParagraph = FindingKind::kRestatedParagraph;

TEST(Fingerprint, IsSixteenHexDigits) {
  const std::string print = fingerprint(kSentence, "A later one.", "An earlier one.");
  ASSERT_EQ(print.size(), 16u);
  EXPECT_EQ(print.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(Fingerprint, SurvivesRewrappingAndIndentation) {
  EXPECT_EQ(fingerprint(kParagraph, "The cache is new.\nIt is fast.", "Earlier text."),
            fingerprint(kParagraph, "  The cache is new. It\r\n   is fast.  ", "Earlier\ttext."));
}

TEST(Fingerprint, ChangesWithEitherPassageOrTheKind) {
  const std::string base = fingerprint(kSentence, "The cache is new.", "The cache was new.");
  EXPECT_NE(base, fingerprint(kSentence, "The cache is old.", "The cache was new."));
  EXPECT_NE(base, fingerprint(kSentence, "The cache is new.", "The cache was old."));
  EXPECT_NE(base, fingerprint(kParagraph, "The cache is new.", "The cache was new."));
}

TEST(Fingerprint, DirectionMatters) {
  EXPECT_NE(fingerprint(kSentence, "One text.", "Another text."),
            fingerprint(kSentence, "Another text.", "One text."));
}

TEST(Fingerprint, PassageBoundaryIsPartOfTheHash) {
  // Moving a word from one passage to the other is a different finding.
  EXPECT_NE(fingerprint(kSentence, "ab", "c"), fingerprint(kSentence, "a", "bc"));
}

}  // namespace
}  // namespace twice::detect
