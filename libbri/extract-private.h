/* libbri/extract-private.h — the internals shared by the extraction
 * modules: normalised text with its offset map (extract-text.c), the name
 * trie (extract-matcher.c), dates (extract-dates.c), the rules table
 * (extract-rules.c) and the driver (extract.c). Never installed. */
#ifndef BRI_EXTRACT_PRIVATE_H
#define BRI_EXTRACT_PRIVATE_H

#include "bri-private.h"
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
/* The normal form of a name (t2s + fold), g_free() it. */
char *bri__extract_fold_name (BriT2s *t2s, const char *name);

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

/* ---- extract-rules.c --------------------------------------------------- */

/* clause, sentence, or name: the inside of each matched name (the
 * mentions within 上合组织天津峰会, 中欧班列(华沙—郑州)…), with the slot
 * @self for the named entity itself. */
typedef enum { BRI_SCOPE_CLAUSE, BRI_SCOPE_SENTENCE, BRI_SCOPE_NAME } BriRuleScope;
/* cross: each from with each to; among: each unordered pair of the
 * listed parties; both: each ordered pair (a route each way). */
typedef enum { BRI_PAIRS_CROSS, BRI_PAIRS_AMONG, BRI_PAIRS_BOTH } BriRulePairs;

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

#endif /* BRI_EXTRACT_PRIVATE_H */
