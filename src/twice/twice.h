// Everything a user of the library needs: include this one header.
#ifndef TWICE_TWICE_H_
#define TWICE_TWICE_H_

#include "twice/analyze.h"   // IWYU pragma: export
#include "twice/baseline.h"  // IWYU pragma: export
#include "twice/config.h"    // IWYU pragma: export
#include "twice/document.h"  // IWYU pragma: export
#include "twice/options.h"   // IWYU pragma: export
#include "twice/report.h"    // IWYU pragma: export
#include "twice/status.h"    // IWYU pragma: export

#endif  // TWICE_TWICE_H_
