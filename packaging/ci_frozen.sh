#!/usr/bin/env bash
# Build the Linux bundle and prove the frozen program works on its own: unpacked
# from its tarball into a folder outside the source tree, with an empty PATH (no
# Python, no tools) and a clean environment, it prints its version, writes a demo
# plan, checks it, exports it to .xlsx and passes its GUI self-test offscreen.
#
#   bash packaging/ci_frozen.sh            (PYTHON=.venv/bin/python by default)
#
# .ci/run calls it after installing the packaging extra; the release workflow
# calls it on Linux with DIST=dist to keep the tarball. It prints the time each part took.
set -euo pipefail
cd "$(dirname "$0")/.."
source=$PWD
python=${PYTHON:-.venv/bin/python}
[[ $python == /* ]] || python=$source/$python
started=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/oa-desk-frozen.XXXXXX")
trap 'rm -rf "$work"' EXIT

# DIST=folder keeps the artefacts there (the release workflow); else they go with $work.
dist=${DIST:-$work/dist}
[[ $dist == /* ]] || dist=$source/$dist
"$python" packaging/build.py --dist "$dist" --work "$work/build"
built=$SECONDS
expected=$("$python" -c 'import sys; sys.path.insert(0, "packaging"); import assets; print(assets.version())')

tarball=$(ls "$dist"/oa-desk-*-linux-*.tar.gz)
mkdir -p "$work/run" "$work/home" "$work/empty-path"
tar -xzf "$tarball" -C "$work/run"
app=$(ls -d "$work"/run/oa-desk-*/)oa-desk
cd "$work/run"

frozen() {
  env -i HOME="$work/home" PATH="$work/empty-path" LANG=C.UTF-8 TMPDIR="$work" \
    QT_QPA_PLATFORM=offscreen "$app" "$@"
}
if env -i PATH="$work/empty-path" /bin/sh -c 'command -v python3 || command -v python' >/dev/null; then
  echo "ci_frozen: python is on the test PATH" >&2
  exit 1
fi

shown=$(frozen --version)
[[ $shown == "oa-desk $expected" ]] || { echo "ci_frozen: --version said '$shown', not $expected" >&2; exit 1; }
echo "ci_frozen: --version: $shown"
frozen demo plan.oadesk --force
frozen check plan.oadesk >check.txt
grep -q "integrity:      ok" check.txt || { cat check.txt; echo "ci_frozen: check failed" >&2; exit 1; }
frozen export plan.oadesk plan.xlsx
[[ $(head -c 2 plan.xlsx) == "PK" ]] || { echo "ci_frozen: plan.xlsx is not a workbook" >&2; exit 1; }
frozen export plan.oadesk plan.pdf
[[ $(head -c 4 plan.pdf) == "%PDF" ]] || { echo "ci_frozen: plan.pdf is not a PDF" >&2; exit 1; }
# A plan at the first plan format (made with the checkout's migrations), carried
# forward by the bundle's own: Alembic reads them as files inside the bundle.
(cd "$source" && "$python" - "$work/run/old.oadesk" <<'EOF'
import sqlite3, sys
from oa_desk.store.migrations import upgrade
from oa_desk.store.planfile import APPLICATION_ID
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
upgrade(conn, "0001")
conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
conn.execute("INSERT INTO plan (id, name, organisation, oa_product, vendor, description,"
             " created_at) VALUES (1, '老计划', '', '', '', '', '2026-01-05 09:00:00')")
conn.close()
EOF
)
printf 'path,headcount\n财务部,12\n' >departments.csv
frozen import old.oadesk departments.csv --kind departments --yes
frozen check old.oadesk >old.txt
if grep -q "plan format:    1$" old.txt; then
  cat old.txt; echo "ci_frozen: the old plan was not upgraded" >&2; exit 1
fi
echo "ci_frozen: an old plan was upgraded: $(grep 'plan format' old.txt)"
frozen --self-test
echo "ci_frozen: passed (bundle $(du -sm "$(dirname "$app")" | cut -f1) MB unpacked, tarball $(du -m "$tarball" | cut -f1) MB; build $((built - started)) s, checks $((SECONDS - built)) s)"
