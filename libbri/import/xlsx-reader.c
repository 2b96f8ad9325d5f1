/* libbri/import/xlsx-reader.c — the one place that reads zip archives (libzip):
 * the rows of one sheet of an XLSX workbook, and (at the end) one member of
 * a zip archive as a byte stream, for GDELT's zipped event files. A sheet is
 * streamed: libzip opens the archive and inflates each member on demand,
 * libxml2's xmlTextReader reads the member's XML as it inflates (no DOM),
 * so a 20 000-row sheet costs one row in memory, plus the shared strings.
 * It owns the workbook's parts the importers need: the sheet list
 * (xl/workbook.xml and its relationships), the shared strings, the cell
 * styles that mark dates (xl/styles.xml), and the sheet's cells (shared,
 * inline and plain strings, numbers; Excel's `_xHHHH_` escapes decoded).
 *
 * Hostile input: a member that declares or inflates to more than
 * BRI_IMPORT_MAX_MEMBER_BYTES is refused as it is read; XML is parsed
 * without entity substitution, DTD loading or network access, and a
 * document type declaration (the only place entities can be declared) is
 * refused; cells are bounded in count and size, rows and shared strings in
 * total size (bri/import.h). */
#include "config.h"
#include "import/import-private.h"

#include <libxml/xmlreader.h>
#include <zip.h>

struct _BriXlsxReader {
  zip_t *zip;
  char *path;                   /* for messages */
  GPtrArray *shared;            /* char*: the shared strings */
  gsize shared_bytes;
  GArray *date_styles;          /* gboolean per cell style (cellXfs index) */
  /* the sheet being read */
  zip_file_t *member;
  guint64 member_bytes;
  gboolean member_too_big;
  char *member_name;
  xmlTextReaderPtr xml;
  char *xml_error;              /* first libxml2 error, owned */
  GPtrArray *cells;             /* char*, the current row */
  GArray *is_date;              /* gboolean per cell of the current row */
  gsize row_bytes;              /* text in the current row's cells */
};

/* ---- streaming a member ----------------------------------------------- */

static int
member_read (void *data, char *buf, int len)
{
  BriXlsxReader *x = data;
  zip_int64_t n = zip_fread (x->member, buf, len);
  if (n < 0)
    return -1;
  x->member_bytes += n;
  if (x->member_bytes > BRI_IMPORT_MAX_MEMBER_BYTES)
    {
      x->member_too_big = TRUE;
      return -1;
    }
  return (int) n;
}

static int
member_close (void *data)
{
  return 0;
}

static void
on_xml_error (void *data, xmlErrorPtr err)
{
  BriXlsxReader *x = data;
  if (x->xml_error || !err)
    return;
  g_autofree char *msg = g_strdup (err->message ? err->message : "XML error");
  g_strchomp (msg);
  x->xml_error = g_strdup_printf ("%d:%d: %s, expected well-formed XML", err->line,
                                  err->int2, msg);
}

static void
close_member (BriXlsxReader *x)
{
  if (x->xml)
    xmlFreeTextReader (x->xml);
  x->xml = NULL;
  if (x->member)
    zip_fclose (x->member);
  x->member = NULL;
  g_clear_pointer (&x->member_name, g_free);
  g_clear_pointer (&x->xml_error, g_free);
}

/* Opens member @name for streaming; FALSE with @error (or, with @optional,
 * FALSE without error when the member is absent). */
static gboolean
open_member (BriXlsxReader *x, const char *name, gboolean optional, GError **error)
{
  close_member (x);
  zip_int64_t index = zip_name_locate (x->zip, name, 0);
  if (index < 0)
    {
      if (!optional)
        g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                     "%s: no member %s, expected an XLSX workbook", x->path, name);
      return FALSE;
    }
  zip_stat_t st;
  zip_stat_init (&st);
  if (zip_stat_index (x->zip, index, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)
      && st.size > BRI_IMPORT_MAX_MEMBER_BYTES)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                   "%s: member %s inflates to %" G_GUINT64_FORMAT " bytes, expected at most %u",
                   x->path, name, (guint64) st.size, BRI_IMPORT_MAX_MEMBER_BYTES);
      return FALSE;
    }
  x->member = zip_fopen_index (x->zip, index, 0);
  if (!x->member)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID, "%s: member %s: %s, expected a readable zip member",
                   x->path, name, zip_strerror (x->zip));
      return FALSE;
    }
  x->member_bytes = 0;
  x->member_too_big = FALSE;
  x->member_name = g_strdup (name);
  /* No NOENT (entities stay unsubstituted), no DTDLOAD/DTDATTR, NONET. */
  x->xml = xmlReaderForIO (member_read, member_close, x, name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!x->xml)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED, "%s: member %s: cannot start the XML reader",
                   x->path, name);
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (x->xml, on_xml_error, x);
  return TRUE;
}

