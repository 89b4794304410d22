import { PlusOutlined } from '@ant-design/icons';
import { Button, Modal, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useAdminI18n } from '../i18n';

/** Which row the create/edit modal of an admin list is open for (null: a new one). */
export function useEditing<T>() {
  const [state, setState] = useState<{ open: boolean; item: T | null }>({ open: false, item: null });
  return {
    open: state.open,
    item: state.item,
    create: () => setState({ open: true, item: null }),
    edit: (item: T) => setState({ open: true, item }),
    close: () => setState((s) => ({ ...s, open: false })),
  };
}

/** The page header's 新建 button. */
export function NewButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onClick}>
      {children}
    </Button>
  );
}

/** The 操作 column with one 编辑 link, labelled with the row's name for screen readers. */
export function useEditColumn<T>(onEdit: (row: T) => void, name: (row: T) => string): TableColumnsType<T>[number] {
  const { t } = useAdminI18n();
  return {
    title: t('common.actions'),
    key: 'actions',
    render: (_v, r) => (
      <Button type="link" onClick={() => onEdit(r)} aria-label={`${t('common.edit')} ${name(r)}`}>
        {t('common.edit')}
      </Button>
    ),
  };
}

/** The create/edit modal's frame: 保存/取消, busy while saving, the form mounted even when closed. */
export function EditModal({
  open,
  title,
  busy,
  onOk,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  busy: boolean;
  onOk: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useAdminI18n();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={onOk}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      forceRender
    >
      {children}
    </Modal>
  );
}
