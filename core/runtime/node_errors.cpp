#include "runtime/node_errors.h"

#include "vm/inspect.h"
#include "vm/utf16.h"

namespace th::runtime {

std::string DescribeReceived(Vm& vm, Value value) {
  if (value.IsNullish()) return value.IsNull() ? "null" : "undefined";
  if (value.IsObject() && Vm::IsCallable(value)) {
    const Value name = vm.Get(value, vm.names().name);
    if (name.IsString() && !name.AsString()->text().empty()) return "function " + name.AsString()->text();
    vm.ClearException();
  }
  if (value.IsObject()) {
    const Value constructor = vm.Get(value, vm.names().constructor);
    if (constructor.IsObject()) {
      const Value name = vm.Get(constructor, vm.names().name);
      if (name.IsString() && !name.AsString()->text().empty()) return "an instance of " + name.AsString()->text();
    }
    vm.ClearException();
    InspectOptions options;
    options.depth = -1;
    return Inspect(vm, value, options);
  }
  // A long string is cut before it is quoted; anything else after it is inspected.
  std::string inspected;
  if (value.IsString()) {
    const std::u16string text = ToUtf16(value.AsString()->text());
    inspected = QuoteJsString(text.size() > 28 ? FromUtf16(text.substr(0, 25)) + "..." : value.AsString()->text());
  } else {
    inspected = Inspect(vm, value, InspectOptions{});
    if (Utf16Length(inspected) > 28) inspected = FromUtf16(ToUtf16(inspected).substr(0, 25)) + "...";
  }
  HeapString* type = vm.TypeOf(value);
  return "type " + type->text() + " (" + inspected + ")";
}

Value ThrowNodeError(Vm& vm, JsObject* proto, std::string_view code, const std::string& message,
                     const NodeThrowSite& where) {
  JsObject* error = vm.NewError(proto, message);
  TempRoot keep(vm, error);
  // The stack names the code beside the error's name, as Node's internal errors do.
  const Value stack = vm.Get(Value::Object(error), vm.names().stack);
  if (stack.IsString()) {
    const std::string& text = stack.AsString()->text();
    const size_t colon = text.find(':');
    if (colon != std::string::npos) {
      std::string coded = text.substr(0, colon) + " [" + std::string(code) + "]" + text.substr(colon);
      vm.DefineOwn(error, vm.names().stack, vm.Str(std::move(coded)), kHidden);
    }
  }
  vm.DefineOwn(error, vm.names().code, vm.Str(std::string(code)));
  // Uncaught, Node shows where its own library rethrew it, not the program's line.
  JsObject::ErrorSite& site = error->error_site();
  site = {where.file, where.line, where.col, where.source, true};
  return vm.Throw(Value::Object(error));
}

Value ThrowInvalidArgType(Vm& vm, std::string_view name, std::string_view expected, Value actual) {
  const std::string message = "The \"" + std::string(name) + "\" argument must be of type " + std::string(expected) +
                              ". Received " + DescribeReceived(vm, actual);
  return ThrowNodeError(vm, vm.realm().type_error_proto, "ERR_INVALID_ARG_TYPE", message);
}

}  // namespace th::runtime
