
use builtin;
use str;

set edit:completion:arg-completer[meshman] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'meshman'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'meshman'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand profile 'Create, inspect, export, verify and revoke personal profiles'
            cand device 'This device''s profile; connect, list and revoke devices'
            cand account 'Portal accounts: validate, create, delete, status'
            cand recover 'Rebuild a profile from a quorum of recovery shares'
            cand udf 'Uniform Data Fingerprints: digests, nonces, keyed authenticators'
            cand shares 'Split a secret into Shamir shares and combine them again'
            cand portal 'Run a portal, or ask one what it speaks'
            cand password 'Site passwords: add, get, list, delete, generate, import browser exports'
            cand contact 'Contacts: names, addresses, phones, Mesh addresses'
            cand task 'Tasks: to-do items with due dates'
            cand bookmark 'Bookmarks: URLs with titles and tags'
            cand ssh 'SSH public keys of your devices and known host keys'
            cand mail 'Mail account settings'
            cand sync 'Synchronize catalogs with the portal both ways (exit 3: conflicts)'
            cand conflicts 'Show sync conflicts with both sides, or settle one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;profile'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a master profile, this device''s profile and a personal profile'
            cand list 'List the profiles on this device'
            cand show 'Show a profile: its devices, catalogs and which keys this device holds'
            cand default 'Make a profile the default'
            cand export 'Write a profile to FILE (public by default)'
            cand import 'Import a profile (public or private export) or a master revocation'
            cand verify 'Check a profile''s whole signature chain and say which link is broken'
            cand escrow 'Make a recovery record and split its secret into shares (reference-10 §4.2)'
            cand revoke 'Write the signed master revocation ("suicide note") for your executors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;profile;create'= {
            cand --description 'Description of this device, shown to the user''s other devices'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --no-passphrase 'Store private keys unencrypted (files are still mode 0600)'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;profile;list'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;profile;show'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;profile;default'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;profile;export'= {
            cand --profile 'The profile [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --private 'Include the private keys, encrypted under the passphrase'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;profile;import'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;profile;verify'= {
            cand --revocation 'A master revocation to check against the profile'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;profile;escrow'= {
            cand -k 'How many shares recover the profile (K, 2 to 15)'
            cand --quorum 'How many shares recover the profile (K, 2 to 15)'
            cand -n 'How many shares to make (N, K to 15)'
            cand --shares 'How many shares to make (N, K to 15)'
            cand --bits 'Size of the recovery secret in bits (128 or 256)'
            cand --file 'Write the record to FILE instead of publishing it'
            cand --account 'The account to publish to [default: the profile''s account]'
            cand --profile 'The profile [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --qr 'Also draw each share as a QR code, for printing'
            cand --delete-master 'Remove the master keys from this device once the record is confirmed stored'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;profile;revoke'= {
            cand -o 'Where to write the revocation'
            cand --output 'Where to write the revocation'
            cand --reason 'Why the profile is revoked'
            cand --profile 'The profile [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;profile;help'= {
            cand create 'Create a master profile, this device''s profile and a personal profile'
            cand list 'List the profiles on this device'
            cand show 'Show a profile: its devices, catalogs and which keys this device holds'
            cand default 'Make a profile the default'
            cand export 'Write a profile to FILE (public by default)'
            cand import 'Import a profile (public or private export) or a master revocation'
            cand verify 'Check a profile''s whole signature chain and say which link is broken'
            cand escrow 'Make a recovery record and split its secret into shares (reference-10 §4.2)'
            cand revoke 'Write the signed master revocation ("suicide note") for your executors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;profile;help;create'= {
        }
        &'meshman;profile;help;list'= {
        }
        &'meshman;profile;help;show'= {
        }
        &'meshman;profile;help;default'= {
        }
        &'meshman;profile;help;export'= {
        }
        &'meshman;profile;help;import'= {
        }
        &'meshman;profile;help;verify'= {
        }
        &'meshman;profile;help;escrow'= {
        }
        &'meshman;profile;help;revoke'= {
        }
        &'meshman;profile;help;help'= {
        }
        &'meshman;device'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Show this device''s profile: fingerprint, description and public keys'
            cand list 'List the devices of a profile (fingerprint, description, administration device or not)'
            cand connect 'Ask to join the profile of account ADDR from this (new) device'
            cand status 'Ask the portal once for the answer to this device''s connection request'
            cand pending 'List connection requests waiting for an administration device'
            cand accept 'Accept the connection request whose verification code starts with CODE'
            cand reject 'Refuse the connection request whose verification code starts with CODE'
            cand pin 'Make a one-time PIN that lets a new device connect without comparing codes'
            cand revoke 'Remove a device from the profile and give every catalog a fresh key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;device;show'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;device;list'= {
            cand --profile 'The profile''s fingerprint or a unique prefix of it [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;device;connect'= {
            cand --description 'Description of this device, shown on the administration device'
            cand --pin 'One-time PIN from `meshman device pin`'
            cand --uri 'The mmm:connect:ACCOUNT:PIN URI from `meshman device pin`'
            cand --wait 'Seconds to wait for the answer'
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --no-wait 'Post the request and return at once (then use `meshman device status`)'
            cand --no-passphrase 'Store private keys unencrypted on a fresh machine (files are still 0600)'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;device;status'= {
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;device;pending'= {
            cand --account 'The account [default: the default account of this device]'
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --accept-pins 'Accept the requests that carry a valid, unused one-time PIN of this device'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;device;accept'= {
            cand --account 'The account [default: the default account of this device]'
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --admin 'Also make the new device an administration device (needs the master key here)'
            cand --pins 'Accept the requests that carry a valid one-time PIN instead of a code'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;device;reject'= {
            cand --account 'The account [default: the default account of this device]'
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;device;pin'= {
            cand --expire 'How long the PIN stays valid'
            cand --account 'The account [default: the default account of this device]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --qr 'Also draw the mmm:connect: URI as a QR code on the terminal'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;device;revoke'= {
            cand --account 'The account [default: the default account of this device]'
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;device;help'= {
            cand show 'Show this device''s profile: fingerprint, description and public keys'
            cand list 'List the devices of a profile (fingerprint, description, administration device or not)'
            cand connect 'Ask to join the profile of account ADDR from this (new) device'
            cand status 'Ask the portal once for the answer to this device''s connection request'
            cand pending 'List connection requests waiting for an administration device'
            cand accept 'Accept the connection request whose verification code starts with CODE'
            cand reject 'Refuse the connection request whose verification code starts with CODE'
            cand pin 'Make a one-time PIN that lets a new device connect without comparing codes'
            cand revoke 'Remove a device from the profile and give every catalog a fresh key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;device;help;show'= {
        }
        &'meshman;device;help;list'= {
        }
        &'meshman;device;help;connect'= {
        }
        &'meshman;device;help;status'= {
        }
        &'meshman;device;help;pending'= {
        }
        &'meshman;device;help;accept'= {
        }
        &'meshman;device;help;reject'= {
        }
        &'meshman;device;help;pin'= {
        }
        &'meshman;device;help;revoke'= {
        }
        &'meshman;device;help;help'= {
        }
        &'meshman;account'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand validate 'Ask the portal whether an account name is acceptable and free'
            cand create 'Create an account at its portal and bind a profile to it'
            cand delete 'Delete an account at its portal (the profile itself is kept)'
            cand status 'Show an account: its portal, the portal''s status, and whether the portal has the current profile'
            cand list 'List the accounts this device knows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;account;validate'= {
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --reserve 'Ask the portal to hold the name for a few minutes'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;account;create'= {
            cand --profile 'The profile to bind [default: the default profile]'
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;account;delete'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;account;status'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;account;list'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;account;help'= {
            cand validate 'Ask the portal whether an account name is acceptable and free'
            cand create 'Create an account at its portal and bind a profile to it'
            cand delete 'Delete an account at its portal (the profile itself is kept)'
            cand status 'Show an account: its portal, the portal''s status, and whether the portal has the current profile'
            cand list 'List the accounts this device knows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;account;help;validate'= {
        }
        &'meshman;account;help;create'= {
        }
        &'meshman;account;help;delete'= {
        }
        &'meshman;account;help;status'= {
        }
        &'meshman;account;help;list'= {
        }
        &'meshman;account;help;help'= {
        }
        &'meshman;recover'= {
            cand --shares 'The recovery shares (at least the quorum; "-" reads them from stdin)'
            cand --account 'The account whose portal holds the record (and to rebind)'
            cand --file 'Read the record from FILE (written by `profile escrow --file`) instead of a portal'
            cand --description 'Description of this device, if it has no device profile yet'
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --no-passphrase 'Store private keys unencrypted on a fresh machine (files are still 0600)'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;udf'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand digest 'Print the content fingerprint of a file or of stdin'
            cand nonce 'Print a random nonce'
            cand authenticator 'Print the keyed authenticator of a file or of stdin under a key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;udf;digest'= {
            cand --content-type 'The content type bound into the fingerprint'
            cand --alg 'The digest algorithm'
            cand --bits 'Precision in bits, counting the type byte (20 to 440)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;udf;nonce'= {
            cand --bits 'Size in bits, counting the type byte (rounded up to whole bytes)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;udf;authenticator'= {
            cand --key 'The key, as a UDF (for example from `meshman udf nonce`)'
            cand --content-type 'The content type bound into the authenticator'
            cand --bits 'Precision in bits, counting the type byte'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;udf;help'= {
            cand digest 'Print the content fingerprint of a file or of stdin'
            cand nonce 'Print a random nonce'
            cand authenticator 'Print the keyed authenticator of a file or of stdin under a key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;udf;help;digest'= {
        }
        &'meshman;udf;help;nonce'= {
        }
        &'meshman;udf;help;authenticator'= {
        }
        &'meshman;udf;help;help'= {
        }
        &'meshman;shares'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand split 'Split a secret into N shares, any K of which rebuild it'
            cand combine 'Rebuild a secret from shares; with more than K, a bad share is named'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;shares;split'= {
            cand -k 'How many shares rebuild the secret (K, 2 to 15)'
            cand --quorum 'How many shares rebuild the secret (K, 2 to 15)'
            cand -n 'How many shares to make (N, K to 15)'
            cand --shares 'How many shares to make (N, K to 15)'
            cand --bits 'Size of a random secret in bits (128 or 256)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;shares;combine'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --hex 'Print the secret as hex instead of base32'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;shares;help'= {
            cand split 'Split a secret into N shares, any K of which rebuild it'
            cand combine 'Rebuild a secret from shares; with more than K, a bad share is named'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;shares;help;split'= {
        }
        &'meshman;shares;help;combine'= {
        }
        &'meshman;shares;help;help'= {
        }
        &'meshman;portal'= {
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand serve 'Run a portal service (all reference-10 §12 transactions plus catalog sync)'
            cand hello 'Ask a portal which protocol versions and encodings it speaks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;portal;serve'= {
            cand --listen 'Address and port to listen on'
            cand --data 'Folder for the portal''s database'
            cand --domain 'The DNS name accounts live under (alice@DOMAIN)'
            cand --max-body 'Largest request body accepted, in bytes (larger: 413)'
            cand --rate-limit 'Open (unauthenticated) requests allowed per client address per minute (more: 429)'
            cand --connect-expiry 'How long a device connection request waits for an answer'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;portal;hello'= {
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;portal;help'= {
            cand serve 'Run a portal service (all reference-10 §12 transactions plus catalog sync)'
            cand hello 'Ask a portal which protocol versions and encodings it speaks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;portal;help;serve'= {
        }
        &'meshman;portal;help;hello'= {
        }
        &'meshman;portal;help;help'= {
        }
        &'meshman;password'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Store a site''s password (read from --password-file, generated, or asked for)'
            cand get 'Print a site''s password (only the password, for scripts)'
            cand list 'List the stored sites and user names (not the passwords)'
            cand delete 'Delete a site''s password'
            cand generate 'Print a strong random password (base32 in groups of four)'
            cand import 'Merge a Chrome, Firefox or Bitwarden CSV export into the catalog'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;password;add'= {
            cand -u 'The user name at the site'
            cand --username 'The user name at the site'
            cand --password-file 'Read the password from the first line of FILE (`-` for stdin)'
            cand --bits 'Strength of a generated password, in bits'
            cand --note 'A note kept with the password'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --generate 'Generate a strong password and print it'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;password;get'= {
            cand -u 'The user name, when the site has several'
            cand --username 'The user name, when the site has several'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;password;list'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;password;delete'= {
            cand -u 'The user name, when the site has several'
            cand --username 'The user name, when the site has several'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;password;generate'= {
            cand --bits 'Strength in bits (the draft''s §3.4 work factor is 2^128)'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;password;import'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;password;help'= {
            cand add 'Store a site''s password (read from --password-file, generated, or asked for)'
            cand get 'Print a site''s password (only the password, for scripts)'
            cand list 'List the stored sites and user names (not the passwords)'
            cand delete 'Delete a site''s password'
            cand generate 'Print a strong random password (base32 in groups of four)'
            cand import 'Merge a Chrome, Firefox or Bitwarden CSV export into the catalog'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;password;help;add'= {
        }
        &'meshman;password;help;get'= {
        }
        &'meshman;password;help;list'= {
        }
        &'meshman;password;help;delete'= {
        }
        &'meshman;password;help;generate'= {
        }
        &'meshman;password;help;import'= {
        }
        &'meshman;password;help;help'= {
        }
        &'meshman;contact'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a contact, or replace the one of the same name'
            cand list 'List contacts'
            cand show 'Show one contact'
            cand delete 'Delete a contact'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;contact;add'= {
            cand --email 'A mail address (repeatable)'
            cand --phone 'A telephone number (repeatable)'
            cand --address 'A postal address (repeatable)'
            cand --mesh 'Their Mesh account, e.g. bob@example.com'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;contact;list'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;contact;show'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;contact;delete'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;contact;help'= {
            cand add 'Add a contact, or replace the one of the same name'
            cand list 'List contacts'
            cand show 'Show one contact'
            cand delete 'Delete a contact'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;contact;help;add'= {
        }
        &'meshman;contact;help;list'= {
        }
        &'meshman;contact;help;show'= {
        }
        &'meshman;contact;help;delete'= {
        }
        &'meshman;contact;help;help'= {
        }
        &'meshman;task'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a task'
            cand list 'List open tasks'
            cand done 'Mark a task done'
            cand delete 'Delete a task'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;task;add'= {
            cand --due 'When it is due, e.g. 2026-12-01'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;task;list'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --all 'Include done tasks'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;task;done'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;task;delete'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;task;help'= {
            cand add 'Add a task'
            cand list 'List open tasks'
            cand done 'Mark a task done'
            cand delete 'Delete a task'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;task;help;add'= {
        }
        &'meshman;task;help;list'= {
        }
        &'meshman;task;help;done'= {
        }
        &'meshman;task;help;delete'= {
        }
        &'meshman;task;help;help'= {
        }
        &'meshman;bookmark'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a bookmark, or replace the one with the same URL'
            cand list 'List bookmarks'
            cand delete 'Delete a bookmark'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;bookmark;add'= {
            cand --title 'A title'
            cand --tag 'A tag (repeatable)'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;bookmark;list'= {
            cand --tag 'Only those with this tag'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;bookmark;delete'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;bookmark;help'= {
            cand add 'Add a bookmark, or replace the one with the same URL'
            cand list 'List bookmarks'
            cand delete 'Delete a bookmark'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;bookmark;help;add'= {
        }
        &'meshman;bookmark;help;list'= {
        }
        &'meshman;bookmark;help;delete'= {
        }
        &'meshman;bookmark;help;help'= {
        }
        &'meshman;ssh'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add-key 'Record a device''s SSH public key (an OpenSSH .pub file)'
            cand keys 'List the recorded SSH public keys'
            cand remove-key 'Forget an SSH public key'
            cand authorized-keys 'Print an authorized_keys block with the keys of every device of the profile'
            cand known-hosts 'Known host keys, shared by all your devices'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;ssh;add-key'= {
            cand --device 'The Mesh device that holds the private key [default: this device]'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;ssh;keys'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;ssh;remove-key'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;ssh;authorized-keys'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;ssh;known-hosts'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY'
            cand list 'List known host keys'
            cand export 'Print the known host keys in known_hosts format'
            cand delete 'Forget a host''s keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;ssh;known-hosts;add'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;ssh;known-hosts;list'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;ssh;known-hosts;export'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;ssh;known-hosts;delete'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;ssh;known-hosts;help'= {
            cand add 'Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY'
            cand list 'List known host keys'
            cand export 'Print the known host keys in known_hosts format'
            cand delete 'Forget a host''s keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;ssh;known-hosts;help;add'= {
        }
        &'meshman;ssh;known-hosts;help;list'= {
        }
        &'meshman;ssh;known-hosts;help;export'= {
        }
        &'meshman;ssh;known-hosts;help;delete'= {
        }
        &'meshman;ssh;known-hosts;help;help'= {
        }
        &'meshman;ssh;help'= {
            cand add-key 'Record a device''s SSH public key (an OpenSSH .pub file)'
            cand keys 'List the recorded SSH public keys'
            cand remove-key 'Forget an SSH public key'
            cand authorized-keys 'Print an authorized_keys block with the keys of every device of the profile'
            cand known-hosts 'Known host keys, shared by all your devices'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;ssh;help;add-key'= {
        }
        &'meshman;ssh;help;keys'= {
        }
        &'meshman;ssh;help;remove-key'= {
        }
        &'meshman;ssh;help;authorized-keys'= {
        }
        &'meshman;ssh;help;known-hosts'= {
            cand add 'Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY'
            cand list 'List known host keys'
            cand export 'Print the known host keys in known_hosts format'
            cand delete 'Forget a host''s keys'
        }
        &'meshman;ssh;help;known-hosts;add'= {
        }
        &'meshman;ssh;help;known-hosts;list'= {
        }
        &'meshman;ssh;help;known-hosts;export'= {
        }
        &'meshman;ssh;help;known-hosts;delete'= {
        }
        &'meshman;ssh;help;help'= {
        }
        &'meshman;mail'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a mail account''s settings, or replace those of the same address'
            cand list 'List mail accounts'
            cand delete 'Delete a mail account''s settings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;mail;add'= {
            cand --server 'The incoming (IMAP) server'
            cand --port 'Its port'
            cand --security 'Its security'
            cand --username 'The user name [default: the address]'
            cand --smtp-server 'The outgoing (submission) server'
            cand --smtp-port 'Its port'
            cand --smtp-security 'Its security'
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;mail;list'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;mail;delete'= {
            cand --profile 'The profile whose catalogs to use [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;mail;help'= {
            cand add 'Add a mail account''s settings, or replace those of the same address'
            cand list 'List mail accounts'
            cand delete 'Delete a mail account''s settings'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;mail;help;add'= {
        }
        &'meshman;mail;help;list'= {
        }
        &'meshman;mail;help;delete'= {
        }
        &'meshman;mail;help;help'= {
        }
        &'meshman;sync'= {
            cand --account 'The account [default: the default account]'
            cand --portal 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --insecure-http 'Allow plain http to a portal that is not on loopback'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'meshman;conflicts'= {
            cand --profile 'The profile whose conflicts to show or settle [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand resolve 'Settle one conflict, keeping one side'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;conflicts;resolve'= {
            cand --keep 'Which side to keep'
            cand --profile 'The profile whose conflicts to show or settle [default: the default profile]'
            cand --home 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]'
            cand --passphrase-file 'Read the keystore passphrase from the first line of FILE'
            cand --json 'Print machine-readable JSON on stdout (documented in the README)'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Explain more on stderr'
            cand --verbose 'Explain more on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'meshman;conflicts;help'= {
            cand resolve 'Settle one conflict, keeping one side'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;conflicts;help;resolve'= {
        }
        &'meshman;conflicts;help;help'= {
        }
        &'meshman;help'= {
            cand profile 'Create, inspect, export, verify and revoke personal profiles'
            cand device 'This device''s profile; connect, list and revoke devices'
            cand account 'Portal accounts: validate, create, delete, status'
            cand recover 'Rebuild a profile from a quorum of recovery shares'
            cand udf 'Uniform Data Fingerprints: digests, nonces, keyed authenticators'
            cand shares 'Split a secret into Shamir shares and combine them again'
            cand portal 'Run a portal, or ask one what it speaks'
            cand password 'Site passwords: add, get, list, delete, generate, import browser exports'
            cand contact 'Contacts: names, addresses, phones, Mesh addresses'
            cand task 'Tasks: to-do items with due dates'
            cand bookmark 'Bookmarks: URLs with titles and tags'
            cand ssh 'SSH public keys of your devices and known host keys'
            cand mail 'Mail account settings'
            cand sync 'Synchronize catalogs with the portal both ways (exit 3: conflicts)'
            cand conflicts 'Show sync conflicts with both sides, or settle one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meshman;help;profile'= {
            cand create 'Create a master profile, this device''s profile and a personal profile'
            cand list 'List the profiles on this device'
            cand show 'Show a profile: its devices, catalogs and which keys this device holds'
            cand default 'Make a profile the default'
            cand export 'Write a profile to FILE (public by default)'
            cand import 'Import a profile (public or private export) or a master revocation'
            cand verify 'Check a profile''s whole signature chain and say which link is broken'
            cand escrow 'Make a recovery record and split its secret into shares (reference-10 §4.2)'
            cand revoke 'Write the signed master revocation ("suicide note") for your executors'
        }
        &'meshman;help;profile;create'= {
        }
        &'meshman;help;profile;list'= {
        }
        &'meshman;help;profile;show'= {
        }
        &'meshman;help;profile;default'= {
        }
        &'meshman;help;profile;export'= {
        }
        &'meshman;help;profile;import'= {
        }
        &'meshman;help;profile;verify'= {
        }
        &'meshman;help;profile;escrow'= {
        }
        &'meshman;help;profile;revoke'= {
        }
        &'meshman;help;device'= {
            cand show 'Show this device''s profile: fingerprint, description and public keys'
            cand list 'List the devices of a profile (fingerprint, description, administration device or not)'
            cand connect 'Ask to join the profile of account ADDR from this (new) device'
            cand status 'Ask the portal once for the answer to this device''s connection request'
            cand pending 'List connection requests waiting for an administration device'
            cand accept 'Accept the connection request whose verification code starts with CODE'
            cand reject 'Refuse the connection request whose verification code starts with CODE'
            cand pin 'Make a one-time PIN that lets a new device connect without comparing codes'
            cand revoke 'Remove a device from the profile and give every catalog a fresh key'
        }
        &'meshman;help;device;show'= {
        }
        &'meshman;help;device;list'= {
        }
        &'meshman;help;device;connect'= {
        }
        &'meshman;help;device;status'= {
        }
        &'meshman;help;device;pending'= {
        }
        &'meshman;help;device;accept'= {
        }
        &'meshman;help;device;reject'= {
        }
        &'meshman;help;device;pin'= {
        }
        &'meshman;help;device;revoke'= {
        }
        &'meshman;help;account'= {
            cand validate 'Ask the portal whether an account name is acceptable and free'
            cand create 'Create an account at its portal and bind a profile to it'
            cand delete 'Delete an account at its portal (the profile itself is kept)'
            cand status 'Show an account: its portal, the portal''s status, and whether the portal has the current profile'
            cand list 'List the accounts this device knows'
        }
        &'meshman;help;account;validate'= {
        }
        &'meshman;help;account;create'= {
        }
        &'meshman;help;account;delete'= {
        }
        &'meshman;help;account;status'= {
        }
        &'meshman;help;account;list'= {
        }
        &'meshman;help;recover'= {
        }
        &'meshman;help;udf'= {
            cand digest 'Print the content fingerprint of a file or of stdin'
            cand nonce 'Print a random nonce'
            cand authenticator 'Print the keyed authenticator of a file or of stdin under a key'
        }
        &'meshman;help;udf;digest'= {
        }
        &'meshman;help;udf;nonce'= {
        }
        &'meshman;help;udf;authenticator'= {
        }
        &'meshman;help;shares'= {
            cand split 'Split a secret into N shares, any K of which rebuild it'
            cand combine 'Rebuild a secret from shares; with more than K, a bad share is named'
        }
        &'meshman;help;shares;split'= {
        }
        &'meshman;help;shares;combine'= {
        }
        &'meshman;help;portal'= {
            cand serve 'Run a portal service (all reference-10 §12 transactions plus catalog sync)'
            cand hello 'Ask a portal which protocol versions and encodings it speaks'
        }
        &'meshman;help;portal;serve'= {
        }
        &'meshman;help;portal;hello'= {
        }
        &'meshman;help;password'= {
            cand add 'Store a site''s password (read from --password-file, generated, or asked for)'
            cand get 'Print a site''s password (only the password, for scripts)'
            cand list 'List the stored sites and user names (not the passwords)'
            cand delete 'Delete a site''s password'
            cand generate 'Print a strong random password (base32 in groups of four)'
            cand import 'Merge a Chrome, Firefox or Bitwarden CSV export into the catalog'
        }
        &'meshman;help;password;add'= {
        }
        &'meshman;help;password;get'= {
        }
        &'meshman;help;password;list'= {
        }
        &'meshman;help;password;delete'= {
        }
        &'meshman;help;password;generate'= {
        }
        &'meshman;help;password;import'= {
        }
        &'meshman;help;contact'= {
            cand add 'Add a contact, or replace the one of the same name'
            cand list 'List contacts'
            cand show 'Show one contact'
            cand delete 'Delete a contact'
        }
        &'meshman;help;contact;add'= {
        }
        &'meshman;help;contact;list'= {
        }
        &'meshman;help;contact;show'= {
        }
        &'meshman;help;contact;delete'= {
        }
        &'meshman;help;task'= {
            cand add 'Add a task'
            cand list 'List open tasks'
            cand done 'Mark a task done'
            cand delete 'Delete a task'
        }
        &'meshman;help;task;add'= {
        }
        &'meshman;help;task;list'= {
        }
        &'meshman;help;task;done'= {
        }
        &'meshman;help;task;delete'= {
        }
        &'meshman;help;bookmark'= {
            cand add 'Add a bookmark, or replace the one with the same URL'
            cand list 'List bookmarks'
            cand delete 'Delete a bookmark'
        }
        &'meshman;help;bookmark;add'= {
        }
        &'meshman;help;bookmark;list'= {
        }
        &'meshman;help;bookmark;delete'= {
        }
        &'meshman;help;ssh'= {
            cand add-key 'Record a device''s SSH public key (an OpenSSH .pub file)'
            cand keys 'List the recorded SSH public keys'
            cand remove-key 'Forget an SSH public key'
            cand authorized-keys 'Print an authorized_keys block with the keys of every device of the profile'
            cand known-hosts 'Known host keys, shared by all your devices'
        }
        &'meshman;help;ssh;add-key'= {
        }
        &'meshman;help;ssh;keys'= {
        }
        &'meshman;help;ssh;remove-key'= {
        }
        &'meshman;help;ssh;authorized-keys'= {
        }
        &'meshman;help;ssh;known-hosts'= {
            cand add 'Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY'
            cand list 'List known host keys'
            cand export 'Print the known host keys in known_hosts format'
            cand delete 'Forget a host''s keys'
        }
        &'meshman;help;ssh;known-hosts;add'= {
        }
        &'meshman;help;ssh;known-hosts;list'= {
        }
        &'meshman;help;ssh;known-hosts;export'= {
        }
        &'meshman;help;ssh;known-hosts;delete'= {
        }
        &'meshman;help;mail'= {
            cand add 'Add a mail account''s settings, or replace those of the same address'
            cand list 'List mail accounts'
            cand delete 'Delete a mail account''s settings'
        }
        &'meshman;help;mail;add'= {
        }
        &'meshman;help;mail;list'= {
        }
        &'meshman;help;mail;delete'= {
        }
        &'meshman;help;sync'= {
        }
        &'meshman;help;conflicts'= {
            cand resolve 'Settle one conflict, keeping one side'
        }
        &'meshman;help;conflicts;resolve'= {
        }
        &'meshman;help;help'= {
        }
    ]
    $completions[$command]
}
