/* libbri/extract/extract-matcher.c — the name trie: a byte trie over the normalised
 * (Simplified, folded) UTF-8 names of the graph's entities, built once per
 * extractor, answering "the longest name starting here" in O(length of the
 * match × fan-out). */
#include "config.h"
#include "extract-private.h"

typedef struct {
  guint32 first_child;   /* 0 = none (node 0 is the root, never a child) */
  guint32 next_sibling;
  gint32 values;         /* index into trie->values, -1 when not a key end */
  guchar byte;
} TrieNode;

struct _BriTrie {
  GArray *nodes;         /* TrieNode */
  GPtrArray *values;     /* GArray of guint, owned */
};

BriTrie *
bri__trie_new (void)
{
  BriTrie *t = g_new0 (BriTrie, 1);
  t->nodes = g_array_new (FALSE, TRUE, sizeof (TrieNode));
  t->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  TrieNode root = { 0, 0, -1, 0 };
  g_array_append_val (t->nodes, root);
  return t;
}

void
bri__trie_free (BriTrie *t)
{
  if (!t)
    return;
  g_array_unref (t->nodes);
  g_ptr_array_unref (t->values);
  g_free (t);
}

static guint32
child (const BriTrie *t, guint32 node, guchar b)
{
  guint32 c = g_array_index (t->nodes, TrieNode, node).first_child;
  while (c)
    {
      const TrieNode *n = &g_array_index (t->nodes, TrieNode, c);
      if (n->byte == b)
        return c;
      c = n->next_sibling;
    }
  return 0;
}

void
bri__trie_add (BriTrie *t, const char *key, guint value)
{
  g_return_if_fail (key && *key);
  guint32 node = 0;
  for (const guchar *p = (const guchar *) key; *p; p++)
    {
      guint32 c = child (t, node, *p);
      if (!c)
        {
          TrieNode n = { 0, g_array_index (t->nodes, TrieNode, node).first_child, -1, *p };
          g_array_append_val (t->nodes, n);
          c = t->nodes->len - 1;
          g_array_index (t->nodes, TrieNode, node).first_child = c;
        }
      node = c;
    }
  TrieNode *n = &g_array_index (t->nodes, TrieNode, node);
  if (n->values < 0)
    {
      n->values = (gint32) t->values->len;
      g_ptr_array_add (t->values, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  GArray *vals = t->values->pdata[n->values];
  for (guint i = 0; i < vals->len; i++)
    if (g_array_index (vals, guint, i) == value)
      return;
  g_array_append_val (vals, value);
}

gsize
bri__trie_longest (const BriTrie *t, const char *s, gsize len,
                   const GArray **values)
{
  guint32 node = 0;
  gsize best = 0;
  *values = NULL;
  for (gsize i = 0; i < len; i++)
    {
      node = child (t, node, (guchar) s[i]);
      if (!node)
        break;
      const TrieNode *n = &g_array_index (t->nodes, TrieNode, node);
      /* Only whole characters: the next byte starts a character. */
      if (n->values >= 0 && (i + 1 == len || ((guchar) s[i + 1] & 0xC0) != 0x80))
        {
          best = i + 1;
          *values = t->values->pdata[n->values];
        }
    }
  return best;
}
