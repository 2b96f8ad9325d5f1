/* bench/import/gen-import.c — benchmark inputs for the importers, in the
 * published layouts, with made-up values (deterministic: a fixed LCG):
 *
 *   gen-import gcdf-csv N FILE    N GCDF 3.0 projects, 126 columns, CSV
 *   gen-import gcdf-xlsx N FILE   the same rows as a workbook (libxlsxwriter;
 *                                 shared strings, date cells, sheet GCDF_3.0)
 *   gen-import gdelt N FILE       N GDELT 2.0 events (61 TAB-separated fields)
 *
 * GCDF rows carry descriptions and source lists of realistic length (about
 * 4 kB a row, as the real file's ~100 MB for 21 000 rows); GDELT events
 * fall on 30 days among 60 countries, China an actor in one of ten, so the
 * relations kept stay bounded however many events there are. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "../../tests/unit/gcdf-header.h"

static unsigned long long seed = 88172645463325252ULL;

static unsigned
rnd (unsigned n)
{
  seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
  return (unsigned) ((seed >> 33) % n);
}

static const char header[] = GCDF_HEADER;

static const char *const iso3[] = { "PAK", "KAZ", "MYS", "LAO", "KHM", "IDN", "KEN", "ETH",
                                    "AGO", "ZMB", "LKA", "MMR", "UZB", "KGZ", "SRB", "ECU",
                                    "VEN", "BRA", "EGY", "NGA" };
static const char *const sectors[] = { "TRANSPORT AND STORAGE", "ENERGY", "HEALTH", "EDUCATION",
                                       "BANKING AND FINANCIAL SERVICES", "COMMUNICATIONS",
                                       "INDUSTRY, MINING, CONSTRUCTION", "AGRICULTURE, FORESTRY, FISHING" };
static const char *const funders[] = { "Export-Import Bank of China", "China Development Bank",
                                       "Ministry of Commerce (MOFCOM)", "Chinese Embassy",
                                       "Industrial and Commercial Bank of China (ICBC)",
                                       "Bank of China", "China Road and Bridge Corporation" };
static const char *const funder_types[] = { "State-owned Policy Bank", "State-owned Policy Bank",
                                            "Government Agency", "Government Agency",
                                            "State-owned Commercial Bank",
                                            "State-owned Commercial Bank", "State-owned Company" };
static const char words[] =
  "The loan agreement finances the construction of a highway and two bridges under "
  "the Belt and Road Initiative; the borrower is the Ministry of Finance. ";

/* The cells of project @i: 126 strings (static buffers, valid until the next call). */
static char cells[126][8192];

static void
project (unsigned i, int *date_year, int *date_month, int *date_day)
{
  for (int c = 0; c < 126; c++)
    cells[c][0] = '\0';
  unsigned f = rnd (7);
  int year = 2000 + (int) rnd (22), month = 1 + (int) rnd (12), day = 1 + (int) rnd (28);
  *date_year = year;
  *date_month = month;
  *date_day = day;
  snprintf (cells[0], 64, "%u", 10000 + i);
  strcpy (cells[1], rnd (20) ? "Yes" : "No");
  strcpy (cells[3], "No");
  strcpy (cells[4], "China (People's Republic of)");
  strcpy (cells[6], iso3[rnd (20)]);
  strcpy (cells[5], "Somewhere");
  strcpy (cells[7], "Asia");
  snprintf (cells[8], 64, "%d", year);
  snprintf (cells[9], 64, "%d.0", year);
  snprintf (cells[10], 64, "%d.0", year + 1 + (int) rnd (5));
  snprintf (cells[11], 256, "Project %u: loan for infrastructure, phase %u", i, rnd (5));
  size_t n = 0, want = 1500 + rnd (3000);
  while (n + sizeof words < want && n + sizeof words < sizeof cells[12])
    {
      memcpy (cells[12] + n, words, sizeof words - 1);
      n += sizeof words - 1;
    }
  cells[12][n] = '\0';
  strcpy (cells[14], "Completion");
  strcpy (cells[15], "Development");
  strcpy (cells[16], "Loan");
  strcpy (cells[17], "Loan");
  strcpy (cells[19], rnd (3) ? "ODA-like" : "OOF-like");
  snprintf (cells[20], 16, "%u", 110 + rnd (300));
  strcpy (cells[21], sectors[rnd (8)]);
  strcpy (cells[24], funders[f]);
  strcpy (cells[25], funder_types[f]);
  strcpy (cells[29], "Ministry of Finance|Ministry of Transport");
  strcpy (cells[30], "Recipient Government Agency|Recipient Government Agency");
  strcpy (cells[34], "China Road and Bridge Corporation");
  strcpy (cells[35], "Chinese State-owned Company");
  snprintf (cells[51], 64, "%u.%u", 1000000 + rnd (900000000), rnd (100000));
  snprintf (cells[57], 16, "%04d-%02d-%02d", year, month, day);
  n = 0;
  for (unsigned k = 0, m = 2 + rnd (12); k < m; k++)
    n += (size_t) snprintf (cells[101] + n, 200, "%shttps://news.example/%u/%u.html", k ? "|" : "", i, k);
  n = 0;
  for (unsigned k = 0, m = 2 + rnd (12); k < m; k++)
    n += (size_t) snprintf (cells[102] + n, 200, "%sArticle %u about the loan", k ? "|" : "", k);
  for (int c = 109; c < 126; c++)
    if (!cells[c][0])
      snprintf (cells[c], 16, "%u", rnd (100));
}

