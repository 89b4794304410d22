import dayjs from 'dayjs';

/**
 * The last day of a due time kept as the end of that day (the next day's 00:00, as the server keeps
 * extensions and rectification deadlines), read from the date the server wrote, whatever the browser's zone.
 */
export function lastDay(endOfDay: string): string {
  return dayjs(endOfDay.slice(0, 10)).subtract(1, 'day').format('YYYY-MM-DD');
}
