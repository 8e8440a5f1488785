#pragma once
// Where the learner's edits are kept between visits. The App says what was edited and asks
// for a saved version when a program opens; the shell decides where it lives (the page:
// localStorage, or memory where the browser refuses storage). Without a store nothing is saved.

#include <optional>
#include <string>
#include <vector>

#include "trace/run_input.h"

namespace th::ui {

class ProgramStore {
 public:
  virtual ~ProgramStore() = default;

  // The edited version of the program that opened as `original`, if one was saved.
  // `example_id` names the example it came from, or is "" for one's own program (one slot).
  virtual std::optional<std::vector<trace::SourceFile>> Load(const std::string& example_id,
                                                             const std::vector<trace::SourceFile>& original) = 0;
  // Keeps `files` as the learner's version of the program that opened as `original`.
  virtual void Save(const std::string& example_id, const std::vector<trace::SourceFile>& original,
                    const std::vector<trace::SourceFile>& files) = 0;
  // Drops the saved version: the program is back to its original.
  virtual void Forget(const std::string& example_id) = 0;
};

}  // namespace th::ui
