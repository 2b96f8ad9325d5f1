/* libbri/extract/extract-result.c — the result of an extraction: the
 * proposed relations, the candidates (names that looked like entities but
 * were not good enough), the proposed entities that a relation uses and
 * the sources read; merging results and the accessors. Written out by
 * extract-save.c. */
#include "config.h"
#include "extract-run.h"

static void
candidate_free (BriCandidate *c)
{
  g_free (c->name);
  g_free (c->sentence);
  g_free (c->source);
  g_free (c->reason);
  g_free (c);
}

BriExtractResult *
bri_extract_result_new (void)
{
  BriExtractResult *r = g_new0 (BriExtractResult, 1);
  r->relations = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_relation_free);
  r->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) candidate_free);
  r->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->seen_candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->seen_pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->proposals = bri__proposals_new ();
  r->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_source_free);
  return r;
}

void
bri_extract_result_free (BriExtractResult *r)
{
  if (!r)
    return;
  g_ptr_array_unref (r->relations);
  g_ptr_array_unref (r->candidates);
  g_hash_table_unref (r->seen);
  g_hash_table_unref (r->seen_candidates);
  g_hash_table_unref (r->seen_pairs);
  bri__proposals_free (r->proposals);
  g_ptr_array_unref (r->sources);
  g_free (r);
}

static BriRelation *
relation_copy (const BriRelation *s)
{
  BriRelation *r = bri_relation_new (bri_relation_get_kind (s),
                                     bri_relation_get_from_id (s),
                                     bri_relation_get_to_id (s));
  bri_relation_set_date (r, bri_relation_get_date (s));
  bri_relation_set_end_date (r, bri_relation_get_end_date (s));
  bri_relation_set_title (r, bri_relation_get_title (s));
  bri_relation_set_sector (r, bri_relation_get_sector (s));
  bri_relation_set_via (r, bri_relation_get_via_id (s));
  bri_relation_set_event (r, bri_relation_get_event (s));
  bri_relation_set_source (r, bri_relation_get_source (s));
  bri_relation_set_evidence (r, bri_relation_get_evidence (s));
  if (bri_relation_has_confidence (s))
    bri_relation_set_confidence (r, bri_relation_get_confidence (s));
  for (guint i = 0; i < bri_relation_get_n_attributes (s); i++)
    bri_relation_set_attribute (r, bri_relation_get_attribute_name (s, i),
                                bri_relation_get_attribute_value (s, i));
  return r;
}

void
bri_extract_result_merge (BriExtractResult *into, const BriExtractResult *from)
{
  g_return_if_fail (into != NULL && from != NULL);
  for (guint i = 0; i < from->relations->len; i++)
    g_ptr_array_add (into->relations, relation_copy (from->relations->pdata[i]));
  for (guint i = 0; i < from->candidates->len; i++)
    {
      const BriCandidate *c = from->candidates->pdata[i];
      BriCandidate *d = g_new0 (BriCandidate, 1);
      d->name = g_strdup (c->name);
      d->sentence = g_strdup (c->sentence);
      d->source = g_strdup (c->source);
      d->reason = g_strdup (c->reason);
      g_ptr_array_add (into->candidates, d);
    }
  bri__proposals_merge (into->proposals, from->proposals);
  for (guint i = 0; i < from->sources->len; i++)
    {
      const BriSource *s = from->sources->pdata[i];
      gboolean have = FALSE;
      for (guint k = 0; k < into->sources->len && !have; k++)
        have = g_str_equal (bri_source_get_id (into->sources->pdata[k]), bri_source_get_id (s));
      if (have)
        continue;
      BriSource *d = bri_source_new (bri_source_get_id (s));
      bri_source_set_title (d, bri_source_get_title (s));
      bri_source_set_date (d, bri_source_get_date (s));
      bri_source_set_file (d, bri_source_get_file (s));
      g_ptr_array_add (into->sources, d);
    }
}

guint
bri_extract_result_get_n_entities (const BriExtractResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  guint n = 0;
  for (guint i = 0; i < bri__proposals_get_n (r->proposals); i++)
    {
      gboolean used;
      bri__proposals_get_nth (r->proposals, i, &used);
      n += used;
    }
  return n;
}

const BriEntity *
bri_extract_result_get_entity (const BriExtractResult *r, guint index)
{
  g_return_val_if_fail (r != NULL, NULL);
  for (guint i = 0; i < bri__proposals_get_n (r->proposals); i++)
    {
      gboolean used;
      const BriEntity *e = bri__proposals_get_nth (r->proposals, i, &used);
      if (used && index-- == 0)
        return e;
    }
  g_return_val_if_reached (NULL);
}

const char *
bri_extract_result_get_candidate_reason (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->candidates->len, NULL);
  return ((BriCandidate *) r->candidates->pdata[i])->reason;
}

guint
bri_extract_result_get_n_relations (const BriExtractResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->relations->len;
}

const BriRelation *
bri_extract_result_get_relation (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->relations->len, NULL);
  return r->relations->pdata[i];
}

guint
bri_extract_result_get_n_candidates (const BriExtractResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->candidates->len;
}

const char *
bri_extract_result_get_candidate_name (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->candidates->len, NULL);
  return ((BriCandidate *) r->candidates->pdata[i])->name;
}

const char *
bri_extract_result_get_candidate_sentence (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->candidates->len, NULL);
  return ((BriCandidate *) r->candidates->pdata[i])->sentence;
}

const char *
bri_extract_result_get_candidate_source (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->candidates->len, NULL);
  return ((BriCandidate *) r->candidates->pdata[i])->source;
}

void
bri__extract_result_add_candidate (BriExtractResult *res, const char *name,
                                   const char *sentence, const char *source,
                                   const char *reason)
{
  char *key = g_strdup_printf ("%s|%s", name, source ? source : "");
  if (!g_hash_table_add (res->seen_candidates, key))
    return;
  BriCandidate *cd = g_new0 (BriCandidate, 1);
  cd->name = g_strdup (name);
  cd->sentence = g_strdup (sentence);
  cd->source = g_strdup (source);
  cd->reason = g_strdup (reason);
  g_ptr_array_add (res->candidates, cd);
}
