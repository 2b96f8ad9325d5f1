/**
 * SECTION:export
 * @title: Export and drawing
 * @short_description: writing a view or the whole graph in the formats other tools read, and drawing it
 * @include: bri/bri.h
 *
 * The formats: GraphML, GEXF 1.2 (with time spells for Gephi; networkx reads it), node-link
 * JSON (networkx), DOT (Graphviz), Neo4j bulk-import CSV and Spark
 * GraphFrames CSV; and a picture of a view drawn with Graphviz's library.
 *
 * What is written. One node per vertex of the view (bri_graph_export():
 * one per entity of the graph, isolated ones included), with its id and
 * these attributes, each omitted where the entity has no value:
 *
 * |[
 *   kind, name, name_zh, code, parent   strings, as in entities.csv
 *   aliases                             string, the aliases joined with `|`
 *   label                               string, the name in the language of
 *                                       bri_export_options_set_labels()
 *   the extra attributes                strings (an extra attribute whose
 *                                       name is taken by a column above or a
 *                                       computed result is written as
 *                                       `attr_<name>`, prefixed again while
 *                                       that is taken too)
 *   computed results                    double (a ranking) or int (a
 *                                       partition's group), see below
 * ]|
 *
 * One edge per edge of the view, from its source to its target (for an
 * undirected view: from the end whose directed relations, such as
 * `attended` or `freight_corridor`, all start there, when they all go the
 * same way; otherwise from the first end in view order), with these
 * attributes:
 *
 * |[
 *   weight          double, the view edge's weight (BriEdgeWeighting)
 *   n_relations     int, the number of relations behind the edge
 *   kinds           string, the distinct kinds of those relations, `|`-joined
 *                   in graph order
 *   relations       string, the relations' indices in the graph (for
 *                   bri_graph_get_relation()), `|`-joined in graph order
 *   relation_kinds, dates, end_dates, titles, sectors, vias, events,
 *   sources, confidences
 *                   strings, one value per relation, `|`-joined in the order
 *                   of `relations` (an absent value is an empty element, so
 *                   `2024-06||2024-07` has three elements); the whole
 *                   attribute is omitted when every element is empty
 *   start, end      string, the first day of the earliest relation date and
 *                   the last day of the latest (end) date, `YYYY-MM-DD`;
 *                   omitted when no relation is dated
 *   directed        boolean, whether the edge is directed, from its source
 *                   to its target (see Direction below)
 *   n_items, items  int and string, the items (forums, events, …) the two
 *                   actors share in an actor projection (`|`-joined, see
 *                   bri_view_get_edge_item()); only for projected views
 *   the relations' extra attributes
 *                   strings, one value per relation as above
 * ]|
 *
 * Direction. Every edge of a directed view is directed; no edge of an
 * actor projection or of a view made undirected with
 * BRI_DIRECTION_UNDIRECTED is. In a view of mixed kinds (BRI_DIRECTION_AUTO
 * with directed and undirected kinds, an undirected view) an edge is
 * directed when every relation behind it is of a directed kind and goes
 * from the edge's source to its target (or from entities rolled up to the
 * source to entities rolled up to the target): a `hosted` edge is
 * directed host → forum, an edge holding a `met` relation, or `attended`
 * relations both ways, is not. Such a view is written as a mixed graph
 * (bri_export_options_set_mixed()): GraphML edges carry
 * `directed="true|false"`, GEXF has `defaultedgetype="mixed"` and a `type`
 * per edge, DOT is a `digraph` whose undirected edges have `dir=none`;
 * JSON keeps the graph-level `"directed": false` (the view's) and every
 * link has its own `"directed"`; Neo4j's, GraphFrames' and the CSV
 * export's relationships carry the `directed` column. networkx 2.8 reads
 * such a JSON file but refuses mixed GraphML and GEXF: write those with
 * bri_export_options_set_mixed() FALSE for networkx.
 *
 * `|` is the list separator of every list-valued attribute; a value that
 * itself contains `|` cannot be told apart from two values (the CSV data
 * set format uses the same separator for aliases). Numbers are written in
 * the shortest decimal form that reads back as the same double; a NaN score
 * is written as `NaN` (null in JSON).
 *
 * Atomicity. Every file is first written in full to a temporary file in
 * the directory of its target, flushed to disk, then renamed over the
 * target: a reader sees the old file or the new one, never a part, and a
 * failed export leaves no temporary file behind and the old file as it was.
 * For the directory formats (Neo4j, GraphFrames) the directory is created
 * when missing, every file is written to its temporary file first, and only
 * when all are written are they renamed, one after the other: a failure
 * before the renames changes nothing; a crash between two renames can leave
 * one file new and another old.
 *
 * Escaping. Every string goes through the library writing the format:
 * libxml2's xmlTextWriter (GraphML, GEXF), json-glib (JSON), libcsv's
 * csv_write (Neo4j, GraphFrames), and Graphviz's cgraph (DOT) when libbri
 * is built with libgvc — without it one documented function quotes DOT
 * strings per the DOT grammar.
 */
