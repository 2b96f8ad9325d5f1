"""bindings/python/setup.py — cffi's setuptools hook, and bri/_config.py.

Everything else is in pyproject.toml. cffi_modules builds bri._bri_cffi with
ffibuild.py (against the libbri that pkg-config finds); build_py writes
bri/_config.py, which tells the package where libbri's bundled data was
installed (pkg-config's pkgdatadir), as `make install` does.
"""
import os
import sys

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ffibuild  # noqa: E402


class BuildPyWithConfig(build_py):
    def run(self):
        super().run()
        path = os.path.join(self.build_lib, "bri", "_config.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write('"""Written by setup.py: where libbri\'s bundled data is."""\n')
            f.write("PKGDATADIR = %r\n" % ffibuild.pkg_config("--variable=pkgdatadir")[0])


setup(cffi_modules=["ffibuild.py:ffibuilder"], cmdclass={"build_py": BuildPyWithConfig})
