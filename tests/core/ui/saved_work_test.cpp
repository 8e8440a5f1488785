// Saved work as the App drives it: every edit goes to the shell's ProgramStore as it happens,
// a saved edit comes back when its program opens again, and Reset brings the original back and
// forgets the edit. The store here is memory; the page's keeps the same entries in localStorage.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "headless_imgui.h"
#include "ui/program_store.h"

namespace th::ui {
namespace {

using testing::HeadlessImGui;

class MemoryProgramStore : public ProgramStore {
 public:
  std::optional<std::vector<trace::SourceFile>> Load(const std::string& example_id,
                                                     const std::vector<trace::SourceFile>&) override {
    const auto found = saved.find(example_id);
    if (found == saved.end()) return std::nullopt;
    return found->second;
  }
  void Save(const std::string& example_id, const std::vector<trace::SourceFile>&,
            const std::vector<trace::SourceFile>& files) override {
    saved[example_id] = files;
  }
  void Forget(const std::string& example_id) override { saved.erase(example_id); }

  std::map<std::string, std::vector<trace::SourceFile>> saved;
};

void Edit(App& app, const std::string& line) {
  app.CurrentProgram().files[0].text += line;
  ++app.CurrentProgram().revision;
}

TEST_F(HeadlessImGui, AnEditIsSavedAsItHappensAndComesBackWithItsExample) {
  MemoryProgramStore store;
  App& app = MakeApp();
  app.SetProgramStore(&store);
  ASSERT_TRUE(app.LoadExample("boil_water"));
  DrawFrames(1);
  const std::string original = app.CurrentProgram().files[0].text;
  EXPECT_FALSE(app.ProgramChanged());
  EXPECT_TRUE(store.saved.empty()) << "an example as written is not saved";

  Edit(app, "console.log(\"mine\");\n");
  DrawFrames(1);
  ASSERT_EQ(store.saved.count("boil_water"), 1u);
  EXPECT_EQ(store.saved["boil_water"][0].text, original + "console.log(\"mine\");\n");
  EXPECT_TRUE(app.ProgramChanged());

  ASSERT_TRUE(app.LoadExample("timers_and_microtasks"));
  DrawFrames(1);
  ASSERT_TRUE(app.LoadExample("boil_water"));
  DrawFrames(1);
  EXPECT_EQ(app.CurrentProgram().files[0].text, original + "console.log(\"mine\");\n");
  EXPECT_TRUE(app.ProgramChanged());
  app.FinishRun();
  EXPECT_FALSE(app.Run().stale) << "the run shown is of the edited program";
}

TEST_F(HeadlessImGui, ResetBringsTheOriginalBackAndForgetsTheEdit) {
  MemoryProgramStore store;
  App& app = MakeApp();
  app.SetProgramStore(&store);
  app.LoadExample("boil_water");
  DrawFrames(1);
  const std::string original = app.CurrentProgram().files[0].text;
  Edit(app, "// a note\n");
  DrawFrames(1);
  ASSERT_EQ(store.saved.count("boil_water"), 1u);
  app.ResetProgram();
  DrawFrames(1);
  EXPECT_EQ(app.CurrentProgram().files[0].text, original);
  EXPECT_EQ(app.CurrentProgram().example_id, "boil_water");
  EXPECT_FALSE(app.ProgramChanged());
  EXPECT_EQ(store.saved.count("boil_water"), 0u);
}

TEST_F(HeadlessImGui, EditingBackToTheOriginalForgetsTheSavedEdit) {
  MemoryProgramStore store;
  App& app = MakeApp();
  app.SetProgramStore(&store);
  app.LoadProgram({{"main.js", "console.log(1);\n"}, {"worker.js", "// ✓ 🧵\n"}});
  DrawFrames(1);
  Edit(app, "x");
  DrawFrames(1);
  ASSERT_EQ(store.saved.count(""), 1u) << "one's own program has its own slot";
  EXPECT_EQ(store.saved[""].size(), 2u) << "every file is saved";
  app.CurrentProgram().files[0].text.pop_back();
  ++app.CurrentProgram().revision;
  DrawFrames(1);
  EXPECT_EQ(store.saved.count(""), 0u);
  EXPECT_FALSE(app.ProgramChanged());
}

}  // namespace
}  // namespace th::ui
