import { Link } from 'react-router-dom';
import { Button, Result } from 'antd';
import { FileSearchOutlined, StopOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import { BRAND } from '../../theme';

// Own icons instead of antd's 403/404 illustrations, whose SVG titles are English.
const ICON_STYLE = { fontSize: 72, color: BRAND.blue };

/** 403: signed in, but this page belongs to other roles. */
export function ForbiddenPage() {
  const t = useT();
  return (
    <Result
      icon={<StopOutlined style={ICON_STYLE} />}
      title="403"
      subTitle={t('errorPage.forbidden')}
      data-testid="page-403"
      extra={
        <Link to="/">
          <Button type="primary">{t('errorPage.backHome')}</Button>
        </Link>
      }
    />
  );
}

/** 404: no page at this address. */
export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      icon={<FileSearchOutlined style={ICON_STYLE} />}
      title="404"
      subTitle={t('errorPage.notFound')}
      data-testid="page-404"
      extra={
        <Link to="/">
          <Button type="primary">{t('errorPage.backHome')}</Button>
        </Link>
      }
    />
  );
}
