
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
            cand --portal 'Portal URL, overriding https://<domain>/.well-known/mmm/ (saved per account)'
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
        &'meshman;help'= {
            cand profile 'Create, inspect, export, verify and revoke personal profiles'
            cand device 'This device''s profile; connect, list and revoke devices'
            cand account 'Portal accounts: validate, create, delete, status'
            cand recover 'Rebuild a profile from a quorum of recovery shares'
            cand udf 'Uniform Data Fingerprints: digests, nonces, keyed authenticators'
            cand shares 'Split a secret into Shamir shares and combine them again'
            cand portal 'Run a portal, or ask one what it speaks'
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
        &'meshman;help;help'= {
        }
    ]
    $completions[$command]
}
