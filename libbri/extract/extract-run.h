/* libbri/extract/extract-run.h — the internals of an extraction run, shared
 * by the driver's files: the extractor and the result (their structs), the
 * mentions of a sentence, the sentence's context and its tagged segments.
 * The modules these build on (text, trie, dates, rules, proposals, persons)
 * are declared in extract-private.h. Never installed. */
#ifndef BRI_EXTRACT_RUN_H
#define BRI_EXTRACT_RUN_H

#include "extract-private.h"

/* The trie value of 双方, 两国: the two parties of the event. */
#define BRI_VALUE_BOTH G_MAXUINT
/* The most further parties one mention stands for. */
#define BRI_MAX_MORE 15

/* ---- extract-extractor.c, extract-lexicon.c -------------------------- */

struct _BriExtractor {
  BriGraph *graph;
  BriT2s *t2s;
  BriTrie *trie;
  GPtrArray *rules;
  gboolean has_name_rules;
  GHashTable *abbrev;     /* gunichar → const BriEntity*: 中, 越, 吉 … */
  GRegex *event_re;       /* marked event names (extract-mark-events.c) */
  GPtrArray *titles;      /* titles.csv: titles of people who speak for a country, longest first */
  const BriEntity *china; /* whom a title with no country before it names */
  GHashTable *boundary_words;  /* boundary-words.csv: frequent words, folded (a set) */
};

/* Adds @name (folded; names under two characters are skipped) to the trie
 * with @value. */
void bri__extractor_add_name (BriExtractor *ex, const char *name, guint value);
/* The tables next to the rules file in @rules_dir and the gazetteer's
 * beside it: country abbreviations, titles, leaders, boundary words (all
 * optional). */
gboolean bri__extractor_load_lexicon (BriExtractor *ex, const char *rules_dir, GError **error);

/* ---- extract-result.c, extract-save.c ------------------------------- */

typedef struct {
  char *name, *sentence, *source, *reason;
} BriCandidate;

struct _BriExtractResult {
  GPtrArray *relations;   /* BriRelation*, owned */
  GPtrArray *candidates;  /* BriCandidate*, owned */
  GHashTable *seen;       /* relation keys */
  GHashTable *seen_candidates;
  GHashTable *seen_pairs;  /* kind|from|to|source of the relations proposed */
  BriProposals *proposals; /* entities the text marks and the data set lacks */
  GPtrArray *sources;      /* BriSource*, owned: one per document read */
};

/* Adds a candidate once per name and source; @reason may be NULL. */
void bri__extract_result_add_candidate (BriExtractResult *res, const char *name,
                                        const char *sentence, const char *source,
                                        const char *reason);

/* ---- extract-mentions.c, extract-marked.c, extract-resolve.c ----------- */

typedef struct {
  gsize start, end;          /* in norm */
  const BriEntity *e;        /* NULL for 双方/两国 until resolved */
  /* The further parties a mention stands for: the second party of 双方,
   * the other members of a group named by count (五国). Tagged as
   * \x01k|(j+1)<<16\x02. */
  const BriEntity *more[BRI_MAX_MORE];
  guint n_more;
  gboolean both;
  gboolean two_countries;    /* 两国: the two parties are countries */
  guint count;               /* N of 五国/三国 (N ≥ 3), 0 otherwise */
  const BriEntity *orig;     /* a short form's own country (中方), when resolved to a body */
} BriMention;

/* A proposal made in the current text and the sentence it was first seen
 * in: an unused one becomes a candidate at the end. */
typedef struct {
  const BriEntity *e;
  char *sentence;
} BriFresh;
void bri__fresh_clear (gpointer fresh);

/* The country @e is or lies in, or NULL. */
const BriEntity *bri__extract_country_of (const BriEntity *e);
/* Whether @a is a parent, grandparent … of @e. */
gboolean bri__extract_is_ancestor (const BriEntity *a, const BriEntity *e);
/* A city or province: a name may grow from it, it may host. */
gboolean bri__extract_is_place (const BriEntity *e);

/* The mentions (BriMention) of norm[a, b), longest first, left to right.
 * With @outer, the names inside the name of @outer that spans norm[a, b):
 * no match covers it all, and no match names @outer again (沈阳韩国周
 * inside 第22届沈阳韩国周). */
