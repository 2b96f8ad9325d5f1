/* tests/unit/test-import.c — the importers (bri/import.h) on rows written
 * for these tests in the exact published layouts: GDELT 2.0 (61 fields)
 * and 1.0 (58) event lines, GCDF 3.0's 126-column header, and a GCDF
 * workbook written here with libxlsxwriter; plus hostile workbooks (not a
 * zip, a DTD with entities, a member inflating past the bound) made with
 * libzip. Every expected value is worked out by hand from the rows. */
#include "test-util.h"
#include "gcdf-header.h"

#include <xlsxwriter.h>
#include <zip.h>

static const char gcdf_header[] = GCDF_HEADER;

static BriGraph *
gazetteer (void)
{
  const char *data = g_getenv ("BRI_DATA");
  cr_assert_not_null (data, "BRI_DATA must point at the source tree's data/");
  g_autofree char *dir = g_build_filename (data, "gazetteer", NULL);
  BriGraph *g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_assert (bri_graph_load_dir (g, dir, &error), "%s", error ? error->message : "");
  return g;
}

/* ---- GDELT ---------------------------------------------------------- */

/* One GDELT line of @n fields (61: 2.0, 58: 1.0) with the given values
 * and every other field empty. */
static char *
gdelt_line (guint n, const char *id, const char *day, const char *a1, const char *a2,
            const char *code, const char *mentions, const char *sources,
            const char *articles, const char *url)
{
  const char *f[61] = { NULL };
  f[0] = id;
  f[1] = day;
  f[5] = a1;
  f[7] = a1;
  f[15] = a2;
  f[17] = a2;
  f[26] = code;
  f[27] = code;
  f[31] = mentions;
  f[32] = sources;
  f[33] = articles;
  f[n - 1] = url;
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", i ? "\t" : "", f[i] ? f[i] : "");
  g_string_append_c (s, '\n');
  return g_string_free (s, FALSE);
}

typedef struct {
  char *dir, *in, *out;
  BriGraph *base;
} Fixture;

static Fixture fx;

static void
setup (void)
{
  fx.dir = test_tmpdir ();
  fx.out = g_build_filename (fx.dir, "out", NULL);
  fx.base = gazetteer ();
}

static void
teardown (void)
{
  test_rm_rf (fx.dir);
  g_free (fx.dir);
  g_free (fx.out);
  g_free (fx.in);
  bri_graph_unref (fx.base);
}

TestSuite (import, .init = setup, .fini = teardown);

static char *
write_lines (const char *name, const char *const *lines)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; lines[i]; i++)
    g_string_append (s, lines[i]);
  test_write (fx.dir, name, s->str);
  g_string_free (s, TRUE);
  return g_build_filename (fx.dir, name, NULL);
}

/* The output loaded over the gazetteer. */
static BriGraph *
load_out (void)
{
  BriGraph *g = gazetteer ();
  g_autoptr (GError) error = NULL;
  cr_assert (bri_graph_load_dir (g, fx.out, &error), "%s", error ? error->message : "");
  return g;
}

static const BriRelation *
relation_of (BriGraph *g, guint offset)
{
  return bri_graph_get_relation (g, offset);
}

/* The last relation of @g: the import's last one when @g is load_out(). */
static const BriRelation *
last_relation (BriGraph *g)
{
  return bri_graph_get_relation (g, bri_graph_get_n_relations (g) - 1);
}

/* fx.in imported with bri_import_gdelt() and the default options: the
 * report (an error fails the test). */
static BriImportReport *
import_gdelt_ok (void)
{
  const char *const files[] = { fx.in, NULL };
  g_autoptr (GError) error = NULL;
  BriImportReport *r = bri_import_gdelt (fx.base, files, fx.out, NULL, &error);
  cr_assert_not_null (r, "%s", error ? error->message : "");
  return r;
}

