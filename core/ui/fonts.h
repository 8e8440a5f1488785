#pragma once
// The fonts are embedded in the binary (from Debian's fonts-inter and fonts-jetbrains-mono), so
// the page needs no file system and every platform draws the same glyphs.

#include "ui/ui_context.h"

namespace th::ui {

// Adds the embedded fonts to the current ImGui context's atlas at the given content scale.
// Call before the renderer builds the font texture.
Fonts LoadFonts(float scale);

}  // namespace th::ui
