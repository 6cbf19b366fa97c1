import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Collapse,
  Descriptions,
  Flex,
  Grid,
  Progress,
  Result,
  Tag,
  Typography,
  Upload,
} from 'antd';
import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  FilePdfOutlined,
  FileSearchOutlined,
  QuestionCircleFilled,
  SafetyCertificateOutlined,
  StopFilled,
  UploadOutlined,
} from '@ant-design/icons';
import {
  VERIFY_MAX_BYTES,
  verifyPdf,
  type PolicyStatus,
  type SignatureCheck,
  type Verdict,
  type Verification,
} from '../../api/documents';
import { PolicyChain, PolicyStatusTag, useDocumentLabels } from '../../components/documents';
import { formatTime } from '../../components/format';
import { errorText } from '../../error-text';
import { useI18n, type MessageKey } from '../../i18n';
import { BRAND } from '../../theme';
import { verificationFindings } from './verify-findings';

type VerdictLook = { color: string; icon: ReactNode; status: 'success' | 'error' | 'warning' | 'info' };

const GREY = '#8c8c8c';

/** Statuses in which the policy still covers: anything else gets a warning under 有效. */
const IN_FORCE: PolicyStatus[] = ['issued', 'endorsed'];

/** 有效 green, 篡改/吊销/签名无效 red, 非本平台签发 orange, 未签名 grey. */
const VERDICT_LOOK: Record<Verdict, VerdictLook> = {
  valid: { color: '#52c41a', icon: <CheckCircleFilled />, status: 'success' },
  tampered: { color: '#ff4d4f', icon: <CloseCircleFilled />, status: 'error' },
  not_issued_here: { color: '#fa8c16', icon: <ExclamationCircleFilled />, status: 'warning' },
  untrusted: { color: '#fa8c16', icon: <ExclamationCircleFilled />, status: 'warning' },
  revoked: { color: '#ff4d4f', icon: <StopFilled />, status: 'error' },
  invalid: { color: '#ff4d4f', icon: <CloseCircleFilled />, status: 'error' },
  unsigned: { color: GREY, icon: <QuestionCircleFilled />, status: 'info' },
};

function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

/** A yes/no check of the technical details; green when the answer is the good one. */
function Check({ value, good }: { value: boolean; good: boolean }) {
  const { t } = useI18n();
  return <Tag color={value === good ? 'success' : 'error'}>{value ? t('common.yes') : t('common.no')}</Tag>;
}

function SignatureDetails({ signature }: { signature: SignatureCheck }) {
  const { t } = useI18n();
  const isPhone = !Grid.useBreakpoint().sm;
  const text = (value: string | null) => value || t('common.none');
  const items: { key: string; label: MessageKey; children: ReactNode }[] = [
    { key: 'signer', label: 'verify.tech.signer', children: text(signature.signer) },
    { key: 'issuer', label: 'verify.tech.issuer', children: text(signature.issuer) },
    {
      key: 'serial',
      label: 'verify.tech.serial',
      children: <span className="ph-mono">{text(signature.serial)}</span>,
    },
    { key: 'algorithm', label: 'verify.tech.algorithm', children: text(signature.algorithm) },
    {
      key: 'signedAt',
      label: 'verify.tech.signedAt',
      children: formatTime(signature.signedAt) || t('common.none'),
    },
    {
      key: 'timestampAt',
      label: 'verify.tech.timestampAt',
      children: formatTime(signature.timestampAt) || t('verify.tech.noTimestamp'),
    },
    {
      key: 'byteRange',
      label: 'verify.tech.byteRange',
      children: <Check value={signature.byteRangeCoversWholeFile} good />,
    },
    { key: 'digest', label: 'verify.tech.digest', children: <Check value={signature.digestMatches} good /> },
    {
      key: 'signature',
      label: 'verify.tech.signatureValid',
      children: <Check value={signature.signatureValid} good />,
    },
    {
      key: 'chain',
      label: 'verify.tech.chainTrusted',
      children: <Check value={signature.chainTrusted} good />,
    },
    {
      key: 'revoked',
      label: 'verify.tech.revoked',
      children: <Check value={signature.revoked} good={false} />,
    },
    {
      key: 'modified',
      label: 'verify.tech.modifiedAfterSigning',
      children: <Check value={signature.modifiedAfterSigning} good={false} />,
    },
  ];
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: isPhone ? 112 : 200 } }}
      items={items.map((item) => ({ ...item, label: t(item.label) }))}
    />
  );
}

