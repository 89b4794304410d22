// The office's own record of a hotline / mailbox / inspection clue.
import { createClueFormSchema } from '@/lib/clue-form';
import { STAFF_CLUE_SOURCES } from '@/lib/enums';
import { tZh, type ClueTranslate } from '../i18n';

export const createRecordSchema = (t: ClueTranslate = tZh) => createClueFormSchema(t, STAFF_CLUE_SOURCES);
