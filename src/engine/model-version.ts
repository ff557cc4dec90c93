/**
 * The model version a profile is made with. Bump it when questions, weights or prototypes change
 * in a way that changes results, and teach decodeResult to keep reading the older codes.
 */
export const MODEL_VERSION = 3;
