// Promise (constructor, then, resolve, reject) and queueMicrotask.
// Promise.all/allSettled/race/any, catch and finally are in the JavaScript prelude.
#include "vm/builtins.h"

namespace th::detail {

namespace {

Value PromiseCtorPlaceholder(Vm& vm, Value, Value*, int, NativeFunction*) {
  // The interpreter handles `new Promise(executor)` itself (NativeKind::PromiseCtor) so the
  // executor runs as a frame; reaching here means a call from C++.
  return vm.ThrowTypeError("Promise constructor cannot be invoked without 'new'");
}

Value PromiseThen(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  if (!self.IsObject() || self.object->kind() != ObjKind::Promise) {
    return vm.ThrowTypeError("Method Promise.prototype.then called on incompatible receiver " +
                             Vm::ShownText(self));
  }
  JsPromise* derived = vm.NewPromise();
  TempRoot keep(vm, derived);
  vm.PerformPromiseThen(static_cast<JsPromise*>(self.object), Arg(args, argc, 0), Arg(args, argc, 1), derived);
  return Value::Object(derived);
}

Value PromiseResolveStatic(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  return vm.PromiseResolve(Arg(args, argc, 0));
}

Value PromiseRejectStatic(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  JsPromise* promise = vm.NewPromise();
  TempRoot keep(vm, promise);
  vm.RejectPromise(promise, Arg(args, argc, 0));
  return Value::Object(promise);
}

// For the prelude: a new pending promise with its resolving functions, as [promise, resolve, reject].
Value PromiseWithResolvers(Vm& vm, Value, Value*, int, NativeFunction*) {
  JsPromise* promise = vm.NewPromise();
  TempRoot keep(vm, promise);
  auto [resolve, reject] = vm.CreateResolvingFunctions(promise);
  TempRoot keep_resolve(vm, resolve);
  TempRoot keep_reject(vm, reject);
  JsObject* result = vm.NewObject();
  TempRoot keep_result(vm, result);
  vm.DefineOwn(result, vm.Intern("promise"), Value::Object(promise));
  vm.DefineOwn(result, vm.Intern("resolve"), Value::Object(resolve));
  vm.DefineOwn(result, vm.Intern("reject"), Value::Object(reject));
  return Value::Object(result);
}

Value IsPromise(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value v = Arg(args, argc, 0);
  return Value::Bool(v.IsObject() && v.object->kind() == ObjKind::Promise);
}

// For the prelude's combinators: throws V8's TypeError for an argument that cannot be iterated
// ("number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"), which the
// combinator turns into a rejection.
Value CheckIterable(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  const Value value = Arg(args, argc, 0);
  return vm.IsIterable(value) ? Value::Undefined() : vm.ThrowNotIterable(value);
}

// For Promise.any: the AggregateError it rejects with when every promise rejected. V8 makes it
// without a stack trace (so Node prints it as [AggregateError: ...], and an unhandled one from
// where Node's own code rethrows it).
Value AnyRejection(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  const std::string message = "All promises were rejected";
  JsObject* error = vm.NewError(vm.realm().aggregate_error_proto, message);
  TempRoot keep(vm, error);
  vm.DefineOwn(error, vm.names().stack, vm.Str("AggregateError: " + message), kHidden);
  error->error_site() = {};
  JsArray* errors = vm.NewArray();
  TempRoot keep_errors(vm, errors);
  const Value list = Arg(args, argc, 0);
  if (Vm::IsArray(list)) errors->items() = static_cast<JsArray*>(list.object)->items();
  vm.DefineOwn(error, vm.names().errors, Value::Object(errors), kHidden);
  return Value::Object(error);
}

Value QueueMicrotask(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value callback = Arg(args, argc, 0);
  if (!Vm::IsCallable(callback)) {
    return vm.ThrowTypeError("The \"callback\" argument must be of type function.");
  }
  vm.EnqueueJob(JobKind::Callback, callback, Value::Undefined(), Value::Undefined());
  return Value::Undefined();
}

}  // namespace

void InstallPromiseBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  NativeFunction* promise = InstallConstructor(vm, "Promise", PromiseCtorPlaceholder, 1, r.promise_proto);
  promise->set_native_kind(NativeKind::PromiseCtor);
  r.promise_ctor = promise;
  vm.DefineMethod(promise, "resolve", PromiseResolveStatic, 1);
  vm.DefineMethod(promise, "reject", PromiseRejectStatic, 1);
  vm.DefineMethod(r.prelude, "withResolvers", PromiseWithResolvers, 0);
  vm.DefineMethod(r.promise_proto, "then", PromiseThen, 2);
  vm.DefineMethod(r.prelude, "isPromise", IsPromise, 1);
  vm.DefineMethod(r.prelude, "checkIterable", CheckIterable, 1);
  vm.DefineMethod(r.prelude, "anyRejection", AnyRejection, 1);
  SetGlobal(vm, "queueMicrotask", Value::Object(vm.NewNative("queueMicrotask", QueueMicrotask, 1)));
}

}  // namespace th::detail
