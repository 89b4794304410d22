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
  'admin.synonymsTitle': '同义词',
  'admin.synonymsIntro':
    '同一组里的词在检索中算作同一个词：公开查询准入清单时，搜其中任何一个词，也能找到写着组内其他词的事项；申请预审查重和线索疑似重复判断也把它们当作相同的词。例如把“打卡”“签到”设为一组，查“签到”也能查到“每日打卡”。一个词只能属于一组，保存后立即生效。',
  'admin.newSynonyms': '新增同义词组',
  'admin.editSynonyms': '编辑同义词组',
  'admin.synonymTerms': '同义词',
  'admin.synonymTermsHelp':
    '输入一个词后按回车添加，也可以用逗号或顿号隔开一次输入多个。每组2至20个词，每个词不超过20个字。',
  'admin.synonymTermsPlaceholder': '例如：打卡、签到',
  'admin.synonymsEmpty': '还没有同义词组',
  'admin.synonymsKeyword': '查找词语',
  'admin.updatedAt': '更新时间',
  'admin.synonymsDeleteConfirm': '删除这组同义词？',
  'admin.synonymsDeleteHint': '删除后，检索不再把这些词当作同一个词。',
  'admin.deleted': '已删除',
  'admin.synonymTermsMin': '一组同义词至少要有{min}个词',
  'admin.synonymTermsMax': '一组同义词最多{max}个词',
  'admin.synonymTermTooLong': '“{term}”超过{max}个字',
  'admin.synonymTermSeparator': '“{term}”不能包含分隔符号（| , ; / \\ = > 或换行）',
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
  'admin.synonymsTitle': 'Synonyms',
  'admin.synonymsIntro':
    'The words of one group count as the same word in searches: in the public admission-list lookup, a search for any of them also finds items that use another word of the group, and the pre-check of applications and the duplicate suggestions for clues treat them as the same word too. For example, with "check in" and "sign in" in one group, a search for "sign in" also finds "daily check-in". A word can be in one group only; changes apply at once.',
  'admin.newSynonyms': 'New synonym group',
  'admin.editSynonyms': 'Edit synonym group',
  'admin.synonymTerms': 'Synonyms',
  'admin.synonymTermsHelp':
    'Type a word and press Enter to add it, or type several separated by commas. 2 to 20 words per group, each at most 20 characters.',
  'admin.synonymTermsPlaceholder': 'e.g. 打卡, 签到',
  'admin.synonymsEmpty': 'No synonym groups yet',
  'admin.synonymsKeyword': 'Find a word',
  'admin.updatedAt': 'Updated',
  'admin.synonymsDeleteConfirm': 'Delete this synonym group?',
  'admin.synonymsDeleteHint': 'Searches will no longer treat these words as the same.',
  'admin.deleted': 'Deleted',
  'admin.synonymTermsMin': 'A group needs at least {min} words',
  'admin.synonymTermsMax': 'A group has at most {max} words',
  'admin.synonymTermTooLong': '"{term}" is longer than {max} characters',
  'admin.synonymTermSeparator': '"{term}" must not contain a separator (| , ; / \\ = > or a line break)',
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
