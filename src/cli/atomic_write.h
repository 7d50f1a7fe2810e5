// Writes a whole file or nothing: the bytes go to a temporary file in the
// target's directory, which is flushed to disk and renamed over the target.
// A reader never sees a half-written report, and a failed write leaves any
// previous file as it was. A symbolic link is followed (the file it points
// to is replaced, not the link); a device or a pipe (/dev/stdout, /dev/full)
// is written directly, since it cannot be renamed over.
#ifndef TWICE_CLI_ATOMIC_WRITE_H_
#define TWICE_CLI_ATOMIC_WRITE_H_

#include <functional>
#include <ostream>
#include <string>

#include "twice/status.h"

namespace twice::cli {

// Calls `write` with a stream into the temporary file, then commits it.
Status write_atomically(const std::string& path,
                        const std::function<void(std::ostream&)>& write);

}  // namespace twice::cli

#endif  // TWICE_CLI_ATOMIC_WRITE_H_
