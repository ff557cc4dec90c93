/** Where the app is served ("/" or a blog sub-folder such as "/shindan/"). */
export { BASE_URL as BASE_PATH } from '@/platform/base-url';
