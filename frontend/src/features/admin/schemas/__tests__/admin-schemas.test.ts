import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/form-errors';
import { createOrgSchema, createUserSchema } from '../admin-schemas';

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
