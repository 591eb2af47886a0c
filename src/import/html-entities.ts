/**
 * Decoding of HTML character references (`&amp;`, `&#8220;`, `&#x2019;`, `&rsquo;`) without a
 * DOM, so the same code runs in the CLI and in the browser.
 *
 * The table holds the HTML 4 set — Latin-1, Greek, punctuation, arrows and symbols — which is
 * what CMSes and TimelineJS files use in practice; the full HTML 5 list (2,000+ names) would
 * weigh more than the rest of the importer. A name not in the table is left as written, and the
 * validator then asks for the character itself. Numeric references follow the HTML standard:
 * 0x80–0x9F are read as Windows-1252 (`&#146;` is ’), and impossible code points become U+FFFD.
 */

// Code points 160–255, in order (HTML 4 Latin-1).
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN ' +
  'szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave ' +
  'iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc ' +
  'uuml yacute thorn yuml';

// Greek capitals from 913 and small letters from 945; "" marks the unassigned U+03A2.
const GREEK =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho  ' +
  'Sigma Tau Upsilon Phi Chi Psi Omega';

const OTHERS: Record<string, number> = {
  quot: 34,
  amp: 38,
  apos: 39,
  lt: 60,
  gt: 62,
  OElig: 338,
  oelig: 339,
  Scaron: 352,
  scaron: 353,
  Yuml: 376,
  fnof: 402,
  circ: 710,
  tilde: 732,
  thetasym: 977,
  upsih: 978,
  piv: 982,
  ensp: 8194,
  emsp: 8195,
  thinsp: 8201,
  zwnj: 8204,
  zwj: 8205,
  lrm: 8206,
  rlm: 8207,
  ndash: 8211,
  mdash: 8212,
  horbar: 8213,
  lsquo: 8216,
  rsquo: 8217,
  sbquo: 8218,
  ldquo: 8220,
  rdquo: 8221,
  bdquo: 8222,
  dagger: 8224,
  Dagger: 8225,
  bull: 8226,
  hellip: 8230,
  permil: 8240,
  prime: 8242,
  Prime: 8243,
  lsaquo: 8249,
  rsaquo: 8250,
  oline: 8254,
  frasl: 8260,
  euro: 8364,
  image: 8465,
  weierp: 8472,
  real: 8476,
  trade: 8482,
  alefsym: 8501,
  larr: 8592,
  uarr: 8593,
  rarr: 8594,
  darr: 8595,
  harr: 8596,
  crarr: 8629,
  lArr: 8656,
  uArr: 8657,
  rArr: 8658,
  dArr: 8659,
  hArr: 8660,
  forall: 8704,
  part: 8706,
  exist: 8707,
  empty: 8709,
  nabla: 8711,
  isin: 8712,
  notin: 8713,
  ni: 8715,
  prod: 8719,
  sum: 8721,
  minus: 8722,
  lowast: 8727,
  radic: 8730,
  prop: 8733,
  infin: 8734,
  ang: 8736,
  and: 8743,
  or: 8744,
  cap: 8745,
  cup: 8746,
  int: 8747,
  there4: 8756,
  sim: 8764,
  cong: 8773,
  asymp: 8776,
  ne: 8800,
  equiv: 8801,
  le: 8804,
  ge: 8805,
  sub: 8834,
  sup: 8835,
  nsub: 8836,
  sube: 8838,
  supe: 8839,
  oplus: 8853,
  otimes: 8855,
  perp: 8869,
  sdot: 8901,
  lceil: 8968,
  rceil: 8969,
  lfloor: 8970,
  rfloor: 8971,
  lang: 9001,
  rang: 9002,
  loz: 9674,
  spades: 9824,
  clubs: 9827,
  hearts: 9829,
  diams: 9830,
};

/** Windows-1252 for the C1 range, as HTML reads `&#128;`–`&#159;` (0 = keep the code point). */
const CP1252 = [
  8364, 0, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 0, 381, 0, 0, 8216, 8217,
  8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250, 339, 0, 382, 376,
];

const NAMED = new Map<string, number>(Object.entries(OTHERS));
LATIN1.split(' ').forEach((name, i) => NAMED.set(name, 160 + i));
GREEK.split(' ').forEach((name, i) => {
  if (name === '') return;
  NAMED.set(name, 913 + i);
  NAMED.set(name.toLowerCase(), 945 + i);
});
NAMED.set('sigmaf', 962);

/** Names browsers also accept without the closing ";", as in "AT&T" or "&copy 2023". */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

const REFERENCE =
  /&(?:#[xX]([0-9A-Fa-f]{1,8});?|#([0-9]{1,10});?|([A-Za-z][A-Za-z0-9]{0,31})(;?))/g;

/** The character for a numeric reference, as the HTML standard reads it. */
export function codePointToString(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  if (code >= 0x80 && code <= 0x9f) return String.fromCodePoint(CP1252[code - 0x80] || code);
  return String.fromCodePoint(code);
}

/** Replaces every character reference that HTML would; leaves anything else as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined, semi) => {
      if (hex !== undefined) return codePointToString(parseInt(hex, 16));
      if (dec !== undefined) return codePointToString(Number(dec));
      const code = NAMED.get(name!);
      if (code === undefined) return whole;
      if (semi === '' && !LEGACY.has(name!)) return whole;
      return String.fromCodePoint(code);
    },
  );
}
