<?php
/**
 * Loads WordPress for a command-line helper the way Apache loads it for a request: Debian's
 * /usr/share/wordpress/wp-config.php picks /etc/wordpress/config-<WORDPRESS_CONFIG>.php from this
 * server variable (Apache sets it with SetEnv), and WordPress reads the host from HTTP_HOST.
 * Warnings go to the site's debug log, so stdout carries only the helper's answer.
 */
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$_SERVER['HTTP_HOST'] = getenv('WORDPRESS_HOST');
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

require '/usr/share/wordpress/wp-load.php';

function fail(string $message): never {
  fwrite(STDERR, $message . "\n");
  exit(1);
}
