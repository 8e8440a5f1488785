#include "runtime/browser_console.h"

#include <string_view>

#include "vm/inspect.h"

namespace th::runtime {

std::string BrowserUncaught(Vm& vm, Value reason, bool in_promise) {
  TempRoot keep(vm, reason);  // inspecting allocates
  std::string text;
  const bool is_error = reason.IsObject() && reason.object->kind() == ObjKind::Object &&
                        static_cast<JsObject*>(reason.object)->object_class() == ObjClass::Error;
  const Property* stack = is_error ? static_cast<JsObject*>(reason.object)->props().Find(vm.names().stack) : nullptr;
  if (reason.IsString()) {
    text = reason.AsString()->text();
  } else if (stack && stack->value.IsString()) {
    const std::string_view top_level = "at Object.<anonymous> (";
    std::string_view rest = stack->value.AsString()->text();
    while (!rest.empty()) {
      const std::size_t newline = rest.find('\n');
      std::string_view line = rest.substr(0, newline);
      const std::size_t at = line.find(top_level);
      if (at != std::string_view::npos && line.back() == ')') {
        text += std::string(line.substr(0, at)) + "at " +
                std::string(line.substr(at + top_level.size(), line.size() - at - top_level.size() - 1));
      } else {
        text += line;
      }
      if (newline == std::string_view::npos) break;
      text += '\n';
      rest.remove_prefix(newline + 1);
    }
  } else {
    text = Inspect(vm, reason, InspectOptions{});
  }
  return (in_promise ? "Uncaught (in promise) " : "Uncaught ") + text + "\n";
}

}  // namespace th::runtime

namespace th::runtime {

std::string BrowserErrorMessage(Vm& vm, Value error) {
  TempRoot keep(vm, error);
  if (error.IsString()) return error.AsString()->text();
  const bool is_error = error.IsObject() && error.object->kind() == ObjKind::Object &&
                        static_cast<JsObject*>(error.object)->object_class() == ObjClass::Error;
  const Property* stack = is_error ? static_cast<JsObject*>(error.object)->props().Find(vm.names().stack) : nullptr;
  if (stack && stack->value.IsString()) {
    const std::string& text = stack->value.AsString()->text();
    return text.substr(0, text.find('\n'));  // "Error: boom", the stack's first line
  }
  return Inspect(vm, error, InspectOptions{});
}

}  // namespace th::runtime
