/* libbri/view/igraph-glue.h — the one door to igraph's global state.
 *
 * igraph keeps its error handler, warning handler, FINALLY stack and default
 * random generator in process-wide globals, and Debian's igraph 0.10.2 is
 * built with IGRAPH_THREAD_SAFE 0. Every libbri call into igraph (including
 * vector allocation and igraph_destroy()) therefore happens between
 * bri__igraph_enter() and bri__igraph_leave(): they hold one library-wide
 * lock, install libbri's handlers (the error handler records the first error
 * and frees igraph's FINALLY stack; the warning handler is silent) and put
 * back whatever handlers (and default random generator) the host program
 * had. Private: never installed. */
#ifndef BRI_IGRAPH_GLUE_H
#define BRI_IGRAPH_GLUE_H

#include <glib.h>
#include <igraph.h>

/* Takes the lock and installs libbri's handlers. Re-entrant: a nested
 * enter/leave pair inside another keeps the outer handlers and error. */
void bri__igraph_enter (void);

/* Restores the previous handlers and releases the lock. When @rc is not
 * IGRAPH_SUCCESS (or the handler recorded an error), sets @error to
 * BRI_ERROR_GRAPH with igraph's reason, file, line and error text; an
 * out-of-memory error reads "igraph: out of memory: …".
 * Returns: TRUE when no error happened. */
gboolean bri__igraph_leave (igraph_error_t rc, GError **error);

/* Inside enter/leave: whether an igraph error was recorded since enter. */
gboolean bri__igraph_failed (void);

/* Inside enter/leave: makes libbri's own generator igraph's default until
 * the outermost leave (which puts the host's back) and seeds it. */
void bri__igraph_seed (guint64 seed);

#endif /* BRI_IGRAPH_GLUE_H */
