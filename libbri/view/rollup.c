/* libbri/view/rollup.c — owns roll-up: replacing an entity by its nearest
 * ancestor of a chosen kind through `parent` (city -> province -> country),
 * or of the first kind of a list that it has (province, else country). */
#include "config.h"

#include <string.h>

#include "view/view-rules.h"

/* The nearest ancestor of @entity (itself included) whose kind is the
 * @len bytes at @kind, or NULL. */
static const BriEntity *
nearest_of_kind (const BriEntity *entity, const char *kind, gsize len)
{
  /* Parent chains are at most BRI_MAX_PARENT_DEPTH long and acyclic (the
   * graph checks both); the bound guards anyway. */
  guint depth = 0;
  for (const BriEntity *e = entity; e != NULL && depth <= BRI_MAX_PARENT_DEPTH;
       e = e->parent, depth++)
    if (strncmp (e->kind, kind, len) == 0 && e->kind[len] == '\0')
      return e;
  return NULL;
}

/* @kind: one kind, or a comma-separated list tried in order ("province,
 * country": the province when the entity has one, else the country). */
const BriEntity *
bri__rollup (const BriEntity *entity, const char *kind)
{
  if (kind == NULL || entity == NULL)
    return entity;
  for (const char *k = kind; *k;)
    {
      const char *comma = strchr (k, ',');
      gsize len = comma ? (gsize) (comma - k) : strlen (k);
      const BriEntity *found = nearest_of_kind (entity, k, len);
      if (found)
        return found;
      if (!comma)
        break;
      k = comma + 1;
    }
  return entity;
}

static gboolean
check_one (const BriGraph *graph, const char *kind, GError **error)
{
  guint n = bri_graph_get_n_entities (graph);
  for (guint i = 0; i < n; i++)
    if (strcmp (bri_graph_get_entity (graph, i)->kind, kind) == 0)
      return TRUE;
  g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
               "no entity of kind '%s' to roll up to", kind);
  return FALSE;
}

gboolean
bri__rollup_check (const BriGraph *graph, const char *kind, GError **error)
{
  g_auto (GStrv) kinds = g_strsplit (kind, ",", -1);
  for (guint i = 0; kinds[i]; i++)
    if (!check_one (graph, kinds[i], error))
      return FALSE;
  return TRUE;
}