#ifndef BRI_EXPORT_H
#define BRI_EXPORT_H

#include <glib.h>
#include <bri/version.h>
#include <bri/graph.h>
#include <bri/view.h>
#include <bri/query.h>

G_BEGIN_DECLS

/**
 * BriExportFormat:
 * @BRI_EXPORT_GRAPHML: GraphML (one file): every attribute declared by a
 *   `<key>` with its `attr.type` (string, double, int or boolean); the
 *   graph's `edgedefault` is the view's direction, and in a view of mixed
 *   kinds each edge has its own `directed` (see Direction above). networkx.read_graphml, igraph,
 *   Gephi and yEd read it.
 * @BRI_EXPORT_GEXF: GEXF 1.2 (1.2draft: Gephi and networkx 2.8 read it;
 *   one file), `mode="dynamic"`,
 *   `timeformat="date"`: each dated relation behind an edge gives the edge
 *   a `<spell>` from the first day of its date to the last day of its end
 *   date (or of its date: `2024-06` is 2024-06-01 .. 2024-06-30);
 *   overlapping spells are merged. An edge with an undated relation has no
 *   spells (it is present at every time); a node has the union of its
 *   edges' spells, or none when one of its edges has none. Gephi's timeline
 *   then plays the network month by month.
 * @BRI_EXPORT_JSON: node-link JSON (one file) as networkx's
 *   node_link_graph() reads it: `{"directed", "multigraph": false,
 *   "graph": {}, "nodes": [{"id", …}], "links": [{"source", "target", …}]}`,
 *   numbers as JSON numbers, absent attributes left out.
 * @BRI_EXPORT_DOT: Graphviz DOT (one file): `graph` or `digraph`, nodes
 *   named by entity id, every attribute a DOT attribute.
 * @BRI_EXPORT_NEO4J: a directory for `neo4j-admin database import full
 *   --nodes=nodes.csv --relationships=relationships.csv`: `nodes.csv` with
 *   the header `id:ID,:LABEL,<name>:<type>…` (labels `Entity;<Kind>`, the
 *   kind in CamelCase: `country` → `Country`), and `relationships.csv` with
 *   `:START_ID,:END_ID,:TYPE,<name>:<type>…`; types `string`, `double`,
 *   `int`, `boolean`. The :TYPE is the edge's kind in upper case (`SIGNED_AGREEMENT`)
 *   when its relations share one kind, `RELATED` when they have several,
 *   `COOPERATED_WITH` in an actor projection. Neo4j relationships are
 *   directed: an undirected view's edge is written once, in the direction
 *   described in the header comment.
 * @BRI_EXPORT_GRAPHFRAMES: a directory for Spark GraphFrames:
 *   `vertices.csv` (`id`, then the node attributes) and `edges.csv` (`src`,
 *   `dst`, `relationship`, then the edge attributes); `relationship` is the
 *   edge's kind when its relations share one, `related` when they have
 *   several, `cooperated_with` in an actor projection. Read with
 *   `spark.read.csv(path, header=True, multiLine=True, escape='"')`
 *   (fields are quoted RFC 4180 style). As for Neo4j, an undirected edge is
 *   written once.
 * @BRI_EXPORT_CSV: a directory for a spreadsheet: `nodes.csv` (`id`, then
 *   the node attributes) and `edges.csv`, one row per relation behind each
 *   edge: `edge_source`, `edge_target` (the edge's ends, ids of nodes.csv),
 *   then the relation's own `kind`, `from`, `to` (its direction, which a
 *   roll-up or an undirected view may differ from), `date`, `end_date`,
 *   `title`, `sector`, `via`, `event`, `weight`, `confidence` (empty when
 *   not given), `source`, `evidence`, `directed` (`true` when the
 *   relation's kind is directed, from → to) and `edge_directed` (whether
 *   the edge is, edge_source → edge_target; see Direction in the header
 *   comment). With bri_export_options_set_bom()
 *   each file starts with a UTF-8 byte order mark (Excel then reads the
 *   Chinese names as UTF-8).
 *
 * The file formats of bri_view_export() and bri_graph_export().
 */
