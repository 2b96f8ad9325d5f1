/* tests/headertest.c — the public headers compile on their own, as C99,
 * with every warning an error (see tests/local.mk for the flags). */
#include <bri/bri.h>
#include <bri/igraph.h>

int
main (void)
{
  return bri_error_quark () == 0;
}
