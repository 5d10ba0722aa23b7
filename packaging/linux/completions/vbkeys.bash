# bash completion for vbkeys(1)
_vbkeys()
{
    local cur prev verb
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    local verbs="profiles login list create token revoke rename exec import-vn help"
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "$verbs --help --version" -- "$cur"))
        return
    fi
    verb=${COMP_WORDS[1]}
    case $prev in
        --profile)
            local names
            names=$(vbkeys profiles --json 2>/dev/null | sed -n 's/^ *"name": "\(.*\)",\{0,1\}$/\1/p')
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$names" -- "$cur"))
            return ;;
        --file) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --expires) COMPREPLY=($(compgen -W "30d 90d 1y" -- "$cur")); return ;;
        --server|--username|--detail|--key|--env|--expiring) return ;;
    esac
    local options="--help --profile"
    case $verb in
        profiles) options="--help --json" ;;
        login) options="$options --server --username --accesskey --password-stdin --accesskey-stdin" ;;
        list) options="$options --json --expiring" ;;
        create) options="$options --detail --expires --json --reveal" ;;
        token) options="$options --reveal" ;;
        revoke) options="$options --yes" ;;
        rename) options="$options --detail" ;;
        exec)
            local i
            for ((i = 2; i < COMP_CWORD; i++)); do
                if [ "${COMP_WORDS[i]}" = "--" ]; then
                    COMPREPLY=($(compgen -c -- "$cur"))
                    return
                fi
            done
            options="$options --key --env --" ;;
        import-vn) options="--help --file --scrub" ;;
        help) COMPREPLY=($(compgen -W "$verbs" -- "$cur")); return ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
}
complete -F _vbkeys vbkeys
