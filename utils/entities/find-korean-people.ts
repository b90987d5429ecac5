/**
 * People named in Korean: a name in Hangul (a common surname and one or two syllables) before the title or post
 * Korean news prints after it, spaced (김민수 교수, 박지은 박사과정생, 정민호 박사, 홍길동 총장). Korean university news
 * names its researchers so (session 45, R59, R67, R96: nine names, none found before).
 */
import type { FoundPerson } from './find-people';

/** The commonest Korean surnames (over nine in ten Koreans bear one). */
const SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉';
/** Posts and titles after a name, longest first: a student's course before the bare 박사. */
const POSTS = [
  '박사후연구원',
  '박사과정생',
  '석사과정생',
  '책임연구원',
  '선임연구원',
  '박사과정',
  '석사과정',
  '연구교수',
  '명예교수',
  '부교수',
  '조교수',
  '연구원',
  '교수',
  '박사',
  '총장',
  '부총장',
  '학장',
  '원장',
  '소장',
  '처장',
  '센터장',
  '학생',
  '대표',
  '장관',
];
const NAME = new RegExp(
  `(?<![\\p{Script=Hangul}])([${SURNAMES}][\\p{Script=Hangul}]{1,2})\\s(${POSTS.join('|')})(?![\\p{Script=Hangul}]{2})`,
  'gu',
);

/** Words opening with a surname's syllable that qualify the post, no name (지도 교수, 전임 연구원, 공동 연구원). */
const NOT_NAMES = new Set([
  '지도',
  '전임',
  '전직',
  '명예',
  '신임',
  '현직',
  '공동',
  '주임',
  '소속',
  '이번',
  '우리',
  '정규',
  '연구',
  '방문',
  '선임',
  '수석',
  '책임',
  '원로',
  '담당',
  '참여',
  '유명',
  '한국',
  '미국',
  '중국',
  '일본',
]);

export function findKoreanPeople(text: string): FoundPerson[] {
  if (!/\p{Script=Hangul}/u.test(text)) return [];
  const out = new Map<string, string>();
  for (const m of text.matchAll(NAME)) if (!NOT_NAMES.has(m[1]!) && !out.has(m[1]!)) out.set(m[1]!, m[2]!);
  return [...out].map(([name, role]) => ({ text: name, role }));
}
