# tests/browser/local.mk — the explorer page and the timeline chart (issue
# 21): `bri explore` pages in headless chromium (tests/browser/explore.js,
# puppeteer-core from $(BRI_EXPLORE_MODULES)), and the CLI's explore and
# chart checks (tests/cli/test-explore.sh; the chart's words, read back
# from its PDF with pdftotext, tests/cli/test-chart-text.sh). The screenshot stays in the
# build tree.
TESTS += tests/browser/test-explore.sh tests/cli/test-explore.sh tests/cli/test-chart-text.sh
EXTRA_DIST += tests/browser/test-explore.sh tests/browser/explore.js \
	tests/browser/local.mk
AM_TESTS_ENVIRONMENT += BRI_EXPLORE_MODULES='$(BRI_EXPLORE_MODULES)'; export BRI_EXPLORE_MODULES; \
	CHROMIUM='$(CHROMIUM)'; export CHROMIUM;
CLEANFILES += tests/browser/explore-shot.png
