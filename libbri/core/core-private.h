/* libbri/core/core-private.h — the store layer's internals: struct layouts
 * of the core types (entity, kind, relation, source, graph, problem) and
 * the helpers (`bri__*`) the store offers the layers above it. Never
 * installed; nothing here is exported. */
#ifndef BRI_CORE_PRIVATE_H
#define BRI_CORE_PRIVATE_H

#include <math.h>
#include <string.h>
#include <bri/bri.h>

#include "core/id-index.h"

/* An extra attribute list: a NULL-terminated array of name, value pairs
 * (attrs[2i] = name, attrs[2i+1] = value), or NULL for none. */
typedef char **BriAttrs;

struct _BriEntity {
  char *id, *kind, *name, *name_zh, *code, *parent_id;
  GPtrArray *aliases;           /* of char*, owned; NULL when none */
  BriAttrs attrs;               /* owned */
  const BriEntity *parent;      /* resolved once in a graph */
  guint32 index;                /* position in the graph */
  gboolean frozen;              /* belongs to a graph: immutable */
};

struct _BriKind {
  char *name, *description;
  gboolean directed, builtin;
};

/* A relation in a graph: kind, from, to (and via) point at the graph's
 * kind and entities, the strings into the graph's string chunk. A free
 * relation (bri_relation_new (), not yet added) is a BriFreeRelation,
 * whose names and ids it owns; its kind, from, to and via are NULL. The
 * four names live only there, so that a relation in a graph carries no
 * pointers nobody reads. */
struct _BriRelation {
  const BriKind *kind;          /* in a graph; NULL for a free relation */
  const BriEntity *from, *to, *via; /* in a graph (via may be NULL);
                                 * NULL for a free relation */
  /* Owned (g_strdup) by a free relation; in a graph, in its string chunk. */
  char *title, *sector, *event, *source, *evidence;
  BriAttrs attrs;               /* owned by the relation in both cases */
  double weight;                /* NAN when not given */
  double confidence;            /* NAN when not given */
  BriDate date, end_date;
  guint32 index;
  gboolean frozen;              /* in a graph */
};

typedef struct {
  BriRelation base;
  char *kind_name, *from_id, *to_id, *via_id; /* owned, via_id nullable */
} BriFreeRelation;

static inline const BriFreeRelation *
bri__free_relation (const BriRelation *r)
{
  return (const BriFreeRelation *) r;
}

/* A relation's kind and end ids, free or in a graph. */
static inline const char *
bri__relation_kind_name (const BriRelation *r)
{
  return r->frozen ? r->kind->name : bri__free_relation (r)->kind_name;
}

static inline const char *
bri__relation_from_id (const BriRelation *r)
{
  return r->frozen ? r->from->id : bri__free_relation (r)->from_id;
}

static inline const char *
bri__relation_to_id (const BriRelation *r)
{
  return r->frozen ? r->to->id : bri__free_relation (r)->to_id;
}

static inline const char *
bri__relation_via_id (const BriRelation *r)
{
  if (r->frozen)
    return r->via ? r->via->id : NULL;
  return bri__free_relation (r)->via_id;
}

struct _BriSource {
  char *id, *title, *publisher, *url, *language, *file, *path;
  BriDate date;
  BriAttrs attrs;
  gboolean frozen;
};

/* The interning cache starts at 16 KiB and grows 4-fold, up to 1 MiB,
 * each time a quarter of its slots have been filled since it was last
 * sized: a data set with a few hundred distinct titles, sectors and
 * sources keeps the small one, one with tens of thousands gets the
 * largest. */
#define BRI_INTERN_MIN_SLOTS 512
#define BRI_INTERN_MAX_SLOTS 32768 /* two ways per set */
#define BRI_INTERN_INLINE 16

typedef struct {
  const char *s;                /* NULL: empty */
  guint32 hash, len;
  char text[BRI_INTERN_INLINE]; /* the first bytes of s: a hit on a short
                                 * string reads nothing else */
} BriInternSlot;

struct _BriGraph {
  gint ref_count;
  BriGraph *base;               /* an overlay's read-only base (a reference), or NULL */
  GPtrArray *entities;          /* BriEntity*, owned */
  BriIdIndex *entity_by_id;     /* id -> BriEntity* (id-index.h) */
  GPtrArray *relations;         /* BriRelation*, stored in rel_slabs */
  GPtrArray *rel_slabs;         /* blocks of BRI_REL_SLAB relations; relation i
                                 * is rel_slabs[i / BRI_REL_SLAB][i % BRI_REL_SLAB] */
  const BriKind *last_kind;     /* the kind of the last relation added (cache) */
  GStringChunk *strings;        /* relation strings */
  /* Interned strings (title, sector, source) by their hash, before the
   * chunk's own hash table: a hit costs one strcmp instead of g_str_hash
   * and a lookup in a table whose keys are scattered over the chunk; a
   * slot keeps the first bytes inline, so that a hit on a short string
   * reads no other cache line. NULL until the first string is interned;
   * entries point into @strings, which only grows. */
  BriInternSlot *intern_cache;
  guint intern_slots;           /* a power of two */
  guint intern_fills;           /* slots filled since the cache was sized */
  GPtrArray *sources;           /* BriSource*, owned */
  GHashTable *source_by_id;
  GPtrArray *kinds;             /* BriKind*, owned */
  GHashTable *kind_by_name;
  /* Name index for bri_graph_find(), built lazily under index_lock. */
  GMutex index_lock;
  GHashTable *name_index;       /* normalised name -> GPtrArray of BriEntity* */
  guint index_n_entities;       /* entities covered by name_index */
};