Test (import, gdelt_v2_filters_maps_and_merges)
{
  g_autofree char *l1 = gdelt_line (61, "1001", "20191024", "BRA", "CHN", "042", "4", "2", "3", "https://a.example/1");
  g_autofree char *l2 = gdelt_line (61, "1002", "20191024", "BRA", "CHN", "042", "6", "1", "5", "https://a.example/2");
  /* China hosts Brazil: a visit by Brazil, so the same relation. */
  g_autofree char *l3 = gdelt_line (61, "1003", "20191024", "CHN", "BRA", "043", "1", "1", "2", "https://a.example/3");
  g_autofree char *l4 = gdelt_line (61, "1004", "20191023", "KAZ", "CHN", "057", "2", "2", "7", "https://a.example/4");
  /* Left out: no Chinese actor; a code outside 04-06; CHN with nobody. */
  g_autofree char *l5 = gdelt_line (61, "1005", "20191024", "USA", "RUS", "042", "1", "1", "1", "u");
  g_autofree char *l6 = gdelt_line (61, "1006", "20191024", "USA", "CHN", "190", "1", "1", "1", "u");
  g_autofree char *l7 = gdelt_line (61, "1007", "20191024", "CHN", "", "040", "1", "1", "1", "u");
  /* ROM is CAMEO's code for Romania (ISO ROU): 046 negotiation → met. */
  g_autofree char *l8 = gdelt_line (61, "1008", "20191022", "ROM", "CHN", "046", "1", "1", "4", "https://a.example/8");
  const char *const lines[] = { l1, l2, l3, l4, l5, l6, l7, l8, NULL };
  fx.in = write_lines ("events.CSV", lines);
  g_autoptr (BriImportReport) r = import_gdelt_ok ();
  cr_assert_eq (bri_import_report_get_n_rows (r), 8);
  cr_assert_eq (bri_import_report_get_n_filtered (r), 3);
  cr_assert_eq (bri_import_report_get_n_merged (r), 2);
  cr_assert_eq (bri_import_report_get_n_relations (r), 3);

  g_autoptr (BriGraph) g = load_out ();
  guint base = bri_graph_get_n_relations (g) - 3;
  const BriRelation *visit = relation_of (g, base);
  cr_assert_str_eq (bri_relation_get_kind (visit), "visited");
  cr_assert_str_eq (bri_relation_get_from_id (visit), "country:BR");
  cr_assert_str_eq (bri_relation_get_to_id (visit), "country:CN");
  cr_assert_float_eq (bri_relation_get_weight (visit), 3 + 5 + 2, 1e-12);
  cr_assert_str_eq (bri_relation_get_attribute (visit, "num_sources"), "4");
  cr_assert_str_eq (bri_relation_get_attribute (visit, "num_mentions"), "11");
  cr_assert_str_eq (bri_relation_get_attribute (visit, "gdelt_ids"), "1001|1002|1003");
  cr_assert_str_eq (bri_relation_get_attribute (visit, "gdelt_events"), "3");
  cr_assert_str_eq (bri_relation_get_source (visit), "gdelt-1001");
  g_autofree char *day = bri_date_to_string (bri_relation_get_date (visit));
  cr_assert_str_eq (day, "2019-10-24");
  const BriSource *s = bri_graph_lookup_source (g, "gdelt-1001");
  cr_assert_str_eq (bri_source_get_url (s), "https://a.example/1");

  const BriRelation *signed_ = relation_of (g, base + 1);
  cr_assert_str_eq (bri_relation_get_kind (signed_), "signed_agreement");
  /* Undirected: the pair in id order. */
  cr_assert_str_eq (bri_relation_get_from_id (signed_), "country:CN");
  cr_assert_str_eq (bri_relation_get_to_id (signed_), "country:KZ");
  cr_assert_str_eq (bri_relation_get_attribute (signed_, "event_code"), "057");
  cr_assert_float_eq (bri_relation_get_weight (signed_), 7, 1e-12);

  const BriRelation *met = relation_of (g, base + 2);
  cr_assert_str_eq (bri_relation_get_kind (met), "met");
  cr_assert_str_eq (bri_relation_get_from_id (met), "country:CN");
  cr_assert_str_eq (bri_relation_get_to_id (met), "country:RO");
  const BriKind *k = bri_graph_lookup_kind (g, "visited");
  cr_assert (k && bri_kind_is_directed (k));
}

Test (import, gdelt_cameo_option_and_v1)
{
  g_autofree char *l1 = gdelt_line (58, "7", "20160728", "CHN", "PAK", "036", "1", "1", "1", "https://b.example/7");
  g_autofree char *l2 = gdelt_line (58, "8", "20160728", "CHN", "PAK", "042", "1", "1", "1", "https://b.example/8");
  const char *const lines[] = { l1, l2, NULL };
  fx.in = write_lines ("v1.CSV", lines);
  const char *const files[] = { fx.in, NULL };
  g_autoptr (BriImportOptions) o = bri_import_options_new ();
  g_autoptr (GError) error = NULL;
  cr_assert (bri_import_options_set_cameo (o, "036", &error));
  cr_assert_not (bri_import_options_set_cameo (o, "36x", &error));
  cr_assert_eq (error->code, BRI_ERROR_INVALID);
  g_clear_error (&error);
  g_autoptr (BriImportReport) r = bri_import_gdelt (fx.base, files, fx.out, o, &error);
  cr_assert_not_null (r, "%s", error ? error->message : "");
  cr_assert_eq (bri_import_report_get_n_relations (r), 1);
  cr_assert_eq (bri_import_report_get_n_filtered (r), 1);
  g_autoptr (BriGraph) g = load_out ();
  const BriRelation *m = last_relation (g);
  cr_assert_str_eq (bri_relation_get_kind (m), "met");
  cr_assert_str_eq (bri_relation_get_to_id (m), "country:PK");
  cr_assert_str_eq (bri_source_get_url (bri_graph_lookup_source (g, "gdelt-7")),
                    "https://b.example/7");
}

/* An event between China and the CAMEO code @cameo, and one between the
 * ISO alpha-3 code @iso3 and China, the same day and code: both name the
 * country @country, so they merge into one relation (data/import/
 * cameo-countries.csv and its sources in data/import/README.md). */
static void
check_cameo_country (const char *cameo, const char *iso3, const char *country)
{
  g_autofree char *l1 = gdelt_line (61, "2001", "20200105", "CHN", cameo, "057", "1", "1", "2", "https://c.example/1");
  g_autofree char *l2 = gdelt_line (61, "2002", "20200105", iso3, "CHN", "057", "3", "1", "5", "https://c.example/2");
  const char *const lines[] = { l1, l2, NULL };
  fx.in = write_lines ("events.CSV", lines);
  g_autoptr (BriImportReport) r = import_gdelt_ok ();
  cr_assert_eq (bri_import_report_get_n_rows (r), 2);
  cr_assert_eq (bri_import_report_get_n_filtered (r), 0, "%s left out", cameo);
  cr_assert_eq (bri_import_report_get_n_merged (r), 1, "%s is not %s", cameo, iso3);
  cr_assert_eq (bri_import_report_get_n_relations (r), 1);
  g_autoptr (BriGraph) g = load_out ();
  const BriRelation *s = last_relation (g);
  cr_assert_str_eq (bri_relation_get_kind (s), "signed_agreement");
  /* Undirected: the pair in id order. */
  gboolean first = strcmp (country, "country:CN") < 0;
  cr_assert_str_eq (bri_relation_get_from_id (s), first ? country : "country:CN");
  cr_assert_str_eq (bri_relation_get_to_id (s), first ? "country:CN" : country);
  cr_assert_str_eq (bri_relation_get_attribute (s, "gdelt_ids"), "2001|2002");
  cr_assert_float_eq (bri_relation_get_weight (s), 2 + 5, 1e-12);
}

