/* libbri/export/export-common.c — the part of exporting every format shares:
 * export options (labels, computed results riding along as node
 * attributes), the model (the node and edge attribute tables built once
 * from a view, documented in bri/export.h), the dispatch of
 * bri_view_export() / bri_graph_export() to one writer per format
 * (export-*.c), and writing the files (atomic-file.c). */
#include "config.h"
#include "core/core-private.h"
#include "export/export-common.h"
#include "io/atomic-file.h"
#include "io/csv-writer.h"
#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

/* ---- options ---------------------------------------------------------- */

typedef struct {
  char *name;
  BriColType type;
  GHashTable *values;           /* entity id -> formatted value, owned */
} BriComputed;

struct _BriExportOptions {
  BriLabels labels;
  gboolean bom;                 /* CSV: a UTF-8 byte order mark first */
  gboolean mixed;               /* per-edge direction markup (default) */
  GPtrArray *computed;          /* BriComputed*, owned */
};

static void
computed_free (gpointer p)
{
  BriComputed *c = p;
  if (!c)
    return;
  g_free (c->name);
  g_hash_table_unref (c->values);
  g_free (c);
}

BriExportOptions *
bri_export_options_new (void)
{
  BriExportOptions *o = g_new0 (BriExportOptions, 1);
  o->labels = BRI_LABELS_EN;
  o->mixed = TRUE;
  o->computed = g_ptr_array_new_with_free_func (computed_free);
  return o;
}

BriExportOptions *
bri_export_options_copy (const BriExportOptions *options)
{
  g_return_val_if_fail (options != NULL, NULL);
  BriExportOptions *o = bri_export_options_new ();
  o->labels = options->labels;
  o->bom = options->bom;
  o->mixed = options->mixed;
  for (guint i = 0; i < options->computed->len; i++)
    {
      const BriComputed *c = options->computed->pdata[i];
      BriComputed *d = g_new0 (BriComputed, 1);
      d->name = g_strdup (c->name);
      d->type = c->type;
      d->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      GHashTableIter it;
      gpointer k, v;
      g_hash_table_iter_init (&it, c->values);
      while (g_hash_table_iter_next (&it, &k, &v))
        g_hash_table_insert (d->values, g_strdup (k), g_strdup (v));
      g_ptr_array_add (o->computed, d);
    }
  return o;
}

void
bri_export_options_free (BriExportOptions *options)
{
  if (!options)
    return;
  g_ptr_array_unref (options->computed);
  g_free (options);
}

void
bri_export_options_set_labels (BriExportOptions *options, BriLabels labels)
{
  g_return_if_fail (options != NULL);
  options->labels = labels;
}

BriLabels
bri_export_options_get_labels (const BriExportOptions *options)
{
  g_return_val_if_fail (options != NULL, BRI_LABELS_EN);
  return options->labels;
}

static const char *const node_fixed[] = { "kind", "name", "name_zh", "code",
                                          "parent", "aliases", "label" };

static gboolean
is_attr_name (const char *s)
{
  if (!s || !(g_ascii_isalpha (*s) || *s == '_'))
    return FALSE;
  for (s++; *s; s++)
    if (!(g_ascii_isalnum (*s) || *s == '_'))
      return FALSE;
  return TRUE;
}

static gboolean
is_node_fixed (const char *name)
{
  if (strcmp (name, "id") == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (node_fixed); i++)
    if (strcmp (name, node_fixed[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
check_new_name (const BriExportOptions *options, const char *name, GError **error)
{
  if (!is_attr_name (name))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "'%s' is not an attribute name, expected a letter or '_' "
                   "followed by letters, digits or '_'", name ? name : "(null)");
      return FALSE;
    }
  gboolean taken = is_node_fixed (name);
  for (guint i = 0; !taken && i < options->computed->len; i++)
    taken = strcmp (((BriComputed *) options->computed->pdata[i])->name, name) == 0;
  if (taken)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_DUPLICATE,
                   "the node attribute '%s' already exists, expected a new name", name);
      return FALSE;
    }
  return TRUE;
}

/* Shortest decimal text that reads back as the same double; "NaN". */
char *
bri__export_format_double (double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  if (isnan (v))
    return g_strdup ("NaN");
  if (isinf (v))
    return g_strdup (v > 0 ? "INF" : "-INF");
  g_ascii_formatd (buf, sizeof buf, "%.15g", v);
  if (g_ascii_strtod (buf, NULL) != v)
    g_ascii_formatd (buf, sizeof buf, "%.17g", v);
  return g_strdup (buf);
}

