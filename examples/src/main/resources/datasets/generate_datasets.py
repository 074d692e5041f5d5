#!/usr/bin/python3
"""Regenerate the dataset CSVs in this folder from scikit-learn's bundled copies.

The build never runs this script. The CSVs are committed as they are; this
script only documents, and lets anyone repeat, how they were made.

Source: the files bundled in Debian's ``python3-sklearn`` package
(scikit-learn 1.2.1, Debian version 1.2.1+dfsg-1 was used), read through
``sklearn.datasets.load_breast_cancer``, ``load_iris``, ``load_wine``,
``load_digits`` and ``load_diabetes(scaled=False)``. Those loaders read files that ship inside the package
(``sklearn/datasets/data/``); nothing is downloaded (no ``fetch_*`` call).

Run it with Debian's interpreter, which sees the Debian package::

    apt-get install -y python3-sklearn
    /usr/bin/python3 generate_datasets.py [OUTPUT_DIR]

OUTPUT_DIR defaults to the folder holding this script.

Output format (deterministic: same package version, same bytes):
  * first line: the feature names in snake_case, then ``target``;
  * one row per sample, in the original file order;
  * features written with Python's ``repr`` of the float (the shortest text
    that reads back as exactly the same double), so e.g. ``1001`` in the
    source becomes ``1001.0``; digits pixels are integers 0..16 and are
    written without ``.0``;
  * ``target`` is the integer class label as sklearn encodes it
    (breast cancer: 0 = malignant, 1 = benign); for the regression dataset
    (diabetes) it is the continuous target, written with ``repr`` like the
    features (e.g. ``151.0``);
  * comma separated, no quoting, LF line endings, final newline.

After writing, the script reads every CSV back and checks that each value
equals, bit for bit, both what the loader returned and the token in the raw
bundled file, then prints rows, columns, class counts and SHA-256 of each file.
"""

import collections
import csv
import gzip
import hashlib
import os
import re
import sys

import numpy as np
import sklearn
from sklearn import datasets

RAW_DIR = os.path.join(os.path.dirname(datasets.__file__), "data")

# name -> (loader, raw bundled file, expected shape, number of classes, integer features)
SPECS = [
    ("breast_cancer", datasets.load_breast_cancer, "breast_cancer.csv", (569, 30), 2, False),
    ("iris", datasets.load_iris, "iris.csv", (150, 4), 3, False),
    ("wine", datasets.load_wine, "wine_data.csv", (178, 13), 3, False),
    ("digits", datasets.load_digits, "digits.csv.gz", (1797, 64), 10, True),
]

# Regression: name -> (loader, raw feature file, raw target file, expected shape). The raw (unscaled) features,
# not scikit-learn's default mean-centred and scaled copy: the examples standardise them themselves.
REGRESSION_SPECS = [
    ("diabetes", lambda: datasets.load_diabetes(scaled=False), "diabetes_data_raw.csv.gz",
     "diabetes_target.csv.gz", (442, 10)),
]


def snake_case(name):
    s = re.sub(r"[^0-9a-zA-Z]+", "_", str(name)).strip("_").lower()
    if not s:
        raise ValueError("empty column name from %r" % (name,))
    return s


def fmt_float(v):
    v = float(v)
    if not np.isfinite(v):
        raise ValueError("non-finite value %r" % (v,))
    return repr(v)


def fmt_int(v):
    v = float(v)
    if not v.is_integer():
        raise ValueError("expected an integer value, got %r" % (v,))
    return str(int(v))


def raw_rows(raw_file):
    """Rows of the raw bundled file (features + label), as text tokens."""
    path = os.path.join(RAW_DIR, raw_file)
    if raw_file.endswith(".gz"):
        with gzip.open(path, "rt", newline="") as f:
            text = f.read()
        lines = text.splitlines()
    else:
        with open(path, newline="") as f:
            lines = f.read().splitlines()
        lines = lines[1:]  # first line is "n_samples,n_features,class names..."
    return [line.split(",") for line in lines if line.strip()]


def write_csv(path, header, X, y, integer_features):
    fmt = fmt_int if integer_features else fmt_float
    with open(path, "w", newline="", encoding="ascii") as f:
        f.write(",".join(header) + "\n")
        for row, label in zip(X, y):
            f.write(",".join(fmt(v) for v in row) + "," + str(int(label)) + "\n")


def raw_matrix(raw_file):
    """Whitespace-separated rows of a gzipped raw bundled file, as text tokens."""
    with gzip.open(os.path.join(RAW_DIR, raw_file), "rt", newline="") as f:
        return [line.split() for line in f.read().splitlines() if line.strip()]


