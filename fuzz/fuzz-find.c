/* fuzz/fuzz-find.c — name lookup with normalisation. The input (cut at the
 * first NUL) is normalised with bri_name_normalize(), looked up with
 * bri_graph_find() and bri_graph_resolve() in the fixed base graph, and,
 * when it is a valid alias, added as the alias of a new entity of a copy of
 * that graph, which must then find it. Invariants: normalisation gives NULL
 * exactly for invalid UTF-8, else valid UTF-8 without surrounding white
 * space; find returns distinct entities sorted by id; resolve returns the
 * entity whose id the input is, if any, and otherwise agrees with find (one
 * match: that entity; none: NOT_FOUND; several: AMBIGUOUS); every name
 * finds its own entity. */
#include "fuzz-common.h"

static BriGraph *base;


int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  base = fuzz_base_graph ();
  return 0;
}

static gboolean
contains (GPtrArray *found, const BriEntity *e)
{
  for (guint i = 0; i < found->len; i++)
    if (g_ptr_array_index (found, i) == e)
      return TRUE;
  return FALSE;
}

static GPtrArray *
check_find (BriGraph *g, const char *name)
{
  GPtrArray *found = bri_graph_find (g, name);
  FUZZ_CHECK (found != NULL);
  for (guint i = 0; i < found->len; i++)
    {
      const BriEntity *e = g_ptr_array_index (found, i);
      FUZZ_CHECK (bri_graph_lookup_entity (g, bri_entity_get_id (e)) == e);
      if (i > 0)
        FUZZ_CHECK (strcmp (bri_entity_get_id (g_ptr_array_index (found, i - 1)),
                            bri_entity_get_id (e)) < 0);
    }
  GError *error = NULL;
  const BriEntity *one = bri_graph_resolve (g, name, &error);
  const BriEntity *by_id = bri_graph_lookup_entity (g, name);
  if (by_id)
    /* An exact id resolves to its entity even when names match too. */
    FUZZ_CHECK (one == by_id && error == NULL && contains (found, by_id));
  else if (found->len == 1)
    FUZZ_CHECK (one == g_ptr_array_index (found, 0) && error == NULL);
  else
    {
      FUZZ_CHECK (one == NULL && error != NULL && error->domain == BRI_ERROR);
      FUZZ_CHECK (error->code == (found->len ? BRI_ERROR_AMBIGUOUS : BRI_ERROR_NOT_FOUND));
      /* Even for names that are not UTF-8 (tests/regression/test-error-messages.c). */
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      g_error_free (error);
    }
  return found;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size > 4096)
    return 0;
  char *name = g_strndup ((const char *) data, size);

  char *norm = bri_name_normalize (name);
  FUZZ_CHECK ((norm == NULL) == !g_utf8_validate (name, -1, NULL));
  if (norm != NULL)
    {
      FUZZ_CHECK (g_utf8_validate (norm, -1, NULL));
      /* Also white space that NFKC turns into U+0020 (U+3000, U+00A0 …):
       * tests/regression/test-normalize-space.c. */
      if (*norm)
        {
          FUZZ_CHECK (!g_unichar_isspace (g_utf8_get_char (norm)));
          FUZZ_CHECK (!g_unichar_isspace (g_utf8_get_char (g_utf8_find_prev_char (norm, norm + strlen (norm)))));
        }
    }

  GPtrArray *found = check_find (base, name);
  g_ptr_array_unref (found);

  /* Every name finds its own entity: the input as the alias of a new one. */
  if (norm != NULL && *norm)
    {
      BriGraph *g = fuzz_base_graph ();
      BriEntity *e = bri_entity_new ("fuzz:x", "organization", "Fuzz");
      bri_entity_add_alias (e, name);
      GError *error = NULL;
      const BriEntity *added = bri_graph_add_entity (g, e, &error);
      if (added != NULL)
        {
          found = check_find (g, name);
          FUZZ_CHECK (contains (found, added));
          g_ptr_array_unref (found);
          /* The same text in the other script or case finds it too. */
          found = check_find (g, norm);
          FUZZ_CHECK (contains (found, added));
          g_ptr_array_unref (found);
        }
      else
        g_clear_error (&error);
      bri_graph_unref (g);
    }
  g_free (norm);
  g_free (name);
  return 0;
}
