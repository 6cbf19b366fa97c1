import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import {
  BankOutlined,
  CarOutlined,
  CompassOutlined,
  FileSearchOutlined,
  HeartOutlined,
  LockOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  AuditOutlined,
} from '@ant-design/icons';
import { useT, type MessageKey } from '../../i18n';
import { BRAND } from '../../theme';

type Line = { icon: ReactNode; title: MessageKey; text: MessageKey };

const LINES: Line[] = [
  { icon: <HeartOutlined />, title: 'home.line.taxHealth', text: 'home.line.taxHealthText' },
  { icon: <TeamOutlined />, title: 'home.line.mutualAid', text: 'home.line.mutualAidText' },
  { icon: <CompassOutlined />, title: 'home.line.travel', text: 'home.line.travelText' },
  { icon: <CarOutlined />, title: 'home.line.motor', text: 'home.line.motorText' },
];

const PORTAL_LIST: { title: MessageKey; text: MessageKey }[] = [
  { title: 'portal.enterprise', text: 'home.portal.enterprise' },
  { title: 'portal.personal', text: 'home.portal.personal' },
  { title: 'portal.admin', text: 'home.portal.admin' },
  { title: 'portal.union', text: 'home.portal.union' },
  { title: 'portal.insurer', text: 'home.portal.insurer' },
  { title: 'portal.travel', text: 'home.portal.travel' },
];

const ASSURANCES: Line[] = [
  { icon: <SafetyCertificateOutlined />, title: 'home.assure.signed', text: 'home.assure.signedText' },
  { icon: <LockOutlined />, title: 'home.assure.privacy', text: 'home.assure.privacyText' },
  { icon: <AuditOutlined />, title: 'home.assure.audit', text: 'home.assure.auditText' },
  { icon: <BankOutlined />, title: 'home.assure.scope', text: 'home.assure.scopeText' },
];

const SERVICES: (Line & { to: string; cta: MessageKey; testId: string })[] = [
  {
    icon: <SafetyCertificateOutlined />,
    title: 'menu.verify',
    text: 'home.service.verifyText',
    to: '/verify',
    cta: 'home.service.verifyCta',
    testId: 'home-service-verify',
  },
  {
    icon: <FileSearchOutlined />,
    title: 'menu.query',
    text: 'home.service.queryText',
    to: '/query',
    cta: 'home.service.queryCta',
    testId: 'home-service-query',
  },
];

/**
 * 首页: what PolicyHub is and who it serves; the portals are behind the login, 电子保单验真 and
 * 保单查询 are open to everyone.
 */
export default function HomePage() {
  const t = useT();
  return (
    <div data-testid="page-home">
      <section
        style={{
          background: `linear-gradient(135deg, ${BRAND.navy} 0%, ${BRAND.navyLight} 55%, ${BRAND.blue} 100%)`,
          color: '#fff',
          padding: '56px 20px 64px',
        }}
      >
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          <Typography.Title
            level={1}
            style={{ color: '#fff', margin: 0, fontSize: 'clamp(28px, 5vw, 42px)' }}
          >
            PolicyHub 保单通
          </Typography.Title>
          <Typography.Title
            level={3}
            style={{ color: 'rgba(255,255,255,0.92)', marginTop: 12, fontWeight: 400 }}
          >
            {t('home.tagline')}
          </Typography.Title>
          <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.8)', fontSize: 16, maxWidth: 760 }}>
            {t('home.intro')}
          </Typography.Paragraph>
          <Flex gap={12} wrap style={{ marginTop: 24 }}>
            <Link to="/login">
              <Button
                size="large"
                type="primary"
                style={{ background: '#fff', color: BRAND.navy }}
                data-testid="home-login"
              >
                {t('home.loginCta')}
              </Button>
            </Link>
            <Link to="/verify">
              <Button size="large" ghost icon={<SafetyCertificateOutlined />} data-testid="home-verify">
                {t('menu.verify')}
              </Button>
            </Link>
            <Link to="/query">
              <Button size="large" ghost icon={<FileSearchOutlined />} data-testid="home-query">
                {t('menu.query')}
              </Button>
            </Link>
          </Flex>
        </div>
      </section>

      <section style={{ maxWidth: 1240, margin: '0 auto', padding: '40px 20px 8px' }}>
        <Typography.Title level={3}>{t('home.servicesTitle')}</Typography.Title>
        <Row gutter={[16, 16]}>
          {SERVICES.map((service) => (
            <Col xs={24} md={12} key={service.to}>
              <Link to={service.to} data-testid={service.testId}>
                <Card hoverable style={{ height: '100%' }}>
                  <Flex gap={16} align="flex-start">
                    <div style={{ fontSize: 32, color: BRAND.blue, lineHeight: 1 }}>{service.icon}</div>
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Typography.Title level={5} style={{ marginTop: 0 }}>
                        {t(service.title)}
                      </Typography.Title>
                      <Typography.Paragraph type="secondary">{t(service.text)}</Typography.Paragraph>
                      <Typography.Text style={{ color: BRAND.blue }}>{t(service.cta)} →</Typography.Text>
                    </div>
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </section>

      <section style={{ maxWidth: 1240, margin: '0 auto', padding: '32px 20px 8px' }}>
        <Typography.Title level={3}>{t('home.linesTitle')}</Typography.Title>
        <Row gutter={[16, 16]}>
          {LINES.map((line) => (
            <Col xs={24} sm={12} lg={6} key={line.title}>
              <Card style={{ height: '100%' }}>
                <div style={{ fontSize: 28, color: BRAND.blue }}>{line.icon}</div>
                <Typography.Title level={5} style={{ marginTop: 12 }}>
                  {t(line.title)}
                </Typography.Title>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                  {t(line.text)}
                </Typography.Paragraph>
              </Card>
            </Col>
          ))}
        </Row>
      </section>

      <section style={{ maxWidth: 1240, margin: '0 auto', padding: '32px 20px 8px' }}>
        <Typography.Title level={3}>{t('home.portalsTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.portalsIntro')}</Typography.Paragraph>
        <Row gutter={[16, 16]}>
          {PORTAL_LIST.map((portal) => (
            <Col xs={24} sm={12} lg={8} key={portal.title}>
              <Card size="small" style={{ height: '100%' }}>
                <Typography.Text strong>{t(portal.title)}</Typography.Text>
                <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
                  {t(portal.text)}
                </Typography.Paragraph>
              </Card>
            </Col>
          ))}
        </Row>
      </section>

      <section style={{ maxWidth: 1240, margin: '0 auto', padding: '32px 20px 48px' }}>
        <Typography.Title level={3}>{t('home.assureTitle')}</Typography.Title>
        <Row gutter={[16, 16]}>
          {ASSURANCES.map((item) => (
            <Col xs={24} sm={12} lg={6} key={item.title}>
              <Flex gap={12} align="flex-start">
                <div style={{ fontSize: 22, color: BRAND.blue, lineHeight: 1 }}>{item.icon}</div>
                <div>
                  <Typography.Text strong>{t(item.title)}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                    {t(item.text)}
                  </Typography.Paragraph>
                </div>
              </Flex>
            </Col>
          ))}
        </Row>
      </section>
    </div>
  );
}
