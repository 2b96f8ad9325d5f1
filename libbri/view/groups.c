/* libbri/view/groups.c — owns group roll-up: the members of the groups a view
 * lists (the group entity's `members` attribute, as the gazetteer's
 * groups.csv gives it, and the `from` of each `member_of` relation to the
 * group), and replacing a member, or an entity below one, by its group. */
#include "config.h"

#include <string.h>

#include "view/view-rules.h"

/* Adds @member -> @group unless @member already belongs to an earlier
 * listed group. */
static void
add_member (GHashTable *map, const BriEntity *member, const BriEntity *group)
{
  if (member != NULL && member != group && !g_hash_table_contains (map, member))
    g_hash_table_insert (map, (gpointer) member, (gpointer) group);
}

GHashTable *
bri__groups_map (const BriGraph *graph, const GPtrArray *groups, GError **error)
{
  g_autoptr (GHashTable) map = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < groups->len; i++)
    {
      const char *id = groups->pdata[i];
      const BriEntity *group = bri_graph_lookup_entity (graph, id);
      if (group == NULL)
        {
          g_autofree char *quoted = bri__quote_text (id);
          const char *near = bri__graph_entity_nearest (graph, id);
          if (near)
            g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                         "unknown group '%s': did you mean %s?", quoted, near);
          else
            g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND, "unknown group '%s'", quoted);
          return NULL;
        }
      const char *members = bri_entity_get_attribute (group, "members");
      if (members)
        {
          g_auto (GStrv) ids = g_strsplit (members, "|", -1);
          for (guint k = 0; ids[k]; k++)
            add_member (map, bri_graph_lookup_entity (graph, g_strstrip (ids[k])), group);
        }
      guint n = bri_graph_get_n_relations (graph);
      for (guint k = 0; k < n; k++)
        {
          const BriRelation *r = bri_graph_get_relation (graph, k);
          if (r->to == group && strcmp (r->kind->name, BRI_KIND_MEMBER_OF) == 0)
            add_member (map, r->from, group);
        }
    }
  return g_steal_pointer (&map);
}

const BriEntity *
bri__view_end (const BriViewOptions *options, const BriEntity *entity)
{
  if (options->group_of != NULL)
    {
      guint depth = 0;
      for (const BriEntity *e = entity; e != NULL && depth <= BRI_MAX_PARENT_DEPTH;
           e = e->parent, depth++)
        {
          const BriEntity *group = g_hash_table_lookup (options->group_of, e);
          if (group)
            return group;
        }
    }
  return bri__rollup (entity, options->rollup);
}
