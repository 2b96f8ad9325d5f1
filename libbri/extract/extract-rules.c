/* libbri/extract/extract-rules.c — the relation rules table (a CSV file, read with
 * the library's CSV reader) and the expansion of its patterns into regular
 * expressions over tagged text, where each entity mention is written as
 * \x01<index>\x02.
 *
 * Columns: id, kind, scope (clause|sentence|name), pattern, from, to, via
 * (optional), from_kinds, to_kinds (optional, `|`-separated entity kinds),
 * pairs (cross|star|both, default cross), confidence, description (free text).
 * In a pattern, `{x}` is one entity captured as slot x, `{x+}` a list of
 * entities joined by 、 和 及 以及 与 (as slot x), `{E}` any entity not
 * captured, `{title}` a 《…》 title captured without its brackets, and `…`
 * any gap within the sentence; the rest is a PCRE regular expression over
 * Simplified text. A named group of the pattern's own, (?<x>…), is a slot
 * too: every entity tagged inside its match counts (来自(?<a>[^。]*?)参会).
 * from and to may also be `@subject` (the first party of the sentence
 * before the match, else of the paragraph; with kinds, the first of those
 * kinds) or, in a rule of scope name, `@self` (the entity whose name is
 * read); from may be `@region`: the province (else the country) each `to`
 * entity lies in. pairs: cross (each from with each to), star (the first party of from
 * and to together with each other one: one document or event, never a
 * clique), both (each ordered pair: a route each way). */
#include "config.h"
#include "extract-private.h"
#include "io/csv-reader.h"

#define ENT "\\x01\\d+\\x02"
#define LIST_SEP "(?:、|和|及|以及|与|同)"

static void
rule_free (BriRule *r)
{
  if (!r)
    return;
  g_free (r->id);
  g_free (r->kind);
  g_free (r->pattern);
  if (r->regex)
    g_regex_unref (r->regex);
  g_free (r->from);
  g_free (r->to);
  g_free (r->via);
  g_strfreev (r->from_kinds);
  g_strfreev (r->to_kinds);
  g_free (r);
}

