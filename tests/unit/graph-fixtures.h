/* tests/unit/graph-fixtures.h — small graphs built through the public API
 * for the view and query tests, and assertion helpers. Values expected by
 * the tests are computed by hand on these graphs (see each builder). */
#ifndef BRI_GRAPH_FIXTURES_H
#define BRI_GRAPH_FIXTURES_H

#include <bri/bri.h>
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

/* Optional fields of a relation; NULL / NAN = not given. */
typedef struct {
  const char *date, *end_date, *title, *event, *via, *source, *evidence;
  double weight, confidence;
} FxOpts;
/* FX() sets defaults that designated initialisers then override. */
#pragma GCC diagnostic ignored "-Woverride-init"
#define FX(...) ((FxOpts){ .weight = NAN, .confidence = NAN, __VA_ARGS__ })

BriGraph *fx_new (void);
/* Adds an entity (parent may be NULL); asserts success. */
const BriEntity *fx_ent (BriGraph *g, const char *id, const char *kind, const char *parent);
/* Adds a relation; asserts success. */
const BriRelation *fx_rel (BriGraph *g, const char *kind, const char *from, const char *to);
const BriRelation *fx_rel_ex (BriGraph *g, const char *kind, const char *from,
                              const char *to, FxOpts opts);
/* The entity @id; asserts it exists. */
const BriEntity *fx_e (BriGraph *g, const char *id);

/* Path v0 — v1 — … — v(n−1): `met` relations between persons. */
BriGraph *fx_path (guint n);
/* Star: `hub` met leaf1 … leaf<n>. */
BriGraph *fx_star (guint leaves);
/* Triangle a, b, c plus the tail c — d (met). */
BriGraph *fx_triangle_tail (void);
/* Two 4-cliques a1..a4 and b1..b4 (met, dated 2024-01), joined by the
 * bridge a1 — b1 (met, dated 2025-01). */
BriGraph *fx_two_cliques (void);
/* Directed freight chain (freight_corridor):
 *   city:xining -> city:lanzhou -> city:urumqi -> city:almaty (via port:khorgos)
 *                  city:lanzhou -> city:kashgar -> city:almaty (via port:irkeshtam)
 * with cities in provinces (province:CN-QH, province:CN-GS, province:CN-XJ,
 * parents country:CN) and almaty in country:KZ; sources and evidence set. */
BriGraph *fx_freight (void);
/* a — b weight 1, b — c weight 1, a — c weight 4 (met, persons). */
BriGraph *fx_weighted_triangle (void);

/* bri_view_new(), asserting success. */
BriView *fx_view (BriGraph *g, const BriFilter *filter, const BriViewOptions *options);
/* The view of @g with SUM weighting (edge weight = sum of the weights). */
BriView *fx_summed_view (BriGraph *g);
/* The view of @g's freight_corridor relations only. */
BriView *fx_freight_view (BriGraph *g);
/* The score of entity @id in @r; asserts it is ranked. */
double fx_score (const BriRanking *r, BriGraph *g, const char *id);

#define fx_assert_near(actual, expected, ...) \
  cr_assert (fabs ((double) (actual) - (double) (expected)) < 1e-6, \
             "expected %.9g, got %.9g", (double) (expected), (double) (actual))
#define fx_assert_error(error, code, fragment) \
  do { \
    cr_assert (g_error_matches ((error), BRI_ERROR, (code)), "expected code %d, got %s", \
               (int) (code), (error) ? (error)->message : "no error"); \
    cr_assert (strstr ((error)->message, (fragment)) != NULL, "'%s' not in '%s'", \
               (fragment), (error)->message); \
  } while (0)

#endif /* BRI_GRAPH_FIXTURES_H */
