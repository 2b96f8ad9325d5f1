/* libbri/rollup.c — owns roll-up: replacing an entity by its nearest
 * ancestor of a chosen kind through `parent` (city -> province -> country). */
#include "config.h"

#include <string.h>

#include "view-private.h"

const BriEntity *
bri__rollup (const BriEntity *entity, const char *kind)
{
  if (kind == NULL || entity == NULL)
    return entity;
  /* Parent chains are at most BRI_MAX_PARENT_DEPTH long and acyclic (the
   * graph checks both); the bound guards anyway. */
  guint depth = 0;
  for (const BriEntity *e = entity; e != NULL && depth <= BRI_MAX_PARENT_DEPTH;
       e = e->parent, depth++)
    if (strcmp (e->kind, kind) == 0)
      return e;
  return entity;
}

gboolean
bri__rollup_check (const BriGraph *graph, const char *kind, GError **error)
{
  guint n = bri_graph_get_n_entities (graph);
  for (guint i = 0; i < n; i++)
    if (strcmp (bri_graph_get_entity (graph, i)->kind, kind) == 0)
      return TRUE;
  g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
               "no entity of kind '%s' to roll up to", kind);
  return FALSE;
}
