#!/usr/bin/env bash
# Scores `paperdex parse --json` on every issue in a folder that has a NAME.gold.json beside NAME.txt.
# usage: tests/tools/score_fixtures.sh BIN SCORER DIR [scorer options…]
set -u
bin=$1 scorer=$2 dir=$3
shift 3
status=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for gold in "$dir"/*.gold.json; do
  txt=${gold%.gold.json}.txt
  [ -f "$txt" ] || continue
  if ! "$bin" parse --json "$txt" >"$tmp"; then
    echo "$(basename "$txt"): parse failed"
    status=1
    continue
  fi
  line=$(python3 "$scorer" "$gold" "$tmp" "$@")
  rc=$?
  echo "$(basename "$txt"): $line"
  [ $rc -eq 0 ] || status=1
done
exit $status
