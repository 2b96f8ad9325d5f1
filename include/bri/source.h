/**
 * SECTION:source
 * @title: Sources and kinds
 * @short_description: source documents (sources.csv) and relation kinds (kinds.csv)
 * @include: bri/bri.h
 *
 * A source is a document that relations cite by id: a bulletin, an article.
 * A kind describes a relation kind: its name, whether it is directed, and a
 * description; the eight built-in kinds are present in every graph.
 */
#ifndef BRI_SOURCE_H
#define BRI_SOURCE_H

#include <glib.h>
#include <bri/version.h>
#include <bri/date.h>

G_BEGIN_DECLS

/**
 * BriSource:
 *
 * A source document that relations cite by id (opaque): free-standing after bri_source_new(), owned by the graph once added with bri_graph_add_source().
 */
typedef struct _BriSource BriSource;
/**
 * BriKind:
 *
 * A relation kind (opaque, owned by the graph): its name, direction and description. The eight built-in kinds are in every graph; others are declared by kinds.csv or bri_graph_add_kind().
 */
typedef struct _BriKind BriKind;

/**
 * bri_source_new:
 * @id: the id relations cite in their `source` column.
 *
 * Creates a free-standing source.
 *
 * Returns: (transfer full): a new source; bri_source_free() it unless it is
 *   handed to bri_graph_add_source().
 */
BRI_API BriSource *bri_source_new (const char *id);
/**
 * bri_source_free:
 * @source: a #BriSource
 *
 * NULL is ignored.
 */
BRI_API void bri_source_free (BriSource *source);

/* Setters (before adding; strings copied, NULL or "" clears). */
/**
 * bri_source_set_title:
 * @source: a #BriSource
 * @title: (nullable): the title; %NULL or "" clears it
 *
 * Sets the title of @source.
 */
BRI_API void bri_source_set_title (BriSource *source, const char *title);
/**
 * bri_source_set_publisher:
 * @source: a #BriSource
 * @publisher: (nullable): the publisher; %NULL or "" clears it
 *
 * Sets the publisher of @source.
 */
BRI_API void bri_source_set_publisher (BriSource *source, const char *publisher);
/**
 * bri_source_set_date:
 * @source: a #BriSource
 * @date: the date, a #BriDate
 *
 * the date or period the source covers.
 */
BRI_API void bri_source_set_date (BriSource *source, BriDate date);
/**
 * bri_source_set_url:
 * @source: a #BriSource
 * @url: (nullable): the url; %NULL or "" clears it
 *
 * Sets the url of @source.
 */
BRI_API void bri_source_set_url (BriSource *source, const char *url);
/**
 * bri_source_set_language:
 * @source: a #BriSource
 * @language: (nullable): the language; %NULL or "" clears it
 *
 * a BCP 47 tag such as `zh-Hant` or `zh-Hans`.
 */
BRI_API void bri_source_set_language (BriSource *source, const char *language);
/**
 * bri_source_set_file:
 * @source: a #BriSource
 * @file: (nullable): the file; %NULL or "" clears it
 *
 * the file holding the text, relative to the data set.
 */
BRI_API void bri_source_set_file (BriSource *source, const char *file);
/**
 * bri_source_set_attribute:
 * @source: a #BriSource
 * @name: the attribute's name
 * @value: (nullable): the value; %NULL removes the attribute
 *
 * Sets the attribute of @source.
 */
BRI_API void bri_source_set_attribute (BriSource *source, const char *name,
                                       const char *value);

/* Getters: (transfer none), NULL when unset. */
/**
 * bri_source_get_id:
 * @source: a #BriSource
 *
 * Gets the id of @source.
 *
 * Returns: (transfer none) (nullable): the id, %NULL when unset
 */
BRI_API const char *bri_source_get_id (const BriSource *source);
/**
 * bri_source_get_title:
 * @source: a #BriSource
 *
 * Gets the title of @source.
 *
 * Returns: (transfer none) (nullable): the title, %NULL when unset
 */
