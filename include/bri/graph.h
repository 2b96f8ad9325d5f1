/**
 * SECTION:graph
 * @title: Graph
 * @short_description: BriGraph, the knowledge graph: validation on every addition, and name lookup
 * @include: bri/bri.h
 *
 * A graph is reference counted. It only grows: entities, relations, sources
 * and kinds are appended, never removed, so the `const` pointers and indices
 * it hands out stay valid for its whole life. Every addition is validated
 * exactly as loading validates a CSV row (bri/io.h).
 *
 * Threads: a graph that is no longer being modified may be read (lookups,
 * views, queries) from several threads at once. Adding to a graph while
 * another thread reads it is not safe.
 */
#ifndef BRI_GRAPH_H
#define BRI_GRAPH_H

#include <glib.h>
#include <bri/version.h>
#include <bri/entity.h>
#include <bri/relation.h>
#include <bri/source.h>

G_BEGIN_DECLS

/**
 * BriGraph:
 *
 * The knowledge graph (opaque, reference counted): entities, relations, sources and kinds. Made with bri_graph_new(), bri_graph_new_bundled() or bri_graph_new_from_dirs(); released with bri_graph_unref().
 */
typedef struct _BriGraph BriGraph;

/**
 * bri_graph_new:
 *
 * Creates an empty graph.
 *
 * Returns: (transfer full): an empty graph holding the eight built-in kinds;
 *   release with bri_graph_unref().
 */
BRI_API BriGraph *bri_graph_new (void);
/**
 * bri_graph_ref:
 * @graph: a #BriGraph
 *
 * Takes a reference on @graph.
 *
 * Returns: (transfer full): @graph, with one more reference.
 */
BRI_API BriGraph *bri_graph_ref (BriGraph *graph);
/**
 * bri_graph_unref:
 * @graph: a #BriGraph
 *
 * drops a reference; the last one frees. NULL is ignored.
 */
BRI_API void bri_graph_unref (BriGraph *graph);

/* Counts and indexed access. Indices run from 0 to n-1 in order of addition.
 * Returns: (transfer none): valid while the graph lives. */
/**
 * bri_graph_get_n_entities:
 * @graph: a #BriGraph
 *
 * Gets the number of entities of @graph.
 *
 * Returns: the number of entities
 */
BRI_API guint bri_graph_get_n_entities (const BriGraph *graph);
/**
 * bri_graph_get_entity:
 * @graph: a #BriGraph
 * @index: a position, below bri_graph_get_n_entities()
 *
 * Gets the entity of @graph.
 *
 * Returns: (transfer none): the entity
 */
BRI_API const BriEntity *bri_graph_get_entity (const BriGraph *graph, guint index);
/**
 * bri_graph_get_n_relations:
 * @graph: a #BriGraph
 *
 * Gets the number of relations of @graph.
 *
 * Returns: the number of relations
 */
BRI_API guint bri_graph_get_n_relations (const BriGraph *graph);
/**
 * bri_graph_get_relation:
 * @graph: a #BriGraph
 * @index: a position, below bri_graph_get_n_relations()
 *
 * Gets the relation of @graph.
 *
 * Returns: (transfer none): the relation
 */
BRI_API const BriRelation *bri_graph_get_relation (const BriGraph *graph, guint index);
/**
 * bri_graph_get_n_sources:
 * @graph: a #BriGraph
 *
 * Gets the number of sources of @graph.
 *
 * Returns: the number of sources
 */
BRI_API guint bri_graph_get_n_sources (const BriGraph *graph);
/**
 * bri_graph_get_source:
 * @graph: a #BriGraph
 * @index: a position, below bri_graph_get_n_sources()
 *
 * Gets the source of @graph.
 *
 * Returns: (transfer none): the source
 */
BRI_API const BriSource *bri_graph_get_source (const BriGraph *graph, guint index);
/**
 * bri_graph_get_n_kinds:
 * @graph: a #BriGraph
 *
 * Gets the number of kinds of @graph.
 *
 * Returns: the number of kinds
 */
BRI_API guint bri_graph_get_n_kinds (const BriGraph *graph);
/**
 * bri_graph_get_kind:
 * @graph: a #BriGraph
 * @index: a position, below bri_graph_get_n_kinds()
 *
 * Gets the kind of @graph.
 *
 * Returns: (transfer none): the kind
 */
BRI_API const BriKind *bri_graph_get_kind (const BriGraph *graph, guint index);

/**
 * bri_graph_lookup_entity:
 * @graph: a #BriGraph
 * @id: an entity id, matched exactly.
 *
 * Looks an entity up by its exact id; to look up a name, use bri_graph_find() or bri_graph_resolve().
 *
 * Complexity: O(1).
 *
 * Returns: (transfer none) (nullable): the entity, or NULL.
 */
