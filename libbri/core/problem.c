/* libbri/core/problem.c — BriProblem: one located finding about a data set, as
 * listed by bri_dir_check() and turned into the GError of a failed load. */
#include "config.h"
#include "core/core-private.h"

BriProblem *
bri__problem_new (const char *file, guint line, guint column,
                  BriProblemSeverity severity, GQuark domain, int code,
                  const char *message)
{
  BriProblem *p = g_new0 (BriProblem, 1);
  p->file = g_strdup (file);
  p->line = line;
  p->column = column;
  p->severity = severity;
  p->domain = domain;
  p->code = code;
  p->message = g_strdup (message);
  return p;
}

void
bri_problem_free (BriProblem *p)
{
  if (!p)
    return;
  g_free (p->file);
  g_free (p->message);
  g_free (p);
}

const char *bri_problem_get_file (const BriProblem *p) { return p->file; }
guint bri_problem_get_line (const BriProblem *p) { return p->line; }
guint bri_problem_get_column (const BriProblem *p) { return p->column; }
BriProblemSeverity bri_problem_get_severity (const BriProblem *p) { return p->severity; }
int bri_problem_get_code (const BriProblem *p) { return p->code; }
const char *bri_problem_get_message (const BriProblem *p) { return p->message; }

static char *
format (const BriProblem *p)
{
  const char *warn = p->severity == BRI_PROBLEM_WARNING ? "warning: " : "";
  if (!p->file)
    return g_strdup_printf ("%s%s", warn, p->message);
  if (p->line == 0)
    return g_strdup_printf ("%s: %s%s", p->file, warn, p->message);
  return g_strdup_printf ("%s:%u:%u: %s%s", p->file, p->line, p->column, warn,
                          p->message);
}

char *
bri_problem_to_string (const BriProblem *p)
{
  g_return_val_if_fail (p != NULL, NULL);
  return format (p);
}

void
bri__problem_to_error (const BriProblem *p, GError **error)
{
  g_autofree char *msg = format (p);
  g_set_error_literal (error, p->domain, p->code, msg);
}
