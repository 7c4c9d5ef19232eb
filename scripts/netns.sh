#!/usr/bin/env bash
# Runs a command in a private network namespace with only loopback up, so browser/ICE/TURN/signaling traffic
# of a test can never leave this machine. As root (CI) a plain `unshare --net`; otherwise a user namespace.
# Loopback also carries multicast, for tests of mDNS host candidates.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then ns=(unshare --net); else ns=(unshare --map-root-user --net); fi
exec "${ns[@]}" bash -c '
  set -e
  ip link set lo up
  ip link set lo multicast on 2>/dev/null || true
  ip route add 224.0.0.0/4 dev lo 2>/dev/null || true
  exec npx "$@"' bash "$@"
