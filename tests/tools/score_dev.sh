#!/usr/bin/env bash
# Scores `paperdex parse --json` on a folder of issues with gold annotations (the development sets
# beside the checkout) with score_set.py, and fails when a mean falls under its floor. A folder that
# is not there is a skip (exit 77), not a failure: the sets are not part of the project.
# usage: tests/tools/score_dev.sh BIN SCORE_SET DIR [score_set options…]
set -u
bin=$1 score_set=$2 dir=$3
shift 3
if [ ! -d "$dir" ] || [ ! -f "$score_set" ]; then
  echo "skipped: $dir or $score_set is not there"
  exit 77
fi
python3 "$score_set" "$bin" "$dir" "$@"
