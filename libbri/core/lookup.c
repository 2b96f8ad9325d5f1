/* libbri/core/lookup.c — name lookup: bri_graph_find(), bri_graph_resolve() and
 * the normalisation behind them (OpenCC Traditional -> Simplified, NFKC,
 * case folding). The index of normalised names is built lazily, under the
 * graph's index lock, and extended when entities have been added since. */
#include "config.h"
#include "core/core-private.h"
#include <opencc/opencc.h>

/* OpenCC: one converter for the process, opened once. Conversions are
 * serialised (OpenCC does not document its converters as thread-safe). */
static GMutex opencc_lock;
static opencc_t opencc_t2s = (opencc_t) -1;

/* One OpenCC t2s conversion; NULL when OpenCC cannot. Under opencc_lock. */
static char *
convert_locked (const char *text)
{
  if (opencc_t2s == (opencc_t) -1)
    opencc_t2s = opencc_open (BRI_OPENCC_T2S);
  if (opencc_t2s == (opencc_t) -1)
    return NULL;
  char *converted = opencc_convert_utf8 (opencc_t2s, text, strlen (text));
  char *out = converted ? g_strdup (converted) : NULL;
  if (converted)
    opencc_convert_utf8_free (converted);
  return out;
}

/* Traditional -> Simplified until nothing changes (at most 4 rounds):
 * OpenCC's t2s is not idempotent (薴 U+85B4 -> 苧 -> 苎, and phrases can
 * convert again), and a normalised name must normalise to itself. A
 * second round runs only when the first changed something. */
static char *
to_simplified (const char *text)
{
  g_mutex_lock (&opencc_lock);
  char *out = convert_locked (text);
  if (out && strcmp (out, text) != 0)
    for (guint round = 1; round < 4; round++)
      {
        char *again = convert_locked (out);
        if (!again || strcmp (again, out) == 0)
          {
            g_free (again);
            break;
          }
        g_free (out);
        out = again;
      }
  g_mutex_unlock (&opencc_lock);
  /* Without OpenCC's data the lookup still works within one script. */
  return out ? out : g_strdup (text);
}

static gboolean
is_ascii (const char *s)
{
  for (; *s; s++)
    if ((unsigned char) *s >= 0x80)
      return FALSE;
  return TRUE;
}

/* GLib's g_utf8_casefold folds Cherokee letters both ways: a capital
 * (U+13A0..U+13F5) to its small letter through g_unichar_tolower, a small
 * letter (U+AB70..U+ABBF, U+13F8..U+13FD) to its capital through Unicode's
 * CaseFolding.txt, so folding twice gives back the input and a normalised
 * name did not find itself (found by fuzz/fuzz-find: "雲Ꮧ"). Unicode folds
 * Cherokee to the capitals: do that to what GLib returns. Same UTF-8
 * length either way (three bytes), so in place. */
static char *
fold_cherokee (char *s)
{
  for (unsigned char *p = (unsigned char *) s; (p = (unsigned char *) strpbrk ((char *) p, "\xE1\xEA")); p++)
    {
      if (!p[1] || !p[2])
        break;
      gunichar c = g_utf8_get_char ((const char *) p);
      gunichar to = c >= 0xAB70 && c <= 0xABBF ? c - 0xAB70 + 0x13A0
                    : c >= 0x13F8 && c <= 0x13FD ? c - 8
                    : c;
      if (to != c)
        g_unichar_to_utf8 (to, (char *) p);
    }
  return s;
}

char *
bri_name_normalize (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);
  if (!g_utf8_validate (name, -1, NULL))
    return NULL;
  if (is_ascii (name))
    return g_strstrip (g_ascii_strdown (name, -1));
  /* Strip after NFKC: it maps U+3000, U+00A0 and the other spaces to U+0020. */
  g_autofree char *nfkc = g_strstrip (g_utf8_normalize (name, -1, G_NORMALIZE_NFKC));
  g_autofree char *simplified = to_simplified (nfkc);
  return fold_cherokee (g_utf8_casefold (simplified, -1));
}

/* The name before bri_<noun>_<verb>, kept for one release. */
char *
bri_normalize_name (const char *name)
{
  return bri_name_normalize (name);
}

static void
index_add (GHashTable *index, const char *name, BriEntity *e)
{
  if (!name || !*name)
    return;
  char *key = bri_name_normalize (name);
  if (!key)
    return;
  GPtrArray *list = g_hash_table_lookup (index, key);
  if (!list)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (index, key, list);
    }
  else
    g_free (key);
  for (guint i = 0; i < list->len; i++)
    if (list->pdata[i] == e)
      return;
  g_ptr_array_add (list, e);
}

void
bri__graph_index_reset (BriGraph *g)
{
  g_mutex_lock (&g->index_lock);
  g_clear_pointer (&g->name_index, g_hash_table_unref);
  g->index_n_entities = 0;
  g_mutex_unlock (&g->index_lock);
}

