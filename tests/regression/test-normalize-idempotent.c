/* tests/regression/test-normalize-idempotent.c — bri_name_normalize() must
 * be idempotent (a normalised name normalises to itself, so it finds its
 * own entity). Found by fuzz/fuzz-find on "雲Ꮧ" (its artifact is in
 * fuzz/corpus/fuzz-find/regress-cherokee), fixed with this test:
 *  - GLib's g_utf8_casefold maps a Cherokee capital (U+13A0..U+13F5) to its
 *    small letter but a small letter (U+AB70..U+ABBF, U+13F8..U+13FD) back
 *    to the capital: folding twice undid the first fold (172 code points).
 *    libbri/core/lookup.c, fold_cherokee(), folds to the capitals as Unicode's
 *    CaseFolding.txt does.
 *  - OpenCC's t2s converts 薴 (U+85B4) to 苧 and 苧 again to 苎. lookup.c,
 *    to_simplified(), converts until nothing changes.
 * The test normalises every Unicode scalar value twice (2 s natively);
 * under valgrind (BRI_VALGRIND=1) every 61st one plus the Cherokee blocks. */
#include "../unit/test-util.h"

TestSuite (normalize_idempotent);

static void
expect_idempotent (const char *s)
{
  g_autofree char *n = bri_name_normalize (s);
  cr_assert_not_null (n, "'%s' did not normalise", s);
  g_autofree char *again = bri_name_normalize (n);
  cr_expect_str_eq (n, again, "not idempotent: '%s' -> '%s' -> '%s'", s, n, again);
}

Test (normalize_idempotent, the_fuzzers_input_and_its_parts)
{
  expect_idempotent ("\xe9\x9b\xb2\xe1\x8f\x97");             /* 雲Ꮧ */
  expect_idempotent ("\xe1\x8f\x97");                         /* Ꮧ U+13D7 */
  expect_idempotent ("\xea\xae\xa7");                         /* ꮧ U+ABA7 */
  expect_idempotent ("\xe8\x96\xb4");                         /* 薴 U+85B4 */
  /* Capital and small Cherokee are one name; so are 薴, 苧 and 苎. */
  g_autofree char *cap = bri_name_normalize ("\xe1\x8f\x97");
  g_autofree char *small = bri_name_normalize ("\xea\xae\xa7");
  cr_expect_str_eq (cap, small);
  cr_expect_str_eq (cap, "\xe1\x8f\x97", "Cherokee folds to the capital letter");
  g_autofree char *a = bri_name_normalize ("\xe8\x96\xb4");
  g_autofree char *b = bri_name_normalize ("\xe8\x8b\xa7");  /* 苧 */
  cr_expect_str_eq (a, b);
  cr_expect_str_eq (a, "\xe8\x8b\x8e");                       /* 苎 */
}

Test (normalize_idempotent, every_code_point)
{
  gboolean slow = g_strcmp0 (g_getenv ("BRI_VALGRIND"), "1") == 0;
  guint n_bad = 0, n_checked = 0;
  for (gunichar c = 1; c < 0x110000; c++)
    {
      if (c >= 0xD800 && c < 0xE000)
        continue;
      gboolean cherokee = (c >= 0x13A0 && c <= 0x13FD) || (c >= 0xAB70 && c <= 0xABBF);
      if (slow && c % 61 != 0 && !cherokee)
        continue;
      char s[8];
      s[g_unichar_to_utf8 (c, s)] = '\0';
      g_autofree char *n = bri_name_normalize (s);
      g_autofree char *again = n ? bri_name_normalize (n) : NULL;
      n_checked++;
      if (!n || g_strcmp0 (n, again) != 0)
        {
          if (n_bad++ < 10)
            cr_log_error ("U+%04X: '%s' -> '%s' -> '%s'", c, s, n ? n : "(null)",
                          again ? again : "(null)");
        }
    }
  cr_expect_eq (n_bad, 0, "%u of %u code points do not normalise idempotently", n_bad, n_checked);
}

/* The fuzzer's own invariant: the input as an alias finds its entity, also
 * by its normalised form. */
Test (normalize_idempotent, alias_finds_its_entity_by_normalised_form)
{
  const char *names[] = { "\xe9\x9b\xb2\xe1\x8f\x97", "\xea\xae\xa7\xe8\x96\xb4", NULL };
  for (guint i = 0; names[i]; i++)
    {
      g_autoptr (BriGraph) g = bri_graph_new ();
      BriEntity *e = bri_entity_new ("fuzz:x", "organization", "Fuzz");
      bri_entity_add_alias (e, names[i]);
      const BriEntity *added = bri_graph_add_entity (g, e, NULL);
      cr_assert_not_null (added);
      g_autofree char *norm = bri_name_normalize (names[i]);
      g_autoptr (GPtrArray) by_name = bri_graph_find (g, names[i]);
      g_autoptr (GPtrArray) by_norm = bri_graph_find (g, norm);
      cr_expect_eq (by_name->len, 1);
      cr_expect_eq (by_norm->len, 1, "'%s' (normalised from '%s') finds nothing", norm, names[i]);
    }
}
