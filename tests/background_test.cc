// Background frequencies (text/background.h): the table format and the
// shipped English table.
#include "twice/text/background.h"

#include <gtest/gtest.h>

namespace twice::text {
namespace {

TEST(Background, ParsesCountsRanksAndTheTotalHeader) {
  const Background table = Background::parse(
      "# a comment\n# total tokens: 1000\nthe\t50\t40\nlamp\t7\t6\r\nwick\t2\t2\n");
  EXPECT_EQ(table.size(), 3u);
  EXPECT_EQ(table.total(), 1000u);  // rare words were dropped: the header counts them
  EXPECT_EQ(table.count("lamp"), 7u);
  EXPECT_EQ(table.count("wick"), 2u);
  EXPECT_EQ(table.count("candle"), 0u);
  EXPECT_EQ(table.rank("the"), 1u);
  EXPECT_EQ(table.rank("wick"), 3u);
  EXPECT_EQ(table.rank("candle"), 0u);
}

TEST(Background, WithoutATotalHeaderTheTotalIsTheSumOfCounts) {
  EXPECT_EQ(Background::parse("a\t3\t1\nb\t2\t1\n").total(), 5u);
}

TEST(Background, TheShippedEnglishTableIsWordNetsGlosses) {
  const Background& english = Background::english();
  EXPECT_GT(english.size(), 30000u);
  EXPECT_GT(english.total(), 1000000u);
  EXPECT_EQ(english.rank("the"), 1u);
  // Acronyms are one word, as twice tokenises them.
  EXPECT_GT(english.count("u.s."), 0u);
  // Every count is at least 2 (singletons are dropped) and ranks follow counts.
  std::uint64_t smallest = ~0ull;
  english.for_each([&](const std::string&, std::uint64_t count) { smallest = std::min(smallest, count); });
  EXPECT_EQ(smallest, 2u);
  EXPECT_GT(english.count("water"), english.count("lighthouse"));
  EXPECT_LT(english.rank("water"), english.rank("lighthouse"));
}

}  // namespace
}  // namespace twice::text
