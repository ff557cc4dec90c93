/// <reference types="vite/client" />

/** Where the app is served ("/" or a blog sub-folder such as "/shindan/"), from Vite's `base`. */
export const BASE_PATH: string = import.meta.env.BASE_URL;
