/**
 * What the words around a capitalised pair say of it in English text: a role or occupation before it, a role, degree or
 * apposition after it, a speech verb, an appointment, a journal's place (split from find-english-people.ts, which cuts
 * the names these cues test).
 */
import { OCCUPATIONS } from './english-name-words';

// A class year before a name too (by sophomore Marco Delacruz of Riverton; session 58, R204), and an age (24-year-old
// Kagiso Mthembu; session 60, R229).
export const ROLE_BEFORE = new RegExp(
  `\\b(?:${OCCUPATIONS}|member|colleague|mentor|wife|husband|son|daughter|brother|sister|writer|official|author|authors|co-authors?|student|students|major|candidate|researcher|researchers|scientist|scientists|editor|lecturer|professor|professors|graduate|founder|candidates|fellow|fellows|secretary|assistant|aide|player|players|director|manager|president|chair|dean|freshman|sophomore|junior|senior|first-year|second-year|third-year|fourth-year|final-year|resident|by|By|Photo:|Photos:|contact|Contact|include|includes|including|\\d{1,3}-year-old)[,:]?\\s*$`,
);
const AFTER_ROLES = `${OCCUPATIONS}|professor|student|director|dean|chair|author|researcher|scientist|editor|writer|president|CEO|manager|coordinator|lecturer|fellow|graduate|senior|junior|freshman|sophomore|founder|head|officer|secretary|minister|ambassador|leader|specialist|assistant|associate|mother|father|member|scholar|principal|headteacher|headmaster|headmistress|participant|farmer|grower`;
// An apposition whose head is a programme's word names a programme (Mizzou Forward, the university’s initiative
// to …; session 58, R206), not a person; "the program's director", "the head of the program" still name a role.
const PROGRAM_APPOSITION = `(?:(?!\\bof\\b)[^,.;\\n]){0,40}?\\b(?:initiative|program|programme|project|scheme|campaign)(?:\\s+(?:to|that|which|for)\\b|[,.;])`;
/**
 * After a name: an affiliation in brackets (Physics), a degree, or an apposition naming a role (…, Ambassador of
 * Sweden). "a", "the", "now" open an apposition only after a comma: "students of Old English now have" is none.
 */
export const ROLE_AFTER = new RegExp(
  `^(?:\\s+\\((?!the\\b)[A-Z][a-z]|,\\s+(?:a|an|the|former|now)\\b(?!${PROGRAM_APPOSITION})|,?\\s+(?:Ph\\.\\s?D|M\\.\\s?D|Jr\\.|who\\b|(?:[A-Za-z’'-]+\\s+){0,3}(?:[a-z]+-)?(?:${AFTER_ROLES}|${AFTER_ROLES.replace(/\b\w/g, (c) => c.toUpperCase())})\\b(?![^\\S\\n]+[A-Z][\\w’'-]*[^\\S\\n]+[A-Z])))`,
);
/** Appointed to a titled post later in the sentence: "… would arrive in March as Chief Financial Officer". */
export const APPOINTED =
  /^[^.;!?]{0,50}?\b(?:as|post\s+of|named|appointed)\s+(?:the\s+)?(?:(?:Vice|Chief|Acting|Associate|Assistant|Deputy|Executive|Senior|Special|Financial|Operating|Academic|General)\s+)*(?:Provost|President|Officer|Director|Dean|Chair|Chairman|Chairwoman|Counsel|Secretary|Chancellor|Rector|Treasurer|Editor)\b/;
/**
 * Where a journal's name stands (published in Nature Microbiology, in the journal Cell, published today in the Lancet):
 * the title is often in italics, which the text does not keep, so the words before it say it is no person (session 33).
 */
export const PUBLICATION_BEFORE =
  /\b(?:(?:published|appears?|appeared|reported)\s+(?:\w+\s+){0,2}in|journals?)\s+(?:the\s+)?(?:(?:journals?|magazine)\s+)?$/i;
/** A comma and a role after a name (, assistant professor of …; , a lecturer in …). */
// A possessive owner and a vice- or co- prefix may stand in it (, Concordia's vice-president of research; session 45).
export const ROLE_APPOSITION = new RegExp(
  `^,\\s+(?:(?:a|an|the|former)\\s+)?(?:[A-Za-z’'-]+\\s+){0,3}(?:[a-z]+-)?(?:${AFTER_ROLES})\\b`,
);
export const SPEECH =
  /^,?\s+(?:said|says|added|noted|notes|explained|recalled|recalls|told|wrote|writes|asked|agreed|argued|stated|declared|remarked|commented|replied|insisted|warned|concluded|announced)\b/;
