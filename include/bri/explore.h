/**
 * SECTION:explore
 * @title: Explorer page and charts
 * @short_description: a view's layout (igraph), the interactive explorer page (one self-contained HTML file) and the timeline chart (cairo and Pango)
 * @include: bri/bri.h
 *
 * The explorer page. bri_view_explore() writes one HTML file that needs no
 * network to open: its styles, its data and its scripts are inline. The
 * network is drawn by sigma.js (WebGL) over a graphology graph, both from
 * npm, pinned by tools/explore/package-lock.json and compiled into libbri
 * as a GResource when libbri is built (never kept in the repository).
 * WebGL draws 10,000 edges as fluidly as 100; an SVG or DOM drawing would
 * not. Positions are computed here with igraph (bri_view_layout()), so the
 * page shows the same picture every time it is opened.
 *
 * What the page holds: every vertex of the view (id, kind, English and
 * Chinese names, aliases, position, size score, group), every edge (its
 * ends, weight and the relations behind it), and each of those relations
 * once (kind, ends, date, end date, title, source id and title, evidence,
 * confidence). The page offers: node size by a centrality, colour by
 * community or kind with a legend, a search box that finds an entity by its
 * id or by any name or alias, in English, Simplified or Traditional (each
 * Chinese name and alias is also written in Traditional, converted by
 * OpenCC's s2t.json, so 老撾 finds an entity known only as 老挝), a click on a node listing its
 * relations, a click on an edge listing every relation behind it with its
 * kind, date, source and verbatim evidence, and a time window (two sliders
 * over the months of the data, or from/to fields taking partial dates) that
 * shows an edge while at least one relation behind it overlaps the window
 * by the library's rule (bri_date_span_overlaps(): an undated relation only
 * while the window is fully open). A link may select an entity on opening:
 * `PAGE.html#find=NAME` (URL-encoded) searches NAME. An empty view gives a
 * page that says no relation matches.
 *
 * Escaping. The data are JSON written by json-glib inside a
 * `<script type="application/json">` element, with every `<` written as
 * `\u003c`, so no name can close the element; the title and caption in the
 * HTML are escaped by g_markup_escape_text(); the page's script puts every
 * string into the document as text (textContent), never as markup.
 */
#ifndef BRI_EXPLORE_H
#define BRI_EXPLORE_H

#include <glib.h>
#include <bri/version.h>
#include <bri/view.h>
#include <bri/query.h>
#include <bri/export.h>

G_BEGIN_DECLS

/**
 * bri_view_layout:
 * @view: the view.
 * @seed: the seed of the layout's random start.
 * @xy: (out caller-allocates) (array): 2 × bri_view_get_n_entities()
 *   doubles: x then y of each vertex, in view order.
 * @error: return location for a #GError, or %NULL
 *
 * Places the vertices with igraph's Fruchterman–Reingold layout (500
 * iterations, the grid variant above 1000 vertices, edges as undirected),
 * then scales the result into [0, 1] × [0, 1] keeping its aspect ratio.
 * The same view and seed give the same positions.
 * Returns: TRUE on success.
 * Errors: BRI_ERROR_GRAPH (igraph failed).
 * Complexity: O(iterations × (V + E)) with the grid, O(iterations × V²)
 *   without.
 */
BRI_API gboolean bri_view_layout (const BriView *view, guint64 seed, double *xy,
                                  GError **error);

/**
 * BriExploreOptions:
 *
 * How bri_view_explore() draws a view (opaque): the size measure, the
 * colouring, the layout's seed, the title and the caption.
 */
typedef struct _BriExploreOptions BriExploreOptions;

/**
 * bri_explore_options_new:
 *
 * The options of bri_view_explore(), at their defaults.
 *
 * Returns: (transfer full): the defaults: node size by degree (weights
 *   none), colour by community (as bri_view_draw() computes it), seed 1,
 *   title "libbri explorer", no caption; free with
 *   bri_explore_options_free().
 */
BRI_API BriExploreOptions *bri_explore_options_new (void);
/**
 * bri_explore_options_free:
 * @options: (nullable) (transfer full): the options
 *
 * Frees @options. %NULL is ignored.
 */
