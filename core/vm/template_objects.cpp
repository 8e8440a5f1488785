// Tagged templates' strings (ECMAScript 13.2.8.4 GetTemplateObject): the first time a tag`...`
// runs, its cooked strings become a frozen array with the raw strings, also frozen, as its
// non-enumerable `raw`; that object is kept in a constant slot of the function's code that only
// this place uses, so every later run hands the tag the same object, as the spec's template
// registry does.
#include "vm/vm.h"

namespace th {

bool Vm::RunTemplateObject(ExtendedOp op, uint16_t site) {
  std::vector<Value>& constants = m_frames[m_frame_count - 1].closure->proto()->constants();
  if (op == ExtendedOp::CachedTemplate) {
    *m_sp++ = constants[site];
    return true;
  }
  // MakeTemplate: [cooked raw] -> [cooked]
  auto* raw = static_cast<JsObject*>(m_sp[-1].object);
  auto* cooked = static_cast<JsObject*>(m_sp[-2].object);
  raw->Freeze();
  DefineOwn(cooked, Intern("raw"), Value::Object(raw), 0);
  cooked->Freeze();
  constants[site] = Value::Object(cooked);
  --m_sp;
  return true;
}

}  // namespace th
