// Labels of the enumerations only the administration pages show.
import { enumLabel, ROLES } from '@/lib/enums';
import type { AdminTranslate } from './i18n';

export const roleLabel = (t: AdminTranslate, v: string | null | undefined) => enumLabel(t, 'role', ROLES, v);
