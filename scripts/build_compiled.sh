#!/usr/bin/env bash
# Build articlekit's optional compiled wheel (mypyc, through the hatch-mypyc build hook declared in
# pyproject.toml) into DIST_DIR (default: dist/). Needs a C compiler and the Python headers.
#
# The build runs on a copy of the tree: hatch-mypyc compiles in place, and compiled modules left
# in src/ would shadow the sources of an editable install.
#
#   scripts/build_compiled.sh [DIST_DIR]
#   pip install "articlekit[test] @ file://$(ls "$PWD"/dist/articlekit-*.whl)"
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="$(mkdir -p "${1:-$root/dist}" && cd "${1:-$root/dist}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
# Tracked and new (not ignored) files: what a clean clone of this tree would hold.
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' path; do
  [ -e "$path" ] && printf '%s\0' "$path"
done | xargs -0 cp --parents -t "$work"

cd "$work"
HATCH_BUILD_HOOKS_ENABLE=1 python3 -m pip wheel --quiet --no-deps --wheel-dir "$dist" .
ls "$dist"/articlekit-*.whl
