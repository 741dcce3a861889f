# bash completion for paperdex
_paperdex() {
  local cur prev words cword
  _init_completion 2>/dev/null || {
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  }
  local commands="parse index search show export stats"
  local cmd="" i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      parse|index|search|show|export|stats) cmd=${words[i]}; break ;;
    esac
  done
  case $prev in
    --index) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --sort)
      if [[ $cmd == export ]]; then COMPREPLY=($(compgen -W "index date" -- "$cur"));
      else COMPREPLY=($(compgen -W "relevance date -date" -- "$cur")); fi
      return ;;
    --facet) COMPREPLY=($(compgen -W "date:year date:month paper section byline kind page" -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -W "jsonl csv" -- "$cur")); return ;;
    --encoding) COMPREPLY=($(compgen -W "utf-8 gbk gb18030 big5 big5-hkscs utf-16le utf-16be" -- "$cur")); return ;;
  esac
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  if [[ $cur == -* ]]; then
    local opts="--help"
    case $cmd in
      parse) opts+=" --json --encoding" ;;
      index) opts+=" --index --encoding --rebuild --prune --compact --quiet --threads --commit-every" ;;
      search) opts+=" --index --json --jsonl --ids --files --context --count --facet --limit --offset --sort --color" ;;
      show) opts+=" --index --json --cite" ;;
      export) opts+=" --index --jsonl --format --sort --bom" ;;
      stats) opts+=" --index --json" ;;
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  case $cmd in
    parse|index) COMPREPLY=($(compgen -f -- "$cur")) ;;
    search|export)
      COMPREPLY=($(compgen -W "headline: title: byline: author: section: paper: caption: dateline: kind: page: date: id: AND OR NOT" -- "$cur"))
      compopt -o nospace 2>/dev/null ;;
  esac
}
complete -F _paperdex paperdex
