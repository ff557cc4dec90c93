/** Types of what eslint.config.js exports besides the config, for tests/build/lint-fences.test.ts. */
/** Each fenced folder under src/ and the folders it never imports from. */
export declare const fences: Readonly<Record<string, readonly string[]>>;
/** `'<folder>><forbidden folder>'` to the files of the forbidden folder it may still import. */
export declare const fenceExceptions: Readonly<Record<string, readonly string[]>>;
declare const config: readonly unknown[];
export default config;
