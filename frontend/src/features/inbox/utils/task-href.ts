import { paths } from '@/config/paths';

/** Link of a task to its business object, by process: a clue's page or an application's page. */
export function taskHref(task: { processKey: string; businessId: string | number }): string {
  switch (task.processKey) {
    case 'clue':
      return paths.clueDetail.getHref(task.businessId);
    case 'admission':
    default:
      return paths.applicationDetail.getHref(task.businessId);
  }
}
