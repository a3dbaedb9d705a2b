#include "Completion.h"

#include "Commands.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace calloutctl {

QString bashCompletion()
{
    QStringList names{u"completion"_s, u"proxy-env"_s};
    for (const Command &command : commands())
        names.append(command.method.toString());
    // Credential names come from the running agent only (--no-start): completing never starts one.
    return uR"bash(# bash completion for calloutctl; load it with: source <(calloutctl completion bash)
_calloutctl()
{
    local cur prev words cword
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev=""
    [ "$COMP_CWORD" -gt 0 ] && prev="${COMP_WORDS[COMP_CWORD-1]}"
    local commands="%1"
    local options="--json --names --replace --timeout --token-file --port --no-start --help --version"
    local command="" word
    for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        case "$word" in -*) ;; *) command="$word"; break ;; esac
    done
    case "$prev" in
        --token-file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --timeout|--port) COMPREPLY=(); return ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [ -z "$command" ]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    else
        case "$command" in
            import) COMPREPLY=($(compgen -f -- "$cur")) ;;
            completion) COMPREPLY=($(compgen -W "bash" -- "$cur")) ;;
            proxy) COMPREPLY=($(compgen -W "on off status" -- "$cur")) ;;
            status|login|token|report-expired|logout|remove)
                COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" list --names --no-start 2>/dev/null)" -- "$cur")) ;;
            *) COMPREPLY=() ;;
        esac
    fi
}
complete -F _calloutctl calloutctl
)bash"_s.arg(names.join(u' '));
}

} // namespace calloutctl