/* ROM: Romania's ISO 3166-1 alpha-3 code until 2002 (now ROU). */
Test (import, gdelt_cameo_rom_is_romania)
{
  check_cameo_country ("ROM", "ROU", "country:RO");
}

/* TMP: East Timor's ISO 3166-1 alpha-3 code until 2002 (now TLS). */
Test (import, gdelt_cameo_tmp_is_timor_leste)
{
  check_cameo_country ("TMP", "TLS", "country:TL");
}

/* ZAR: Zaire's ISO 3166-1 alpha-3 code until 1997 (now COD). */
Test (import, gdelt_cameo_zar_is_dr_congo)
{
  check_cameo_country ("ZAR", "COD", "country:CD");
}

/* CAMEO's region codes (codebook 1.1b3, table 3.3) name no country: SAF is
 * Southern Africa, not South Africa (ZAF); SEA Southeast Asia, WST the West. */
Test (import, gdelt_cameo_region_codes_are_no_country)
{
  g_autofree char *l1 = gdelt_line (61, "3001", "20200105", "CHN", "SAF", "057", "1", "1", "1", "u");
  g_autofree char *l2 = gdelt_line (61, "3002", "20200105", "SEA", "CHN", "036", "1", "1", "1", "u");
  g_autofree char *l3 = gdelt_line (61, "3003", "20200105", "CHN", "WST", "042", "1", "1", "1", "u");
  g_autofree char *l4 = gdelt_line (61, "3004", "20200105", "CHN", "ZAF", "057", "1", "1", "1", "u");
  const char *const lines[] = { l1, l2, l3, l4, NULL };
  fx.in = write_lines ("events.CSV", lines);
  g_autoptr (BriImportReport) r = import_gdelt_ok ();
  cr_assert_eq (bri_import_report_get_n_filtered (r), 3);
  cr_assert_eq (bri_import_report_get_n_relations (r), 1);
  g_autoptr (BriGraph) g = load_out ();
  const BriRelation *s = last_relation (g);
  cr_assert_str_eq (bri_relation_get_to_id (s), "country:ZA");
}

Test (import, gdelt_wrong_layout_is_refused_with_position)
{
  g_autofree char *l1 = gdelt_line (58, "7", "20160728", "CHN", "PAK", "042", "1", "1", "1", "u");
  const char *const lines[] = { l1, NULL };
  fx.in = write_lines ("v1.CSV", lines);
  const char *const files[] = { fx.in, NULL };
  g_autoptr (BriImportOptions) o = bri_import_options_new ();
  bri_import_options_set_gdelt_version (o, BRI_GDELT_V2);
  bri_import_options_set_skip_bad_rows (o, TRUE);
  g_autoptr (GError) error = NULL;
  BriImportReport *r = bri_import_gdelt (fx.base, files, fx.out, o, &error);
  cr_assert_null (r);
  cr_assert_eq (error->code, BRI_ERROR_PARSE);
  /* Line 1; the 58th field starts after 57 tabs and the 13 characters of
   * "7", "20160728", "CHN" (twice), "PAK" (twice), "042" (twice), "1" x3. */
  g_autofree char *want = g_strdup_printf (
    "%s:1:%u: 58 tab-separated fields, expected 61 (GDELT 2.0)", fx.in,
    57 + 1 + 8 + 3 + 3 + 3 + 3 + 3 + 3 + 1 + 1 + 1 + 1);
  cr_assert_str_eq (error->message, want);
  cr_assert_not (g_file_test (fx.out, G_FILE_TEST_EXISTS), "no output after a failure");
}

