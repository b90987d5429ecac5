/**
 * UTC offsets of IANA zones, for dates printed in a site's local time and for markup's instants told in it. Split
 * from parse-date.ts.
 */

// Building a DateTimeFormat costs about a millisecond; pages print dozens of dates in one zone.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** UTC offset ("+08:00") of an IANA zone at a local date and time. */
export function zoneOffset(timeZone: string, y: number, mo: number, d: number, h: number, mi: number): string {
  const guess = new Date(Date.UTC(y, mo - 1, d, h, mi));
  let format = offsetFormats.get(timeZone);
  if (!format)
    offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(guess).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/** The same instant as a wall-clock time in `timeZone` ("2020-08-25T00:23:33+00:00" → "2020-08-24T20:23:33-04:00"). */
export function inZone(iso: string, timeZone: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const local = new Date(t);
  const guess = zoneOffset(
    timeZone,
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    local.getUTCHours(),
    local.getUTCMinutes(),
  );
  if (guess === m[2]) return iso;
  const sign = guess.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(guess.slice(1, 3)) * 60 + Number(guess.slice(4, 6)));
  const wall = new Date(t + minutes * 60e3).toISOString().slice(0, 19);
  return `${wall}${guess}`;
}

/**
 * The zones of the countries that span several, nearest the one guessed for the host first (`timeZoneForHost` guesses
 * the capital's or the largest city's): a UTC time in markup may be any of them.
 */
const COUNTRY_ZONES: Record<string, string[]> = {
  'America/New_York': [
    'America/Chicago',
    'America/Denver',
    'America/Los_Angeles',
    'America/Anchorage',
    'Pacific/Honolulu',
  ],
  'America/Toronto': [
    'America/Winnipeg',
    'America/Halifax',
    'America/Edmonton',
    'America/St_Johns',
    'America/Vancouver',
  ],
  'Australia/Sydney': ['Australia/Brisbane', 'Australia/Adelaide', 'Australia/Darwin', 'Australia/Perth'],
};

/** The host's zone, then the other zones of its country (none for a country with one zone). */
export function countryZones(zone: string): string[] {
  return [zone, ...(COUNTRY_ZONES[zone] ?? [])];
}

/** Whether an ISO time is given in UTC ("Z" read as "+00:00"), the form that names no site's zone. */
export function isUtc(iso: string): boolean {
  return /T\d{2}:\d{2}:\d{2}[+-]00:00$/.test(iso);
}

/** Whether an ISO time carries an offset of its own. */
export function hasOffset(iso: string): boolean {
  return /T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(iso);
}

/** The language a page declares: `<html lang>`, else og:locale or Content-Language. */
export function declaredLang(doc: Document): string | null {
  return (
    doc.documentElement.getAttribute('lang') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    null
  );
}

/** Languages spoken in one zone, for hosts that name no country. */
const LANG_ZONES: [RegExp, string][] = [
  [/^zh[-_](?:tw|hant)/i, 'Asia/Taipei'],
  [/^zh[-_](?:hk|mo)/i, 'Asia/Hong_Kong'],
  [/^zh/i, 'Asia/Shanghai'],
  [/^ja/i, 'Asia/Tokyo'],
  [/^ko/i, 'Asia/Seoul'],
  [/^fa/i, 'Asia/Tehran'],
];

/** The host's zone, else the one a language is spoken in (a stored article's `lang`, a declared `zh-TW`). */
export function zoneForLang(hostZone: string, lang: string): string {
  if (hostZone !== 'UTC') return hostZone;
  return LANG_ZONES.find(([re]) => re.test(lang))?.[1] ?? hostZone;
}

/**
 * The site's zone: its host's country's (`hostZone`), else, on a host that names none (.com, .org, .net), the one its
 * language implies where the language has one: a Chinese page on a .com prints Beijing time, not UTC (a printed
 * "09:58" was told +00:00). A page declaring no language is read by its title's script.
 */
export function pageZone(hostZone: string, doc: Document): string {
  if (hostZone !== 'UTC') return hostZone;
  const lang = declaredLang(doc) ?? '';
  if (lang) return zoneForLang(hostZone, lang);
  const title = doc.title ?? '';
  const chinese =
    !lang &&
    (title.match(/\p{Script=Han}/gu) ?? []).length >= 4 &&
    !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(title);
  return chinese ? 'Asia/Shanghai' : hostZone;
}

