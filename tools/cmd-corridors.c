/* tools/cmd-corridors.c — `bri corridors [PLACE]`: the freight corridors
 * the filter admits (bri_graph_list_corridors()), of PLACE and the places
 * below it when given, one row per origin and destination with the ports
 * passed, first and last dates, the number of relations and their sources. */
#include "bri-cli.h"

static char *
join_vias (const BriCorridor *c)
{
  GString *s = g_string_new (NULL);
  for (guint k = 0; k < bri_corridor_get_n_vias (c); k++)
    g_string_append_printf (s, "%s%s", k ? " " : "",
                            bri_entity_get_id (bri_corridor_get_via (c, k)));
  return g_string_free (s, FALSE);
}

static char *
join_sources (const BriCorridor *c)
{
  GString *s = g_string_new (NULL);
  for (guint k = 0; k < bri_corridor_get_n_sources (c); k++)
    g_string_append_printf (s, "%s%s", k ? " " : "", bri_corridor_get_source (c, k));
  return g_string_free (s, FALSE);
}

static void
print_json (const BriCorridorList *list)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_array (b);
  for (guint i = 0; i < bri_corridor_list_get_n_corridors (list); i++)
    {
      const BriCorridor *c = bri_corridor_list_get_corridor (list, i);
      g_autofree char *first = fmt_date (bri_corridor_get_first_date (c));
      g_autofree char *last = fmt_date (bri_corridor_get_last_date (c));
      json_builder_begin_object (b);
      json_member_string (b, "origin", bri_entity_get_id (bri_corridor_get_origin (c)));
      json_member_string (b, "destination",
                          bri_entity_get_id (bri_corridor_get_destination (c)));
      json_builder_set_member_name (b, "vias");
      json_builder_begin_array (b);
      for (guint k = 0; k < bri_corridor_get_n_vias (c); k++)
        json_builder_add_string_value (b, bri_entity_get_id (bri_corridor_get_via (c, k)));
      json_builder_end_array (b);
      json_member_string (b, "first", *first ? first : NULL);
      json_member_string (b, "last", *last ? last : NULL);
      json_builder_set_member_name (b, "sources");
      json_builder_begin_array (b);
      for (guint k = 0; k < bri_corridor_get_n_sources (c); k++)
        json_builder_add_string_value (b, bri_corridor_get_source (c, k));
      json_builder_end_array (b);
      json_builder_set_member_name (b, "relations");
      json_builder_begin_array (b);
      for (guint k = 0; k < bri_corridor_get_n_relations (c); k++)
        json_relation (b, bri_corridor_get_relation (c, k));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_print (b);
}

int
cmd_corridors (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  if (argc > 1)
    return cli_fail (EXIT_USAGE, "usage: bri corridors [PLACE]");
  g_autoptr(GError) error = NULL;
  const BriEntity *place = NULL;
  if (argc == 1 && !(place = bri_graph_resolve (g, argv[0], &error)))
    return cli_fail_error (error);
  g_autoptr(BriFilter) f = build_filter (cli, g, &error);
  if (!f)
    return cli_fail_error (error);
  g_autoptr(BriCorridorList) list = bri_graph_list_corridors (g, f, place, &error);
  if (!list)
    return cli_fail_error (error);
  if (cli->format == FMT_JSON)
    {
      print_json (list);
      return 0;
    }
  g_autoptr(Table) t = table_new ("origin", "destination", "via", "first", "last",
                                  "relations", "sources", NULL);
  for (guint i = 0; i < bri_corridor_list_get_n_corridors (list); i++)
    {
      const BriCorridor *c = bri_corridor_list_get_corridor (list, i);
      g_autofree char *vias = join_vias (c), *sources = join_sources (c);
      g_autofree char *first = fmt_date (bri_corridor_get_first_date (c));
      g_autofree char *last = fmt_date (bri_corridor_get_last_date (c));
      g_autofree char *n = g_strdup_printf ("%u", bri_corridor_get_n_relations (c));
      table_add (t, bri_entity_get_id (bri_corridor_get_origin (c)),
                 bri_entity_get_id (bri_corridor_get_destination (c)), vias, first, last,
                 n, sources);
    }
  table_print (cli, t);
  return 0;
}
