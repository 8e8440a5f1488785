#include "vm/objects.h"

namespace th {

namespace {

int64_t ParseArrayIndex(const std::string& text) {
  if (text.empty() || text.size() > 10) return -1;
  if (text.size() > 1 && text[0] == '0') return -1;
  int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value < 4294967295LL ? value : -1;
}

}  // namespace

HeapString::HeapString(HeapString* left, HeapString* right, HeapAccount* account)
    : HeapObject(ObjKind::String),
      m_left(left),
      m_right(right),
      m_account(account),
      m_byte_length(left->ByteLength() + right->ByteLength()),
      m_utf16_length(left->Length() + right->Length()),
      m_ascii(left->is_ascii() && right->is_ascii()) {}

void HeapString::Flatten() const {
  std::string out;
  out.reserve(m_byte_length);
  // Walk the rope's leaves left to right with an explicit stack (ropes can be deep).
  std::vector<const HeapString*> stack = {m_right, m_left};
  while (!stack.empty()) {
    const HeapString* node = stack.back();
    stack.pop_back();
    if (node->m_left) {
      stack.push_back(node->m_right);
      stack.push_back(node->m_left);
    } else {
      out += node->m_text;
    }
  }
  m_text = std::move(out);
  m_left = m_right = nullptr;
  if (m_account) m_account->Charge(m_text.capacity());
}

void HeapString::Trace(Tracer& tracer) {
  if (m_left) {
    tracer.MarkObject(m_left);
    tracer.MarkObject(m_right);
  }
}

HeapString::HeapString(std::string text)
    : HeapObject(ObjKind::String), m_text(std::move(text)), m_byte_length(m_text.size()), m_array_index(ParseArrayIndex(m_text)) {
  for (unsigned char c : m_text) {
    if (c >= 0x80) {
      m_ascii = false;
      break;
    }
  }
  if (!m_ascii) {
    // UTF-16 length: one unit per code point below U+10000, two above.
    size_t units = 0;
    for (size_t i = 0; i < m_text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(m_text[i]);
      if ((c & 0xC0) == 0x80) continue;
      units += (c >= 0xF0) ? 2 : 1;
    }
    m_utf16_length = units;
  }
}

void PropertyMap::Add(HeapString* key, Value value, uint8_t flags) {
  m_entries.push_back({key, value, flags});
  if (m_index) {
    (*m_index)[key] = static_cast<uint32_t>(m_entries.size() - 1);
  } else if (m_entries.size() > kIndexThreshold) {
    RebuildIndex();
  }
}

bool PropertyMap::Remove(HeapString* key) {
  for (size_t i = 0; i < m_entries.size(); ++i) {
    if (m_entries[i].key == key) {
      m_entries.erase(m_entries.begin() + static_cast<long>(i));
      if (m_index) RebuildIndex();
      return true;
    }
  }
  return false;
}

void PropertyMap::RebuildIndex() {
  m_index = std::make_unique<std::unordered_map<HeapString*, uint32_t>>();
  for (size_t i = 0; i < m_entries.size(); ++i) (*m_index)[m_entries[i].key] = static_cast<uint32_t>(i);
}

void JsObject::Trace(Tracer& tracer) {
  if (m_proto) tracer.MarkObject(m_proto);
  for (auto& entry : m_props.entries()) {
    tracer.MarkObject(entry.key);
    tracer.Mark(entry.value);
  }
}

void JsArray::Trace(Tracer& tracer) {
  JsObject::Trace(tracer);
  for (auto& item : m_items) tracer.Mark(item);
}

void FunctionProto::Trace(Tracer& tracer) {
  for (auto& constant : m_constants) tracer.Mark(constant);
  for (auto* child : m_children) tracer.MarkObject(child);
  if (m_name) tracer.MarkObject(m_name);
}

void JsFunction::Trace(Tracer& tracer) {
  JsObject::Trace(tracer);
  if (m_name) tracer.MarkObject(m_name);
}

void Closure::Trace(Tracer& tracer) {
  JsFunction::Trace(tracer);
  tracer.MarkObject(m_proto);
  for (auto* box : m_upvalues) tracer.MarkObject(box);
}

void NativeFunction::Trace(Tracer& tracer) {
  JsFunction::Trace(tracer);
  for (auto& slot : slots) tracer.Mark(slot);
}

void BoundFunction::Trace(Tracer& tracer) {
  JsFunction::Trace(tracer);
  tracer.Mark(m_target);
  tracer.Mark(m_this);
  for (auto& arg : m_args) tracer.Mark(arg);
}

void Box::Trace(Tracer& tracer) { tracer.Mark(value); }

void IteratorObject::Trace(Tracer& tracer) {
  JsObject::Trace(tracer);
  tracer.Mark(target);
  tracer.Mark(next_method);
}

void JsPromise::Trace(Tracer& tracer) {
  JsObject::Trace(tracer);
  tracer.Mark(result);
  for (auto& reaction : m_reactions) {
    tracer.Mark(reaction.capability_promise);
    tracer.Mark(reaction.resolve);
    tracer.Mark(reaction.reject);
    tracer.Mark(reaction.handler);
  }
}

void JsObject::Freeze() {
  m_frozen = true;
  for (auto& entry : props().entries()) entry.flags &= static_cast<uint8_t>(~kWritable);
}

void GeneratorObject::Trace(Tracer& tracer) {
  JsObject::Trace(tracer);
  if (frame) tracer.Mark(Value::Object(frame));
  tracer.Mark(delegate);
  for (Request& request : queue) {
    tracer.Mark(request.value);
    tracer.Mark(request.promise);
  }
}

void AsyncFrame::Trace(Tracer& tracer) {
  tracer.Mark(closure);
  tracer.Mark(promise);
  tracer.Mark(generator);
  tracer.Mark(outer_aux);
  for (auto& value : saved) tracer.Mark(value);
}

void MapObject::Trace(Tracer& tracer) {
  JsObject::Trace(tracer);
  for (auto& entry : entries) {
    if (entry.deleted) continue;
    tracer.Mark(entry.key);
    tracer.Mark(entry.value);
  }
}

}  // namespace th
