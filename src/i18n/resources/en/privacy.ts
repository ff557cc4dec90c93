// The privacy page's texts: fetched with the later texts, as nothing on a first visit shows them.
import type { Resources } from '../ja/index';

export const privacy: Resources['privacy'] = {
  title: 'Privacy policy',
  metaTitle: 'Privacy policy | Investor Psychology Test',
  lead: 'This test runs entirely in your browser. Your answers are never sent to us or to anyone else.',
  storesHeading: 'What your browser keeps',
  stores: [
    'Your answers and how far you got, so you can continue later',
    'Your result code and the last friend’s result code you opened, so you can compare',
    'Your answers to the three “Protect your account” checks',
    'The language you chose',
    'The campaign in the link you arrived by (gone when the tab closes)',
  ],
  storesNote:
    'All of this stays in this browser on this device. Clearing the site’s data in your browser removes it.',
  sendsHeading: 'What is sent',
  sends:
    'Nothing: neither answers nor results are sent to our servers or to third parties. No analytics or advertising scripts are loaded.',
  sharesHeading: 'When you share a result',
  shares:
    'A shared link holds only a short code for your type, your six scores and how many basic money questions you got right. It never holds your answers or your account checks.',
  embedHeading: 'When the test is embedded in a blog',
  embed:
    'The page it is embedded in learns only that the test started, how far it got, which type came out and which service link was clicked. Never your answers.',
  linksHeading: 'Other services',
  links:
    'Links to LINE, X, Facebook or the blog open those services’ pages, where their own privacy policies apply.',
  back: 'Back to the test',
};