BRI_API const char *bri_source_get_title (const BriSource *source);
/**
 * bri_source_get_publisher:
 * @source: a #BriSource
 *
 * Gets the publisher of @source.
 *
 * Returns: (transfer none) (nullable): the publisher, %NULL when unset
 */
BRI_API const char *bri_source_get_publisher (const BriSource *source);
/**
 * bri_source_get_date:
 * @source: a #BriSource
 *
 * Gets the date of @source.
 *
 * Returns: the date
 */
BRI_API BriDate bri_source_get_date (const BriSource *source);
/**
 * bri_source_get_url:
 * @source: a #BriSource
 *
 * Gets the url of @source.
 *
 * Returns: (transfer none) (nullable): the url, %NULL when unset
 */
BRI_API const char *bri_source_get_url (const BriSource *source);
/**
 * bri_source_get_language:
 * @source: a #BriSource
 *
 * Gets the language of @source.
 *
 * Returns: (transfer none) (nullable): the language, %NULL when unset
 */
BRI_API const char *bri_source_get_language (const BriSource *source);
/**
 * bri_source_get_file:
 * @source: a #BriSource
 *
 * Gets the file of @source.
 *
 * Returns: (transfer none) (nullable): the file, %NULL when unset
 */
BRI_API const char *bri_source_get_file (const BriSource *source);
/**
 * bri_source_get_path:
 * @source: a #BriSource
 *
 * Gets the path of @source.
 *
 * Returns: (transfer none) (nullable): the file as an absolute or
 *   working-directory-relative path (resolved against the directory the
 *   source was loaded from), NULL without a file.
 */
BRI_API const char *bri_source_get_path (const BriSource *source);
/**
 * bri_source_get_n_attributes:
 * @source: a #BriSource
 *
 * Gets the number of attributes of @source.
 *
 * Returns: the number of attributes
 */
BRI_API guint bri_source_get_n_attributes (const BriSource *source);
/**
 * bri_source_get_attribute_name:
 * @source: a #BriSource
 * @index: a position, below bri_source_get_n_attributes()
 *
 * The name of the @index-th extra attribute of @source (an unknown CSV column).
 *
 * Returns: (transfer none) (nullable): the attribute name, %NULL when unset
 */
BRI_API const char *bri_source_get_attribute_name (const BriSource *source, guint index);
/**
 * bri_source_get_attribute_value:
 * @source: a #BriSource
 * @index: a position, below bri_source_get_n_attributes()
 *
 * The value of the @index-th extra attribute of @source.
 *
 * Returns: (transfer none) (nullable): the attribute value, %NULL when unset
 */
BRI_API const char *bri_source_get_attribute_value (const BriSource *source, guint index);
/**
 * bri_source_get_attribute:
 * @source: a #BriSource
 * @name: the attribute's name
 *
 * Gets the attribute of @source.
 *
 * Returns: (transfer none) (nullable): the attribute, %NULL when unset
 */
BRI_API const char *bri_source_get_attribute (const BriSource *source, const char *name);

/* Kinds are created by bri_graph_add_kind() and owned by the graph. */
/**
 * bri_kind_get_name:
 * @kind: a #BriKind
 *
 * Gets the name of @kind.
 *
 * Returns: (transfer none): the kind's name.
 */
BRI_API const char *bri_kind_get_name (const BriKind *kind);
/**
 * bri_kind_is_directed:
 * @kind: a #BriKind
 *
 * Tells whether @kind is directed.
 *
 * Returns: TRUE when relations of this kind go from `from` to `to`.
 */
BRI_API gboolean bri_kind_is_directed (const BriKind *kind);
/**
 * bri_kind_get_description:
 * @kind: a #BriKind
 *
 * Gets the description of @kind.
 *
 * Returns: (transfer none) (nullable): the description.
 */
BRI_API const char *bri_kind_get_description (const BriKind *kind);
/**
 * bri_kind_is_builtin:
 * @kind: a #BriKind
 *
 * Tells whether @kind is builtin.
 *
 * Returns: TRUE for the eight built-in kinds.
 */
BRI_API gboolean bri_kind_is_builtin (const BriKind *kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriSource, bri_source_free)

G_END_DECLS

#endif /* BRI_SOURCE_H */
