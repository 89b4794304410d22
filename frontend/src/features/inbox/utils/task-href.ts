import { paths } from '@/config/paths';
import { CLUE_CATEGORIES, clueCategoryLabel, valueOfZhLabel } from '@/lib/enums';
import { tZh, type Translate } from '@/lib/i18n';

type TaskLike = { processKey: string; businessId: string | number; title: string };

/** Link of a task to its business object, by process: a clue's, a list review's, a special topic's or an application's page. */
export function taskHref(task: Omit<TaskLike, 'title'>): string {
  switch (task.processKey) {
    case 'clue':
      return paths.clueDetail.getHref(task.businessId);
    case 'list-review':
      return paths.listReviewDetail.getHref(task.businessId);
    case 'special-topic':
      return paths.specialTopicDetail.getHref(task.businessId);
    case 'admission':
    default:
      return paths.applicationDetail.getHref(task.businessId);
  }
}

/**
 * A task's title in the current language. An application's title is its item name; a clue's is
 * "XS-2026-0001 指尖上的形式主义", the clue number and the Chinese label of its category, whose label is
 * translated here (anything else stays as the server wrote it).
 */
export function taskTitle(t: Translate, task: TaskLike): string {
  if (task.processKey !== 'clue') return task.title;
  const space = task.title.indexOf(' ');
  if (space < 0) return task.title;
  const category = valueOfZhLabel(CLUE_CATEGORIES, (c) => clueCategoryLabel(tZh, c), task.title.slice(space + 1));
  return category ? `${task.title.slice(0, space)} ${clueCategoryLabel(t, category)}` : task.title;
}