Test (import, gdelt_bad_rows_fail_or_are_skipped_and_counted)
{
  g_autofree char *l1 = gdelt_line (61, "1", "20191024", "CHN", "KAZ", "057", "1", "1", "1", "u");
  g_autofree char *l2 = gdelt_line (61, "2", "2019-10-24", "CHN", "KAZ", "057", "1", "1", "1", "u");
  g_autofree char *l3 = gdelt_line (61, "3", "20191025", "CHN", "KAZ", "057", "1", "x", "1", "u");
  const char *const lines[] = { l1, l2, l3, NULL };
  fx.in = write_lines ("bad.CSV", lines);
  const char *const files[] = { fx.in, NULL };
  g_autoptr (GError) error = NULL;
  BriImportReport *r = bri_import_gdelt (fx.base, files, fx.out, NULL, &error);
  cr_assert_null (r);
  g_autofree char *want = g_strdup_printf ("%s:2:3: SQLDATE, expected a date YYYYMMDD", fx.in);
  cr_assert_str_eq (error->message, want);
  cr_assert_not (g_file_test (fx.out, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_autoptr (BriImportOptions) o = bri_import_options_new ();
  bri_import_options_set_skip_bad_rows (o, TRUE);
  g_autoptr (BriImportReport) ok = bri_import_gdelt (fx.base, files, fx.out, o, &error);
  cr_assert_not_null (ok, "%s", error ? error->message : "");
  cr_assert_eq (bri_import_report_get_n_skipped (ok), 2);
  cr_assert_eq (bri_import_report_get_n_relations (ok), 1);
  cr_assert_eq (bri_import_report_get_n_problems (ok), 2);
  g_autofree char *p2 = g_strdup_printf ("%s:3:33: NumSources, expected a count", fx.in);
  /* Field 33 starts after 32 tabs, "3" and "20191025", "CHN" x2, "KAZ" x2, "057" x2, "1". */
  g_autofree char *p2b = g_strdup_printf ("%s:3:%u: NumSources, expected a count", fx.in,
                                          32 + 1 + 8 + 3 * 6 + 1 + 1);
  cr_assert_str_eq (bri_import_report_get_problem (ok, 1), p2b);
}

Test (import, output_directory_must_be_new_or_empty)
{
  g_autofree char *l1 = gdelt_line (61, "1", "20191024", "CHN", "KAZ", "057", "1", "1", "1", "u");
  const char *const lines[] = { l1, NULL };
  fx.in = write_lines ("e.CSV", lines);
  const char *const files[] = { fx.in, NULL };
  g_mkdir (fx.out, 0755);
  test_write (fx.out, "keep.txt", "x");
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_gdelt (fx.base, files, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_INVALID);
  g_autofree char *kept = test_read (fx.out, "keep.txt");
  cr_assert_str_eq (kept, "x");
}

/* ---- AidData GCDF, CSV -------------------------------------------------- */

/* A GCDF row: the named columns set, the other 126 - n empty; quoted. */
static char *
gcdf_row (const char *const *pairs)
{
  g_auto (GStrv) names = g_strsplit (gcdf_header, ",", -1);
  cr_assert_eq (g_strv_length (names), 126);
  GString *s = g_string_new (NULL);
  for (guint i = 0; names[i]; i++)
    {
      const char *v = "";
      for (guint p = 0; pairs[p]; p += 2)
        if (g_str_equal (pairs[p], names[i]))
          v = pairs[p + 1];
      if (i)
        g_string_append_c (s, ',');
      if (strpbrk (v, ",\"\n"))
        {
          g_string_append_c (s, '"');
          for (const char *c = v; *c; c++)
            {
              if (*c == '"')
                g_string_append_c (s, '"');
              g_string_append_c (s, *c);
            }
          g_string_append_c (s, '"');
        }
      else
        g_string_append (s, v);
    }
  g_string_append_c (s, '\n');
  return g_string_free (s, FALSE);
}

static const char *const project_1[] = {
  "AidData Record ID", "90001", "Recommended For Aggregates", "Yes",
  "Financier Country", "China (People's Republic of)", "Recipient", "Pakistan",
  "Recipient ISO-3", "PAK", "Commitment Year", "2015", "Completion Year", "2019.0",
  "Title", "China Eximbank loans for a motorway, phase 1", "Flow Type", "Loan",
  "Flow Class", "OOF-like", "Sector Name", "TRANSPORT AND STORAGE",
  "Funding Agencies", "Export-Import Bank of China",
  "Funding Agencies Type", "State-owned Policy Bank",
  "Implementing Agencies", "China Road and Bridge Corporation|National Highway Authority",
  "Implementing Agencies Type", "Chinese State-owned Company|Recipient Government Agency",
  "Amount (Constant USD 2021)", "1016812036.74418",
  "Commitment Date (MM/DD/YYYY)", "2015-12-22",
  "Source URLs", " https://c.example/a|https://c.example/b",
  "Description", "The loan_x000D_\nfunds the \"first\" phase.", NULL
};

static const char *const project_2[] = {
  "AidData Record ID", "90002", "Recommended For Aggregates", "No",
  "Recipient ISO-3", "KAZ", "Commitment Year", "2017.0", "Title", "Pledge",
  "Funding Agencies", "China Development Bank|Export-Import Bank of China",
  "Funding Agencies Type", "State-owned Policy Bank|State-owned Policy Bank",
  "Sector Name", "ENERGY", NULL
};

static char *
gcdf_csv (const char *const *const *rows)
{
  GString *s = g_string_new (gcdf_header);
  g_string_append_c (s, '\n');
  for (guint i = 0; rows[i]; i++)
    {
      g_autofree char *row = gcdf_row (rows[i]);
      g_string_append (s, row);
    }
  test_write (fx.dir, "gcdf.csv", s->str);
  g_string_free (s, TRUE);
  return g_build_filename (fx.dir, "gcdf.csv", NULL);
}

static void
check_project_1 (BriGraph *g, guint at)
{
  const BriRelation *r = bri_graph_get_relation (g, at);
  cr_assert_str_eq (bri_relation_get_kind (r), "financed");
  cr_assert_str_eq (bri_relation_get_from_id (r), "institution:cn-export-import-bank-of-china");
  cr_assert_str_eq (bri_relation_get_to_id (r), "country:PK");
  g_autofree char *d = bri_date_to_string (bri_relation_get_date (r));
  cr_assert_str_eq (d, "2015-12-22");
  g_autofree char *e = bri_date_to_string (bri_relation_get_end_date (r));
  cr_assert_str_eq (e, "2019");
  cr_assert_str_eq (bri_relation_get_title (r), "China Eximbank loans for a motorway, phase 1");
  cr_assert_str_eq (bri_relation_get_sector (r), "TRANSPORT AND STORAGE");
  cr_assert_str_eq (bri_relation_get_event (r), "aiddata-90001");
  cr_assert_str_eq (bri_relation_get_evidence (r), "The loan\nfunds the \"first\" phase.");
  cr_assert_str_eq (bri_relation_get_attribute (r, "amount_constant_usd_2021"), "1016812036.74418");
  cr_assert_str_eq (bri_relation_get_attribute (r, "flow_type"), "Loan");
  cr_assert_str_eq (bri_relation_get_attribute (r, "flow_class"), "OOF-like");
  cr_assert_str_eq (bri_relation_get_attribute (r, "recommended_for_aggregates"), "Yes");
  const BriEntity *bank = bri_graph_lookup_entity (g, "institution:cn-export-import-bank-of-china");
  cr_assert_str_eq (bri_entity_get_parent_id (bank), "country:CN");
  const BriSource *s = bri_graph_lookup_source (g, "aiddata-90001");
  cr_assert_str_eq (bri_source_get_url (s), "https://c.example/a");
  /* The implementing agencies, linked to the recipient by the same event. */
  const BriRelation *i1 = bri_graph_get_relation (g, at + 1);
  cr_assert_str_eq (bri_relation_get_kind (i1), "implemented");
  cr_assert_str_eq (bri_relation_get_from_id (i1), "enterprise:cn-china-road-and-bridge-corporation");
  cr_assert_str_eq (bri_relation_get_event (i1), "aiddata-90001");
  const BriRelation *i2 = bri_graph_get_relation (g, at + 2);
  cr_assert_str_eq (bri_relation_get_from_id (i2), "ministry:pk-national-highway-authority");
  cr_assert_str_eq (bri_entity_get_parent_id (bri_relation_get_from (i2)), "country:PK");
}

Test (import, aiddata_csv_maps_a_project)
{
  const char *const *rows[] = { project_1, project_2, NULL };
  fx.in = gcdf_csv (rows);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriImportReport) r = bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error);
  cr_assert_not_null (r, "%s", error ? error->message : "");
  cr_assert_eq (bri_import_report_get_n_rows (r), 2);
  cr_assert_eq (bri_import_report_get_n_filtered (r), 1, "Recommended For Aggregates = No");
  cr_assert_eq (bri_import_report_get_n_relations (r), 3);
  cr_assert_eq (bri_import_report_get_n_entities (r), 3);
  g_autoptr (BriGraph) g = load_out ();
  check_project_1 (g, bri_graph_get_n_relations (g) - 3);
}

