/* libbri/core/id-index.c — owns BriIdIndex, the cache-friendly id -> entity
 * table of a graph (see id-index.h for why it is not a GHashTable). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "core/id-index.h"

typedef struct {
  guint32 hash;
  guint32 len;                  /* id length + 1; 0: an empty slot */
  BriEntity *entity;
  union {
    char text[BRI_ID_INLINE + 4]; /* ids of up to BRI_ID_INLINE bytes, NUL-ended */
    const char *ptr;            /* longer ids: the caller's string */
  } id;
} Slot;

G_STATIC_ASSERT (sizeof (Slot) == 64);

struct _BriIdIndex {
  Slot *slots;                  /* 64-byte aligned */
  gsize mask;                   /* capacity - 1 */
  gsize used;
};

/* Eight bytes at a time (strlen first: glibc's is vectorised), a multiply
 * per word, MurmurHash3's 64-bit finaliser so that the low bits (the slot)
 * depend on every byte: ids are hashed twice per end of every relation
 * (prefetch, then lookup), so the hash must be cheap per byte. */
guint32
bri__hash_string (const char *id, gsize *len)
{
  const guint64 k = 0x9E3779B97F4A7C15ULL;
  gsize n = strlen (id);
  *len = n;
  guint64 h = n * k;
  const unsigned char *p = (const unsigned char *) id;
  for (; n >= 8; n -= 8, p += 8)
    {
      guint64 w;
      memcpy (&w, p, 8);
      h = (h ^ w) * k;
      h = (h << 31) | (h >> 33);
    }
  if (n)
    {
      guint64 w = 0;
      for (gsize i = 0; i < n; i++)
        w |= (guint64) p[i] << (8 * i);
      h = (h ^ w) * k;
    }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return (guint32) h;
}

static inline const char *
slot_id (const Slot *s)
{
  return s->len - 1 <= BRI_ID_INLINE ? s->id.text : s->id.ptr;
}

#define HUGE_PAGE (2u << 20)

/* Slots are 64-byte aligned (a slot is a cache line). A table of 2 MiB or
 * more is 2 MiB aligned and asks for transparent huge pages: lookups are
 * random, and with 4 KiB pages nearly every one also missed the TLB (a
 * costly two-level page walk in a VM; perf put more time in the lookups
 * than in the cache misses themselves). */
static Slot *
slots_new (gsize capacity)
{
  gsize bytes = capacity * sizeof (Slot);
  void *p = NULL;
  if (bytes >= HUGE_PAGE)
    {
      bytes = (bytes + HUGE_PAGE - 1) & ~(gsize) (HUGE_PAGE - 1);
      if (posix_memalign (&p, HUGE_PAGE, bytes) != 0)
        g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, bytes);
#ifdef MADV_HUGEPAGE
      madvise (p, bytes, MADV_HUGEPAGE);
#endif
    }
  else if (posix_memalign (&p, 64, bytes) != 0)
    g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, bytes);
  memset (p, 0, bytes);
  return p;
}

BriIdIndex *
bri__id_index_new (void)
{
  BriIdIndex *index = g_new0 (BriIdIndex, 1);
  index->mask = 15;
  index->slots = slots_new (index->mask + 1);
  return index;
}

void
bri__id_index_free (BriIdIndex *index)
{
  if (index == NULL)
    return;
  free (index->slots);
  g_free (index);
}

/* The slot holding @id, or the empty slot where it would go. */
static Slot *
probe (const BriIdIndex *index, const char *id, guint32 hash, gsize len)
{
  for (gsize i = hash & index->mask;; i = (i + 1) & index->mask)
    {
      Slot *s = &index->slots[i];
      if (s->len == 0
          || (s->hash == hash && s->len == len + 1 && memcmp (slot_id (s), id, len) == 0))
        return s;
    }
}

BriEntity *
bri__id_index_lookup (const BriIdIndex *index, const char *id)
{
  gsize len;
  guint32 hash = bri__hash_string (id, &len);
  if (len >= G_MAXUINT32)
    return NULL;
  Slot *s = probe (index, id, hash, len);
  return s->len ? s->entity : NULL;
}

void
bri__id_index_prefetch (const BriIdIndex *index, const char *id)
{
  gsize len;
  guint32 hash = bri__hash_string (id, &len);
  __builtin_prefetch (&index->slots[hash & index->mask]);
}

static void
put (Slot *s, const char *id, guint32 hash, gsize len, BriEntity *entity)
{
  s->hash = hash;
  s->len = (guint32) len + 1;
  s->entity = entity;
  if (len <= BRI_ID_INLINE)
    memcpy (s->id.text, id, len + 1);
  else
    s->id.ptr = id;
}

static void
grow (BriIdIndex *index)
{
  Slot *old = index->slots;
  gsize old_capacity = index->mask + 1;
  index->mask = old_capacity * 2 - 1;
  index->slots = slots_new (old_capacity * 2);
  for (gsize i = 0; i < old_capacity; i++)
    if (old[i].len)
      {
        gsize j = old[i].hash & index->mask;
        while (index->slots[j].len)
          j = (j + 1) & index->mask;
        index->slots[j] = old[i];
      }
  free (old);
}

void
bri__id_index_insert (BriIdIndex *index, const char *id, BriEntity *entity)
{
  gsize len;
  guint32 hash = bri__hash_string (id, &len);
  g_return_if_fail (len < G_MAXUINT32 - 1);
  if ((index->used + 1) * 8 > (index->mask + 1) * 5)
    grow (index);
  Slot *s = probe (index, id, hash, len);
  if (s->len == 0)
    index->used++;
  put (s, id, hash, len, entity);
}

void
bri__id_index_remove (BriIdIndex *index, const char *id)
{
  gsize len;
  guint32 hash = bri__hash_string (id, &len);
  Slot *s = probe (index, id, hash, len);
  if (s->len == 0)
    return;
  /* Backward-shift deletion: move later members of the probe run into the
   * hole when their home slot does not lie strictly inside (hole, them]. */
  gsize hole = (gsize) (s - index->slots);
  for (gsize j = (hole + 1) & index->mask; index->slots[j].len; j = (j + 1) & index->mask)
    {
      gsize home = index->slots[j].hash & index->mask;
      gboolean stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
      if (!stays)
        {
          index->slots[hole] = index->slots[j];
          hole = j;
        }
    }
  memset (&index->slots[hole], 0, sizeof (Slot));
  index->used--;
}
