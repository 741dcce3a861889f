# bash completion for paperdex
_paperdex() {
  local cur prev words cword
  _init_completion -n = 2>/dev/null || {
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  }
  local commands="parse index search show export stats"
  local kinds="news brief commentary photo notice interview teaser"
  local fields="headline: title: body: byline: author: section: paper: caption: dateline: kind: page: date: id:"
  local cmd="" i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      parse|index|search|show|export|stats) cmd=${words[i]}; break ;;
    esac
  done
  # --option=value, as CLI11 takes it: one word (values then carry the option before them), or
  # three where '=' breaks words
  local pre=""
  if [[ $cur == --*=* ]]; then
    prev=${cur%%=*}
    pre=$prev=
    cur=${cur#*=}
  elif [[ $prev == = && $cword -ge 2 ]]; then
    prev=${words[cword-2]}
  fi
  case $prev in
    --index)
      COMPREPLY=($(compgen -P "$pre" -d -- "$cur"))
      compopt -o filenames 2>/dev/null
      return ;;
    --color) COMPREPLY=($(compgen -P "$pre" -W "auto always never" -- "$cur")); return ;;
    --sort)
      if [[ $cmd == export ]]; then COMPREPLY=($(compgen -P "$pre" -W "index date" -- "$cur"));
      else COMPREPLY=($(compgen -P "$pre" -W "relevance date -date" -- "$cur")); fi
      return ;;
    --facet) COMPREPLY=($(compgen -P "$pre" -W "date:year date:month paper section byline kind page" -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -P "$pre" -W "jsonl csv" -- "$cur")); return ;;
    --encoding) COMPREPLY=($(compgen -P "$pre" -W "utf-8 gbk gb18030 big5 big5-hkscs utf-16le utf-16be" -- "$cur")); return ;;
    --limit|--offset|--context|-C|--threads|--commit-every|--wait) return ;;
  esac
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  if [[ $cur == -* ]]; then
    local opts="--help"
    case $cmd in
      parse) opts+=" --json --encoding" ;;
      index) opts+=" --index --encoding --rebuild --prune --compact --quiet --wait --threads --commit-every" ;;
      search) opts+=" --index --json --jsonl --ids --files --context --line-number --no-collapse --count --facet --limit --offset --sort --color" ;;
      show) opts+=" --index --json --cite --query --color --no-pager" ;;
      export) opts+=" --index --jsonl --format --sort --bom" ;;
      stats) opts+=" --index --json" ;;
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  case $cmd in
    parse|index)
      # Files and folders; a folder completes to rmrb/ with no space after it.
      COMPREPLY=($(compgen -f -- "$cur"))
      compopt -o filenames 2>/dev/null ;;
    search|export)
      if [[ $cur == kind:* ]]; then
        COMPREPLY=($(compgen -P kind: -W "$kinds" -- "${cur#kind:}"))
      else
        COMPREPLY=($(compgen -W "$fields AND OR NOT" -- "$cur"))
        compopt -o nospace 2>/dev/null
      fi ;;
  esac
}
complete -F _paperdex paperdex