typedef enum {
  BRI_EXPORT_GRAPHML,
  BRI_EXPORT_GEXF,
  BRI_EXPORT_JSON,
  BRI_EXPORT_DOT,
  BRI_EXPORT_NEO4J,
  BRI_EXPORT_GRAPHFRAMES,
  BRI_EXPORT_CSV,
} BriExportFormat;

/**
 * bri_export_format_get_name:
 * @format: (out): the format, set when @name is known
 *
 * Gets the name of @format.
 *
 * Returns: (transfer none) (nullable): "graphml", "gexf", "json", "dot",
 *   "neo4j", "graphframes" or "csv"; NULL for an unknown value (so the
 *   names can be listed by counting from 0 up to the first NULL).
 */
BRI_API const char *bri_export_format_get_name (BriExportFormat format);

/**
 * bri_export_format_from_name:
 * @name: one of the names above (case-insensitive); "node-link" is
 *   accepted for "json".
 * @format: (out): the format, set when @name is known
 *
 * Looks a format up by its name.
 *
 * Returns: TRUE and sets @format when @name is known.
 */
BRI_API gboolean bri_export_format_from_name (const char *name,
                                              BriExportFormat *format);

/**
 * bri_export_format_is_directory:
 * @format: (out): the format, set when @name is known
 *
 * Tells whether @format is directory.
 *
 * Returns: TRUE when @format writes a directory of files (Neo4j,
 *   GraphFrames, CSV), FALSE when it writes one file.
 */
BRI_API gboolean bri_export_format_is_directory (BriExportFormat format);

/**
 * BriLabels:
 * @BRI_LABELS_EN: the English (main) name.
 * @BRI_LABELS_ZH: the Simplified Chinese name, the English name when the
 *   entity has none.
 *
 * The language of node labels in exports and drawings.
 */
typedef enum {
  BRI_LABELS_EN,
  BRI_LABELS_ZH,
} BriLabels;

/**
 * BriExportOptions:
 *
 * Options of an export (opaque): label language and computed node attributes. Made with bri_export_options_new(), freed with bri_export_options_free().
 */
typedef struct _BriExportOptions BriExportOptions;

/**
 * bri_export_options_new:
 *
 * Creates export options with the defaults.
 *
 * Returns: (transfer full): options with English labels and no computed
 *   results; free with bri_export_options_free().
 */
BRI_API BriExportOptions *bri_export_options_new (void);
/**
 * bri_export_options_copy:
 * @options: a #BriExportOptions
 *
 * Copies @options.
 *
 * Returns: (transfer full): an independent copy.
 */
BRI_API BriExportOptions *bri_export_options_copy (const BriExportOptions *options);
/**
 * bri_export_options_free:
 * @options: a #BriExportOptions
 *
 * NULL is ignored.
 */
BRI_API void bri_export_options_free (BriExportOptions *options);

/**
 * bri_export_options_set_labels:
 * @options: a #BriExportOptions
 * @labels: the labels, a #BriLabels
 *
 * the language of the `label` attribute.
 */
BRI_API void bri_export_options_set_labels (BriExportOptions *options,
                                            BriLabels labels);
