import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/form-errors';
import { createOrgSchema, createSynonymSchema, createUserSchema } from '../admin-schemas';

describe('user schema', () => {
  it('requires username, name, password, organisation and a role when creating', () => {
    const r = createUserSchema(undefined, 'create').safeParse({ username: ' ', roles: [] });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(zodFieldErrors(r.error)).toEqual({
        username: '请填写用户名',
        displayName: '请填写姓名',
        password: '请填写密码',
        orgId: '请选择所属组织',
        roles: '请至少选择一个角色',
      });
    }
  });

  it('keeps the password optional when editing', () => {
    const r = createUserSchema(undefined, 'edit').safeParse({
      username: 'zhangsan',
      displayName: '张三',
      password: '',
      orgId: 3,
      roles: ['APPLICANT'],
      enabled: false,
    });
    expect(r.success && r.data).toMatchObject({ password: undefined, enabled: false, roles: ['APPLICANT'] });
  });

  it('rejects unknown roles', () => {
    const r = createUserSchema().safeParse({
      username: 'a',
      displayName: 'b',
      password: 'c',
      orgId: 1,
      roles: ['ROOT'],
    });
    expect(r.success).toBe(false);
  });
});

describe('org schema', () => {
  it('requires code, name and a known type; parent is optional', () => {
    const bad = createOrgSchema().safeParse({ code: '', name: '', type: 'CITY' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(Object.keys(zodFieldErrors(bad.error)).sort()).toEqual(['code', 'name', 'type']);
    const ok = createOrgSchema().safeParse({ code: 'CGZ', name: '城关镇', type: 'TOWNSHIP' });
    expect(ok.success && ok.data.parentId).toBeNull();
  });
});

describe('synonym schema', () => {
  const messages = (terms: unknown) => {
    const r = createSynonymSchema().safeParse({ terms });
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('takes 2 to 20 words, trimmed, counting a 4-byte character as one', () => {
    const r = createSynonymSchema().safeParse({ terms: [' 打卡 ', '签到', '𠀾'.repeat(20), '😀'] });
    expect(r.success && r.data.terms).toEqual(['打卡', '签到', '𠀾'.repeat(20), '😀']);
    expect(messages(['打卡'])).toEqual(['一组同义词至少要有2个词']);
    expect(messages(undefined)).toEqual(['一组同义词至少要有2个词']);
    expect(messages(['打卡', '  '])).toEqual(['一组同义词至少要有2个词']);
    expect(messages(Array.from({ length: 21 }, (_, i) => `词${i}`))).toEqual(['一组同义词最多20个词']);
  });

  it('names the word that is too long or holds a separator', () => {
    expect(messages(['打卡', '𠀾'.repeat(21)])).toEqual([`“${'𠀾'.repeat(21)}”超过20个字`]);
    expect(messages(['打卡', '签到/登记'])).toEqual(['“签到/登记”不能包含分隔符号（| , ; / \\ = > 或换行）']);
  });
});
