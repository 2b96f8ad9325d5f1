/* libbri/core/error.c — the BRI_ERROR domain and the version string. */
#include "config.h"
#include "core/core-private.h"

G_DEFINE_QUARK (bri-error-quark, bri_error)

const char *
bri_version_string (void)
{
  return PACKAGE_VERSION;
}