struct _BriProblem {
  char *file;
  guint order;        /* 0 for the whole data set, 1 + the file's place in
                       * load order otherwise: problems sort by it first */
  guint line, column;
  BriProblemSeverity severity;
  GQuark domain;
  int code;
  char *message;
};

/* problem.c */
BriProblem *bri__problem_new (const char *file, guint line, guint column,
                              BriProblemSeverity severity, GQuark domain,
                              int code, const char *message);
/* Sets @error from @problem: `FILE:LINE:COL: message`. */
void bri__problem_to_error (const BriProblem *problem, GError **error);

#define BRI_REL_SLAB 4096

/* attrs.c */
extern const char *const bri__kind_columns[];
extern const char *const bri__source_columns[];
extern const char *const bri__entity_columns[];
extern const char *const bri__relation_columns[];
const char *bri__attrs_get (BriAttrs attrs, const char *name);
guint bri__attrs_count (BriAttrs attrs);
void bri__attrs_set (BriAttrs *attrs, const char *name, const char *value);
gboolean bri__attrs_equal (BriAttrs a, BriAttrs b);
BriAttrs bri__attrs_copy (BriAttrs attrs);

/* text.c: string rules shared by validation. */
gboolean bri__has_control_chars (const char *s);
gboolean bri__is_lower_word (const char *s);
guint bri__edit_distance (const char *a, const char *b);
const char *bri__nearest (const char *word, const char *const *candidates,
                          guint n, guint max_distance);
gboolean bri__str_equal0 (const char *a, const char *b);
char *bri__quote_text (const char *text);

/* graph.c: transactions for all-or-nothing loading. */
typedef struct {
  guint n_entities, n_relations, n_sources, n_kinds;
} BriGraphMark;
void bri__graph_mark (const BriGraph *graph, BriGraphMark *mark);
void bri__graph_rollback (BriGraph *graph, const BriGraphMark *mark);
/* Add an entity whose parent may be defined later in the same load; the
 * loader resolves parents with bri__graph_resolve_parents(). */
const BriEntity *bri__graph_add_entity_deferred (BriGraph *graph, BriEntity *entity,
                                                 const char **bad_field,
                                                 GError **error);
/* Validates @spec (a free relation: a BriFreeRelation) and stores a copy;
 * @spec's attrs are taken over on success. @spec is not freed. With
 * @trusted_text the strings are known to be valid UTF-8 without control
 * characters (the loader checked the file). */
const BriRelation *bri__graph_insert_relation (BriGraph *graph, BriRelation *spec,
                                               gboolean trusted_text,
                                               const char **bad_field,
                                               GError **error);
/* The checks of bri__graph_insert_relation() that do not depend on the
 * relation's ends (kind, dates, weight, confidence, text), in the same order
 * and with the same errors; nothing is stored. For a row whose from, to or
 * via names an entity whose own row failed. */
gboolean bri__graph_check_relation_values (BriGraph *graph, const BriRelation *spec,
                                           gboolean trusted_text, const char **bad_field,
                                           GError **error);
gboolean bri__graph_resolve_parent (BriGraph *graph, BriEntity *entity, GError **error);
gboolean bri__graph_check_parent_chain (BriGraph *graph, const BriEntity *entity,
                                        GError **error);

const BriSource *bri__graph_add_source_full (BriGraph *graph, BriSource *source,
                                             const char **bad_field, GError **error);
const BriKind *bri__graph_add_kind_full (BriGraph *graph, const char *name,
                                         gboolean directed, const char *description,
                                         const char **bad_field, GError **error);

/* An empty graph layered over @base: lookups fall through to @base, which
 * is only read (bri_dir_check() validates against it this way). */
BriGraph *bri__graph_new_overlay (BriGraph *base);

/* lookup.c */
void bri__graph_index_reset (BriGraph *graph);

/* A private entry of a kind table. */
const BriKind *bri__graph_kind_nearest (const BriGraph *graph, const char *name);
/* The id of an entity nearest to @id by edit distance, NULL when none is near. */
const char *bri__graph_entity_nearest (const BriGraph *graph, const char *id);

#endif /* BRI_CORE_PRIVATE_H */