/**
 * Countries of one zone by their domain, beyond the ones timeZoneForHost names first: Nordic, Central and Eastern
 * European, Middle Eastern, African and South-East Asian universities print local times (a .no page's "10:12" was told
 * UTC; session 45, R95). Countries spanning zones (.ru, .id, .us) are left out.
 */
const DOMAIN_ZONES: Record<string, string> = Object.fromEntries(
  (
    'no:Europe/Oslo se:Europe/Stockholm dk:Europe/Copenhagen fi:Europe/Helsinki is:Atlantic/Reykjavik be:Europe/Brussels ' +
    'lu:Europe/Luxembourg pl:Europe/Warsaw cz:Europe/Prague sk:Europe/Bratislava hu:Europe/Budapest ro:Europe/Bucharest ' +
    'bg:Europe/Sofia gr:Europe/Athens hr:Europe/Zagreb si:Europe/Ljubljana rs:Europe/Belgrade ee:Europe/Tallinn ' +
    'lv:Europe/Riga lt:Europe/Vilnius ua:Europe/Kiev tr:Europe/Istanbul il:Asia/Jerusalem ae:Asia/Dubai sa:Asia/Riyadh ' +
    'qa:Asia/Qatar eg:Africa/Cairo ke:Africa/Nairobi ng:Africa/Lagos gh:Africa/Accra th:Asia/Bangkok ' +
    'vn:Asia/Ho_Chi_Minh ph:Asia/Manila pk:Asia/Karachi bd:Asia/Dhaka ir:Asia/Tehran af:Asia/Kabul ' +
    // Session 64 (R280–R287): Belarus, Central Asia, Iraq, India, southern Africa, Malta, Gibraltar, the Pacific and
    // the Caribbean's.
    'by:Europe/Minsk kg:Asia/Bishkek tj:Asia/Dushanbe iq:Asia/Baghdad in:Asia/Kolkata mw:Africa/Blantyre ' +
    'zw:Africa/Harare bw:Africa/Gaborone na:Africa/Windhoek mt:Europe/Malta gi:Europe/Gibraltar fj:Pacific/Fiji ' +
    'pg:Pacific/Port_Moresby jm:America/Jamaica tt:America/Port_of_Spain'
  )
    .split(' ')
    .map((pair) => pair.split(':')),
);

/** The zone of the host's country domain among DOMAIN_ZONES, or null. */
export function domainZone(host: string): string | null {
  return DOMAIN_ZONES[/\.([a-z]{2})$/.exec(host.toLowerCase())?.[1] ?? ''] ?? null;
}

/** IANA zone for a host, from its country suffix; US .edu defaults to Eastern time. */
export function timeZoneForHost(host: string): string {
  const zones: [RegExp, string][] = [
    [/\.(cn)$/, 'Asia/Shanghai'],
    [/\.hk$/, 'Asia/Hong_Kong'],
    [/\.tw$/, 'Asia/Taipei'],
    [/\.mo$/, 'Asia/Macau'],
    [/\.sg$/, 'Asia/Singapore'],
    [/\.my$/, 'Asia/Kuala_Lumpur'],
    [/\.jp$/, 'Asia/Tokyo'],
    [/\.kr$/, 'Asia/Seoul'],
    [/\.uk$/, 'Europe/London'],
    [/\.au$/, 'Australia/Sydney'],
    [/\.nz$/, 'Pacific/Auckland'],
    [/\.in$/, 'Asia/Kolkata'],
    [/\.za$/, 'Africa/Johannesburg'],
    [/\.ca$/, 'America/Toronto'],
    // Mexico's centre has kept UTC−6 all year since 2022. Not .co, which is sold as a generic name.
    [/\.mx$/, 'America/Mexico_City'],
    [/\.ar$/, 'America/Argentina/Buenos_Aires'],
    [/\.cl$/, 'America/Santiago'],
    [/\.pe$/, 'America/Lima'],
    [/\.br$/, 'America/Sao_Paulo'],
    [/\.es$/, 'Europe/Madrid'],
    [/\.pt$/, 'Europe/Lisbon'],
    [/\.fr$/, 'Europe/Paris'],
    [/\.de$/, 'Europe/Berlin'],
    [/\.at$/, 'Europe/Vienna'],
    [/\.ch$/, 'Europe/Zurich'],
    [/\.it$/, 'Europe/Rome'],
    [/\.nl$/, 'Europe/Amsterdam'],
    [/\.ie$/, 'Europe/Dublin'],
    [/\.edu$/, 'America/New_York'],
  ];
  return zones.find(([re]) => re.test(host))?.[1] ?? domainZone(host) ?? 'UTC';
}
