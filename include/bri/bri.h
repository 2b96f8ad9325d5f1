/* bri/bri.h — the umbrella header of libbri: include this one. */
#ifndef BRI_H
#define BRI_H

#include <bri/version.h>
#include <bri/error.h>
#include <bri/date.h>
#include <bri/entity.h>
#include <bri/relation.h>
#include <bri/source.h>
#include <bri/graph.h>
#include <bri/io.h>
#include <bri/filter.h>
#include <bri/view.h>
#include <bri/query.h>
#include <bri/corridors.h>
#include <bri/export.h>
#include <bri/explore.h>
#include <bri/extract.h>
#include <bri/import.h>

#endif /* BRI_H */
