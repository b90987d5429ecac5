// Event announcements on university hosts (talks, conferences, workshops, calls with a deadline) were called
// articles on unseen sites (issue #11): the event's date sits by the headline like a publication date. Their
// labels for the event's time, place, registration or fee say what the date is (session 23).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { EN_BODY } from './unseen-page-snippets';

const detect = (html: string, url = 'https://www.example.edu/events/lecture-42.html') =>
  detectArticle(new JSDOM(`<!DOCTYPE html>${html}`, { url }).window.document, url, new Date('2026-11-23'));

const HEAD = '<title>Annual Lecture on Water Policy</title><h1>Annual Lecture on Water Policy</h1>';

describe('event announcements', () => {
  it.each([
    ['Time: / Location:', '<p>Thursday, April 21, 2005</p><p>Time: 4:00 pm</p><p>Location: Room 101, Main Hall</p>'],
    ['When: / Where:', '<p>When: April 21, 2005, 4 pm</p><p>Where: Main Hall</p>'],
    ['Venue: / Registration:', '<p>April 21, 2005</p><p>Venue: Main Hall. Registration: free, online.</p>'],
    ['Deadline: / Fee:', '<p>April 21, 2005</p><p>Deadline: March 1. Fee: $40</p>'],
  ])('the event’s labels (%s) by the headline: its date is the event’s, not an article', (_l, meta) => {
    expect(detect(`${HEAD}${meta}${EN_BODY}`).reasons).toEqual(['event page']);
  });
  it('a news story about the event, telling time and place in sentences, is still an article', () => {
    const story = `${HEAD}<p>April 21, 2005</p><p>The lecture will be given in Main Hall at 4 pm.</p>${EN_BODY}`;
    expect(detect(story, 'https://news.example.edu/2005/04/lecture').isArticle).toBe(true);
  });
  // English pages of Chinese universities stamp their publication "Time: 2024-05-12": one label is no event.
  it.each([
    ['Time: 2024-05-12 Source: International Office'],
    ['Release time: 2024-05-12'],
    ['Source: News Center | Time: May 12, 2024'],
    ['May 12, 2024 | Register: online | Registration: open to alumni'],
  ])('one such label (%s) is still an article', (stamp) => {
    const url = 'https://en.example.edu.cn/info/1011/4567.htm';
    expect(detect(`${HEAD}<p>${stamp}</p>${EN_BODY}`, url).isArticle).toBe(true);
  });
  it('a labelled publication date wins over the labels: a news page printing the event’s details', () => {
    const news = `${HEAD}<p>Posted: April 19, 2005</p><p>When: April 21, 4 pm</p><p>Where: Main Hall</p>${EN_BODY}`;
    expect(detect(news).isArticle).toBe(true);
  });
});
