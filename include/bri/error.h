/**
 * SECTION:error
 * @title: Errors
 * @short_description: the library's one GError domain and its codes
 * @include: bri/bri.h
 *
 * Every fallible libbri function takes a `GError **error` as its last
 * argument, returns NULL or FALSE on failure and sets the error. Input
 * errors carry a message of the form `FILE:LINE:COLUMN: what was wrong,
 * what was expected`. I/O errors (a file that cannot be opened, read,
 * written or renamed) are reported in GLib's G_FILE_ERROR domain with the
 * path in the message. Callers should treat codes they do not know as
 * BRI_ERROR_FAILED.
 */
#ifndef BRI_ERROR_H
#define BRI_ERROR_H

#include <glib.h>
#include <bri/version.h>

G_BEGIN_DECLS

/**
 * BRI_ERROR:
 *
 * The error domain of libbri (a GQuark, "bri-error-quark").
 */
#define BRI_ERROR (bri_error_quark ())

/**
 * BriErrorCode:
 * @BRI_ERROR_FAILED: anything not covered below.
 * @BRI_ERROR_PARSE: input is not well formed: CSV syntax, encoding (invalid
 *   UTF-8, NUL or control bytes), a date, number or header that does not
 *   parse, a wrong number of fields.
 * @BRI_ERROR_INVALID: input is well formed but breaks a rule of the data
 *   model: unknown relation kind, weight or confidence out of range, an end
 *   date before the start date, a parent cycle, a missing required column.
 * @BRI_ERROR_NOT_FOUND: a name, id, kind or file that is referred to does
 *   not exist (a relation naming an unknown entity, a lookup without match).
 * @BRI_ERROR_AMBIGUOUS: a name matches more than one entity.
 * @BRI_ERROR_DUPLICATE: an id defined twice with different content, a
 *   duplicate column name.
 * @BRI_ERROR_LIMIT: a documented limit (see bri/io.h) was exceeded.
 * @BRI_ERROR_GRAPH: igraph reported an error while computing a result.
 *
 * The error codes of the #BRI_ERROR domain. Callers should treat a code they do not know as %BRI_ERROR_FAILED.
 */
typedef enum {
  BRI_ERROR_FAILED,
  BRI_ERROR_PARSE,
  BRI_ERROR_INVALID,
  BRI_ERROR_NOT_FOUND,
  BRI_ERROR_AMBIGUOUS,
  BRI_ERROR_DUPLICATE,
  BRI_ERROR_LIMIT,
  BRI_ERROR_GRAPH,
} BriErrorCode;

/**
 * bri_error_quark:
 *
 * The quark of the libbri error domain; use the #BRI_ERROR macro.
 *
 * Returns: the GQuark of BRI_ERROR.
 */
BRI_API GQuark bri_error_quark (void);

G_END_DECLS

#endif /* BRI_ERROR_H */
