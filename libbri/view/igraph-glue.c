/* libbri/view/igraph-glue.c — owns libbri's boundary with igraph's global state:
 * the library-wide lock, libbri's error and warning handlers, and the
 * conversion of igraph errors into GError (see igraph-glue.h). No other
 * module sets igraph handlers. */
#include "config.h"

#include "view/igraph-glue.h"
#include <bri/error.h>

static GRecMutex glue_lock;
static guint glue_depth;                       /* nesting, under glue_lock */
static igraph_error_handler_t *saved_error_handler;
static igraph_warning_handler_t *saved_warning_handler;
/* libbri's own random generator, swapped in as igraph's default while a
 * seeded computation runs, so the host's generator is never reseeded. */
static igraph_rng_t bri_rng;
static gboolean bri_rng_ready;
/* igraph 0.10.2's igraph_rng_set_default() copies the struct (type, state
 * pointer, seeded flag) into its own default, so the host's default is
 * saved and restored by value. */
static igraph_rng_t saved_rng;
static gboolean rng_swapped;

/* The first error since the outermost enter. */
static struct {
  gboolean set;
  igraph_error_t code;
  char *reason;
  char *file;
  int line;
} recorded;

static void
bri__error_handler (const char *reason, const char *file, int line,
                    igraph_error_t igraph_errno)
{
  if (!recorded.set)
    {
      recorded.set = TRUE;
      recorded.code = igraph_errno;
      recorded.reason = g_strdup (reason ? reason : "");
      recorded.file = g_strdup (file ? file : "?");
      recorded.line = line;
    }
  /* As igraph_error_handler_ignore does: free what the failing function put
   * on the FINALLY stack, then return so the error code travels up. */
  IGRAPH_FINALLY_FREE ();
}

static void
bri__warning_handler (const char *reason, const char *file, int line)
{
  /* The library never prints. */
}

static void
recorded_clear (void)
{
  g_clear_pointer (&recorded.reason, g_free);
  g_clear_pointer (&recorded.file, g_free);
  recorded.set = FALSE;
  recorded.code = IGRAPH_SUCCESS;
  recorded.line = 0;
}

void
bri__igraph_enter (void)
{
  g_rec_mutex_lock (&glue_lock);
  if (glue_depth++ == 0)
    {
      recorded_clear ();
      saved_error_handler = igraph_set_error_handler (bri__error_handler);
      saved_warning_handler = igraph_set_warning_handler (bri__warning_handler);
    }
}

gboolean
bri__igraph_failed (void)
{
  return recorded.set;
}

void
bri__igraph_seed (guint64 seed)
{
  /* PCG32, the type of igraph's own default generator: a seed gives the
   * same random stream as igraph_rng_seed (igraph_rng_default (), seed)
   * in a bare igraph program, hence the same communities in the same
   * time (with MT19937 Louvain on M took 2.4x the bare call at seed 42:
   * another visiting order, not libbri overhead). */
  if (!bri_rng_ready)
    bri_rng_ready = igraph_rng_init (&bri_rng, &igraph_rngtype_pcg32) == IGRAPH_SUCCESS;
  if (!bri_rng_ready)
    return;                     /* the error was recorded by the handler */
  igraph_rng_seed (&bri_rng, (igraph_uint_t) seed);
  bri_rng.is_seeded = TRUE;
  if (!rng_swapped)
    {
      saved_rng = *igraph_rng_default ();
      rng_swapped = TRUE;
    }
  igraph_rng_set_default (&bri_rng);
}

gboolean
bri__igraph_leave (igraph_error_t rc, GError **error)
{
  gboolean ok = (rc == IGRAPH_SUCCESS && !recorded.set);

  if (!ok)
    {
      igraph_error_t code = recorded.set ? recorded.code : rc;
      const char *text = igraph_strerror (code);
      if (code == IGRAPH_ENOMEM)
        g_set_error (error, BRI_ERROR, BRI_ERROR_GRAPH,
                     "igraph: out of memory: %s (%s:%d)",
                     recorded.set ? recorded.reason : text,
                     recorded.set ? recorded.file : "?",
                     recorded.set ? recorded.line : 0);
      else if (recorded.set)
        g_set_error (error, BRI_ERROR, BRI_ERROR_GRAPH,
                     "igraph: %s: %s (%s:%d)", text, recorded.reason,
                     recorded.file, recorded.line);
      else
        g_set_error (error, BRI_ERROR, BRI_ERROR_GRAPH, "igraph: %s", text);
    }

  if (--glue_depth == 0)
    {
      igraph_set_error_handler (saved_error_handler);
      igraph_set_warning_handler (saved_warning_handler);
      saved_error_handler = NULL;
      saved_warning_handler = NULL;
      if (rng_swapped)
        {
          igraph_rng_set_default (&saved_rng);
          rng_swapped = FALSE;
        }
      recorded_clear ();
    }
  g_rec_mutex_unlock (&glue_lock);
  return ok;
}
