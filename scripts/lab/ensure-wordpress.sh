#!/usr/bin/env bash
# Makes sure Debian's WordPress, MariaDB, Apache with mod_php and PHP's MySQL driver are installed
# for the browser tests that embed the test in a blog (tests/browser/support/wordpress.ts). The
# tests run their own MariaDB and Apache on 127.0.0.1, so the packages' own services are stopped
# and disabled after an install. Idempotent and silent when everything is already there; CI runs it
# as root on a clean machine.
set -euo pipefail

packages=()
[ -f /usr/share/wordpress/wp-load.php ] || packages+=(wordpress)
# Without recommends the wordpress package brings no theme, and a site without one renders nothing.
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] ||
  packages+=(wordpress-theme-twentytwentythree)
{ [ -x /usr/sbin/mariadbd ] && command -v mariadb-install-db >/dev/null 2>&1; } ||
  packages+=(mariadb-server)
[ -x /usr/sbin/apache2 ] || packages+=(apache2)
compgen -G '/usr/lib/apache2/modules/libphp*.so' >/dev/null || packages+=(libapache2-mod-php)
command -v php >/dev/null 2>&1 || packages+=(php)
php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' >/dev/null 2>&1 || packages+=(php-mysql)
[ "${#packages[@]}" -eq 0 ] && exit 0

# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"
apt_install ensure-wordpress "${packages[@]}"

# Where the packages' postinst started apache2 and mariadb, they would hold ports 80 and 3306 and
# come back at boot; machines without systemd have only `service`, and either may be missing.
for service in apache2 mariadb; do
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    "${SUDO[@]}" systemctl disable --now "$service" >/dev/null 2>&1 || true
  else
    "${SUDO[@]}" service "$service" stop >/dev/null 2>&1 || true
  fi
done

missing=()
[ -f /usr/share/wordpress/wp-load.php ] || missing+=(/usr/share/wordpress/wp-load.php)
[ -x /usr/sbin/mariadbd ] || missing+=(/usr/sbin/mariadbd)
[ -x /usr/sbin/apache2 ] || missing+=(/usr/sbin/apache2)
compgen -G '/usr/lib/apache2/modules/libphp*.so' >/dev/null ||
  missing+=('/usr/lib/apache2/modules/libphp*.so')
php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' >/dev/null 2>&1 || missing+=('php mysqli')
if [ "${#missing[@]}" -gt 0 ]; then
  echo "ensure-wordpress: still missing after the install: ${missing[*]}" >&2
  exit 1
fi
