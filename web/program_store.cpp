#include "program_store.h"

#include <emscripten.h>

#include <cstdlib>

#include "files_bridge.h"

namespace th::web {

namespace {

// The saved files as URI lines (files_bridge.h), or "" when there are none for this program.
EM_JS(char*, th_program_load, (const char* key, const char* original_json), {
  let files = [];
  try {
    const record = JSON.parse(ThreadhouseStorage.get(UTF8ToString(key)) || "null");
    const original = UTF8ToString(original_json);
    const sameOrigin = !record || !record.original || JSON.stringify(record.original) === JSON.stringify(JSON.parse(original));
    if (record && record.version === 1 && Array.isArray(record.files) && sameOrigin) files = record.files;
  } catch (e) {
    files = [];  // an entry this page cannot read is as good as none
  }
  return allocateUTF8(files.filter((f) => f && typeof f.name === "string" && typeof f.text === "string")
                           .map((f) => encodeURIComponent(f.name) + "\n" + encodeURIComponent(f.text)).join("\n"));
});

EM_JS(void, th_program_save, (const char* key, const char* record_json), {
  if (!ThreadhouseStorage.set(UTF8ToString(key), UTF8ToString(record_json)) && !Module.thToldStorageFull) {
    Module.thToldStorageFull = true;
    if (Module.onThreadhouseNotice) Module.onThreadhouseNotice("The browser's storage for this page is full: your latest edits are kept only until the page closes.");
  }
});

EM_JS(void, th_program_forget, (const char* key), {
  ThreadhouseStorage.remove(UTF8ToString(key));
});

std::string KeyFor(const std::string& example_id) {
  return example_id.empty() ? "threadhouse.program.own" : "threadhouse.program.example." + example_id;
}

}  // namespace

std::optional<std::vector<trace::SourceFile>> PageProgramStore::Load(const std::string& example_id,
                                                                     const std::vector<trace::SourceFile>& original) {
  char* lines = th_program_load(KeyFor(example_id).c_str(), FilesToJson(original).c_str());
  std::vector<trace::SourceFile> files = FilesFromUriLines(lines ? lines : "");
  std::free(lines);
  if (files.empty()) return std::nullopt;
  return files;
}

void PageProgramStore::Save(const std::string& example_id, const std::vector<trace::SourceFile>& original,
                            const std::vector<trace::SourceFile>& files) {
  std::string record = "{\"version\":1,\"files\":" + FilesToJson(files);
  // An example's original is in the page already; one's own program is known by its link.
  if (example_id.empty()) record += ",\"original\":" + FilesToJson(original);
  record += "}";
  th_program_save(KeyFor(example_id).c_str(), record.c_str());
}

void PageProgramStore::Forget(const std::string& example_id) { th_program_forget(KeyFor(example_id).c_str()); }

}  // namespace th::web
