<?php
/**
 * Plugin Name: Test origin map
 * Description: Test-only, never shipped. Stands in for DNS, not for anything the product does: in
 * production the test's site is public https, here it is served on 127.0.0.1. Requests WordPress's
 * own HTTP API makes to TEST_ORIGIN_MAP_FROM are answered from the same path and query under
 * TEST_ORIGIN_MAP_TO, and that local host counts as external so oEmbed discovery, which refuses
 * private addresses, reaches it.
 */
if (!defined('TEST_ORIGIN_MAP_FROM') || !defined('TEST_ORIGIN_MAP_TO')) {
  return;
}

add_filter(
  'pre_http_request',
  function ($response, $args, $url) {
    $from = TEST_ORIGIN_MAP_FROM;
    $rest = substr($url, strlen($from));
    if ($response !== false || strncasecmp($url, $from, strlen($from)) !== 0) {
      return $response;
    }
    if ($rest !== '' && !in_array($rest[0], ['/', '?', '#'], true)) {
      return $response;
    }
    $args['reject_unsafe_urls'] = false;
    return wp_remote_request(TEST_ORIGIN_MAP_TO . $rest, $args);
  },
  10,
  3,
);

add_filter(
  'http_request_host_is_external',
  fn ($external, $host) => $external || $host === parse_url(TEST_ORIGIN_MAP_TO, PHP_URL_HOST),
  10,
  2,
);
