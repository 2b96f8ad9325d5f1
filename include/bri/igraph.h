/**
 * SECTION:igraph
 * @title: The igraph graph of a view
 * @short_description: the igraph_t inside a view, for C programs that call igraph themselves
 * @include: bri/igraph.h
 *
 * Not included by `<bri/bri.h>`: include it after
 * `<bri/bri.h>`, and build with igraph's flags too:
 *
 * |[
 *   cc prog.c $(pkg-config --cflags --libs libbri igraph)
 * ]|
 *
 * Numbering: vertex i of the igraph_t is bri_view_get_entity (view, i);
 * edge e runs from bri_view_get_edge_from (view, e) to
 * bri_view_get_edge_to (view, e) and has the weight
 * bri_view_get_edge_weight (view, e) (a view's weighting; the igraph_t
 * itself holds no attributes). The igraph_t is directed exactly when
 * bri_view_is_directed (view).
 */
#ifndef BRI_IGRAPH_H
#define BRI_IGRAPH_H

#include <igraph.h>
#include <bri/version.h>
#include <bri/view.h>

G_BEGIN_DECLS

/**
 * bri_view_get_igraph:
 * @view: a #BriView
 *
 * Gets the igraph of @view.
 *
 * Returns: (transfer none): the view's own igraph_t, read-only: pass it
 *   only to igraph functions that take a `const igraph_t *`, never free or
 *   modify it. Valid while the view lives (hold a reference with
 *   bri_view_ref()). Threads: as the view itself (docs/threading.md); note
 *   that Debian's igraph 0.10 is not thread-safe, so calls into igraph
 *   from several threads at once need a lock of the program's own.
 */
BRI_API const igraph_t *bri_view_get_igraph (const BriView *view);

G_END_DECLS

#endif /* BRI_IGRAPH_H */
