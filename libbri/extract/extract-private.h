/* libbri/extract/extract-private.h — the internals shared by the extraction
 * modules: normalised text with its offset map (extract-text.c), the name
 * trie (extract-matcher.c), dates (extract-dates.c), the rules table
 * (extract-rules.c), proposed entities (extract-propose.c), the names the
 * text marks (extract-mark-places.c, extract-mark-events.c)
 * and people (extract-persons.c). What one extraction run shares on top of
 * these is in extract-run.h. Never installed. */
#ifndef BRI_EXTRACT_PRIVATE_H
#define BRI_EXTRACT_PRIVATE_H

#include "core/core-private.h"
#include <bri/extract.h>

/* ---- extract-text.c ---------------------------------------------------- */

/* A text converted for matching: OpenCC t2s per paragraph, then a fold per
 * character (full-width ASCII to ASCII, ASCII lower case, dashes to '-').
 * map[i] is the byte offset in the original of the character that starts at
 * byte i of norm (valid at character starts, and map[norm_len] = orig_len). */
typedef struct {
  const char *orig;
  gsize orig_len;
  char *norm;
  gsize norm_len;
  gsize *map;
} BriNormText;

typedef struct _BriT2s BriT2s;   /* a serialised OpenCC t2s converter */
BriT2s *bri__t2s_new (void);
void bri__t2s_free (BriT2s *t2s);
/* Converts @text (valid UTF-8) to Simplified; returns a g_malloc'ed string. */
char *bri__t2s_convert (BriT2s *t2s, const char *text, gsize len);

/* Validates (UTF-8, no NUL or control bytes other than \t \n \r) and
 * normalises. Errors: BRI_ERROR_PARSE `LINE:COL: …` (the caller prefixes
 * the file name). */
gboolean bri__norm_text_init (BriNormText *nt, BriT2s *t2s, const char *text,
                              gsize len, GError **error);
void bri__norm_text_clear (BriNormText *nt);
/* The original text of norm[a, b) (offsets at character starts); g_free() it. */
char *bri__norm_text_slice (const BriNormText *nt, gsize a, gsize b);
/* The normal form of a name (t2s + fold), g_free() it. */
char *bri__extract_fold_name (BriT2s *t2s, const char *name);
/* Whether @c is a CJK unified ideograph (basic block or extension A). */
gboolean bri__is_han (gunichar c);
/* Whether @c is one of the characters of the UTF-8 string @set. */
gboolean bri__unichar_in (gunichar c, const char *set);

typedef struct {
  gsize start, end;    /* byte offsets in norm */
  guint paragraph;
} BriSpan;
/* Sentences of @norm: split after 。；！？; ! ? and at line breaks;
 * white space trimmed; empty ones dropped. */
GArray *bri__split_sentences (const char *norm, gsize len);
/* Clauses of a sentence: split after ，and ','. */
GArray *bri__split_clauses (const char *norm, gsize start, gsize end);

/* ---- extract-matcher.c ------------------------------------------------- */

typedef struct _BriTrie BriTrie;
BriTrie *bri__trie_new (void);
void bri__trie_free (BriTrie *trie);
/* Adds @key (non-empty) with @value; a key added twice keeps every value. */
void bri__trie_add (BriTrie *trie, const char *key, guint value);
/* Longest key that is a prefix of s[0..len): its length in bytes (0 when
 * none), and its values through @values (borrowed). */
gsize bri__trie_longest (const BriTrie *trie, const char *s, gsize len,
                         const GArray **values);

/* ---- extract-dates.c --------------------------------------------------- */

typedef struct {
  gsize start, end;         /* in norm */
  BriDate date, end_date;
} BriDateMention;
/* Date expressions in norm[start, end), in order. @context is the date the
 * text is about so far (for 12日, 至27日), @doc_date the document's date. */
GArray *bri__find_dates (const char *norm, gsize start, gsize end,
                         BriDate doc_date, BriDate context);
/* The date a segment states among @ds (BriDateMention): the first date with
 * a month, else a bare year not after @doc, ignoring dates inside 《》
 * titles; FALSE when none. */
gboolean bri__pick_date (const char *norm, GArray *ds, BriDate doc, BriDate *date,
                         BriDate *end);

/* ---- extract-rules.c --------------------------------------------------- */

/* clause, sentence, or name: the inside of each matched name (the
 * mentions within 上合组织天津峰会, 中欧班列(华沙—郑州)…), with the slot
 * @self for the named entity itself. */
typedef enum { BRI_SCOPE_CLAUSE, BRI_SCOPE_SENTENCE, BRI_SCOPE_NAME } BriRuleScope;
/* cross: each from with each to; star: the first listed party (the hub)
 * with each other one; both: each ordered pair (a route each way). */
