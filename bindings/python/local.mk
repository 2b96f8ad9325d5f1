# bindings/python/local.mk