Test (import, aiddata_keeps_non_aggregates_by_choice_with_partial_dates)
{
  const char *const *rows[] = { project_2, NULL };
  fx.in = gcdf_csv (rows);
  g_autoptr (BriImportOptions) o = bri_import_options_new ();
  bri_import_options_set_keep_non_aggregates (o, TRUE);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriImportReport) r = bri_import_aiddata (fx.base, fx.in, fx.out, o, &error);
  cr_assert_not_null (r, "%s", error ? error->message : "");
  cr_assert_eq (bri_import_report_get_n_relations (r), 1);
  g_autoptr (BriGraph) g = load_out ();
  const BriRelation *p = bri_graph_get_relation (g, bri_graph_get_n_relations (g) - 1);
  /* Two funding agencies: the financier is China. The year stays a year. */
  cr_assert_str_eq (bri_relation_get_from_id (p), "country:CN");
  cr_assert_str_eq (bri_relation_get_to_id (p), "country:KZ");
  cr_assert_eq (bri_date_get_precision (bri_relation_get_date (p)), BRI_DATE_PRECISION_YEAR);
  g_autofree char *d = bri_date_to_string (bri_relation_get_date (p));
  cr_assert_str_eq (d, "2017");
  cr_assert_str_eq (bri_relation_get_attribute (p, "recommended_for_aggregates"), "No");
}

