// Generated code before it is text: a statement is a line, or a block with an opening line,
// a body of statements and a closing line. Rendering indents each block's body, so every block
// opens and closes on lines of its own and the minimizer can drop a block or a line without
// leaving brackets unbalanced.

// `inner` is how much deeper than the opening line the body sits (a `.then(` link of a chain,
// itself indented by two, has its body four deeper than the chain's first line).
export function block(open, body, close, inner = '  ') {
  return { open, body, close, inner };
}

export function render(items, indent = '') {
  const lines = [];
  for (const item of items) {
    if (typeof item === 'string') {
      lines.push(indent + item);
    } else {
      lines.push(indent + item.open);
      lines.push(...render(item.body, indent + item.inner));
      lines.push(indent + item.close);
    }
  }
  return lines;
}

export function countLines(items) {
  let count = 0;
  for (const item of items) count += typeof item === 'string' ? 1 : 2 + countLines(item.body);
  return count;
}

// The same statements with text put before the first line or after the last one.
export function withPrefix(items, prefix) {
  const [first, ...rest] = items;
  if (typeof first === 'string') return [prefix + first, ...rest];
  return [{ ...first, open: prefix + first.open }, ...rest];
}

export function withSuffix(items, suffix) {
  const last = items[items.length - 1];
  const before = items.slice(0, -1);
  if (typeof last === 'string') return [...before, last + suffix];
  return [...before, { ...last, close: last.close + suffix }];
}

// A single line of code, or null when the items span several lines.
export function asLine(items) {
  return items.length === 1 && typeof items[0] === 'string' ? items[0] : null;
}

// Every line indented by `indent` more (the links of a chain under its first line).
export function indented(items, indent) {
  return items.map((item) => (typeof item === 'string' ? indent + item
    : { ...item, open: indent + item.open, close: indent + item.close, inner: indent + item.inner }));
}
