#pragma once
// Small drawing helpers the panels share.

#include <imgui.h>

#include <string_view>
#include <vector>

#include "trace/state.h"
#include "ui/ui_context.h"

namespace th::ui {

// A muted, wrapped sentence for a panel with nothing to show yet: it tells the learner what
// will appear there and when.
void EmptyHint(const UiContext& ui, std::string_view text);

// A section label inside a panel ("timers", "nextTick queue"), with an item count.
void SectionLabel(const UiContext& ui, std::string_view label, std::size_t count);

// Queue items as rounded chips in the accent colour, first to run at the top.
void QueueItems(const UiContext& ui, const std::vector<trace::QueueItem>& items, ImU32 accent);

}  // namespace th::ui
