/* libbri/view/explain.c — owns bri_view_explain(): the relations behind an edge
 * of any view (plain, merged, rolled up or projected), which is what makes
 * every result citable. */
#include "config.h"

#include "view/view-private.h"

GPtrArray *
bri_view_explain (const BriView *view, const BriEntity *a, const BriEntity *b,
                  GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  gint u = bri__view_vertex (view, a, error);
  if (u < 0)
    return NULL;
  gint v = bri__view_vertex (view, b, error);
  if (v < 0)
    return NULL;
  gint e = bri_view_find_edge (view, u, v);
  if (e < 0)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                   "no edge %s %s %s in this view", bri_entity_get_id (a),
                   view->directed ? "->" : "--", bri_entity_get_id (b));
      return NULL;
    }
  guint n = bri__view_edge_n_relations (view, e);
  GPtrArray *out = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, (gpointer) bri__view_edge_relation (view, e, i));
  return out;
}