def write_regression_csv(path, header, X, y):
    with open(path, "w", newline="", encoding="ascii") as f:
        f.write(",".join(header) + "\n")
        for row, target in zip(X, y):
            f.write(",".join(fmt_float(v) for v in row) + "," + fmt_float(target) + "\n")


def read_rows(path, header):
    """The rows after the header line, after checking the file's line endings and its header."""
    with open(path, "rb") as f:
        data = f.read()
    assert b"\r" not in data, "CR found in " + path
    assert data.endswith(b"\n") and not data.endswith(b"\n\n")
    with open(path, newline="", encoding="ascii") as f:
        rows = list(csv.reader(f))
    assert rows[0] == header, "header mismatch"
    return rows[1:]


def verify_regression(path, header, X, y, raw_x, raw_y):
    body = read_rows(path, header)
    assert len(body) == X.shape[0] == len(raw_x) == len(raw_y), "row count"
    for i, row in enumerate(body):
        assert len(row) == X.shape[1] + 1 and len(raw_x[i]) == X.shape[1] and len(raw_y[i]) == 1, i
        for j in range(X.shape[1]):
            v = float(row[j])
            assert v == float(X[i, j]) and v == float(raw_x[i][j]), (i, j, row[j], raw_x[i][j])
        t = float(row[-1])
        assert t == float(y[i]) and t == float(raw_y[i][0]), ("target", i, row[-1], raw_y[i][0])
    return len(body), len(body[0]) - 1, min(float(r[-1]) for r in body), max(float(r[-1]) for r in body)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def verify(path, header, X, y, raw, integer_features):
    body = read_rows(path, header)
    assert len(body) == X.shape[0], "row count"
    assert len(raw) == X.shape[0], "raw row count"
    for i, (row, raw_row) in enumerate(zip(body, raw)):
        assert len(row) == X.shape[1] + 1, "column count in row %d" % i
        assert len(raw_row) == X.shape[1] + 1, "raw column count in row %d" % i
        for j in range(X.shape[1]):
            v = float(row[j])
            # bit-exact against the loader and against the raw bundled token
            assert v == float(X[i, j]) and v == float(raw_row[j]), (i, j, row[j], raw_row[j])
            if integer_features:
                assert row[j] == raw_row[j], (i, j, row[j], raw_row[j])
        assert int(row[-1]) == int(y[i]) == int(float(raw_row[-1])), ("target", i)
    return len(body), len(body[0]) - 1, collections.Counter(int(r[-1]) for r in body)


def load(name, loader, shape, out_dir):
    """The loaded bunch, its data and target (checked against the expected shape), the CSV header and path."""
    bunch = loader()
    X, y = bunch.data, bunch.target
    assert X.shape == shape, (name, X.shape)
    assert y.shape == (shape[0],)
    header = [snake_case(n) for n in bunch.feature_names] + ["target"]
    assert len(set(header)) == len(header), "duplicate column names"
    assert len(header) == shape[1] + 1
    return bunch, X, y, header, os.path.join(out_dir, name + ".csv")


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out_dir, exist_ok=True)
    print("scikit-learn %s (files from %s)" % (sklearn.__version__, RAW_DIR))
    for name, loader, raw_file, shape, n_classes, integer_features in SPECS:
        bunch, X, y, header, path = load(name, loader, shape, out_dir)
        write_csv(path, header, X, y, integer_features)
        rows, cols, counts = verify(path, header, X, y, raw_rows(raw_file), integer_features)
        assert sorted(counts) == list(range(n_classes)), counts
        names = [str(t) for t in bunch.target_names]
        print("%s.csv: %d rows x %d features, %d classes" % (name, rows, cols, len(counts)))
        print("  class counts: " + ", ".join(
            "%d (%s) = %d" % (k, names[k], counts[k]) for k in sorted(counts)))
        print("  bytes: %d  sha256: %s" % (os.path.getsize(path), sha256(path)))
    for name, loader, raw_x_file, raw_y_file, shape in REGRESSION_SPECS:
        bunch, X, y, header, path = load(name, loader, shape, out_dir)
        write_regression_csv(path, header, X, y)
        rows, cols, lo, hi = verify_regression(path, header, X, y, raw_matrix(raw_x_file), raw_matrix(raw_y_file))
        print("%s.csv: %d rows x %d features, continuous target in [%r, %r]" % (name, rows, cols, lo, hi))
        print("  bytes: %d  sha256: %s" % (os.path.getsize(path), sha256(path)))


if __name__ == "__main__":
    main()
