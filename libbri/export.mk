# libbri/export.mk
