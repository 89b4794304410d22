// Messages of the portal feature: Chinese defines the keys, English must have exactly the
// same ones. Shared messages are in src/lib/messages.ts.
import { createTranslator, useI18n, type Translate } from '@/lib/i18n';

const zh = {
  'portal.nav.label': '线索征集专区导航',
  'portal.nav.report': '反映问题',
  'portal.nav.typical': '典型通报',
  'portal.nav.lookup': '准入查询',
  'portal.uploadFiles': '上传证据材料',
  'portal.uploadHint': '支持 pdf、png、jpg、doc(x)、xls(x)，单个不超过10MB，每条线索合计不超过30MB',
  'portal.myFiles': '我上传的材料',
  'report.title': '反映减负问题',
  'report.refusalTitle': '拒绝并反映未准入事项',
  'report.intro':
    '文山会海、督查检查过多、指尖上的形式主义、属地管理转嫁责任、未经准入的事项下派到村(社区)……都可以在这里反映。减负办收到后快速分办、联合核查、督促整改，并答复您。',
  'report.refusalNote': '“{task}”未列入准入清单，村(社区)可以拒绝承担。提交后由减负办核查处理。',
  'report.refusalDescription':
    '有单位要求我村(社区)承担“{task}”，经查询该事项未列入村(社区)工作事务准入清单，我村(社区)拒绝承担并反映。下派单位和方式：',
  'report.anonymousHint': '匿名反映不影响办理，答复会显示在“查询进度”中。',
  'report.filesLater': '提交后即可在同一页面上传图片、文件等证据材料。',
  'report.submit': '提交反映',
  'report.successTitle': '已收到您反映的问题',
  'report.successSub': '请保存下面的线索编号和查询码，用于查询办理进度。',
  'report.addFilesTitle': '补充证据材料（可选）',
  'report.finishedTitle': '线索 {clueNo} 已提交',
  'report.finishedSub': '查询码已不再显示。请凭已保存的线索编号和查询码查询办理进度。',
  'report.again': '再反映一个问题',
  'track.title': '查询线索办理进度',
  'track.intro': '输入线索编号和查询码。查询码只在提交时显示一次；连续输错多次该编号将被暂时锁定。',
  'track.clueNoRequired': '请输入线索编号',
  'track.clueNoInvalid': '线索编号格式如 XS-2026-0001',
  'track.codeRequired': '请输入查询码',
  'track.codeInvalid': '查询码为20位字母和数字',
  'track.submit': '查询',
  'track.leave': '退出查询',
  'track.resultTitle': '线索 {clueNo}',
  'track.submittedAt': '提交时间',
  'track.closedAt': '办结时间',
  'track.outcome': '核查结论',
  'track.myRating': '我的评价',
  'track.messages': '办理答复与补充',
  'track.supplement': '我的补充',
  'track.noMessages': '暂无答复，请耐心等待',
  'track.ratingClosed': '评价期已结束',
  'track.rateTitle': '评价办理结果',
  'track.ratingRequired': '请选择满意或不满意',
  'track.comment': '评价意见',
  'track.commentRequired': '不满意时请说明原因',
  'track.reopen': '申请重新整改',
  'track.reopenHint': '不满意可申请重新整改一次，线索将退回承办单位重新整改。',
  'track.rateSubmit': '提交评价',
  'track.rated': '评价已提交，感谢您的反馈',
  'track.supplementTitle': '补充情况',
  'track.supplementContent': '补充内容',
  'track.supplementRequired': '请填写补充内容',
  'track.supplementSubmit': '提交补充',
  'track.supplemented': '补充内容已提交',
  'track.tooLong': '内容不能超过{max}个字',
  'typical.title': '典型问题通报',
  'typical.intro': '减负办对已办结的典型问题进行通报，不包含反映人任何信息。',
  'typical.empty': '暂无通报',
  'track.outcome.SUBSTANTIATED': '经核查，反映的问题属实',
  'track.outcome.PARTLY_SUBSTANTIATED': '经核查，反映的问题部分属实',
  'track.outcome.NOT_SUBSTANTIATED': '经核查，反映的问题不属实',
};

