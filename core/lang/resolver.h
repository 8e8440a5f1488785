#pragma once
// The resolver links every identifier to the variable it names (or to the global object) and
// finds which variables inner functions capture, so the compiler can keep the others in plain
// frame slots and put only captured ones in heap boxes.
#include <string>
#include <vector>

#include "lang/ast.h"

namespace th {

// Names the program wrapper declares, as Node's CommonJS wrapper does.
inline const char* const kModuleParams[] = {"exports", "require", "module", "__filename", "__dirname"};

// Resolves `program` in place. Returns diagnostics (redeclarations, unsupported globals).
std::vector<Diagnostic> Resolve(Node& program, const std::string& file);

}  // namespace th