Test (import, aiddata_missing_column_and_bad_value)
{
  test_write (fx.dir, "short.csv", "AidData Record ID,Title\n1,x\n");
  g_autofree char *short_csv = g_build_filename (fx.dir, "short.csv", NULL);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_aiddata (fx.base, short_csv, fx.out, NULL, &error));
  g_autofree char *want = g_strdup_printf (
    "%s:1:1: missing column 'Recommended For Aggregates', expected GCDF 3.0's header "
    "(AidData Record ID, Recommended For Aggregates, …)", short_csv);
  cr_assert_str_eq (error->message, want);
  g_clear_error (&error);

  static const char *const bad[] = {
    "AidData Record ID", "5", "Recommended For Aggregates", "Yes", "Recipient ISO-3", "PAK",
    "Commitment Date (MM/DD/YYYY)", "2015-13-45", NULL
  };
  const char *const *rows[] = { bad, project_1, NULL };
  fx.in = gcdf_csv (rows);
  cr_assert_null (bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_PARSE);
  /* Column 58 of line 2, after "5," "Yes," and 55 more commas + "PAK". */
  g_autofree char *want2 = g_strdup_printf (
    "%s:2:%u: Commitment Date (MM/DD/YYYY): '2015-13-45', expected a date "
    "(YYYY-MM-DD, MM/DD/YYYY or an Excel date)", fx.in, 2 + 4 + 55 + 3 + 1);
  cr_assert_str_eq (error->message, want2);
  cr_assert_not (g_file_test (fx.out, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_autoptr (BriImportOptions) o = bri_import_options_new ();
  bri_import_options_set_skip_bad_rows (o, TRUE);
  g_autoptr (BriImportReport) r = bri_import_aiddata (fx.base, fx.in, fx.out, o, &error);
  cr_assert_not_null (r, "%s", error ? error->message : "");
  cr_assert_eq (bri_import_report_get_n_skipped (r), 1);
  cr_assert_eq (bri_import_report_get_n_relations (r), 3);
}

/* project_1 with text for clean(): CR LF, a lone CR and Excel's _x000D_
 * become LF (also past the first eight bytes, which clean() skips eight at
 * a time), and the white space around the text goes. */
static const char *const project_3[] = {
  "AidData Record ID", "90003", "Recommended For Aggregates", "Yes",
  "Recipient ISO-3", "PAK", "Commitment Year", "2016",
  "Title", "  Port works, phase 2\r\n(second\rpart) _x000D_ends_x000D_\t ",
  "Sector Name", "TRANSPORT AND STORAGE\t",
  "Description", "0123456789abcdefghijklmnopqrstuvwxyz0123\r\nnext, line_x000D_\n_x000D",
  NULL
};

Test (import, aiddata_cleans_line_ends_and_white_space)
{
  /* Each kind of line end after runs of 0 to 23 letters, so that it falls
   * on every byte of an eight-byte word; TAB and LF stay. */
  static const char *const ends[][2] = {
    { "\r\n", "\n" }, { "\r", "\n" }, { "_x000D_", "\n" }, { "_x000D_\n", "\n" },
    { "\t", "\t" }, { "\n", "\n" }, { "_x", "_x" },
  };
  GString *text = g_string_new ("x"), *want = g_string_new ("x");
  for (guint k = 0; k < 24; k++)
    for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
      {
        for (guint i = 0; i < k; i++)
          {
            g_string_append_c (text, 'a' + i);
            g_string_append_c (want, 'a' + i);
          }
        g_string_append (text, ends[e][0]);
        g_string_append (want, ends[e][1]);
      }
  g_string_append_c (text, 'z');
  g_string_append_c (want, 'z');
  const char *project[] = {
    "AidData Record ID", "90004", "Recommended For Aggregates", "Yes",
    "Recipient ISO-3", "PAK", "Description", text->str, NULL
  };
  const char *const *rows[] = { project_3, project, NULL };
  fx.in = gcdf_csv (rows);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriImportReport) r = bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error);
  cr_assert_not_null (r, "%s", error ? error->message : "");
  g_autoptr (BriGraph) g = load_out ();
  cr_assert_str_eq (bri_relation_get_evidence (last_relation (g)), want->str);
  g_string_free (text, TRUE);
  g_string_free (want, TRUE);
  const BriRelation *p = bri_graph_get_relation (g, bri_graph_get_n_relations (g) - 2);
  cr_assert_str_eq (bri_relation_get_title (p), "Port works, phase 2\n(second\npart) \nends");
  cr_assert_str_eq (bri_relation_get_sector (p), "TRANSPORT AND STORAGE");
  /* A `_x000D_` cut short is text. */
  cr_assert_str_eq (bri_relation_get_evidence (p),
                    "0123456789abcdefghijklmnopqrstuvwxyz0123\nnext, line\n_x000D");
}

/* ---- AidData GCDF, XLSX ----------------------------------------------- */

/* The text cells of the workbook's one project (its numbers and date are
 * project_1's). */
static const char *const *workbook_project = project_1;

static char *
write_workbook (gboolean inline_strings)
{
  g_autofree char *path = g_build_filename (fx.dir, inline_strings ? "inline.xlsx" : "gcdf.xlsx", NULL);
  lxw_workbook_options opt = { .constant_memory = inline_strings ? LXW_TRUE : LXW_FALSE,
                               .tmpdir = fx.dir };
  lxw_workbook *wb = workbook_new_opt (path, &opt);
  workbook_add_worksheet (wb, "Definitions");
  lxw_worksheet *ws = workbook_add_worksheet (wb, "GCDF_3.0");
  lxw_format *date = workbook_add_format (wb);
  format_set_num_format (date, "mm/dd/yyyy");
  g_auto (GStrv) names = g_strsplit (gcdf_header, ",", -1);
  for (guint c = 0; names[c]; c++)
    worksheet_write_string (ws, 0, c, names[c], NULL);
  for (guint c = 0; names[c]; c++)
    {
      const char *n = names[c];
      if (g_str_equal (n, "AidData Record ID"))
        worksheet_write_number (ws, 1, c, 90001, NULL);
      else if (g_str_equal (n, "Commitment Year"))
        worksheet_write_number (ws, 1, c, 2015, NULL);
      else if (g_str_equal (n, "Completion Year"))
        worksheet_write_number (ws, 1, c, 2019, NULL);
      else if (g_str_equal (n, "Amount (Constant USD 2021)"))
        worksheet_write_number (ws, 1, c, 1016812036.74418, NULL);
      else if (g_str_equal (n, "Commitment Date (MM/DD/YYYY)"))
        {
          lxw_datetime dt = { 2015, 12, 22, 0, 0, 0 };
          worksheet_write_datetime (ws, 1, c, &dt, date);
        }
      else
        for (guint p = 0; workbook_project[p]; p += 2)
          if (g_str_equal (workbook_project[p], n))
            worksheet_write_string (ws, 1, c, workbook_project[p + 1], NULL);
    }
  cr_assert_eq (workbook_close (wb), LXW_NO_ERROR);
  return g_steal_pointer (&path);
}

static void
import_workbook (gboolean inline_strings)
{
  fx.in = write_workbook (inline_strings);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriImportReport) r = bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error);
  cr_assert_not_null (r, "%s", error ? error->message : "");
  cr_assert_eq (bri_import_report_get_n_rows (r), 1);
  cr_assert_eq (bri_import_report_get_n_relations (r), 3);
  g_autoptr (BriGraph) g = load_out ();
  check_project_1 (g, bri_graph_get_n_relations (g) - 3);
}