/* Called with the index lock held. */
static void
index_update (BriGraph *g)
{
  if (!g->name_index)
    g->name_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  for (guint i = g->index_n_entities; i < g->entities->len; i++)
    {
      BriEntity *e = g_ptr_array_index (g->entities, i);
      index_add (g->name_index, e->name, e);
      index_add (g->name_index, e->name_zh, e);
      for (guint a = 0; a < bri_entity_get_n_aliases (e); a++)
        index_add (g->name_index, bri_entity_get_alias (e, a), e);
    }
  g->index_n_entities = g->entities->len;
}

static int
compare_by_id (gconstpointer a, gconstpointer b)
{
  const BriEntity *x = *(const BriEntity *const *) a;
  const BriEntity *y = *(const BriEntity *const *) b;
  return strcmp (x->id, y->id);
}

GPtrArray *
bri_graph_find (BriGraph *g, const char *name)
{
  g_return_val_if_fail (g != NULL && name != NULL, NULL);
  GPtrArray *out = g_ptr_array_new ();
  BriEntity *by_id = bri__id_index_lookup (g->entity_by_id, name);
  if (by_id)
    g_ptr_array_add (out, by_id);
  g_autofree char *key = bri_name_normalize (name);
  if (!key || !*key)
    return out;
  g_mutex_lock (&g->index_lock);
  index_update (g);
  GPtrArray *list = g_hash_table_lookup (g->name_index, key);
  for (guint i = 0; list && i < list->len; i++)
    if (list->pdata[i] != by_id)
      g_ptr_array_add (out, list->pdata[i]);
  g_mutex_unlock (&g->index_lock);
  g_ptr_array_sort (out, compare_by_id);
  return out;
}

typedef struct {
  guint distance;
  const char *id;
} Near;

static int
compare_near (gconstpointer a, gconstpointer b)
{
  const Near *x = a, *y = b;
  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  return strcmp (x->id, y->id);
}

/* Up to five entity ids whose normalised names are nearest to @key (edit
 * distance), for "nearest: ..." in errors. */
static char *
nearest_names (BriGraph *g, const char *key)
{
  g_autoptr (GArray) near = g_array_new (FALSE, FALSE, sizeof (Near));
  gsize len = strlen (key);
  guint limit = MAX (2, len / 3);
  if (len > BRI_MAX_ID_BYTES)
    return NULL; /* nothing that long is worth suggesting against */
  g_mutex_lock (&g->index_lock);
  index_update (g);
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, g->name_index);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      /* The edit distance is at least the difference of the lengths. */
      gsize lk = strlen (k);
      if ((lk > len ? lk - len : len - lk) > limit)
        continue;
      guint d = bri__edit_distance (key, k);
      GPtrArray *list = v;
      for (guint i = 0; d <= limit && i < list->len; i++)
        g_array_append_val (near, ((Near){ d, ((BriEntity *) list->pdata[i])->id }));
    }
  g_mutex_unlock (&g->index_lock);
  g_array_sort (near, compare_near);
  GString *s = g_string_new (NULL);
  guint shown = 0;
  for (guint i = 0; i < near->len && shown < 5; i++)
    {
      const char *id = g_array_index (near, Near, i).id;
      gboolean dup = FALSE;
      for (guint j = 0; j < i; j++)
        dup |= strcmp (g_array_index (near, Near, j).id, id) == 0;
      if (dup)
        continue;
      g_string_append_printf (s, "%s%s", shown++ ? ", " : "", id);
    }
  return g_string_free (s, s->len == 0);
}

const BriEntity *
bri_graph_resolve (BriGraph *g, const char *name, GError **error)
{
  g_return_val_if_fail (g != NULL && name != NULL, NULL);
  /* An exact id first: no name index to build (0.7 s on 100k entities)
   * for the usual call from code, which passes ids. */
  const BriEntity *exact = bri_graph_lookup_entity (g, name);
  if (exact)
    return exact;
  g_autoptr (GPtrArray) found = bri_graph_find (g, name);
  if (found->len == 1)
    return found->pdata[0];
  if (found->len == 0)
    {
      g_autofree char *key = bri_name_normalize (name);
      g_autofree char *near = key ? nearest_names (g, key) : NULL;
      g_autofree char *quoted = bri__quote_text (name);
      if (near)
        g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                     "no entity named '%s'; nearest: %s", quoted, near);
      else
        g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                     "no entity named '%s'", quoted);
      return NULL;
    }
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < found->len; i++)
    {
      const BriEntity *e = found->pdata[i];
      g_string_append_printf (s, "%s%s (%s)", i ? ", " : "", e->id, e->name);
    }
  g_autofree char *quoted = bri__quote_text (name);
  g_set_error (error, BRI_ERROR, BRI_ERROR_AMBIGUOUS,
               "'%s' is ambiguous: %u entities match: %s", quoted, found->len, s->str);
  g_string_free (s, TRUE);
  return NULL;
}