GArray *bri__mentions_find (const BriExtractor *ex, const char *norm, gsize a, gsize b,
                            const BriEntity *outer);
/* 中国新疆, 广西南宁, 泰国商业部: a place followed by a place inside it is
 * one mention of the inner one. */
void bri__mentions_merge_inner_places (GArray *ms);
/* The names the sentence @sp marks (extract-mark-*.c) that no mention
 * covers or crosses become mentions of proposed entities (listed in
 * @fresh, BriFresh); a name whose id collides is a candidate. */
void bri__mentions_add_marked (const BriExtractor *ex, const BriNormText *nt, const BriSpan *sp,
                               GArray *ms, BriExtractResult *res, const char *source,
                               GArray *fresh);
/* People named with a title (extract-persons.c): learnt from the
 * sentence, then every known person of the document it names becomes a
 * mention of their country. */
void bri__mentions_add_persons (const BriExtractor *ex, const char *norm, const BriSpan *sp,
                                GArray *ms, BriPersons *persons);
/* Resolves short forms against the parties of the current event
 * (@context: const BriEntity*, in order of mention), counted groups
 * against the groups of the document (@groups), and adds every resolved
 * party to the context. 双方 after talks of the event (@talks, both set)
 * are the two sides of the talks. */
void bri__mentions_resolve (const BriExtractor *ex, const char *norm, GArray *ms,
                            GPtrArray *context, GPtrArray *groups,
                            const BriEntity *const talks[2]);

/* ---- extract-segment.c, extract-apply.c, extract-candidates.c -------- */

/* A relation a clause or sentence rule gave in the current sentence: a
 * name rule of the same kind, about the same entity and with overlapping
 * kinds of parties yields to it (第六届中国辽宁…洽谈会在沈阳举行: the
 * stated venue, not the province in the name, hosts). */
typedef struct {
  const BriRule *rule;
  const BriEntity *to;
} BriStated;

/* What the rules of one sentence see. */
typedef struct {
  const BriExtractor *ex;
  BriExtractResult *res;
  const BriNormText *nt;
  const char *source;
  const BriSpan *sentence;
  GArray *mentions;           /* of the sentence */
  BriDate date, end_date;     /* of the sentence (stated or inherited) */
  double date_factor;
  const BriEntity *para_subject;  /* first party of the paragraph */
  GPtrArray *para_parties;        /* the parties of the paragraph's earlier sentences, in order */
  const BriEntity *story_event;   /* the first event of the story (since its heading) */
  GArray *stated;                 /* BriStated: what the sentence's own rules gave */
  BriDate doc_date;
  gsize match_start;          /* norm offset of the current match */
  const BriEntity *self;      /* the named entity, for name rules */
} BriRuleCtx;

/* A segment (clause, sentence or name) in tagged form: each mention
 * becomes \x01k\x02 (k indexes ctx->mentions; 双方 and 五国 become
 * several), t2n maps each tagged byte (and the end) to a norm offset.
 * Built once per segment and shared by every rule. */
typedef struct {
  gsize a, b;
  char *tagged;
  gsize len;
  gsize *t2n;
  guint n_tags;
  BriDate date, end_date;
  gboolean own_date;   /* the clause states its own date */
} BriSeg;

/* Tags norm[a, b); with @clause_dates, the segment takes the first date
 * with a month it states (else the sentence's). */
void bri__seg_init (const BriRuleCtx *c, BriSeg *sg, gsize a, gsize b, gboolean clause_dates);
void bri__seg_clear (BriSeg *sg);

/* Applies @rule to the segment @sg, adding its relations to c->res. */
void bri__rule_apply (BriRuleCtx *c, const BriRule *rule, const BriSeg *sg);
/* Name rules: each rule of scope name on the inside of each name of the
 * sentence that holds other names. */
void bri__name_rules_apply (const BriRuleCtx *c);

/* Names of the sentence that end like a name (…委员会, …口岸, …市) but
 * that no mention covers: candidates. */
void bri__candidates_find (const BriRuleCtx *c);

#endif /* BRI_EXTRACT_RUN_H */