typedef enum { BRI_PAIRS_CROSS, BRI_PAIRS_STAR, BRI_PAIRS_BOTH } BriRulePairs;

typedef struct {
  char *id, *kind;
  BriRuleScope scope;
  char *pattern;        /* as written */
  GRegex *regex;        /* expanded */
  char *from, *to, *via;   /* slot names; "@subject" for the sentence's first party,
                              "@self" for the named entity of a name rule */
  char **from_kinds, **to_kinds;  /* NULL = any */
  BriRulePairs pairs;
  double confidence;
  guint line;
  guint min_tags;       /* fewer entity tags in a segment: no relation */
} BriRule;

/* The regex fragment an entity placeholder is written as in tagged text. */
#define BRI_TAG_OPEN '\x01'
#define BRI_TAG_CLOSE '\x02'

GPtrArray *bri__rules_load (const char *path, BriGraph *graph, GError **error);

/* ---- extract-propose.c, extract-mark-places.c, extract-mark-events.c ---- */

/* The entities an extraction proposes (free-standing BriEntity, owned). */
typedef struct _BriProposals BriProposals;
BriProposals *bri__proposals_new (void);
void bri__proposals_free (BriProposals *p);
/* The id rule: <kind>:<the Simplified, folded name without spaces,
 * quotes, brackets and ·>; g_free() it. */
char *bri__proposal_id (BriT2s *t2s, const char *kind, const char *name);
/* The proposed entity of @kind named @name (in the input's script; its
 * Simplified form becomes name and name_zh, @name and @alias aliases),
 * made on first use. NULL with @why set (g_free it) when its id collides
 * with an entity of @graph or with a proposal of another name. */
const BriEntity *bri__proposals_get (BriProposals *p, BriGraph *graph, BriT2s *t2s,
                                     const char *kind, const char *name, const char *alias,
                                     const BriEntity *parent, char **why);
gboolean bri__proposals_owns (const BriProposals *p, const BriEntity *e);
/* Marks @e (when proposed) as an endpoint or via of a relation. */
void bri__proposals_use (BriProposals *p, const BriEntity *e);
guint bri__proposals_get_n (const BriProposals *p);
const BriEntity *bri__proposals_get_nth (const BriProposals *p, guint i, gboolean *used);
/* Adds @from's used proposals to @into, as used. */
void bri__proposals_merge (BriProposals *into, const BriProposals *from);

/* An entity mention as the recognisers see it: its span, whether it
 * names a city or province (a name may grow from it: 重庆团结村车站) and
 * whether an organisation or mechanism (the owner a numbered session's
 * name may open with: 上海合作组织成员国元首理事会第二十一次会议). */
typedef struct {
  gsize start, end;
  gboolean place;
  gboolean owner;
} BriMentionSpan;
/* A name the text marks: norm[start, end), of @kind; its name proper ends
 * at name_end (before a dropped 市); @absorbed indexes the place mention
 * it grew from, or -1. */
typedef struct {
  gsize start, end;
  const char *kind;
  gsize name_end;
  gint absorbed;
} BriMarked;
void bri__find_marked_places (const char *norm, gsize a, gsize b, const BriMentionSpan *ms,
                              guint n_ms, GArray *out);
/* Bodies named as the organisers of an event (由国务院新闻办、…主办):
 * each listed name that no mention covers and that ends in a body's word
 * (办, 部, 署, 局, 委员会, 协会, 集团, 大学 …). */
void bri__find_marked_hosts (const char *norm, gsize a, gsize b, const BriMentionSpan *ms,
                             guint n_ms, GArray *out);
GRegex *bri__event_regex_new (void);
void bri__find_marked_events (const GRegex *re, const char *norm, gsize a, gsize b,
                              const BriMentionSpan *ms, guint n_ms, GArray *out);

/* ---- extract-persons.c ------------------------------------------------ */

/* People named with a title, and the country each stands for, learnt
 * through one document. */
typedef struct _BriPersons BriPersons;
typedef struct {
  gsize start, end;
  const BriEntity *country;
} BriPersonMention;
BriPersons *bri__persons_new (void);
void bri__persons_free (BriPersons *p);
/* Learns from norm[a, b): @titles (longest first), the mentions @ms with
 * @ms_country[k] the country mention k names (NULL for another kind). */
void bri__persons_learn (BriPersons *p, const char *const *titles, const BriEntity *china,
                         const char *norm, gsize a, gsize b, const BriMentionSpan *ms,
                         const BriEntity *const *ms_country, guint n_ms);
/* The known people named in norm[a, b) outside @ms (BriPersonMention). */
GArray *bri__persons_find (const BriPersons *p, const char *norm, gsize a, gsize b,
                           const BriMentionSpan *ms, guint n_ms);

#endif /* BRI_EXTRACT_PRIVATE_H */
