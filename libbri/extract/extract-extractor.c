/* libbri/extract/extract-extractor.c — the extractor: the rules, and the
 * name trie over every name, Chinese name and alias of the graph's
 * entities (with the lexicon's leaders, and 双方/两国 for the two parties
 * of an event), built once per graph and immutable after. */
#include "config.h"
#include "extract-run.h"

static char *
default_rules_path (void)
{
  return g_build_filename (bri_data_dir (), "rules", "extract-rules.csv", NULL);
}

void
bri__extractor_add_name (BriExtractor *ex, const char *name, guint value)
{
  if (!name || !*name)
    return;
  g_autofree char *key = bri__extract_fold_name (ex->t2s, name);
  /* One-character names (and one-letter codes) match too much. */
  if (g_utf8_strlen (key, -1) < 2)
    return;
  bri__trie_add (ex->trie, key, value);
}

BriExtractor *
bri_extractor_new (BriGraph *graph, const char *rules_path, GError **error)
{
  g_return_val_if_fail (graph != NULL, NULL);
  g_autofree char *path = rules_path ? g_strdup (rules_path) : default_rules_path ();
  GPtrArray *rules = bri__rules_load (path, graph, error);
  if (!rules)
    return NULL;
  BriExtractor *ex = g_new0 (BriExtractor, 1);
  ex->graph = bri_graph_ref (graph);
  ex->rules = rules;
  for (guint r = 0; r < rules->len; r++)
    if (((const BriRule *) rules->pdata[r])->scope == BRI_SCOPE_NAME)
      ex->has_name_rules = TRUE;
  ex->t2s = bri__t2s_new ();
  ex->trie = bri__trie_new ();
  guint n = bri_graph_get_n_entities (graph);
  for (guint i = 0; i < n; i++)
    {
      const BriEntity *e = bri_graph_get_entity (graph, i);
      bri__extractor_add_name (ex, bri_entity_get_name_zh (e), i);
      const char *name = bri_entity_get_name (e);
      /* English names and codes only when they are long enough to be words. */
      if (name && strlen (name) >= 4)
        bri__extractor_add_name (ex, name, i);
      for (guint k = 0; k < bri_entity_get_n_aliases (e); k++)
        {
          const char *a = bri_entity_get_alias (e, k);
          if (g_str_is_ascii (a) && strlen (a) < 3)
            continue;
          bri__extractor_add_name (ex, a, i);
        }
    }
  ex->abbrev = g_hash_table_new (g_direct_hash, g_direct_equal);
  ex->event_re = bri__event_regex_new ();
  g_autofree char *rdir = g_path_get_dirname (path);
  if (!bri__extractor_load_lexicon (ex, rdir, error))
    {
      bri_extractor_free (ex);
      return NULL;
    }
  const char *both[] = { "双方", "两国", "雙方", "兩國", "中外双方" };
  for (guint k = 0; k < G_N_ELEMENTS (both); k++)
    bri__extractor_add_name (ex, both[k], BRI_VALUE_BOTH);
  return ex;
}

void
bri_extractor_free (BriExtractor *ex)
{
  if (!ex)
    return;
  g_ptr_array_unref (ex->rules);
  if (ex->abbrev)
    g_hash_table_unref (ex->abbrev);
  if (ex->event_re)
    g_regex_unref (ex->event_re);
  if (ex->titles)
    g_ptr_array_unref (ex->titles);
  if (ex->boundary_words)
    g_hash_table_unref (ex->boundary_words);
  bri__trie_free (ex->trie);
  bri__t2s_free (ex->t2s);
  bri_graph_unref (ex->graph);
  g_free (ex);
}

guint
bri_extractor_get_n_rules (const BriExtractor *ex)
{
  g_return_val_if_fail (ex != NULL, 0);
  return ex->rules->len;
}
