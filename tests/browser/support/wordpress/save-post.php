<?php
/**
 * Saves and publishes a post as the user whose login is the role, the way the block editor's save
 * through the REST API does: wp_set_current_user() fires set_current_user, whose kses_init filters
 * the content for a user without unfiltered_html, and wp_insert_post() runs content_save_pre.
 * Reads {"login", "title", "content"} as JSON on stdin; answers {"id", "url", "storedContent"}.
 */
require __DIR__ . '/boot.php';

$post = json_decode(stream_get_contents(STDIN), true, 8, JSON_THROW_ON_ERROR);
$user = get_user_by('login', $post['login']);
if ($user === false) {
  fail("no user {$post['login']}");
}
wp_set_current_user($user->ID);

$id = wp_insert_post(
  wp_slash([
    'post_title' => $post['title'],
    'post_content' => $post['content'],
    'post_status' => 'publish',
    'post_author' => $user->ID,
  ]),
  true,
);
if (is_wp_error($id)) {
  fail('wp_insert_post: ' . $id->get_error_message());
}
echo json_encode([
  'id' => $id,
  'url' => get_permalink($id),
  'storedContent' => get_post_field('post_content', $id, 'raw'),
], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
