// Code: the program's files in tabs, as an editor: line numbers, syntax colours, the current
// line of each agent, error markers with their message on hover, undo/redo, select, copy and
// paste (ImGui's text editing, so the shells' clipboards work), and a switch to the task-list
// editor. Editing marks the run stale; the explanation bar then offers to run it again.
//
// The text is edited by one InputTextMultiline sized to the whole file and drawn with
// transparent text; the colours are drawn under it from the same buffer, so selection, cursor
// and undo stay ImGui's while the learner sees coloured code.
#include <imgui.h>
#include <imgui_internal.h>  // GetInputTextState: where the cursor is, to keep it in view

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"
#include "ui/syntax.h"
#include "ui/view_model.h"

namespace th::ui {

namespace {

int ResizeToString(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

ImU32 TokenColour(TokenKind kind, const Accents& accents) {
  switch (kind) {
    case TokenKind::Keyword: return accents.syntax_keyword;
    case TokenKind::Builtin: return accents.syntax_builtin;
    case TokenKind::String: return accents.syntax_string;
    case TokenKind::Number: return accents.syntax_number;
    case TokenKind::Comment: return accents.syntax_comment;
    case TokenKind::Text: break;
  }
  return ImGui::GetColorU32(ImGuiCol_Text);
}

void DrawSquiggle(ImDrawList* draw, float x0, float x1, float y, float scale, ImU32 colour) {
  const float step = 3.0f * scale;
  ImVec2 previous(x0, y);
  bool up = true;
  for (float x = x0 + step; x <= x1 + step; x += step, up = !up) {
    const ImVec2 next(std::min(x, x1), y + (up ? -1.5f : 1.5f) * scale);
    draw->AddLine(previous, next, colour, 1.0f * scale);
    previous = next;
  }
}

// ImGui keeps one undo history, for the text field edited last. The buttons replay Ctrl+Z and
// Ctrl+Y on it when it is the editor's, after the click has taken the keyboard from the editor:
// the text is then written back to the file, and ImGui's own copy of it kept equal, so the
// history (redo included) goes on when the learner clicks back into the code.
constexpr int kStbUndo = 0x20000A;  // imgui_widgets.cpp: STB_TEXTEDIT_K_UNDO
constexpr int kStbRedo = 0x20000B;  // imgui_widgets.cpp: STB_TEXTEDIT_K_REDO

bool ReplayUndo(ImGuiID editor, bool redo, std::string& text) {
  ImGuiInputTextState* state = ImGui::GetInputTextState(editor);
  if (!state || ImGui::GetActiveID() == editor) return false;
  if ((redo ? state->GetRedoAvailCount() : state->GetUndoAvailCount()) <= 0) return false;
  state->OnKeyPressed(redo ? kStbRedo : kStbUndo);
  state->ClearSelection();
  state->TextA.resize(state->TextW.Size * 4 + 1);
  ImTextStrToUtf8(state->TextA.Data, state->TextA.Size, state->TextW.Data, nullptr);
  state->CurLenA = static_cast<int>(std::strlen(state->TextA.Data));
  state->TextAIsValid = true;
  text.assign(state->TextA.Data, static_cast<std::size_t>(state->CurLenA));
  return true;
}

// The Undo and Redo buttons, at the right of the file tabs, for the file shown (`editor` is its
// text field, 0 when the task list is shown instead).
void DrawUndoRedo(PanelContext& context, ImGuiID editor, int file_index, bool symbols_only) {
  const ImGuiInputTextState* state = editor ? ImGui::GetInputTextState(editor) : nullptr;
  const bool compact = symbols_only;
  struct Action {
    bool redo;
    const char* label;
    const char* tooltip;
  };
  static constexpr Action kActions[] = {
      {false, "\xe2\x86\xa9 Undo", "Undo the last edit (Ctrl+Z)"},         // ↩
      {true, "\xe2\x86\xaa Redo", "Redo what was undone (Ctrl+Y)"},        // ↪
  };
  for (const Action& action : kActions) {
    const int available = state ? (action.redo ? state->GetRedoAvailCount() : state->GetUndoAvailCount()) : 0;
    ImGui::BeginDisabled(available <= 0);
    // In a small embed, or beside many files, the arrows alone, so the file tabs keep their room.
    const char* label = compact ? (action.redo ? "\xe2\x86\xaa###redo" : "\xe2\x86\xa9###undo") : action.label;
    // The tab bar measures its tabs in the font it began with (the code font): ask for the width
    // of the label in the font it is drawn in, or the label would be cut short.
    ImGui::SetNextItemWidth(ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (ImGui::TabItemButton(label, ImGuiTabItemFlags_Trailing | ImGuiTabItemFlags_NoTooltip) && file_index >= 0) {
      std::string& text = context.program.files[static_cast<std::size_t>(file_index)].text;
      if (ReplayUndo(editor, action.redo, text)) {
        ++context.program.revision;
        context.program.SyncTasksFromCode();
        context.output.program_edited = true;
      }
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
      ImGui::SetTooltip("%s%s", action.tooltip, available > 0 ? "" : "\nNothing to undo or redo yet in this file.");
    }
  }
}

// Reset and Share, at the right of the file tabs. Reset asks first: the edits it drops cannot
// be undone (a reset program is a new load, with a new undo history).
void DrawProgramActions(PanelContext& context, bool symbols_only) {
  const FrameInput& input = context.input;
  const bool example = !context.program.example_id.empty();
  const char* reset = symbols_only ? "\xe2\x86\xba###reset" : "\xe2\x86\xba Reset###reset";  // ↺
  ImGui::SetNextItemWidth(ImGui::CalcTextSize(reset, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x);
  ImGui::BeginDisabled(!input.program_changed);
  if (ImGui::TabItemButton(reset, ImGuiTabItemFlags_Trailing | ImGuiTabItemFlags_NoTooltip)) {
    ImGui::OpenPopup("reset?");
  }
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
    ImGui::SetTooltip("%s", !input.program_changed ? "This is the program as it opened: after you edit it, Reset brings this back."
                            : example ? "Back to the example as it was written: your edits to it are dropped."
                                      : "Back to the program as its link opened it: your edits to it are dropped.");
  }
  if (ImGui::BeginPopup("reset?")) {
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
    ImGui::TextUnformatted(example ? "Reset to the original example?" : "Reset to the program the link opened?");
    ImGui::TextDisabled("Your edits to it are dropped; Undo cannot bring them back.");
    if (ImGui::Button("Reset to the original")) {
      context.output.reset_program = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep my edits")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (!input.can_share) return;
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("Share").x + 2 * ImGui::GetStyle().FramePadding.x);
  if (ImGui::TabItemButton("Share", ImGuiTabItemFlags_Trailing | ImGuiTabItemFlags_NoTooltip)) {
    context.output.share_requested = true;
  }
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("Copy a link that opens this program, every file as it is now, for anyone you send it to");
  }
}

// Whether the file tabs and the buttons with their words fit in the tab bar; when they do not,
// the buttons show their symbols only, so every file's tab stays in view. Measured in the
// fonts they are drawn in: the file names in the code font (current), the buttons in the UI font.
bool ButtonWordsFit(const PanelContext& context) {
  if (context.compact) return false;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float tab_extra = 2 * style.FramePadding.x + style.ItemInnerSpacing.x;
  float needed = 0;
  for (const trace::SourceFile& file : context.program.files) needed += ImGui::CalcTextSize(file.name.c_str()).x + tab_extra;
  ImGui::PushFont(context.ui.fonts.ui);
  for (const char* label : {"\xe2\x86\xa9 Undo", "\xe2\x86\xaa Redo", "\xe2\x86\xba Reset", "Share", "Task list"}) {
    needed += ImGui::CalcTextSize(label).x + tab_extra;
  }
  ImGui::PopFont();
  return needed <= ImGui::GetContentRegionAvail().x;
}

void DrawEditor(PanelContext& context, int file_index) {
  const UiContext& ui = context.ui;
  const Accents& accents = AccentsFor(ui.settings.theme);
  const trace::State& state = context.State();
  Program& program = context.program;
  std::string& text = program.files[static_cast<std::size_t>(file_index)].text;

  ImGui::BeginChild("editor", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const std::vector<std::string_view> lines = SplitLines(text);
  const float line_height = ImGui::GetFontSize();
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  const float char_width = ImGui::CalcTextSize("M").x;
  const float gutter = ImGui::CalcTextSize("9999").x + 16.0f * ui.scale;
  float widest = 0;
  for (std::string_view line : lines) widest = std::max(widest, ImGui::CalcTextSize(line.data(), line.data() + line.size()).x);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 size(std::max(avail.x - gutter, widest + 4 * char_width + 2 * pad.x),
                    std::max(avail.y, static_cast<float>(lines.size() + 1) * line_height + 2 * pad.y));
  const float text_x = origin.x + gutter + pad.x;
  const auto line_top = [&](int line_number) { return origin.y + pad.y + static_cast<float>(line_number - 1) * line_height; };
  const float scroll_y = ImGui::GetScrollY();
  const int first_visible = std::max(1, static_cast<int>(scroll_y / line_height));
  const int last_visible = std::min(static_cast<int>(lines.size()),
                                    static_cast<int>((scroll_y + avail.y) / line_height) + 2);

  // The current line of each agent, behind the text (only while the run matches the source).
  const bool run_matches = !context.input.run.stale;
  int follow_line = 0;
  if (run_matches) {
    for (const CurrentLine& current : CurrentLines(state)) {
      if (current.file != file_index || current.line < 1) continue;
      const ImU32 colour = accents.agent_lines[current.agent % 4];
      const float y = line_top(current.line);
      draw->AddRectFilled(ImVec2(origin.x + gutter, y), ImVec2(origin.x + gutter + size.x, y + line_height),
                          (colour & 0x00FFFFFF) | (current.innermost_of_last_mover ? 0x50000000u : 0x28000000u));
      draw->AddText(ImVec2(origin.x + 2.0f * ui.scale, y), colour, "\xe2\x96\xb6");  // ▶
      if (current.innermost_of_last_mover) follow_line = current.line;
    }
  }
  // Error markers: a red wash on the line, a dot in the gutter, a squiggle from the column on.
  const Diagnostic* hovered_diagnostic = nullptr;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const std::string& file_name = program.files[static_cast<std::size_t>(file_index)].name;
  std::vector<Diagnostic> diagnostics(context.input.diagnostics.begin(), context.input.diagnostics.end());
  diagnostics.insert(diagnostics.end(), state.diagnostics.begin(), state.diagnostics.end());
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.file != file_name || diagnostic.line < 1 || diagnostic.line > static_cast<int>(lines.size())) continue;
    const float y = line_top(diagnostic.line);
    // Not supported (yet) is not the learner's mistake: amber, not red.
    const ImU32 colour = diagnostic.kind == DiagnosticKind::SyntaxError ? accents.error : accents.syntax_number;
    draw->AddRectFilled(ImVec2(origin.x + gutter, y), ImVec2(origin.x + gutter + size.x, y + line_height),
                        (colour & 0x00FFFFFF) | 0x22000000u);
    draw->AddCircleFilled(ImVec2(origin.x + 5.0f * ui.scale, y + line_height * 0.5f), 3.5f * ui.scale, colour);
    const std::string_view line = lines[static_cast<std::size_t>(diagnostic.line - 1)];
    const std::size_t column = static_cast<std::size_t>(std::max(diagnostic.col - 1, 0));
    const float x0 = text_x + ImGui::CalcTextSize(line.data(), line.data() + std::min(column, line.size())).x;
    const float x1 = std::max(text_x + ImGui::CalcTextSize(line.data(), line.data() + line.size()).x, x0 + char_width);
    DrawSquiggle(draw, x0, x1, y + line_height - 1.0f, ui.scale, colour);
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && mouse.y >= y && mouse.y < y + line_height) {
      hovered_diagnostic = &diagnostic;
    }
  }
  // Line numbers and coloured text, for the visible lines only.
  std::vector<Token> tokens;
  LineState line_state = LineState::Normal;
  char number[16];
  for (int row = 1; row <= last_visible; ++row) {
    const std::string_view line = lines[static_cast<std::size_t>(row - 1)];
    tokens.clear();
    line_state = TokenizeLine(line, line_state, tokens);  // earlier lines only carry the state on
    if (row < first_visible) continue;
    const float y = line_top(row);
    std::snprintf(number, sizeof number, "%4d", row);
    draw->AddText(ImVec2(origin.x + 10.0f * ui.scale, y), accents.muted_text, number);
    float x = text_x;
    for (const Token& token : tokens) {
      const char* begin = line.data() + token.begin;
      const char* end = line.data() + token.end;
      draw->AddText(ImVec2(x, y), TokenColour(token.kind, accents), begin, end);
      x += ImGui::CalcTextSize(begin, end).x;
    }
  }

  // The editing itself: ImGui's multiline text field with its text made invisible.
  ImGui::SetCursorScreenPos(ImVec2(origin.x + gutter, origin.y));
  const ImGuiID id = ImGui::GetID("##source");
  context.view.editor_id = id;
  // Escape leaves the editor keeping the edits (ImGui's default would revert them).
  if (ImGui::GetActiveID() == id && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::ClearActiveID();
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  const bool changed = ImGui::InputTextMultiline("##source", text.data(), text.capacity() + 1, size,
                                                 ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackResize,
                                                 ResizeToString, &text);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  if (changed) {
    ++program.revision;
    program.SyncTasksFromCode();
    context.output.program_edited = true;
  }
  if (hovered_diagnostic) ImGui::SetTooltip("%s", hovered_diagnostic->message.c_str());

  // Keep the text cursor in view while typing, and the running line in view while stepping.
  if (const ImGuiInputTextState* editing = ImGui::GetInputTextState(id)) {
    int cursor_line = 1;
    for (int i = 0; i < editing->Stb.cursor && i < editing->CurLenW; ++i) cursor_line += editing->TextW[i] == '\n' ? 1 : 0;
    const float y = static_cast<float>(cursor_line - 1) * line_height + pad.y;
    if (y < ImGui::GetScrollY()) ImGui::SetScrollY(y);
    if (y + line_height > ImGui::GetScrollY() + avail.y) ImGui::SetScrollY(y + 2 * line_height - avail.y);
  } else if (context.view.code_followed_step != state.step && follow_line > 0) {
    context.view.code_followed_step = state.step;
    const float y = static_cast<float>(follow_line - 1) * line_height;
    if (y < ImGui::GetScrollY() || y + line_height > ImGui::GetScrollY() + avail.y) {
      ImGui::SetScrollY(std::max(y - avail.y * 0.4f, 0.0f));
    }
  }
  ImGui::EndChild();
}

}  // namespace

void DrawCodePanel(PanelContext& context) {
  Program& program = context.program;
  const trace::State& state = context.State();
  // When the step moves into another file (a child process's), its tab comes to the front.
  int select = -1;
  if (!context.input.run.stale && context.view.code_followed_step != state.step && state.position.file >= 0 &&
      state.position.file < static_cast<int>(program.files.size()) && state.position.file != program.active_file) {
    select = state.position.file;
  }
  // The task list is the last tab: the same program, listed instead of written. A switch made
  // elsewhere (program.use_task_list) selects its tab once.
  const bool switch_to_tasks = program.use_task_list && !context.view.task_tab_shown;
  const bool switch_to_code = !program.use_task_list && context.view.task_tab_shown;
  if (switch_to_code && select < 0) select = program.active_file;
  ImGui::PushFont(context.ui.fonts.code);
  ImGui::PushID(static_cast<int>(program.load_id));
  context.view.editor_id = 0;
  int shown_file = -1;
  const bool symbols_only = !ButtonWordsFit(context);
  if (ImGui::BeginTabBar("files", ImGuiTabBarFlags_FittingPolicyScroll)) {
    for (std::size_t i = 0; i < program.files.size(); ++i) {
      ImGui::PushID(program.files[i].name.c_str());
      const ImGuiTabItemFlags flags = select == static_cast<int>(i) ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(program.files[i].name.c_str(), nullptr, flags)) {
        program.active_file = static_cast<int>(i);
        program.use_task_list = false;
        context.view.task_tab_shown = false;
        shown_file = static_cast<int>(i);
        DrawEditor(context, static_cast<int>(i));
        ImGui::EndTabItem();
      }
      ImGui::PopID();
    }
    ImGui::PushFont(context.ui.fonts.ui);
    DrawUndoRedo(context, shown_file >= 0 ? context.view.editor_id : 0, shown_file, symbols_only);
    DrawProgramActions(context, symbols_only);
    const ImGuiTabItemFlags task_flags = ImGuiTabItemFlags_Trailing | (switch_to_tasks ? ImGuiTabItemFlags_SetSelected : 0);
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("Task list").x + 2 * ImGui::GetStyle().FramePadding.x);
    const bool tasks_open = ImGui::BeginTabItem("Task list", nullptr, task_flags);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Build the program from a list of tasks, without writing code");
    if (tasks_open) {
      program.use_task_list = true;
      context.view.task_tab_shown = true;
      DrawTaskListEditor(context);
      ImGui::EndTabItem();
    }
    ImGui::PopFont();
    ImGui::EndTabBar();
  }
  ImGui::PopID();
  ImGui::PopFont();
  if (program.files.empty() && !program.use_task_list) {
    EmptyHint(context.ui, "No program loaded. Pick one from Examples, or write your own.");
  }
}

}  // namespace th::ui
