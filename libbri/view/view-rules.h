/* libbri/view/view-rules.h — the igraph-free part of the view layer: the
 * layout of BriViewOptions and the rules a view is built by: which
 * relations a filter admits (filter.c), and which entity an end of a
 * relation becomes (roll-up, rollup.c; groups, groups.c). Never
 * installed. */
#ifndef BRI_VIEW_RULES_H
#define BRI_VIEW_RULES_H

#include "core/core-private.h"

struct _BriViewOptions {
  BriProjection projection;
  BriEdgeWeighting weighting;
  BriDirection direction;
  char *rollup;                 /* owned, NULL for none */
  gboolean keep_isolated;       /* every admitted entity is a vertex */
  GPtrArray *groups;            /* char* group ids, owned; NULL for none */
  GHashTable *group_of;         /* while a view is built: member entity ->
                                 * group entity; NULL otherwise (never
                                 * copied) */
};

/* filter.c */
BriFilter *bri__filter_copy_only_kind (const BriFilter *filter, const char *kind);
gboolean bri__filter_admits_every_relation (const BriFilter *filter);

/* rollup.c */
const BriEntity *bri__rollup (const BriEntity *entity, const char *kind);
/* groups.c: member entity -> group entity for the listed group ids (the
 * first listed group wins); NULL and @error for an unknown group. */
GHashTable *bri__groups_map (const BriGraph *graph, const GPtrArray *groups,
                             GError **error);
/* An end of a relation as the view sees it: its group (when it or an
 * ancestor is a member of a listed group), else its roll-up. */
const BriEntity *bri__view_end (const BriViewOptions *options, const BriEntity *entity);
gboolean bri__rollup_check (const BriGraph *graph, const char *kind, GError **error);

#endif /* BRI_VIEW_RULES_H */
