# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_meshman_global_optspecs
    string join \n home= json q/quiet v/verbose passphrase-file= h/help V/version
end

function __fish_meshman_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_meshman_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_meshman_using_subcommand
    set -l cmd (__fish_meshman_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c meshman -n "__fish_meshman_needs_command" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_needs_command" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_needs_command" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_needs_command" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_needs_command" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_needs_command" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_needs_command" -s V -l version -d 'Print version'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "profile" -d 'Create, inspect, export, verify and revoke personal profiles'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "device" -d 'This device\'s profile; connect, list and revoke devices'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "account" -d 'Portal accounts: validate, create, delete, status'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "recover" -d 'Rebuild a profile from a quorum of recovery shares'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "udf" -d 'Uniform Data Fingerprints: digests, nonces, keyed authenticators'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "shares" -d 'Split a secret into Shamir shares and combine them again'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "portal" -d 'Run a portal, or ask one what it speaks'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "password" -d 'Site passwords: add, get, list, delete, generate, import browser exports'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "contact" -d 'Contacts: names, addresses, phones, Mesh addresses'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "task" -d 'Tasks: to-do items with due dates'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "bookmark" -d 'Bookmarks: URLs with titles and tags'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "ssh" -d 'SSH public keys of your devices and known host keys'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "mail" -d 'Mail account settings'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "sync" -d 'Synchronize catalogs with the portal both ways (exit 3: conflicts)'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "conflicts" -d 'Show sync conflicts with both sides, or settle one'
complete -c meshman -n "__fish_meshman_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "create" -d 'Create a master profile, this device\'s profile and a personal profile'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "list" -d 'List the profiles on this device'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "show" -d 'Show a profile: its devices, catalogs and which keys this device holds'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "default" -d 'Make a profile the default'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "export" -d 'Write a profile to FILE (public by default)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "import" -d 'Import a profile (public or private export) or a master revocation'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "verify" -d 'Check a profile\'s whole signature chain and say which link is broken'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "escrow" -d 'Make a recovery record and split its secret into shares (reference-10 §4.2)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "revoke" -d 'Write the signed master revocation ("suicide note") for your executors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and not __fish_seen_subcommand_from create list show default export import verify escrow revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from create" -l description -d 'Description of this device, shown to the user\'s other devices' -r
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from create" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from create" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from create" -l no-passphrase -d 'Store private keys unencrypted (files are still mode 0600)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from list" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from show" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from default" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from default" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from default" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from default" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from default" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from default" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from export" -l profile -d 'The profile [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from export" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from export" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from export" -l private -d 'Include the private keys, encrypted under the passphrase'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from export" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from import" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from import" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from import" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from verify" -l revocation -d 'A master revocation to check against the profile' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from verify" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from verify" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -s k -l quorum -d 'How many shares recover the profile (K, 2 to 15)' -r
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -s n -l shares -d 'How many shares to make (N, K to 15)' -r
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -l bits -d 'Size of the recovery secret in bits (128 or 256)' -r -f -a "128\t''
256\t''"
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -l file -d 'Write the record to FILE instead of publishing it' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -l account -d 'The account to publish to [default: the profile\'s account]' -r
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -l profile -d 'The profile [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -l qr -d 'Also draw each share as a QR code, for printing'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -l delete-master -d 'Remove the master keys from this device once the record is confirmed stored'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from escrow" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Where to write the revocation' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from revoke" -l reason -d 'Why the profile is revoked' -r
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from revoke" -l profile -d 'The profile [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from revoke" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from revoke" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from revoke" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a master profile, this device\'s profile and a personal profile'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles on this device'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile: its devices, catalogs and which keys this device holds'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "default" -d 'Make a profile the default'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a profile to FILE (public by default)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a profile (public or private export) or a master revocation'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a profile\'s whole signature chain and say which link is broken'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "escrow" -d 'Make a recovery record and split its secret into shares (reference-10 §4.2)'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Write the signed master revocation ("suicide note") for your executors'
complete -c meshman -n "__fish_meshman_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "show" -d 'Show this device\'s profile: fingerprint, description and public keys'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "list" -d 'List the devices of a profile (fingerprint, description, administration device or not)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "connect" -d 'Ask to join the profile of account ADDR from this (new) device'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "status" -d 'Ask the portal once for the answer to this device\'s connection request'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "pending" -d 'List connection requests waiting for an administration device'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "accept" -d 'Accept the connection request whose verification code starts with CODE'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "reject" -d 'Refuse the connection request whose verification code starts with CODE'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "pin" -d 'Make a one-time PIN that lets a new device connect without comparing codes'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "revoke" -d 'Remove a device from the profile and give every catalog a fresh key'
complete -c meshman -n "__fish_meshman_using_subcommand device; and not __fish_seen_subcommand_from show list connect status pending accept reject pin revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from show" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from list" -l profile -d 'The profile\'s fingerprint or a unique prefix of it [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from list" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l description -d 'Description of this device, shown on the administration device' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l pin -d 'One-time PIN from `meshman device pin`' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l uri -d 'The mmm:connect:ACCOUNT:PIN URI from `meshman device pin`' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l wait -d 'Seconds to wait for the answer' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l no-wait -d 'Post the request and return at once (then use `meshman device status`)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l no-passphrase -d 'Store private keys unencrypted on a fresh machine (files are still 0600)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from status" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from status" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from status" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from status" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from status" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -l account -d 'The account [default: the default account of this device]' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -l accept-pins -d 'Accept the requests that carry a valid, unused one-time PIN of this device'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pending" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -l account -d 'The account [default: the default account of this device]' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -l admin -d 'Also make the new device an administration device (needs the master key here)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -l pins -d 'Accept the requests that carry a valid one-time PIN instead of a code'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from reject" -l account -d 'The account [default: the default account of this device]' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from reject" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from reject" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from reject" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from reject" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from reject" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pin" -l expire -d 'How long the PIN stays valid' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pin" -l account -d 'The account [default: the default account of this device]' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pin" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pin" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pin" -l qr -d 'Also draw the mmm:connect: URI as a QR code on the terminal'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pin" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pin" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pin" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from pin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from revoke" -l account -d 'The account [default: the default account of this device]' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from revoke" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from revoke" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from revoke" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from revoke" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from revoke" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show this device\'s profile: fingerprint, description and public keys'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the devices of a profile (fingerprint, description, administration device or not)'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Ask to join the profile of account ADDR from this (new) device'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "status" -d 'Ask the portal once for the answer to this device\'s connection request'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "pending" -d 'List connection requests waiting for an administration device'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept the connection request whose verification code starts with CODE'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Refuse the connection request whose verification code starts with CODE'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "pin" -d 'Make a one-time PIN that lets a new device connect without comparing codes'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Remove a device from the profile and give every catalog a fresh key'
complete -c meshman -n "__fish_meshman_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -f -a "validate" -d 'Ask the portal whether an account name is acceptable and free'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -f -a "create" -d 'Create an account at its portal and bind a profile to it'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -f -a "delete" -d 'Delete an account at its portal (the profile itself is kept)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -f -a "status" -d 'Show an account: its portal, the portal\'s status, and whether the portal has the current profile'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -f -a "list" -d 'List the accounts this device knows'
complete -c meshman -n "__fish_meshman_using_subcommand account; and not __fish_seen_subcommand_from validate create delete status list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from validate" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from validate" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from validate" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from validate" -l reserve -d 'Ask the portal to hold the name for a few minutes'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from validate" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from validate" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from create" -l profile -d 'The profile to bind [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from create" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from create" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from create" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from delete" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from delete" -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from status" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from status" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from status" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from list" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Ask the portal whether an account name is acceptable and free'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an account at its portal and bind a profile to it'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an account at its portal (the profile itself is kept)'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show an account: its portal, the portal\'s status, and whether the portal has the current profile'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the accounts this device knows'
complete -c meshman -n "__fish_meshman_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l shares -d 'The recovery shares (at least the quorum; "-" reads them from stdin)' -r
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l account -d 'The account whose portal holds the record (and to rebind)' -r
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l file -d 'Read the record from FILE (written by `profile escrow --file`) instead of a portal' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l description -d 'Description of this device, if it has no device profile yet' -r
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l no-passphrase -d 'Store private keys unencrypted on a fresh machine (files are still 0600)'
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand recover" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand recover" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand recover" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand recover" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -f -a "digest" -d 'Print the content fingerprint of a file or of stdin'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -f -a "nonce" -d 'Print a random nonce'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -f -a "authenticator" -d 'Print the keyed authenticator of a file or of stdin under a key'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and not __fish_seen_subcommand_from digest nonce authenticator help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from digest" -l content-type -d 'The content type bound into the fingerprint' -r
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from digest" -l alg -d 'The digest algorithm' -r -f -a "sha2\t'SHA-2-512 (fingerprints start with M)'
sha3\t'SHA-3-512 (fingerprints start with K)'"
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from digest" -l bits -d 'Precision in bits, counting the type byte (20 to 440)' -r
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from digest" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from digest" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from digest" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from digest" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from digest" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from digest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from nonce" -l bits -d 'Size in bits, counting the type byte (rounded up to whole bytes)' -r
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from nonce" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from nonce" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from nonce" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from nonce" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from nonce" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from nonce" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from authenticator" -l key -d 'The key, as a UDF (for example from `meshman udf nonce`)' -r
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from authenticator" -l content-type -d 'The content type bound into the authenticator' -r
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from authenticator" -l bits -d 'Precision in bits, counting the type byte' -r
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from authenticator" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from authenticator" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from authenticator" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from authenticator" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from authenticator" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from authenticator" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from help" -f -a "digest" -d 'Print the content fingerprint of a file or of stdin'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from help" -f -a "nonce" -d 'Print a random nonce'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from help" -f -a "authenticator" -d 'Print the keyed authenticator of a file or of stdin under a key'
complete -c meshman -n "__fish_meshman_using_subcommand udf; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and not __fish_seen_subcommand_from split combine help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand shares; and not __fish_seen_subcommand_from split combine help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand shares; and not __fish_seen_subcommand_from split combine help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and not __fish_seen_subcommand_from split combine help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and not __fish_seen_subcommand_from split combine help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and not __fish_seen_subcommand_from split combine help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and not __fish_seen_subcommand_from split combine help" -f -a "split" -d 'Split a secret into N shares, any K of which rebuild it'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and not __fish_seen_subcommand_from split combine help" -f -a "combine" -d 'Rebuild a secret from shares; with more than K, a bad share is named'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and not __fish_seen_subcommand_from split combine help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from split" -s k -l quorum -d 'How many shares rebuild the secret (K, 2 to 15)' -r
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from split" -s n -l shares -d 'How many shares to make (N, K to 15)' -r
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from split" -l bits -d 'Size of a random secret in bits (128 or 256)' -r -f -a "128\t''
256\t''"
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from split" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from split" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from split" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from split" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from split" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from split" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from combine" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from combine" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from combine" -l hex -d 'Print the secret as hex instead of base32'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from combine" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from combine" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from combine" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from combine" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from help" -f -a "split" -d 'Split a secret into N shares, any K of which rebuild it'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from help" -f -a "combine" -d 'Rebuild a secret from shares; with more than K, a bad share is named'
complete -c meshman -n "__fish_meshman_using_subcommand shares; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and not __fish_seen_subcommand_from serve hello help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand portal; and not __fish_seen_subcommand_from serve hello help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand portal; and not __fish_seen_subcommand_from serve hello help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and not __fish_seen_subcommand_from serve hello help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and not __fish_seen_subcommand_from serve hello help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and not __fish_seen_subcommand_from serve hello help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and not __fish_seen_subcommand_from serve hello help" -f -a "serve" -d 'Run a portal service (all reference-10 §12 transactions plus catalog sync)'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and not __fish_seen_subcommand_from serve hello help" -f -a "hello" -d 'Ask a portal which protocol versions and encodings it speaks'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and not __fish_seen_subcommand_from serve hello help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -l listen -d 'Address and port to listen on' -r
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -l data -d 'Folder for the portal\'s database' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -l domain -d 'The DNS name accounts live under (alice@DOMAIN)' -r
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -l max-body -d 'Largest request body accepted, in bytes (larger: 413)' -r
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -l rate-limit -d 'Open (unauthenticated) requests allowed per client address per minute (more: 429)' -r
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -l connect-expiry -d 'How long a device connection request waits for an answer' -r
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from hello" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from hello" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from hello" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from hello" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from hello" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from hello" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from hello" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from hello" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Run a portal service (all reference-10 §12 transactions plus catalog sync)'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "hello" -d 'Ask a portal which protocol versions and encodings it speaks'
complete -c meshman -n "__fish_meshman_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -f -a "add" -d 'Store a site\'s password (read from --password-file, generated, or asked for)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -f -a "get" -d 'Print a site\'s password (only the password, for scripts)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -f -a "list" -d 'List the stored sites and user names (not the passwords)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -f -a "delete" -d 'Delete a site\'s password'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -f -a "generate" -d 'Print a strong random password (base32 in groups of four)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -f -a "import" -d 'Merge a Chrome, Firefox or Bitwarden CSV export into the catalog'
complete -c meshman -n "__fish_meshman_using_subcommand password; and not __fish_seen_subcommand_from add get list delete generate import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -s u -l username -d 'The user name at the site' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of FILE (`-` for stdin)' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -l bits -d 'Strength of a generated password, in bits' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -l note -d 'A note kept with the password' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -l generate -d 'Generate a strong password and print it'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from get" -s u -l username -d 'The user name, when the site has several' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from get" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from get" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from get" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from get" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from list" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from list" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from delete" -s u -l username -d 'The user name, when the site has several' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from delete" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from delete" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from generate" -l bits -d 'Strength in bits (the draft\'s §3.4 work factor is 2^128)' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from generate" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from generate" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from generate" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from generate" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from import" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from import" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from import" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from import" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "add" -d 'Store a site\'s password (read from --password-file, generated, or asked for)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a site\'s password (only the password, for scripts)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the stored sites and user names (not the passwords)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a site\'s password'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print a strong random password (base32 in groups of four)'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "import" -d 'Merge a Chrome, Firefox or Bitwarden CSV export into the catalog'
complete -c meshman -n "__fish_meshman_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -f -a "add" -d 'Add a contact, or replace the one of the same name'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -f -a "list" -d 'List contacts'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -f -a "show" -d 'Show one contact'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -f -a "delete" -d 'Delete a contact'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and not __fish_seen_subcommand_from add list show delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -l email -d 'A mail address (repeatable)' -r
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -l phone -d 'A telephone number (repeatable)' -r
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -l address -d 'A postal address (repeatable)' -r
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -l mesh -d 'Their Mesh account, e.g. bob@example.com' -r
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from list" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from list" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from show" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from show" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from delete" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from delete" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a contact, or replace the one of the same name'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "list" -d 'List contacts'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one contact'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a contact'
complete -c meshman -n "__fish_meshman_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -f -a "add" -d 'Add a task'
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -f -a "list" -d 'List open tasks'
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -f -a "done" -d 'Mark a task done'
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -f -a "delete" -d 'Delete a task'
complete -c meshman -n "__fish_meshman_using_subcommand task; and not __fish_seen_subcommand_from add list done delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from add" -l due -d 'When it is due, e.g. 2026-12-01' -r
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from add" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from add" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from list" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from list" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from list" -l all -d 'Include done tasks'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from done" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from done" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from done" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from done" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from done" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from delete" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from delete" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a task'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "list" -d 'List open tasks'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark a task done'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a task'
complete -c meshman -n "__fish_meshman_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -f -a "add" -d 'Add a bookmark, or replace the one with the same URL'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -f -a "list" -d 'List bookmarks'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -f -a "delete" -d 'Delete a bookmark'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and not __fish_seen_subcommand_from add list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l title -d 'A title' -r
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l tag -d 'A tag (repeatable)' -r
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from list" -l tag -d 'Only those with this tag' -r
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from list" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from list" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from delete" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from delete" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a bookmark, or replace the one with the same URL'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from help" -f -a "list" -d 'List bookmarks'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a bookmark'
complete -c meshman -n "__fish_meshman_using_subcommand bookmark; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -f -a "add-key" -d 'Record a device\'s SSH public key (an OpenSSH .pub file)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -f -a "keys" -d 'List the recorded SSH public keys'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -f -a "remove-key" -d 'Forget an SSH public key'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -f -a "authorized-keys" -d 'Print an authorized_keys block with the keys of every device of the profile'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -f -a "known-hosts" -d 'Known host keys, shared by all your devices'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and not __fish_seen_subcommand_from add-key keys remove-key authorized-keys known-hosts help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from add-key" -l device -d 'The Mesh device that holds the private key [default: this device]' -r
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from add-key" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from add-key" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from add-key" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from add-key" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from add-key" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from add-key" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from add-key" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from keys" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from keys" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from keys" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from keys" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from keys" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from keys" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from remove-key" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from remove-key" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from remove-key" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from remove-key" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from remove-key" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from remove-key" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from remove-key" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from authorized-keys" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from authorized-keys" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from authorized-keys" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from authorized-keys" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from authorized-keys" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from authorized-keys" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from authorized-keys" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -f -a "add" -d 'Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -f -a "list" -d 'List known host keys'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -f -a "export" -d 'Print the known host keys in known_hosts format'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -f -a "delete" -d 'Forget a host\'s keys'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from known-hosts" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from help" -f -a "add-key" -d 'Record a device\'s SSH public key (an OpenSSH .pub file)'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from help" -f -a "keys" -d 'List the recorded SSH public keys'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from help" -f -a "remove-key" -d 'Forget an SSH public key'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from help" -f -a "authorized-keys" -d 'Print an authorized_keys block with the keys of every device of the profile'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from help" -f -a "known-hosts" -d 'Known host keys, shared by all your devices'
complete -c meshman -n "__fish_meshman_using_subcommand ssh; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -f -a "add" -d 'Add a mail account\'s settings, or replace those of the same address'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -f -a "list" -d 'List mail accounts'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -f -a "delete" -d 'Delete a mail account\'s settings'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and not __fish_seen_subcommand_from add list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l server -d 'The incoming (IMAP) server' -r
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l port -d 'Its port' -r
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l security -d 'Its security' -r -f -a "direct\t'TLS from the start'
upgrade\t'STARTTLS'
none\t'No TLS'"
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l username -d 'The user name [default: the address]' -r
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l smtp-server -d 'The outgoing (submission) server' -r
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l smtp-port -d 'Its port' -r
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l smtp-security -d 'Its security' -r -f -a "direct\t'TLS from the start'
upgrade\t'STARTTLS'
none\t'No TLS'"
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from list" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from list" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from delete" -l profile -d 'The profile whose catalogs to use [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from delete" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a mail account\'s settings, or replace those of the same address'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "list" -d 'List mail accounts'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a mail account\'s settings'
complete -c meshman -n "__fish_meshman_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand sync" -l account -d 'The account [default: the default account]' -r
complete -c meshman -n "__fish_meshman_using_subcommand sync" -l portal -d 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)' -r
complete -c meshman -n "__fish_meshman_using_subcommand sync" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand sync" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand sync" -l insecure-http -d 'Allow plain http to a portal that is not on loopback'
complete -c meshman -n "__fish_meshman_using_subcommand sync" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand sync" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand sync" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand sync" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and not __fish_seen_subcommand_from resolve help" -l profile -d 'The profile whose conflicts to show or settle [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and not __fish_seen_subcommand_from resolve help" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and not __fish_seen_subcommand_from resolve help" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and not __fish_seen_subcommand_from resolve help" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and not __fish_seen_subcommand_from resolve help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and not __fish_seen_subcommand_from resolve help" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and not __fish_seen_subcommand_from resolve help" -s h -l help -d 'Print help'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and not __fish_seen_subcommand_from resolve help" -f -a "resolve" -d 'Settle one conflict, keeping one side'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and not __fish_seen_subcommand_from resolve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from resolve" -l keep -d 'Which side to keep' -r -f -a "mine\t'This device\'s change (it is queued again and sent by the next sync)'
theirs\t'The portal\'s version (this device\'s change is dropped)'"
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from resolve" -l profile -d 'The profile whose conflicts to show or settle [default: the default profile]' -r
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from resolve" -l home -d 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from resolve" -l passphrase-file -d 'Read the keystore passphrase from the first line of FILE' -r -F
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from resolve" -l json -d 'Print machine-readable JSON on stdout (documented in the README)'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from resolve" -s v -l verbose -d 'Explain more on stderr'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Settle one conflict, keeping one side'
complete -c meshman -n "__fish_meshman_using_subcommand conflicts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "profile" -d 'Create, inspect, export, verify and revoke personal profiles'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "device" -d 'This device\'s profile; connect, list and revoke devices'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "account" -d 'Portal accounts: validate, create, delete, status'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "recover" -d 'Rebuild a profile from a quorum of recovery shares'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "udf" -d 'Uniform Data Fingerprints: digests, nonces, keyed authenticators'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "shares" -d 'Split a secret into Shamir shares and combine them again'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "portal" -d 'Run a portal, or ask one what it speaks'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "password" -d 'Site passwords: add, get, list, delete, generate, import browser exports'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "contact" -d 'Contacts: names, addresses, phones, Mesh addresses'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "task" -d 'Tasks: to-do items with due dates'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "bookmark" -d 'Bookmarks: URLs with titles and tags'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "ssh" -d 'SSH public keys of your devices and known host keys'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "mail" -d 'Mail account settings'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "sync" -d 'Synchronize catalogs with the portal both ways (exit 3: conflicts)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "conflicts" -d 'Show sync conflicts with both sides, or settle one'
complete -c meshman -n "__fish_meshman_using_subcommand help; and not __fish_seen_subcommand_from profile device account recover udf shares portal password contact task bookmark ssh mail sync conflicts help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "create" -d 'Create a master profile, this device\'s profile and a personal profile'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles on this device'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile: its devices, catalogs and which keys this device holds'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "default" -d 'Make a profile the default'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "export" -d 'Write a profile to FILE (public by default)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "import" -d 'Import a profile (public or private export) or a master revocation'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "verify" -d 'Check a profile\'s whole signature chain and say which link is broken'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "escrow" -d 'Make a recovery record and split its secret into shares (reference-10 §4.2)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "revoke" -d 'Write the signed master revocation ("suicide note") for your executors'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "show" -d 'Show this device\'s profile: fingerprint, description and public keys'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "list" -d 'List the devices of a profile (fingerprint, description, administration device or not)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "connect" -d 'Ask to join the profile of account ADDR from this (new) device'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "status" -d 'Ask the portal once for the answer to this device\'s connection request'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "pending" -d 'List connection requests waiting for an administration device'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "accept" -d 'Accept the connection request whose verification code starts with CODE'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "reject" -d 'Refuse the connection request whose verification code starts with CODE'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "pin" -d 'Make a one-time PIN that lets a new device connect without comparing codes'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "revoke" -d 'Remove a device from the profile and give every catalog a fresh key'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "validate" -d 'Ask the portal whether an account name is acceptable and free'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "create" -d 'Create an account at its portal and bind a profile to it'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Delete an account at its portal (the profile itself is kept)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "status" -d 'Show an account: its portal, the portal\'s status, and whether the portal has the current profile'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List the accounts this device knows'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from udf" -f -a "digest" -d 'Print the content fingerprint of a file or of stdin'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from udf" -f -a "nonce" -d 'Print a random nonce'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from udf" -f -a "authenticator" -d 'Print the keyed authenticator of a file or of stdin under a key'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from shares" -f -a "split" -d 'Split a secret into N shares, any K of which rebuild it'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from shares" -f -a "combine" -d 'Rebuild a secret from shares; with more than K, a bad share is named'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "serve" -d 'Run a portal service (all reference-10 §12 transactions plus catalog sync)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "hello" -d 'Ask a portal which protocol versions and encodings it speaks'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "add" -d 'Store a site\'s password (read from --password-file, generated, or asked for)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "get" -d 'Print a site\'s password (only the password, for scripts)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "list" -d 'List the stored sites and user names (not the passwords)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "delete" -d 'Delete a site\'s password'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "generate" -d 'Print a strong random password (base32 in groups of four)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "import" -d 'Merge a Chrome, Firefox or Bitwarden CSV export into the catalog'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "add" -d 'Add a contact, or replace the one of the same name'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "list" -d 'List contacts'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "show" -d 'Show one contact'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "delete" -d 'Delete a contact'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "add" -d 'Add a task'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "list" -d 'List open tasks'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "done" -d 'Mark a task done'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "delete" -d 'Delete a task'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from bookmark" -f -a "add" -d 'Add a bookmark, or replace the one with the same URL'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from bookmark" -f -a "list" -d 'List bookmarks'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from bookmark" -f -a "delete" -d 'Delete a bookmark'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from ssh" -f -a "add-key" -d 'Record a device\'s SSH public key (an OpenSSH .pub file)'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from ssh" -f -a "keys" -d 'List the recorded SSH public keys'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from ssh" -f -a "remove-key" -d 'Forget an SSH public key'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from ssh" -f -a "authorized-keys" -d 'Print an authorized_keys block with the keys of every device of the profile'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from ssh" -f -a "known-hosts" -d 'Known host keys, shared by all your devices'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "add" -d 'Add a mail account\'s settings, or replace those of the same address'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "list" -d 'List mail accounts'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "delete" -d 'Delete a mail account\'s settings'
complete -c meshman -n "__fish_meshman_using_subcommand help; and __fish_seen_subcommand_from conflicts" -f -a "resolve" -d 'Settle one conflict, keeping one side'