BRI_API const BriEntity *bri_graph_lookup_entity (const BriGraph *graph, const char *id);
/**
 * bri_graph_lookup_source:
 * @graph: a #BriGraph
 * @id: a source id, matched exactly
 *
 * Looks a source up.
 *
 * Returns: (transfer none) (nullable): the source with @id, or NULL.
 */
BRI_API const BriSource *bri_graph_lookup_source (const BriGraph *graph, const char *id);
/**
 * bri_graph_lookup_kind:
 * @graph: a #BriGraph
 * @name: a relation kind name, matched exactly
 *
 * Looks a kind up.
 *
 * Returns: (transfer none) (nullable): the kind named @name, or NULL.
 */
BRI_API const BriKind *bri_graph_lookup_kind (const BriGraph *graph, const char *name);

/**
 * bri_graph_add_entity:
 * @graph: a #BriGraph
 * @entity: (transfer full): consumed in every case.
 * @error: return location for a #GError, or %NULL
 *
 * Validates and adds an entity. Rules: the id is non-empty, at most 256
 * bytes, without white space or control characters; the kind is a lowercase
 * word (`[a-z][a-z0-9_]*`); the name is non-empty; aliases are non-empty and
 * at most BRI_MAX_ALIASES; the parent, when given, exists in the graph and
 * the chain of parents is at most BRI_MAX_PARENT_DEPTH long; no string holds
 * control characters other than tab and newline. An id already in the graph
 * with identical content is accepted and the existing entity returned; with
 * different content it is an error.
 *
 * Errors: BRI_ERROR_INVALID (a rule above), BRI_ERROR_NOT_FOUND (unknown
 *   parent), BRI_ERROR_DUPLICATE (id defined differently), BRI_ERROR_LIMIT.
 *
 * Returns: (transfer none) (nullable): the graph's entity, NULL on error.
 */
BRI_API const BriEntity *bri_graph_add_entity (BriGraph *graph, BriEntity *entity,
                                               GError **error);

/**
 * bri_graph_add_relation:
 * @graph: a #BriGraph
 * @relation: (transfer full): consumed in every case.
 * @error: return location for a #GError, or %NULL
 *
 * Validates and adds a relation: its kind is known (the error suggests the
 * nearest kind: "did you mean signed_agreement?"); from, to and via name
 * entities of the graph; dates are valid, an end date needs a date and does
 * not end before it; weight is finite and >= 0; confidence is in [0, 1];
 * no string holds control characters other than tab and newline.
 *
 * Errors: BRI_ERROR_INVALID (unknown kind, bad value), BRI_ERROR_NOT_FOUND
 *   (unknown entity), BRI_ERROR_PARSE (invalid UTF-8 or control characters).
 *
 * Returns: (transfer none) (nullable): the graph's relation, NULL on error.
 */
BRI_API const BriRelation *bri_graph_add_relation (BriGraph *graph,
                                                   BriRelation *relation,
                                                   GError **error);

/**
 * bri_graph_add_source:
 * @graph: a #BriGraph
 * @source: (transfer full): consumed in every case.
 * @error: return location for a #GError, or %NULL
 *
 * Validates and adds a source document.
 *
 * Errors: BRI_ERROR_INVALID (empty id, control characters),
 *   BRI_ERROR_DUPLICATE (same id, different content).
 *
 * Returns: (transfer none) (nullable): the graph's source; an identical
 *   source already present is returned as it is.
 */
BRI_API const BriSource *bri_graph_add_source (BriGraph *graph, BriSource *source,
                                               GError **error);

/**
 * bri_graph_add_kind:
 * @graph: a #BriGraph
 * @name: a lowercase word (`[a-z][a-z0-9_]*`).
 * @directed: whether relations of the kind are directed.
 * @description: (nullable): free text.
 * @error: return location for a #GError, or %NULL
 *
 * Declares a relation kind, as a row of kinds.csv does.
 *
 * Errors: BRI_ERROR_INVALID (bad name), BRI_ERROR_DUPLICATE (redeclared with
 *   another direction or description).
 *
 * Returns: (transfer none) (nullable): the kind; an identical declaration of
 *   an existing kind (a built-in one included) returns it.
 */
BRI_API const BriKind *bri_graph_add_kind (BriGraph *graph, const char *name,
                                           gboolean directed,
                                           const char *description,
                                           GError **error);

