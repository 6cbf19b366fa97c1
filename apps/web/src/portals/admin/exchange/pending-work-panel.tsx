import type { ReactNode } from 'react';
import type { ColProps } from 'antd';
import { Link } from 'react-router-dom';
import { Alert, Card, Col, Divider, Row, Skeleton, Statistic, theme, Typography } from 'antd';
import { usePendingWork } from '../../../api/exchange';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';
import { pendingTiles, type PendingTile } from './pending-work';

function Tile({ tile }: { tile: PendingTile }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const hot = tile.actionable && tile.count > 0;
  return (
    <Link to={tile.to} data-testid={`pending-${tile.key}`} data-count={tile.count}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Statistic
          title={t(tile.label)}
          value={tile.count}
          styles={{
            content: { color: hot ? token.colorWarningText : undefined, fontWeight: hot ? 600 : 400 },
          }}
        />
      </Card>
    </Link>
  );
}

function Tiles({ tiles, span }: { tiles: PendingTile[]; span: ColProps }) {
  return (
    <Row gutter={[12, 12]}>
      {tiles.map((tile) => (
        <Col key={tile.key} {...span}>
          <Tile tile={tile} />
        </Col>
      ))}
    </Row>
  );
}

/** 待办事项 on the exchange admin's home: what waits in each review list, each count a link to it. */
export default function PendingWorkPanel() {
  const { t, locale } = useI18n();
  const work = usePendingWork();
  let body: ReactNode;
  if (work.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (work.isError) body = <Alert type="error" showIcon title={errorText(work.error, locale, t)} />;
  else {
    const { reviews, orders } = pendingTiles(work.data);
    body = (
      <>
        <Tiles tiles={reviews} span={{ xs: 24, sm: 8, lg: 8 }} />
        <Divider titlePlacement="start" style={{ margin: '16px 0 12px' }}>
          <Typography.Text type="secondary">{t('home.ordersByStatus')}</Typography.Text>
        </Divider>
        {/* Five statuses share a wide row equally. */}
        <Tiles tiles={orders} span={{ xs: 12, sm: 8, lg: { flex: '1 1 0' } }} />
      </>
    );
  }
  return (
    <Card
      title={t('home.pendingWork')}
      extra={<Typography.Text type="secondary">{t('home.pendingWorkHint')}</Typography.Text>}
      style={{ marginBottom: 16 }}
      data-testid="pending-work"
    >
      {body}
    </Card>
  );
}