gboolean
bri_export_options_add_ranking (BriExportOptions *options, const char *name,
                                const BriRanking *ranking, GError **error)
{
  g_return_val_if_fail (options != NULL && ranking != NULL, FALSE);
  if (!check_new_name (options, name, error))
    return FALSE;
  BriComputed *c = g_new0 (BriComputed, 1);
  c->name = g_strdup (name);
  c->type = BRI_COL_DOUBLE;
  c->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < bri_ranking_get_n_items (ranking); i++)
    g_hash_table_insert (c->values,
                         g_strdup (bri_entity_get_id (bri_ranking_get_entity (ranking, i))),
                         bri__export_format_double (bri_ranking_get_score (ranking, i)));
  g_ptr_array_add (options->computed, c);
  return TRUE;
}

gboolean
bri_export_options_add_partition (BriExportOptions *options, const char *name,
                                  const BriPartition *partition, GError **error)
{
  g_return_val_if_fail (options != NULL && partition != NULL, FALSE);
  if (!check_new_name (options, name, error))
    return FALSE;
  BriComputed *c = g_new0 (BriComputed, 1);
  c->name = g_strdup (name);
  c->type = BRI_COL_INT;
  c->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < bri_partition_get_n_entities (partition); i++)
    g_hash_table_insert (
      c->values, g_strdup (bri_entity_get_id (bri_partition_get_entity (partition, i))),
      g_strdup_printf ("%u", bri_partition_get_group (partition, i)));
  g_ptr_array_add (options->computed, c);
  return TRUE;
}

gboolean
bri_export_options_add_computed (BriExportOptions *options, const BriView *view,
                                 const char *spec, BriWeights weights, guint64 seed,
                                 GError **error)
{
  g_return_val_if_fail (options != NULL && view != NULL && spec != NULL, FALSE);
  /* Work on a copy: nothing is added unless every item succeeds. */
  g_autoptr (BriExportOptions) work = bri_export_options_copy (options);
  g_auto (GStrv) items = g_strsplit (spec, ",", -1);
  for (guint i = 0; items[i]; i++)
    {
      char *item = g_strstrip (items[i]);
      if (!*item)
        continue;
      char *eq = strchr (item, '=');
      if (!eq || eq == item || !eq[1])
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                       "'%s' is not key=value, expected centrality=MEASURE or "
                       "community=ALGORITHM", item);
          return FALSE;
        }
      *eq = '\0';
      const char *key = item, *value = eq + 1;
      if (strcmp (key, "centrality") == 0)
        {
          BriMeasure measure;
          if (!bri_measure_from_name (value, &measure))
            {
              g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                           "unknown centrality '%s', expected degree, strength, "
                           "betweenness, closeness, harmonic, eigenvector or pagerank",
                           value);
              return FALSE;
            }
          g_autoptr (BriRanking) r = bri_view_centrality (view, measure, weights, error);
          if (!r || !bri_export_options_add_ranking (work, value, r, error))
            return FALSE;
        }
      else if (strcmp (key, "community") == 0)
        {
          g_autoptr (BriPartition) p = NULL;
          if (strcmp (value, "louvain") == 0)
            p = bri_view_louvain (view, weights, 1.0, seed, error);
          else if (strcmp (value, "leiden") == 0)
            p = bri_view_leiden (view, weights, 1.0, seed, error);
          else if (strcmp (value, "label_propagation") == 0)
            p = bri_view_label_propagation (view, weights, seed, error);
          else if (strcmp (value, "components") == 0)
            p = bri_view_components (view, FALSE, error);
          else
            {
              g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                           "unknown community algorithm '%s', expected louvain, "
                           "leiden, label_propagation or components", value);
              return FALSE;
            }
          if (!p || !bri_export_options_add_partition (work, value, p, error))
            return FALSE;
        }
      else
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "unknown result '%s', expected centrality or community", key);
          return FALSE;
        }
    }
  /* Move the new results over. */
  guint before = options->computed->len;
  for (guint i = before; i < work->computed->len; i++)
    g_ptr_array_add (options->computed, g_steal_pointer (&work->computed->pdata[i]));
  g_ptr_array_set_size (work->computed, before);
  return TRUE;
}

/* ---- formats ---------------------------------------------------------- */

