#!/usr/bin/env bash
# Makes sure Debian's Chromium (and a Japanese font for screenshots) is installed for the browser
# tests. The tests never download a browser: they drive the system one at /usr/bin/chromium.
# Idempotent and silent when everything is already there; CI runs it as root on a clean machine.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
packages=()
[ -x "$CHROMIUM" ] || packages+=(chromium)
# fc-list is part of fontconfig, which chromium pulls in; without it we cannot tell, so install.
if ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=ja 2>/dev/null | grep -qi 'noto.*cjk'; }; then
  packages+=(fonts-noto-cjk)
fi
[ "${#packages[@]}" -eq 0 ] && exit 0

# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"
apt_install ensure-chromium "${packages[@]}"

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: $CHROMIUM is still missing after the install" >&2
  exit 1
fi
