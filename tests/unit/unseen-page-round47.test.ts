// Round 47 (issue #11, session 63): the classes R264-R267 failed once they became the tuning sets (they had checked
// round 46); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { labelledCredits } from '../../utils/extraction/credit-labels';
import { parseViews } from '../../utils/extraction/view-counter';
import { programsIn } from './entity-kinds';

describe('round 47: a funder’s classes of projects (NSFC news of Chinese colleges)', () => {
  const text =
    '近日，2024年度国家自然科学基金项目评审结果公布，我校共获批项目68项，其中面上项目14项、青年科学基金项目41项。' +
    '学院还对地区联合基金项目的申报要点进行了讲解，并积极组织申报山东省自然科学基金项目。';
  it('a class of a fund’s projects is named with 项目 (青年科学基金项目, 地区联合基金项目)', () => {
    const found = programsIn(text, 'zh-Hans');
    expect(found).toContain('青年科学基金项目');
    expect(found).toContain('地区联合基金项目');
    expect(found).not.toContain('青年科学基金');
  });
  it('guard: a nation’s or a province’s fund is itself the name (国家自然科学基金, 山东省自然科学基金)', () => {
    const found = programsIn(text, 'zh-Hans');
    expect(found).toContain('国家自然科学基金');
    expect(found).toContain('山东省自然科学基金');
    expect(found).not.toContain('国家自然科学基金项目');
  });
  it('a college opening a national fund’s name is its owner, no part of it (学院国家自然科学基金项目获批)', () => {
    const found = programsIn('近年来，学院国家自然科学基金项目获批数量稳步增长，科研水平不断提升。', 'zh-Hans');
    expect(found).toEqual(['国家自然科学基金']);
  });
});

describe('round 47: a sports championship (锦标赛) is a competition', () => {
  it('a province’s and the nation’s championships are named (河北省大学生太极拳锦标赛)', () => {
    const text =
      '11月3日至5日，2023年河北省大学生太极拳锦标赛在石家庄举行。本届锦标赛由河北省教育厅主办。' +
      '学院将为明年参加全国大学生太极拳锦标赛做好准备。';
    expect(programsIn(text, 'zh-Hans')).toEqual(['全国大学生太极拳锦标赛', '河北省大学生太极拳锦标赛']);
  });
});

describe('round 47: degree programmes as Commonwealth and Pakistani universities print them', () => {
  it('a BS named by its field before the text’s programme word, alone or in a list (BS Computer Science)', () => {
    const text =
      'The cohort includes students from the BS Computer Science and BS Electrical Engineering programmes, and ' +
      'twelve undergraduates from the BS Environmental Engineering programme are working on the project.';
    expect(programsIn(text, 'en')).toEqual([
      'BS Computer Science',
      'BS Electrical Engineering',
      'BS Environmental Engineering',
    ]);
  });
  it('guard: MS before a product’s name and no programme word names no degree (MS Teams meetings)', () => {
    expect(programsIn('Staff met on MS Teams Online every week during the semester.', 'en')).toEqual([]);
  });
  it('a diploma in a field is a taught programme (Diploma in Tourism and Hospitality Management)', () => {
    const text = 'The University will introduce a Diploma in Tourism and Hospitality Management when the campus opens.';
    expect(programsIn(text, 'en')).toEqual(['Diploma in Tourism and Hospitality Management']);
  });
  it('two degrees joined as one (MBBS) are one programme, not three', () => {
    const text =
      'The university graduated 34 students from its Bachelor of Medicine and Bachelor of Surgery (MBBS) programme.';
    expect(programsIn(text, 'en')).toEqual(['Bachelor of Medicine and Bachelor of Surgery']);
  });
  it('a project’s post (Deputy Project Director of CSIAP) names no project', () => {
    const text = 'Mr. Chaminda Rajapaksha, Deputy Project Director of CSIAP, said farmers had joined the training.';
    expect(programsIn(text, 'en')).toEqual([]);
  });
});

describe('round 47: credits and counters of Joomla and South Asian news pages', () => {
  it('Serbian Joomla’s writer after its details heading (Детаљи Написао: Јелена Марковић)', () => {
    expect(labelledCredits('Детаљи Написао: Јелена Марковић Категорија: Вести')).toEqual([
      { name: 'Јелена Марковић', role: 'Author' },
    ]);
  });
  it('guard: a qualifier word before a label still makes it another field’s (First Author: …)', () => {
    expect(labelledCredits('First Author: Jane Doe')).toEqual([]);
  });
  it('a report credited as Report: beside the photographs (Report: Ruwan Bandara | Photos: …)', () => {
    expect(labelledCredits('Report: Ruwan Bandara | Photos: Kasun Wijesinghe')).toEqual([
      { name: 'Ruwan Bandara', role: 'Author' },
      { name: 'Kasun Wijesinghe', role: 'Photo' },
    ]);
  });
  it('Joomla’s hits in Serbian (Погодака: 1024) count the views', () => {
    expect(parseViews('Објављено: 14. март 2025. Погодака: 1024')).toBe(1024);
  });
});