static void
csv_field (FILE *out, const char *s)
{
  if (!strpbrk (s, ",\"\n"))
    {
      fputs (s, out);
      return;
    }
  fputc ('"', out);
  for (; *s; s++)
    {
      if (*s == '"')
        fputc ('"', out);
      fputc (*s, out);
    }
  fputc ('"', out);
}

static int
gcdf_csv (unsigned n, FILE *out)
{
  fprintf (out, "%s\n", header);
  for (unsigned i = 0; i < n; i++)
    {
      int y, m, d;
      project (i, &y, &m, &d);
      for (int c = 0; c < 126; c++)
        {
          if (c)
            fputc (',', out);
          csv_field (out, cells[c]);
        }
      fputc ('\n', out);
    }
  return 0;
}

static int
gcdf_xlsx (unsigned n, const char *path)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "GCDF_3.0");
  lxw_format *date = workbook_add_format (wb);
  format_set_num_format (date, "mm/dd/yyyy");
  char *names = strdup (header);
  int c = 0;
  for (char *save = NULL, *t = strtok_r (names, ",", &save); t; t = strtok_r (NULL, ",", &save))
    worksheet_write_string (ws, 0, (lxw_col_t) c++, t, NULL);
  free (names);
  for (unsigned i = 0; i < n; i++)
    {
      int y, m, d;
      project (i, &y, &m, &d);
      for (c = 0; c < 126; c++)
        {
          lxw_row_t r = i + 1;
          if (c == 0 || c == 8 || c == 9 || c == 10 || c == 51)
            worksheet_write_number (ws, r, (lxw_col_t) c, atof (cells[c]), NULL);
          else if (c == 57)
            {
              lxw_datetime dt = { y, m, d, 0, 0, 0 };
              worksheet_write_datetime (ws, r, (lxw_col_t) c, &dt, date);
            }
          else if (cells[c][0])
            worksheet_write_string (ws, r, (lxw_col_t) c, cells[c], NULL);
        }
    }
  return workbook_close (wb) == LXW_NO_ERROR ? 0 : 1;
}

static const char *const cameo[] = { "CHN", "KAZ", "PAK", "USA", "RUS", "GBR", "FRA", "DEU",
                                     "IND", "JPN", "KOR", "BRA", "ZAF", "NGA", "EGY", "TUR",
                                     "IRN", "SAU", "ARE", "MYS", "IDN", "THA", "VNM", "PHL",
                                     "LAO", "KHM", "MMR", "LKA", "NPL", "BGD", "UZB", "KGZ",
                                     "TJK", "TKM", "MNG", "AFG", "IRQ", "SYR", "ISR", "JOR",
                                     "ETH", "KEN", "TZA", "UGA", "AGO", "ZMB", "ZWE", "MOZ",
                                     "ARG", "CHL", "PER", "COL", "VEN", "ECU", "MEX", "CAN",
                                     "AUS", "NZL", "SRB", "HUN" };
static const char *const codes[] = { "010", "020", "036", "040", "042", "043", "046", "051",
                                     "057", "061", "0311", "0831", "111", "190", "173", "112" };

static int
gdelt (unsigned n, FILE *out)
{
  for (unsigned i = 0; i < n; i++)
    {
      const char *a1 = rnd (10) ? cameo[1 + rnd (59)] : "CHN";
      const char *a2 = rnd (10) ? cameo[1 + rnd (59)] : "CHN";
      const char *code = codes[rnd (16)];
      unsigned day = 1 + rnd (30);
      fprintf (out,
               "%u\t202406%02u\t202406\t2024\t2024.4%03u\t%sGOV\t%s GOVERNMENT\t%s\t\t\t\t\tGOV\t\t\t"
               "%s\t%s\t%s\t\t\t\t\t\t\t\t1\t%s\t%.3s\t%.2s\t1\t3.4\t%u\t%u\t%u\t1.5\t"
               "4\tBeijing, Beijing, China\tCH\tCH22\t\t39.9289\t116.388\t-1898541\t"
               "1\t%s\t%.2s\t%.2s\t\t30\t70\t%.2s\t"
               "4\tBeijing, Beijing, China\tCH\tCH22\t\t39.9289\t116.388\t-1898541\t"
               "202406%02u143000\thttps://news.example/2024/06/%02u/story-%u.html\n",
               1100000000u + i, day, day * 3, a1, a1, a1, a2, a2, a2, code, code, code,
               1 + rnd (20), 1 + rnd (5), 1 + rnd (20), a2, a2, a2, a2, day, day, i);
    }
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc != 4)
    {
      fprintf (stderr, "usage: gen-import gcdf-csv|gcdf-xlsx|gdelt N FILE\n");
      return 2;
    }
  unsigned n = (unsigned) strtoul (argv[2], NULL, 10);
  if (strcmp (argv[1], "gcdf-xlsx") == 0)
    return gcdf_xlsx (n, argv[3]);
  FILE *out = fopen (argv[3], "w");
  if (!out)
    {
      perror (argv[3]);
      return 1;
    }
  static char buf[1 << 20];
  setvbuf (out, buf, _IOFBF, sizeof buf);
  int rc = strcmp (argv[1], "gdelt") == 0 ? gdelt (n, out)
         : strcmp (argv[1], "gcdf-csv") == 0 ? gcdf_csv (n, out) : 2;
  if (fclose (out) != 0)
    rc = 1;
  return rc;
}
