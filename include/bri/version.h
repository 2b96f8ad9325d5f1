/* bri/version.h — the export macro and the library's version numbers. */
#ifndef BRI_VERSION_H
#define BRI_VERSION_H

#if defined(BRI_COMPILATION) && defined(__GNUC__)
#define BRI_API __attribute__ ((visibility ("default")))
#else
#define BRI_API
#endif

/* The version of the headers; bri_version_string() gives the library's. */
#define BRI_VERSION_MAJOR 0
#define BRI_VERSION_MINOR 1
#define BRI_VERSION_MICRO 0

/**
 * bri_version_string:
 * Returns: (transfer none): the version of the loaded library, "0.1.0".
 */
BRI_API const char *bri_version_string (void);

#endif /* BRI_VERSION_H */
