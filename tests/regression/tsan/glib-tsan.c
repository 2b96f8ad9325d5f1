/* tests/regression/tsan/glib-tsan.c — tells ThreadSanitizer about GLib's
 * locks. Debian's GLib is not built with TSan and its GMutex is a futex of
 * its own on Linux (not a pthread mutex), so TSan sees neither side of a
 * g_mutex_lock()/g_mutex_unlock() pair and reports every access they
 * protect as a race (libbri's name index and OpenCC locks, for instance).
 * Linked into the TSan test programs, these definitions come before
 * GLib's in symbol lookup: each calls GLib's own function and adds the
 * acquire or release TSan needs. GRecMutex, GThread and GCond are built on
 * pthreads, which TSan already understands. Compiled to nothing without
 * TSan. */
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define BRI_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define BRI_TSAN 1
#endif

#ifdef BRI_TSAN
#define _GNU_SOURCE
#include <dlfcn.h>
#include <glib.h>
#include <sanitizer/tsan_interface.h>
#include <stdlib.h>

typedef void (*MutexFunc) (GMutex *);
typedef gboolean (*TryFunc) (GMutex *);
typedef void (*LeaveFunc) (volatile void *, gsize);
typedef gboolean (*EnterFunc) (volatile void *);

static void *
real (const char *name)
{
  void *f = dlsym (RTLD_NEXT, name);
  if (f == NULL)
    abort ();
  return f;
}

void
g_mutex_lock (GMutex *mutex)
{
  static MutexFunc f;
  if (!f)
    f = (MutexFunc) real ("g_mutex_lock");
  f (mutex);
  __tsan_acquire (mutex);
}

gboolean
g_mutex_trylock (GMutex *mutex)
{
  static TryFunc f;
  if (!f)
    f = (TryFunc) real ("g_mutex_trylock");
  gboolean locked = f (mutex);
  if (locked)
    __tsan_acquire (mutex);
  return locked;
}

void
g_mutex_unlock (GMutex *mutex)
{
  static MutexFunc f;
  if (!f)
    f = (MutexFunc) real ("g_mutex_unlock");
  __tsan_release (mutex);
  f (mutex);
}

/* g_once_init_enter()'s fast path is an atomic load in the caller (which
 * TSan sees); its store is in GLib (which it does not). */
void
(g_once_init_leave) (volatile void *location, gsize result)
{
  static LeaveFunc f;
  if (!f)
    f = (LeaveFunc) real ("g_once_init_leave");
  __tsan_release ((void *) location);
  f (location, result);
}

gboolean
(g_once_init_enter) (volatile void *location)
{
  static EnterFunc f;
  if (!f)
    f = (EnterFunc) real ("g_once_init_enter");
  gboolean first = f (location);
  __tsan_acquire ((void *) location);
  return first;
}
#endif