/**
 * bri_graph_find:
 * @graph: a #BriGraph
 * @name: an id, English name, Chinese name or alias.
 *
 * Every entity whose id equals @name, or whose name, Chinese name or an
 * alias equals @name after normalisation: Traditional characters are
 * converted to Simplified with OpenCC (t2s), text is NFKC-normalised and
 * case-folded, so `老撾`, `老挝`, `laos` and `LAOS` all find Laos. An
 * ambiguous name returns every candidate; nothing is guessed.
 *
 * @graph is not const: the first call builds the name index (under the
 * graph's own lock, so concurrent readers are safe).
 *
 * Complexity: O(1) expected after a first call that indexes every name.
 *
 * Returns: (transfer container): a GPtrArray of `const BriEntity *`, sorted
 *   by id, empty when nothing matches; g_ptr_array_unref() it.
 */
BRI_API GPtrArray *bri_graph_find (BriGraph *graph, const char *name);

/**
 * bri_graph_resolve:
 * @graph: a #BriGraph
 * @name: as for bri_graph_find().
 * @error: return location for a #GError, or %NULL
 *
 * An exact entity id resolves to that entity at once, in O(1) and without
 * building the name index (even if some other entity's name or alias
 * normalises to the same text: an id is unique by construction, a name is
 * not). Anything else resolves through bri_graph_find().
 *
 * Errors: BRI_ERROR_NOT_FOUND when nothing matches (the message lists up to
 *   five ids whose names are within an edit distance of a third of the
 *   name's length, "nearest: ..."; none when nothing is that close),
 *   BRI_ERROR_AMBIGUOUS when several do (the message lists them by id and
 *   name; bri_graph_find() gives the same candidates as objects).
 *
 * Returns: (transfer none) (nullable): the one entity @name denotes.
 */
BRI_API const BriEntity *bri_graph_resolve (BriGraph *graph, const char *name,
                                            GError **error);

/**
 * bri_name_normalize:
 * @name: a name, in UTF-8
 *
 * The normalisation bri_graph_find() applies: OpenCC Traditional to
 * Simplified, NFKC, case folding, surrounding white space removed.
 *
 * Returns: (transfer full): the normalised form; g_free() it. NULL only for
 *   invalid UTF-8.
 */
BRI_API char *bri_name_normalize (const char *name);

/**
 * bri_normalize_name:
 * @name: a name, in UTF-8
 *
 * The former name of bri_name_normalize(), kept for one release.
 *
 * Returns: (transfer full): bri_name_normalize()'s result.
 *
 * Deprecated: 0.1.0: Use bri_name_normalize(), which follows the
 *   noun-then-verb naming (bri_graph_load_dir()) of the rest of the API.
 */
BRI_API char *bri_normalize_name (const char *name)
  G_GNUC_DEPRECATED_FOR (bri_name_normalize);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriGraph, bri_graph_unref)

/**
 * BriGraphSummary:
 *
 * What a graph holds, counted once (bri_graph_summarize()): totals, counts
 * by entity kind and by relation kind, the date span of the relations and
 * the relations of each source; what `bri info` prints. Immutable and
 * self-contained: it copies the names it reports, so it may outlive its
 * graph and be read from several threads.
 */
typedef struct _BriGraphSummary BriGraphSummary;

/**
 * bri_graph_summarize:
 * @graph: a #BriGraph
 *
 * Counts what @graph holds. Entity kinds and relation kinds are listed by
 * name in byte order (strcmp()), each with the number of entities or
 * relations of that kind; sources in the graph's order, each with the
 * number of relations whose `source` is its id. The date span runs from
 * the first day of the earliest relation date to the last day of the
 * latest end date (or date, for a relation without an end date): a
 * partial date covers its whole month or year. Undated relations are
 * counted apart. Time: O(entities + relations + sources).
 *
 * Returns: (transfer full): the summary; free with bri_graph_summary_free().
 */
BRI_API BriGraphSummary *bri_graph_summarize (const BriGraph *graph);
/**
 * bri_graph_summary_get_n_entities:
 * @summary: a #BriGraphSummary
 *
 * The number of entities.
 *
 * Returns: the number of entities.
 */
BRI_API guint bri_graph_summary_get_n_entities (const BriGraphSummary *summary);
/**
 * bri_graph_summary_get_n_relations:
 * @summary: a #BriGraphSummary
 *
 * The number of relations.
 *
 * Returns: the number of relations.
 */
BRI_API guint bri_graph_summary_get_n_relations (const BriGraphSummary *summary);
/**
 * bri_graph_summary_get_n_sources:
 * @summary: a #BriGraphSummary
 *
 * The number of sources (the same as the number of
 * bri_graph_summary_get_source_id() entries).
 *
 * Returns: the number of sources (the same as the number of
 *   bri_graph_summary_get_source_id() entries).
 */
BRI_API guint bri_graph_summary_get_n_sources (const BriGraphSummary *summary);
/**
 * bri_graph_summary_get_n_entity_kinds:
 * @summary: a #BriGraphSummary
 *
 * The number of distinct entity kinds the entities have.
 *
 * Returns: the number of distinct entity kinds the entities have.
 */
