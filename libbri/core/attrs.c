/* libbri/core/attrs.c — extra string attributes: a NULL-terminated array of
 * name/value pairs, small and ordered (the order columns were read in). */
#include "config.h"
#include "core/core-private.h"

/* The standard columns of each file, in the order they are written; the
 * first BRI__N_REQUIRED_* are required. Attribute names may not take them. */
const char *const bri__kind_columns[] = { "kind", "directed", "description", NULL };
const char *const bri__source_columns[] = { "id", "title", "publisher", "date",
                                            "url", "language", "file", NULL };
const char *const bri__entity_columns[] = { "id", "kind", "name", "name_zh",
                                            "aliases", "code", "parent", NULL };
const char *const bri__relation_columns[] = { "kind", "from", "to", "date",
                                              "end_date", "title", "sector", "via",
                                              "event", "weight", "source",
                                              "evidence", "confidence", NULL };

guint
bri__attrs_count (BriAttrs attrs)
{
  return attrs ? g_strv_length (attrs) / 2 : 0;
}

const char *
bri__attrs_get (BriAttrs attrs, const char *name)
{
  for (guint i = 0; attrs && attrs[i]; i += 2)
    if (strcmp (attrs[i], name) == 0)
      return attrs[i + 1];
  return NULL;
}

/* Sets, replaces or (value NULL or "") removes @name. */
void
bri__attrs_set (BriAttrs *attrs, const char *name, const char *value)
{
  guint n = bri__attrs_count (*attrs);
  for (guint i = 0; i < n; i++)
    {
      char **pair = *attrs + 2 * i;
      if (strcmp (pair[0], name) != 0)
        continue;
      if (value && *value)
        {
          g_free (pair[1]);
          pair[1] = g_strdup (value);
          return;
        }
      g_free (pair[0]);
      g_free (pair[1]);
      memmove (pair, pair + 2, (2 * (n - i - 1) + 1) * sizeof (char *));
      if (n == 1)
        g_clear_pointer (attrs, g_strfreev);
      return;
    }
  if (!value || !*value)
    return;
  *attrs = g_renew (char *, *attrs, 2 * (n + 1) + 1);
  (*attrs)[2 * n] = g_strdup (name);
  (*attrs)[2 * n + 1] = g_strdup (value);
  (*attrs)[2 * n + 2] = NULL;
}

/* Equal as sets of pairs (order does not matter). */
gboolean
bri__attrs_equal (BriAttrs a, BriAttrs b)
{
  if (bri__attrs_count (a) != bri__attrs_count (b))
    return FALSE;
  for (guint i = 0; a && a[i]; i += 2)
    if (g_strcmp0 (a[i + 1], bri__attrs_get (b, a[i])) != 0)
      return FALSE;
  return TRUE;
}

BriAttrs
bri__attrs_copy (BriAttrs attrs)
{
  return attrs ? g_strdupv (attrs) : NULL;
}
