// Shrinks a program while a difference stays: hierarchical delta debugging over its statements.
// A statement is a bracket-balanced run of lines (a line, or a block from its opening line to
// its closing one), which the generator's layout guarantees. The top-level statements are
// minimized first (ddmin: drop halves, then quarters... of the list while the test still
// fails), then the statements inside each block that is left, and the whole is repeated until
// nothing more can go. A candidate that does not even parse is rejected without running it.
import vm from 'node:vm';

// How much deeper the brackets are at the end of the line than at its start.
function depthChange(line) {
  let change = 0;
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
    } else if (c === '/' && line[i + 1] === '/') {
      break;
    } else if ('{(['.includes(c)) {
      change++;
    } else if ('})]'.includes(c)) {
      change--;
    }
  }
  return change;
}

// The statements among the lines `indexes` (in order): arrays of line indexes, each balanced. A
// line that closes more than it opens (the end of an enclosing block) is not a statement.
function statementsIn(lines, indexes) {
  const statements = [];
  let i = 0;
  while (i < indexes.length) {
    let depth = 0;
    let lowest = 0;
    let j = i;
    for (; j < indexes.length; j++) {
      depth += depthChange(lines[indexes[j]]);
      lowest = Math.min(lowest, depth);
      if (depth <= 0) break;
    }
    if (depth === 0 && lowest === 0 && j < indexes.length) statements.push(indexes.slice(i, j + 1));
    i = j + 1;
  }
  return statements;
}

function parses(source) {
  try {
    new vm.Script(source);
    return true;
  } catch {
    return false;
  }
}

// ddmin over `units` (arrays of line indexes): the smallest subset found for which
// `stillFails(kept units)` holds.
async function ddmin(units, stillFails) {
  let current = units;
  let granularity = 2;
  while (current.length >= 2) {
    const size = Math.ceil(current.length / granularity);
    let reduced = false;
    for (let start = 0; start < current.length; start += size) {
      const complement = [...current.slice(0, start), ...current.slice(start + size)];
      if (await stillFails(complement)) {
        current = complement;
        granularity = Math.max(granularity - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (granularity >= current.length) break;
      granularity = Math.min(granularity * 2, current.length);
    }
  }
  if (current.length === 1 && await stillFails([])) return [];
  return current;
}

// `test(source)` resolves true while the difference is there. Returns the smallest source found.
export async function minimize(source, test, { maxRounds = 4 } = {}) {
  const lines = source.replace(/\n$/, '').split('\n');
  const alive = lines.map(() => true);
  const tried = new Map();
  const textWithout = (gone) => lines.filter((_, i) => alive[i] && !gone.has(i)).join('\n') + '\n';
  const check = async (text) => {
    if (!tried.has(text)) tried.set(text, parses(text) ? await test(text) : false);
    return tried.get(text);
  };
  for (let round = 0; round < maxRounds; round++) {
    let removedAny = false;
    // Blocks to look into, outermost first: the line indexes strictly inside each.
    const blocks = [lines.map((_, i) => i)];
    while (blocks.length > 0) {
      const inside = blocks.shift().filter((i) => alive[i]);
      const statements = statementsIn(lines, inside);
      if (statements.length === 0) continue;
      const all = statements.flat();
      const kept = await ddmin(statements, (candidate) => {
        const keep = new Set(candidate.flat());
        return check(textWithout(new Set(all.filter((i) => !keep.has(i)))));
      });
      const keep = new Set(kept.flat());
      for (const i of all) {
        if (!keep.has(i)) {
          alive[i] = false;
          removedAny = true;
        }
      }
      for (const statement of kept) if (statement.length > 2) blocks.push(statement.slice(1, -1));
    }
    if (!removedAny) break;
  }
  return textWithout(new Set());
}