/* The next node of the member: 1, 0 at the end, -1 with @error. */
static int
next_node (BriXlsxReader *x, GError **error)
{
  int ret = xmlTextReaderRead (x->xml);
  if (ret == 1 && xmlTextReaderNodeType (x->xml) == XML_READER_TYPE_DOCUMENT_TYPE)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "%s: member %s:%d: document type declaration, expected XML without "
                   "a DTD or entity declarations", x->path, x->member_name,
                   xmlTextReaderGetParserLineNumber (x->xml));
      return -1;
    }
  if (ret == 1 && xmlTextReaderNodeType (x->xml) == XML_READER_TYPE_ENTITY_REFERENCE)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "%s: member %s:%d: entity reference, expected XML without entities",
                   x->path, x->member_name, xmlTextReaderGetParserLineNumber (x->xml));
      return -1;
    }
  if (ret >= 0)
    return ret;
  if (x->member_too_big)
    g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                 "%s: member %s inflates to more than %u bytes, expected at most that",
                 x->path, x->member_name, BRI_IMPORT_MAX_MEMBER_BYTES);
  else
    g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE, "%s: member %s:%s", x->path,
                 x->member_name, x->xml_error ? x->xml_error : " not well-formed XML");
  return -1;
}

static gboolean
is_element (BriXlsxReader *x, const char *local)
{
  return xmlTextReaderNodeType (x->xml) == XML_READER_TYPE_ELEMENT
    && g_str_equal ((const char *) xmlTextReaderConstLocalName (x->xml), local);
}

static gboolean
is_end (BriXlsxReader *x, const char *local)
{
  return xmlTextReaderNodeType (x->xml) == XML_READER_TYPE_END_ELEMENT
    && g_str_equal ((const char *) xmlTextReaderConstLocalName (x->xml), local);
}

static char *
attr (BriXlsxReader *x, const char *name)
{
  xmlChar *v = xmlTextReaderGetAttribute (x->xml, (const xmlChar *) name);
  char *s = g_strdup ((const char *) v);
  xmlFree (v);
  return s;
}

/* Appends the text inside the current element (up to its end) to @out,
 * skipping phonetic runs (<rPh>); bounded by BRI_IMPORT_MAX_CELL_BYTES. */
static gboolean
read_text (BriXlsxReader *x, const char *element, GString *out, GError **error)
{
  if (xmlTextReaderIsEmptyElement (x->xml))
    return TRUE;
  int depth = xmlTextReaderDepth (x->xml);
  int skip_depth = -1;
  for (;;)
    {
      int ret = next_node (x, error);
      if (ret <= 0)
        {
          if (ret == 0)
            g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE, "%s: member %s: unexpected end, expected </%s>",
                         x->path, x->member_name, element);
          return FALSE;
        }
      int type = xmlTextReaderNodeType (x->xml);
      int d = xmlTextReaderDepth (x->xml);
      if (type == XML_READER_TYPE_END_ELEMENT && d == depth)
        return TRUE;
      if (skip_depth >= 0)
        {
          if (type == XML_READER_TYPE_END_ELEMENT && d == skip_depth)
            skip_depth = -1;
          continue;
        }
      if (is_element (x, "rPh") && !xmlTextReaderIsEmptyElement (x->xml))
        {
          skip_depth = d;
          continue;
        }
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
          || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE)
        {
          const char *t = (const char *) xmlTextReaderConstValue (x->xml);
          gsize n = t ? strlen (t) : 0;
          if (out->len + n > BRI_IMPORT_MAX_CELL_BYTES)
            {
              g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                           "%s: member %s:%d: text longer than %u bytes, expected at most that",
                           x->path, x->member_name,
                           xmlTextReaderGetParserLineNumber (x->xml), BRI_IMPORT_MAX_CELL_BYTES);
              return FALSE;
            }
          g_string_append_len (out, t, n);
        }
    }
}

