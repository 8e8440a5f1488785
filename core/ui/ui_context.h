#pragma once
// What every panel needs besides the state it draws: fonts, scale and the view settings.
// View settings live here, never in the session (STYLE.md, Tracy row).

#include <string>

#include "trace/state.h"

struct ImFont;

namespace th::ui {

enum class Theme {
  Dark,   // the default: calm on long sessions and projectors alike
  Light,  // for bright rooms and printed screenshots
};

struct Fonts {
  ImFont* ui = nullptr;       // Inter: labels, buttons, explanations
  ImFont* heading = nullptr;  // Inter SemiBold: panel titles
  ImFont* code = nullptr;     // JetBrains Mono: source, console, queue labels
};

// What the learner chose that outlives a session (persisted by settings.cpp: an ini file on
// the desktop, localStorage on the page).
struct ViewSettings {
  Theme theme = Theme::Dark;
  bool show_analogies = true;  // name each panel in the seed's house and restaurant words too
  double play_speed = 4.0;     // steps per second while playing
  std::string example_id;      // the example open last time, reopened at start
  // The host whose event loop the program runs under: Node.js (loop phases, nextTick,
  // setImmediate) or a browser (one task queue). Changing it runs the program again.
  trace::Profile profile = trace::Profile::Node;
  // Workers and processes run at once on real threads, against the wall clock (parallel mode),
  // instead of taking turns in an order drawn from the seed. Only where a build has threads.
  bool parallel = false;
  // The timeline squeezes long idle stretches (a 2000 ms timer wait) into a short break mark,
  // so the busy parts stay readable; off, its time axis is linear.
  bool compress_idle = true;
};

struct UiContext {
  Fonts fonts;
  float scale = 1.0f;  // HiDPI content scale: 2.0 on a Retina display
  ViewSettings settings;
};

}  // namespace th::ui
