/* libbri/explore/layout.c — owns the positions of a view's vertices: igraph's
 * Fruchterman–Reingold layout, seeded through igraph's default generator
 * under the igraph lock, scaled into the unit square. */
#include "config.h"

#include <math.h>

#include "view/view-private.h"
#include <bri/explore.h>

/* Above this many vertices the layout uses igraph's grid, which keeps
 * each iteration linear in V + E (igraph's own AUTOGRID threshold). */
#define GRID_ABOVE 1000
#define ITERATIONS 500

gboolean
bri_view_layout (const BriView *view, guint64 seed, double *xy, GError **error)
{
  g_return_val_if_fail (view != NULL, FALSE);
  g_return_val_if_fail (xy != NULL || view->n_vertices == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  guint n = view->n_vertices;
  if (n == 0)
    return TRUE;
  igraph_matrix_t pos;
  bri__igraph_enter ();
  bri__igraph_seed (seed);
  igraph_error_t rc = igraph_matrix_init (&pos, 0, 0);
  if (rc == IGRAPH_SUCCESS)
    {
      rc = igraph_layout_fruchterman_reingold (
        &view->igraph, &pos, FALSE, ITERATIONS, sqrt ((double) n),
        n > GRID_ABOVE ? IGRAPH_LAYOUT_GRID : IGRAPH_LAYOUT_NOGRID,
        NULL, NULL, NULL, NULL, NULL);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed ())
        {
          double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
          for (guint v = 0; v < n; v++)
            {
              double x = MATRIX (pos, v, 0), y = MATRIX (pos, v, 1);
              x0 = MIN (x0, x), x1 = MAX (x1, x);
              y0 = MIN (y0, y), y1 = MAX (y1, y);
            }
          /* One scale for both axes keeps the picture's proportions; a
           * single vertex (or all at one point) sits in the middle. */
          double span = MAX (x1 - x0, y1 - y0);
          for (guint v = 0; v < n; v++)
            {
              xy[2 * v] = span > 0 ? (MATRIX (pos, v, 0) - x0) / span : 0.5;
              xy[2 * v + 1] = span > 0 ? (MATRIX (pos, v, 1) - y0) / span : 0.5;
            }
        }
      igraph_matrix_destroy (&pos);
    }
  return bri__igraph_leave (rc, error);
}
