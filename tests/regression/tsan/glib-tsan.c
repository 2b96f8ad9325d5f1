/* tests/regression/tsan/glib-tsan.c — tells ThreadSanitizer about GLib's
 * locks. Debian's GLib is not built with TSan and its GMutex is a futex of
 * its own on Linux (not a pthread mutex), so TSan sees neither side of a
 * g_mutex_lock()/g_mutex_unlock() pair and reports every access they
 * protect as a race (libbri's name index and OpenCC locks, for instance).
 * Linked into the TSan test programs, these definitions come before
 * GLib's in symbol lookup: each calls GLib's own function and adds the
 * acquire or release TSan needs (g_cond_wait releases and reacquires its
 * mutex). GRecMutex and GThread are built on pthreads, which TSan already
 * understands. GLib's own locked structures (GAsyncQueue) stay invisible:
 * libbri locks its queues itself. Compiled to nothing without
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

/* The real functions, looked up before main (a lazy lookup on first use
 * was itself a race when two threads first locked at once). */
static MutexFunc real_g_mutex_lock, real_g_mutex_unlock;
static TryFunc real_g_mutex_trylock;
static LeaveFunc real_g_once_init_leave;
static EnterFunc real_g_once_init_enter;
static void (*real_g_cond_wait) (GCond *, GMutex *);

__attribute__ ((constructor)) static void
find_real_functions (void)
{
  real_g_mutex_lock = (MutexFunc) real ("g_mutex_lock");
  real_g_mutex_unlock = (MutexFunc) real ("g_mutex_unlock");
  real_g_mutex_trylock = (TryFunc) real ("g_mutex_trylock");
  real_g_once_init_leave = (LeaveFunc) real ("g_once_init_leave");
  real_g_once_init_enter = (EnterFunc) real ("g_once_init_enter");
  real_g_cond_wait = (void (*) (GCond *, GMutex *)) real ("g_cond_wait");
}

void
g_mutex_lock (GMutex *mutex)
{
  MutexFunc f = real_g_mutex_lock;
  if (!f) /* before the constructor ran */
    f = real ("g_mutex_lock");
  f (mutex);
  __tsan_acquire (mutex);
}

gboolean
g_mutex_trylock (GMutex *mutex)
{
  TryFunc f = real_g_mutex_trylock;
  if (!f) /* before the constructor ran */
    f = real ("g_mutex_trylock");
  gboolean locked = f (mutex);
  if (locked)
    __tsan_acquire (mutex);
  return locked;
}

void
g_mutex_unlock (GMutex *mutex)
{
  MutexFunc f = real_g_mutex_unlock;
  if (!f) /* before the constructor ran */
    f = real ("g_mutex_unlock");
  __tsan_release (mutex);
  f (mutex);
}

/* g_cond_wait() unlocks and relocks the mutex inside GLib. */
void
g_cond_wait (GCond *cond, GMutex *mutex)
{
  void (*f) (GCond *, GMutex *) = real_g_cond_wait;
  if (!f) /* before the constructor ran */
    f = (void (*) (GCond *, GMutex *)) real ("g_cond_wait");
  __tsan_release (mutex);
  f (cond, mutex);
  __tsan_acquire (mutex);
}

/* g_once_init_enter()'s fast path is an atomic load in the caller (which
 * TSan sees); its store is in GLib (which it does not). */
void
(g_once_init_leave) (volatile void *location, gsize result)
{
  LeaveFunc f = real_g_once_init_leave;
  if (!f) /* before the constructor ran */
    f = real ("g_once_init_leave");
  __tsan_release ((void *) location);
  f (location, result);
}

gboolean
(g_once_init_enter) (volatile void *location)
{
  EnterFunc f = real_g_once_init_enter;
  if (!f) /* before the constructor ran */
    f = real ("g_once_init_enter");
  gboolean first = f (location);
  __tsan_acquire ((void *) location);
  return first;
}
#endif
