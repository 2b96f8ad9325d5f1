# libbri/extract.mk
