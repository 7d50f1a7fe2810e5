// Uses the installed twice library the way a client would: one header, an
// in-memory source, default options. Exits 0 when the second paragraph is
// reported as restating the first, 1 otherwise.
#include <twice/twice.h>

#include <iostream>
#include <utility>
#include <vector>

int main() {
  std::vector<twice::Source> sources;
  sources.push_back(twice::Source{
      "draft.txt",
      "The city council approved a new budget for the public libraries on "
      "Tuesday. The plan adds evening opening hours at every branch and pays "
      "for twelve new librarians.\n"
      "\n"
      "On Tuesday the city council approved a new budget for public "
      "libraries. Every branch gets evening opening hours, and the plan pays "
      "for twelve new librarians.\n"});

  const twice::Options options;
  twice::Result<twice::Analysis> analysis = twice::analyze(std::move(sources), options);
  if (!analysis.ok()) {
    std::cerr << "twice_consumer: " << analysis.error().describe() << "\n";
    return 1;
  }

  bool restated = false;
  for (const twice::Finding& finding : analysis.value().findings) {
    if (finding.kind == twice::FindingKind::kRestatedParagraph &&
        finding.restates.begin < finding.location.begin) {
      restated = true;
    }
  }
  std::cout << twice::render_findings(analysis.value(), twice::ReportFormat::kJson);
  if (!restated) {
    std::cerr << "twice_consumer: expected the second paragraph to restate the first\n";
    return 1;
  }
  return 0;
}
