/* libbri/core/id-index.h — the graph's entity id index: id -> BriEntity*.
 *
 * Loading resolves two or three entity ids per relation (from, to, via).
 * With a GHashTable each lookup reads four scattered places — the hashes,
 * keys and values arrays and the separately allocated id — four cache
 * misses once 100k entities no longer fit in cache. Here a slot is one
 * 64-byte cache line holding the hash, the entity and, for ids shorter
 * than BRI_ID_INLINE bytes, the id itself: one miss per lookup. Linear
 * probing, power-of-two capacity, at most 5/8 full, backward-shift
 * deletion (no tombstones). Not thread-safe for writers; concurrent
 * lookups are safe (nothing is written by a lookup). */
#ifndef BRI_ID_INDEX_H
#define BRI_ID_INDEX_H

#include <glib.h>

#include <bri/entity.h>

#define BRI_ID_INLINE 44

typedef struct _BriIdIndex BriIdIndex;

/* The index's string hash (every byte counts; sets *@len to strlen (@s)).
 * Also keys the graph's string-interning cache. */
guint32 bri__hash_string (const char *s, gsize *len);

BriIdIndex *bri__id_index_new (void);
void bri__id_index_free (BriIdIndex *index);
/* The entity with @id, or NULL. */
BriEntity *bri__id_index_lookup (const BriIdIndex *index, const char *id);
/* Starts loading the slot where @id would be into the cache (a hint: a
 * lookup of @id shortly after does not wait for memory). */
void bri__id_index_prefetch (const BriIdIndex *index, const char *id);
/* Adds @entity under @id (which must stay valid while it is indexed: the
 * entity's own id), replacing any entity with the same id. */
void bri__id_index_insert (BriIdIndex *index, const char *id, BriEntity *entity);
/* Removes @id; nothing happens when it is not there. */
void bri__id_index_remove (BriIdIndex *index, const char *id);

#endif
