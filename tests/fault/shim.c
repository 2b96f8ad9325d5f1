/* tests/fault/shim.c — an LD_PRELOAD shim for fault injection: with
 * BRI_FAULT_AT=N in the environment, the Nth call to write(), fsync() or
 * rename() in the process fails (ENOSPC, EIO, EIO) and a line saying so
 * goes to stderr. Everything else passes through to libc. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static long calls;

static int
should_fail (const char *what)
{
  const char *at = getenv ("BRI_FAULT_AT");
  if (!at || ++calls != atol (at))
    return 0;
  char line[96];
  int n = snprintf (line, sizeof line, "fault injected at call %ld (%s)\n", calls, what);
  syscall (SYS_write, 2, line, (size_t) n);
  return 1;
}

ssize_t
write (int fd, const void *buf, size_t len)
{
  static ssize_t (*real) (int, const void *, size_t);
  if (!real)
    real = (ssize_t (*) (int, const void *, size_t)) dlsym (RTLD_NEXT, "write");
  if (should_fail ("write"))
    {
      errno = ENOSPC;
      return -1;
    }
  return real (fd, buf, len);
}

int
fsync (int fd)
{
  static int (*real) (int);
  if (!real)
    real = (int (*) (int)) dlsym (RTLD_NEXT, "fsync");
  if (should_fail ("fsync"))
    {
      errno = EIO;
      return -1;
    }
  return real (fd);
}

int
rename (const char *from, const char *to)
{
  static int (*real) (const char *, const char *);
  if (!real)
    real = (int (*) (const char *, const char *)) dlsym (RTLD_NEXT, "rename");
  if (should_fail ("rename"))
    {
      errno = EIO;
      return -1;
    }
  return real (from, to);
}