/**
 * bri_export_options_get_labels:
 * @options: a #BriExportOptions
 *
 * Gets the labels of @options.
 *
 * Returns: the labels
 */
BRI_API BriLabels bri_export_options_get_labels (const BriExportOptions *options);
/**
 * bri_export_options_set_bom:
 * @options: a #BriExportOptions
 * @bom: TRUE: the files of BRI_EXPORT_CSV start with a UTF-8 byte order
 *   mark; FALSE (the default): they do not. Other formats ignore it.
 *
 * Sets whether CSV exports start with a byte order mark.
 */
BRI_API void bri_export_options_set_bom (BriExportOptions *options, gboolean bom);
/**
 * bri_export_options_get_bom:
 * @options: a #BriExportOptions
 *
 * Gets whether CSV exports with @options start with a byte order mark.
 *
 * Returns: the value set by bri_export_options_set_bom().
 */
BRI_API gboolean bri_export_options_get_bom (const BriExportOptions *options);

/**
 * bri_export_options_set_mixed:
 * @options: a #BriExportOptions
 * @mixed: TRUE (the default): a view of mixed kinds (undirected, with
 *   directed edges, see "Direction" in the header comment) is written as a
 *   mixed graph where the format has one: GraphML's per-edge
 *   `directed="true|false"`, GEXF's `defaultedgetype="mixed"` with a
 *   per-edge `type`, DOT's `digraph` with `dir=none` on the undirected
 *   edges. FALSE: it is written as an undirected graph, each edge's
 *   direction only in its `directed` attribute: networkx 2.8's
 *   read_graphml() and read_gexf() refuse mixed graphs ("directed=true edge
 *   found in undirected graph"), and read these.
 *
 * Sets how a view of mixed kinds is written. Other views, and the JSON,
 * Neo4j, GraphFrames and CSV formats, are written the same either way.
 */
BRI_API void bri_export_options_set_mixed (BriExportOptions *options, gboolean mixed);
/**
 * bri_export_options_get_mixed:
 * @options: a #BriExportOptions
 *
 * Gets whether a view of mixed kinds is written as a mixed graph.
 *
 * Returns: the value set by bri_export_options_set_mixed().
 */
BRI_API gboolean bri_export_options_get_mixed (const BriExportOptions *options);

/**
 * bri_export_options_add_ranking:
 * @options: a #BriExportOptions
 * @name: the attribute's name: a letter or `_`, then letters, digits or
 *   `_` (so that every format takes it as it is).
 * @ranking: the scores; they are copied, @ranking may be freed at once.
 * @error: return location for a #GError, or %NULL
 *
 * Adds a double node attribute @name holding each entity's score; entities
 * the ranking does not hold get no value.
 *
 * Errors: BRI_ERROR_INVALID (a bad @name), BRI_ERROR_DUPLICATE (@name is a
 *   node column listed in the header comment or was added before).
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_export_options_add_ranking (BriExportOptions *options,
                                                 const char *name,
                                                 const BriRanking *ranking,
                                                 GError **error);

/**
 * bri_export_options_add_partition:
 * @options: a #BriExportOptions
 * @name: the attribute's name, as for bri_export_options_add_ranking()
 * @partition: a #BriPartition
 * @error: return location for a #GError, or %NULL
 *
 * As bri_export_options_add_ranking(), for an int node attribute holding
 * each entity's group (bri_partition_get_group()).
 *
 * Returns: TRUE on success
 */
BRI_API gboolean bri_export_options_add_partition (BriExportOptions *options,
                                                   const char *name,
                                                   const BriPartition *partition,
                                                   GError **error);