const en = {
  'portal.nav.label': 'Portal navigation',
  'portal.nav.report': 'Report',
  'portal.nav.typical': 'Typical cases',
  'portal.nav.lookup': 'Admission lookup',
  'portal.uploadFiles': 'Upload evidence',
  'portal.uploadHint': 'pdf, png, jpg, doc(x), xls(x); up to 10 MB each, 30 MB per clue',
  'portal.myFiles': 'My files',
  'report.title': 'Report a burden problem',
  'report.refusalTitle': 'Refuse and report a non-admitted task',
  'report.intro':
    'Too many documents and meetings, inspections, app check-ins, duties pushed down, tasks sent to villages without admission: report them here. The burden-reduction office assigns, verifies, supervises the rectification and answers you.',
  'report.refusalNote':
    '"{task}" is not on the admission list, so the village may refuse it. The office will look into it.',
  'report.refusalDescription':
    'A unit asked our village to take on "{task}". The public lookup shows it is not on the admission list, so we refuse it and report it. Who pushed it down and how: ',
  'report.anonymousHint': 'An anonymous report is handled the same; the answer appears under "Track my clue".',
  'report.filesLater': 'After submitting you can upload photos and documents on the same page.',
  'report.submit': 'Submit',
  'report.successTitle': 'Your report was received',
  'report.successSub': 'Save the clue number and the query code below to follow it.',
  'report.addFilesTitle': 'Add evidence (optional)',
  'report.finishedTitle': 'Clue {clueNo} submitted',
  'report.finishedSub': 'The code is no longer shown. Use the number and code you saved to follow the clue.',
  'report.again': 'Report another problem',
  'track.title': 'Track my clue',
  'track.intro':
    'Enter the clue number and query code. The code was shown once when you submitted; too many wrong attempts lock the number for a while.',
  'track.clueNoRequired': 'Enter the clue number',
  'track.clueNoInvalid': 'A clue number looks like XS-2026-0001',
  'track.codeRequired': 'Enter the query code',
  'track.codeInvalid': 'The query code has 20 letters and digits',
  'track.submit': 'Look up',
  'track.leave': 'Close',
  'track.resultTitle': 'Clue {clueNo}',
  'track.submittedAt': 'Submitted',
  'track.closedAt': 'Closed',
  'track.outcome': 'Finding',
  'track.myRating': 'My rating',
  'track.messages': 'Answers and additions',
  'track.supplement': 'My addition',
  'track.noMessages': 'No answer yet',
  'track.ratingClosed': 'The rating period has ended',
  'track.rateTitle': 'Rate the handling',
  'track.ratingRequired': 'Choose satisfied or unsatisfied',
  'track.comment': 'Comment',
  'track.commentRequired': 'Say why you are not satisfied',
  'track.reopen': 'Ask for rectification again',
  'track.reopenHint': 'Once, an unsatisfied reporter may send the clue back to the units.',
  'track.rateSubmit': 'Submit rating',
  'track.rated': 'Thank you for your rating',
  'track.supplementTitle': 'Add information',
  'track.supplementContent': 'Additional information',
  'track.supplementRequired': 'Enter the additional information',
  'track.supplementSubmit': 'Add',
  'track.supplemented': 'Added',
  'track.tooLong': 'At most {max} characters',
  'typical.title': 'Typical cases',
  'typical.intro': 'Closed cases published by the burden-reduction office, with nothing about the reporters.',
  'typical.empty': 'Nothing published yet',
  'track.outcome.SUBSTANTIATED': 'Verified: the problem is substantiated',
  'track.outcome.PARTLY_SUBSTANTIATED': 'Verified: the problem is partly substantiated',
  'track.outcome.NOT_SUBSTANTIATED': 'Verified: the problem is not substantiated',
} satisfies Record<keyof typeof zh, string>;

export const portalMessages = { zh, en };

export type PortalTranslate = Translate<keyof typeof zh>;

export type PortalKey = Parameters<PortalTranslate>[0];

/** Chinese, for schema defaults and code outside React. */
export const tZh: PortalTranslate = createTranslator('zh', portalMessages);

/** The current language's translator for this feature's and the shared messages. */
export function usePortalI18n() {
  return useI18n(portalMessages);
}
