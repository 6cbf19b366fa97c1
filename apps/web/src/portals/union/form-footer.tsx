import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import { useI18n } from '../../i18n';

/**
 * The footer of the union's add/edit forms (入会管理, 投保管理): 【保存并创建下一个】 (keeps the form
 * open for the next one) and 【保存并退出】. `instead` takes the first button's place (删除 when
 * editing a member); `offerNext` false leaves it out (editing an application).
 */
export function SaveButtons(props: {
  testId: string;
  pending: boolean;
  onSave: (andNext: boolean) => void;
  offerNext: boolean;
  instead?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Space wrap>
      {props.instead ??
        (props.offerNext ? (
          <Button
            data-testid={`${props.testId}-save-next`}
            loading={props.pending}
            onClick={() => props.onSave(true)}
          >
            {t('union.members.saveNext')}
          </Button>
        ) : null)}
      <Button
        type="primary"
        data-testid={`${props.testId}-save-exit`}
        loading={props.pending}
        onClick={() => props.onSave(false)}
      >
        {t('union.members.saveExit')}
      </Button>
    </Space>
  );
}
