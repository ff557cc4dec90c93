<?php
/**
 * Activates or deactivates every plugin file in one folder of wp-content/plugins:
 * `php plugin.php activate|deactivate <folder>`.
 */
require __DIR__ . '/boot.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

[, $action, $folder] = $argv;
$files = array_keys(get_plugins('/' . $folder));
if ($files === []) {
  fail("no plugin header in any PHP file of wp-content/plugins/$folder");
}
foreach ($files as $file) {
  $plugin = "$folder/$file";
  if ($action === 'activate') {
    $result = activate_plugin($plugin);
    if (is_wp_error($result)) {
      fail("activate_plugin $plugin: " . $result->get_error_message());
    }
  } else {
    deactivate_plugins($plugin);
  }
}
echo $action . 'd';
