# bindings/python/local.mk — the `bri` Python package: a cffi extension built
# against the in-tree libbri by $(BRI_PYTHON) (configure picks a Python that
# imports cffi), the Pythonic modules, and the pytest suite run by make check.
python_bri_sources = \
	bindings/python/bri/__init__.py \
	bindings/python/bri/_ffi.py \
	bindings/python/bri/errors.py \
	bindings/python/bri/graph.py \
	bindings/python/bri/view.py \
	bindings/python/bri/importers.py \
	bindings/python/bri/extract.py \
	bindings/python/bri/corridors.py \
	bindings/python/bri/export.py
python_bri_tests = \
	bindings/python/tests/conftest.py \
	bindings/python/tests/test_graph.py \
	bindings/python/tests/test_summary.py \
	bindings/python/tests/test_memory.py \
	bindings/python/tests/test_view.py \
	bindings/python/tests/test_import.py \
	bindings/python/tests/test_extract.py \
	bindings/python/tests/test_analysts.py \
	bindings/python/tests/test_explore.py \
	bindings/python/tests/test_export.py \
	bindings/python/tests/test_docstrings.py
EXTRA_DIST += $(python_bri_sources) $(python_bri_tests) \
	bindings/python/bri/_decl.h bindings/python/bri/_build.py \
	bindings/python/tests/run-pytest.sh bindings/python/README.md \
	bindings/python/tests/run-mypy.sh bindings/python/bri/py.typed \
	bindings/python/pyproject.toml bindings/python/setup.py \
	bindings/python/ffibuild.py \
	examples/summary.py examples/cooperation.py \
	examples/freight_routes.py examples/monthly_actors.py

if WITH_PYTHON
python_bri_stamp = bindings/python/bri/.cffi-stamp

# The extension lands in $(top_builddir)/bindings/python/bri/ next to the
# package's .py files (copied there in a VPATH build).
$(python_bri_stamp): libbri/libbri.la $(top_srcdir)/bindings/python/bri/_decl.h \
		$(top_srcdir)/bindings/python/bri/_build.py \
		$(python_bri_sources)
	$(AM_V_GEN)$(BRI_PYTHON) $(top_srcdir)/bindings/python/bri/_build.py \
		$(abs_top_builddir) $(abs_top_srcdir) >/dev/null && touch $@

all-local: $(python_bri_stamp)

CLEANFILES += $(python_bri_stamp) bindings/python/bri/_bri_cffi*.so
clean-local: clean-local-python
clean-local-python:
	-rm -rf bindings/python/_cffi_build bindings/python/bri/__pycache__ \
		bindings/python/tests/__pycache__ bindings/python/.pytest_cache
	-test "$(abs_top_srcdir)" = "$(abs_top_builddir)" || \
		for f in $(python_bri_sources); do rm -f "$$f"; done

TESTS += bindings/python/tests/run-pytest.sh bindings/python/tests/run-mypy.sh
AM_TESTS_ENVIRONMENT += \
	BRI_PYTHON='$(BRI_PYTHON)'; export BRI_PYTHON; \
	BRI_TOP_SRCDIR='$(abs_top_srcdir)'; export BRI_TOP_SRCDIR; \
	BRI_TOP_BUILDDIR='$(abs_top_builddir)'; export BRI_TOP_BUILDDIR;

# Installation into the Python site directory of $(prefix) (platlib: the
# package holds a compiled module).
python_bri_sitedir = `$(BRI_PYTHON) -c 'import sys, sysconfig; \
  d = "dist-packages" if "dist-packages" in sysconfig.get_path("platlib") else "site-packages"; \
  print("$(exec_prefix)/lib/python%d.%d/%s" % (sys.version_info[:2] + (d,)))'`
install-data-local: install-data-local-python
install-data-local-python: $(python_bri_stamp)
	d="$(DESTDIR)$(python_bri_sitedir)/bri"; \
	$(MKDIR_P) "$$d" && \
	for f in $(python_bri_sources); do \
	  $(INSTALL_DATA) "$(top_srcdir)/$$f" "$$d/" || exit 1; done && \
	$(INSTALL_DATA) bindings/python/bri/_bri_cffi*.so "$$d/" && \
	$(INSTALL_DATA) $(top_srcdir)/bindings/python/bri/py.typed "$$d/" && \
	echo 'PKGDATADIR = "$(pkgdatadir)"' > "$$d/_config.py" && \
	$(BRI_PYTHON) -m compileall -q -d "$(python_bri_sitedir)/bri" "$$d" >/dev/null
uninstall-local: uninstall-local-python
uninstall-local-python:
	-rm -rf "$(DESTDIR)$(python_bri_sitedir)/bri"
.PHONY: clean-local-python install-data-local-python uninstall-local-python
endif