/* Expands the macros of @pattern; NULL with @why set on a bad macro. */
static char *
expand (const char *pattern, char **why)
{
  GString *out = g_string_new (NULL);
  const char *p = pattern;
  while (*p)
    {
      if (g_str_has_prefix (p, "…"))
        {
          g_string_append (out, ".*?");
          p += strlen ("…");
        }
      else if (*p == '{' && (p == pattern || p[-1] != '\\'))
        {
          const char *close = strchr (p, '}');
          if (!close)
            {
              *why = g_strdup ("unclosed {, expected {slot}, {slot+}, {E} or {title}");
              g_string_free (out, TRUE);
              return NULL;
            }
          g_autofree char *name = g_strndup (p + 1, (gsize) (close - p - 1));
          gboolean list = g_str_has_suffix (name, "+");
          if (list)
            name[strlen (name) - 1] = '\0';
          if (g_str_equal (name, "E"))
            g_string_append (out, "(?:" ENT ")");
          else if (g_str_equal (name, "title"))
            g_string_append (out, "《(?<title>[^》]+)》");
          else if (bri__is_lower_word (name))
            {
              if (list)
                g_string_append_printf (out, "(?<%s>" ENT "(?:" LIST_SEP ENT ")*)", name);
              else
                g_string_append_printf (out, "(?<%s>" ENT ")", name);
            }
          else if (g_ascii_isdigit (name[0]))
            g_string_append_len (out, p, close - p + 1);   /* a quantifier {2,5} */
          else
            {
              *why = g_strdup_printf ("unknown macro {%s}, expected a lowercase slot name, E or title", name);
              g_string_free (out, TRUE);
              return NULL;
            }
          p = close + 1;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

typedef struct {
  const char *path;
  BriGraph *graph;
  GPtrArray *rules;
  int col[12];
  GError *error;
} Loader;

static const char *const columns[] = {
  "id", "kind", "scope", "pattern", "from", "to", "via", "from_kinds",
  "to_kinds", "pairs", "confidence", "description",
};
enum { C_ID, C_KIND, C_SCOPE, C_PATTERN, C_FROM, C_TO, C_VIA, C_FROM_KINDS,
       C_TO_KINDS, C_PAIRS, C_CONFIDENCE, C_N };

static void
fail (Loader *L, const BriCsvRecord *rec, int col, int code, const char *fmt, ...)
  G_GNUC_PRINTF (5, 6);

static void
fail (Loader *L, const BriCsvRecord *rec, int col, int code, const char *fmt, ...)
{
  guint line = rec->line, column = 1;
  if (col >= 0)
    bri__csv_locate (rec, (guint) col, &line, &column);
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error (&L->error, BRI_ERROR, code, "%s:%u:%u: %s", L->path, line, column, msg);
}

static const char *
field (const Loader *L, const BriCsvRecord *rec, int c)
{
  int i = L->col[c];
  if (i < 0 || (guint) i >= rec->n_fields)
    return "";
  return rec->fields[i];
}

/* The header: the index of each known column; the required ones must be
 * there. */
static gboolean
read_header (Loader *L, const BriCsvRecord *rec)
{
  for (int c = 0; c < C_N; c++)
    L->col[c] = -1;
  for (guint i = 0; i < rec->n_fields; i++)
    for (int c = 0; c < C_N; c++)
      if (g_str_equal (rec->fields[i], columns[c]))
        L->col[c] = (int) i;
  const int required[] = { C_ID, C_KIND, C_PATTERN, C_FROM, C_TO };
  for (guint k = 0; k < G_N_ELEMENTS (required); k++)
    if (L->col[required[k]] < 0)
      {
        fail (L, rec, -1, BRI_ERROR_INVALID, "missing column %s, expected "
              "id,kind,scope,pattern,from,to,via,from_kinds,to_kinds,pairs,confidence",
              columns[required[k]]);
        return FALSE;
      }
  return TRUE;
}

/* The columns scope, pairs and confidence of the rule @r. */
static gboolean
read_settings (Loader *L, const BriCsvRecord *rec, BriRule *r)
{
  const char *scope = field (L, rec, C_SCOPE);
  if (!*scope || g_str_equal (scope, "clause"))
    r->scope = BRI_SCOPE_CLAUSE;
  else if (g_str_equal (scope, "sentence"))
    r->scope = BRI_SCOPE_SENTENCE;
  else if (g_str_equal (scope, "name"))
    r->scope = BRI_SCOPE_NAME;
  else
    {
      fail (L, rec, L->col[C_SCOPE], BRI_ERROR_INVALID,
            "scope '%s', expected clause, sentence or name", scope);
      return FALSE;
    }
  const char *pairs = field (L, rec, C_PAIRS);
  if (!*pairs || g_str_equal (pairs, "cross"))
    r->pairs = BRI_PAIRS_CROSS;
  else if (g_str_equal (pairs, "star"))
    r->pairs = BRI_PAIRS_STAR;
  else if (g_str_equal (pairs, "both"))
    r->pairs = BRI_PAIRS_BOTH;
  else
    {
      fail (L, rec, L->col[C_PAIRS], BRI_ERROR_INVALID,
            "pairs '%s', expected cross, star or both", pairs);
      return FALSE;
    }
  const char *conf = field (L, rec, C_CONFIDENCE);
  r->confidence = 1.0;
  if (*conf)
    {
      char *end = NULL;
      r->confidence = g_ascii_strtod (conf, &end);
      if (*end || !(r->confidence >= 0 && r->confidence <= 1))
        {
          fail (L, rec, L->col[C_CONFIDENCE], BRI_ERROR_INVALID,
                "confidence '%s', expected a number from 0 to 1", conf);
          return FALSE;
        }
    }
  return TRUE;
}

/* The rule's pattern expanded and compiled; the slots the columns from,
 * to and via name must occur in it. */
static gboolean
compile_pattern (Loader *L, const BriCsvRecord *rec, BriRule *r)
{
  char *why = NULL;
  g_autofree char *re = expand (r->pattern, &why);
  if (!re)
    {
      fail (L, rec, L->col[C_PATTERN], BRI_ERROR_PARSE, "%s", why);
      g_free (why);
      return FALSE;
    }
  GError *rerr = NULL;
  r->regex = g_regex_new (re, G_REGEX_OPTIMIZE | G_REGEX_DOTALL, 0, &rerr);
  if (!r->regex)
    {
      fail (L, rec, L->col[C_PATTERN], BRI_ERROR_PARSE,
            "bad pattern: %s", rerr->message);
      g_error_free (rerr);
      return FALSE;
    }
  const char *slots[] = { r->from, r->to, r->via };
  const int cols[] = { C_FROM, C_TO, C_VIA };
  for (guint k = 0; k < 3; k++)
    {
      if (!slots[k] || !*slots[k] || slots[k][0] == '@')
        continue;
      if (g_regex_get_string_number (r->regex, slots[k]) < 0)
        {
          fail (L, rec, L->col[cols[k]], BRI_ERROR_INVALID,
                "slot '%s' does not occur in the pattern, expected {%s} or {%s+}",
                slots[k], slots[k], slots[k]);
          return FALSE;
        }
    }
  return TRUE;
}

/* The tags a segment needs for the rule to give a relation: one per
 * distinct slot of from and to (the @ slots need none), two for a list
 * whose pairs are taken among its members. */
static guint
min_tags (const BriRule *r)
{
  guint n = 0;
  if (*r->from && r->from[0] != '@')
    n++;
  if (*r->to && r->to[0] != '@' && g_strcmp0 (r->to, r->from) != 0)
    n++;
  if (r->pairs != BRI_PAIRS_CROSS && n < 2)
    n = 2;
  return n == 0 ? 1 : n;
}

static gboolean
on_record (const BriCsvRecord *rec, gpointer data)
{
  Loader *L = data;
  if (L->rules->len == 0 && L->col[C_ID] == -2)
    return read_header (L, rec);
  BriRule *r = g_new0 (BriRule, 1);
  r->line = rec->line;
  r->id = g_strdup (field (L, rec, C_ID));
  r->kind = g_strdup (field (L, rec, C_KIND));
  r->pattern = g_strdup (field (L, rec, C_PATTERN));
  r->from = g_strdup (field (L, rec, C_FROM));
  r->to = g_strdup (field (L, rec, C_TO));
  const char *via = field (L, rec, C_VIA);
  r->via = *via ? g_strdup (via) : NULL;
  const char *fk = field (L, rec, C_FROM_KINDS), *tk = field (L, rec, C_TO_KINDS);
  r->from_kinds = *fk ? g_strsplit (fk, "|", -1) : NULL;
  r->to_kinds = *tk ? g_strsplit (tk, "|", -1) : NULL;
  g_ptr_array_add (L->rules, r);
  if (!*r->id)
    {
      fail (L, rec, L->col[C_ID], BRI_ERROR_INVALID, "empty rule id, expected a name");
      return FALSE;
    }
  if (!bri_graph_lookup_kind (L->graph, r->kind))
    {
      fail (L, rec, L->col[C_KIND], BRI_ERROR_INVALID,
            "unknown relation kind '%s', expected a kind of the graph", r->kind);
      return FALSE;
    }
  if (!read_settings (L, rec, r) || !compile_pattern (L, rec, r))
    return FALSE;
  r->min_tags = min_tags (r);
  if (!*r->to && r->pairs == BRI_PAIRS_CROSS)
    {
      fail (L, rec, L->col[C_TO], BRI_ERROR_INVALID,
            "empty to slot, expected a slot name (or pairs=star or both)");
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
bri__rules_load (const char *path, BriGraph *graph, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  Loader L = { path, graph, g_ptr_array_new_with_free_func ((GDestroyNotify) rule_free), { 0 }, NULL };
  L.col[C_ID] = -2;   /* header not read yet */
  BriCsvProblem problem = { 0 };
  if (!bri__csv_read (data, len, on_record, &L, &problem) && !L.error)
    {
      g_set_error (&L.error, BRI_ERROR, problem.code, "%s:%u:%u: %s", path,
                   problem.line, problem.column, problem.message);
      g_free (problem.message);
    }
  if (!L.error && L.col[C_ID] == -2)
    g_set_error (&L.error, BRI_ERROR, BRI_ERROR_INVALID,
                 "%s:1:1: empty rules file, expected a header row", path);
  if (L.error)
    {
      g_propagate_error (error, L.error);
      g_ptr_array_unref (L.rules);
      return NULL;
    }
  return L.rules;
}
