// UI texts of the "embed" namespace (the /embed/ snippet configurator) in en. Same keys as ../ja/embed.ts.
import type { Resources } from '../ja/index';

export const embed: Resources['embed'] = {
  metaDescription:
    'Make the code that puts the investor psychology test inside a blog post. Pick the language, campaign and theme, check the preview, then copy.',
  title: 'Embed in a blog',
  lead: 'Make the code that lets readers take the investor psychology test inside a blog post. The preview and the code follow your settings.',
  settings: {
    heading: 'Settings',
    language: 'Language',
    utmSource: 'Source (utm_source)',
    utmSourceHint: 'For example: blog. Letters, digits and . _ ~ - only, up to 64 characters.',
    utmCampaign: 'Campaign (utm_campaign)',
    utmCampaignHint: 'For example: autumn. Letters, digits and . _ ~ - only, up to 64 characters.',
    invalid: 'This contains characters that cannot be used, so it is left out of the code.',
    theme: 'Theme',
    themes: {
      light: 'Light (bright background)',
      dark: 'Dark (dark background)',
      auto: "Follow the reader's device setting",
    },
  },
  preview: {
    heading: 'Preview',
    frameTitle: 'Preview: the embedded investor psychology test',
    note: 'As on the blog, its height follows the content.',
  },
  address: {
    heading: 'Paste the address (WordPress Authors, note, Ameba)',
    lead: "Authors who cannot paste a script paste only the test's address, on a line of its own. On WordPress with the 投資心理テスト embed plugin it becomes the same embed as the code above. Without the plugin it shows in a frame of up to 1000 px, whose links open in the same tab. note and Ameba show a link card.",
    label: 'The address to paste',
    copy: 'Copy the address',
  },
  banners: {
    heading: 'Banners (for blogs that allow no script)',
    lead: 'Blogs that take no script or iframe (Ameba, note, livedoor, Hatena Blog’s free plan) take a banner image with a link. Readers tap the banner to open the test. The link carries the language, source and campaign chosen above.',
    label: 'HTML of the {{size}} banner',
    imageAlt: 'The {{size}} banner',
    copy: 'Copy the {{size}} HTML',
  },
  snippet: {
    heading: 'Embed code',
    label: "Embed code (paste it into the blog post's HTML editor)",
    copy: 'Copy the code',
    copied: "Copied. Paste it into the blog post's HTML editor.",
    copyFailed: 'The code could not be copied automatically. It is selected now: copy it by hand.',
    siteNote: 'The code points to the live site, {{site}}.',
    privacy:
      'The blog learns only that the test started, the number of each answered question, the result type and which button was pressed. No answer and nothing about the reader is sent.',
  },
};