Test (import, aiddata_xlsx_shared_strings_and_date_cells)
{
  import_workbook (FALSE);
}

Test (import, aiddata_xlsx_inline_strings)
{
  import_workbook (TRUE);
}

/* In a workbook, Excel's _xHHHH_ escapes can hold control characters:
 * they become spaces (libxlsxwriter writes them so). */
Test (import, aiddata_xlsx_control_characters_become_spaces)
{
  static const char *const project[] = {
    "Title", "A bell\a, a form feed\f and DEL\x7f here", "Recipient ISO-3", "PAK",
    "Recommended For Aggregates", "Yes", NULL
  };
  workbook_project = project;
  fx.in = write_workbook (FALSE);
  workbook_project = project_1;
  g_autoptr (GError) error = NULL;
  g_autoptr (BriImportReport) r = bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error);
  cr_assert_not_null (r, "%s", error ? error->message : "");
  g_autoptr (BriGraph) g = load_out ();
  cr_assert_str_eq (bri_relation_get_title (last_relation (g)),
                    "A bell , a form feed  and DEL  here");
}

Test (import, xlsx_not_a_zip)
{
  test_write (fx.dir, "fake.xlsx", "AidData Record ID\n1\n");
  g_autofree char *p = g_build_filename (fx.dir, "fake.xlsx", NULL);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_aiddata (fx.base, p, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_INVALID);
  cr_assert (g_str_has_prefix (error->message, p));
  cr_assert (strstr (error->message, ":1:1: not a zip archive"), "%s", error->message);
  cr_assert (g_str_has_suffix (error->message, "expected an XLSX workbook"), "%s", error->message);
}

/* A workbook of the given members, written with libzip. */
static char *
write_zip (const char *name, const char *const *members, const char *big_member,
           gsize big_bytes)
{
  g_autofree char *path = g_build_filename (fx.dir, name, NULL);
  int err = 0;
  zip_t *z = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &err);
  cr_assert_not_null (z);
  for (guint i = 0; members[i]; i += 2)
    {
      zip_source_t *s = zip_source_buffer (z, members[i + 1], strlen (members[i + 1]), 0);
      cr_assert (zip_file_add (z, members[i], s, 0) >= 0);
    }
  char *zeros = NULL;
  if (big_member)
    {
      zeros = g_malloc0 (big_bytes);
      zip_source_t *s = zip_source_buffer (z, zeros, big_bytes, 0);
      zip_int64_t index = zip_file_add (z, big_member, s, 0);
      cr_assert (index >= 0);
      /* Level 1: the fastest deflate, so that writing the bomb is quick. */
      cr_assert_eq (zip_set_file_compression (z, (zip_uint64_t) index, ZIP_CM_DEFLATE, 1), 0);
    }
  cr_assert_eq (zip_close (z), 0, "%s", zip_strerror (z));
  g_free (zeros);
  return g_steal_pointer (&path);
}

static const char workbook_xml[] =
  "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
  "<sheets><sheet name=\"GCDF_3.0\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels_xml[] =
  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

Test (import, xlsx_entity_declarations_are_refused)
{
  static const char sheet[] =
    "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;&ext;</t></is></c>"
    "</row></sheetData></worksheet>";
  const char *const members[] = { "xl/workbook.xml", workbook_xml,
                                  "xl/_rels/workbook.xml.rels", rels_xml,
                                  "xl/worksheets/sheet1.xml", sheet, NULL };
  fx.in = write_zip ("dtd.xlsx", members, NULL, 0);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_INVALID);
  g_autofree char *want = g_strdup_printf (
    "%s: member xl/worksheets/sheet1.xml:1: document type declaration, expected XML "
    "without a DTD or entity declarations", fx.in);
  cr_assert_str_eq (error->message, want);
}

Test (import, xlsx_member_past_the_bound_is_refused)
{
  const char *const members[] = { "xl/workbook.xml", workbook_xml,
                                  "xl/_rels/workbook.xml.rels", rels_xml, NULL };
  /* 256 MiB + 1 of zeros deflate to about 256 KiB: a zip bomb. */
  fx.in = write_zip ("bomb.xlsx", members, "xl/worksheets/sheet1.xml",
                     BRI_IMPORT_MAX_MEMBER_BYTES + 1u);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_LIMIT);
  g_autofree char *want = g_strdup_printf (
    "%s: member xl/worksheets/sheet1.xml inflates to 268435457 bytes, expected at most 268435456",
    fx.in);
  cr_assert_str_eq (error->message, want);
}

Test (import, xlsx_row_of_too_many_cells_is_refused)
{
  static const char sheet[] =
    "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
    "<is><t>x</t></is></c><c r=\"XFD1\"><v>1</v></c></row></sheetData></worksheet>";
  const char *const members[] = { "xl/workbook.xml", workbook_xml,
                                  "xl/_rels/workbook.xml.rels", rels_xml,
                                  "xl/worksheets/sheet1.xml", sheet, NULL };
  fx.in = write_zip ("wide.xlsx", members, NULL, 0);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_LIMIT);
  g_autofree char *want = g_strdup_printf (
    "%s:1:16384: row with more than 1024 cells, expected at most that", fx.in);
  cr_assert_str_eq (error->message, want);
}

/* ---- huge lines and cells ------------------------------------------------ */

