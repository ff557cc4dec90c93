<?php
/** Runs a test's own PHP file inside WordPress: `php run-snippet.php <file>`. */
require __DIR__ . '/boot.php';
require $argv[1];
