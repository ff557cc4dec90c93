<?php
/**
 * Installs WordPress into the empty database without the browser installer, then adds one user
 * per role the tests save posts as. Every password is the login: the site lives for one test run
 * on 127.0.0.1.
 */
define('WP_INSTALLING', true);
require __DIR__ . '/boot.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install('Test blog', 'administrator', 'administrator@example.com', false, '', 'administrator');
if (is_wp_error($installed)) {
  fail('wp_install: ' . $installed->get_error_message());
}
// Plain links (?p=ID): the test's Apache has no rewrite rules, and the links need none.
update_option('permalink_structure', '');
foreach (['editor', 'author'] as $role) {
  $id = wp_insert_user([
    'user_login' => $role,
    'user_pass' => $role,
    'user_email' => "$role@example.com",
    'role' => $role,
  ]);
  if (is_wp_error($id)) {
    fail("wp_insert_user $role: " . $id->get_error_message());
  }
}
echo 'installed';