static const struct {
  const char *name;
  BriExportWriter writer;
  gboolean directory;
} formats[] = {
  [BRI_EXPORT_GRAPHML] = { "graphml", bri__export_graphml, FALSE },
  [BRI_EXPORT_GEXF] = { "gexf", bri__export_gexf, FALSE },
  [BRI_EXPORT_JSON] = { "json", bri__export_json, FALSE },
  [BRI_EXPORT_DOT] = { "dot", bri__export_dot, FALSE },
  [BRI_EXPORT_NEO4J] = { "neo4j", bri__export_neo4j, TRUE },
  [BRI_EXPORT_GRAPHFRAMES] = { "graphframes", bri__export_graphframes, TRUE },
  [BRI_EXPORT_CSV] = { "csv", bri__export_csv, TRUE },
};

void
bri_export_options_set_bom (BriExportOptions *options, gboolean bom)
{
  g_return_if_fail (options != NULL);
  options->bom = bom != FALSE;
}

gboolean
bri_export_options_get_bom (const BriExportOptions *options)
{
  g_return_val_if_fail (options != NULL, FALSE);
  return options->bom;
}

void
bri_export_options_set_mixed (BriExportOptions *options, gboolean mixed)
{
  g_return_if_fail (options != NULL);
  options->mixed = mixed != FALSE;
}

gboolean
bri_export_options_get_mixed (const BriExportOptions *options)
{
  g_return_val_if_fail (options != NULL, TRUE);
  return options->mixed;
}

const char *
bri_export_format_get_name (BriExportFormat format)
{
  if ((guint) format >= G_N_ELEMENTS (formats))
    return NULL;
  return formats[format].name;
}

gboolean
bri_export_format_from_name (const char *name, BriExportFormat *format)
{
  g_return_val_if_fail (name != NULL && format != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = (BriExportFormat) i;
        return TRUE;
      }
  if (g_ascii_strcasecmp (name, "node-link") == 0)
    {
      *format = BRI_EXPORT_JSON;
      return TRUE;
    }
  return FALSE;
}

gboolean
bri_export_format_is_directory (BriExportFormat format)
{
  return (guint) format < G_N_ELEMENTS (formats) && formats[format].directory;
}

/* ---- the model -------------------------------------------------------- */

static void
table_init (BriExportTable *t)
{
  t->names = g_ptr_array_new_with_free_func (g_free);
  t->types = g_array_new (FALSE, FALSE, sizeof (BriColType));
  t->cells = g_ptr_array_new_with_free_func (g_free);
}

static void
table_clear (BriExportTable *t)
{
  g_clear_pointer (&t->names, g_ptr_array_unref);
  g_clear_pointer (&t->types, g_array_unref);
  g_clear_pointer (&t->cells, g_ptr_array_unref);
}

static void
table_add_col (BriExportTable *t, const char *name, BriColType type)
{
  g_ptr_array_add (t->names, g_strdup (name));
  g_array_append_val (t->types, type);
  t->n_cols++;
}

static void
table_set_rows (BriExportTable *t, guint n_rows)
{
  t->n_rows = n_rows;
  g_ptr_array_set_size (t->cells, (guint) ((gsize) n_rows * t->n_cols));
}

static void
table_take (BriExportTable *t, guint row, guint col, char *value)
{
  gpointer *slot = &t->cells->pdata[(gsize) row * t->n_cols + col];
  g_free (*slot);
  *slot = value;
}

gint
bri__export_find_col (const BriExportTable *t, const char *name)
{
  for (guint i = 0; i < t->n_cols; i++)
    if (strcmp (t->names->pdata[i], name) == 0)
      return (gint) i;
  return -1;
}

const char *
bri__export_type_name (BriColType type)
{
  switch (type)
    {
    case BRI_COL_DOUBLE: return "double";
    case BRI_COL_INT: return "int";
    case BRI_COL_BOOL: return "boolean";
    default: return "string";
    }
}

const char *
bri__export_label (const BriEntity *entity, BriLabels labels)
{
  const char *zh = bri_entity_get_name_zh (entity);
  if (labels == BRI_LABELS_ZH && zh)
    return zh;
  return bri_entity_get_name (entity);
}

/* Extra attribute names of @attrs in order of first appearance. */
static void
collect_names (GPtrArray *names, GHashTable *seen, BriAttrs attrs)
{
  for (guint i = 0; attrs && attrs[i]; i += 2)
    if (g_hash_table_add (seen, attrs[i]))
      g_ptr_array_add (names, attrs[i]);
}

