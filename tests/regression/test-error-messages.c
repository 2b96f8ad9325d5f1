/* tests/regression/test-error-messages.c — fixed in f947776; the
 * description below is of the bug as it was:
 * error messages that quote the caller's text copy its bytes as they are,
 * so text that is not UTF-8 makes a GError message that is not UTF-8
 * either (found by fuzz/fuzz-date: the input `2024/0\xca\xd301`). GLib
 * requires GError messages to be UTF-8; the Python binding decodes them
 * and would raise UnicodeDecodeError instead of BriError, and the CLI
 * prints the raw bytes (control characters included) to the terminal.
 *   - libbri/core/date.c, bri_date_parse(): the two g_set_error() calls
 *     ("invalid date '%s'…", "impossible date '%s'…") pass @text as it is;
 *   - libbri/core/lookup.c, bri_graph_resolve(): "no entity named '%s'…" and
 *     "'%s' is ambiguous…" pass @name as it is.
 * Fix: quote through one helper that replaces invalid bytes
 * (g_utf8_make_valid()) and escapes control characters, e.g.
 * bri__quote_text() in libbri/core/text.c.
 */
#include "../unit/test-util.h"

TestSuite (error_messages);

Test (error_messages, date_parse_message_is_utf8)
{
  BriDate d;
  g_autoptr (GError) error = NULL;
  cr_assert_not (bri_date_parse ("2024/0\xca\xd3" "01", &d, &error));
  cr_assert_not_null (error);
  cr_expect (g_utf8_validate (error->message, -1, NULL), "not UTF-8: %s", error->message);
  g_clear_error (&error);
  cr_assert_not (bri_date_parse ("2024-\xff" "1", &d, &error));
  cr_expect (g_utf8_validate (error->message, -1, NULL), "not UTF-8: %s", error->message);
}

Test (error_messages, resolve_message_is_utf8)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("country:LA", "country", "Laos"), NULL));
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_graph_resolve (g, "La\xff" "os", &error));
  cr_assert_not_null (error);
  cr_expect (g_utf8_validate (error->message, -1, NULL), "not UTF-8: %s", error->message);
}
