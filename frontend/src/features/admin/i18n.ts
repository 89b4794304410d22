// Messages of the admin feature: Chinese defines the keys, English must have exactly the
// same ones. Shared messages are in src/lib/messages.ts.
import { createTranslator, useI18n, type Translate } from '@/lib/i18n';

const zh = {
  'common.actions': '操作',
  'common.edit': '编辑',
  'common.save': '保存',
  'common.saved': '保存成功',
  'admin.usersTitle': '用户管理',
  'admin.orgsTitle': '组织机构',
  'admin.newUser': '新建用户',
  'admin.editUser': '编辑用户',
  'admin.newOrg': '新建组织机构',
  'admin.editOrg': '编辑组织机构',
  'admin.username': '用户名',
  'admin.displayName': '姓名',
  'admin.password': '密码',
  'admin.passwordEditHelp': '不修改密码请留空',
  'admin.org': '所属组织',
  'admin.roles': '角色',
  'admin.enabled': '启用',
  'admin.disabled': '停用',
  'admin.createdAt': '创建时间',
  'admin.orgCode': '编码',
  'admin.orgName': '名称',
  'admin.orgType': '类型',
  'admin.orgParent': '上级组织',
  'admin.userKeyword': '用户名或姓名',
  'admin.usersEmpty': '暂无用户',
  'admin.orgsEmpty': '暂无组织机构',
  'admin.required': '请填写{field}',
  'admin.tooLong': '{field}不能超过{max}个字符',
  'admin.rolesRequired': '请至少选择一个角色',
  'admin.orgRequired': '请选择所属组织',
  'admin.orgTypeRequired': '请选择类型',
  'role.APPLICANT': '部门经办人',
  'role.REVIEWER': '社会工作部审核人',
  'role.APPROVER': '县委县政府审批人',
  'role.OFFICE': '减负办',
  'role.VERIFIER': '核查人员',
  'role.GRASSROOTS': '乡镇/村社区干部',
  'role.ADMIN': '系统管理员',
};

const en = {
  'common.actions': 'Actions',
  'common.edit': 'Edit',
  'common.save': 'Save',
  'common.saved': 'Saved',
  'admin.usersTitle': 'Users',
  'admin.orgsTitle': 'Organisations',
  'admin.newUser': 'New user',
  'admin.editUser': 'Edit user',
  'admin.newOrg': 'New organisation',
  'admin.editOrg': 'Edit organisation',
  'admin.username': 'Username',
  'admin.displayName': 'Display name',
  'admin.password': 'Password',
  'admin.passwordEditHelp': 'Leave empty to keep the password',
  'admin.org': 'Organisation',
  'admin.roles': 'Roles',
  'admin.enabled': 'Enabled',
  'admin.disabled': 'Disabled',
  'admin.createdAt': 'Created',
  'admin.orgCode': 'Code',
  'admin.orgName': 'Name',
  'admin.orgType': 'Type',
  'admin.orgParent': 'Parent',
  'admin.userKeyword': 'Username or name',
  'admin.usersEmpty': 'No users',
  'admin.orgsEmpty': 'No organisations',
  'admin.required': '{field} is required',
  'admin.tooLong': '{field} must be at most {max} characters',
  'admin.rolesRequired': 'Choose at least one role',
  'admin.orgRequired': 'Choose an organisation',
  'admin.orgTypeRequired': 'Choose a type',
  'role.APPLICANT': 'Department applicant',
  'role.REVIEWER': 'Social work dept. reviewer',
  'role.APPROVER': 'County approver',
  'role.OFFICE': 'Burden-reduction office',
  'role.VERIFIER': 'Verifier',
  'role.GRASSROOTS': 'Township/village cadre',
  'role.ADMIN': 'Administrator',
} satisfies Record<keyof typeof zh, string>;

export const adminMessages = { zh, en };

export type AdminTranslate = Translate<keyof typeof zh>;

export type AdminKey = Parameters<AdminTranslate>[0];

/** Chinese, for schema defaults and code outside React. */
export const tZh: AdminTranslate = createTranslator('zh', adminMessages);

/** The current language's translator for this feature's and the shared messages. */
export function useAdminI18n() {
  return useI18n(adminMessages);
}
