/* libbri/query/query-private.h — the query layer's result types, built
 * by the queries from igraph's output: rankings (ranking-result.c), paths
 * (path-result.c) and partitions (partition-result.c). Never installed. */
#ifndef BRI_QUERY_PRIVATE_H
#define BRI_QUERY_PRIVATE_H

#include "view/view-private.h"

/* ranking-result.c: results built from per-vertex scores. */
BriRanking *bri__ranking_new (BriGraph *graph, const BriEntity **entities,
                              const double *scores, guint n);
/* A ranking of @view's vertices that takes over @scores' storage (the
 * vector is left empty) and keeps a reference to @view. */
BriRanking *bri__ranking_adopt (const BriView *view, igraph_vector_t *scores);
/* The same with integer scores (degrees), converted to double when read. */
BriRanking *bri__ranking_adopt_counts (const BriView *view, igraph_vector_int_t *counts);
BriRanking *bri__ranking_truncate (const BriRanking *ranking, guint k);
/* Runs @fn (an igraph computation filling one score per vertex) under the
 * igraph lock and turns its vector into a ranking. */
typedef igraph_error_t (*BriScoreFunc) (const BriView *view, igraph_vector_t *res,
                                        gconstpointer data);
BriRanking *bri__ranking_compute (const BriView *view, BriScoreFunc fn,
                                  gconstpointer data, GError **error);
igraph_neimode_t bri__neimode (BriNeighbors mode);

/* path-result.c */
BriPath *bri__path_new (const BriView *view, const igraph_vector_int_t *vertices,
                        BriWeights weights);
BriPathList *bri__path_list_new (BriGraph *graph, GPtrArray *paths /* transfer full */);

/* partition-result.c: groups renumbered by size. Takes over @membership's
 * storage (the vector is left empty) and keeps a reference to @view.
 * @sizes (nullable): the size of each label when the labels are 0 ..
 * n_groups - 1, every one used (igraph_connected_components' csize). */
BriPartition *bri__partition_new (const BriView *view,
                                  igraph_vector_int_t *membership,
                                  const igraph_vector_int_t *sizes,
                                  double modularity);
/* The same for weak components (or any components of an undirected
 * view), whose modularity is computed from degrees on first read. */
BriPartition *bri__partition_new_weak_components (const BriView *view,
                                                  igraph_vector_int_t *membership,
                                                  const igraph_vector_int_t *sizes);

#endif /* BRI_QUERY_PRIVATE_H */