BRI_API void bri_explore_options_free (BriExploreOptions *options);
/**
 * bri_explore_options_set_size_measure:
 * @options: the options
 * @measure: the centrality that node areas grow with
 * @weights: the edge weights the centrality is computed with
 *
 * Sizes the nodes by a centrality (the default is degree, unweighted).
 */
BRI_API void bri_explore_options_set_size_measure (BriExploreOptions *options,
                                                   BriMeasure measure,
                                                   BriWeights weights);
/**
 * bri_explore_options_set_color:
 * @options: the options
 * @color: %BRI_DRAW_COLOR_COMMUNITY or %BRI_DRAW_COLOR_KIND
 *
 * Colours the nodes by community (the default) or by entity kind.
 */
BRI_API void bri_explore_options_set_color (BriExploreOptions *options,
                                            BriDrawColor color);
/**
 * bri_explore_options_set_seed:
 * @options: the options
 * @seed: the seed of the layout's random start and of the communities
 *
 * The same view and seed give the same page (default 1).
 */
BRI_API void bri_explore_options_set_seed (BriExploreOptions *options,
                                           guint64 seed);
/**
 * bri_explore_options_set_title:
 * @options: the options
 * @title: (nullable): the page's title (copied); %NULL for the default
 *
 * Sets the page's title, shown at its top and in the browser's tab.
 */
BRI_API void bri_explore_options_set_title (BriExploreOptions *options,
                                            const char *title);
/**
 * bri_explore_options_set_caption:
 * @options: the options
 * @caption: (nullable): what data and filters made the view (copied);
 *   %NULL for none
 *
 * Sets the caption shown under the title, before the page's own count of
 * entities, edges and relations.
 */
BRI_API void bri_explore_options_set_caption (BriExploreOptions *options,
                                              const char *caption);

/**
 * bri_view_explore:
 * @view: the view to show.
 * @path: the HTML file to write.
 * @options: (nullable): NULL for the defaults.
 * @error: return location for a #GError, or %NULL
 *
 * Writes the explorer page of @view (see the header comment), atomically as
 * the exports are: a reader sees the old file or the whole new one.
 * Returns: TRUE on success.
 * Errors: G_FILE_ERROR (the message names the path), BRI_ERROR_FAILED (the
 *   page's scripts are missing from this build), and the errors of the
 *   layout and computations (Louvain refuses nothing here: a directed view
 *   is coloured by label propagation).
 * Complexity: the layout's, plus O(V + E + R).
 */
BRI_API gboolean bri_view_explore (const BriView *view, const char *path,
                                   const BriExploreOptions *options,
                                   GError **error);

/**
 * bri_timeline_plot:
 * @timeline: the timeline to draw.
 * @path: the picture to write; its extension chooses the format: `.svg`,
 *   `.png` or `.pdf`.
 * @title: (nullable): the chart's title, NULL for none; a line break
 *   starts a smaller caption (the data and filters, say) under it.
 * @error: return location for a #GError, or %NULL
 *
 * Draws the timeline with cairo: one stacked bar per period, one segment
 * per relation kind (bri_timeline_get_kind_count(), kinds in the
 * timeline's order, each in its colour), a line of the active entities
 * (bri_timeline_get_n_active()) on its own right-hand axis, the period
 * labels under the bars, axis titles, ticks and a legend. Text is laid out
 * by Pango with the fontconfig family "Noto Sans CJK SC" (falling back
 * through fontconfig), so Chinese kind names and titles are drawn. Written
 * atomically as the exports are. Each bar segment is one filled rectangle,
 * drawn period by period and kind by kind, bottom up.
 * Returns: TRUE on success.
 * Errors: BRI_ERROR_INVALID (an unknown extension), BRI_ERROR_FAILED (cairo
 *   failed), G_FILE_ERROR.
 * Complexity: O(periods × kinds).
 */
BRI_API gboolean bri_timeline_plot (const BriTimeline *timeline, const char *path,
                                    const char *title, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriExploreOptions, bri_explore_options_free)

G_END_DECLS

#endif /* BRI_EXPLORE_H */