function VerificationResult({ result, onAgain }: { result: Verification; onAgain: () => void }) {
  const { t, locale } = useI18n();
  const labels = useDocumentLabels();
  const look = VERDICT_LOOK[result.verdict] ?? VERDICT_LOOK.invalid;
  // zh-CN shows the server's plain-Chinese verdict; en-US the catalogue's per verdict.
  const title = locale === 'zh-CN' && result.title ? result.title : t(`verdict.${result.verdict}`);
  const summary =
    locale === 'zh-CN' && result.summary ? result.summary : t(`verdictSummary.${result.verdict}`);
  const { document, policy } = result;
  const endorsements = policy?.endorsements ?? [];
  // Endorsements issued after the uploaded document: its content is no longer the latest.
  const position = endorsements.findIndex((e) => e.documentNo === document?.documentNo);
  const laterEndorsements =
    document?.kind === 'policy'
      ? endorsements.length
      : position >= 0
        ? endorsements.length - 1 - position
        : 0;
  const showLater = result.verdict === 'valid' && Boolean(policy) && laterEndorsements > 0;
  const findings = verificationFindings(result, locale, t);

  return (
    <Flex vertical gap={16}>
      <Card data-testid="verify-verdict" data-verdict={result.verdict}>
        <Result
          style={{ padding: '16px 0 8px' }}
          status={look.status}
          icon={<span style={{ color: look.color, fontSize: 72 }}>{look.icon}</span>}
          title={
            <span style={{ color: look.color, fontSize: 30, fontWeight: 600 }} data-testid="verify-title">
              {title}
            </span>
          }
          subTitle={
            <Flex vertical gap={8} align="center">
              {result.reason && result.reason !== 'intact' ? (
                <Tag color={look.color} data-testid="verify-reason" data-reason={result.reason}>
                  {t(`verifyReason.${result.reason}`)}
                </Tag>
              ) : null}
              <Typography.Text style={{ fontSize: 15 }} data-testid="verify-summary">
                {summary}
              </Typography.Text>
            </Flex>
          }
          extra={
            <Flex gap={8} wrap justify="center">
              <Button icon={<UploadOutlined />} onClick={onAgain} data-testid="verify-again">
                {t('verify.again')}
              </Button>
              {result.verdict === 'tampered' ? (
                <Link to="/query">
                  <Button icon={<FileSearchOutlined />}>{t('verify.getOriginal')}</Button>
                </Link>
              ) : null}
            </Flex>
          }
        />
        {result.verdict === 'valid' && policy && !IN_FORCE.includes(policy.status) ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={t('verify.notInForce', { status: labels.status(policy.status, policy.statusLabel) })}
            data-testid="verify-not-in-force"
          />
        ) : null}
        {document?.specimen ? (
          <Alert type="warning" showIcon title={t('verify.specimen')} data-testid="verify-specimen" />
        ) : null}
      </Card>

      {document || policy ? (
        <Card title={t('verify.documentTitle')} data-testid="verify-document">
          {result.verdict !== 'valid' ? (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('verify.archivedCopy')} />
          ) : null}
          {showLater ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('verify.laterEndorsements', { count: laterEndorsements })}
              data-testid="verify-later-endorsements"
            />
          ) : null}
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              ...(document
                ? [
                    {
                      key: 'kind',
                      label: t('doc.kind'),
                      children: labels.kind(document.kind, document.kindLabel),
                    },
                    {
                      key: 'documentNo',
                      label: t('doc.documentNo'),
                      children: <span className="ph-mono">{document.documentNo}</span>,
                    },
                    { key: 'version', label: t('doc.version'), children: document.version },
                    { key: 'issuedAt', label: t('doc.issuedAt'), children: formatTime(document.issuedAt) },
                  ]
                : []),
              ...(policy
                ? [
                    {
                      key: 'policyNo',
                      label: t('doc.policyNo'),
                      children: <span className="ph-mono">{policy.policyNo}</span>,
                    },
                    { key: 'product', label: t('doc.product'), children: policy.productName },
                    {
                      key: 'status',
                      label: t('doc.currentStatus'),
                      children: (
                        <PolicyStatusTag
                          status={policy.status}
                          label={policy.statusLabel}
                          testId="verify-policy-status"
                        />
                      ),
                    },
                    {
                      key: 'period',
                      label: t('doc.periodLabel'),
                      children: labels.period(policy.periodStart, policy.periodEnd),
                    },
                    { key: 'holder', label: t('doc.holder'), children: policy.holderNameMasked },
                  ]
                : []),
            ]}
          />
        </Card>
      ) : null}

      {policy ? (
        <Card title={t('chain.title')}>
          <PolicyChain
            testId="verify-chain"
            policyNo={policy.policyNo}
            entries={[
              document?.kind === 'policy'
                ? {
                    kind: 'policy',
                    documentNo: document.documentNo,
                    issuedAt: document.issuedAt,
                    current: true,
                  }
                : { kind: 'policy' },
              ...endorsements.map((entry) => ({
                ...entry,
                kind: 'endorsement',
                current: Boolean(document && entry.documentNo === document.documentNo),
              })),
            ]}
            status={policy.status}
            statusLabel={policy.statusLabel}
            periodStart={policy.periodStart}
            periodEnd={policy.periodEnd}
          />
        </Card>
      ) : null}

      <Collapse
        data-testid="verify-technical"
        items={[
          {
            key: 'technical',
            label: t('verify.technical'),
            children: (
              <Flex vertical gap={16}>
                {result.technical.signatures.length === 0 ? (
                  <Typography.Text type="secondary">{t('verify.tech.noSignature')}</Typography.Text>
                ) : (
                  result.technical.signatures.map((signature, index) => (
                    <div key={index}>
                      {result.technical.signatures.length > 1 ? (
                        <Typography.Title level={5}>
                          {t('verify.tech.signatureN', { n: index + 1 })}
                        </Typography.Title>
                      ) : null}
                      <SignatureDetails signature={signature} />
                    </div>
                  ))
                )}
                {findings.length > 0 ? (
                  <div data-testid="verify-details">
                    <Typography.Text type="secondary">{t('verify.tech.details')}</Typography.Text>
                    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                      {findings.map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <div>
                  <Typography.Text type="secondary">{t('verify.tech.fileSha256')}</Typography.Text>
                  <Typography.Paragraph
                    className="ph-mono"
                    copyable
                    style={{ wordBreak: 'break-all', fontSize: 12, margin: 0 }}
                  >
                    {result.technical.fileSha256}
                  </Typography.Paragraph>
                </div>
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}

/**
 * 电子保单验真: anyone uploads a PDF and learns in plain words whether it was issued here and left
 * unaltered, which policy it belongs to and that policy's current status.
 */
export default function VerifyPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const [fileName, setFileName] = useState<string | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<unknown>(null);

  const onFile = async (file: File) => {
    if (!isPdf(file)) {
      void message.error(t('verify.notPdf'));
      return;
    }
    if (file.size > VERIFY_MAX_BYTES) {
      void message.error(t('verify.tooLarge'));
      return;
    }
    setFileName(file.name);
    setResult(null);
    setError(null);
    setPercent(0);
    try {
      setResult(await verifyPdf(file, setPercent));
    } catch (cause) {
      setError(cause);
    } finally {
      setPercent(null);
    }
  };

  const again = () => {
    setResult(null);
    setError(null);
    setFileName(null);
    window.scrollTo({ top: 0 });
  };

  const busy = percent !== null;

  return (
    <div style={{ maxWidth: 960, margin: '0 auto', padding: '32px 16px 48px' }} data-testid="page-verify">
      <Flex gap={12} align="center" style={{ marginBottom: 8 }}>
        <SafetyCertificateOutlined style={{ fontSize: 28, color: BRAND.blue }} />
        <Typography.Title level={2} style={{ margin: 0, fontSize: 'clamp(22px, 4vw, 30px)' }}>
          {t('menu.verify')}
        </Typography.Title>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 15, marginBottom: 24 }}>
        {t('verify.intro')}
      </Typography.Paragraph>

      {!result ? (
        <Card style={{ marginBottom: 16 }}>
          <Upload.Dragger
            accept=".pdf,application/pdf"
            multiple={false}
            showUploadList={false}
            disabled={busy}
            customRequest={({ file }) => void onFile(file as File)}
            data-testid="verify-file-input"
          >
            <p className="ant-upload-drag-icon">
              <FilePdfOutlined style={{ color: BRAND.blue }} />
            </p>
            <p className="ant-upload-text">{t('verify.uploadText')}</p>
            <p className="ant-upload-hint">{t('verify.uploadHint')}</p>
          </Upload.Dragger>
          {busy ? (
            <div style={{ marginTop: 16 }} data-testid="verify-progress">
              <Typography.Text>{t('verify.checking', { name: fileName ?? '' })}</Typography.Text>
              <Progress percent={percent === 100 ? 99 : percent} status="active" />
            </div>
          ) : null}
          {error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 16 }}
              title={errorText(error, locale, t)}
              data-testid="verify-error"
            />
          ) : null}
        </Card>
      ) : null}

      {result ? (
        <>
          {fileName ? (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
              <FilePdfOutlined /> {t('verify.fileChecked', { name: fileName })}
            </Typography.Paragraph>
          ) : null}
          <VerificationResult result={result} onAgain={again} />
        </>
      ) : (
        <Card size="small" title={t('verify.howTitle')}>
          <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.9 }}>
            <li>{t('verify.how1')}</li>
            <li>{t('verify.how2')}</li>
            <li>{t('verify.how3')}</li>
          </ul>
        </Card>
      )}
    </div>
  );
}
