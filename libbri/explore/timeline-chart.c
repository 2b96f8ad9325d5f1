/* libbri/explore/timeline-chart.c — owns the timeline chart (bri_timeline_plot()):
 * stacked bars of relations per period by kind and a line of active
 * entities, drawn with cairo onto an SVG, PNG or PDF surface, text laid out
 * by Pango (CJK through fontconfig), written atomically. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <bri/bri.h>
#include "io/atomic-file.h"
#include <bri/explore.h>

#define WIDTH 960.0
#define HEIGHT 540.0
#define LEFT 80.0
#define RIGHT 80.0
#define TOP 92.0
#define BOTTOM 150.0
#define FONT "Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif"

/* Marks the periods holding relations dated more coarsely than a period;
 * not a palette colour, so a mark is never read as a bar. */
#define COARSE_RGB 0xa0a0a0

/* Kind k of the timeline is drawn in colour k (modulo 10): the Tableau 10
 * palette, as in the explorer page. */
static const guint32 PALETTE[] = {
  0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
  0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
};

static void
set_rgb (cairo_t *cr, guint32 rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* Draws @text with its anchor at (x, y): @ax, @ay in [0, 1] say which point
 * of the text's box is the anchor (0 = left/top); @angle in radians. */
static void
text (cairo_t *cr, const char *s, double size, gboolean bold, double x, double y,
      double ax, double ay, double angle)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *fd = pango_font_description_from_string (FONT);
  pango_font_description_set_absolute_size (fd, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (fd, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, fd);
  pango_layout_set_text (layout, s, -1);
  int w, h;
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, angle);
  cairo_move_to (cr, -ax * w, -ay * h);
  pango_cairo_show_layout (cr, layout);
  /* The path is not part of the saved state: without this the next shape
   * (a legend swatch's arc) would start with a line from the text. */
  cairo_new_path (cr);
  cairo_restore (cr);
  pango_font_description_free (fd);
  g_object_unref (layout);
}

/* A tick step of 1, 2 or 5 × 10^k giving at most about 6 ticks. */
static double
tick_step (double max)
{
  if (max <= 0)
    return 1;
  double raw = max / 6, p = pow (10, floor (log10 (raw)));
  double m = raw / p;
  double step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  return MAX (step, 1);
}

static const char *
period_name (const char *label)
{
  if (!label)
    return "period";
  if (strchr (label, 'Q'))
    return "quarter";
  return strlen (label) == 4 ? "year" : "month";
}

