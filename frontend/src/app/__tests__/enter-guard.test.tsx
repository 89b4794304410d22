import { fireEvent, render, screen } from '@testing-library/react';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../provider';

function PlanForm({ onFinish }: { onFinish: () => void }) {
  return (
    <Form onFinish={onFinish}>
      <Form.Item label="整改期限" name="deadline">
        <DatePicker />
      </Form.Item>
      <Form.Item label="责任单位" name="unit">
        <Select options={[{ value: 1, label: '东关社区' }]} />
      </Form.Item>
      <Form.Item label="整改措施" name="measure">
        <Input />
      </Form.Item>
      <input aria-label="原生日期" type="date" />
      <Button htmlType="submit">提交</Button>
    </Form>
  );
}

function renderForm() {
  const onFinish = vi.fn();
  render(
    <AppProvider language="zh">
      <PlanForm onFinish={onFinish} />
    </AppProvider>,
  );
  return onFinish;
}

// fireEvent returns false when a listener called preventDefault: the browser's implicit
// submission (Enter in a form's field) is that keydown's default action
describe('Enter in a choice field', () => {
  it('never submits the form from a date picker', () => {
    renderForm();
    const date = screen.getByLabelText('整改期限');
    expect(fireEvent.keyDown(date, { key: 'Enter' })).toBe(false);
  });

  it('never submits the form from a select', () => {
    renderForm();
    const select = screen.getByLabelText('责任单位');
    expect(fireEvent.keyDown(select, { key: 'Enter' })).toBe(false);
  });

  it('never submits the form from a native date field', () => {
    renderForm();
    expect(fireEvent.keyDown(screen.getByLabelText('原生日期'), { key: 'Enter' })).toBe(false);
  });

  it('still submits from a text field, and other keys pass through the picker', () => {
    renderForm();
    expect(fireEvent.keyDown(screen.getByLabelText('整改措施'), { key: 'Enter' })).toBe(true);
    expect(fireEvent.keyDown(screen.getByLabelText('整改期限'), { key: 'a' })).toBe(true);
  });
});
