#include "Completion.h"

#include "Commands.h"
#include "callout/model/ProviderPresets.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace calloutctl {

QString bashCompletion()
{
    QStringList names{u"completion"_s, u"proxy-env"_s, u"call"_s, u"provider"_s};
    for (const Command &command : commands())
        names.append(command.method.toString());
    QStringList presets; // compiled in: `provider add --preset` and `provider presets` complete them
    if (const callout::Result<callout::ProviderPresets> catalogue = callout::ProviderPresets::builtIn();
        catalogue.ok()) {
        for (const callout::ProviderPreset &preset : catalogue->presets())
            presets.append(preset.id);
    }
    // Credential names come from the running agent only (--no-start): completing never starts one;
    // after --demo, from the demo's agent.
    return uR"bash(# bash completion for calloutctl; load it with: source <(calloutctl completion bash)
_calloutctl()
{
    local cur prev words cword
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev=""
    [ "$COMP_CWORD" -gt 0 ] && prev="${COMP_WORDS[COMP_CWORD-1]}"
    local commands="%1"
    local options="--json --names --replace --timeout --token-file --port --no-start --demo --help --version --preset --client-id --client-secret-file --name --set"
    local presets="%2"
    local call_options="-X --request -H --header -d --data --data-binary -i --include -o --output --wait -f --fail --no-start --help"
    local command="" word instance=""
    for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        case "$word" in --demo) instance="--demo" ;; -*) ;; *) command="$word"; break ;; esac
    done
    case "$prev" in
        --token-file|-o|--output|--client-secret-file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --timeout|--port|--wait|-H|--header|-d|--data|--data-binary|--client-id|--name|--set) COMPREPLY=(); return ;;
        --preset) COMPREPLY=($(compgen -W "$presets" -- "$cur")); return ;;
        -X|--request) COMPREPLY=($(compgen -W "GET POST PUT PATCH DELETE HEAD OPTIONS" -- "$cur")); return ;;
    esac
    if [ "$command" = call ]; then
        # callout:NAME/ — bash splits words at ':', so complete the whole word, then cut what it has
        local whole="$cur"
        [ "$prev" = ":" ] && whole="callout:$cur"
        [ "$cur" = ":" ] && whole="callout:"
        if [[ "$whole" == -* ]]; then
            COMPREPLY=($(compgen -W "$call_options" -- "$whole"))
        else
            local addresses="" name i
            for name in $("${COMP_WORDS[0]}" $instance list --names --no-start 2>/dev/null); do addresses+=" callout:$name/"; done
            COMPREPLY=($(compgen -W "$addresses" -- "$whole"))
            if [[ "$whole" == *:* && "$COMP_WORDBREAKS" == *:* ]]; then
                for i in "${!COMPREPLY[@]}"; do COMPREPLY[$i]="${COMPREPLY[$i]#callout:}"; done
            fi
            compopt -o nospace 2>/dev/null
        fi
        return
    fi
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [ -z "$command" ]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    else
        case "$command" in
            import) COMPREPLY=($(compgen -f -- "$cur")) ;;
            completion) COMPREPLY=($(compgen -W "bash" -- "$cur")) ;;
            proxy) COMPREPLY=($(compgen -W "on off status" -- "$cur")) ;;
            provider)
                case "$prev" in
                    provider) COMPREPLY=($(compgen -W "add presets" -- "$cur")) ;;
                    presets) COMPREPLY=($(compgen -W "$presets" -- "$cur")) ;;
                    *) COMPREPLY=() ;;
                esac ;;
            status|login|token|report-expired|logout|remove)
                COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" $instance list --names --no-start 2>/dev/null)" -- "$cur")) ;;
            *) COMPREPLY=() ;;
        esac
    fi
}
complete -F _calloutctl calloutctl
)bash"_s.arg(names.join(u' '), presets.join(u' '));
}

} // namespace calloutctl
