// The JavaScript half of the browser host: Web Workers (new Worker('worker.js'), postMessage,
// onmessage, terminate) and, inside a worker, self / postMessage / onmessage / close.
#include "runtime/host_scripts.h"

namespace th::runtime {

const char* const kBrowserHostScript = R"JS(
'use strict';
)JS";

}  // namespace th::runtime
