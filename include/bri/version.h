/**
 * SECTION:version
 * @title: Version
 * @short_description: the export macro and the library's version numbers
 * @include: bri/bri.h
 *
 * The version of the headers a program is compiled with, and of the
 * library it runs with.
 */
#ifndef BRI_VERSION_H
#define BRI_VERSION_H

/**
 * BRI_API:
 *
 * Marks a declaration as part of libbri's public interface: exported from
 * the shared library when libbri itself is compiled; empty otherwise.
 */
#if defined(BRI_COMPILATION) && defined(__GNUC__)
#define BRI_API __attribute__ ((visibility ("default")))
#else
#define BRI_API
#endif

/* The version of the headers; bri_version_string() gives the library's. */
/**
 * BRI_VERSION_MAJOR:
 *
 * The major version of the headers (bri_version_string() gives the library's).
 */
#define BRI_VERSION_MAJOR 0
/**
 * BRI_VERSION_MINOR:
 *
 * The minor version of the headers.
 */
#define BRI_VERSION_MINOR 1
/**
 * BRI_VERSION_MICRO:
 *
 * The micro version of the headers.
 */
#define BRI_VERSION_MICRO 0

/**
 * bri_version_string:
 *
 * The version of the library the program runs with, which may differ from the headers it was built with (#BRI_VERSION_MAJOR, #BRI_VERSION_MINOR, #BRI_VERSION_MICRO).
 *
 * Returns: (transfer none): the version of the loaded library, "0.1.0".
 */
BRI_API const char *bri_version_string (void);

#endif /* BRI_VERSION_H */