/* The column name of an extra attribute: @name, prefixed with `attr_` (as
 * often as needed) while it is taken: by a column already in @t, by "id",
 * or by a computed result of @computed (nullable). */
static char *
extra_col_name (const BriExportTable *t, const GPtrArray *computed, const char *name)
{
  char *col = g_strdup (name);
  for (;;)
    {
      gboolean taken = bri__export_find_col (t, col) >= 0 || strcmp (col, "id") == 0;
      for (guint c = 0; !taken && computed && c < computed->len; c++)
        taken = strcmp (((BriComputed *) computed->pdata[c])->name, col) == 0;
      if (!taken)
        return col;
      char *longer = g_strconcat ("attr_", col, NULL);
      g_free (col);
      col = longer;
    }
}

/* An entity's aliases joined by "|", read only: a graph's entities are
 * shared by every thread exporting it. */
static char *
join_aliases (const BriEntity *e)
{
  GString *s = g_string_new (NULL);
  for (guint k = 0; k < e->aliases->len; k++)
    {
      if (k)
        g_string_append_c (s, '|');
      g_string_append (s, g_ptr_array_index (e->aliases, k));
    }
  return g_string_free (s, FALSE);
}

static void
build_nodes (BriExportModel *m)
{
  BriExportTable *t = &m->node_attrs;
  table_init (t);
  for (guint i = 0; i < G_N_ELEMENTS (node_fixed); i++)
    table_add_col (t, node_fixed[i], BRI_COL_STRING);
  const GPtrArray *computed = m->options->computed;
  g_autoptr (GPtrArray) extras = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < m->n_nodes; i++)
    collect_names (extras, seen, m->nodes[i]->attrs);
  guint first_extra = t->n_cols;
  /* An extra attribute named like a fixed column, an earlier extra or a
   * computed result is renamed. */
  for (guint i = 0; i < extras->len; i++)
    {
      g_autofree char *col = extra_col_name (t, computed, extras->pdata[i]);
      table_add_col (t, col, BRI_COL_STRING);
    }
  guint first_computed = t->n_cols;
  for (guint c = 0; c < computed->len; c++)
    {
      const BriComputed *bc = computed->pdata[c];
      table_add_col (t, bc->name, bc->type);
    }
  table_set_rows (t, m->n_nodes);
  for (guint i = 0; i < m->n_nodes; i++)
    {
      const BriEntity *e = m->nodes[i];
      table_take (t, i, 0, g_strdup (e->kind));
      table_take (t, i, 1, g_strdup (e->name));
      table_take (t, i, 2, g_strdup (e->name_zh));
      table_take (t, i, 3, g_strdup (e->code));
      table_take (t, i, 4, g_strdup (e->parent_id));
      if (e->aliases && e->aliases->len)
        table_take (t, i, 5, join_aliases (e));
      table_take (t, i, 6, g_strdup (bri__export_label (e, m->options->labels)));
      for (guint x = 0; x < extras->len; x++)
        table_take (t, i, first_extra + x,
                    g_strdup (bri__attrs_get (e->attrs, extras->pdata[x])));
      for (guint c = 0; c < computed->len; c++)
        {
          const BriComputed *bc = computed->pdata[c];
          table_take (t, i, first_computed + c,
                      g_strdup (g_hash_table_lookup (bc->values, e->id)));
        }
    }
}

/* Joins one value per relation with `|`; NULL when all are empty. */
static char *
join_aligned (GPtrArray *values)
{
  gboolean any = FALSE;
  for (guint i = 0; i < values->len && !any; i++)
    any = values->pdata[i] && *(char *) values->pdata[i];
  if (!any)
    return NULL;
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < values->len; i++)
    {
      if (i)
        g_string_append_c (s, '|');
      if (values->pdata[i])
        g_string_append (s, values->pdata[i]);
    }
  return g_string_free (s, FALSE);
}

enum {
  EC_WEIGHT, EC_N_RELATIONS, EC_KINDS, EC_RELATIONS, EC_RELATION_KINDS, EC_DATES,
  EC_END_DATES, EC_TITLES, EC_SECTORS, EC_VIAS, EC_EVENTS, EC_SOURCES,
  EC_CONFIDENCES, EC_START, EC_END, EC_DIRECTED, EC_N_FIXED
};
static const char *const edge_fixed[] = {
  "weight", "n_relations", "kinds", "relations", "relation_kinds", "dates",
  "end_dates", "titles", "sectors", "vias", "events", "sources", "confidences",
  "start", "end", "directed"
};

