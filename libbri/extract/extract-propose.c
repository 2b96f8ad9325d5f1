/* libbri/extract/extract-propose.c — proposed entities: the entities made
 * for names that the text clearly marks as a place or an event (…市, …口岸,
 * 第N届…博览会, “…论坛”; found by extract-mark-places.c and
 * extract-mark-events.c) but that the data set lacks, and the one id rule
 * that names them.
 *
 * The id rule (documented in include/bri/extract.h and data/README.md):
 * `<kind>:<key>` where key is the Simplified name (OpenCC t2s) folded as
 * names are for matching (full-width ASCII to ASCII, lower case, dashes to
 * '-') with white space, quotes, brackets and '·' removed. The same name
 * always gives the same id, in either script. An id that the graph already
 * holds (for an entity whose names did not match the text) is a collision:
 * the name is not proposed but kept as a candidate with the reason, never
 * merged into the existing entity. */
#include "config.h"
#include "extract-private.h"

struct _BriProposals {
  GPtrArray *entities;     /* BriEntity*, owned, in order of first proposal */
  GHashTable *by_id;       /* id → BriEntity* */
  GHashTable *used;        /* BriEntity* used by a relation */
};

BriProposals *
bri__proposals_new (void)
{
  BriProposals *p = g_new0 (BriProposals, 1);
  p->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_entity_free);
  p->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  p->used = g_hash_table_new (g_direct_hash, g_direct_equal);
  return p;
}

void
bri__proposals_free (BriProposals *p)
{
  if (!p)
    return;
  g_hash_table_unref (p->used);
  g_hash_table_unref (p->by_id);
  g_ptr_array_unref (p->entities);
  g_free (p);
}

static gboolean
dropped_in_key (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019
         || c == '"' || c == '\'' || c == 0x300A || c == 0x300B || c == '(' || c == ')'
         || c == 0x00B7 || c == 0x30FB || c == '*';
}

char *
bri__proposal_id (BriT2s *t2s, const char *kind, const char *name)
{
  g_autofree char *folded = bri__extract_fold_name (t2s, name);
  GString *id = g_string_new (kind);
  g_string_append_c (id, ':');
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!dropped_in_key (c))
        g_string_append_unichar (id, c);
    }
  return g_string_free (id, FALSE);
}

const BriEntity *
bri__proposals_get (BriProposals *p, BriGraph *graph, BriT2s *t2s, const char *kind,
                    const char *name, const char *alias, const BriEntity *parent,
                    char **why)
{
  g_autofree char *id = bri__proposal_id (t2s, kind, name);
  BriEntity *e = g_hash_table_lookup (p->by_id, id);
  g_autofree char *zh = bri__t2s_convert (t2s, name, strlen (name));
  if (e)
    {
      if (g_str_equal (bri_entity_get_name_zh (e), zh))
        return e;
      *why = g_strdup_printf ("id %s already proposed for %s", id, bri_entity_get_name_zh (e));
      return NULL;
    }
  if (bri_graph_lookup_entity (graph, id))
    {
      *why = g_strdup_printf ("id %s already names another entity of the data set", id);
      return NULL;
    }
  e = bri_entity_new (id, kind, zh);
  bri_entity_set_name_zh (e, zh);
  if (!g_str_equal (zh, name))
    bri_entity_add_alias (e, name);
  if (alias && !g_str_equal (alias, name))
    bri_entity_add_alias (e, alias);
  if (parent)
    {
      bri_entity_set_parent (e, bri_entity_get_id (parent));
      e->parent = parent;
    }
  g_ptr_array_add (p->entities, e);
  g_hash_table_insert (p->by_id, (gpointer) bri_entity_get_id (e), e);
  return e;
}

gboolean
bri__proposals_owns (const BriProposals *p, const BriEntity *e)
{
  return e && g_hash_table_lookup (p->by_id, bri_entity_get_id (e)) == e;
}

void
bri__proposals_use (BriProposals *p, const BriEntity *e)
{
  if (bri__proposals_owns (p, e))
    {
      g_hash_table_add (p->used, (gpointer) e);
      /* A proposed parent is needed too (none today: parents are known). */
    }
}

guint
bri__proposals_get_n (const BriProposals *p)
{
  return p->entities->len;
}

const BriEntity *
bri__proposals_get_nth (const BriProposals *p, guint i, gboolean *used)
{
  const BriEntity *e = p->entities->pdata[i];
  *used = g_hash_table_contains (p->used, e);
  return e;
}

/* Merges @from's used proposals into @into (same id: the first kept). */
void
bri__proposals_merge (BriProposals *into, const BriProposals *from)
{
  for (guint i = 0; i < from->entities->len; i++)
    {
      const BriEntity *e = from->entities->pdata[i];
      if (!g_hash_table_contains (from->used, e))
        continue;
      BriEntity *have = g_hash_table_lookup (into->by_id, bri_entity_get_id (e));
      if (!have)
        {
          have = bri_entity_new (bri_entity_get_id (e), bri_entity_get_kind (e),
                                 bri_entity_get_name (e));
          bri_entity_set_name_zh (have, bri_entity_get_name_zh (e));
          for (guint k = 0; k < bri_entity_get_n_aliases (e); k++)
            bri_entity_add_alias (have, bri_entity_get_alias (e, k));
          if (bri_entity_get_parent_id (e))
            bri_entity_set_parent (have, bri_entity_get_parent_id (e));
          have->parent = e->parent;
          g_ptr_array_add (into->entities, have);
          g_hash_table_insert (into->by_id, (gpointer) bri_entity_get_id (have), have);
        }
      else
        for (guint k = 0; k < bri_entity_get_n_aliases (e); k++)
          {
            const char *a = bri_entity_get_alias (e, k);
            gboolean has = g_str_equal (a, bri_entity_get_name_zh (have));
            for (guint j = 0; j < bri_entity_get_n_aliases (have) && !has; j++)
              has = g_str_equal (a, bri_entity_get_alias (have, j));
            if (!has)
              bri_entity_add_alias (have, a);
          }
      g_hash_table_add (into->used, have);
    }
}
