/* bri/source.h — source documents (sources.csv) and relation kinds (kinds.csv).
 *
 * A source is a document that relations cite by id: a bulletin, an article.
 * A kind describes a relation kind: its name, whether it is directed, and a
 * description; the eight built-in kinds are present in every graph. */
#ifndef BRI_SOURCE_H
#define BRI_SOURCE_H

#include <glib.h>
#include <bri/version.h>
#include <bri/date.h>

G_BEGIN_DECLS

typedef struct _BriSource BriSource;
typedef struct _BriKind BriKind;

/**
 * bri_source_new:
 * @id: the id relations cite in their `source` column.
 * Returns: (transfer full): a new source; bri_source_free() it unless it is
 *   handed to bri_graph_add_source().
 */
BRI_API BriSource *bri_source_new (const char *id);
/** bri_source_free: NULL is ignored. */
BRI_API void bri_source_free (BriSource *source);

/* Setters (before adding; strings copied, NULL or "" clears). */
BRI_API void bri_source_set_title (BriSource *source, const char *title);
BRI_API void bri_source_set_publisher (BriSource *source, const char *publisher);
/** bri_source_set_date: the date or period the source covers. */
BRI_API void bri_source_set_date (BriSource *source, BriDate date);
BRI_API void bri_source_set_url (BriSource *source, const char *url);
/** bri_source_set_language: a BCP 47 tag such as `zh-Hant` or `zh-Hans`. */
BRI_API void bri_source_set_language (BriSource *source, const char *language);
/** bri_source_set_file: the file holding the text, relative to the data set. */
BRI_API void bri_source_set_file (BriSource *source, const char *file);
BRI_API void bri_source_set_attribute (BriSource *source, const char *name,
                                       const char *value);

/* Getters: (transfer none), NULL when unset. */
BRI_API const char *bri_source_get_id (const BriSource *source);
BRI_API const char *bri_source_get_title (const BriSource *source);
BRI_API const char *bri_source_get_publisher (const BriSource *source);
BRI_API BriDate bri_source_get_date (const BriSource *source);
BRI_API const char *bri_source_get_url (const BriSource *source);
BRI_API const char *bri_source_get_language (const BriSource *source);
BRI_API const char *bri_source_get_file (const BriSource *source);
/**
 * bri_source_get_path:
 * Returns: (transfer none) (nullable): the file as an absolute or
 *   working-directory-relative path (resolved against the directory the
 *   source was loaded from), NULL without a file.
 */
BRI_API const char *bri_source_get_path (const BriSource *source);
BRI_API guint bri_source_get_n_attributes (const BriSource *source);
BRI_API const char *bri_source_get_attribute_name (const BriSource *source, guint index);
BRI_API const char *bri_source_get_attribute_value (const BriSource *source, guint index);
BRI_API const char *bri_source_get_attribute (const BriSource *source, const char *name);

/* Kinds are created by bri_graph_add_kind() and owned by the graph. */
/** Returns: (transfer none): the kind's name. */
BRI_API const char *bri_kind_get_name (const BriKind *kind);
/** Returns: TRUE when relations of this kind go from `from` to `to`. */
BRI_API gboolean bri_kind_is_directed (const BriKind *kind);
/** Returns: (transfer none) (nullable): the description. */
BRI_API const char *bri_kind_get_description (const BriKind *kind);
/** Returns: TRUE for the eight built-in kinds. */
BRI_API gboolean bri_kind_is_builtin (const BriKind *kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriSource, bri_source_free)

G_END_DECLS

#endif /* BRI_SOURCE_H */
