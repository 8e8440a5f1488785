#pragma once
// Where each panel goes for a given window size. A pure function of the size, so the layout
// is the same on the desktop and the page and can be tested without drawing anything.

#include <array>
#include <cstddef>

#include <imgui.h>

namespace th::ui {

// The panels of the playground, in the order a learner reads them.
enum class PanelId {
  Code,        // the program's source files
  CallStack,   // what the thread is running right now
  WebApis,     // timers and I/O being waited for, outside the thread
  TaskQueues,  // macrotasks waiting for their turn (Node's loop phases)
  Microtasks,  // the nextTick and microtask queues, emptied after every task
  Console,     // what the program printed
  Agents,      // the threads and processes: status, pid, exit code
  Timeline,    // every agent's activity over virtual time
};
inline constexpr std::size_t kPanelCount = 8;

struct Rect {
  ImVec2 min;
  ImVec2 size;
};

struct Layout {
  Rect toolbar;  // two rows: the buttons and menus, then the slider over the whole run
  Rect explain;  // the sentence explaining the current step: always visible, in every size
  std::array<Rect, kPanelCount> panels;
  bool compact = false;  // the small arrangement used for embeds (about 800x500)

  const Rect& Of(PanelId id) const { return panels[static_cast<std::size_t>(id)]; }
};

// Windows narrower or lower than this use the compact arrangement.
inline constexpr float kCompactWidth = 1000.0f;
inline constexpr float kCompactHeight = 640.0f;

// Lays out the toolbar and the panels inside a viewport of the given size, in pixels. `scale`
// is the HiDPI content scale; gaps and the toolbar grow with it.
Layout ComputeLayout(ImVec2 viewport, float scale);

}  // namespace th::ui