BRI_API guint bri_graph_summary_get_n_entity_kinds (const BriGraphSummary *summary);
/**
 * bri_graph_summary_get_entity_kind:
 * @summary: a #BriGraphSummary
 * @index: from 0 to bri_graph_summary_get_n_entity_kinds() - 1
 *
 * The entity kind at @index (by name), valid while @summary lives.
 *
 * Returns: (transfer none): the entity kind at @index (by name), valid
 *   while @summary lives.
 */
BRI_API const char *bri_graph_summary_get_entity_kind (const BriGraphSummary *summary,
                                                       guint index);
/**
 * bri_graph_summary_get_entity_kind_count:
 * @summary: a #BriGraphSummary
 * @index: from 0 to bri_graph_summary_get_n_entity_kinds() - 1
 *
 * The number of entities of the kind at @index.
 *
 * Returns: the number of entities of the kind at @index.
 */
BRI_API guint bri_graph_summary_get_entity_kind_count (const BriGraphSummary *summary,
                                                       guint index);
/**
 * bri_graph_summary_get_n_relation_kinds:
 * @summary: a #BriGraphSummary
 *
 * The number of distinct relation kinds the relations have.
 *
 * Returns: the number of distinct relation kinds the relations have.
 */
BRI_API guint bri_graph_summary_get_n_relation_kinds (const BriGraphSummary *summary);
/**
 * bri_graph_summary_get_relation_kind:
 * @summary: a #BriGraphSummary
 * @index: from 0 to bri_graph_summary_get_n_relation_kinds() - 1
 *
 * The relation kind at @index (by name), valid while @summary lives.
 *
 * Returns: (transfer none): the relation kind at @index (by name), valid
 *   while @summary lives.
 */
BRI_API const char *bri_graph_summary_get_relation_kind (const BriGraphSummary *summary,
                                                         guint index);
/**
 * bri_graph_summary_get_relation_kind_count:
 * @summary: a #BriGraphSummary
 * @index: from 0 to bri_graph_summary_get_n_relation_kinds() - 1
 *
 * The number of relations of the kind at @index.
 *
 * Returns: the number of relations of the kind at @index.
 */
BRI_API guint bri_graph_summary_get_relation_kind_count (const BriGraphSummary *summary,
                                                         guint index);
/**
 * bri_graph_summary_get_first_date:
 * @summary: a #BriGraphSummary
 *
 * The first day of the earliest relation date (a full date), or
 * BRI_DATE_UNSET when no relation is dated.
 *
 * Returns: the first day of the earliest relation date (a full date), or
 *   BRI_DATE_UNSET when no relation is dated.
 */
BRI_API BriDate bri_graph_summary_get_first_date (const BriGraphSummary *summary);
/**
 * bri_graph_summary_get_last_date:
 * @summary: a #BriGraphSummary
 *
 * The last day of the latest relation end date or date (a full date), or
 * BRI_DATE_UNSET when no relation is dated.
 *
 * Returns: the last day of the latest relation end date or date (a full
 *   date), or BRI_DATE_UNSET when no relation is dated.
 */
BRI_API BriDate bri_graph_summary_get_last_date (const BriGraphSummary *summary);
/**
 * bri_graph_summary_get_n_undated:
 * @summary: a #BriGraphSummary
 *
 * The number of relations without a date.
 *
 * Returns: the number of relations without a date.
 */
BRI_API guint bri_graph_summary_get_n_undated (const BriGraphSummary *summary);
/**
 * bri_graph_summary_get_source_id:
 * @summary: a #BriGraphSummary
 * @index: from 0 to bri_graph_summary_get_n_sources() - 1
 *
 * The id of the source at @index (the graph's order: bri_graph_get_source()
 * with the same index), valid while @summary lives.
 *
 * Returns: (transfer none): the id of the source at @index (the graph's
 *   order: bri_graph_get_source() with the same index), valid while
 *   @summary lives.
 */
BRI_API const char *bri_graph_summary_get_source_id (const BriGraphSummary *summary,
                                                     guint index);
/**
 * bri_graph_summary_get_source_n_relations:
 * @summary: a #BriGraphSummary
 * @index: from 0 to bri_graph_summary_get_n_sources() - 1
 *
 * The number of relations citing the source at @index.
 *
 * Returns: the number of relations citing the source at @index.
 */
BRI_API guint bri_graph_summary_get_source_n_relations (const BriGraphSummary *summary,
                                                        guint index);
/**
 * bri_graph_summary_free:
 * @summary: (nullable): a #BriGraphSummary
 *
 * Frees @summary; %NULL is ignored.
 */
BRI_API void bri_graph_summary_free (BriGraphSummary *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriGraphSummary, bri_graph_summary_free)


G_END_DECLS

#endif /* BRI_GRAPH_H */