static void
draw (cairo_t *cr, const BriTimeline *tl, const char *title)
{
  guint np = bri_timeline_get_n_periods (tl), nk = bri_timeline_get_n_kinds (tl);
  double pw = WIDTH - LEFT - RIGHT, ph = HEIGHT - TOP - BOTTOM;
  double x0 = LEFT, y0 = TOP + ph;      /* the plot's bottom left corner */

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  set_rgb (cr, 0x222222);
  if (title)
    {
      /* The first line is the title; the next ones (what data and filters
       * made the chart) are a smaller caption. */
      g_auto (GStrv) lines = g_strsplit (title, "\n", 2);
      text (cr, lines[0], 18, TRUE, WIDTH / 2, 12, 0.5, 0, 0);
      if (lines[0] && lines[1])
        text (cr, lines[1], 12, FALSE, WIDTH / 2, 40, 0.5, 0, 0);
    }

  guint max_total = 0, max_active = 0;
  for (guint p = 0; p < np; p++)
    {
      guint total = 0;
      for (guint k = 0; k < nk; k++)
        total += bri_timeline_get_kind_count (tl, p, k);
      max_total = MAX (max_total, total);
      max_active = MAX (max_active, bri_timeline_get_n_active (tl, p));
    }
  double step = tick_step (max_total), top = MAX (ceil (max_total / step) * step, step);
  double astep = tick_step (max_active), atop = MAX (ceil (max_active / astep) * astep, astep);

  /* Grid lines and the left axis (relations). */
  cairo_set_line_width (cr, 1);
  for (double v = 0; v <= top + step / 2; v += step)
    {
      double y = y0 - v / top * ph;
      set_rgb (cr, 0xe4e4e4);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x0 + pw, y);
      cairo_stroke (cr);
      char buf[32];
      g_snprintf (buf, sizeof buf, "%g", v);
      set_rgb (cr, 0x444444);
      text (cr, buf, 11, FALSE, x0 - 6, y, 1, 0.5, 0);
    }
  for (double v = 0; v <= atop + astep / 2; v += astep)
    {
      char buf[32];
      g_snprintf (buf, sizeof buf, "%g", v);
      text (cr, buf, 11, FALSE, x0 + pw + 6, y0 - v / atop * ph, 0, 0.5, 0);
    }
  set_rgb (cr, 0x222222);
  text (cr, "relations", 13, FALSE, 22, TOP + ph / 2, 0.5, 0.5, -G_PI / 2);
  text (cr, "active entities (line)", 13, FALSE, WIDTH - 22, TOP + ph / 2, 0.5, 0.5, G_PI / 2);

  /* The bars: one rectangle per non-empty segment, period by period, kind
   * by kind, bottom up. */
  double slot = np ? pw / np : pw, bar = MAX (slot * 0.8, 0.5);
  for (guint p = 0; p < np; p++)
    {
      double x = x0 + p * slot + (slot - bar) / 2, y = y0;
      for (guint k = 0; k < nk; k++)
        {
          guint c = bri_timeline_get_kind_count (tl, p, k);
          if (!c)
            continue;
          double h = c / top * ph;
          set_rgb (cr, PALETTE[k % G_N_ELEMENTS (PALETTE)]);
          cairo_rectangle (cr, x, y - h, bar, h);
          cairo_fill (cr);
          y -= h;
        }
    }
  /* The axes' lines. */
  set_rgb (cr, 0x222222);
  cairo_move_to (cr, x0, TOP);
  cairo_line_to (cr, x0, y0);
  cairo_line_to (cr, x0 + pw, y0);
  cairo_line_to (cr, x0 + pw, TOP);
  cairo_stroke (cr);

  /* The active entities: a dark line with a dot per period. */
  if (np)
    {
      set_rgb (cr, 0x333333);
      cairo_set_line_width (cr, 1.5);
      for (guint p = 0; p < np; p++)
        {
          double x = x0 + (p + 0.5) * slot;
          double y = y0 - bri_timeline_get_n_active (tl, p) / atop * ph;
          if (p == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
      for (guint p = 0; p < np; p++)
        {
          cairo_arc (cr, x0 + (p + 0.5) * slot,
                     y0 - bri_timeline_get_n_active (tl, p) / atop * ph, 2.5, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  /* Relations dated more coarsely than the period (only a year, in a
   * month) are in no bar: a grey triangle above each period holding some,
   * and a line saying how many relations that is. */
  guint n_coarse = bri_timeline_get_n_coarse_total (tl);
  if (n_coarse)
    {
      set_rgb (cr, COARSE_RGB);
      for (guint p = 0; p < np; p++)
        if (bri_timeline_get_n_coarse (tl, p))
          {
            double x = x0 + (p + 0.5) * slot, w = MIN (slot * 0.4, 5);
            cairo_move_to (cr, x - w, TOP - 9);
            cairo_line_to (cr, x + w, TOP - 9);
            cairo_line_to (cr, x, TOP - 2);
            cairo_close_path (cr);
            cairo_fill (cr);
          }
      const char *name = period_name (bri_timeline_get_period_label (tl, 0));
      g_autofree char *note = g_strdup_printf (
        "Not in the bars: %u relation%s dated more coarsely than a %s "
        "(grey marks: the %ss %s in)", n_coarse, n_coarse == 1 ? "" : "s", name, name,
        n_coarse == 1 ? "it falls" : "they fall");
      set_rgb (cr, 0x555555);
      text (cr, note, 11, FALSE, x0, TOP - 30, 0, 0, 0);
    }

  /* Period labels, thinned to about 40, turned 45°. */
  guint every = MAX (1, (np + 39) / 40);
  for (guint p = 0; p < np; p += every)
    text (cr, bri_timeline_get_period_label (tl, p), 10, FALSE,
          x0 + (p + 0.5) * slot, y0 + 6, 1, 0, -G_PI / 4);
  g_autofree char *xtitle = g_strdup_printf (
    "%s", np ? period_name (bri_timeline_get_period_label (tl, 0)) : "period (no dated relation)");
  text (cr, xtitle, 13, FALSE, x0 + pw / 2, y0 + 72, 0.5, 0, 0);

  /* The legend: a round swatch and the name of each kind, in rows. */
  double lx = x0, ly = y0 + 100;
  for (guint k = 0; k < nk; k++)
    {
      const char *name = bri_timeline_get_kind_name (tl, k);
      double w = 24 + 7.5 * g_utf8_strlen (name, -1);
      if (lx + w > x0 + pw)
        lx = x0, ly += 18;
      set_rgb (cr, PALETTE[k % G_N_ELEMENTS (PALETTE)]);
      cairo_arc (cr, lx + 6, ly + 7, 5, 0, 2 * G_PI);
      cairo_fill (cr);
      set_rgb (cr, 0x222222);
      text (cr, name, 12, FALSE, lx + 15, ly + 7, 0, 0.5, 0);
      lx += w;
    }
}

static cairo_status_t
append (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
bri_timeline_plot (const BriTimeline *timeline, const char *path, const char *title,
                   GError **error)
{
  g_return_val_if_fail (timeline != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  const char *dot = strrchr (path, '.');
  const char *ext = dot ? dot + 1 : "";
  if (g_ascii_strcasecmp (ext, "svg") && g_ascii_strcasecmp (ext, "png")
      && g_ascii_strcasecmp (ext, "pdf"))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "%s: unknown chart format, expected a name ending in .svg, .png or .pdf",
                   path);
      return FALSE;
    }
  g_autoptr (GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface;
  gboolean png = !g_ascii_strcasecmp (ext, "png");
  if (png)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) WIDTH, (int) HEIGHT);
  else if (!g_ascii_strcasecmp (ext, "svg"))
    surface = cairo_svg_surface_create_for_stream (append, out, WIDTH, HEIGHT);
  else
    surface = cairo_pdf_surface_create_for_stream (append, out, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  draw (cr, timeline, title);
  cairo_status_t status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && png)
    status = cairo_surface_write_to_png_stream (surface, append, out);
  cairo_surface_finish (surface);   /* SVG and PDF write their end here */
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED, "%s: cairo: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return bri__atomic_write_file (path, out->data, out->len, error);
}