/* Decodes Excel's `_xHHHH_` escapes (ECMA-376 ST_Xstring) in place. */
static void
decode_escapes (GString *s)
{
  if (!strstr (s->str, "_x"))
    return;
  GString *out = g_string_sized_new (s->len);
  for (gsize i = 0; i < s->len;)
    {
      if (i + 7 <= s->len && s->str[i] == '_' && s->str[i + 1] == 'x'
          && g_ascii_isxdigit (s->str[i + 2]) && g_ascii_isxdigit (s->str[i + 3])
          && g_ascii_isxdigit (s->str[i + 4]) && g_ascii_isxdigit (s->str[i + 5])
          && s->str[i + 6] == '_')
        {
          gunichar c = (gunichar) g_ascii_strtoull (s->str + i + 2, NULL, 16);
          if (c != 0 && g_unichar_validate (c))
            {
              g_string_append_unichar (out, c);
              i += 7;
              continue;
            }
        }
      g_string_append_c (out, s->str[i++]);
    }
  g_string_assign (s, out->str);
  g_string_free (out, TRUE);
}

/* ---- workbook parts --------------------------------------------------- */

static gboolean
read_shared_strings (BriXlsxReader *x, GError **error)
{
  GError *local = NULL;
  if (!open_member (x, "xl/sharedStrings.xml", TRUE, &local))
    {
      if (local)
        g_propagate_error (error, local);
      return local == NULL;
    }
  GString *s = g_string_new (NULL);
  int ret;
  gboolean ok = TRUE;
  while (ok && (ret = next_node (x, error)) == 1)
    if (is_element (x, "si"))
      {
        g_string_truncate (s, 0);
        ok = read_text (x, "si", s, error);
        decode_escapes (s);
        x->shared_bytes += s->len + 32; /* with the pointer and malloc's overhead */
        if (x->shared_bytes > BRI_IMPORT_MAX_SHARED_STRINGS_BYTES)
          {
            g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                         "%s: shared strings longer than %u bytes, expected at most that",
                         x->path, BRI_IMPORT_MAX_SHARED_STRINGS_BYTES);
            ok = FALSE;
          }
        g_ptr_array_add (x->shared, g_strdup (s->str));
      }
  g_string_free (s, TRUE);
  close_member (x);
  return ok && ret == 0;
}

/* A number format is a date when it is one of Excel's built-in date
 * formats (14–22, 45–47) or its code has d, m or y outside quotes and
 * brackets. */
static gboolean
format_is_date (const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE;
  for (const char *p = code; *p; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == '[')
        bracket = TRUE;
      else if (!quoted && *p == ']')
        bracket = FALSE;
      else if (!quoted && !bracket && *p == '\\' && p[1])
        p++;
      else if (!quoted && !bracket && strchr ("dDmMyY", *p))
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_styles (BriXlsxReader *x, GError **error)
{
  GError *local = NULL;
  if (!open_member (x, "xl/styles.xml", TRUE, &local))
    {
      if (local)
        g_propagate_error (error, local);
      return local == NULL;
    }
  g_autoptr (GHashTable) custom = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, NULL);
  gboolean in_xfs = FALSE;
  int ret;
  while ((ret = next_node (x, error)) == 1)
    {
      if (is_element (x, "numFmt"))
        {
          g_autofree char *id = attr (x, "numFmtId");
          g_autofree char *code = attr (x, "formatCode");
          if (id && code && format_is_date (code))
            g_hash_table_add (custom, GUINT_TO_POINTER (atoi (id)));
        }
      else if (is_element (x, "cellXfs"))
        in_xfs = !xmlTextReaderIsEmptyElement (x->xml);
      else if (is_end (x, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && is_element (x, "xf"))
        {
          g_autofree char *id = attr (x, "numFmtId");
          guint f = id ? (guint) atoi (id) : 0;
          gboolean date = (f >= 14 && f <= 22) || (f >= 45 && f <= 47)
            || g_hash_table_contains (custom, GUINT_TO_POINTER (f));
          if (x->date_styles->len >= 65536)
            break;
          g_array_append_val (x->date_styles, date);
        }
    }
  close_member (x);
  return ret == 0 || ret == 1;
}

/* The sheet's member name: @sheet's (or the first sheet's) r:id in
 * workbook.xml, and its Target in workbook.xml.rels. */
static char *
find_sheet (BriXlsxReader *x, const char *sheet, GError **error)
{
  if (!open_member (x, "xl/workbook.xml", FALSE, error))
    return NULL;
  g_autofree char *rid = NULL;
  int ret;
  while (!rid && (ret = next_node (x, error)) == 1)
    if (is_element (x, "sheet"))
      {
        g_autofree char *name = attr (x, "name");
        g_autofree char *id = attr (x, "r:id");
        if (!id)
          continue;
        if (!sheet || bri__str_equal0 (name, sheet))
          rid = g_steal_pointer (&id);
      }
  if (!rid && ret >= 0 && sheet)
    {
      /* No sheet of that name: the first one. */
      close_member (x);
      return find_sheet (x, NULL, error);
    }
  if (!rid)
    {
      if (ret >= 0)
        g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                     "%s: xl/workbook.xml lists no sheet, expected at least one", x->path);
      close_member (x);
      return NULL;
    }
  if (!open_member (x, "xl/_rels/workbook.xml.rels", FALSE, error))
    return NULL;
  char *target = NULL;
  while (!target && (ret = next_node (x, error)) == 1)
    if (is_element (x, "Relationship"))
      {
        g_autofree char *id = attr (x, "Id");
        if (bri__str_equal0 (id, rid))
          target = attr (x, "Target");
      }
  close_member (x);
  if (!target)
    {
      if (ret >= 0)
        g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                     "%s: no relationship %s in xl/_rels/workbook.xml.rels, expected the sheet's",
                     x->path, rid);
      return NULL;
    }
  char *member = target[0] == '/' ? g_strdup (target + 1) : g_strconcat ("xl/", target, NULL);
  g_free (target);
  return member;
}

