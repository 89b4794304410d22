import { Card, Flex, Tag, Typography } from 'antd';

/** One entry that has left the admission list: its name, a status tag and a line of details. */
export type LapsedEntry = { id: number; name: string; status: string; statusLabel: string; details: string };

const COLORS: Record<string, string> = { WITHDRAWN: 'default', EXPIRED: 'orange' };

/**
 * Entries that left the admission list (withdrawn by a review, or expired before it finished), as a
 * plain list that fits a phone, so that a cadre knows such a task may be refused. Nothing when none.
 */
export function LapsedList({
  title,
  intro,
  testId,
  small,
  entries,
}: {
  title: string;
  intro: string;
  testId: string;
  small?: boolean;
  entries: readonly LapsedEntry[];
}) {
  if (!entries.length) return null;
  return (
    <Card size={small ? 'small' : undefined} title={title} data-testid={testId}>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <ul className="plain-list">
        {entries.map((e) => (
          <li key={e.id} className="plain-list-item">
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>{e.name}</Typography.Text>
              <Tag color={COLORS[e.status] ?? 'default'}>{e.statusLabel}</Tag>
            </Flex>
            <Typography.Text type="secondary">{e.details}</Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