static gint
compare_date_pair (gconstpointer a, gconstpointer b)
{
  return bri_date_compare (*(const BriDate *) a, *(const BriDate *) b);
}

static GArray *
edge_spells (const BriView *view, guint edge)
{
  guint n = bri_view_get_edge_n_relations (view, edge);
  GArray *raw = g_array_new (FALSE, FALSE, 2 * sizeof (BriDate));
  for (guint r = 0; r < n; r++)
    {
      const BriRelation *rel = bri_view_get_edge_relation (view, edge, r);
      if (!bri_date_is_set (rel->date))
        {
          g_array_unref (raw);
          return NULL;
        }
      BriDate pair[2] = { bri_date_first_day (rel->date),
                          bri_date_last_day (bri_date_is_set (rel->end_date)
                                               ? rel->end_date : rel->date) };
      g_array_append_val (raw, pair);
    }
  g_array_sort (raw, compare_date_pair);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (BriDate));
  for (guint i = 0; i < raw->len; i++)
    {
      const BriDate *p = &g_array_index (raw, BriDate, 2 * i);
      if (out->len && bri_date_compare (p[0], g_array_index (out, BriDate, out->len - 1)) <= 0)
        {
          BriDate *last = &g_array_index (out, BriDate, out->len - 1);
          if (bri_date_compare (p[1], *last) > 0)
            *last = p[1];
          continue;
        }
      g_array_append_vals (out, p, 2);
    }
  g_array_unref (raw);
  return out;
}

/* In an undirected view: whether the directed relations behind @edge all
 * go from its second end to its first (so the edge is better written the
 * other way round). Relations whose ends were rolled up are not counted. */
static gboolean
points_backward (const BriExportModel *m, guint edge, const BriView *view)
{
  const BriEntity *a = m->nodes[m->edge_from[edge]], *b = m->nodes[m->edge_to[edge]];
  guint forward = 0, backward = 0;
  for (guint r = 0; r < bri_view_get_edge_n_relations (view, edge); r++)
    {
      const BriRelation *rel = bri_view_get_edge_relation (view, edge, r);
      if (!rel->kind || !rel->kind->directed)
        continue;
      if (rel->from == a && rel->to == b)
        forward++;
      else if (rel->from == b && rel->to == a)
        backward++;
    }
  return backward > 0 && forward == 0;
}

/* Whether @end is @node or one of its descendants (through parent): the
 * node a relation's end was rolled up to. */
static gboolean
end_is (const BriEntity *end, const BriEntity *node)
{
  for (const BriEntity *e = end; e; e = e->parent)
    if (e == node)
      return TRUE;
  return FALSE;
}

/* In an undirected view whose direction is BRI_DIRECTION_AUTO (a view of
 * mixed kinds): whether @edge, as oriented by build_edges(), is directed:
 * every relation behind it is of a directed kind and goes from the edge's
 * source (or an entity rolled up to it) to its target. An edge mixing an
 * undirected relation (`met`) with a directed one, or holding directed
 * relations both ways, or whose ends were grouped, stays undirected. */
static gboolean
edge_is_directed (const BriExportModel *m, guint edge, const BriView *view)
{
  const BriEntity *a = m->nodes[m->edge_from[edge]], *b = m->nodes[m->edge_to[edge]];
  guint n = bri_view_get_edge_n_relations (view, edge);
  for (guint r = 0; r < n; r++)
    {
      const BriRelation *rel = bri_view_get_edge_relation (view, edge, r);
      if (!rel->kind || !rel->kind->directed)
        return FALSE;
      if (rel->from == a && rel->to == b)
        continue;
      /* Rolled up: the ends lie under a and b, and not both under b and
       * a too (one end an ancestor of the other). */
      if (!end_is (rel->from, a) || !end_is (rel->to, b)
          || (end_is (rel->from, b) && end_is (rel->to, a)))
        return FALSE;
    }
  return n > 0;
}

