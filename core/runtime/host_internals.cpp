// The natives under the host scripts (node_host_script.cpp): spawning agents, sending through
// ports, and the errors Node's own library throws. Each finds its agent through vm.host().
#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <cmath>
#include <string>

#include "lang/bytecode.h"
#include "runtime/host_natives.h"
#include "runtime/node_errors.h"
#include "vm/builtins.h"
#include "vm/inspect.h"
#include "vm/no_side_effects_string.h"

namespace th::runtime::detail {

namespace {

// A file name as a program writes it ("./worker.js", "worker.js") as the run's files name it.
std::string StringArg(Vm& vm, const Value* args, int argc, int index) {
  const Value value = Arg(args, argc, index);
  if (value.IsString()) return value.AsString()->text();
  HeapString* text = vm.ToString(value);
  return text ? text->text() : std::string();
}

PortId PortArg(const Value* args, int argc, int index) {
  const Value value = Arg(args, argc, index);
  return value.IsNumber() ? static_cast<PortId>(value.number) : kNoPort;
}

// spawn(kind, filename, isEval, argv, workerData, name) -> [agent id, pid, threadId, port]
Value Spawn(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Agent& agent = AgentOf(vm);
  SpawnRequest request;
  request.kind = StringArg(vm, args, argc, 0) == "process" ? AgentKind::Process : AgentKind::Worker;
  const std::string filename = StringArg(vm, args, argc, 1);
  if (Vm::ToBoolean(Arg(args, argc, 2))) {
    request.filename = "[worker eval]";
    request.source = filename;
  } else {
    // Node resolves a worker's file from the working folder only when the path says so; a page
    // resolves new Worker('worker.js') as a URL relative to itself.
    const bool path_like = filename.rfind("/", 0) == 0 || filename.rfind("./", 0) == 0 || filename.rfind("../", 0) == 0;
    if (request.kind == AgentKind::Worker && !path_like && agent.Profile() == trace::Profile::Node) {
      return ThrowNodeError(vm, vm.realm().type_error_proto, "ERR_WORKER_PATH",
                            "The worker script or module filename must be an absolute path or a relative path "
                            "starting with './' or '../'. Received \"" + filename + "\"",
                            {"node:internal/worker", 187, 9, "        throw new ERR_WORKER_PATH(filename);\n        ^"});
    }
    request.filename = ProgramFileName(filename);
    if (const trace::SourceFile* file = agent.links() ? agent.links()->FindFile(request.filename) : nullptr) {
      request.filename = file->name;
      request.source = file->text;
    } else {
      request.source.clear();  // the new agent reports the missing module when it starts
    }
  }
  const Value argv = Arg(args, argc, 3);
  if (Vm::IsArray(argv)) {
    for (const Value& item : static_cast<JsArray*>(argv.object)->items()) {
      if (item.IsString()) request.argv.push_back(item.AsString()->text());
    }
  }
  const Value worker_data = Arg(args, argc, 4);
  if (!worker_data.IsUndefined()) {
    ClonedMessage cloned;
    if (!SerializeMessage(vm, worker_data, &cloned)) return Value::Exception();
    request.worker_data = std::move(cloned);
  }
  request.name = StringArg(vm, args, argc, 5);
  std::string error;
  const std::optional<SpawnedAgent> spawned =
      agent.links() ? agent.links()->Spawn(agent, std::move(request), &error) : std::nullopt;
  if (!spawned) {
    return ThrowNodeError(vm, vm.realm().error_proto, "ERR_WORKER_INIT_FAILED",
                          error.empty() ? "This run cannot start workers or processes" : error);
  }
  agent.AddPort(spawned->port, true);
  JsArray* result = vm.NewArray(4);
  for (double field : {static_cast<double>(spawned->id), static_cast<double>(spawned->pid),
                       static_cast<double>(spawned->thread_id), static_cast<double>(spawned->port)}) {
    result->items().push_back(Value::Number(field));
  }
  return Value::Object(result);
}

Value Post(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Agent& agent = AgentOf(vm);
  ClonedMessage message;
  if (!SerializeMessage(vm, Arg(args, argc, 1), &message)) return Value::Exception();
  if (agent.links()) agent.links()->Post(agent, PortArg(args, argc, 0), std::move(message));
  return Value::Undefined();
}

Value Channel(Vm& vm, Value, Value*, int, NativeFunction*) {
  Agent& agent = AgentOf(vm);
  if (!agent.links()) return vm.ThrowError("MessageChannel is not available here");
  const auto [first, second] = agent.links()->NewChannel(agent);
  agent.AddPort(first, false);
  agent.AddPort(second, false);
  JsArray* ports = vm.NewArray(2);
  ports->items().push_back(Value::Number(first));
  ports->items().push_back(Value::Number(second));
  return Value::Object(ports);
}

Value Close(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  AgentOf(vm).ClosePort(PortArg(args, argc, 0));
  return Value::Undefined();
}

Value Disconnect(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Agent& agent = AgentOf(vm);
  if (agent.links()) agent.links()->ClosePort(agent, PortArg(args, argc, 0));
  return Value::Undefined();
}

Value Ref(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  AgentOf(vm).SetPortRef(PortArg(args, argc, 0), Vm::ToBoolean(Arg(args, argc, 1)));
  return Value::Undefined();
}

Value Terminate(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Agent& agent = AgentOf(vm);
  const Value target = Arg(args, argc, 0);
  if (agent.links() && target.IsNumber()) {
    agent.links()->Terminate(agent, static_cast<std::uint16_t>(target.number), StringArg(vm, args, argc, 1));
  }
  return Value::Undefined();
}

Value InvalidArgType(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  return ThrowInvalidArgType(vm, StringArg(vm, args, argc, 0), StringArg(vm, args, argc, 1), Arg(args, argc, 2));
}

// emitter.emit('error', er) with no listener: Node throws `er` itself (an Error) or
// ERR_UNHANDLED_ERROR, reported where its events library rethrows it.
Value UnhandledErrorEvent(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  const Value error = Arg(args, argc, 0);
  if (error.IsObject() && static_cast<JsObject*>(error.object)->object_class() == ObjClass::Error) {
    JsObject* object = static_cast<JsObject*>(error.object);
    object->error_site() = {"node:events", 502, 7, "      throw er; // Unhandled 'error' event\n      ^", true};
    const Value stack = vm.Get(error, vm.names().stack);
    if (stack.IsString()) {
      vm.DefineOwn(object, vm.names().stack, vm.Str(stack.AsString()->text() + "\nEmitted 'error' event at:"), kHidden);
    }
    return vm.Throw(error);
  }
  // Node names the value as inspect shows it.
  const std::string shown = Inspect(vm, error, InspectOptions());
  return ThrowNodeError(vm, vm.realm().error_proto, "ERR_UNHANDLED_ERROR", "Unhandled error. (" + shown + ")");
}

// A worker's uncaught error, with no 'error' listener on its Worker: thrown in this thread.
Value ThrowWorkerError(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  const Value error = Arg(args, argc, 0);
  if (error.IsObject() && static_cast<JsObject*>(error.object)->object_class() == ObjClass::Error) {
    JsObject* object = static_cast<JsObject*>(error.object);
    object->error_site() = {"node:internal/event_target", 1105, 28,
                            "  process.nextTick(() => { throw err; });\n                           ^", true, true};
    // The error came through Node's serializer, which makes an Error named after its type: inspect
    // then shows both ("RangeError [Error]: ...").
    const Value stack = vm.Get(error, vm.names().stack);
    const Value name = vm.Get(error, vm.names().name);
    if (stack.IsString()) {
      std::string text = stack.AsString()->text();
      const std::string type = name.IsString() ? name.AsString()->text() : "Error";
      if (type != "Error" && text.rfind(type + ":", 0) == 0) text = type + " [Error]" + text.substr(type.size());
      vm.DefineOwn(object, vm.names().stack, vm.Str(text + "\nEmitted 'error' event on Worker instance at:"), kHidden);
    }
  }
  return vm.Throw(error);
}

// handlingFatal(on): the 'uncaughtException' listeners start (true) or have returned (false).
Value HandlingFatal(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  AgentOf(vm).SetHandlingFatal(Vm::ToBoolean(Arg(args, argc, 0)));
  return Value::Undefined();
}

// fatal(reason, fromPromise): nobody handled it; the agent ends as Node's process does.
Value Fatal(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  AgentOf(vm).FatalFromHost(Arg(args, argc, 0), Vm::ToBoolean(Arg(args, argc, 1)));
  return Value::Undefined();
}

// A rejection reason named as V8 names it without running its code ("#<Object>", "42").
Value DescribeReason(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  return vm.Str(NoSideEffectsToString(vm, Arg(args, argc, 0)));
}

// reportException(error): a browser listener threw; the error is reported and dispatch goes on.
Value ReportException(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  AgentOf(vm).ReportBrowserException(Arg(args, argc, 0));
  return Value::Undefined();
}

// format(...args): util.format is console.log's formatting, returned instead of printed.
Value Format(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  std::string text;
  if (!FormatLogArguments(vm, args, argc, &text)) return Value::Exception();
  return vm.Str(text);
}

// inspect(value, depth, breakLength, compact, showHidden): util.inspect with the options it
// shares with console.log's inspect; a depth of Infinity or null means no limit.
Value InspectValue(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  InspectOptions options;
  const Value depth = Arg(args, argc, 1);
  if (depth.IsNull() || (depth.IsNumber() && depth.number > INT_MAX / 2)) {
    options.depth = INT_MAX / 2;
  } else if (depth.IsNumber()) {
    options.depth = static_cast<int>(depth.number);
  }
  const Value break_length = Arg(args, argc, 2);
  if (break_length.IsNumber()) {
    options.break_length = break_length.number > INT_MAX / 2 ? INT_MAX / 2 : static_cast<int>(break_length.number);
  }
  const Value compact = Arg(args, argc, 3);
  if (compact.IsNumber()) options.compact = static_cast<int>(compact.number);
  options.show_hidden = Vm::ToBoolean(Arg(args, argc, 4));
  return vm.Str(Inspect(vm, Arg(args, argc, 0), options));
}

// typeTag(value): what util.types asks of an object's internal class ("Promise", "Map", "Set",
// "Date", "AsyncFunction"), or "".
Value TypeTag(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  const Value value = Arg(args, argc, 0);
  if (!value.IsObject()) return vm.Str("");
  switch (value.object->kind()) {
    case ObjKind::Promise: return vm.Str("Promise");
    case ObjKind::Map: return vm.Str(static_cast<MapObject*>(value.object)->is_set ? "Set" : "Map");
    case ObjKind::Closure:
      return vm.Str(static_cast<Closure*>(value.object)->proto()->code()->is_async ? "AsyncFunction" : "");
    default: break;
  }
  if (!th::detail::DateInspectText(vm, value).empty()) return vm.Str("Date");
  return vm.Str("");
}

// writeWarning(text): a process warning, on stderr as Node prints it.
Value WriteWarning(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  AgentOf(vm).Write(OutputStream::Stderr, StringArg(vm, args, argc, 0));
  return Value::Undefined();
}

// assertionError(message, site): an AssertionError as Node's assert makes it, its stack naming
// the code, reported uncaught where Node's library throws it (site: "fail" for assert.fail,
// "ok" for assert()/assert.ok, anything else for the rest).
Value AssertionError(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  const std::string message = StringArg(vm, args, argc, 0);
  const std::string site = StringArg(vm, args, argc, 1);
  JsObject* error = vm.NewError(vm.realm().error_proto, message);
  TempRoot keep(vm, error);
  const Value stack = vm.Get(Value::Object(error), vm.names().stack);
  if (stack.IsString()) {
    const std::string& text = stack.AsString()->text();
    std::string renamed = "AssertionError [ERR_ASSERTION]" + text.substr(std::string("Error").size());
    vm.DefineOwn(error, vm.names().stack, vm.Str(std::move(renamed)), kHidden);
  }
  JsObject::ErrorSite& where = error->error_site();
  if (site == "ok") {
    where = {"node:internal/assert/utils", 281, 5, "    throw err;\n    ^", true};
  } else if (site == "fail") {
    where = {"node:assert", 137, 3, "  throw err;\n  ^", true};
  } else {
    where = {"node:assert", 90, 3, "  throw new AssertionError(obj);\n  ^", true};
  }
  return Value::Object(error);
}

// callSource(): the call expression on the program's line that called into assert, as Node's
// assert.ok quotes it ("assert.ok(x > 1)"), or "" when it cannot be found.
Value CallSource(Vm& vm, Value, Value*, int, NativeFunction*) {
  const std::string stack = vm.CaptureStack();
  // The first frame: "\n    at name (file:line:col)" or "\n    at file:line:col".
  const size_t at = stack.find("    at ");
  if (at == std::string::npos) return vm.Str("");
  size_t end = stack.find('\n', at);
  if (end == std::string::npos) end = stack.size();
  std::string frame = stack.substr(at + 7, end - at - 7);
  if (!frame.empty() && frame.back() == ')') frame = frame.substr(frame.find('(') + 1, frame.size() - frame.find('(') - 2);
  const size_t col_colon = frame.rfind(':');
  const size_t line_colon = col_colon == std::string::npos ? std::string::npos : frame.rfind(':', col_colon - 1);
  if (line_colon == std::string::npos) return vm.Str("");
  const std::string file = frame.substr(0, line_colon);
  const int line = std::atoi(frame.c_str() + line_colon + 1);
  const int col = std::atoi(frame.c_str() + col_colon + 1);
  const std::string& source = vm.SourceOf(file);
  size_t line_start = 0;
  for (int i = 1; i < line && line_start != std::string::npos; ++i) {
    line_start = source.find('\n', line_start);
    if (line_start != std::string::npos) ++line_start;
  }
  if (line_start == std::string::npos) return vm.Str("");
  const std::string text = source.substr(line_start, source.find('\n', line_start) - line_start);
  // From the column, back over the callee's name ("assert.ok"), then on to its closing paren.
  auto is_name = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || c == '.'; };
  size_t start = std::min(static_cast<size_t>(col > 0 ? col - 1 : 0), text.size());
  if (start < text.size() && text[start] == '(' && start > 0) --start;
  while (start > 0 && is_name(text[start - 1])) --start;
  const size_t open = text.find('(', start);
  if (open == std::string::npos) return vm.Str("");
  int depth = 0;
  char quote = 0;
  for (size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"' || c == '`') {
      quote = c;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return vm.Str(text.substr(start, i + 1 - start));
    }
  }
  return vm.Str("");
}

}  // namespace

