
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'meshman' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'meshman'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'meshman' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Create, inspect, export, verify and revoke personal profiles')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'This device''s profile; connect, list and revoke devices')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Portal accounts: validate, create, delete, status')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Rebuild a profile from a quorum of recovery shares')
            [CompletionResult]::new('udf', 'udf', [CompletionResultType]::ParameterValue, 'Uniform Data Fingerprints: digests, nonces, keyed authenticators')
            [CompletionResult]::new('shares', 'shares', [CompletionResultType]::ParameterValue, 'Split a secret into Shamir shares and combine them again')
            [CompletionResult]::new('portal', 'portal', [CompletionResultType]::ParameterValue, 'Run a portal, or ask one what it speaks')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Site passwords: add, get, list, delete, generate, import browser exports')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Contacts: names, addresses, phones, Mesh addresses')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Tasks: to-do items with due dates')
            [CompletionResult]::new('bookmark', 'bookmark', [CompletionResultType]::ParameterValue, 'Bookmarks: URLs with titles and tags')
            [CompletionResult]::new('ssh', 'ssh', [CompletionResultType]::ParameterValue, 'SSH public keys of your devices and known host keys')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'Mail account settings')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Synchronize catalogs with the portal both ways (exit 3: conflicts)')
            [CompletionResult]::new('conflicts', 'conflicts', [CompletionResultType]::ParameterValue, 'Show sync conflicts with both sides, or settle one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;profile' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a master profile, this device''s profile and a personal profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles on this device')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile: its devices, catalogs and which keys this device holds')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a profile to FILE (public by default)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a profile (public or private export) or a master revocation')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a profile''s whole signature chain and say which link is broken')
            [CompletionResult]::new('escrow', 'escrow', [CompletionResultType]::ParameterValue, 'Make a recovery record and split its secret into shares (reference-10 §4.2)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Write the signed master revocation ("suicide note") for your executors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;profile;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of this device, shown to the user''s other devices')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--no-passphrase', '--no-passphrase', [CompletionResultType]::ParameterName, 'Store private keys unencrypted (files are still mode 0600)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;profile;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;profile;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;profile;default' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;profile;export' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Include the private keys, encrypted under the passphrase')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;profile;import' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;profile;verify' {
            [CompletionResult]::new('--revocation', '--revocation', [CompletionResultType]::ParameterName, 'A master revocation to check against the profile')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;profile;escrow' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'How many shares recover the profile (K, 2 to 15)')
            [CompletionResult]::new('--quorum', '--quorum', [CompletionResultType]::ParameterName, 'How many shares recover the profile (K, 2 to 15)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many shares to make (N, K to 15)')
            [CompletionResult]::new('--shares', '--shares', [CompletionResultType]::ParameterName, 'How many shares to make (N, K to 15)')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size of the recovery secret in bits (128 or 256)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write the record to FILE instead of publishing it')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to publish to [default: the profile''s account]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'Also draw each share as a QR code, for printing')
            [CompletionResult]::new('--delete-master', '--delete-master', [CompletionResultType]::ParameterName, 'Remove the master keys from this device once the record is confirmed stored')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;profile;revoke' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write the revocation')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the revocation')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the profile is revoked')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;profile;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a master profile, this device''s profile and a personal profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles on this device')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile: its devices, catalogs and which keys this device holds')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a profile to FILE (public by default)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a profile (public or private export) or a master revocation')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a profile''s whole signature chain and say which link is broken')
            [CompletionResult]::new('escrow', 'escrow', [CompletionResultType]::ParameterValue, 'Make a recovery record and split its secret into shares (reference-10 §4.2)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Write the signed master revocation ("suicide note") for your executors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;profile;help;create' {
            break
        }
        'meshman;profile;help;list' {
            break
        }
        'meshman;profile;help;show' {
            break
        }
        'meshman;profile;help;default' {
            break
        }
        'meshman;profile;help;export' {
            break
        }
        'meshman;profile;help;import' {
            break
        }
        'meshman;profile;help;verify' {
            break
        }
        'meshman;profile;help;escrow' {
            break
        }
        'meshman;profile;help;revoke' {
            break
        }
        'meshman;profile;help;help' {
            break
        }
        'meshman;device' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show this device''s profile: fingerprint, description and public keys')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the devices of a profile (fingerprint, description, administration device or not)')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Ask to join the profile of account ADDR from this (new) device')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Ask the portal once for the answer to this device''s connection request')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'List connection requests waiting for an administration device')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept the connection request whose verification code starts with CODE')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Refuse the connection request whose verification code starts with CODE')
            [CompletionResult]::new('pin', 'pin', [CompletionResultType]::ParameterValue, 'Make a one-time PIN that lets a new device connect without comparing codes')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove a device from the profile and give every catalog a fresh key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;device;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;device;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile''s fingerprint or a unique prefix of it [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;device;connect' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of this device, shown on the administration device')
            [CompletionResult]::new('--pin', '--pin', [CompletionResultType]::ParameterName, 'One-time PIN from `meshman device pin`')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'The mmm:connect:ACCOUNT:PIN URI from `meshman device pin`')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for the answer')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Post the request and return at once (then use `meshman device status`)')
            [CompletionResult]::new('--no-passphrase', '--no-passphrase', [CompletionResultType]::ParameterName, 'Store private keys unencrypted on a fresh machine (files are still 0600)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;device;status' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;device;pending' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the default account of this device]')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--accept-pins', '--accept-pins', [CompletionResultType]::ParameterName, 'Accept the requests that carry a valid, unused one-time PIN of this device')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;device;accept' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the default account of this device]')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Also make the new device an administration device (needs the master key here)')
            [CompletionResult]::new('--pins', '--pins', [CompletionResultType]::ParameterName, 'Accept the requests that carry a valid one-time PIN instead of a code')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;device;reject' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the default account of this device]')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;device;pin' {
            [CompletionResult]::new('--expire', '--expire', [CompletionResultType]::ParameterName, 'How long the PIN stays valid')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the default account of this device]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'Also draw the mmm:connect: URI as a QR code on the terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;device;revoke' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the default account of this device]')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;device;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show this device''s profile: fingerprint, description and public keys')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the devices of a profile (fingerprint, description, administration device or not)')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Ask to join the profile of account ADDR from this (new) device')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Ask the portal once for the answer to this device''s connection request')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'List connection requests waiting for an administration device')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept the connection request whose verification code starts with CODE')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Refuse the connection request whose verification code starts with CODE')
            [CompletionResult]::new('pin', 'pin', [CompletionResultType]::ParameterValue, 'Make a one-time PIN that lets a new device connect without comparing codes')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove a device from the profile and give every catalog a fresh key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;device;help;show' {
            break
        }
        'meshman;device;help;list' {
            break
        }
        'meshman;device;help;connect' {
            break
        }
        'meshman;device;help;status' {
            break
        }
        'meshman;device;help;pending' {
            break
        }
        'meshman;device;help;accept' {
            break
        }
        'meshman;device;help;reject' {
            break
        }
        'meshman;device;help;pin' {
            break
        }
        'meshman;device;help;revoke' {
            break
        }
        'meshman;device;help;help' {
            break
        }
        'meshman;account' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask the portal whether an account name is acceptable and free')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account at its portal and bind a profile to it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account at its portal (the profile itself is kept)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show an account: its portal, the portal''s status, and whether the portal has the current profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts this device knows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;account;validate' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--reserve', '--reserve', [CompletionResultType]::ParameterName, 'Ask the portal to hold the name for a few minutes')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;account;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile to bind [default: the default profile]')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;account;delete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;account;status' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;account;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;account;help' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask the portal whether an account name is acceptable and free')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account at its portal and bind a profile to it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account at its portal (the profile itself is kept)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show an account: its portal, the portal''s status, and whether the portal has the current profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts this device knows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;account;help;validate' {
            break
        }
        'meshman;account;help;create' {
            break
        }
        'meshman;account;help;delete' {
            break
        }
        'meshman;account;help;status' {
            break
        }
        'meshman;account;help;list' {
            break
        }
        'meshman;account;help;help' {
            break
        }
        'meshman;recover' {
            [CompletionResult]::new('--shares', '--shares', [CompletionResultType]::ParameterName, 'The recovery shares (at least the quorum; "-" reads them from stdin)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account whose portal holds the record (and to rebind)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the record from FILE (written by `profile escrow --file`) instead of a portal')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of this device, if it has no device profile yet')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--no-passphrase', '--no-passphrase', [CompletionResultType]::ParameterName, 'Store private keys unencrypted on a fresh machine (files are still 0600)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;udf' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('digest', 'digest', [CompletionResultType]::ParameterValue, 'Print the content fingerprint of a file or of stdin')
            [CompletionResult]::new('nonce', 'nonce', [CompletionResultType]::ParameterValue, 'Print a random nonce')
            [CompletionResult]::new('authenticator', 'authenticator', [CompletionResultType]::ParameterValue, 'Print the keyed authenticator of a file or of stdin under a key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;udf;digest' {
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'The content type bound into the fingerprint')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'The digest algorithm')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Precision in bits, counting the type byte (20 to 440)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;udf;nonce' {
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size in bits, counting the type byte (rounded up to whole bytes)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;udf;authenticator' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The key, as a UDF (for example from `meshman udf nonce`)')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'The content type bound into the authenticator')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Precision in bits, counting the type byte')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;udf;help' {
            [CompletionResult]::new('digest', 'digest', [CompletionResultType]::ParameterValue, 'Print the content fingerprint of a file or of stdin')
            [CompletionResult]::new('nonce', 'nonce', [CompletionResultType]::ParameterValue, 'Print a random nonce')
            [CompletionResult]::new('authenticator', 'authenticator', [CompletionResultType]::ParameterValue, 'Print the keyed authenticator of a file or of stdin under a key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;udf;help;digest' {
            break
        }
        'meshman;udf;help;nonce' {
            break
        }
        'meshman;udf;help;authenticator' {
            break
        }
        'meshman;udf;help;help' {
            break
        }
        'meshman;shares' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split a secret into N shares, any K of which rebuild it')
            [CompletionResult]::new('combine', 'combine', [CompletionResultType]::ParameterValue, 'Rebuild a secret from shares; with more than K, a bad share is named')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;shares;split' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'How many shares rebuild the secret (K, 2 to 15)')
            [CompletionResult]::new('--quorum', '--quorum', [CompletionResultType]::ParameterName, 'How many shares rebuild the secret (K, 2 to 15)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many shares to make (N, K to 15)')
            [CompletionResult]::new('--shares', '--shares', [CompletionResultType]::ParameterName, 'How many shares to make (N, K to 15)')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Size of a random secret in bits (128 or 256)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;shares;combine' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print the secret as hex instead of base32')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;shares;help' {
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split a secret into N shares, any K of which rebuild it')
            [CompletionResult]::new('combine', 'combine', [CompletionResultType]::ParameterValue, 'Rebuild a secret from shares; with more than K, a bad share is named')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;shares;help;split' {
            break
        }
        'meshman;shares;help;combine' {
            break
        }
        'meshman;shares;help;help' {
            break
        }
        'meshman;portal' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run a portal service (all reference-10 §12 transactions plus catalog sync)')
            [CompletionResult]::new('hello', 'hello', [CompletionResultType]::ParameterValue, 'Ask a portal which protocol versions and encodings it speaks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;portal;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to listen on')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Folder for the portal''s database')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The DNS name accounts live under (alice@DOMAIN)')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Largest request body accepted, in bytes (larger: 413)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Open (unauthenticated) requests allowed per client address per minute (more: 429)')
            [CompletionResult]::new('--connect-expiry', '--connect-expiry', [CompletionResultType]::ParameterName, 'How long a device connection request waits for an answer')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;portal;hello' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;portal;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run a portal service (all reference-10 §12 transactions plus catalog sync)')
            [CompletionResult]::new('hello', 'hello', [CompletionResultType]::ParameterValue, 'Ask a portal which protocol versions and encodings it speaks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;portal;help;serve' {
            break
        }
        'meshman;portal;help;hello' {
            break
        }
        'meshman;portal;help;help' {
            break
        }
        'meshman;password' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store a site''s password (read from --password-file, generated, or asked for)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a site''s password (only the password, for scripts)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored sites and user names (not the passwords)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a site''s password')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a strong random password (base32 in groups of four)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge a Chrome, Firefox or Bitwarden CSV export into the catalog')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;password;add' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'The user name at the site')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The user name at the site')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (`-` for stdin)')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Strength of a generated password, in bits')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the password')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a strong password and print it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;password;get' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'The user name, when the site has several')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The user name, when the site has several')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;password;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;password;delete' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'The user name, when the site has several')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The user name, when the site has several')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;password;generate' {
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'Strength in bits (the draft''s §3.4 work factor is 2^128)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;password;import' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;password;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store a site''s password (read from --password-file, generated, or asked for)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a site''s password (only the password, for scripts)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored sites and user names (not the passwords)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a site''s password')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a strong random password (base32 in groups of four)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge a Chrome, Firefox or Bitwarden CSV export into the catalog')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;password;help;add' {
            break
        }
        'meshman;password;help;get' {
            break
        }
        'meshman;password;help;list' {
            break
        }
        'meshman;password;help;delete' {
            break
        }
        'meshman;password;help;generate' {
            break
        }
        'meshman;password;help;import' {
            break
        }
        'meshman;password;help;help' {
            break
        }
        'meshman;contact' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact, or replace the one of the same name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contact')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a contact')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;contact;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'A mail address (repeatable)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'A telephone number (repeatable)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'A postal address (repeatable)')
            [CompletionResult]::new('--mesh', '--mesh', [CompletionResultType]::ParameterName, 'Their Mesh account, e.g. bob@example.com')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;contact;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;contact;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;contact;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;contact;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact, or replace the one of the same name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contact')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a contact')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;contact;help;add' {
            break
        }
        'meshman;contact;help;list' {
            break
        }
        'meshman;contact;help;show' {
            break
        }
        'meshman;contact;help;delete' {
            break
        }
        'meshman;contact;help;help' {
            break
        }
        'meshman;task' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a task')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List open tasks')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task done')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a task')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;task;add' {
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is due, e.g. 2026-12-01')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;task;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include done tasks')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;task;done' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;task;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;task;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a task')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List open tasks')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task done')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a task')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;task;help;add' {
            break
        }
        'meshman;task;help;list' {
            break
        }
        'meshman;task;help;done' {
            break
        }
        'meshman;task;help;delete' {
            break
        }
        'meshman;task;help;help' {
            break
        }
        'meshman;bookmark' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a bookmark, or replace the one with the same URL')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List bookmarks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a bookmark')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;bookmark;add' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A title')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;bookmark;list' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only those with this tag')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;bookmark;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;bookmark;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a bookmark, or replace the one with the same URL')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List bookmarks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a bookmark')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;bookmark;help;add' {
            break
        }
        'meshman;bookmark;help;list' {
            break
        }
        'meshman;bookmark;help;delete' {
            break
        }
        'meshman;bookmark;help;help' {
            break
        }
        'meshman;ssh' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add-key', 'add-key', [CompletionResultType]::ParameterValue, 'Record a device''s SSH public key (an OpenSSH .pub file)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List the recorded SSH public keys')
            [CompletionResult]::new('remove-key', 'remove-key', [CompletionResultType]::ParameterValue, 'Forget an SSH public key')
            [CompletionResult]::new('authorized-keys', 'authorized-keys', [CompletionResultType]::ParameterValue, 'Print an authorized_keys block with the keys of every device of the profile')
            [CompletionResult]::new('known-hosts', 'known-hosts', [CompletionResultType]::ParameterValue, 'Known host keys, shared by all your devices')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;ssh;add-key' {
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'The Mesh device that holds the private key [default: this device]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;ssh;keys' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;ssh;remove-key' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;ssh;authorized-keys' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;ssh;known-hosts' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known host keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the known host keys in known_hosts format')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Forget a host''s keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;ssh;known-hosts;add' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;ssh;known-hosts;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;ssh;known-hosts;export' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;ssh;known-hosts;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;ssh;known-hosts;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known host keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the known host keys in known_hosts format')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Forget a host''s keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;ssh;known-hosts;help;add' {
            break
        }
        'meshman;ssh;known-hosts;help;list' {
            break
        }
        'meshman;ssh;known-hosts;help;export' {
            break
        }
        'meshman;ssh;known-hosts;help;delete' {
            break
        }
        'meshman;ssh;known-hosts;help;help' {
            break
        }
        'meshman;ssh;help' {
            [CompletionResult]::new('add-key', 'add-key', [CompletionResultType]::ParameterValue, 'Record a device''s SSH public key (an OpenSSH .pub file)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List the recorded SSH public keys')
            [CompletionResult]::new('remove-key', 'remove-key', [CompletionResultType]::ParameterValue, 'Forget an SSH public key')
            [CompletionResult]::new('authorized-keys', 'authorized-keys', [CompletionResultType]::ParameterValue, 'Print an authorized_keys block with the keys of every device of the profile')
            [CompletionResult]::new('known-hosts', 'known-hosts', [CompletionResultType]::ParameterValue, 'Known host keys, shared by all your devices')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;ssh;help;add-key' {
            break
        }
        'meshman;ssh;help;keys' {
            break
        }
        'meshman;ssh;help;remove-key' {
            break
        }
        'meshman;ssh;help;authorized-keys' {
            break
        }
        'meshman;ssh;help;known-hosts' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known host keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the known host keys in known_hosts format')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Forget a host''s keys')
            break
        }
        'meshman;ssh;help;known-hosts;add' {
            break
        }
        'meshman;ssh;help;known-hosts;list' {
            break
        }
        'meshman;ssh;help;known-hosts;export' {
            break
        }
        'meshman;ssh;help;known-hosts;delete' {
            break
        }
        'meshman;ssh;help;help' {
            break
        }
        'meshman;mail' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a mail account''s settings, or replace those of the same address')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mail accounts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mail account''s settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;mail;add' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The incoming (IMAP) server')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Its port')
            [CompletionResult]::new('--security', '--security', [CompletionResultType]::ParameterName, 'Its security')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The user name [default: the address]')
            [CompletionResult]::new('--smtp-server', '--smtp-server', [CompletionResultType]::ParameterName, 'The outgoing (submission) server')
            [CompletionResult]::new('--smtp-port', '--smtp-port', [CompletionResultType]::ParameterName, 'Its port')
            [CompletionResult]::new('--smtp-security', '--smtp-security', [CompletionResultType]::ParameterName, 'Its security')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;mail;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;mail;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose catalogs to use [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;mail;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a mail account''s settings, or replace those of the same address')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mail accounts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mail account''s settings')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;mail;help;add' {
            break
        }
        'meshman;mail;help;list' {
            break
        }
        'meshman;mail;help;delete' {
            break
        }
        'meshman;mail;help;help' {
            break
        }
        'meshman;sync' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account [default: the default account]')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a portal that is not on loopback')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meshman;conflicts' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose conflicts to show or settle [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle one conflict, keeping one side')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;conflicts;resolve' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Which side to keep')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile whose conflicts to show or settle [default: the default profile]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the keystore passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout (documented in the README)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain more on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'meshman;conflicts;help' {
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle one conflict, keeping one side')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;conflicts;help;resolve' {
            break
        }
        'meshman;conflicts;help;help' {
            break
        }
        'meshman;help' {
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Create, inspect, export, verify and revoke personal profiles')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'This device''s profile; connect, list and revoke devices')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Portal accounts: validate, create, delete, status')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Rebuild a profile from a quorum of recovery shares')
            [CompletionResult]::new('udf', 'udf', [CompletionResultType]::ParameterValue, 'Uniform Data Fingerprints: digests, nonces, keyed authenticators')
            [CompletionResult]::new('shares', 'shares', [CompletionResultType]::ParameterValue, 'Split a secret into Shamir shares and combine them again')
            [CompletionResult]::new('portal', 'portal', [CompletionResultType]::ParameterValue, 'Run a portal, or ask one what it speaks')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Site passwords: add, get, list, delete, generate, import browser exports')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Contacts: names, addresses, phones, Mesh addresses')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Tasks: to-do items with due dates')
            [CompletionResult]::new('bookmark', 'bookmark', [CompletionResultType]::ParameterValue, 'Bookmarks: URLs with titles and tags')
            [CompletionResult]::new('ssh', 'ssh', [CompletionResultType]::ParameterValue, 'SSH public keys of your devices and known host keys')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'Mail account settings')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Synchronize catalogs with the portal both ways (exit 3: conflicts)')
            [CompletionResult]::new('conflicts', 'conflicts', [CompletionResultType]::ParameterValue, 'Show sync conflicts with both sides, or settle one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshman;help;profile' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a master profile, this device''s profile and a personal profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles on this device')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile: its devices, catalogs and which keys this device holds')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a profile to FILE (public by default)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a profile (public or private export) or a master revocation')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a profile''s whole signature chain and say which link is broken')
            [CompletionResult]::new('escrow', 'escrow', [CompletionResultType]::ParameterValue, 'Make a recovery record and split its secret into shares (reference-10 §4.2)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Write the signed master revocation ("suicide note") for your executors')
            break
        }
        'meshman;help;profile;create' {
            break
        }
        'meshman;help;profile;list' {
            break
        }
        'meshman;help;profile;show' {
            break
        }
        'meshman;help;profile;default' {
            break
        }
        'meshman;help;profile;export' {
            break
        }
        'meshman;help;profile;import' {
            break
        }
        'meshman;help;profile;verify' {
            break
        }
        'meshman;help;profile;escrow' {
            break
        }
        'meshman;help;profile;revoke' {
            break
        }
        'meshman;help;device' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show this device''s profile: fingerprint, description and public keys')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the devices of a profile (fingerprint, description, administration device or not)')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Ask to join the profile of account ADDR from this (new) device')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Ask the portal once for the answer to this device''s connection request')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'List connection requests waiting for an administration device')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept the connection request whose verification code starts with CODE')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Refuse the connection request whose verification code starts with CODE')
            [CompletionResult]::new('pin', 'pin', [CompletionResultType]::ParameterValue, 'Make a one-time PIN that lets a new device connect without comparing codes')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove a device from the profile and give every catalog a fresh key')
            break
        }
        'meshman;help;device;show' {
            break
        }
        'meshman;help;device;list' {
            break
        }
        'meshman;help;device;connect' {
            break
        }
        'meshman;help;device;status' {
            break
        }
        'meshman;help;device;pending' {
            break
        }
        'meshman;help;device;accept' {
            break
        }
        'meshman;help;device;reject' {
            break
        }
        'meshman;help;device;pin' {
            break
        }
        'meshman;help;device;revoke' {
            break
        }
        'meshman;help;account' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask the portal whether an account name is acceptable and free')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an account at its portal and bind a profile to it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account at its portal (the profile itself is kept)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show an account: its portal, the portal''s status, and whether the portal has the current profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts this device knows')
            break
        }
        'meshman;help;account;validate' {
            break
        }
        'meshman;help;account;create' {
            break
        }
        'meshman;help;account;delete' {
            break
        }
        'meshman;help;account;status' {
            break
        }
        'meshman;help;account;list' {
            break
        }
        'meshman;help;recover' {
            break
        }
        'meshman;help;udf' {
            [CompletionResult]::new('digest', 'digest', [CompletionResultType]::ParameterValue, 'Print the content fingerprint of a file or of stdin')
            [CompletionResult]::new('nonce', 'nonce', [CompletionResultType]::ParameterValue, 'Print a random nonce')
            [CompletionResult]::new('authenticator', 'authenticator', [CompletionResultType]::ParameterValue, 'Print the keyed authenticator of a file or of stdin under a key')
            break
        }
        'meshman;help;udf;digest' {
            break
        }
        'meshman;help;udf;nonce' {
            break
        }
        'meshman;help;udf;authenticator' {
            break
        }
        'meshman;help;shares' {
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split a secret into N shares, any K of which rebuild it')
            [CompletionResult]::new('combine', 'combine', [CompletionResultType]::ParameterValue, 'Rebuild a secret from shares; with more than K, a bad share is named')
            break
        }
        'meshman;help;shares;split' {
            break
        }
        'meshman;help;shares;combine' {
            break
        }
        'meshman;help;portal' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run a portal service (all reference-10 §12 transactions plus catalog sync)')
            [CompletionResult]::new('hello', 'hello', [CompletionResultType]::ParameterValue, 'Ask a portal which protocol versions and encodings it speaks')
            break
        }
        'meshman;help;portal;serve' {
            break
        }
        'meshman;help;portal;hello' {
            break
        }
        'meshman;help;password' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store a site''s password (read from --password-file, generated, or asked for)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a site''s password (only the password, for scripts)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored sites and user names (not the passwords)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a site''s password')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a strong random password (base32 in groups of four)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge a Chrome, Firefox or Bitwarden CSV export into the catalog')
            break
        }
        'meshman;help;password;add' {
            break
        }
        'meshman;help;password;get' {
            break
        }
        'meshman;help;password;list' {
            break
        }
        'meshman;help;password;delete' {
            break
        }
        'meshman;help;password;generate' {
            break
        }
        'meshman;help;password;import' {
            break
        }
        'meshman;help;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact, or replace the one of the same name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contact')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a contact')
            break
        }
        'meshman;help;contact;add' {
            break
        }
        'meshman;help;contact;list' {
            break
        }
        'meshman;help;contact;show' {
            break
        }
        'meshman;help;contact;delete' {
            break
        }
        'meshman;help;task' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a task')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List open tasks')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task done')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a task')
            break
        }
        'meshman;help;task;add' {
            break
        }
        'meshman;help;task;list' {
            break
        }
        'meshman;help;task;done' {
            break
        }
        'meshman;help;task;delete' {
            break
        }
        'meshman;help;bookmark' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a bookmark, or replace the one with the same URL')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List bookmarks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a bookmark')
            break
        }
        'meshman;help;bookmark;add' {
            break
        }
        'meshman;help;bookmark;list' {
            break
        }
        'meshman;help;bookmark;delete' {
            break
        }
        'meshman;help;ssh' {
            [CompletionResult]::new('add-key', 'add-key', [CompletionResultType]::ParameterValue, 'Record a device''s SSH public key (an OpenSSH .pub file)')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List the recorded SSH public keys')
            [CompletionResult]::new('remove-key', 'remove-key', [CompletionResultType]::ParameterValue, 'Forget an SSH public key')
            [CompletionResult]::new('authorized-keys', 'authorized-keys', [CompletionResultType]::ParameterValue, 'Print an authorized_keys block with the keys of every device of the profile')
            [CompletionResult]::new('known-hosts', 'known-hosts', [CompletionResultType]::ParameterValue, 'Known host keys, shared by all your devices')
            break
        }
        'meshman;help;ssh;add-key' {
            break
        }
        'meshman;help;ssh;keys' {
            break
        }
        'meshman;help;ssh;remove-key' {
            break
        }
        'meshman;help;ssh;authorized-keys' {
            break
        }
        'meshman;help;ssh;known-hosts' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List known host keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the known host keys in known_hosts format')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Forget a host''s keys')
            break
        }
        'meshman;help;ssh;known-hosts;add' {
            break
        }
        'meshman;help;ssh;known-hosts;list' {
            break
        }
        'meshman;help;ssh;known-hosts;export' {
            break
        }
        'meshman;help;ssh;known-hosts;delete' {
            break
        }
        'meshman;help;mail' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a mail account''s settings, or replace those of the same address')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List mail accounts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a mail account''s settings')
            break
        }
        'meshman;help;mail;add' {
            break
        }
        'meshman;help;mail;list' {
            break
        }
        'meshman;help;mail;delete' {
            break
        }
        'meshman;help;sync' {
            break
        }
        'meshman;help;conflicts' {
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Settle one conflict, keeping one side')
            break
        }
        'meshman;help;conflicts;resolve' {
            break
        }
        'meshman;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
