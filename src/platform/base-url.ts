/// <reference types="vite/client" />

/**
 * Where the site is served ("/" or a blog sub-folder such as "/shindan/"), from Vite's `base`: the
 * one place that reads it, so every link, share URL and route agrees.
 */
export const BASE_URL: string = import.meta.env.BASE_URL;
