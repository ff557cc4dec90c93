<?php
/**
 * Plugin Name:       投資心理テスト embed
 * Description:       Lets every author embed 投資心理テスト by pasting its address on a line of its own: WordPress then trusts the test's oEmbed and shows the full, auto-sizing embed with working links.
 * Version:           1.0.0
 * Requires at least: 5.6
 * Requires PHP:      7.2
 * License:           GPL-2.0-or-later
 * Text Domain:       toushi-shinri-test-embed
 *
 * Without this plugin WordPress still embeds the test, in its sandboxed wrapper (a frame of at most
 * 1000 px that scrolls inside, whose links open through the test's forwarding pages). With it, the
 * test counts as a trusted oEmbed provider for its own address only, and its oEmbed response's
 * `embed_snippet` (the same snippet docs/embed.md gives Editors) is used as it is.
 */

defined( 'ABSPATH' ) || exit;

/**
 * Where the test is served: its origin and base path, ending in "/". Held equal to the site's
 * configuration (src/data/site.ts SITE.origin) by tests/build/wordpress-plugin.test.ts.
 */
const TOUSHI_SHINRI_TEST_ROOT = 'https://shindan.example.jp/';

/**
 * The test's pages that offer oEmbed: the landing page and each type page, in Japanese and under
 * en/, with or without a query or a fragment (a shared result's code).
 */
function toushi_shinri_test_page_pattern() {
	return '#^' . preg_quote( TOUSHI_SHINRI_TEST_ROOT, '#' ) . '(?:en/)?(?:r/[a-z-]+/)?(?:[?\#].*)?$#i';
}

/** Whether an address is one of the test's pages. */
function toushi_shinri_test_is_page( $url ) {
	return is_string( $url ) && 1 === preg_match( toushi_shinri_test_page_pattern(), $url );
}

add_action(
	'init',
	function () {
		// Trusted (third argument): WordPress then keeps the provider's HTML instead of sandboxing it.
		wp_oembed_add_provider( toushi_shinri_test_page_pattern(), TOUSHI_SHINRI_TEST_ROOT . 'oembed.json', true );
	}
);

/**
 * The test is a static site: each page's oEmbed response is a file next to it (`oembed.json`), not
 * an endpoint that reads `?url=`. Ask for that file.
 */
add_filter(
	'oembed_fetch_url',
	function ( $provider, $url ) {
		if ( ! toushi_shinri_test_is_page( $url ) ) {
			return $provider;
		}
		$page = preg_replace( '/[?#].*$/s', '', $url );
		return $page . 'oembed.json';
	},
	10,
	2
);

/** Uses the test's own snippet (the embed element, its fallback link and embed.js) as the embed. */
add_filter(
	'oembed_dataparse',
	function ( $html, $data, $url ) {
		if ( ! toushi_shinri_test_is_page( $url ) || ! is_object( $data ) || ! isset( $data->embed_snippet ) ) {
			return $html;
		}
		$snippet = $data->embed_snippet;
		if ( ! is_string( $snippet ) || false === strpos( $snippet, '"' . TOUSHI_SHINRI_TEST_ROOT . 'embed.js"' ) ) {
			return $html;
		}
		return $snippet;
	},
	20,
	3
);