static void
build_edges (BriExportModel *m, const guint *node_of_vertex)
{
  const BriView *view = m->view;
  BriExportTable *t = &m->edge_attrs;
  table_init (t);
  for (guint i = 0; i < EC_N_FIXED; i++)
    table_add_col (t, edge_fixed[i],
                   i == EC_WEIGHT ? BRI_COL_DOUBLE
                   : i == EC_N_RELATIONS ? BRI_COL_INT
                   : i == EC_DIRECTED ? BRI_COL_BOOL : BRI_COL_STRING);
  guint col_items = 0;
  if (m->projected)
    {
      table_add_col (t, "n_items", BRI_COL_INT);
      col_items = t->n_cols;
      table_add_col (t, "items", BRI_COL_STRING);
    }
  m->n_edges = bri_view_get_n_edges (view);
  g_autoptr (GPtrArray) extras = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint e = 0; e < m->n_edges; e++)
    for (guint r = 0; r < bri_view_get_edge_n_relations (view, e); r++)
      collect_names (extras, seen, bri_view_get_edge_relation (view, e, r)->attrs);
  guint first_extra = t->n_cols;
  for (guint i = 0; i < extras->len; i++)
    {
      g_autofree char *col = extra_col_name (t, NULL, extras->pdata[i]);
      table_add_col (t, col, BRI_COL_STRING);
    }
  table_set_rows (t, m->n_edges);
  m->edge_from = g_new (guint, m->n_edges + 1);
  m->edge_to = g_new (guint, m->n_edges + 1);
  m->edge_spells = g_new0 (GArray *, m->n_edges + 1);
  m->edge_directed = g_new0 (gboolean, m->n_edges + 1);
  gboolean per_edge = !m->directed && !m->projected
    && bri_view_options_get_direction (bri_view_get_options (view)) == BRI_DIRECTION_AUTO;

  g_autoptr (GPtrArray) vals = g_ptr_array_new_with_free_func (g_free);
  for (guint e = 0; e < m->n_edges; e++)
    {
      m->edge_from[e] = node_of_vertex[bri_view_get_edge_from (view, e)];
      m->edge_to[e] = node_of_vertex[bri_view_get_edge_to (view, e)];
      guint n = bri_view_get_edge_n_relations (view, e);
      if (!m->directed && !m->projected && points_backward (m, e, view))
        {
          guint swap = m->edge_from[e];
          m->edge_from[e] = m->edge_to[e];
          m->edge_to[e] = swap;
        }
      m->edge_directed[e] = m->directed || (per_edge && edge_is_directed (m, e, view));
      if (!m->directed && m->edge_directed[e] && bri_export_options_get_mixed (m->options))
        m->mixed = TRUE;
      table_take (t, e, EC_DIRECTED, g_strdup (m->edge_directed[e] ? "true" : "false"));
      table_take (t, e, EC_WEIGHT, bri__export_format_double (bri_view_get_edge_weight (view, e)));
      table_take (t, e, EC_N_RELATIONS, g_strdup_printf ("%u", n));
      /* Distinct kinds. */
      g_autoptr (GPtrArray) kinds = g_ptr_array_new ();
      for (guint r = 0; r < n; r++)
        {
          const char *k = bri__relation_kind_name (bri_view_get_edge_relation (view, e, r));
          gboolean dup = FALSE;
          for (guint i = 0; i < kinds->len && !dup; i++)
            dup = strcmp (kinds->pdata[i], k) == 0;
          if (!dup)
            g_ptr_array_add (kinds, (gpointer) k);
        }
      g_ptr_array_add (kinds, NULL);
      table_take (t, e, EC_KINDS, g_strjoinv ("|", (char **) kinds->pdata));
      /* Aligned lists. */
      for (guint col = EC_RELATIONS; col <= EC_CONFIDENCES; col++)
        {
          g_ptr_array_set_size (vals, 0);
          for (guint r = 0; r < n; r++)
            {
              const BriRelation *rel = bri_view_get_edge_relation (view, e, r);
              char *v = NULL;
              switch (col)
                {
                case EC_RELATIONS: v = g_strdup_printf ("%u", rel->index); break;
                case EC_RELATION_KINDS: v = g_strdup (bri__relation_kind_name (rel)); break;
                case EC_DATES: v = bri_date_to_string (rel->date); break;
                case EC_END_DATES: v = bri_date_to_string (rel->end_date); break;
                case EC_TITLES: v = g_strdup (rel->title); break;
                case EC_SECTORS: v = g_strdup (rel->sector); break;
                case EC_VIAS: v = g_strdup (bri__relation_via_id (rel)); break;
                case EC_EVENTS: v = g_strdup (rel->event); break;
                case EC_SOURCES: v = g_strdup (rel->source); break;
                case EC_CONFIDENCES:
                  v = isnan (rel->confidence) ? NULL : bri__export_format_double (rel->confidence);
                  break;
                }
              g_ptr_array_add (vals, v);
            }
          table_take (t, e, col, join_aligned (vals));
        }
      for (guint x = 0; x < extras->len; x++)
        {
          g_ptr_array_set_size (vals, 0);
          for (guint r = 0; r < n; r++)
            g_ptr_array_add (vals, g_strdup (bri__attrs_get (
                                     bri_view_get_edge_relation (view, e, r)->attrs,
                                     extras->pdata[x])));
          table_take (t, e, first_extra + x, join_aligned (vals));
        }
      /* Start and end: the earliest first day, the latest last day. */
      BriDate start = BRI_DATE_UNSET, end = BRI_DATE_UNSET;
      for (guint r = 0; r < n; r++)
        {
          const BriRelation *rel = bri_view_get_edge_relation (view, e, r);
          if (!bri_date_is_set (rel->date))
            continue;
          BriDate f = bri_date_first_day (rel->date);
          BriDate l = bri_date_last_day (bri_date_is_set (rel->end_date) ? rel->end_date
                                                                         : rel->date);
          if (!bri_date_is_set (start) || bri_date_compare (f, start) < 0)
            start = f;
          if (!bri_date_is_set (end) || bri_date_compare (l, end) > 0)
            end = l;
        }
      if (bri_date_is_set (start))
        {
          table_take (t, e, EC_START, bri_date_to_string (start));
          table_take (t, e, EC_END, bri_date_to_string (end));
        }
      if (m->projected)
        {
          guint ni = bri_view_get_edge_n_items (view, e);
          table_take (t, e, col_items - 1, g_strdup_printf ("%u", ni));
          g_ptr_array_set_size (vals, 0);
          for (guint i = 0; i < ni; i++)
            g_ptr_array_add (vals, g_strdup (bri_view_get_edge_item (view, e, i)));
          table_take (t, e, col_items, join_aligned (vals));
        }
      m->edge_spells[e] = edge_spells (view, e);
    }
}

