// The privacy page's texts: fetched with the later texts, as nothing on a first visit shows them.
// Its lists are rendered from src/data/privacy.ts, one entry per stored item, link field and notice.
import type { Resources } from '../ja/index';

export const privacy: Resources['privacy'] = {
  title: 'Privacy policy',
  metaTitle: 'Privacy policy | Investor Psychology Test',
  lead: 'This test runs entirely in your browser. Your answers are never sent to us or to anyone else.',
  storesHeading: 'What this device keeps',
  storesLead:
    'Your browser’s storage holds these {{count}} items and nothing else. The name beside each is its storage key, as your browser’s developer tools show it.',
  whereLabel: 'Where',
  where: {
    local: 'Your browser (until you clear it)',
    session: 'This browser tab (gone when the tab closes)',
  },
  holdsLabel: 'What',
  whyLabel: 'Why',
  clearLabel: 'How to clear it',
  items: {
    quiz: {
      name: 'Your test answers',
      holds:
        'Your answer to each question, how far you got, how long each answer took, and whether you finished the test with them',
      why: 'So you can continue later. The times are used only to add a note to your own result when you answered faster than the questions can be read.',
      clear: '“Start over” on the front page clears them.',
    },
    results: {
      name: 'Result codes',
      holds: 'Your result code, and the last friend’s result code you opened',
      why: 'So you can open your result again, and compare it with a friend’s.',
      clear: 'Taking the test again replaces your result code with the new one.',
    },
    'answer-quality': {
      name: 'Notes on your answers',
      holds:
        'Your result code, and whether your answers showed something to note (the same position every time, answers pointing opposite ways, faster than reading)',
      why: 'To suggest a calmer retake on your own result page. Friends never see it.',
      clear: 'Taking the test again replaces it with the new result’s.',
    },
    'security-check': {
      name: 'Your “Protect your account” answers',
      holds: 'Your answers on how your login is protected, password reuse and investment offers',
      why: 'To show the advice that follows your answers next time too.',
      clear: '“Change my answers” lets you choose again.',
    },
    language: {
      name: 'Language',
      holds: 'The language you chose with the switcher',
      why: 'To show the test in that language next time.',
      clear: 'The language switcher changes it at any time.',
    },
    campaign: {
      name: 'Campaign',
      holds:
        'The campaign values in the link you arrived by (utm_source, utm_medium, utm_campaign)',
      why: 'So the links from your result to our services carry the same campaign values.',
      clear: 'Closing the tab clears it.',
    },
  },
  clearAll:
    'Clearing this site’s data (cookies and site data) in your browser settings removes all of it.',
  sendsHeading: 'What is sent',
  sends:
    'Nothing: neither answers nor results are sent to our servers or to third parties. No analytics or advertising scripts are loaded.',
  sharesHeading: 'When you share a result',
  sharesLead: 'A shared link holds these and nothing else:',
  linkWhere: {
    path: 'The page’s address',
    code: 'The result code after the “#” in the address (never sent to a server)',
  },
  linkFields: {
    typeId: 'your investor type',
    language: 'the language',
    modelVersion: 'the test’s version',
    scores: 'your scores on the {{count}} sides',
    literacyCorrect: 'how many of the 3 basic money questions you got right',
    checksum: 'a check mark that catches a mistyped link',
  },
  linkGroup: '{{where}}: {{fields, list}}',
  sharesNot:
    'Nothing this device keeps (the list above) goes into a link. Whoever opens it never sees your answers, your investing experience, your answer times or your account checks.',
  embedHeading: 'When the test is embedded in a blog',
  embedLead:
    'When the test is embedded in a blog post, the page around it is told only the following, and its owner can record it in their own analytics.',
  embedNot: 'It is never told your answers or anything this device keeps.',
  embedWordPress:
    "In WordPress's own embed (without the plugin), it is told only {{notices, list}} instead. A result link carries the same as a shared result link.",
  linksHeading: 'Other services',
  links:
    'Links to LINE, X, Facebook or the blog open those services’ pages, where their own privacy policies apply.',
  back: 'Back to the test',
};
