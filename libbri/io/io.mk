# libbri/io/io.mk — CSV I/O: the CSV module (the only code that includes
# libcsv's <csv.h>), the atomic file writer and the journal, loading and
# saving data set directories, and where the bundled data sets are.
libbri_libbri_la_SOURCES += \
	libbri/io/csv-reader.h \
	libbri/io/csv-reader.c \
	libbri/io/csv-writer.h \
	libbri/io/csv-writer.c \
	libbri/io/load.c \
	libbri/io/save.c \
	libbri/io/journal.h \
	libbri/io/journal.c \
	libbri/io/atomic-file.h \
	libbri/io/atomic-file.c \
	libbri/io/bundled.c

brinclude_HEADERS += include/bri/io.h