/**
 * bri_export_options_add_computed:
 * @options: a #BriExportOptions
 * @view: the view to compute on (normally the one exported).
 * @spec: a comma-separated list of `centrality=MEASURE` (a
 *   bri_measure_get_name() name) and `community=ALGORITHM` (`louvain`,
 *   `leiden`, `label_propagation` or `components`), the syntax of the
 *   command line's `--with`: `centrality=pagerank,community=louvain`.
 * @weights: the weight mode of every computation.
 * @seed: the seed of the community algorithms.
 * @error: return location for a #GError, or %NULL
 *
 * Computes each result with bri_view_centrality() (BRI_NEIGHBORS_ALL,
 * damping 0.85) or bri_view_louvain() / bri_view_leiden() (resolution 1),
 * bri_view_label_propagation(), bri_view_components() (weak), and adds it
 * under the name of the measure or algorithm (`pagerank`, `louvain`).
 * Nothing is added unless every item succeeds.
 *
 * Errors: BRI_ERROR_PARSE (an item is not `key=value`), BRI_ERROR_INVALID
 *   (an unknown key, measure or algorithm), BRI_ERROR_DUPLICATE, and the
 *   errors of the computations (Louvain and Leiden refuse a directed view).
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_export_options_add_computed (BriExportOptions *options,
                                                  const BriView *view,
                                                  const char *spec,
                                                  BriWeights weights,
                                                  guint64 seed, GError **error);

/**
 * bri_view_export:
 * @view: the view to write.
 * @format: the format.
 * @path: the file to write, or for the directory formats the directory
 *   (created, with its parents, when missing).
 * @options: (nullable): NULL for the defaults of bri_export_options_new().
 * @error: return location for a #GError, or %NULL
 *
 * Writes @view, atomically (see the header comment).
 *
 * Errors: G_FILE_ERROR (the message names the path), BRI_ERROR_INVALID (an
 *   unknown format), BRI_ERROR_FAILED (the writing library failed).
 *
 * Complexity: O(V + E + R) for R relations behind the edges.
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_view_export (const BriView *view, BriExportFormat format,
                                  const char *path,
                                  const BriExportOptions *options,
                                  GError **error);

/**
 * bri_graph_export:
 * @graph: a #BriGraph
 * @format: (out): the format, set when @name is known
 * @path: the file, or for the directory formats the directory, to write
 * @options: a #BriExportOptions
 * @error: return location for a #GError, or %NULL
 *
 * Writes the whole graph as bri_view_export() writes a view built with no
 * filter and the default view options (so edges merge the relations between
 * two entities), plus every entity no relation touches, as an isolated
 * node. Nodes are in graph order.
 *
 * Errors: as bri_view_export(), and those of bri_view_new().
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_graph_export (BriGraph *graph, BriExportFormat format,
                                   const char *path,
                                   const BriExportOptions *options,
                                   GError **error);

/* ------------------------------------------------------------------ */
/* Drawing (Graphviz)                                                  */
/* ------------------------------------------------------------------ */

/**
 * BriDrawColor:
 * @BRI_DRAW_COLOR_KIND: nodes coloured by entity kind.
 * @BRI_DRAW_COLOR_COMMUNITY: nodes coloured by community: the partition
 *   given with bri_draw_options_set_partition(), else Louvain (seeded,
 *   strength weights) on an undirected view, label propagation on a
 *   directed one.
 *
 * How bri_view_draw() colours the nodes.
 */
typedef enum {
  BRI_DRAW_COLOR_KIND,
  BRI_DRAW_COLOR_COMMUNITY,
} BriDrawColor;

/**
 * BriDrawOptions:
 *
 * Options of bri_view_draw() (opaque): layout, node size and colour, labels, font and seed.
 */
typedef struct _BriDrawOptions BriDrawOptions;

/**
 * bri_draw_options_new:
 *
 * Creates drawing options with the defaults.
 *
 * Returns: (transfer full): the defaults: sfdp layout, node size by
 *   degree, colour by community, English labels, seed 1, font
 *   "WenQuanYi Zen Hei"; free with bri_draw_options_free().
 */
BRI_API BriDrawOptions *bri_draw_options_new (void);
/**
 * bri_draw_options_free:
 * @options: a #BriDrawOptions
 *
 * NULL is ignored.
 */
BRI_API void bri_draw_options_free (BriDrawOptions *options);
/**
 * bri_draw_options_set_layout:
 * @options: a #BriDrawOptions
 * @engine: a Graphviz layout engine: "sfdp", "neato", "fdp", "dot",
 *   "circo" or "twopi" (checked when drawing).
 *
 * Sets the layout of @options.
 */
