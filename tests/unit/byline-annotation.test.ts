// Review 29 (R5, side note): "（文字：王海（实习生） 摄影：李明）" lost 王海: the bracketed note after the name
// (its closing bracket cut as the field's end) made the name no name.
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../utils/extraction/meta-line';

describe('a credit with a note in brackets after the name', () => {
  it('keeps the name, without the note', () =>
    expect(parseByline('（文字：王海（实习生） 摄影：李明）')).toEqual([
      { name: '王海', role: '文字' },
      { name: '李明', role: '摄影' },
    ]));
  it('reads half-width brackets and a note between two names', () =>
    expect(parseByline('记者：张帆(学生记者)、刘洋 编辑：赵强')).toEqual([
      { name: '张帆', role: '记者' },
      { name: '刘洋', role: '记者' },
      { name: '赵强', role: '编辑' },
    ]));
});
