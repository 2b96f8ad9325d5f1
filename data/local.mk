# data/local.mk
