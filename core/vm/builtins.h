#pragma once
// Shared helpers for the files that install built-ins (builtins_*.cpp). Internal to core/vm.
#include <string>

#include "vm/vm.h"

namespace th::detail {

inline Value Arg(const Value* args, int argc, int index) { return index < argc ? args[index] : Value::Undefined(); }

// Installs a native constructor with its prototype wired both ways.
NativeFunction* InstallConstructor(Vm& vm, std::string_view name, NativeFn fn, int length, JsObject* prototype);
void SetGlobal(Vm& vm, std::string_view name, Value value);

void InstallObjectBuiltins(Vm& vm);    // Object, Function.prototype, globalThis helpers
void InstallErrorBuiltins(Vm& vm);     // Error and its subclasses
void InstallConsole(Vm& vm);           // console.*
void InstallNumberBuiltins(Vm& vm);    // Number, Boolean, Math, parseInt/parseFloat/isNaN
void InstallStringBuiltins(Vm& vm);    // String and String.prototype
void InstallArrayBuiltins(Vm& vm);     // Array and Array.prototype (natives)
void InstallJsonBuiltins(Vm& vm);      // JSON
void InstallPromiseBuiltins(Vm& vm);   // Promise, queueMicrotask
void InstallCollectionBuiltins(Vm& vm);  // Map, Set
void InstallModuleBuiltins(Vm& vm);    // require and host-module errors
void InstallDateBuiltins(Vm& vm);      // Date (UTC, time from HostHooks::NowMs)
void InstallTypedArrayBuiltins(Vm& vm);  // ArrayBuffer, SharedArrayBuffer, Int8Array ... Float64Array
void InstallAtomics(Vm& vm);           // Atomics (wait and notify through HostHooks)
void InstallRegExpBuiltins(Vm& vm);    // RegExp and String.prototype's regexp methods
void InstallAsyncGeneratorBuiltins(Vm& vm);  // %AsyncGeneratorPrototype% (async_generators.cpp)
void InstallGeneratorBuiltins(Vm& vm);  // %GeneratorPrototype%: next, return, throw (generators.cpp)
void InstallSymbolBuiltins(Vm& vm);    // Symbol; the built-in iterables' [Symbol.iterator] (last)
// A RegExp from a pattern and flags (a literal's, or the constructor's): Exception on a bad one.
Value NewRegExp(Vm& vm, Value pattern, Value flags);
// The RegExp `value` is, as a literal ("/a+/g"), or "" unless it is one.
std::string RegExpInspectText(Vm& vm, Value value);
void ShareArrayMethods(Vm& vm);        // after the prelude: the typed arrays' callback methods
std::string DateInspectText(Vm& vm, Value value);  // "" unless `value` is a Date

// The JavaScript half of the built-ins (callback-taking methods, Promise combinators). They run
// as ordinary frames, so programs that use them stay steppable.
extern const char* const kPreludeSource;

}  // namespace th::detail
