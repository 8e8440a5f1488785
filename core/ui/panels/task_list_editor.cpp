// The task-list editor: the program's top level as a list of tasks a learner who does not write
// code can add, remove, reorder and edit. Every change regenerates the code (Program::
// RegenerateFromTasks), which marks the run stale like any edit; a hand edit of the code is read
// back into the list (Program::SyncTasksFromCode) when the code still has the list's shape, and
// otherwise leaves the list read-only until the learner resets the code to it.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <utility>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

namespace {

// What each kind means, in the seed's words, for the tooltip on the kind.
const char* TaskKindMeaning(TaskKind kind) {
  switch (kind) {
    case TaskKind::Log: return "Print a line right away (the worker reports)";
    case TaskKind::Work: return "Keep the thread busy for a while: a function that takes 5 minutes";
    case TaskKind::Timeout: return "A scheduled chore: print after a delay (macrotask)";
    case TaskKind::PromiseThen: return "An urgent chore: print as soon as the current work is done (microtask)";
    case TaskKind::Await: return "An async function that awaits, then prints (the rest runs as a microtask)";
    case TaskKind::QueueMicrotask: return "Another urgent chore (microtask)";
    case TaskKind::Worker: return "Another worker in the house: a thread that prints and replies";
    case TaskKind::Fork: return "Another house next door: a child process that prints and replies";
  }
  return "";
}

// The label editor: a small fixed buffer, so no allocation while typing.
bool EditLabel(std::string& label) {
  char buffer[128];
  const std::size_t length = std::min(label.size(), sizeof buffer - 1);
  label.copy(buffer, length);
  buffer[length] = '\0';
  if (!ImGui::InputText("##label", buffer, sizeof buffer)) return false;
  label = buffer;
  return true;
}

}  // namespace

void DrawTaskListEditor(PanelContext& context) {
  Program& program = context.program;
  const UiContext& ui = context.ui;
  if (program.tasks.empty()) {
    EmptyHint(ui, "Build a program without writing code: a list of tasks the worker does, top to bottom. "
                  "Starting a list replaces the program with the code it generates.");
    if (ImGui::Button("Start with the \"Boil water\" list")) {
      program.tasks = StarterTasks();
      program.RegenerateFromTasks();
      context.output.program_edited = true;
    }
    return;
  }
  // Code edited by hand into a shape the list cannot show: say so, keep the list in view but
  // read-only, and offer to put the list's code back.
  if (program.tasks_read_only) {
    const Accents& accents = AccentsFor(ui.settings.theme);
    ImGui::PushStyleColor(ImGuiCol_Text, accents.syntax_number);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("The code was edited by hand, and no longer reads as a list of tasks. "
                           "The list below is read-only until you reset the code to it.");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (ImGui::Button("Reset the code to this list")) {
      program.RegenerateFromTasks();
      context.output.program_edited = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Replaces the code with the code of this list: the hand edits are lost");
    ImGui::Spacing();
  }
  ImGui::BeginDisabled(program.tasks_read_only);
  bool changed = false;
  int remove = -1, move_up = -1;
  const float ms_width = 86.0f * ui.scale;
  const float kind_width = 130.0f * ui.scale;
  const ImVec2 table_size(0, std::max(ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing(), 40.0f));
  if (ImGui::BeginTable("tasks", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollY,
                        table_size)) {
    ImGui::TableSetupColumn("order", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthFixed, kind_width);
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("ms", ImGuiTableColumnFlags_WidthFixed, ms_width);
    ImGui::TableSetupColumn("remove", ImGuiTableColumnFlags_WidthFixed);
    for (std::size_t i = 0; i < program.tasks.size(); ++i) {
      TaskItem& task = program.tasks[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::BeginDisabled(i == 0);
      if (ImGui::ArrowButton("up", ImGuiDir_Up)) move_up = static_cast<int>(i);
      ImGui::EndDisabled();
      ImGui::SameLine(0, 2.0f * ui.scale);
      ImGui::BeginDisabled(i + 1 == program.tasks.size());
      if (ImGui::ArrowButton("down", ImGuiDir_Down)) move_up = static_cast<int>(i) + 1;
      ImGui::EndDisabled();
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      if (ImGui::BeginCombo("##kind", TaskKindName(task.kind))) {
        for (int k = 0; k < kTaskKindCount; ++k) {
          const auto kind = static_cast<TaskKind>(k);
          if (ImGui::Selectable(TaskKindName(kind), kind == task.kind)) {
            task.kind = kind;
            if (TaskKindHasMs(kind) && task.ms == 0) task.ms = kind == TaskKind::Work ? 100 : 0;
            changed = true;
          }
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", TaskKindMeaning(kind));
        }
        ImGui::EndCombo();
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", TaskKindMeaning(task.kind));
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      changed |= EditLabel(task.label);
      ImGui::TableNextColumn();
      if (TaskKindHasMs(task.kind)) {
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputInt("##ms", &task.ms, 0, 0)) {
          task.ms = std::clamp(task.ms, 0, 600000);
          changed = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip(task.kind == TaskKind::Work ? "How long the thread stays busy, in ms" : "The delay, in ms");
      }
      ImGui::TableNextColumn();
      if (ImGui::SmallButton("\xc3\x97")) remove = static_cast<int>(i);  // ×
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this task");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (move_up > 0) {
    std::swap(program.tasks[static_cast<std::size_t>(move_up)], program.tasks[static_cast<std::size_t>(move_up - 1)]);
    changed = true;
  }
  if (remove >= 0) {
    program.tasks.erase(program.tasks.begin() + remove);
    changed = true;
  }
  if (ImGui::Button("+ Add a task")) ImGui::OpenPopup("add");
  if (ImGui::BeginPopup("add")) {
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
    for (int k = 0; k < kTaskKindCount; ++k) {
      const auto kind = static_cast<TaskKind>(k);
      if (ImGui::Selectable(TaskKindName(kind))) {
        program.tasks.push_back({kind, "Task " + std::to_string(program.tasks.size() + 1),
                                 kind == TaskKind::Work ? 100 : kind == TaskKind::Timeout ? 10 : 0});
        changed = true;
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", TaskKindMeaning(kind));
    }
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  ImGui::TextDisabled("The code follows this list, and the list the code.");
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("Each change here rewrites the code (see the file's tab); an edit of the code that still "
                      "reads as a list of tasks shows up here.");
  }
  ImGui::EndDisabled();
  if (changed) {
    program.RegenerateFromTasks();
    context.output.program_edited = true;
  }
}

}  // namespace th::ui
