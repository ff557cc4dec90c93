# Installs Debian packages with apt-get, as root or through sudo. Sourced by the scripts/ensure-*.sh
# scripts, which decide what is missing; CI runs them as root on a clean machine.
# Usage: apt_install <script name> <package>...
# Leaves SUDO set (empty as root) for the caller's own commands after the install.
apt_install() {
  local who=$1
  shift
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "$who: need root (or sudo) to install: $*" >&2
    exit 1
  fi
  echo "$who: installing $* with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq >/dev/null
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
