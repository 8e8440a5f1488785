#pragma once
// The JavaScript halves of the hosts (node_host_script.cpp, browser_host_script.cpp): each is
// run once per agent, as built-in code, over the natives of host_internals.cpp.

namespace th::runtime {

extern const char* const kNodeHostScript;
extern const char* const kBrowserHostScript;

}  // namespace th::runtime
