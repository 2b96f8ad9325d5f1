/* libbri/extract/extract-save.c — a result written as a data set directory:
 * relations.csv (with the comparison's status columns when there is one),
 * candidates.csv, entities.csv (the proposed entities a relation uses) and
 * sources.csv, quoted by the library's CSV writer and replaced together
 * by its atomic file writer. */
#include "config.h"
#include "extract-run.h"
#include "io/csv-writer.h"
#include "io/atomic-file.h"

/* One field of a row, quoted by csv-writer.c's rule: rows are written
 * field by field, @last ends the row. */
static void
csv_field (GString *out, const char *s, gboolean last)
{
  gboolean first = out->len == 0 || out->str[out->len - 1] == '\n';
  bri__csv_put_field (out, first, s);
  if (last)
    g_string_append_c (out, '\n');
}

/* relations.csv (with the columns status,existing_date,existing_source
 * when @cmp is given) and candidates.csv. */
static gboolean
write_results (const BriExtractResult *res, const BriExtractComparison *cmp,
               const char *dir, GError **error)
{
  g_autoptr (GString) rel = g_string_new (
    "kind,from,to,date,end_date,title,sector,via,event,weight,source,evidence,confidence,rule");
  g_string_append (rel, cmp ? ",status,existing_date,existing_source\n" : "\n");
  for (guint i = 0; i < res->relations->len; i++)
    {
      const BriRelation *r = res->relations->pdata[i];
      char d1[BRI_DATE_STRLEN], d2[BRI_DATE_STRLEN], conf[32];
      g_ascii_formatd (conf, sizeof conf, "%.2f", bri_relation_get_confidence (r));
      csv_field (rel, bri_relation_get_kind (r), FALSE);
      csv_field (rel, bri_relation_get_from_id (r), FALSE);
      csv_field (rel, bri_relation_get_to_id (r), FALSE);
      csv_field (rel, bri_date_format (bri_relation_get_date (r), d1), FALSE);
      csv_field (rel, bri_date_format (bri_relation_get_end_date (r), d2), FALSE);
      csv_field (rel, bri_relation_get_title (r), FALSE);
      csv_field (rel, bri_relation_get_sector (r), FALSE);
      csv_field (rel, bri_relation_get_via_id (r), FALSE);
      csv_field (rel, bri_relation_get_event (r), FALSE);
      csv_field (rel, NULL, FALSE);
      csv_field (rel, bri_relation_get_source (r), FALSE);
      csv_field (rel, bri_relation_get_evidence (r), FALSE);
      csv_field (rel, conf, FALSE);
      csv_field (rel, bri_relation_get_attribute (r, "rule"), !cmp);
      if (cmp)
        {
          const BriRelation *x = bri_extract_comparison_get_existing (cmp, i);
          char d3[BRI_DATE_STRLEN];
          csv_field (rel, bri_extract_status_to_string (bri_extract_comparison_get_status (cmp, i)), FALSE);
          csv_field (rel, x ? bri_date_format (bri_relation_get_date (x), d3) : NULL, FALSE);
          csv_field (rel, x ? bri_relation_get_source (x) : NULL, TRUE);
        }
    }
  g_autoptr (GString) cand = g_string_new ("name,sentence,source,reason\n");
  for (guint i = 0; i < res->candidates->len; i++)
    {
      const BriCandidate *c = res->candidates->pdata[i];
      csv_field (cand, c->name, FALSE);
      csv_field (cand, c->sentence, FALSE);
      csv_field (cand, c->source, FALSE);
      csv_field (cand, c->reason, TRUE);
    }
  g_autoptr (GString) ent = g_string_new ("id,kind,name,name_zh,aliases,code,parent\n");
  for (guint i = 0; i < bri_extract_result_get_n_entities (res); i++)
    {
      const BriEntity *e = bri_extract_result_get_entity (res, i);
      g_autoptr (GString) aliases = g_string_new (NULL);
      for (guint k = 0; k < bri_entity_get_n_aliases (e); k++)
        g_string_append_printf (aliases, "%s%s", k ? "|" : "", bri_entity_get_alias (e, k));
      csv_field (ent, bri_entity_get_id (e), FALSE);
      csv_field (ent, bri_entity_get_kind (e), FALSE);
      csv_field (ent, bri_entity_get_name (e), FALSE);
      csv_field (ent, bri_entity_get_name_zh (e), FALSE);
      csv_field (ent, aliases->str, FALSE);
      csv_field (ent, bri_entity_get_code (e), FALSE);
      csv_field (ent, bri_entity_get_parent_id (e), TRUE);
    }
  g_autoptr (GString) src = g_string_new ("id,title,date,file\n");
  for (guint i = 0; i < res->sources->len; i++)
    {
      const BriSource *so = res->sources->pdata[i];
      char db[BRI_DATE_STRLEN];
      csv_field (src, bri_source_get_id (so), FALSE);
      csv_field (src, bri_source_get_title (so), FALSE);
      csv_field (src, bri_date_format (bri_source_get_date (so), db), FALSE);
      csv_field (src, bri_source_get_file (so), TRUE);
    }
  /* All four written before the first is renamed into place. */
  const char *names[] = { "relations.csv", "candidates.csv", "entities.csv", "sources.csv" };
  const GString *contents[] = { rel, cand, ent, src };
  char *paths[G_N_ELEMENTS (names)];
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    paths[i] = g_build_filename (dir, names[i], NULL);
  gboolean ok = bri__atomic_write_files ((const char *const *) paths, contents,
                                         G_N_ELEMENTS (names), error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_free (paths[i]);
  return ok;
}

gboolean
bri_extract_result_save (const BriExtractResult *res, const char *dir, GError **error)
{
  g_return_val_if_fail (res != NULL && dir != NULL, FALSE);
  return write_results (res, NULL, dir, error);
}

gboolean
bri_extract_comparison_save (const BriExtractComparison *cmp, const BriExtractResult *result,
                             const char *dir, GError **error)
{
  g_return_val_if_fail (cmp != NULL && result != NULL && dir != NULL, FALSE);
  g_return_val_if_fail (bri_extract_comparison_get_n_relations (cmp) == result->relations->len, FALSE);
  return write_results (result, cmp, dir, error);
}
