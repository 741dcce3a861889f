#!/usr/bin/env bash
# The bash completion offers every long option each command's --help lists, the values of the
# options that take a word (--color=, --sort, --facet, --format), the kinds after kind:, the fields,
# and folders for paths; the man page names every option too.
# Usage: completion_test.sh PAPERDEX COMPLETION_FILE MAN_PAGE
set -uo pipefail
bin=$1
source "$2"
compopt() { :; }  # only readline can take it
fail=0
man=$(sed 's/\\-/-/g' "$3")  # groff writes a - as \- or plain
# The completions of a command line (a trailing space starts a new word).
complete_line() {
  COMP_LINE=$1
  read -r -a COMP_WORDS <<< "$1"
  [[ $1 == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _paperdex
  printf '%s\n' "${COMPREPLY[@]}"
}
expect() {  # expect LINE WORD: completing LINE offers WORD
  local offered
  offered=$(complete_line "$1")
  if ! grep -qxF -- "$2" <<< "$offered"; then
    echo "completing '$1' does not offer '$2'" >&2
    fail=1
  fi
}
for cmd in parse index search show export stats; do
  expect "paperdex " "$cmd"
  for opt in $("$bin" "$cmd" --help | grep -oE '^ +(-[A-Za-z],)?--[a-z-]+' | grep -oE -- '--[a-z-]+'); do
    expect "paperdex $cmd --" "$opt"
    [[ $opt == --help ]] && continue
    if ! grep -qF -- "$opt" <<< "$man"; then
      echo "the man page does not name $cmd $opt" >&2
      fail=1
    fi
  done
done
for v in auto always never; do expect "paperdex search --color=" "--color=$v"; expect "paperdex show --color " "$v"; done
for v in relevance date -date; do expect "paperdex search --sort " "$v"; done
for v in index date; do expect "paperdex export --sort " "$v"; done
for v in date:year date:month paper section byline kind page; do expect "paperdex search --facet " "$v"; done
for v in jsonl csv; do expect "paperdex export --format=" "--format=$v"; done
for v in news brief commentary photo notice interview teaser; do expect "paperdex search kind:" "kind:$v"; done
for f in $("$bin" search --help | grep -oE '^    [a-z]+: (\([a-z]+:\) )?' | grep -oE '[a-z]+:'); do
  expect "paperdex search " "$f"
  expect "paperdex export " "$f"
done
dir=$(mktemp -d)
mkdir "$dir/rmrb"
(cd "$dir" && expect "paperdex index rm" "rmrb" && expect "paperdex search --index rm" "rmrb") || fail=1
rm -rf "$dir"
[[ $fail == 0 ]] && echo "the completion and the man page cover every option; the completion every value, kind and field"
exit $fail
