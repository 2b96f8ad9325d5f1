"""bindings/python/ffibuild.py — the cffi extension bri._bri_cffi, built
against an installed libbri found through pkg-config (the route of
`pip install bindings/python`; make uses bri/_build.py on the uninstalled
library instead). The declarations are bri/_decl.h, shared by both.

A libbri installed outside the linker's default directories (a prefix of
one's own, found through PKG_CONFIG_PATH) is linked with an rpath to its
libdir, so the module loads without LD_LIBRARY_PATH.
"""
import os
import subprocess

import cffi

HERE = os.path.dirname(os.path.abspath(__file__))
SYSTEM_LIBDIRS = {"/usr/lib", "/lib", "/usr/lib64", "/lib64",
                  "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu"}


def pkg_config(*args):
    """pkg-config ARGS libbri, split into words; a clear error when libbri
    is not installed (or PKG_CONFIG_PATH does not lead to it)."""
    cmd = [os.environ.get("PKG_CONFIG", "pkg-config")] + list(args) + ["libbri"]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    except FileNotFoundError:
        raise SystemExit("building bri needs pkg-config (Debian: apt-get install pkg-config)")
    except subprocess.CalledProcessError as e:
        raise SystemExit("pkg-config does not find libbri (%s): install libbri "
                         "(`make install`, or Debian's libbri-dev) or set "
                         "PKG_CONFIG_PATH to its lib/pkgconfig" % e.stderr.strip())
    return out.split()


def make_ffibuilder():
    ffibuilder = cffi.FFI()
    with open(os.path.join(HERE, "bri", "_decl.h"), encoding="utf-8") as f:
        ffibuilder.cdef(f.read())
    libdir = pkg_config("--variable=libdir")[0]
    rpath = [] if os.path.realpath(libdir) in SYSTEM_LIBDIRS else [libdir]
    ffibuilder.set_source(
        "bri._bri_cffi",
        "#include <bri/bri.h>\n",
        extra_compile_args=pkg_config("--cflags"),
        extra_link_args=pkg_config("--libs"),
        runtime_library_dirs=rpath,
    )
    return ffibuilder


ffibuilder = make_ffibuilder()

if __name__ == "__main__":
    ffibuilder.compile(verbose=True)
