/* tests/regression/test-normalize-space.c — fixed in f947776; the
 * description below is of the bug as it was:
 * bri_name_normalize() strips white space *before* NFKC, so white space
 * that NFKC maps to U+0020 survives at the ends of the normalised name:
 * U+3000 IDEOGRAPHIC SPACE (common in Chinese text), U+00A0 NO-BREAK SPACE
 * (common in text copied from web pages), U+2000..U+200A, U+202F, U+205F.
 * "\u3000老挝" normalises to " 老挝", so bri_graph_find() does not find Laos
 * by it, although graph.h promises "surrounding white space removed"; and
 * the normalisation is not idempotent (normalising " 老挝" again gives
 * "老挝"). fuzz/fuzz-find.c's invariant catches it on the input
 * "\u3000老挝".
 *   libbri/core/lookup.c, bri_name_normalize(): g_strstrip() runs on the input
 *   only; NFKC and case folding come after it.
 * Fix: strip after normalising too (NFKC maps every such space to U+0020,
 * so g_strstrip() on the NFKC result suffices), e.g.
 *   g_autofree char *nfkc = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
 *   g_strstrip (nfkc); ... then t2s and casefold.
 *
 */
#include "../unit/test-util.h"

TestSuite (normalize_space);

static const char *const spaced[] = {
  "\xe3\x80\x80\xe8\x80\x81\xe6\x8c\x9d",   /* U+3000 老挝 */
  "\xe8\x80\x81\xe6\x8c\x9d\xe3\x80\x80",   /* 老挝 U+3000 */
  "\xc2\xa0Laos",                          /* U+00A0 Laos */
  "Laos\xe2\x80\x83",                      /* Laos U+2003 */
  NULL,
};

Test (normalize_space, unicode_spaces_are_stripped)
{
  for (guint i = 0; spaced[i]; i++)
    {
      g_autofree char *n = bri_name_normalize (spaced[i]);
      cr_assert_not_null (n);
      g_autofree char *again = bri_name_normalize (n);
      cr_expect_str_eq (n, again, "not idempotent: '%s' -> '%s' -> '%s'", spaced[i], n, again);
      cr_expect (n[0] != ' ' && n[strlen (n) - 1] != ' ', "'%s' -> '%s'", spaced[i], n);
    }
}

Test (normalize_space, find_ignores_unicode_spaces)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  BriEntity *e = bri_entity_new ("country:LA", "country", "Laos");
  bri_entity_set_name_zh (e, "\xe8\x80\x81\xe6\x8c\x9d");
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  for (guint i = 0; spaced[i]; i++)
    {
      g_autoptr (GPtrArray) found = bri_graph_find (g, spaced[i]);
      cr_expect_eq (found->len, 1, "'%s' finds %u entities", spaced[i], found->len);
    }
}
