// What require() and the global scope find beyond the language: the host's modules (Node's
// timers, events, worker_threads, child_process, util, path, assert, timers/promises), the
// program's own files, and a clear word for what Threadhouse does not provide. The host scripts
// run here, once per agent.
#include <string>

#include "runtime/host_natives.h"
#include "runtime/host_scripts.h"

namespace th::runtime {

void Agent::InstallHostScript() {
  Vm& vm = *m_vm;
  const bool node = m_options.profile == trace::Profile::Node;
  JsObject* internals = detail::MakeHostInternals(*this);
  TempRoot keep(vm, internals);
  const Value exports = vm.RunBuiltinScript(node ? kNodeHostScript : kBrowserHostScript, Value::Object(internals));
  if (exports.IsException()) {
    // Threadhouse's own script failed: say so on stderr rather than run without it.
    Write(OutputStream::Stderr, std::string("Threadhouse internal error: the ") + (node ? "Node" : "browser") +
                                    " host script failed\n" + vm.FormatUncaught(vm.exception(), false));
    vm.ClearException();
    return;
  }
  m_host_exports = static_cast<JsObject*>(exports.object);
  vm.Pin(m_host_exports);
}

Value Agent::RequireModule(Vm& vm, std::string_view name) {
  if (name == "timers") return Value::Object(m_timers_module);
  if (m_host_exports && m_options.profile == trace::Profile::Node &&
      (name == "events" || name == "worker_threads" || name == "child_process" || name == "util" ||
       name == "path" || name == "timers/promises" || name == "assert")) {
    return vm.Get(Value::Object(m_host_exports), vm.Intern(name));
  }
  // The program's own files: require('./helper') or require('./helper.js').
  if (name.rfind("./", 0) == 0 || name.rfind("../", 0) == 0 || name.rfind('/', 0) == 0) return RequireLocal(name);
  static const char* const kPlanned[] = {"fs", "fs/promises", "http", "readline"};
  for (const char* planned : kPlanned) {
    if (name == planned) return vm.ThrowError("require('" + std::string(name) + "') is not available in Threadhouse yet");
  }
  static const char* const kNodeModules[] = {"os", "https", "net", "crypto", "stream", "zlib", "buffer", "url", "dns",
                                             "cluster", "perf_hooks", "async_hooks", "vm", "v8", "process", "tls",
                                             "dgram", "http2", "inspector", "repl", "tty", "string_decoder"};
  for (const char* node_module : kNodeModules) {
    if (name == node_module) return vm.ThrowError("require('" + std::string(name) + "') is not available in Threadhouse");
  }
  return Value::Empty();
}

Value Agent::RequireLocal(std::string_view name) {
  Vm& vm = *m_vm;
  std::string plain(name);
  while (plain.rfind("./", 0) == 0) plain = plain.substr(2);
  const trace::SourceFile* file = m_links ? m_links->FindFile(plain) : nullptr;
  if (!file && m_links) file = m_links->FindFile(plain + ".js");
  if (!file) return Value::Empty();
  // One module object per file, however it was named: the cache is keyed by the file's name.
  HeapString* key = vm.Intern("file:" + file->name);
  TempRoot keep_key(vm, key);
  if (Property* cached = vm.realm().module_cache->props().Find(key)) return cached->value;
  const Value require = vm.Get(Value::Object(vm.realm().prelude), vm.Intern("require"));
  const Value exports = vm.RunModule(file->text, file->name, require);
  if (exports.IsException()) return exports;
  TempRoot keep(vm, exports);
  vm.DefineOwn(vm.realm().module_cache, key, exports);
  return exports;
}

// Globals a program may expect that the host does not give: a clear word instead of "is not
// defined".
Value Agent::HostGlobal(Vm& vm, std::string_view name) {
  static const char* const kLater[] = {"SharedArrayBuffer", "Atomics", "fetch", "Buffer"};
  for (const char* later : kLater) {
    if (name == later) return vm.ThrowError(std::string(name) + " is not available in Threadhouse yet");
  }
  return Value::Empty();
}

}  // namespace th::runtime
