// Helpers shared by the parser's stage tests: lines from text, as the stages before the one
// under test would hand them on.
#ifndef PAPERDEX_TESTS_PARSER_TEST_LINES_H_
#define PAPERDEX_TESTS_PARSER_TEST_LINES_H_

#include <string>
#include <vector>

#include "parser/classify.h"
#include "parser/lines.h"

namespace paperdex::parser::testing {

// The lines of `text`, classified (no masthead).
inline std::vector<Line> Classified(const std::string& text) {
  return Classify(SplitLines(text), {});
}

// The kinds of `lines`, in order.
inline std::vector<LineKind> Kinds(const std::vector<Line>& lines) {
  std::vector<LineKind> kinds;
  for (const Line& l : lines) kinds.push_back(l.kind);
  return kinds;
}

// A line long enough to read as body text, ending with a full stop.
inline std::string BodyLine(const std::string& lead) {
  return lead + "，全市各部门按照统一部署持续推进各项工作，取得了明显成效，群众满意度不断提升。";
}

}  // namespace paperdex::parser::testing

#endif  // PAPERDEX_TESTS_PARSER_TEST_LINES_H_
