/* libbri/bri-private.h — the umbrella of the store's and the CSV I/O's
 * private headers. Only the extraction layer (libbri/extract*) still uses
 * this umbrella; new code includes its layer's header (docs/architecture.md).
 * Never installed. */
#ifndef BRI_PRIVATE_UMBRELLA_H
#define BRI_PRIVATE_UMBRELLA_H

#include "core/core-private.h"

#endif /* BRI_PRIVATE_UMBRELLA_H */