JsObject* MakeHostInternals(Agent& agent) {
  Vm& vm = agent.vm();
  JsObject* internals = vm.NewObject();
  TempRoot keep(vm, internals);
  vm.DefineMethod(internals, "spawn", Spawn, 6);
  vm.DefineMethod(internals, "post", Post, 2);
  vm.DefineMethod(internals, "channel", Channel, 0);
  vm.DefineMethod(internals, "close", Close, 1);
  vm.DefineMethod(internals, "disconnect", Disconnect, 1);
  vm.DefineMethod(internals, "ref", Ref, 2);
  vm.DefineMethod(internals, "terminate", Terminate, 2);
  vm.DefineMethod(internals, "invalidArgType", InvalidArgType, 3);
  vm.DefineMethod(internals, "unhandledErrorEvent", UnhandledErrorEvent, 2);
  vm.DefineMethod(internals, "throwWorkerError", ThrowWorkerError, 1);
  vm.DefineMethod(internals, "handlingFatal", HandlingFatal, 1);
  vm.DefineMethod(internals, "fatal", Fatal, 2);
  vm.DefineMethod(internals, "describeReason", DescribeReason, 1);
  vm.DefineMethod(internals, "reportException", ReportException, 1);
  vm.DefineMethod(internals, "format", Format, 0);
  vm.DefineMethod(internals, "inspect", InspectValue, 5);
  vm.DefineMethod(internals, "typeTag", TypeTag, 1);
  vm.DefineMethod(internals, "writeWarning", WriteWarning, 1);
  vm.DefineMethod(internals, "assertionError", AssertionError, 2);
  vm.DefineMethod(internals, "callSource", CallSource, 0);

  const AgentIdentity& identity = agent.Identity();
  JsObject* facts = vm.NewObject();
  TempRoot keep_facts(vm, facts);
  vm.DefineOwn(internals, vm.Intern("identity"), Value::Object(facts));
  vm.DefineOwn(facts, vm.Intern("isMainThread"), Value::Bool(identity.kind != AgentKind::Worker));
  vm.DefineOwn(facts, vm.Intern("isProcess"), Value::Bool(identity.kind == AgentKind::Process));
  vm.DefineOwn(facts, vm.Intern("threadId"), Value::Number(identity.thread_id));
  const Value directory = vm.Str(std::string(kProgramDirectory));
  TempRoot keep_directory(vm, directory);
  vm.DefineOwn(facts, vm.Intern("programDirectory"), directory);
  vm.DefineOwn(facts, vm.Intern("parentPort"),
               Value::Number(identity.parent_port == kNoPort ? -1 : static_cast<double>(identity.parent_port)));
  // workerData: null on a main thread, undefined in a worker given none.
  Value worker_data = identity.kind == AgentKind::Worker ? Value::Undefined() : Value::Null();
  if (identity.worker_data) worker_data = DeserializeMessage(vm, *identity.worker_data);
  TempRoot keep_data(vm, worker_data);
  vm.DefineOwn(facts, vm.Intern("workerData"), worker_data);
  return internals;
}

}  // namespace th::runtime::detail
