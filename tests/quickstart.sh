#!/usr/bin/env bash
# meshman's quick start: the whole flow on one machine, as a user types it.
#
#   bash tests/quickstart.sh
#
# Builds meshman (unless MESHMAN points at a binary), starts a portal on
# loopback, creates a profile and an account, escrows the master key into
# 3 shares, recovers the profile onto a second device from 2 of them, and
# connects a third device by comparing verification codes, and stores a
# password on the laptop that the phone and the tablet read after a sync.
# Everything lives in a temporary folder that is removed at the end.
set -euo pipefail

if [ -z "${MESHMAN:-}" ]; then
  cargo build --release --quiet
  # Wherever cargo put it: CARGO_TARGET_DIR or a cargo config may move target/.
  target="$(cargo metadata --format-version 1 --no-deps |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"
  MESHMAN="$target/release/meshman"
fi
work="$(mktemp -d)"
portal_pid=""
cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# Shows the command as a user would type it on that device, then runs it.
step() { local device=$1; shift; { printf '\n$ meshman'; printf ' %q' "$@"; printf '   # on the %s\n' "$device"; } >&2; }
# Each device has its own keystore; no passphrase so the script runs unattended.
laptop() { step laptop "$@"; "$MESHMAN" --home "$work/laptop" "$@"; }
phone()  { step phone "$@";  "$MESHMAN" --home "$work/phone" "$@"; }
tablet() { step tablet "$@"; "$MESHMAN" --home "$work/tablet" "$@"; }

# 1. A portal on loopback (port chosen by the OS, printed on its first line).
"$MESHMAN" portal serve --listen 127.0.0.1:0 --data "$work/portal" --domain example.com \
  > "$work/portal.out" 2> "$work/portal.log" &
portal_pid=$!
for _ in $(seq 100); do grep -q listening "$work/portal.out" 2>/dev/null && break; sleep 0.05; done
url="$(sed -n 's/^listening on //p' "$work/portal.out")"
[ -n "$url" ] || { echo "the portal did not start:" >&2; cat "$work/portal.log" >&2; exit 1; }
echo "portal: $url" >&2

# 2. A profile and an account on the laptop.
laptop profile create --no-passphrase --description "Alice's laptop"
laptop account validate alice@example.com --portal "$url"
laptop account create alice@example.com --portal "$url"
laptop account status

# 3. Escrow the master key: 3 shares, any 2 recover; the master key leaves the laptop.
laptop profile escrow --quorum 2 --shares 3 --delete-master | tee "$work/shares"
mapfile -t shares < "$work/shares"

# 4. The phone recovers the profile from two of the shares and joins it.
phone recover --shares "${shares[0]}" "${shares[2]}" --account alice@example.com \
  --portal "$url" --no-passphrase --description "Alice's phone"
phone profile show
phone profile verify

# 5. The tablet asks to join; the phone (an administration device) sees the
#    same verification code and accepts it by typing the code's start.
code="$(tablet device connect alice@example.com --portal "$url" --no-wait --no-passphrase \
  --description "Alice's tablet")"
phone device pending >&2
phone device accept "${code:0:9}" >&2
tablet device status
tablet device list >&2

# 6. A password stored on the laptop, synced through the portal (end-to-end
#    encrypted: the portal sees only ciphertext), read on the phone and tablet.
printf 'correct horse battery staple\n' > "$work/password"
laptop password add https://shop.example/login --username alice --password-file "$work/password"
laptop sync
phone sync
phone password list
got="$(phone password get shop.example)"
[ "$got" = "correct horse battery staple" ] || { echo "the phone read the wrong password" >&2; exit 1; }
tablet sync
[ "$(tablet password get shop.example)" = "correct horse battery staple" ] \
  || { echo "the tablet read the wrong password" >&2; exit 1; }

echo >&2
echo "quick start: ok" >&2
