#pragma once
// The page's ProgramStore: the learner's edits in the page's storage (web/page_storage.js:
// localStorage, or memory where the browser refuses it), one entry per example and one for
// the learner's own program.
//   threadhouse.program.example.<id>   {"version":1,"files":[...]}
//   threadhouse.program.own            {"version":1,"files":[...],"original":[...]}
// One's own program comes from a link (?code=, #p=): its edit is restored only when the page
// opens the same link again, so a new link is never hidden behind an old edit.
#include "ui/program_store.h"

namespace th::web {

class PageProgramStore : public ui::ProgramStore {
 public:
  std::optional<std::vector<trace::SourceFile>> Load(const std::string& example_id,
                                                     const std::vector<trace::SourceFile>& original) override;
  void Save(const std::string& example_id, const std::vector<trace::SourceFile>& original,
            const std::vector<trace::SourceFile>& files) override;
  void Forget(const std::string& example_id) override;
};

}  // namespace th::web