Test (import, gdelt_line_past_the_bound_is_refused)
{
  /* 2 MiB without a line end: refused once 1 MiB has been read. */
  gsize n = 2u << 20;
  char *big = g_malloc (n + 1);
  memset (big, 'a', n);
  big[n] = '\0';
  test_write (fx.dir, "long.CSV", big);
  g_free (big);
  fx.in = g_build_filename (fx.dir, "long.CSV", NULL);
  const char *const files[] = { fx.in, NULL };
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_gdelt (fx.base, files, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_LIMIT);
  g_autofree char *want = g_strdup_printf (
    "%s:1:1: line longer than 1048576 bytes, expected GDELT event lines", fx.in);
  cr_assert_str_eq (error->message, want);
}

Test (import, csv_field_past_the_bound_is_refused)
{
  /* Line 2's first field is 1 MiB + 1 bytes. */
  GString *s = g_string_new (gcdf_header);
  g_string_append_c (s, '\n');
  for (guint i = 0; i < (1u << 20) + 1; i++)
    g_string_append_c (s, '9');
  g_string_append (s, ",Yes\n");
  test_write (fx.dir, "wide.csv", s->str);
  g_string_free (s, TRUE);
  fx.in = g_build_filename (fx.dir, "wide.csv", NULL);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_LIMIT);
  g_autofree char *prefix = g_strdup_printf ("%s:2:1: field longer than 1048576 bytes", fx.in);
  cr_assert (g_str_has_prefix (error->message, prefix), "%s", error->message);
}

Test (import, xlsx_cell_past_the_bound_is_refused)
{
  GString *sheet = g_string_new ("<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\">"
                                 "<c r=\"A1\" t=\"inlineStr\"><is><t>");
  for (guint i = 0; i < (1u << 20) + 1; i++)
    g_string_append_c (sheet, 'x');
  g_string_append (sheet, "</t></is></c></row></sheetData></worksheet>");
  const char *const members[] = { "xl/workbook.xml", workbook_xml,
                                  "xl/_rels/workbook.xml.rels", rels_xml,
                                  "xl/worksheets/sheet1.xml", sheet->str, NULL };
  fx.in = write_zip ("cell.xlsx", members, NULL, 0);
  g_string_free (sheet, TRUE);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_LIMIT);
  g_autofree char *prefix = g_strdup_printf ("%s: member xl/worksheets/sheet1.xml:1: text longer "
                                             "than 1048576 bytes", fx.in);
  cr_assert (g_str_has_prefix (error->message, prefix), "%s", error->message);
}

Test (import, xlsx_row_past_the_bound_is_refused)
{
  /* A 600 kB shared string named by 30 cells: 18 MB of text from a small
   * workbook, past the 16 MiB a row may hold. */
  GString *sst = g_string_new ("<?xml version=\"1.0\"?><sst><si><t>");
  for (guint i = 0; i < 600000; i++)
    g_string_append_c (sst, 'y');
  g_string_append (sst, "</t></si></sst>");
  GString *sheet = g_string_new ("<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\">");
  for (guint c = 0; c < 30; c++)
    g_string_append (sheet, "<c t=\"s\"><v>0</v></c>");
  g_string_append (sheet, "</row></sheetData></worksheet>");
  const char *const members[] = { "xl/workbook.xml", workbook_xml,
                                  "xl/_rels/workbook.xml.rels", rels_xml,
                                  "xl/sharedStrings.xml", sst->str,
                                  "xl/worksheets/sheet1.xml", sheet->str, NULL };
  fx.in = write_zip ("row.xlsx", members, NULL, 0);
  g_string_free (sst, TRUE);
  g_string_free (sheet, TRUE);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_aiddata (fx.base, fx.in, fx.out, NULL, &error));
  cr_assert_eq (error->code, BRI_ERROR_LIMIT);
  /* 28 cells hold 16.8 MB > 16 MiB (27 hold 16.2 MB < 16.78 MB). */
  g_autofree char *want = g_strdup_printf (
    "%s:1:28: row holding more than 16777216 bytes of text, expected at most that", fx.in);
  cr_assert_str_eq (error->message, want);
}

Test (import, gdelt_zipped_as_published)
{
  g_autofree char *l1 = gdelt_line (61, "1", "20191024", "CHN", "KAZ", "057", "1", "1", "4", "u1");
  g_autofree char *l2 = gdelt_line (61, "2", "20191024", "KAZ", "CHN", "057", "1", "1", "5", "u2");
  g_autofree char *lines = g_strconcat (l1, l2, NULL);
  const char *const members[] = { "20191024143000.export.CSV", lines, NULL };
  fx.in = write_zip ("20191024143000.export.CSV.zip", members, NULL, 0);
  g_autoptr (BriImportReport) r = import_gdelt_ok ();
  cr_assert_eq (bri_import_report_get_n_rows (r), 2);
  cr_assert_eq (bri_import_report_get_n_merged (r), 1);
  g_autoptr (BriGraph) g = load_out ();
  const BriRelation *s = last_relation (g);
  cr_assert_str_eq (bri_relation_get_kind (s), "signed_agreement");
  cr_assert_float_eq (bri_relation_get_weight (s), 9, 1e-12);
}

Test (import, gdelt_zip_without_members)
{
  const char *const members[] = { "dir/", "", NULL };
  fx.in = write_zip ("empty.zip", members, NULL, 0);
  const char *const files[] = { fx.in, NULL };
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_import_gdelt (fx.base, files, fx.out, NULL, &error));
  g_autofree char *want = g_strdup_printf (
    "%s: empty zip archive, expected a zipped GDELT file", fx.in);
  cr_assert_str_eq (error->message, want);
}
