# libbri/query.mk — views and igraph queries (issue 4).
