"""Shared fixtures for the bri binding tests: the bundled graph and the
paths of the data the C tests use too (BRI_DATA, BRI_TEST_DATA, or the
source tree)."""
import os

import pytest

import bri

TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
DATA = os.environ.get("BRI_DATA") or os.path.join(TOP, "data")
TEST_DATA = os.environ.get("BRI_TEST_DATA") or os.path.join(TOP, "tests", "data")


@pytest.fixture(scope="session")
def graph():
    return bri.load()


@pytest.fixture
def write_dataset(tmp_path):
    """write_dataset({"entities.csv": "...", ...}) → a data set directory."""
    counter = [0]

    def write(files):
        counter[0] += 1
        d = tmp_path / ("ds%d" % counter[0])
        d.mkdir()
        for name, content in files.items():
            (d / name).write_text(content, encoding="utf-8")
        return str(d)
    return write