static void
model_clear (BriExportModel *m)
{
  g_free (m->nodes);
  table_clear (&m->node_attrs);
  table_clear (&m->edge_attrs);
  g_free (m->edge_from);
  g_free (m->edge_to);
  g_free (m->edge_directed);
  for (guint e = 0; m->edge_spells && e < m->n_edges; e++)
    if (m->edge_spells[e])
      g_array_unref (m->edge_spells[e]);
  g_free (m->edge_spells);
}

/* @all_entities: nodes are every entity of the graph (bri_graph_export). */
static void
model_init (BriExportModel *m, const BriView *view, gboolean all_entities,
            const BriExportOptions *options)
{
  memset (m, 0, sizeof *m);
  m->view = view;
  m->graph = bri_view_get_graph (view);
  m->directed = bri_view_is_directed (view);
  m->projected =
    bri_view_options_get_projection (bri_view_get_options (view)) == BRI_PROJECTION_ACTORS;
  m->options = options;
  guint nv = bri_view_get_n_entities (view);
  g_autofree guint *node_of_vertex = g_new (guint, nv + 1);
  if (all_entities)
    {
      m->n_nodes = bri_graph_get_n_entities (m->graph);
      m->nodes = g_new (const BriEntity *, m->n_nodes + 1);
      for (guint i = 0; i < m->n_nodes; i++)
        m->nodes[i] = bri_graph_get_entity (m->graph, i);
      for (guint v = 0; v < nv; v++)
        node_of_vertex[v] = bri_view_get_entity (view, v)->index;
    }
  else
    {
      m->n_nodes = nv;
      m->nodes = g_new (const BriEntity *, nv + 1);
      for (guint v = 0; v < nv; v++)
        {
          m->nodes[v] = bri_view_get_entity (view, v);
          node_of_vertex[v] = v;
        }
    }
  build_nodes (m);
  build_edges (m, node_of_vertex);
}

const char *
bri__export_edge_type (const BriExportModel *m, guint edge)
{
  if (m->projected)
    return "cooperated_with";
  const char *kinds = bri__export_cell (&m->edge_attrs, edge, EC_KINDS);
  if (strchr (kinds, '|'))
    return "related";
  return kinds;
}

/* ---- files ---------------------------------------------------- */

void
bri__export_csv_names (GString *out, const BriExportTable *t)
{
  for (guint c = 0; c < t->n_cols; c++)
    bri__csv_put_field (out, FALSE, bri__export_col_name (t, c));
  g_string_append_c (out, '\n');
}