void
bri__xlsx_close (BriXlsxReader *x)
{
  if (!x)
    return;
  close_member (x);
  if (x->zip)
    zip_discard (x->zip);
  g_free (x->path);
  g_ptr_array_unref (x->shared);
  g_array_unref (x->date_styles);
  g_ptr_array_unref (x->cells);
  g_array_unref (x->is_date);
  g_free (x);
}

BriXlsxReader *
bri__xlsx_open (const char *path, const void *data, gsize len, const char *sheet,
                GError **error)
{
  BriXlsxReader *x = g_new0 (BriXlsxReader, 1);
  x->path = g_strdup (path ? path : "<workbook>");
  x->shared = g_ptr_array_new_with_free_func (g_free);
  x->date_styles = g_array_new (FALSE, FALSE, sizeof (gboolean));
  x->cells = g_ptr_array_new_with_free_func (g_free);
  x->is_date = g_array_new (FALSE, TRUE, sizeof (gboolean));
  zip_error_t zerr;
  zip_error_init (&zerr);
  if (data)
    {
      zip_source_t *src = zip_source_buffer_create (data, len, 0, &zerr);
      if (src && !(x->zip = zip_open_from_source (src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr)))
        zip_source_free (src);
    }
  else
    {
      int code = 0;
      x->zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &code);
      zip_error_init_with_code (&zerr, code);
    }
  if (!x->zip)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "%s:1:1: not a zip archive (%s), expected an XLSX workbook",
                   x->path, zip_error_strerror (&zerr));
      zip_error_fini (&zerr);
      bri__xlsx_close (x);
      return NULL;
    }
  zip_error_fini (&zerr);
  g_autofree char *member = find_sheet (x, sheet, error);
  if (!member || !read_shared_strings (x, error) || !read_styles (x, error)
      || !open_member (x, member, FALSE, error))
    {
      bri__xlsx_close (x);
      return NULL;
    }
  return x;
}

/* "BC12" → column 55 (from 1); 0 when it is not a cell reference. */
static guint
column_of (const char *ref)
{
  guint col = 0;
  const char *p = ref;
  for (; *p >= 'A' && *p <= 'Z'; p++)
    {
      col = col * 26 + (guint) (*p - 'A' + 1);
      if (col > 16384)
        return 0;
    }
  return p == ref ? 0 : col;
}