BRI_API void bri_draw_options_set_layout (BriDrawOptions *options,
                                          const char *engine);
/**
 * bri_draw_options_set_size_measure:
 * @options: a #BriDrawOptions
 * @measure: the size measure, a #BriMeasure
 * @weights: the weight mode (#BriWeights)
 *
 * node area grows with this
 *   centrality (computed with @weights).
 */
BRI_API void bri_draw_options_set_size_measure (BriDrawOptions *options,
                                                BriMeasure measure,
                                                BriWeights weights);
/**
 * bri_draw_options_set_size_ranking:
 * @options: a #BriDrawOptions
 * @ranking: the size ranking, a #BriRanking
 *
 * node size from these scores instead
 *   (copied; NULL goes back to the measure).
 */
BRI_API void bri_draw_options_set_size_ranking (BriDrawOptions *options,
                                                const BriRanking *ranking);
/**
 * bri_draw_options_set_color:
 * @options: a #BriDrawOptions
 * @color: the color, a #BriDrawColor
 *
 * Sets the color of @options.
 */
BRI_API void bri_draw_options_set_color (BriDrawOptions *options,
                                         BriDrawColor color);
/**
 * bri_draw_options_set_partition:
 * @options: a #BriDrawOptions
 * @partition: the partition, a #BriPartition
 *
 * the communities to colour by (copied;
 *   NULL to compute them).
 */
BRI_API void bri_draw_options_set_partition (BriDrawOptions *options,
                                             const BriPartition *partition);
/**
 * bri_draw_options_set_labels:
 * @options: a #BriDrawOptions
 * @labels: the labels, a #BriLabels
 *
 * Sets the labels of @options.
 */
BRI_API void bri_draw_options_set_labels (BriDrawOptions *options,
                                          BriLabels labels);
/**
 * bri_draw_options_set_font:
 * @options: a #BriDrawOptions
 * @font: a fontconfig family name.
 *
 * Sets the font of @options.
 */
BRI_API void bri_draw_options_set_font (BriDrawOptions *options, const char *font);
/**
 * bri_draw_options_set_seed:
 * @options: a #BriDrawOptions
 * @seed: the seed
 *
 * the seed of the layout and communities.
 */
BRI_API void bri_draw_options_set_seed (BriDrawOptions *options, guint64 seed);

/**
 * bri_view_draw:
 * @view: a #BriView
 * @path: the picture to write; its extension chooses the format: `.svg`,
 *   `.png` or `.pdf`.
 * @options: (nullable): NULL for the defaults.
 * @error: return location for a #GError, or %NULL
 *
 * Lays the view out with Graphviz (gvLayout()) and renders it
 * (gvRenderData()), written atomically as the exports are. Each node is a
 * filled circle labelled with its name (the label may overflow the circle;
 * overlap removal keeps labels apart), of diameter 0.4 + 1.2·√s inches for
 * its score s rescaled to [0, 1] between the lowest and highest score (a
 * NaN score gives the smallest circle), coloured by kind or community
 * (12 colours, reused beyond 12 groups); each edge is coloured by the kind
 * of its first relation (8 colours) and drawn 0.6 + ln(1 + weight) points
 * wide. The SVG holds one `<g class="node">` per vertex and one
 * `<g class="edge">` per edge. The library serialises its Graphviz calls
 * behind one lock and keeps one Graphviz context for the life of the
 * process (Graphviz 2.42 reads freed memory when a second context measures
 * text after the first is freed). Graphviz's messages are caught, never
 * printed: a failure's message carries them.
 *
 * Errors: BRI_ERROR_INVALID (an unknown extension or layout engine),
 *   BRI_ERROR_FAILED (libbri was built without libgvc, or Graphviz
 *   failed), G_FILE_ERROR, and the errors of the computations.
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_view_draw (const BriView *view, const char *path,
                                const BriDrawOptions *options, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriExportOptions, bri_export_options_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriDrawOptions, bri_draw_options_free)

G_END_DECLS

#endif /* BRI_EXPORT_H */
