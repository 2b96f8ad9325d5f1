"""bindings/python/bri/_build.py — builds the cffi extension ``bri._bri_cffi``.

API mode: cffi compiles a small C module from the declarations in _decl.h
against libbri's public headers and links it with libbri. Run by make:

    python3 _build.py TOP_BUILDDIR TOP_SRCDIR [LIBDIR]

The extension is written to TOP_BUILDDIR/bindings/python/bri/, next to the
package's .py files (copied there from the source tree in a VPATH build), so
PYTHONPATH=TOP_BUILDDIR/bindings/python imports the uninstalled package.
LIBDIR (default TOP_BUILDDIR/libbri/.libs) is where -lbri is found.
"""
import os
import shutil
import subprocess
import sys

import cffi

HERE = os.path.dirname(os.path.abspath(__file__))


def replace_file(src, dst):
    """Copies src over dst atomically (a new inode, then rename): a process
    that has the old extension mapped keeps it intact. Copying in place
    would rewrite pages under a running interpreter and crash it."""
    tmp = "%s.tmp%d" % (dst, os.getpid())
    shutil.copyfile(src, tmp)
    os.replace(tmp, dst)


def pkg_config(*args):
    out = subprocess.run(["pkg-config"] + list(args) + ["glib-2.0"],
                         check=True, capture_output=True, text=True).stdout
    return out.split()


def make_ffibuilder(builddir, srcdir, libdir=None):
    builddir = os.path.abspath(builddir)
    srcdir = os.path.abspath(srcdir)
    if libdir is None:
        libdir = os.path.join(builddir, "libbri", ".libs")
    ffibuilder = cffi.FFI()
    with open(os.path.join(srcdir, "bindings", "python", "bri", "_decl.h"),
              encoding="utf-8") as f:
        ffibuilder.cdef(f.read())
    ffibuilder.set_source(
        "bri._bri_cffi",
        "#include <bri/bri.h>\n",
        include_dirs=[os.path.join(srcdir, "include"), builddir],
        library_dirs=[libdir],
        libraries=["bri"] + [a[2:] for a in pkg_config("--libs-only-l")],
        extra_compile_args=pkg_config("--cflags"),
    )
    return ffibuilder


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: _build.py TOP_BUILDDIR TOP_SRCDIR [LIBDIR]\n")
        return 2
    builddir, srcdir = argv[1], argv[2]
    libdir = argv[3] if len(argv) > 3 else None
    outdir = os.path.join(os.path.abspath(builddir), "bindings", "python")
    pkgsrc = os.path.join(os.path.abspath(srcdir), "bindings", "python", "bri")
    pkgout = os.path.join(outdir, "bri")
    os.makedirs(pkgout, exist_ok=True)
    if os.path.realpath(pkgsrc) != os.path.realpath(pkgout):
        for name in os.listdir(pkgsrc):
            if name.endswith(".py") and name != "_build.py":
                replace_file(os.path.join(pkgsrc, name), os.path.join(pkgout, name))
    ffibuilder = make_ffibuilder(builddir, srcdir, libdir)
    tmpdir = os.path.join(outdir, "_cffi_build")
    so = ffibuilder.compile(tmpdir=tmpdir, verbose=False)
    target = os.path.join(pkgout, os.path.basename(so))
    replace_file(so, target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