/* Reads one <c> element into the row. */
static gboolean
read_cell (BriXlsxReader *x, guint row, guint *next_col, GError **error)
{
  g_autofree char *ref = attr (x, "r");
  g_autofree char *type = attr (x, "t");
  g_autofree char *style = attr (x, "s");
  guint col = ref ? column_of (ref) : *next_col;
  if (col == 0)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                   "%s:%u:%u: cell reference '%s', expected a column such as B%u",
                   x->path, row, *next_col, ref, row);
      return FALSE;
    }
  if (col > BRI_IMPORT_MAX_CELLS)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                   "%s:%u:%u: row with more than %u cells, expected at most that",
                   x->path, row, col, BRI_IMPORT_MAX_CELLS);
      return FALSE;
    }
  *next_col = col + 1;
  GString *value = g_string_new (NULL);
  gboolean have = FALSE, ok = TRUE;
  if (!xmlTextReaderIsEmptyElement (x->xml))
    {
      int depth = xmlTextReaderDepth (x->xml);
      while (ok)
        {
          int ret = next_node (x, error);
          if (ret <= 0)
            {
              if (ret == 0)
                g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                             "%s:%u:%u: unexpected end, expected </c>", x->path, row, col);
              ok = FALSE;
              break;
            }
          if (xmlTextReaderNodeType (x->xml) == XML_READER_TYPE_END_ELEMENT
              && xmlTextReaderDepth (x->xml) == depth)
            break;
          if (is_element (x, "v") || is_element (x, "is"))
            {
              ok = read_text (x, is_element (x, "v") ? "v" : "is", value, error);
              have = TRUE;
            }
        }
    }
  gboolean date = FALSE;
  if (ok && have && bri__str_equal0 (type, "s"))
    {
      guint64 i;
      if (!g_ascii_string_to_unsigned (value->str, 10, 0, G_MAXUINT, &i, NULL)
          || i >= x->shared->len)
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                       "%s:%u:%u: shared string index '%s', expected one below %u",
                       x->path, row, col, value->str, x->shared->len);
          ok = FALSE;
        }
      else
        g_string_assign (value, x->shared->pdata[i]);
    }
  else if (ok && have && (bri__str_equal0 (type, "inlineStr") || bri__str_equal0 (type, "str")))
    decode_escapes (value);
  else if (ok && have && (!type || bri__str_equal0 (type, "n")) && style)
    {
      guint s = (guint) atoi (style);
      date = s < x->date_styles->len && g_array_index (x->date_styles, gboolean, s);
    }
  if (ok)
    {
      x->row_bytes += value->len;
      if (x->row_bytes > BRI_IMPORT_MAX_ROW_BYTES)
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                       "%s:%u:%u: row holding more than %u bytes of text, expected at most that",
                       x->path, row, col, BRI_IMPORT_MAX_ROW_BYTES);
          g_string_free (value, TRUE);
          return FALSE;
        }
    }
  if (ok)
    {
      while (x->cells->len < col)
        {
          g_ptr_array_add (x->cells, g_strdup (""));
          gboolean f = FALSE;
          g_array_append_val (x->is_date, f);
        }
      g_free (x->cells->pdata[col - 1]);
      x->cells->pdata[col - 1] = g_string_free (value, FALSE);
      g_array_index (x->is_date, gboolean, col - 1) = date;
    }
  else
    g_string_free (value, TRUE);
  return ok;
}

gboolean
bri__xlsx_next_row (BriXlsxReader *x, guint *row, guint *n_cells, char ***cells,
                    GError **error)
{
  int ret;
  while ((ret = next_node (x, error)) == 1)
    {
      if (!is_element (x, "row"))
        continue;
      g_autofree char *r = attr (x, "r");
      guint64 number = 0;
      if (r && !g_ascii_string_to_unsigned (r, 10, 1, 1048576, &number, NULL))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                       "%s: row number '%s', expected 1 to 1048576", x->path, r);
          return FALSE;
        }
      *row = number ? (guint) number : *row + 1;
      g_ptr_array_set_size (x->cells, 0);
      g_array_set_size (x->is_date, 0);
      x->row_bytes = 0;
      if (!xmlTextReaderIsEmptyElement (x->xml))
        {
          int depth = xmlTextReaderDepth (x->xml);
          guint next_col = 1;
          for (;;)
            {
              ret = next_node (x, error);
              if (ret < 0)
                return FALSE;
              if (ret == 0)
                {
                  g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                               "%s:%u:1: unexpected end, expected </row>", x->path, *row);
                  return FALSE;
                }
              if (xmlTextReaderNodeType (x->xml) == XML_READER_TYPE_END_ELEMENT
                  && xmlTextReaderDepth (x->xml) == depth)
                break;
              if (is_element (x, "c") && !read_cell (x, *row, &next_col, error))
                return FALSE;
            }
        }
      *n_cells = x->cells->len;
      *cells = (char **) x->cells->pdata;
      return TRUE;
    }
  return FALSE;
}