void
bri__export_csv_cells (GString *out, const BriExportTable *t, guint row)
{
  for (guint c = 0; c < t->n_cols; c++)
    bri__csv_put_field (out, FALSE, bri__export_cell (t, row, c));
  g_string_append_c (out, '\n');
}

void
bri__export_csv_endpoints (GString *out, const BriExportModel *m, guint edge)
{
  bri__csv_put_field (out, TRUE, bri_entity_get_id (m->nodes[m->edge_from[edge]]));
  bri__csv_put_field (out, FALSE, bri_entity_get_id (m->nodes[m->edge_to[edge]]));
}

void
bri__export_add_file (GPtrArray *files, const char *name, GString *content)
{
  BriExportFile *f = g_new0 (BriExportFile, 1);
  f->name = g_strdup (name);
  f->content = content;
  g_ptr_array_add (files, f);
}

static void
file_free (gpointer p)
{
  BriExportFile *f = p;
  g_free (f->name);
  if (f->content)
    g_string_free (f->content, TRUE);
  g_free (f);
}

gboolean
bri__export_write_files (const char *path, gboolean dir_format, GPtrArray *files,
                         GError **error)
{
  if (dir_format)
    {
      if (g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR,
                       "%s: not a directory, expected a directory or nothing", path);
          return FALSE;
        }
      if (g_mkdir_with_parents (path, 0777) != 0)
        return bri__set_errno_error (error, errno, "cannot create the directory", path);
    }
  guint n = files->len;
  g_autoptr (GPtrArray) finals = g_ptr_array_new_full (n, g_free);
  g_autofree const GString **contents = g_new0 (const GString *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      BriExportFile *f = files->pdata[i];
      g_ptr_array_add (finals, f->name ? g_build_filename (path, f->name, NULL)
                                       : g_strdup (path));
      contents[i] = f->content;
    }
  return bri__atomic_write_files ((const char *const *) finals->pdata, contents, n, error);
}

/* ---- entry points ----------------------------------------------------- */

static gboolean
export_model (const BriView *view, gboolean all_entities, BriExportFormat format,
              const char *path, const BriExportOptions *options, GError **error)
{
  if ((guint) format >= G_N_ELEMENTS (formats))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "unknown export format %d, expected a BriExportFormat", (int) format);
      return FALSE;
    }
  g_autoptr (BriExportOptions) defaults = NULL;
  if (!options)
    options = defaults = bri_export_options_new ();
  BriExportModel m;
  model_init (&m, view, all_entities, options);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (file_free);
  gboolean ok = formats[format].writer (&m, files, error)
                && bri__export_write_files (path, formats[format].directory, files, error);
  model_clear (&m);
  return ok;
}

gboolean
bri_view_export (const BriView *view, BriExportFormat format, const char *path,
                 const BriExportOptions *options, GError **error)
{
  g_return_val_if_fail (view != NULL && path != NULL, FALSE);
  return export_model (view, FALSE, format, path, options, error);
}

gboolean
bri_graph_export (BriGraph *graph, BriExportFormat format, const char *path,
                  const BriExportOptions *options, GError **error)
{
  g_return_val_if_fail (graph != NULL && path != NULL, FALSE);
  g_autoptr (BriView) view = bri_view_new (graph, NULL, NULL, error);
  if (!view)
    return FALSE;
  return export_model (view, TRUE, format, path, options, error);
}

void
bri__export_xml_init (void)
{
  static gsize done;
  if (g_once_init_enter (&done))
    {
      xmlInitParser ();
      g_once_init_leave (&done, 1);
    }
}

int
bri__export_xml_edge_start (xmlTextWriterPtr w, const BriExportModel *m, guint e,
                            const char *id_prefix)
{
  char id[32];
  g_snprintf (id, sizeof id, "%s%u", id_prefix, e);
  if (xmlTextWriterStartElement (w, BAD_CAST "edge") < 0
      || xmlTextWriterWriteAttribute (w, BAD_CAST "id", BAD_CAST id) < 0
      || xmlTextWriterWriteAttribute (
           w, BAD_CAST "source", BAD_CAST bri_entity_get_id (m->nodes[m->edge_from[e]])) < 0)
    return -1;
  return xmlTextWriterWriteAttribute (
    w, BAD_CAST "target", BAD_CAST bri_entity_get_id (m->nodes[m->edge_to[e]]));
}