gboolean
bri__xlsx_cell_is_date (BriXlsxReader *x, guint column)
{
  return column < x->is_date->len && g_array_index (x->is_date, gboolean, column);
}

gboolean
bri__xlsx_serial_to_date (const char *text, BriDate *date)
{
  char *end;
  double v = g_ascii_strtod (text, &end);
  if (end == text || *end || !(v >= 1 && v < 2958466))
    return FALSE;
  /* Serial 60 is Excel's 1900-02-29, which did not exist; 61 is 1900-03-01.
   * Day 1 is 1900-01-01: from 61 on, day n is 1899-12-30 + n. */
  guint n = (guint) v;
  GDate *d = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);
  if (n == 60)
    n = 61;
  g_date_add_days (d, n < 60 ? n + 1 : n);
  char buf[16];
  g_snprintf (buf, sizeof buf, "%04u-%02u-%02u", g_date_get_year (d),
              g_date_get_month (d), g_date_get_day (d));
  g_date_free (d);
  return bri_date_parse (buf, date, NULL);
}

/* ---- one zip member as a byte stream (zipped GDELT files) ------------- */

struct _BriZipStream {
  zip_t *zip;
  zip_file_t *member;
  char *path, *name;
  guint64 read, max_bytes;
};

void
bri__zip_stream_close (BriZipStream *s)
{
  if (!s)
    return;
  if (s->member)
    zip_fclose (s->member);
  if (s->zip)
    zip_discard (s->zip);
  g_free (s->path);
  g_free (s->name);
  g_free (s);
}

BriZipStream *
bri__zip_stream_open (const char *path, guint64 max_bytes, GError **error)
{
  BriZipStream *s = g_new0 (BriZipStream, 1);
  s->path = g_strdup (path);
  s->max_bytes = max_bytes;
  int code = 0;
  s->zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &code);
  if (!s->zip)
    {
      zip_error_t zerr;
      zip_error_init_with_code (&zerr, code);
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID, "%s:1:1: not a zip archive (%s), "
                   "expected a zipped GDELT file", path, zip_error_strerror (&zerr));
      zip_error_fini (&zerr);
      bri__zip_stream_close (s);
      return NULL;
    }
  /* The first member that is not a directory. */
  zip_int64_t n = zip_get_num_entries (s->zip, 0);
  for (zip_int64_t i = 0; i < n && !s->member; i++)
    {
      zip_stat_t st;
      zip_stat_init (&st);
      if (zip_stat_index (s->zip, (zip_uint64_t) i, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)
          || g_str_has_suffix (st.name, "/"))
        continue;
      s->name = g_strdup (st.name);
      if ((st.valid & ZIP_STAT_SIZE) && st.size > max_bytes)
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                       "%s: member %s inflates to %" G_GUINT64_FORMAT " bytes, expected at most %"
                       G_GUINT64_FORMAT, path, st.name, (guint64) st.size, max_bytes);
          bri__zip_stream_close (s);
          return NULL;
        }
      s->member = zip_fopen_index (s->zip, (zip_uint64_t) i, 0);
      if (!s->member)
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID, "%s: member %s: %s, expected a "
                       "readable zip member", path, st.name, zip_strerror (s->zip));
          bri__zip_stream_close (s);
          return NULL;
        }
    }
  if (!s->member)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "%s: empty zip archive, expected a zipped GDELT file", path);
      bri__zip_stream_close (s);
      return NULL;
    }
  return s;
}

gssize
bri__zip_stream_read (BriZipStream *s, char *buf, gsize len, GError **error)
{
  zip_int64_t n = zip_fread (s->member, buf, len);
  if (n < 0)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE, "%s: member %s: %s, expected a "
                   "readable zip member", s->path, s->name, zip_file_strerror (s->member));
      return -1;
    }
  s->read += (guint64) n;
  if (s->read > s->max_bytes)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                   "%s: member %s inflates to more than %" G_GUINT64_FORMAT
                   " bytes, expected at most that", s->path, s->name, s->max_bytes);
      return -1;
    }
  return (gssize) n;
}
